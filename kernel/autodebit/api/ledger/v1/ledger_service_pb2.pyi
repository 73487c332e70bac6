import datetime

from autodebit.api.ledger.v1 import account_pb2 as _account_pb2
from autodebit.api.ledger.v1 import budget_pb2 as _budget_pb2
from autodebit.api.ledger.v1 import export_pb2 as _export_pb2
from autodebit.api.ledger.v1 import journal_entry_pb2 as _journal_entry_pb2
from autodebit.api.ledger.v1 import period_pb2 as _period_pb2
from autodebit.api.ledger.v1 import reconciliation_pb2 as _reconciliation_pb2
from autodebit.api.ledger.v1 import report_pb2 as _report_pb2
from autodebit.api.type.v1 import date_pb2 as _date_pb2
from autodebit.api.type.v1 import interval_pb2 as _interval_pb2
from autodebit.api.type.v1 import money_pb2 as _money_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateAccountRequest(_message.Message):
    __slots__ = ("account", "account_id", "request_id")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    account: _account_pb2.Account
    account_id: str
    request_id: str
    def __init__(self, account: _Optional[_Union[_account_pb2.Account, _Mapping]] = ..., account_id: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateAccountResponse(_message.Message):
    __slots__ = ("account",)
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    account: _account_pb2.Account
    def __init__(self, account: _Optional[_Union[_account_pb2.Account, _Mapping]] = ...) -> None: ...

class GetAccountRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetAccountResponse(_message.Message):
    __slots__ = ("account",)
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    account: _account_pb2.Account
    def __init__(self, account: _Optional[_Union[_account_pb2.Account, _Mapping]] = ...) -> None: ...

class ListAccountsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "type")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    type: _account_pb2.Account.Type
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., type: _Optional[_Union[_account_pb2.Account.Type, str]] = ...) -> None: ...

class ListAccountsResponse(_message.Message):
    __slots__ = ("accounts", "next_page_token")
    ACCOUNTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    accounts: _containers.RepeatedCompositeFieldContainer[_account_pb2.Account]
    next_page_token: str
    def __init__(self, accounts: _Optional[_Iterable[_Union[_account_pb2.Account, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CreateJournalEntryRequest(_message.Message):
    __slots__ = ("journal_entry", "request_id")
    JOURNAL_ENTRY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    journal_entry: _journal_entry_pb2.JournalEntry
    request_id: str
    def __init__(self, journal_entry: _Optional[_Union[_journal_entry_pb2.JournalEntry, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateJournalEntryResponse(_message.Message):
    __slots__ = ("journal_entry",)
    JOURNAL_ENTRY_FIELD_NUMBER: _ClassVar[int]
    journal_entry: _journal_entry_pb2.JournalEntry
    def __init__(self, journal_entry: _Optional[_Union[_journal_entry_pb2.JournalEntry, _Mapping]] = ...) -> None: ...

class GetJournalEntryRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetJournalEntryResponse(_message.Message):
    __slots__ = ("journal_entry",)
    JOURNAL_ENTRY_FIELD_NUMBER: _ClassVar[int]
    journal_entry: _journal_entry_pb2.JournalEntry
    def __init__(self, journal_entry: _Optional[_Union[_journal_entry_pb2.JournalEntry, _Mapping]] = ...) -> None: ...

class ListJournalEntriesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "account", "customer", "source", "kind", "period", "interval")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    account: str
    customer: str
    source: str
    kind: _journal_entry_pb2.JournalEntry.Kind
    period: str
    interval: _interval_pb2.Interval
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., account: _Optional[str] = ..., customer: _Optional[str] = ..., source: _Optional[str] = ..., kind: _Optional[_Union[_journal_entry_pb2.JournalEntry.Kind, str]] = ..., period: _Optional[str] = ..., interval: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ...) -> None: ...

class ListJournalEntriesResponse(_message.Message):
    __slots__ = ("journal_entries", "next_page_token")
    JOURNAL_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    journal_entries: _containers.RepeatedCompositeFieldContainer[_journal_entry_pb2.JournalEntry]
    next_page_token: str
    def __init__(self, journal_entries: _Optional[_Iterable[_Union[_journal_entry_pb2.JournalEntry, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ReverseJournalEntryRequest(_message.Message):
    __slots__ = ("name", "description", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    description: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., description: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class ReverseJournalEntryResponse(_message.Message):
    __slots__ = ("reversal", "journal_entry")
    REVERSAL_FIELD_NUMBER: _ClassVar[int]
    JOURNAL_ENTRY_FIELD_NUMBER: _ClassVar[int]
    reversal: _journal_entry_pb2.JournalEntry
    journal_entry: _journal_entry_pb2.JournalEntry
    def __init__(self, reversal: _Optional[_Union[_journal_entry_pb2.JournalEntry, _Mapping]] = ..., journal_entry: _Optional[_Union[_journal_entry_pb2.JournalEntry, _Mapping]] = ...) -> None: ...

class GetAccountBalanceRequest(_message.Message):
    __slots__ = ("account", "as_of_time", "customer", "currency_code")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    AS_OF_TIME_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    account: str
    as_of_time: _timestamp_pb2.Timestamp
    customer: str
    currency_code: str
    def __init__(self, account: _Optional[str] = ..., as_of_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., customer: _Optional[str] = ..., currency_code: _Optional[str] = ...) -> None: ...

class GetAccountBalanceResponse(_message.Message):
    __slots__ = ("account", "as_of_time", "balances")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    AS_OF_TIME_FIELD_NUMBER: _ClassVar[int]
    BALANCES_FIELD_NUMBER: _ClassVar[int]
    account: str
    as_of_time: _timestamp_pb2.Timestamp
    balances: _containers.RepeatedCompositeFieldContainer[_money_pb2.Money]
    def __init__(self, account: _Optional[str] = ..., as_of_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., balances: _Optional[_Iterable[_Union[_money_pb2.Money, _Mapping]]] = ...) -> None: ...

class GetTrialBalanceRequest(_message.Message):
    __slots__ = ("as_of_time", "currency_code")
    AS_OF_TIME_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    as_of_time: _timestamp_pb2.Timestamp
    currency_code: str
    def __init__(self, as_of_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., currency_code: _Optional[str] = ...) -> None: ...

class GetTrialBalanceResponse(_message.Message):
    __slots__ = ("as_of_time", "lines")
    AS_OF_TIME_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    as_of_time: _timestamp_pb2.Timestamp
    lines: _containers.RepeatedCompositeFieldContainer[_account_pb2.TrialBalanceLine]
    def __init__(self, as_of_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., lines: _Optional[_Iterable[_Union[_account_pb2.TrialBalanceLine, _Mapping]]] = ...) -> None: ...

class GetAccountStatementRequest(_message.Message):
    __slots__ = ("account", "currency_code", "customer", "interval", "page_size", "page_token")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    account: str
    currency_code: str
    customer: str
    interval: _interval_pb2.Interval
    page_size: int
    page_token: str
    def __init__(self, account: _Optional[str] = ..., currency_code: _Optional[str] = ..., customer: _Optional[str] = ..., interval: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class GetAccountStatementResponse(_message.Message):
    __slots__ = ("opening_balance", "lines", "closing_balance", "next_page_token")
    OPENING_BALANCE_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    CLOSING_BALANCE_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    opening_balance: _money_pb2.Money
    lines: _containers.RepeatedCompositeFieldContainer[_account_pb2.StatementLine]
    closing_balance: _money_pb2.Money
    next_page_token: str
    def __init__(self, opening_balance: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., lines: _Optional[_Iterable[_Union[_account_pb2.StatementLine, _Mapping]]] = ..., closing_balance: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ImportSettlementRequest(_message.Message):
    __slots__ = ("channel", "settlement_date", "file", "request_id")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    SETTLEMENT_DATE_FIELD_NUMBER: _ClassVar[int]
    FILE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    channel: str
    settlement_date: _date_pb2.Date
    file: bytes
    request_id: str
    def __init__(self, channel: _Optional[str] = ..., settlement_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., file: _Optional[bytes] = ..., request_id: _Optional[str] = ...) -> None: ...

class ImportSettlementResponse(_message.Message):
    __slots__ = ("reconciliation",)
    RECONCILIATION_FIELD_NUMBER: _ClassVar[int]
    reconciliation: _reconciliation_pb2.Reconciliation
    def __init__(self, reconciliation: _Optional[_Union[_reconciliation_pb2.Reconciliation, _Mapping]] = ...) -> None: ...

class GetReconciliationRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetReconciliationResponse(_message.Message):
    __slots__ = ("reconciliation",)
    RECONCILIATION_FIELD_NUMBER: _ClassVar[int]
    reconciliation: _reconciliation_pb2.Reconciliation
    def __init__(self, reconciliation: _Optional[_Union[_reconciliation_pb2.Reconciliation, _Mapping]] = ...) -> None: ...

class ListReconciliationsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "channel")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    channel: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., channel: _Optional[str] = ...) -> None: ...

class ListReconciliationsResponse(_message.Message):
    __slots__ = ("reconciliations", "next_page_token")
    RECONCILIATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    reconciliations: _containers.RepeatedCompositeFieldContainer[_reconciliation_pb2.Reconciliation]
    next_page_token: str
    def __init__(self, reconciliations: _Optional[_Iterable[_Union[_reconciliation_pb2.Reconciliation, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListReconciliationItemsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "status")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    status: _reconciliation_pb2.ReconciliationItem.Status
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., status: _Optional[_Union[_reconciliation_pb2.ReconciliationItem.Status, str]] = ...) -> None: ...

class ListReconciliationItemsResponse(_message.Message):
    __slots__ = ("items", "next_page_token")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[_reconciliation_pb2.ReconciliationItem]
    next_page_token: str
    def __init__(self, items: _Optional[_Iterable[_Union[_reconciliation_pb2.ReconciliationItem, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetArAgingRequest(_message.Message):
    __slots__ = ("as_of_time", "currency_code", "customer", "page_size", "page_token")
    AS_OF_TIME_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    as_of_time: _timestamp_pb2.Timestamp
    currency_code: str
    customer: str
    page_size: int
    page_token: str
    def __init__(self, as_of_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., currency_code: _Optional[str] = ..., customer: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class GetArAgingResponse(_message.Message):
    __slots__ = ("as_of_time", "rows", "totals", "next_page_token")
    AS_OF_TIME_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    TOTALS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    as_of_time: _timestamp_pb2.Timestamp
    rows: _containers.RepeatedCompositeFieldContainer[_report_pb2.ArAgingRow]
    totals: _containers.RepeatedCompositeFieldContainer[_report_pb2.ArAgingRow]
    next_page_token: str
    def __init__(self, as_of_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., rows: _Optional[_Iterable[_Union[_report_pb2.ArAgingRow, _Mapping]]] = ..., totals: _Optional[_Iterable[_Union[_report_pb2.ArAgingRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetRevenueReportRequest(_message.Message):
    __slots__ = ("interval", "granularity", "currency_code")
    INTERVAL_FIELD_NUMBER: _ClassVar[int]
    GRANULARITY_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    interval: _interval_pb2.Interval
    granularity: _report_pb2.Granularity
    currency_code: str
    def __init__(self, interval: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ..., granularity: _Optional[_Union[_report_pb2.Granularity, str]] = ..., currency_code: _Optional[str] = ...) -> None: ...

class GetRevenueReportResponse(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[_report_pb2.RevenueReportRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[_report_pb2.RevenueReportRow, _Mapping]]] = ...) -> None: ...

class GetMrrReportRequest(_message.Message):
    __slots__ = ("interval", "granularity", "currency_code")
    INTERVAL_FIELD_NUMBER: _ClassVar[int]
    GRANULARITY_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    interval: _interval_pb2.Interval
    granularity: _report_pb2.Granularity
    currency_code: str
    def __init__(self, interval: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ..., granularity: _Optional[_Union[_report_pb2.Granularity, str]] = ..., currency_code: _Optional[str] = ...) -> None: ...

class GetMrrReportResponse(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[_report_pb2.MrrReportRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[_report_pb2.MrrReportRow, _Mapping]]] = ...) -> None: ...

class GetPaymentSuccessReportRequest(_message.Message):
    __slots__ = ("interval", "channel")
    INTERVAL_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    interval: _interval_pb2.Interval
    channel: str
    def __init__(self, interval: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ..., channel: _Optional[str] = ...) -> None: ...

class GetPaymentSuccessReportResponse(_message.Message):
    __slots__ = ("rows", "total")
    ROWS_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[_report_pb2.PaymentSuccessRow]
    total: _report_pb2.PaymentSuccessRow
    def __init__(self, rows: _Optional[_Iterable[_Union[_report_pb2.PaymentSuccessRow, _Mapping]]] = ..., total: _Optional[_Union[_report_pb2.PaymentSuccessRow, _Mapping]] = ...) -> None: ...

class GetCashFlowForecastRequest(_message.Message):
    __slots__ = ("months", "currency_code")
    MONTHS_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    months: int
    currency_code: str
    def __init__(self, months: _Optional[int] = ..., currency_code: _Optional[str] = ...) -> None: ...

class GetCashFlowForecastResponse(_message.Message):
    __slots__ = ("as_of_time", "rows")
    AS_OF_TIME_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    as_of_time: _timestamp_pb2.Timestamp
    rows: _containers.RepeatedCompositeFieldContainer[_report_pb2.CashFlowForecastRow]
    def __init__(self, as_of_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., rows: _Optional[_Iterable[_Union[_report_pb2.CashFlowForecastRow, _Mapping]]] = ...) -> None: ...

class CreateBudgetRequest(_message.Message):
    __slots__ = ("budget", "request_id")
    BUDGET_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    budget: _budget_pb2.Budget
    request_id: str
    def __init__(self, budget: _Optional[_Union[_budget_pb2.Budget, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateBudgetResponse(_message.Message):
    __slots__ = ("budget",)
    BUDGET_FIELD_NUMBER: _ClassVar[int]
    budget: _budget_pb2.Budget
    def __init__(self, budget: _Optional[_Union[_budget_pb2.Budget, _Mapping]] = ...) -> None: ...

class ListBudgetsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "account", "period")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    account: str
    period: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., account: _Optional[str] = ..., period: _Optional[str] = ...) -> None: ...

class ListBudgetsResponse(_message.Message):
    __slots__ = ("budgets", "next_page_token")
    BUDGETS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    budgets: _containers.RepeatedCompositeFieldContainer[_budget_pb2.Budget]
    next_page_token: str
    def __init__(self, budgets: _Optional[_Iterable[_Union[_budget_pb2.Budget, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetBudgetVersusActualRequest(_message.Message):
    __slots__ = ("period", "account")
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    period: str
    account: str
    def __init__(self, period: _Optional[str] = ..., account: _Optional[str] = ...) -> None: ...

class GetBudgetVersusActualResponse(_message.Message):
    __slots__ = ("rows",)
    ROWS_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[_report_pb2.BudgetVersusActualRow]
    def __init__(self, rows: _Optional[_Iterable[_Union[_report_pb2.BudgetVersusActualRow, _Mapping]]] = ...) -> None: ...

class ListPeriodsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "state")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    state: _period_pb2.Period.State
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., state: _Optional[_Union[_period_pb2.Period.State, str]] = ...) -> None: ...

class ListPeriodsResponse(_message.Message):
    __slots__ = ("periods", "next_page_token")
    PERIODS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    periods: _containers.RepeatedCompositeFieldContainer[_period_pb2.Period]
    next_page_token: str
    def __init__(self, periods: _Optional[_Iterable[_Union[_period_pb2.Period, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ClosePeriodRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class ClosePeriodResponse(_message.Message):
    __slots__ = ("period",)
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    period: _period_pb2.Period
    def __init__(self, period: _Optional[_Union[_period_pb2.Period, _Mapping]] = ...) -> None: ...

class ExportLedgerRequest(_message.Message):
    __slots__ = ("format", "period")
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    format: str
    period: str
    def __init__(self, format: _Optional[str] = ..., period: _Optional[str] = ...) -> None: ...

class ExportLedgerResponse(_message.Message):
    __slots__ = ("data", "media_type", "file_name", "sha256")
    DATA_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    media_type: str
    file_name: str
    sha256: str
    def __init__(self, data: _Optional[bytes] = ..., media_type: _Optional[str] = ..., file_name: _Optional[str] = ..., sha256: _Optional[str] = ...) -> None: ...

class ListExportFormatsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListExportFormatsResponse(_message.Message):
    __slots__ = ("formats",)
    FORMATS_FIELD_NUMBER: _ClassVar[int]
    formats: _containers.RepeatedCompositeFieldContainer[_export_pb2.ExportFormat]
    def __init__(self, formats: _Optional[_Iterable[_Union[_export_pb2.ExportFormat, _Mapping]]] = ...) -> None: ...
