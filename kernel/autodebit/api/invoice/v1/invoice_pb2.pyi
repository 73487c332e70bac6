import datetime

from autodebit.api.billing.v1 import dunning_pb2 as _dunning_pb2
from autodebit.api.customer.v1 import customer_pb2 as _customer_pb2
from autodebit.api.type.v1 import date_pb2 as _date_pb2
from autodebit.api.type.v1 import interval_pb2 as _interval_pb2
from autodebit.api.type.v1 import money_pb2 as _money_pb2
from autodebit.api.type.v1 import postal_address_pb2 as _postal_address_pb2
from autodebit.api.type.v1 import tax_behavior_pb2 as _tax_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Invoice(_message.Message):
    __slots__ = ("name", "customer", "subscription", "state", "number", "series", "currency_code", "lines", "subtotal", "total_discount", "total_tax", "total", "credit_balance_applied", "amount_credited", "amount_paid", "amount_due", "tax_summaries", "due_date", "issue_date", "collection_method", "mandate", "dunning", "billing_reason", "seller", "buyer", "memo", "billing_run", "metadata", "create_time", "update_time", "finalize_time", "pay_time", "void_time", "mark_uncollectible_time")
    class State(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATE_UNSPECIFIED: _ClassVar[Invoice.State]
        STATE_DRAFT: _ClassVar[Invoice.State]
        STATE_OPEN: _ClassVar[Invoice.State]
        STATE_PAID: _ClassVar[Invoice.State]
        STATE_VOID: _ClassVar[Invoice.State]
        STATE_UNCOLLECTIBLE: _ClassVar[Invoice.State]
    STATE_UNSPECIFIED: Invoice.State
    STATE_DRAFT: Invoice.State
    STATE_OPEN: Invoice.State
    STATE_PAID: Invoice.State
    STATE_VOID: Invoice.State
    STATE_UNCOLLECTIBLE: Invoice.State
    class BillingReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        BILLING_REASON_UNSPECIFIED: _ClassVar[Invoice.BillingReason]
        BILLING_REASON_MANUAL: _ClassVar[Invoice.BillingReason]
        BILLING_REASON_SUBSCRIPTION_CREATE: _ClassVar[Invoice.BillingReason]
        BILLING_REASON_SUBSCRIPTION_CYCLE: _ClassVar[Invoice.BillingReason]
        BILLING_REASON_SUBSCRIPTION_UPDATE: _ClassVar[Invoice.BillingReason]
        BILLING_REASON_SUBSCRIPTION_END: _ClassVar[Invoice.BillingReason]
    BILLING_REASON_UNSPECIFIED: Invoice.BillingReason
    BILLING_REASON_MANUAL: Invoice.BillingReason
    BILLING_REASON_SUBSCRIPTION_CREATE: Invoice.BillingReason
    BILLING_REASON_SUBSCRIPTION_CYCLE: Invoice.BillingReason
    BILLING_REASON_SUBSCRIPTION_UPDATE: Invoice.BillingReason
    BILLING_REASON_SUBSCRIPTION_END: Invoice.BillingReason
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    SERIES_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    LINES_FIELD_NUMBER: _ClassVar[int]
    SUBTOTAL_FIELD_NUMBER: _ClassVar[int]
    TOTAL_DISCOUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_TAX_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    CREDIT_BALANCE_APPLIED_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_CREDITED_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_PAID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_DUE_FIELD_NUMBER: _ClassVar[int]
    TAX_SUMMARIES_FIELD_NUMBER: _ClassVar[int]
    DUE_DATE_FIELD_NUMBER: _ClassVar[int]
    ISSUE_DATE_FIELD_NUMBER: _ClassVar[int]
    COLLECTION_METHOD_FIELD_NUMBER: _ClassVar[int]
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    DUNNING_FIELD_NUMBER: _ClassVar[int]
    BILLING_REASON_FIELD_NUMBER: _ClassVar[int]
    SELLER_FIELD_NUMBER: _ClassVar[int]
    BUYER_FIELD_NUMBER: _ClassVar[int]
    MEMO_FIELD_NUMBER: _ClassVar[int]
    BILLING_RUN_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    FINALIZE_TIME_FIELD_NUMBER: _ClassVar[int]
    PAY_TIME_FIELD_NUMBER: _ClassVar[int]
    VOID_TIME_FIELD_NUMBER: _ClassVar[int]
    MARK_UNCOLLECTIBLE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    customer: str
    subscription: str
    state: Invoice.State
    number: str
    series: str
    currency_code: str
    lines: _containers.RepeatedCompositeFieldContainer[InvoiceLine]
    subtotal: _money_pb2.Money
    total_discount: _money_pb2.Money
    total_tax: _money_pb2.Money
    total: _money_pb2.Money
    credit_balance_applied: _money_pb2.Money
    amount_credited: _money_pb2.Money
    amount_paid: _money_pb2.Money
    amount_due: _money_pb2.Money
    tax_summaries: _containers.RepeatedCompositeFieldContainer[TaxSummary]
    due_date: _date_pb2.Date
    issue_date: _date_pb2.Date
    collection_method: _dunning_pb2.CollectionMethod
    mandate: str
    dunning: _dunning_pb2.DunningStatus
    billing_reason: Invoice.BillingReason
    seller: Party
    buyer: Party
    memo: str
    billing_run: str
    metadata: _containers.ScalarMap[str, str]
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    finalize_time: _timestamp_pb2.Timestamp
    pay_time: _timestamp_pb2.Timestamp
    void_time: _timestamp_pb2.Timestamp
    mark_uncollectible_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., customer: _Optional[str] = ..., subscription: _Optional[str] = ..., state: _Optional[_Union[Invoice.State, str]] = ..., number: _Optional[str] = ..., series: _Optional[str] = ..., currency_code: _Optional[str] = ..., lines: _Optional[_Iterable[_Union[InvoiceLine, _Mapping]]] = ..., subtotal: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., total_discount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., total_tax: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., total: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., credit_balance_applied: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., amount_credited: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., amount_paid: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., amount_due: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., tax_summaries: _Optional[_Iterable[_Union[TaxSummary, _Mapping]]] = ..., due_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., issue_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., collection_method: _Optional[_Union[_dunning_pb2.CollectionMethod, str]] = ..., mandate: _Optional[str] = ..., dunning: _Optional[_Union[_dunning_pb2.DunningStatus, _Mapping]] = ..., billing_reason: _Optional[_Union[Invoice.BillingReason, str]] = ..., seller: _Optional[_Union[Party, _Mapping]] = ..., buyer: _Optional[_Union[Party, _Mapping]] = ..., memo: _Optional[str] = ..., billing_run: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., finalize_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., pay_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., void_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., mark_uncollectible_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class InvoiceLine(_message.Message):
    __slots__ = ("id", "description", "period", "quantity", "unit_price", "amount", "discounts", "net_amount", "tax_rate", "tax_percentage", "tax_amount", "tax_behavior", "tax_category", "price", "subscription_item", "proration")
    ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    QUANTITY_FIELD_NUMBER: _ClassVar[int]
    UNIT_PRICE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    DISCOUNTS_FIELD_NUMBER: _ClassVar[int]
    NET_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TAX_RATE_FIELD_NUMBER: _ClassVar[int]
    TAX_PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    TAX_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    TAX_CATEGORY_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_ITEM_FIELD_NUMBER: _ClassVar[int]
    PRORATION_FIELD_NUMBER: _ClassVar[int]
    id: str
    description: str
    period: _interval_pb2.Interval
    quantity: str
    unit_price: _money_pb2.DecimalPrice
    amount: _money_pb2.Money
    discounts: _containers.RepeatedCompositeFieldContainer[LineDiscount]
    net_amount: _money_pb2.Money
    tax_rate: str
    tax_percentage: str
    tax_amount: _money_pb2.Money
    tax_behavior: _tax_behavior_pb2.TaxBehavior
    tax_category: str
    price: str
    subscription_item: str
    proration: bool
    def __init__(self, id: _Optional[str] = ..., description: _Optional[str] = ..., period: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ..., quantity: _Optional[str] = ..., unit_price: _Optional[_Union[_money_pb2.DecimalPrice, _Mapping]] = ..., amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., discounts: _Optional[_Iterable[_Union[LineDiscount, _Mapping]]] = ..., net_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., tax_rate: _Optional[str] = ..., tax_percentage: _Optional[str] = ..., tax_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., tax_behavior: _Optional[_Union[_tax_behavior_pb2.TaxBehavior, str]] = ..., tax_category: _Optional[str] = ..., price: _Optional[str] = ..., subscription_item: _Optional[str] = ..., proration: _Optional[bool] = ...) -> None: ...

class LineDiscount(_message.Message):
    __slots__ = ("coupon", "description", "amount")
    COUPON_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    coupon: str
    description: str
    amount: _money_pb2.Money
    def __init__(self, coupon: _Optional[str] = ..., description: _Optional[str] = ..., amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class TaxSummary(_message.Message):
    __slots__ = ("tax_rate", "display_name", "percentage", "vat_category_code", "reverse_charge", "exemption_reason", "taxable_amount", "tax_amount")
    TAX_RATE_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    VAT_CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    REVERSE_CHARGE_FIELD_NUMBER: _ClassVar[int]
    EXEMPTION_REASON_FIELD_NUMBER: _ClassVar[int]
    TAXABLE_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TAX_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    tax_rate: str
    display_name: str
    percentage: str
    vat_category_code: str
    reverse_charge: bool
    exemption_reason: str
    taxable_amount: _money_pb2.Money
    tax_amount: _money_pb2.Money
    def __init__(self, tax_rate: _Optional[str] = ..., display_name: _Optional[str] = ..., percentage: _Optional[str] = ..., vat_category_code: _Optional[str] = ..., reverse_charge: _Optional[bool] = ..., exemption_reason: _Optional[str] = ..., taxable_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., tax_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class Party(_message.Message):
    __slots__ = ("display_name", "address", "tax_ids", "email")
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    TAX_IDS_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    display_name: str
    address: _postal_address_pb2.PostalAddress
    tax_ids: _containers.RepeatedCompositeFieldContainer[_customer_pb2.TaxId]
    email: str
    def __init__(self, display_name: _Optional[str] = ..., address: _Optional[_Union[_postal_address_pb2.PostalAddress, _Mapping]] = ..., tax_ids: _Optional[_Iterable[_Union[_customer_pb2.TaxId, _Mapping]]] = ..., email: _Optional[str] = ...) -> None: ...

class InvoiceFormat(_message.Message):
    __slots__ = ("id", "description", "media_type", "file_extension", "supports_credit_notes", "plugin")
    ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILE_EXTENSION_FIELD_NUMBER: _ClassVar[int]
    SUPPORTS_CREDIT_NOTES_FIELD_NUMBER: _ClassVar[int]
    PLUGIN_FIELD_NUMBER: _ClassVar[int]
    id: str
    description: str
    media_type: str
    file_extension: str
    supports_credit_notes: bool
    plugin: str
    def __init__(self, id: _Optional[str] = ..., description: _Optional[str] = ..., media_type: _Optional[str] = ..., file_extension: _Optional[str] = ..., supports_credit_notes: _Optional[bool] = ..., plugin: _Optional[str] = ...) -> None: ...
