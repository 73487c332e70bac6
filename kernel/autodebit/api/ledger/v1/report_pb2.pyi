from autodebit.api.billing.v1 import payment_pb2 as _payment_pb2
from autodebit.api.type.v1 import interval_pb2 as _interval_pb2
from autodebit.api.type.v1 import money_pb2 as _money_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Granularity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GRANULARITY_UNSPECIFIED: _ClassVar[Granularity]
    GRANULARITY_DAY: _ClassVar[Granularity]
    GRANULARITY_WEEK: _ClassVar[Granularity]
    GRANULARITY_MONTH: _ClassVar[Granularity]
    GRANULARITY_QUARTER: _ClassVar[Granularity]
    GRANULARITY_YEAR: _ClassVar[Granularity]
GRANULARITY_UNSPECIFIED: Granularity
GRANULARITY_DAY: Granularity
GRANULARITY_WEEK: Granularity
GRANULARITY_MONTH: Granularity
GRANULARITY_QUARTER: Granularity
GRANULARITY_YEAR: Granularity

class ArAgingRow(_message.Message):
    __slots__ = ("customer", "currency_code", "current", "overdue_1_30", "overdue_31_60", "overdue_61_90", "overdue_over_90", "total")
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_1_30_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_31_60_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_61_90_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_OVER_90_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    customer: str
    currency_code: str
    current: _money_pb2.Money
    overdue_1_30: _money_pb2.Money
    overdue_31_60: _money_pb2.Money
    overdue_61_90: _money_pb2.Money
    overdue_over_90: _money_pb2.Money
    total: _money_pb2.Money
    def __init__(self, customer: _Optional[str] = ..., currency_code: _Optional[str] = ..., current: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., overdue_1_30: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., overdue_31_60: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., overdue_61_90: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., overdue_over_90: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., total: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class RevenueReportRow(_message.Message):
    __slots__ = ("period", "currency_code", "billed", "recognized", "collected", "refunded", "channels")
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    BILLED_FIELD_NUMBER: _ClassVar[int]
    RECOGNIZED_FIELD_NUMBER: _ClassVar[int]
    COLLECTED_FIELD_NUMBER: _ClassVar[int]
    REFUNDED_FIELD_NUMBER: _ClassVar[int]
    CHANNELS_FIELD_NUMBER: _ClassVar[int]
    period: _interval_pb2.Interval
    currency_code: str
    billed: _money_pb2.Money
    recognized: _money_pb2.Money
    collected: _money_pb2.Money
    refunded: _money_pb2.Money
    channels: _containers.RepeatedCompositeFieldContainer[ChannelCash]
    def __init__(self, period: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ..., currency_code: _Optional[str] = ..., billed: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., recognized: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., collected: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., refunded: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., channels: _Optional[_Iterable[_Union[ChannelCash, _Mapping]]] = ...) -> None: ...

class ChannelCash(_message.Message):
    __slots__ = ("channel", "collected", "refunded")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    COLLECTED_FIELD_NUMBER: _ClassVar[int]
    REFUNDED_FIELD_NUMBER: _ClassVar[int]
    channel: str
    collected: _money_pb2.Money
    refunded: _money_pb2.Money
    def __init__(self, channel: _Optional[str] = ..., collected: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., refunded: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class MrrReportRow(_message.Message):
    __slots__ = ("period", "currency_code", "starting_mrr", "new_mrr", "expansion_mrr", "contraction_mrr", "churned_mrr", "reactivation_mrr", "ending_mrr", "ending_arr", "active_subscriptions")
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    STARTING_MRR_FIELD_NUMBER: _ClassVar[int]
    NEW_MRR_FIELD_NUMBER: _ClassVar[int]
    EXPANSION_MRR_FIELD_NUMBER: _ClassVar[int]
    CONTRACTION_MRR_FIELD_NUMBER: _ClassVar[int]
    CHURNED_MRR_FIELD_NUMBER: _ClassVar[int]
    REACTIVATION_MRR_FIELD_NUMBER: _ClassVar[int]
    ENDING_MRR_FIELD_NUMBER: _ClassVar[int]
    ENDING_ARR_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
    period: _interval_pb2.Interval
    currency_code: str
    starting_mrr: _money_pb2.Money
    new_mrr: _money_pb2.Money
    expansion_mrr: _money_pb2.Money
    contraction_mrr: _money_pb2.Money
    churned_mrr: _money_pb2.Money
    reactivation_mrr: _money_pb2.Money
    ending_mrr: _money_pb2.Money
    ending_arr: _money_pb2.Money
    active_subscriptions: int
    def __init__(self, period: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ..., currency_code: _Optional[str] = ..., starting_mrr: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., new_mrr: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., expansion_mrr: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., contraction_mrr: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., churned_mrr: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., reactivation_mrr: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., ending_mrr: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., ending_arr: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., active_subscriptions: _Optional[int] = ...) -> None: ...

class PaymentSuccessRow(_message.Message):
    __slots__ = ("channel", "attempts", "succeeded", "failed", "success_percentage", "declines")
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    SUCCEEDED_FIELD_NUMBER: _ClassVar[int]
    FAILED_FIELD_NUMBER: _ClassVar[int]
    SUCCESS_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    DECLINES_FIELD_NUMBER: _ClassVar[int]
    channel: str
    attempts: int
    succeeded: int
    failed: int
    success_percentage: str
    declines: _containers.RepeatedCompositeFieldContainer[_payment_pb2.DeclineCount]
    def __init__(self, channel: _Optional[str] = ..., attempts: _Optional[int] = ..., succeeded: _Optional[int] = ..., failed: _Optional[int] = ..., success_percentage: _Optional[str] = ..., declines: _Optional[_Iterable[_Union[_payment_pb2.DeclineCount, _Mapping]]] = ...) -> None: ...

class CashFlowForecastRow(_message.Message):
    __slots__ = ("period", "currency_code", "open_receivables", "scheduled_renewals", "expected_collections")
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    OPEN_RECEIVABLES_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_RENEWALS_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_COLLECTIONS_FIELD_NUMBER: _ClassVar[int]
    period: _interval_pb2.Interval
    currency_code: str
    open_receivables: _money_pb2.Money
    scheduled_renewals: _money_pb2.Money
    expected_collections: _money_pb2.Money
    def __init__(self, period: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ..., currency_code: _Optional[str] = ..., open_receivables: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., scheduled_renewals: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., expected_collections: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class BudgetVersusActualRow(_message.Message):
    __slots__ = ("account", "period", "budget", "actual", "variance", "variance_percentage")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    BUDGET_FIELD_NUMBER: _ClassVar[int]
    ACTUAL_FIELD_NUMBER: _ClassVar[int]
    VARIANCE_FIELD_NUMBER: _ClassVar[int]
    VARIANCE_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    account: str
    period: str
    budget: _money_pb2.Money
    actual: _money_pb2.Money
    variance: _money_pb2.Money
    variance_percentage: str
    def __init__(self, account: _Optional[str] = ..., period: _Optional[str] = ..., budget: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., actual: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., variance: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., variance_percentage: _Optional[str] = ...) -> None: ...
