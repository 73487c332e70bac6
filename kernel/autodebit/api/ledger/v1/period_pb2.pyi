import datetime

from autodebit.api.type.v1 import interval_pb2 as _interval_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Period(_message.Message):
    __slots__ = ("name", "interval", "state", "close_time")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[Period.State]
        STATE_OPEN: _ClassVar[Period.State]
        STATE_CLOSED: _ClassVar[Period.State]
    STATE_UNSPECIFIED: Period.State
    STATE_OPEN: Period.State
    STATE_CLOSED: Period.State
    NAME_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CLOSE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    interval: _interval_pb2.Interval
    state: Period.State
    close_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., interval: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ..., state: _Optional[_Union[Period.State, str]] = ..., close_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
