import datetime

from autodebit.api.billing.v1 import payment_pb2 as _payment_pb2
from google.protobuf import duration_pb2 as _duration_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CollectionMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COLLECTION_METHOD_UNSPECIFIED: _ClassVar[CollectionMethod]
    COLLECTION_METHOD_CHARGE_AUTOMATICALLY: _ClassVar[CollectionMethod]
    COLLECTION_METHOD_SEND_INVOICE: _ClassVar[CollectionMethod]
COLLECTION_METHOD_UNSPECIFIED: CollectionMethod
COLLECTION_METHOD_CHARGE_AUTOMATICALLY: CollectionMethod
COLLECTION_METHOD_SEND_INVOICE: CollectionMethod

class DunningPolicy(_message.Message):
    __slots__ = ("name", "retry_schedule", "retry_on_new_default_mandate", "final_action")
    class FinalAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        FINAL_ACTION_UNSPECIFIED: _ClassVar[DunningPolicy.FinalAction]
        FINAL_ACTION_LEAVE_PAST_DUE: _ClassVar[DunningPolicy.FinalAction]
        FINAL_ACTION_MARK_UNCOLLECTIBLE: _ClassVar[DunningPolicy.FinalAction]
        FINAL_ACTION_PAUSE_SUBSCRIPTION: _ClassVar[DunningPolicy.FinalAction]
        FINAL_ACTION_CANCEL_SUBSCRIPTION: _ClassVar[DunningPolicy.FinalAction]
    FINAL_ACTION_UNSPECIFIED: DunningPolicy.FinalAction
    FINAL_ACTION_LEAVE_PAST_DUE: DunningPolicy.FinalAction
    FINAL_ACTION_MARK_UNCOLLECTIBLE: DunningPolicy.FinalAction
    FINAL_ACTION_PAUSE_SUBSCRIPTION: DunningPolicy.FinalAction
    FINAL_ACTION_CANCEL_SUBSCRIPTION: DunningPolicy.FinalAction
    NAME_FIELD_NUMBER: _ClassVar[int]
    RETRY_SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    RETRY_ON_NEW_DEFAULT_MANDATE_FIELD_NUMBER: _ClassVar[int]
    FINAL_ACTION_FIELD_NUMBER: _ClassVar[int]
    name: str
    retry_schedule: _containers.RepeatedCompositeFieldContainer[_duration_pb2.Duration]
    retry_on_new_default_mandate: bool
    final_action: DunningPolicy.FinalAction
    def __init__(self, name: _Optional[str] = ..., retry_schedule: _Optional[_Iterable[_Union[datetime.timedelta, _duration_pb2.Duration, _Mapping]]] = ..., retry_on_new_default_mandate: _Optional[bool] = ..., final_action: _Optional[_Union[DunningPolicy.FinalAction, str]] = ...) -> None: ...

class DunningStatus(_message.Message):
    __slots__ = ("state", "invoice", "failed_attempts", "last_payment", "last_decline_class", "last_decline_reason", "next_retry_time", "start_time", "end_time")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[DunningStatus.State]
        STATE_RETRY_SCHEDULED: _ClassVar[DunningStatus.State]
        STATE_AWAITING_MANDATE: _ClassVar[DunningStatus.State]
        STATE_RECOVERED: _ClassVar[DunningStatus.State]
        STATE_EXHAUSTED: _ClassVar[DunningStatus.State]
    STATE_UNSPECIFIED: DunningStatus.State
    STATE_RETRY_SCHEDULED: DunningStatus.State
    STATE_AWAITING_MANDATE: DunningStatus.State
    STATE_RECOVERED: DunningStatus.State
    STATE_EXHAUSTED: DunningStatus.State
    STATE_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    FAILED_ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    LAST_PAYMENT_FIELD_NUMBER: _ClassVar[int]
    LAST_DECLINE_CLASS_FIELD_NUMBER: _ClassVar[int]
    LAST_DECLINE_REASON_FIELD_NUMBER: _ClassVar[int]
    NEXT_RETRY_TIME_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    state: DunningStatus.State
    invoice: str
    failed_attempts: int
    last_payment: str
    last_decline_class: _payment_pb2.DeclineClass
    last_decline_reason: _payment_pb2.DeclineReason
    next_retry_time: _timestamp_pb2.Timestamp
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, state: _Optional[_Union[DunningStatus.State, str]] = ..., invoice: _Optional[str] = ..., failed_attempts: _Optional[int] = ..., last_payment: _Optional[str] = ..., last_decline_class: _Optional[_Union[_payment_pb2.DeclineClass, str]] = ..., last_decline_reason: _Optional[_Union[_payment_pb2.DeclineReason, str]] = ..., next_retry_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
