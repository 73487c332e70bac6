import datetime

from autodebit.api.type.v1 import money_pb2 as _money_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class BillingRun(_message.Message):
    __slots__ = ("name", "state", "trigger", "as_of_time", "test_clock", "customer", "progress", "amount_invoiced", "amount_collected", "errors", "failure_message", "create_time", "update_time", "end_time")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[BillingRun.State]
        STATE_RUNNING: _ClassVar[BillingRun.State]
        STATE_SUCCEEDED: _ClassVar[BillingRun.State]
        STATE_FAILED: _ClassVar[BillingRun.State]
    STATE_UNSPECIFIED: BillingRun.State
    STATE_RUNNING: BillingRun.State
    STATE_SUCCEEDED: BillingRun.State
    STATE_FAILED: BillingRun.State
    class Trigger(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TRIGGER_UNSPECIFIED: _ClassVar[BillingRun.Trigger]
        TRIGGER_SCHEDULER: _ClassVar[BillingRun.Trigger]
        TRIGGER_API: _ClassVar[BillingRun.Trigger]
    TRIGGER_UNSPECIFIED: BillingRun.Trigger
    TRIGGER_SCHEDULER: BillingRun.Trigger
    TRIGGER_API: BillingRun.Trigger
    class Progress(_message.Message):
        __slots__ = ("subscriptions_due", "subscriptions_processed", "subscriptions_skipped", "subscriptions_failed", "invoices_created", "payments_succeeded", "payments_failed", "payments_pending")
        SUBSCRIPTIONS_DUE_FIELD_NUMBER: _ClassVar[int]
        SUBSCRIPTIONS_PROCESSED_FIELD_NUMBER: _ClassVar[int]
        SUBSCRIPTIONS_SKIPPED_FIELD_NUMBER: _ClassVar[int]
        SUBSCRIPTIONS_FAILED_FIELD_NUMBER: _ClassVar[int]
        INVOICES_CREATED_FIELD_NUMBER: _ClassVar[int]
        PAYMENTS_SUCCEEDED_FIELD_NUMBER: _ClassVar[int]
        PAYMENTS_FAILED_FIELD_NUMBER: _ClassVar[int]
        PAYMENTS_PENDING_FIELD_NUMBER: _ClassVar[int]
        subscriptions_due: int
        subscriptions_processed: int
        subscriptions_skipped: int
        subscriptions_failed: int
        invoices_created: int
        payments_succeeded: int
        payments_failed: int
        payments_pending: int
        def __init__(self, subscriptions_due: _Optional[int] = ..., subscriptions_processed: _Optional[int] = ..., subscriptions_skipped: _Optional[int] = ..., subscriptions_failed: _Optional[int] = ..., invoices_created: _Optional[int] = ..., payments_succeeded: _Optional[int] = ..., payments_failed: _Optional[int] = ..., payments_pending: _Optional[int] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    AS_OF_TIME_FIELD_NUMBER: _ClassVar[int]
    TEST_CLOCK_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_INVOICED_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_COLLECTED_FIELD_NUMBER: _ClassVar[int]
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    FAILURE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    state: BillingRun.State
    trigger: BillingRun.Trigger
    as_of_time: _timestamp_pb2.Timestamp
    test_clock: str
    customer: str
    progress: BillingRun.Progress
    amount_invoiced: _containers.RepeatedCompositeFieldContainer[_money_pb2.Money]
    amount_collected: _containers.RepeatedCompositeFieldContainer[_money_pb2.Money]
    errors: _containers.RepeatedCompositeFieldContainer[BillingRunError]
    failure_message: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., state: _Optional[_Union[BillingRun.State, str]] = ..., trigger: _Optional[_Union[BillingRun.Trigger, str]] = ..., as_of_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., test_clock: _Optional[str] = ..., customer: _Optional[str] = ..., progress: _Optional[_Union[BillingRun.Progress, _Mapping]] = ..., amount_invoiced: _Optional[_Iterable[_Union[_money_pb2.Money, _Mapping]]] = ..., amount_collected: _Optional[_Iterable[_Union[_money_pb2.Money, _Mapping]]] = ..., errors: _Optional[_Iterable[_Union[BillingRunError, _Mapping]]] = ..., failure_message: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class BillingRunError(_message.Message):
    __slots__ = ("subscription", "reason", "message", "create_time")
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    subscription: str
    reason: str
    message: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, subscription: _Optional[str] = ..., reason: _Optional[str] = ..., message: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
