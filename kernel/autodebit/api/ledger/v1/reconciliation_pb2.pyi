import datetime

from autodebit.api.type.v1 import date_pb2 as _date_pb2
from autodebit.api.type.v1 import money_pb2 as _money_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Reconciliation(_message.Message):
    __slots__ = ("name", "channel", "settlement_date", "file_sha256", "state", "channel_line_count", "matched_count", "mismatch_count", "gross_amounts", "fee_amounts", "net_amounts", "journal_entries", "failure_message", "create_time", "complete_time")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[Reconciliation.State]
        STATE_PROCESSING: _ClassVar[Reconciliation.State]
        STATE_COMPLETED: _ClassVar[Reconciliation.State]
        STATE_FAILED: _ClassVar[Reconciliation.State]
    STATE_UNSPECIFIED: Reconciliation.State
    STATE_PROCESSING: Reconciliation.State
    STATE_COMPLETED: Reconciliation.State
    STATE_FAILED: Reconciliation.State
    NAME_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    SETTLEMENT_DATE_FIELD_NUMBER: _ClassVar[int]
    FILE_SHA256_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_LINE_COUNT_FIELD_NUMBER: _ClassVar[int]
    MATCHED_COUNT_FIELD_NUMBER: _ClassVar[int]
    MISMATCH_COUNT_FIELD_NUMBER: _ClassVar[int]
    GROSS_AMOUNTS_FIELD_NUMBER: _ClassVar[int]
    FEE_AMOUNTS_FIELD_NUMBER: _ClassVar[int]
    NET_AMOUNTS_FIELD_NUMBER: _ClassVar[int]
    JOURNAL_ENTRIES_FIELD_NUMBER: _ClassVar[int]
    FAILURE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    COMPLETE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    channel: str
    settlement_date: _date_pb2.Date
    file_sha256: str
    state: Reconciliation.State
    channel_line_count: int
    matched_count: int
    mismatch_count: int
    gross_amounts: _containers.RepeatedCompositeFieldContainer[_money_pb2.Money]
    fee_amounts: _containers.RepeatedCompositeFieldContainer[_money_pb2.Money]
    net_amounts: _containers.RepeatedCompositeFieldContainer[_money_pb2.Money]
    journal_entries: _containers.RepeatedScalarFieldContainer[str]
    failure_message: str
    create_time: _timestamp_pb2.Timestamp
    complete_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., channel: _Optional[str] = ..., settlement_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., file_sha256: _Optional[str] = ..., state: _Optional[_Union[Reconciliation.State, str]] = ..., channel_line_count: _Optional[int] = ..., matched_count: _Optional[int] = ..., mismatch_count: _Optional[int] = ..., gross_amounts: _Optional[_Iterable[_Union[_money_pb2.Money, _Mapping]]] = ..., fee_amounts: _Optional[_Iterable[_Union[_money_pb2.Money, _Mapping]]] = ..., net_amounts: _Optional[_Iterable[_Union[_money_pb2.Money, _Mapping]]] = ..., journal_entries: _Optional[_Iterable[str]] = ..., failure_message: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., complete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ReconciliationItem(_message.Message):
    __slots__ = ("name", "status", "merchant_reference", "channel_reference", "payment", "refund", "our_amount", "their_amount", "fee_amount", "transaction_time")
    class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATUS_UNSPECIFIED: _ClassVar[ReconciliationItem.Status]
        STATUS_MATCHED: _ClassVar[ReconciliationItem.Status]
        STATUS_MISSING_OURS: _ClassVar[ReconciliationItem.Status]
        STATUS_MISSING_THEIRS: _ClassVar[ReconciliationItem.Status]
        STATUS_AMOUNT_DIFFERS: _ClassVar[ReconciliationItem.Status]
    STATUS_UNSPECIFIED: ReconciliationItem.Status
    STATUS_MATCHED: ReconciliationItem.Status
    STATUS_MISSING_OURS: ReconciliationItem.Status
    STATUS_MISSING_THEIRS: ReconciliationItem.Status
    STATUS_AMOUNT_DIFFERS: ReconciliationItem.Status
    NAME_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MERCHANT_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_FIELD_NUMBER: _ClassVar[int]
    REFUND_FIELD_NUMBER: _ClassVar[int]
    OUR_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    THEIR_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    FEE_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    status: ReconciliationItem.Status
    merchant_reference: str
    channel_reference: str
    payment: str
    refund: str
    our_amount: _money_pb2.Money
    their_amount: _money_pb2.Money
    fee_amount: _money_pb2.Money
    transaction_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., status: _Optional[_Union[ReconciliationItem.Status, str]] = ..., merchant_reference: _Optional[str] = ..., channel_reference: _Optional[str] = ..., payment: _Optional[str] = ..., refund: _Optional[str] = ..., our_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., their_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., fee_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., transaction_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
