import datetime

from autodebit.api.billing.v1 import coupon_pb2 as _coupon_pb2
from autodebit.api.billing.v1 import dunning_pb2 as _dunning_pb2
from autodebit.api.type.v1 import interval_pb2 as _interval_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ChangeTiming(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHANGE_TIMING_UNSPECIFIED: _ClassVar[ChangeTiming]
    CHANGE_TIMING_IMMEDIATELY: _ClassVar[ChangeTiming]
    CHANGE_TIMING_PERIOD_END: _ClassVar[ChangeTiming]

class ProrationBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PRORATION_BEHAVIOR_UNSPECIFIED: _ClassVar[ProrationBehavior]
    PRORATION_BEHAVIOR_INVOICE_NOW: _ClassVar[ProrationBehavior]
    PRORATION_BEHAVIOR_NEXT_INVOICE: _ClassVar[ProrationBehavior]
    PRORATION_BEHAVIOR_NONE: _ClassVar[ProrationBehavior]
CHANGE_TIMING_UNSPECIFIED: ChangeTiming
CHANGE_TIMING_IMMEDIATELY: ChangeTiming
CHANGE_TIMING_PERIOD_END: ChangeTiming
PRORATION_BEHAVIOR_UNSPECIFIED: ProrationBehavior
PRORATION_BEHAVIOR_INVOICE_NOW: ProrationBehavior
PRORATION_BEHAVIOR_NEXT_INVOICE: ProrationBehavior
PRORATION_BEHAVIOR_NONE: ProrationBehavior

class Subscription(_message.Message):
    __slots__ = ("name", "customer", "items", "collection_method", "mandate", "days_until_due", "state", "billing_anchor_time", "current_period", "start_time", "trial_end_time", "cancel_at_period_end", "cancel_time", "cancel_reason", "pause_time", "resume_time", "scheduled_change", "discounts", "dunning", "latest_invoice", "metadata", "create_time", "update_time")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[Subscription.State]
        STATE_TRIALING: _ClassVar[Subscription.State]
        STATE_ACTIVE: _ClassVar[Subscription.State]
        STATE_PAST_DUE: _ClassVar[Subscription.State]
        STATE_PAUSED: _ClassVar[Subscription.State]
        STATE_CANCELED: _ClassVar[Subscription.State]
    STATE_UNSPECIFIED: Subscription.State
    STATE_TRIALING: Subscription.State
    STATE_ACTIVE: Subscription.State
    STATE_PAST_DUE: Subscription.State
    STATE_PAUSED: Subscription.State
    STATE_CANCELED: Subscription.State
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    COLLECTION_METHOD_FIELD_NUMBER: _ClassVar[int]
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    DAYS_UNTIL_DUE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    BILLING_ANCHOR_TIME_FIELD_NUMBER: _ClassVar[int]
    CURRENT_PERIOD_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    TRIAL_END_TIME_FIELD_NUMBER: _ClassVar[int]
    CANCEL_AT_PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    CANCEL_TIME_FIELD_NUMBER: _ClassVar[int]
    CANCEL_REASON_FIELD_NUMBER: _ClassVar[int]
    PAUSE_TIME_FIELD_NUMBER: _ClassVar[int]
    RESUME_TIME_FIELD_NUMBER: _ClassVar[int]
    SCHEDULED_CHANGE_FIELD_NUMBER: _ClassVar[int]
    DISCOUNTS_FIELD_NUMBER: _ClassVar[int]
    DUNNING_FIELD_NUMBER: _ClassVar[int]
    LATEST_INVOICE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    customer: str
    items: _containers.RepeatedCompositeFieldContainer[SubscriptionItem]
    collection_method: _dunning_pb2.CollectionMethod
    mandate: str
    days_until_due: int
    state: Subscription.State
    billing_anchor_time: _timestamp_pb2.Timestamp
    current_period: _interval_pb2.Interval
    start_time: _timestamp_pb2.Timestamp
    trial_end_time: _timestamp_pb2.Timestamp
    cancel_at_period_end: bool
    cancel_time: _timestamp_pb2.Timestamp
    cancel_reason: str
    pause_time: _timestamp_pb2.Timestamp
    resume_time: _timestamp_pb2.Timestamp
    scheduled_change: ScheduledChange
    discounts: _containers.RepeatedCompositeFieldContainer[_coupon_pb2.Discount]
    dunning: _dunning_pb2.DunningStatus
    latest_invoice: str
    metadata: _containers.ScalarMap[str, str]
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., customer: _Optional[str] = ..., items: _Optional[_Iterable[_Union[SubscriptionItem, _Mapping]]] = ..., collection_method: _Optional[_Union[_dunning_pb2.CollectionMethod, str]] = ..., mandate: _Optional[str] = ..., days_until_due: _Optional[int] = ..., state: _Optional[_Union[Subscription.State, str]] = ..., billing_anchor_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., current_period: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., trial_end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancel_at_period_end: _Optional[bool] = ..., cancel_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., cancel_reason: _Optional[str] = ..., pause_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., resume_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., scheduled_change: _Optional[_Union[ScheduledChange, _Mapping]] = ..., discounts: _Optional[_Iterable[_Union[_coupon_pb2.Discount, _Mapping]]] = ..., dunning: _Optional[_Union[_dunning_pb2.DunningStatus, _Mapping]] = ..., latest_invoice: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SubscriptionItem(_message.Message):
    __slots__ = ("name", "price", "quantity", "current_period_usage")
    NAME_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    CURRENT_PERIOD_USAGE_FIELD_NUMBER: _ClassVar[int]
    name: str
    price: str
    quantity: int
    current_period_usage: int
    def __init__(self, name: _Optional[str] = ..., price: _Optional[str] = ..., quantity: _Optional[int] = ..., current_period_usage: _Optional[int] = ...) -> None: ...

class ScheduledChange(_message.Message):
    __slots__ = ("items", "effective_time")
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    items: _containers.RepeatedCompositeFieldContainer[SubscriptionItem]
    effective_time: _timestamp_pb2.Timestamp
    def __init__(self, items: _Optional[_Iterable[_Union[SubscriptionItem, _Mapping]]] = ..., effective_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
