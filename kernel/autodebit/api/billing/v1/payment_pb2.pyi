import datetime

from autodebit.api.billing.v1 import next_action_pb2 as _next_action_pb2
from autodebit.api.type.v1 import money_pb2 as _money_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DeclineClass(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DECLINE_CLASS_UNSPECIFIED: _ClassVar[DeclineClass]
    DECLINE_CLASS_HARD: _ClassVar[DeclineClass]
    DECLINE_CLASS_SOFT: _ClassVar[DeclineClass]

class DeclineReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DECLINE_REASON_UNSPECIFIED: _ClassVar[DeclineReason]
    DECLINE_REASON_INSUFFICIENT_FUNDS: _ClassVar[DeclineReason]
    DECLINE_REASON_DO_NOT_HONOR: _ClassVar[DeclineReason]
    DECLINE_REASON_CARD_LOST: _ClassVar[DeclineReason]
    DECLINE_REASON_CARD_STOLEN: _ClassVar[DeclineReason]
    DECLINE_REASON_CARD_EXPIRED: _ClassVar[DeclineReason]
    DECLINE_REASON_INVALID_ACCOUNT: _ClassVar[DeclineReason]
    DECLINE_REASON_MANDATE_INVALID: _ClassVar[DeclineReason]
    DECLINE_REASON_LIMIT_EXCEEDED: _ClassVar[DeclineReason]
    DECLINE_REASON_NOT_PERMITTED: _ClassVar[DeclineReason]
    DECLINE_REASON_AUTHENTICATION_REQUIRED: _ClassVar[DeclineReason]
    DECLINE_REASON_ISSUER_UNAVAILABLE: _ClassVar[DeclineReason]
    DECLINE_REASON_PROCESSING_ERROR: _ClassVar[DeclineReason]
    DECLINE_REASON_FRAUD_SUSPECTED: _ClassVar[DeclineReason]
    DECLINE_REASON_OTHER: _ClassVar[DeclineReason]
DECLINE_CLASS_UNSPECIFIED: DeclineClass
DECLINE_CLASS_HARD: DeclineClass
DECLINE_CLASS_SOFT: DeclineClass
DECLINE_REASON_UNSPECIFIED: DeclineReason
DECLINE_REASON_INSUFFICIENT_FUNDS: DeclineReason
DECLINE_REASON_DO_NOT_HONOR: DeclineReason
DECLINE_REASON_CARD_LOST: DeclineReason
DECLINE_REASON_CARD_STOLEN: DeclineReason
DECLINE_REASON_CARD_EXPIRED: DeclineReason
DECLINE_REASON_INVALID_ACCOUNT: DeclineReason
DECLINE_REASON_MANDATE_INVALID: DeclineReason
DECLINE_REASON_LIMIT_EXCEEDED: DeclineReason
DECLINE_REASON_NOT_PERMITTED: DeclineReason
DECLINE_REASON_AUTHENTICATION_REQUIRED: DeclineReason
DECLINE_REASON_ISSUER_UNAVAILABLE: DeclineReason
DECLINE_REASON_PROCESSING_ERROR: DeclineReason
DECLINE_REASON_FRAUD_SUSPECTED: DeclineReason
DECLINE_REASON_OTHER: DeclineReason

class Payment(_message.Message):
    __slots__ = ("name", "customer", "mandate", "invoice", "amount", "amount_refunded", "description", "state", "channel", "channel_reference", "attempts", "next_action", "origin", "decline_class", "decline_reason", "metadata", "create_time", "update_time", "complete_time")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[Payment.State]
        STATE_PROCESSING: _ClassVar[Payment.State]
        STATE_REQUIRES_ACTION: _ClassVar[Payment.State]
        STATE_SUCCEEDED: _ClassVar[Payment.State]
        STATE_FAILED: _ClassVar[Payment.State]
        STATE_CANCELED: _ClassVar[Payment.State]
        STATE_UNKNOWN: _ClassVar[Payment.State]
    STATE_UNSPECIFIED: Payment.State
    STATE_PROCESSING: Payment.State
    STATE_REQUIRES_ACTION: Payment.State
    STATE_SUCCEEDED: Payment.State
    STATE_FAILED: Payment.State
    STATE_CANCELED: Payment.State
    STATE_UNKNOWN: Payment.State
    class Origin(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ORIGIN_UNSPECIFIED: _ClassVar[Payment.Origin]
        ORIGIN_API: _ClassVar[Payment.Origin]
        ORIGIN_BILLING_RUN: _ClassVar[Payment.Origin]
        ORIGIN_DUNNING_RETRY: _ClassVar[Payment.Origin]
        ORIGIN_INVOICE_PAYMENT: _ClassVar[Payment.Origin]
        ORIGIN_OUT_OF_BAND: _ClassVar[Payment.Origin]
    ORIGIN_UNSPECIFIED: Payment.Origin
    ORIGIN_API: Payment.Origin
    ORIGIN_BILLING_RUN: Payment.Origin
    ORIGIN_DUNNING_RETRY: Payment.Origin
    ORIGIN_INVOICE_PAYMENT: Payment.Origin
    ORIGIN_OUT_OF_BAND: Payment.Origin
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_REFUNDED_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    ATTEMPTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_ACTION_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_FIELD_NUMBER: _ClassVar[int]
    DECLINE_CLASS_FIELD_NUMBER: _ClassVar[int]
    DECLINE_REASON_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    customer: str
    mandate: str
    invoice: str
    amount: _money_pb2.Money
    amount_refunded: _money_pb2.Money
    description: str
    state: Payment.State
    channel: str
    channel_reference: str
    attempts: _containers.RepeatedCompositeFieldContainer[PaymentAttempt]
    next_action: _next_action_pb2.NextAction
    origin: Payment.Origin
    decline_class: DeclineClass
    decline_reason: DeclineReason
    metadata: _containers.ScalarMap[str, str]
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    complete_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., customer: _Optional[str] = ..., mandate: _Optional[str] = ..., invoice: _Optional[str] = ..., amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., amount_refunded: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., description: _Optional[str] = ..., state: _Optional[_Union[Payment.State, str]] = ..., channel: _Optional[str] = ..., channel_reference: _Optional[str] = ..., attempts: _Optional[_Iterable[_Union[PaymentAttempt, _Mapping]]] = ..., next_action: _Optional[_Union[_next_action_pb2.NextAction, _Mapping]] = ..., origin: _Optional[_Union[Payment.Origin, str]] = ..., decline_class: _Optional[_Union[DeclineClass, str]] = ..., decline_reason: _Optional[_Union[DeclineReason, str]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PaymentAttempt(_message.Message):
    __slots__ = ("number", "state", "mandate", "merchant_reference", "channel_reference", "response_code", "response_message", "decline_class", "decline_reason", "create_time", "complete_time")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[PaymentAttempt.State]
        STATE_PROCESSING: _ClassVar[PaymentAttempt.State]
        STATE_REQUIRES_ACTION: _ClassVar[PaymentAttempt.State]
        STATE_SUCCEEDED: _ClassVar[PaymentAttempt.State]
        STATE_FAILED: _ClassVar[PaymentAttempt.State]
        STATE_CANCELED: _ClassVar[PaymentAttempt.State]
        STATE_UNKNOWN: _ClassVar[PaymentAttempt.State]
    STATE_UNSPECIFIED: PaymentAttempt.State
    STATE_PROCESSING: PaymentAttempt.State
    STATE_REQUIRES_ACTION: PaymentAttempt.State
    STATE_SUCCEEDED: PaymentAttempt.State
    STATE_FAILED: PaymentAttempt.State
    STATE_CANCELED: PaymentAttempt.State
    STATE_UNKNOWN: PaymentAttempt.State
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    MERCHANT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_CODE_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    DECLINE_CLASS_FIELD_NUMBER: _ClassVar[int]
    DECLINE_REASON_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    number: int
    state: PaymentAttempt.State
    mandate: str
    merchant_reference: str
    channel_reference: str
    response_code: str
    response_message: str
    decline_class: DeclineClass
    decline_reason: DeclineReason
    create_time: _timestamp_pb2.Timestamp
    complete_time: _timestamp_pb2.Timestamp
    def __init__(self, number: _Optional[int] = ..., state: _Optional[_Union[PaymentAttempt.State, str]] = ..., mandate: _Optional[str] = ..., merchant_reference: _Optional[str] = ..., channel_reference: _Optional[str] = ..., response_code: _Optional[str] = ..., response_message: _Optional[str] = ..., decline_class: _Optional[_Union[DeclineClass, str]] = ..., decline_reason: _Optional[_Union[DeclineReason, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class DeclineCount(_message.Message):
    __slots__ = ("reason", "decline_class", "count")
    REASON_FIELD_NUMBER: _ClassVar[int]
    DECLINE_CLASS_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    reason: DeclineReason
    decline_class: DeclineClass
    count: int
    def __init__(self, reason: _Optional[_Union[DeclineReason, str]] = ..., decline_class: _Optional[_Union[DeclineClass, str]] = ..., count: _Optional[int] = ...) -> None: ...
