import datetime

from google.protobuf import empty_pb2 as _empty_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class NextAction(_message.Message):
    __slots__ = ("none", "redirect_url", "qr_code_payload", "three_d_secure", "expire_time")
    NONE_FIELD_NUMBER: _ClassVar[int]
    REDIRECT_URL_FIELD_NUMBER: _ClassVar[int]
    QR_CODE_PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    THREE_D_SECURE_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    none: _empty_pb2.Empty
    redirect_url: str
    qr_code_payload: str
    three_d_secure: ThreeDSecureChallenge
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, none: _Optional[_Union[_empty_pb2.Empty, _Mapping]] = ..., redirect_url: _Optional[str] = ..., qr_code_payload: _Optional[str] = ..., three_d_secure: _Optional[_Union[ThreeDSecureChallenge, _Mapping]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ThreeDSecureChallenge(_message.Message):
    __slots__ = ("challenge_url",)
    CHALLENGE_URL_FIELD_NUMBER: _ClassVar[int]
    challenge_url: str
    def __init__(self, challenge_url: _Optional[str] = ...) -> None: ...
