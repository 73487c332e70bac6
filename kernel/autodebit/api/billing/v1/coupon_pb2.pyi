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

class DiscountDuration(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISCOUNT_DURATION_UNSPECIFIED: _ClassVar[DiscountDuration]
    DISCOUNT_DURATION_ONCE: _ClassVar[DiscountDuration]
    DISCOUNT_DURATION_REPEATING: _ClassVar[DiscountDuration]
    DISCOUNT_DURATION_FOREVER: _ClassVar[DiscountDuration]
DISCOUNT_DURATION_UNSPECIFIED: DiscountDuration
DISCOUNT_DURATION_ONCE: DiscountDuration
DISCOUNT_DURATION_REPEATING: DiscountDuration
DISCOUNT_DURATION_FOREVER: DiscountDuration

class Coupon(_message.Message):
    __slots__ = ("name", "display_name", "percent_off", "amount_off", "duration", "duration_periods", "max_redemptions", "redemption_count", "expire_time", "products", "active", "metadata", "create_time")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    PERCENT_OFF_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_OFF_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    DURATION_PERIODS_FIELD_NUMBER: _ClassVar[int]
    MAX_REDEMPTIONS_FIELD_NUMBER: _ClassVar[int]
    REDEMPTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    PRODUCTS_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    display_name: str
    percent_off: str
    amount_off: _money_pb2.Money
    duration: DiscountDuration
    duration_periods: int
    max_redemptions: int
    redemption_count: int
    expire_time: _timestamp_pb2.Timestamp
    products: _containers.RepeatedScalarFieldContainer[str]
    active: bool
    metadata: _containers.ScalarMap[str, str]
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., display_name: _Optional[str] = ..., percent_off: _Optional[str] = ..., amount_off: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., duration: _Optional[_Union[DiscountDuration, str]] = ..., duration_periods: _Optional[int] = ..., max_redemptions: _Optional[int] = ..., redemption_count: _Optional[int] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., products: _Optional[_Iterable[str]] = ..., active: _Optional[bool] = ..., metadata: _Optional[_Mapping[str, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Discount(_message.Message):
    __slots__ = ("coupon", "start_time", "end_time")
    COUPON_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    coupon: str
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, coupon: _Optional[str] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
