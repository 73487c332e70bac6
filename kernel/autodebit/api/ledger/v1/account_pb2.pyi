import datetime

from autodebit.api.type.v1 import money_pb2 as _money_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Account(_message.Message):
    __slots__ = ("name", "code", "display_name", "type", "purpose", "channel", "parent", "description", "create_time")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TYPE_UNSPECIFIED: _ClassVar[Account.Type]
        TYPE_ASSET: _ClassVar[Account.Type]
        TYPE_LIABILITY: _ClassVar[Account.Type]
        TYPE_EQUITY: _ClassVar[Account.Type]
        TYPE_REVENUE: _ClassVar[Account.Type]
        TYPE_EXPENSE: _ClassVar[Account.Type]
    TYPE_UNSPECIFIED: Account.Type
    TYPE_ASSET: Account.Type
    TYPE_LIABILITY: Account.Type
    TYPE_EQUITY: Account.Type
    TYPE_REVENUE: Account.Type
    TYPE_EXPENSE: Account.Type
    class Purpose(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        PURPOSE_UNSPECIFIED: _ClassVar[Account.Purpose]
        PURPOSE_MANUAL: _ClassVar[Account.Purpose]
        PURPOSE_ACCOUNTS_RECEIVABLE: _ClassVar[Account.Purpose]
        PURPOSE_CHANNEL_CLEARING: _ClassVar[Account.Purpose]
        PURPOSE_BANK: _ClassVar[Account.Purpose]
        PURPOSE_REVENUE: _ClassVar[Account.Purpose]
        PURPOSE_DEFERRED_REVENUE: _ClassVar[Account.Purpose]
        PURPOSE_TAX_PAYABLE: _ClassVar[Account.Purpose]
        PURPOSE_REFUNDS: _ClassVar[Account.Purpose]
        PURPOSE_CHANNEL_FEES: _ClassVar[Account.Purpose]
        PURPOSE_BAD_DEBT: _ClassVar[Account.Purpose]
        PURPOSE_CUSTOMER_CREDIT: _ClassVar[Account.Purpose]
    PURPOSE_UNSPECIFIED: Account.Purpose
    PURPOSE_MANUAL: Account.Purpose
    PURPOSE_ACCOUNTS_RECEIVABLE: Account.Purpose
    PURPOSE_CHANNEL_CLEARING: Account.Purpose
    PURPOSE_BANK: Account.Purpose
    PURPOSE_REVENUE: Account.Purpose
    PURPOSE_DEFERRED_REVENUE: Account.Purpose
    PURPOSE_TAX_PAYABLE: Account.Purpose
    PURPOSE_REFUNDS: Account.Purpose
    PURPOSE_CHANNEL_FEES: Account.Purpose
    PURPOSE_BAD_DEBT: Account.Purpose
    PURPOSE_CUSTOMER_CREDIT: Account.Purpose
    NAME_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    PARENT_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    code: str
    display_name: str
    type: Account.Type
    purpose: Account.Purpose
    channel: str
    parent: str
    description: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., code: _Optional[str] = ..., display_name: _Optional[str] = ..., type: _Optional[_Union[Account.Type, str]] = ..., purpose: _Optional[_Union[Account.Purpose, str]] = ..., channel: _Optional[str] = ..., parent: _Optional[str] = ..., description: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class TrialBalanceLine(_message.Message):
    __slots__ = ("account", "code", "display_name", "type", "balance")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    account: str
    code: str
    display_name: str
    type: Account.Type
    balance: _money_pb2.Money
    def __init__(self, account: _Optional[str] = ..., code: _Optional[str] = ..., display_name: _Optional[str] = ..., type: _Optional[_Union[Account.Type, str]] = ..., balance: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class StatementLine(_message.Message):
    __slots__ = ("journal_entry", "effective_time", "description", "source", "customer", "amount", "balance")
    JOURNAL_ENTRY_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    BALANCE_FIELD_NUMBER: _ClassVar[int]
    journal_entry: str
    effective_time: _timestamp_pb2.Timestamp
    description: str
    source: str
    customer: str
    amount: _money_pb2.Money
    balance: _money_pb2.Money
    def __init__(self, journal_entry: _Optional[str] = ..., effective_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., description: _Optional[str] = ..., source: _Optional[str] = ..., customer: _Optional[str] = ..., amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., balance: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...
