import datetime

from autodebit.api.type.v1 import money_pb2 as _money_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Refund(_message.Message):
    __slots__ = ("name", "amount", "state", "reason", "description", "credit_note", "merchant_reference", "channel_reference", "response_code", "response_message", "metadata", "create_time", "complete_time")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[Refund.State]
        STATE_PROCESSING: _ClassVar[Refund.State]
        STATE_SUCCEEDED: _ClassVar[Refund.State]
        STATE_FAILED: _ClassVar[Refund.State]
        STATE_UNKNOWN: _ClassVar[Refund.State]
    STATE_UNSPECIFIED: Refund.State
    STATE_PROCESSING: Refund.State
    STATE_SUCCEEDED: Refund.State
    STATE_FAILED: Refund.State
    STATE_UNKNOWN: Refund.State
    class Reason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        REASON_UNSPECIFIED: _ClassVar[Refund.Reason]
        REASON_REQUESTED_BY_CUSTOMER: _ClassVar[Refund.Reason]
        REASON_DUPLICATE: _ClassVar[Refund.Reason]
        REASON_FRAUDULENT: _ClassVar[Refund.Reason]
        REASON_CREDIT_NOTE: _ClassVar[Refund.Reason]
        REASON_OTHER: _ClassVar[Refund.Reason]
    REASON_UNSPECIFIED: Refund.Reason
    REASON_REQUESTED_BY_CUSTOMER: Refund.Reason
    REASON_DUPLICATE: Refund.Reason
    REASON_FRAUDULENT: Refund.Reason
    REASON_CREDIT_NOTE: Refund.Reason
    REASON_OTHER: Refund.Reason
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CREDIT_NOTE_FIELD_NUMBER: _ClassVar[int]
    MERCHANT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_CODE_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    amount: _money_pb2.Money
    state: Refund.State
    reason: Refund.Reason
    description: str
    credit_note: str
    merchant_reference: str
    channel_reference: str
    response_code: str
    response_message: str
    metadata: _containers.ScalarMap[str, str]
    create_time: _timestamp_pb2.Timestamp
    complete_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., state: _Optional[_Union[Refund.State, str]] = ..., reason: _Optional[_Union[Refund.Reason, str]] = ..., description: _Optional[str] = ..., credit_note: _Optional[str] = ..., merchant_reference: _Optional[str] = ..., channel_reference: _Optional[str] = ..., response_code: _Optional[str] = ..., response_message: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
