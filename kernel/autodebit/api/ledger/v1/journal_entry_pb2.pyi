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

class JournalEntry(_message.Message):
    __slots__ = ("name", "kind", "description", "postings", "source", "reverses_entry", "reversed_by", "effective_time", "post_time", "period", "metadata")
    class Kind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        KIND_UNSPECIFIED: _ClassVar[JournalEntry.Kind]
        KIND_MANUAL: _ClassVar[JournalEntry.Kind]
        KIND_INVOICE_FINALIZED: _ClassVar[JournalEntry.Kind]
        KIND_INVOICE_VOIDED: _ClassVar[JournalEntry.Kind]
        KIND_PAYMENT_SUCCEEDED: _ClassVar[JournalEntry.Kind]
        KIND_REFUND: _ClassVar[JournalEntry.Kind]
        KIND_CREDIT_NOTE: _ClassVar[JournalEntry.Kind]
        KIND_WRITE_OFF: _ClassVar[JournalEntry.Kind]
        KIND_SETTLEMENT: _ClassVar[JournalEntry.Kind]
        KIND_CHANNEL_FEE: _ClassVar[JournalEntry.Kind]
        KIND_REVENUE_RECOGNITION: _ClassVar[JournalEntry.Kind]
        KIND_REVERSAL: _ClassVar[JournalEntry.Kind]
    KIND_UNSPECIFIED: JournalEntry.Kind
    KIND_MANUAL: JournalEntry.Kind
    KIND_INVOICE_FINALIZED: JournalEntry.Kind
    KIND_INVOICE_VOIDED: JournalEntry.Kind
    KIND_PAYMENT_SUCCEEDED: JournalEntry.Kind
    KIND_REFUND: JournalEntry.Kind
    KIND_CREDIT_NOTE: JournalEntry.Kind
    KIND_WRITE_OFF: JournalEntry.Kind
    KIND_SETTLEMENT: JournalEntry.Kind
    KIND_CHANNEL_FEE: JournalEntry.Kind
    KIND_REVENUE_RECOGNITION: JournalEntry.Kind
    KIND_REVERSAL: JournalEntry.Kind
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    POSTINGS_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    REVERSES_ENTRY_FIELD_NUMBER: _ClassVar[int]
    REVERSED_BY_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    POST_TIME_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    name: str
    kind: JournalEntry.Kind
    description: str
    postings: _containers.RepeatedCompositeFieldContainer[Posting]
    source: str
    reverses_entry: str
    reversed_by: str
    effective_time: _timestamp_pb2.Timestamp
    post_time: _timestamp_pb2.Timestamp
    period: str
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, name: _Optional[str] = ..., kind: _Optional[_Union[JournalEntry.Kind, str]] = ..., description: _Optional[str] = ..., postings: _Optional[_Iterable[_Union[Posting, _Mapping]]] = ..., source: _Optional[str] = ..., reverses_entry: _Optional[str] = ..., reversed_by: _Optional[str] = ..., effective_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., post_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., period: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class Posting(_message.Message):
    __slots__ = ("account", "amount", "customer")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    account: str
    amount: _money_pb2.Money
    customer: str
    def __init__(self, account: _Optional[str] = ..., amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., customer: _Optional[str] = ...) -> None: ...
