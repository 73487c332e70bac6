from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional

DESCRIPTOR: _descriptor.FileDescriptor

class Money(_message.Message):
    __slots__ = ("currency_code", "amount_minor")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_MINOR_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    amount_minor: int
    def __init__(self, currency_code: _Optional[str] = ..., amount_minor: _Optional[int] = ...) -> None: ...

class DecimalPrice(_message.Message):
    __slots__ = ("currency_code", "amount_decimal")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    amount_decimal: str
    def __init__(self, currency_code: _Optional[str] = ..., amount_decimal: _Optional[str] = ...) -> None: ...
