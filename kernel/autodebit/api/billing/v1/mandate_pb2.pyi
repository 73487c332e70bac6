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

class Mandate(_message.Message):
    __slots__ = ("name", "channel", "state", "channel_reference", "merchant_reference", "card", "display_label", "amount_limit", "is_default", "revoked_by", "revoke_reason", "channel_metadata", "metadata", "create_time", "activate_time", "end_time", "expire_time")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[Mandate.State]
        STATE_PENDING: _ClassVar[Mandate.State]
        STATE_ACTIVE: _ClassVar[Mandate.State]
        STATE_REVOKED: _ClassVar[Mandate.State]
        STATE_EXPIRED: _ClassVar[Mandate.State]
    STATE_UNSPECIFIED: Mandate.State
    STATE_PENDING: Mandate.State
    STATE_ACTIVE: Mandate.State
    STATE_REVOKED: Mandate.State
    STATE_EXPIRED: Mandate.State
    class RevokedBy(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        REVOKED_BY_UNSPECIFIED: _ClassVar[Mandate.RevokedBy]
        REVOKED_BY_MERCHANT: _ClassVar[Mandate.RevokedBy]
        REVOKED_BY_PAYER: _ClassVar[Mandate.RevokedBy]
        REVOKED_BY_CHANNEL: _ClassVar[Mandate.RevokedBy]
    REVOKED_BY_UNSPECIFIED: Mandate.RevokedBy
    REVOKED_BY_MERCHANT: Mandate.RevokedBy
    REVOKED_BY_PAYER: Mandate.RevokedBy
    REVOKED_BY_CHANNEL: Mandate.RevokedBy
    class ChannelMetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    MERCHANT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    CARD_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_LABEL_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_LIMIT_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    REVOKED_BY_FIELD_NUMBER: _ClassVar[int]
    REVOKE_REASON_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_METADATA_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ACTIVATE_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    channel: str
    state: Mandate.State
    channel_reference: str
    merchant_reference: str
    card: CardDetails
    display_label: str
    amount_limit: _money_pb2.Money
    is_default: bool
    revoked_by: Mandate.RevokedBy
    revoke_reason: str
    channel_metadata: _containers.ScalarMap[str, str]
    metadata: _containers.ScalarMap[str, str]
    create_time: _timestamp_pb2.Timestamp
    activate_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., channel: _Optional[str] = ..., state: _Optional[_Union[Mandate.State, str]] = ..., channel_reference: _Optional[str] = ..., merchant_reference: _Optional[str] = ..., card: _Optional[_Union[CardDetails, _Mapping]] = ..., display_label: _Optional[str] = ..., amount_limit: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., is_default: _Optional[bool] = ..., revoked_by: _Optional[_Union[Mandate.RevokedBy, str]] = ..., revoke_reason: _Optional[str] = ..., channel_metadata: _Optional[_Mapping[str, str]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., activate_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CardDetails(_message.Message):
    __slots__ = ("brand", "last4", "exp_month", "exp_year", "fingerprint")
    BRAND_FIELD_NUMBER: _ClassVar[int]
    LAST4_FIELD_NUMBER: _ClassVar[int]
    EXP_MONTH_FIELD_NUMBER: _ClassVar[int]
    EXP_YEAR_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    fingerprint: str
    def __init__(self, brand: _Optional[str] = ..., last4: _Optional[str] = ..., exp_month: _Optional[int] = ..., exp_year: _Optional[int] = ..., fingerprint: _Optional[str] = ...) -> None: ...
