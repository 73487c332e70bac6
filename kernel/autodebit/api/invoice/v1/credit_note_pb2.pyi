import datetime

from autodebit.api.invoice.v1 import invoice_pb2 as _invoice_pb2
from autodebit.api.type.v1 import date_pb2 as _date_pb2
from autodebit.api.type.v1 import money_pb2 as _money_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreditNote(_message.Message):
    __slots__ = ("name", "invoice", "customer", "number", "series", "currency_code", "lines", "subtotal", "total_tax", "total", "tax_summaries", "reason", "memo", "excess_handling", "amount_applied", "amount_refunded", "amount_credited_to_balance", "refunds", "issue_date", "metadata", "create_time")
    class Reason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        REASON_UNSPECIFIED: _ClassVar[CreditNote.Reason]
        REASON_DUPLICATE: _ClassVar[CreditNote.Reason]
        REASON_FRAUDULENT: _ClassVar[CreditNote.Reason]
        REASON_ORDER_CHANGE: _ClassVar[CreditNote.Reason]
        REASON_PRODUCT_UNSATISFACTORY: _ClassVar[CreditNote.Reason]
        REASON_PRORATION: _ClassVar[CreditNote.Reason]
        REASON_BILLING_ERROR: _ClassVar[CreditNote.Reason]
        REASON_OTHER: _ClassVar[CreditNote.Reason]
    REASON_UNSPECIFIED: CreditNote.Reason
    REASON_DUPLICATE: CreditNote.Reason
    REASON_FRAUDULENT: CreditNote.Reason
    REASON_ORDER_CHANGE: CreditNote.Reason
    REASON_PRODUCT_UNSATISFACTORY: CreditNote.Reason
    REASON_PRORATION: CreditNote.Reason
    REASON_BILLING_ERROR: CreditNote.Reason
    REASON_OTHER: CreditNote.Reason
    class ExcessHandling(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EXCESS_HANDLING_UNSPECIFIED: _ClassVar[CreditNote.ExcessHandling]
        EXCESS_HANDLING_CUSTOMER_BALANCE: _ClassVar[CreditNote.ExcessHandling]
        EXCESS_HANDLING_REFUND: _ClassVar[CreditNote.ExcessHandling]
    EXCESS_HANDLING_UNSPECIFIED: CreditNote.ExcessHandling
    EXCESS_HANDLING_CUSTOMER_BALANCE: CreditNote.ExcessHandling
    EXCESS_HANDLING_REFUND: CreditNote.ExcessHandling
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    SERIES_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    SUBTOTAL_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TAX_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    TAX_SUMMARIES_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    EXCESS_HANDLING_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_APPLIED_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_REFUNDED_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_CREDITED_TO_BALANCE_FIELD_NUMBER: _ClassVar[int]
    REFUNDS_FIELD_NUMBER: _ClassVar[int]
    ISSUE_DATE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    invoice: str
    customer: str
    number: str
    series: str
    currency_code: str
    lines: _containers.RepeatedCompositeFieldContainer[CreditNoteLine]
    subtotal: _money_pb2.Money
    total_tax: _money_pb2.Money
    total: _money_pb2.Money
    tax_summaries: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.TaxSummary]
    reason: CreditNote.Reason
    memo: str
    excess_handling: CreditNote.ExcessHandling
    amount_applied: _money_pb2.Money
    amount_refunded: _money_pb2.Money
    amount_credited_to_balance: _money_pb2.Money
    refunds: _containers.RepeatedScalarFieldContainer[str]
    issue_date: _date_pb2.Date
    metadata: _containers.ScalarMap[str, str]
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., invoice: _Optional[str] = ..., customer: _Optional[str] = ..., number: _Optional[str] = ..., series: _Optional[str] = ..., currency_code: _Optional[str] = ..., lines: _Optional[_Iterable[_Union[CreditNoteLine, _Mapping]]] = ..., subtotal: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., total_tax: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., total: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., tax_summaries: _Optional[_Iterable[_Union[_invoice_pb2.TaxSummary, _Mapping]]] = ..., reason: _Optional[_Union[CreditNote.Reason, str]] = ..., memo: _Optional[str] = ..., excess_handling: _Optional[_Union[CreditNote.ExcessHandling, str]] = ..., amount_applied: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., amount_refunded: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., amount_credited_to_balance: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., refunds: _Optional[_Iterable[str]] = ..., issue_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreditNoteLine(_message.Message):
    __slots__ = ("invoice_line", "description", "quantity", "amount", "tax_rate", "tax_percentage", "tax_amount")
    INVOICE_LINE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TAX_RATE_FIELD_NUMBER: _ClassVar[int]
    TAX_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    TAX_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    invoice_line: str
    description: str
    quantity: str
    amount: _money_pb2.Money
    tax_rate: str
    tax_percentage: str
    tax_amount: _money_pb2.Money
    def __init__(self, invoice_line: _Optional[str] = ..., description: _Optional[str] = ..., quantity: _Optional[str] = ..., amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., tax_rate: _Optional[str] = ..., tax_percentage: _Optional[str] = ..., tax_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...
