import datetime

from autodebit.api.billing.v1 import payment_pb2 as _payment_pb2
from autodebit.api.customer.v1 import customer_pb2 as _customer_pb2
from autodebit.api.type.v1 import money_pb2 as _money_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ContactRole(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONTACT_ROLE_UNSPECIFIED: _ClassVar[ContactRole]
    CONTACT_ROLE_BILLING: _ClassVar[ContactRole]
    CONTACT_ROLE_TECHNICAL: _ClassVar[ContactRole]
CONTACT_ROLE_UNSPECIFIED: ContactRole
CONTACT_ROLE_BILLING: ContactRole
CONTACT_ROLE_TECHNICAL: ContactRole

class CustomerInsights(_message.Message):
    __slots__ = ("customer", "payments_attempted", "payments_succeeded", "payments_failed", "failures_by_reason", "on_time_percentage", "average_days_to_pay", "outstanding", "overdue", "lifetime_value", "credit_balance", "last_successful_payment_time", "consecutive_failures", "segment", "segment_reason", "compute_time")
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    PAYMENTS_ATTEMPTED_FIELD_NUMBER: _ClassVar[int]
    PAYMENTS_SUCCEEDED_FIELD_NUMBER: _ClassVar[int]
    PAYMENTS_FAILED_FIELD_NUMBER: _ClassVar[int]
    FAILURES_BY_REASON_FIELD_NUMBER: _ClassVar[int]
    ON_TIME_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_DAYS_TO_PAY_FIELD_NUMBER: _ClassVar[int]
    OUTSTANDING_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    LIFETIME_VALUE_FIELD_NUMBER: _ClassVar[int]
    CREDIT_BALANCE_FIELD_NUMBER: _ClassVar[int]
    LAST_SUCCESSFUL_PAYMENT_TIME_FIELD_NUMBER: _ClassVar[int]
    CONSECUTIVE_FAILURES_FIELD_NUMBER: _ClassVar[int]
    SEGMENT_FIELD_NUMBER: _ClassVar[int]
    SEGMENT_REASON_FIELD_NUMBER: _ClassVar[int]
    COMPUTE_TIME_FIELD_NUMBER: _ClassVar[int]
    customer: str
    payments_attempted: int
    payments_succeeded: int
    payments_failed: int
    failures_by_reason: _containers.RepeatedCompositeFieldContainer[_payment_pb2.DeclineCount]
    on_time_percentage: str
    average_days_to_pay: str
    outstanding: _containers.RepeatedCompositeFieldContainer[_money_pb2.Money]
    overdue: _containers.RepeatedCompositeFieldContainer[_money_pb2.Money]
    lifetime_value: _containers.RepeatedCompositeFieldContainer[_money_pb2.Money]
    credit_balance: _containers.RepeatedCompositeFieldContainer[_money_pb2.Money]
    last_successful_payment_time: _timestamp_pb2.Timestamp
    consecutive_failures: int
    segment: _customer_pb2.Segment
    segment_reason: str
    compute_time: _timestamp_pb2.Timestamp
    def __init__(self, customer: _Optional[str] = ..., payments_attempted: _Optional[int] = ..., payments_succeeded: _Optional[int] = ..., payments_failed: _Optional[int] = ..., failures_by_reason: _Optional[_Iterable[_Union[_payment_pb2.DeclineCount, _Mapping]]] = ..., on_time_percentage: _Optional[str] = ..., average_days_to_pay: _Optional[str] = ..., outstanding: _Optional[_Iterable[_Union[_money_pb2.Money, _Mapping]]] = ..., overdue: _Optional[_Iterable[_Union[_money_pb2.Money, _Mapping]]] = ..., lifetime_value: _Optional[_Iterable[_Union[_money_pb2.Money, _Mapping]]] = ..., credit_balance: _Optional[_Iterable[_Union[_money_pb2.Money, _Mapping]]] = ..., last_successful_payment_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., consecutive_failures: _Optional[int] = ..., segment: _Optional[_Union[_customer_pb2.Segment, str]] = ..., segment_reason: _Optional[str] = ..., compute_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Contact(_message.Message):
    __slots__ = ("name", "display_name", "email", "phone", "roles", "locale", "create_time", "update_time")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    ROLES_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    display_name: str
    email: str
    phone: str
    roles: _containers.RepeatedScalarFieldContainer[ContactRole]
    locale: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., display_name: _Optional[str] = ..., email: _Optional[str] = ..., phone: _Optional[str] = ..., roles: _Optional[_Iterable[_Union[ContactRole, str]]] = ..., locale: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Note(_message.Message):
    __slots__ = ("name", "kind", "body", "author", "create_time")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        KIND_UNSPECIFIED: _ClassVar[Note.Kind]
        KIND_NOTE: _ClassVar[Note.Kind]
        KIND_FEEDBACK: _ClassVar[Note.Kind]
        KIND_COMPLAINT: _ClassVar[Note.Kind]
    KIND_UNSPECIFIED: Note.Kind
    KIND_NOTE: Note.Kind
    KIND_FEEDBACK: Note.Kind
    KIND_COMPLAINT: Note.Kind
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    BODY_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: Note.Kind
    body: str
    author: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[_Union[Note.Kind, str]] = ..., body: _Optional[str] = ..., author: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AutomationRule(_message.Message):
    __slots__ = ("name", "display_name", "enabled", "trigger_event_type", "condition", "actions", "create_time", "update_time")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    CONDITION_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    display_name: str
    enabled: bool
    trigger_event_type: str
    condition: AutomationCondition
    actions: _containers.RepeatedCompositeFieldContainer[AutomationAction]
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., display_name: _Optional[str] = ..., enabled: _Optional[bool] = ..., trigger_event_type: _Optional[str] = ..., condition: _Optional[_Union[AutomationCondition, _Mapping]] = ..., actions: _Optional[_Iterable[_Union[AutomationAction, _Mapping]]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AutomationCondition(_message.Message):
    __slots__ = ("segments", "tags", "min_amount")
    SEGMENTS_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    MIN_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    segments: _containers.RepeatedScalarFieldContainer[_customer_pb2.Segment]
    tags: _containers.RepeatedScalarFieldContainer[str]
    min_amount: _money_pb2.Money
    def __init__(self, segments: _Optional[_Iterable[_Union[_customer_pb2.Segment, str]]] = ..., tags: _Optional[_Iterable[str]] = ..., min_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class AutomationAction(_message.Message):
    __slots__ = ("tag", "untag", "send_message", "emit_event")
    TAG_FIELD_NUMBER: _ClassVar[int]
    UNTAG_FIELD_NUMBER: _ClassVar[int]
    SEND_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMIT_EVENT_FIELD_NUMBER: _ClassVar[int]
    tag: str
    untag: str
    send_message: SendMessageAction
    emit_event: EmitEventAction
    def __init__(self, tag: _Optional[str] = ..., untag: _Optional[str] = ..., send_message: _Optional[_Union[SendMessageAction, _Mapping]] = ..., emit_event: _Optional[_Union[EmitEventAction, _Mapping]] = ...) -> None: ...

class SendMessageAction(_message.Message):
    __slots__ = ("template", "notifier")
    TEMPLATE_FIELD_NUMBER: _ClassVar[int]
    NOTIFIER_FIELD_NUMBER: _ClassVar[int]
    template: str
    notifier: str
    def __init__(self, template: _Optional[str] = ..., notifier: _Optional[str] = ...) -> None: ...

class EmitEventAction(_message.Message):
    __slots__ = ("event_type",)
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    event_type: str
    def __init__(self, event_type: _Optional[str] = ...) -> None: ...

class CustomerErasure(_message.Message):
    __slots__ = ("customer", "reason", "erase_time")
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ERASE_TIME_FIELD_NUMBER: _ClassVar[int]
    customer: str
    reason: str
    erase_time: _timestamp_pb2.Timestamp
    def __init__(self, customer: _Optional[str] = ..., reason: _Optional[str] = ..., erase_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
