import datetime

from autodebit.api.type.v1 import money_pb2 as _money_pb2
from autodebit.api.type.v1 import postal_address_pb2 as _postal_address_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EntityType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENTITY_TYPE_UNSPECIFIED: _ClassVar[EntityType]
    ENTITY_TYPE_PERSON: _ClassVar[EntityType]
    ENTITY_TYPE_BUSINESS: _ClassVar[EntityType]

class InvoiceDelivery(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INVOICE_DELIVERY_UNSPECIFIED: _ClassVar[InvoiceDelivery]
    INVOICE_DELIVERY_NONE: _ClassVar[InvoiceDelivery]
    INVOICE_DELIVERY_EMAIL: _ClassVar[InvoiceDelivery]

class Segment(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SEGMENT_UNSPECIFIED: _ClassVar[Segment]
    SEGMENT_NEW: _ClassVar[Segment]
    SEGMENT_HEALTHY: _ClassVar[Segment]
    SEGMENT_AT_RISK: _ClassVar[Segment]
    SEGMENT_DELINQUENT: _ClassVar[Segment]
    SEGMENT_CHURNED: _ClassVar[Segment]
ENTITY_TYPE_UNSPECIFIED: EntityType
ENTITY_TYPE_PERSON: EntityType
ENTITY_TYPE_BUSINESS: EntityType
INVOICE_DELIVERY_UNSPECIFIED: InvoiceDelivery
INVOICE_DELIVERY_NONE: InvoiceDelivery
INVOICE_DELIVERY_EMAIL: InvoiceDelivery
SEGMENT_UNSPECIFIED: Segment
SEGMENT_NEW: Segment
SEGMENT_HEALTHY: Segment
SEGMENT_AT_RISK: Segment
SEGMENT_DELINQUENT: Segment
SEGMENT_CHURNED: Segment

class Customer(_message.Message):
    __slots__ = ("name", "display_name", "entity_type", "email", "phone", "locale", "time_zone", "billing_address", "tax_ids", "currency_code", "credit_limit", "preferred_payment_channel", "preferred_invoice_format", "invoice_delivery", "tags", "metadata", "state", "segment", "test_clock", "create_time", "update_time", "archive_time", "etag")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[Customer.State]
        STATE_ACTIVE: _ClassVar[Customer.State]
        STATE_ARCHIVED: _ClassVar[Customer.State]
    STATE_UNSPECIFIED: Customer.State
    STATE_ACTIVE: Customer.State
    STATE_ARCHIVED: Customer.State
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    ENTITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    PHONE_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    BILLING_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    TAX_IDS_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    CREDIT_LIMIT_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_PAYMENT_CHANNEL_FIELD_NUMBER: _ClassVar[int]
    PREFERRED_INVOICE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    INVOICE_DELIVERY_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SEGMENT_FIELD_NUMBER: _ClassVar[int]
    TEST_CLOCK_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ARCHIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    name: str
    display_name: str
    entity_type: EntityType
    email: str
    phone: str
    locale: str
    time_zone: str
    billing_address: _postal_address_pb2.PostalAddress
    tax_ids: _containers.RepeatedCompositeFieldContainer[TaxId]
    currency_code: str
    credit_limit: _money_pb2.Money
    preferred_payment_channel: str
    preferred_invoice_format: str
    invoice_delivery: InvoiceDelivery
    tags: _containers.RepeatedScalarFieldContainer[str]
    metadata: _containers.ScalarMap[str, str]
    state: Customer.State
    segment: Segment
    test_clock: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    archive_time: _timestamp_pb2.Timestamp
    etag: str
    def __init__(self, name: _Optional[str] = ..., display_name: _Optional[str] = ..., entity_type: _Optional[_Union[EntityType, str]] = ..., email: _Optional[str] = ..., phone: _Optional[str] = ..., locale: _Optional[str] = ..., time_zone: _Optional[str] = ..., billing_address: _Optional[_Union[_postal_address_pb2.PostalAddress, _Mapping]] = ..., tax_ids: _Optional[_Iterable[_Union[TaxId, _Mapping]]] = ..., currency_code: _Optional[str] = ..., credit_limit: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., preferred_payment_channel: _Optional[str] = ..., preferred_invoice_format: _Optional[str] = ..., invoice_delivery: _Optional[_Union[InvoiceDelivery, str]] = ..., tags: _Optional[_Iterable[str]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., state: _Optional[_Union[Customer.State, str]] = ..., segment: _Optional[_Union[Segment, str]] = ..., test_clock: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., archive_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class TaxId(_message.Message):
    __slots__ = ("type", "value")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TYPE_UNSPECIFIED: _ClassVar[TaxId.Type]
        TYPE_CN_USCC: _ClassVar[TaxId.Type]
        TYPE_EU_VAT: _ClassVar[TaxId.Type]
        TYPE_GB_VAT: _ClassVar[TaxId.Type]
        TYPE_CH_VAT: _ClassVar[TaxId.Type]
        TYPE_US_EIN: _ClassVar[TaxId.Type]
        TYPE_AU_ABN: _ClassVar[TaxId.Type]
        TYPE_IN_GSTIN: _ClassVar[TaxId.Type]
        TYPE_JP_CN: _ClassVar[TaxId.Type]
    TYPE_UNSPECIFIED: TaxId.Type
    TYPE_CN_USCC: TaxId.Type
    TYPE_EU_VAT: TaxId.Type
    TYPE_GB_VAT: TaxId.Type
    TYPE_CH_VAT: TaxId.Type
    TYPE_US_EIN: TaxId.Type
    TYPE_AU_ABN: TaxId.Type
    TYPE_IN_GSTIN: TaxId.Type
    TYPE_JP_CN: TaxId.Type
    TYPE_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    type: TaxId.Type
    value: str
    def __init__(self, type: _Optional[_Union[TaxId.Type, str]] = ..., value: _Optional[str] = ...) -> None: ...
