import datetime

from autodebit.api.billing.v1 import billing_run_pb2 as _billing_run_pb2
from autodebit.api.billing.v1 import coupon_pb2 as _coupon_pb2
from autodebit.api.billing.v1 import dunning_pb2 as _dunning_pb2
from autodebit.api.billing.v1 import mandate_pb2 as _mandate_pb2
from autodebit.api.billing.v1 import next_action_pb2 as _next_action_pb2
from autodebit.api.billing.v1 import payment_pb2 as _payment_pb2
from autodebit.api.billing.v1 import price_pb2 as _price_pb2
from autodebit.api.billing.v1 import product_pb2 as _product_pb2
from autodebit.api.billing.v1 import refund_pb2 as _refund_pb2
from autodebit.api.billing.v1 import subscription_pb2 as _subscription_pb2
from autodebit.api.billing.v1 import test_clock_pb2 as _test_clock_pb2
from autodebit.api.billing.v1 import usage_pb2 as _usage_pb2
from autodebit.api.type.v1 import interval_pb2 as _interval_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateTestClockRequest(_message.Message):
    __slots__ = ("test_clock", "request_id")
    TEST_CLOCK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    test_clock: _test_clock_pb2.TestClock
    request_id: str
    def __init__(self, test_clock: _Optional[_Union[_test_clock_pb2.TestClock, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateTestClockResponse(_message.Message):
    __slots__ = ("test_clock",)
    TEST_CLOCK_FIELD_NUMBER: _ClassVar[int]
    test_clock: _test_clock_pb2.TestClock
    def __init__(self, test_clock: _Optional[_Union[_test_clock_pb2.TestClock, _Mapping]] = ...) -> None: ...

class GetTestClockRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetTestClockResponse(_message.Message):
    __slots__ = ("test_clock",)
    TEST_CLOCK_FIELD_NUMBER: _ClassVar[int]
    test_clock: _test_clock_pb2.TestClock
    def __init__(self, test_clock: _Optional[_Union[_test_clock_pb2.TestClock, _Mapping]] = ...) -> None: ...

class ListTestClocksRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListTestClocksResponse(_message.Message):
    __slots__ = ("test_clocks", "next_page_token")
    TEST_CLOCKS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    test_clocks: _containers.RepeatedCompositeFieldContainer[_test_clock_pb2.TestClock]
    next_page_token: str
    def __init__(self, test_clocks: _Optional[_Iterable[_Union[_test_clock_pb2.TestClock, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class AdvanceTestClockRequest(_message.Message):
    __slots__ = ("name", "frozen_time")
    NAME_FIELD_NUMBER: _ClassVar[int]
    FROZEN_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    frozen_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., frozen_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class AdvanceTestClockResponse(_message.Message):
    __slots__ = ("test_clock",)
    TEST_CLOCK_FIELD_NUMBER: _ClassVar[int]
    test_clock: _test_clock_pb2.TestClock
    def __init__(self, test_clock: _Optional[_Union[_test_clock_pb2.TestClock, _Mapping]] = ...) -> None: ...

class CreateProductRequest(_message.Message):
    __slots__ = ("product", "request_id")
    PRODUCT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    product: _product_pb2.Product
    request_id: str
    def __init__(self, product: _Optional[_Union[_product_pb2.Product, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateProductResponse(_message.Message):
    __slots__ = ("product",)
    PRODUCT_FIELD_NUMBER: _ClassVar[int]
    product: _product_pb2.Product
    def __init__(self, product: _Optional[_Union[_product_pb2.Product, _Mapping]] = ...) -> None: ...

class GetProductRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetProductResponse(_message.Message):
    __slots__ = ("product",)
    PRODUCT_FIELD_NUMBER: _ClassVar[int]
    product: _product_pb2.Product
    def __init__(self, product: _Optional[_Union[_product_pb2.Product, _Mapping]] = ...) -> None: ...

class ListProductsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "show_inactive")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SHOW_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    show_inactive: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., show_inactive: _Optional[bool] = ...) -> None: ...

class ListProductsResponse(_message.Message):
    __slots__ = ("products", "next_page_token")
    PRODUCTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    products: _containers.RepeatedCompositeFieldContainer[_product_pb2.Product]
    next_page_token: str
    def __init__(self, products: _Optional[_Iterable[_Union[_product_pb2.Product, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateProductRequest(_message.Message):
    __slots__ = ("product", "update_mask")
    PRODUCT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    product: _product_pb2.Product
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, product: _Optional[_Union[_product_pb2.Product, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateProductResponse(_message.Message):
    __slots__ = ("product",)
    PRODUCT_FIELD_NUMBER: _ClassVar[int]
    product: _product_pb2.Product
    def __init__(self, product: _Optional[_Union[_product_pb2.Product, _Mapping]] = ...) -> None: ...

class CreatePriceRequest(_message.Message):
    __slots__ = ("price", "request_id")
    PRICE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    price: _price_pb2.Price
    request_id: str
    def __init__(self, price: _Optional[_Union[_price_pb2.Price, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreatePriceResponse(_message.Message):
    __slots__ = ("price",)
    PRICE_FIELD_NUMBER: _ClassVar[int]
    price: _price_pb2.Price
    def __init__(self, price: _Optional[_Union[_price_pb2.Price, _Mapping]] = ...) -> None: ...

class GetPriceRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetPriceResponse(_message.Message):
    __slots__ = ("price",)
    PRICE_FIELD_NUMBER: _ClassVar[int]
    price: _price_pb2.Price
    def __init__(self, price: _Optional[_Union[_price_pb2.Price, _Mapping]] = ...) -> None: ...

class ListPricesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "product", "lookup_key", "currency_code", "all_versions", "show_inactive")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_FIELD_NUMBER: _ClassVar[int]
    LOOKUP_KEY_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    ALL_VERSIONS_FIELD_NUMBER: _ClassVar[int]
    SHOW_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    product: str
    lookup_key: str
    currency_code: str
    all_versions: bool
    show_inactive: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., product: _Optional[str] = ..., lookup_key: _Optional[str] = ..., currency_code: _Optional[str] = ..., all_versions: _Optional[bool] = ..., show_inactive: _Optional[bool] = ...) -> None: ...

class ListPricesResponse(_message.Message):
    __slots__ = ("prices", "next_page_token")
    PRICES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    prices: _containers.RepeatedCompositeFieldContainer[_price_pb2.Price]
    next_page_token: str
    def __init__(self, prices: _Optional[_Iterable[_Union[_price_pb2.Price, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdatePriceRequest(_message.Message):
    __slots__ = ("price", "update_mask")
    PRICE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    price: _price_pb2.Price
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, price: _Optional[_Union[_price_pb2.Price, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdatePriceResponse(_message.Message):
    __slots__ = ("price",)
    PRICE_FIELD_NUMBER: _ClassVar[int]
    price: _price_pb2.Price
    def __init__(self, price: _Optional[_Union[_price_pb2.Price, _Mapping]] = ...) -> None: ...

class CreateCouponRequest(_message.Message):
    __slots__ = ("coupon", "request_id")
    COUPON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    coupon: _coupon_pb2.Coupon
    request_id: str
    def __init__(self, coupon: _Optional[_Union[_coupon_pb2.Coupon, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateCouponResponse(_message.Message):
    __slots__ = ("coupon",)
    COUPON_FIELD_NUMBER: _ClassVar[int]
    coupon: _coupon_pb2.Coupon
    def __init__(self, coupon: _Optional[_Union[_coupon_pb2.Coupon, _Mapping]] = ...) -> None: ...

class GetCouponRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetCouponResponse(_message.Message):
    __slots__ = ("coupon",)
    COUPON_FIELD_NUMBER: _ClassVar[int]
    coupon: _coupon_pb2.Coupon
    def __init__(self, coupon: _Optional[_Union[_coupon_pb2.Coupon, _Mapping]] = ...) -> None: ...

class ListCouponsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "show_inactive")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SHOW_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    show_inactive: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., show_inactive: _Optional[bool] = ...) -> None: ...

class ListCouponsResponse(_message.Message):
    __slots__ = ("coupons", "next_page_token")
    COUPONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    coupons: _containers.RepeatedCompositeFieldContainer[_coupon_pb2.Coupon]
    next_page_token: str
    def __init__(self, coupons: _Optional[_Iterable[_Union[_coupon_pb2.Coupon, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateCouponRequest(_message.Message):
    __slots__ = ("coupon", "update_mask")
    COUPON_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    coupon: _coupon_pb2.Coupon
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, coupon: _Optional[_Union[_coupon_pb2.Coupon, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateCouponResponse(_message.Message):
    __slots__ = ("coupon",)
    COUPON_FIELD_NUMBER: _ClassVar[int]
    coupon: _coupon_pb2.Coupon
    def __init__(self, coupon: _Optional[_Union[_coupon_pb2.Coupon, _Mapping]] = ...) -> None: ...

class CreateSubscriptionRequest(_message.Message):
    __slots__ = ("subscription", "request_id", "trial_days")
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TRIAL_DAYS_FIELD_NUMBER: _ClassVar[int]
    subscription: _subscription_pb2.Subscription
    request_id: str
    trial_days: int
    def __init__(self, subscription: _Optional[_Union[_subscription_pb2.Subscription, _Mapping]] = ..., request_id: _Optional[str] = ..., trial_days: _Optional[int] = ...) -> None: ...

class CreateSubscriptionResponse(_message.Message):
    __slots__ = ("subscription", "invoice")
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    subscription: _subscription_pb2.Subscription
    invoice: str
    def __init__(self, subscription: _Optional[_Union[_subscription_pb2.Subscription, _Mapping]] = ..., invoice: _Optional[str] = ...) -> None: ...

class GetSubscriptionRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _subscription_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_subscription_pb2.Subscription, _Mapping]] = ...) -> None: ...

class ListSubscriptionsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "customer", "price", "state")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    PRICE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    customer: str
    price: str
    state: _subscription_pb2.Subscription.State
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., customer: _Optional[str] = ..., price: _Optional[str] = ..., state: _Optional[_Union[_subscription_pb2.Subscription.State, str]] = ...) -> None: ...

class ListSubscriptionsResponse(_message.Message):
    __slots__ = ("subscriptions", "next_page_token")
    SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    subscriptions: _containers.RepeatedCompositeFieldContainer[_subscription_pb2.Subscription]
    next_page_token: str
    def __init__(self, subscriptions: _Optional[_Iterable[_Union[_subscription_pb2.Subscription, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateSubscriptionRequest(_message.Message):
    __slots__ = ("subscription", "update_mask")
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    subscription: _subscription_pb2.Subscription
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, subscription: _Optional[_Union[_subscription_pb2.Subscription, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _subscription_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_subscription_pb2.Subscription, _Mapping]] = ...) -> None: ...

class ChangeSubscriptionRequest(_message.Message):
    __slots__ = ("name", "items", "timing", "proration_behavior", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    ITEMS_FIELD_NUMBER: _ClassVar[int]
    TIMING_FIELD_NUMBER: _ClassVar[int]
    PRORATION_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    items: _containers.RepeatedCompositeFieldContainer[_subscription_pb2.SubscriptionItem]
    timing: _subscription_pb2.ChangeTiming
    proration_behavior: _subscription_pb2.ProrationBehavior
    request_id: str
    def __init__(self, name: _Optional[str] = ..., items: _Optional[_Iterable[_Union[_subscription_pb2.SubscriptionItem, _Mapping]]] = ..., timing: _Optional[_Union[_subscription_pb2.ChangeTiming, str]] = ..., proration_behavior: _Optional[_Union[_subscription_pb2.ProrationBehavior, str]] = ..., request_id: _Optional[str] = ...) -> None: ...

class ChangeSubscriptionResponse(_message.Message):
    __slots__ = ("subscription", "invoice")
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    subscription: _subscription_pb2.Subscription
    invoice: str
    def __init__(self, subscription: _Optional[_Union[_subscription_pb2.Subscription, _Mapping]] = ..., invoice: _Optional[str] = ...) -> None: ...

class CancelSubscriptionRequest(_message.Message):
    __slots__ = ("name", "timing", "prorate", "reason", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TIMING_FIELD_NUMBER: _ClassVar[int]
    PRORATE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    timing: _subscription_pb2.ChangeTiming
    prorate: bool
    reason: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., timing: _Optional[_Union[_subscription_pb2.ChangeTiming, str]] = ..., prorate: _Optional[bool] = ..., reason: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class CancelSubscriptionResponse(_message.Message):
    __slots__ = ("subscription", "credit_note", "invoice")
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    CREDIT_NOTE_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    subscription: _subscription_pb2.Subscription
    credit_note: str
    invoice: str
    def __init__(self, subscription: _Optional[_Union[_subscription_pb2.Subscription, _Mapping]] = ..., credit_note: _Optional[str] = ..., invoice: _Optional[str] = ...) -> None: ...

class PauseSubscriptionRequest(_message.Message):
    __slots__ = ("name", "resume_time")
    NAME_FIELD_NUMBER: _ClassVar[int]
    RESUME_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    resume_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., resume_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PauseSubscriptionResponse(_message.Message):
    __slots__ = ("subscription",)
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    subscription: _subscription_pb2.Subscription
    def __init__(self, subscription: _Optional[_Union[_subscription_pb2.Subscription, _Mapping]] = ...) -> None: ...

class ResumeSubscriptionRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class ResumeSubscriptionResponse(_message.Message):
    __slots__ = ("subscription", "invoice")
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    subscription: _subscription_pb2.Subscription
    invoice: str
    def __init__(self, subscription: _Optional[_Union[_subscription_pb2.Subscription, _Mapping]] = ..., invoice: _Optional[str] = ...) -> None: ...

class RecordUsageRequest(_message.Message):
    __slots__ = ("parent", "usage_record", "request_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    USAGE_RECORD_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    usage_record: _usage_pb2.UsageRecord
    request_id: str
    def __init__(self, parent: _Optional[str] = ..., usage_record: _Optional[_Union[_usage_pb2.UsageRecord, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class RecordUsageResponse(_message.Message):
    __slots__ = ("usage_record",)
    USAGE_RECORD_FIELD_NUMBER: _ClassVar[int]
    usage_record: _usage_pb2.UsageRecord
    def __init__(self, usage_record: _Optional[_Union[_usage_pb2.UsageRecord, _Mapping]] = ...) -> None: ...

class ListUsageRecordsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "interval")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    interval: _interval_pb2.Interval
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., interval: _Optional[_Union[_interval_pb2.Interval, _Mapping]] = ...) -> None: ...

class ListUsageRecordsResponse(_message.Message):
    __slots__ = ("usage_records", "next_page_token")
    USAGE_RECORDS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    usage_records: _containers.RepeatedCompositeFieldContainer[_usage_pb2.UsageRecord]
    next_page_token: str
    def __init__(self, usage_records: _Optional[_Iterable[_Union[_usage_pb2.UsageRecord, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class RunBillingRequest(_message.Message):
    __slots__ = ("as_of_time", "test_clock", "customer", "request_id")
    AS_OF_TIME_FIELD_NUMBER: _ClassVar[int]
    TEST_CLOCK_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    as_of_time: _timestamp_pb2.Timestamp
    test_clock: str
    customer: str
    request_id: str
    def __init__(self, as_of_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., test_clock: _Optional[str] = ..., customer: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class RunBillingResponse(_message.Message):
    __slots__ = ("billing_run",)
    BILLING_RUN_FIELD_NUMBER: _ClassVar[int]
    billing_run: _billing_run_pb2.BillingRun
    def __init__(self, billing_run: _Optional[_Union[_billing_run_pb2.BillingRun, _Mapping]] = ...) -> None: ...

class GetBillingRunRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetBillingRunResponse(_message.Message):
    __slots__ = ("billing_run",)
    BILLING_RUN_FIELD_NUMBER: _ClassVar[int]
    billing_run: _billing_run_pb2.BillingRun
    def __init__(self, billing_run: _Optional[_Union[_billing_run_pb2.BillingRun, _Mapping]] = ...) -> None: ...

class ListBillingRunsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "state")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    state: _billing_run_pb2.BillingRun.State
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., state: _Optional[_Union[_billing_run_pb2.BillingRun.State, str]] = ...) -> None: ...

class ListBillingRunsResponse(_message.Message):
    __slots__ = ("billing_runs", "next_page_token")
    BILLING_RUNS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    billing_runs: _containers.RepeatedCompositeFieldContainer[_billing_run_pb2.BillingRun]
    next_page_token: str
    def __init__(self, billing_runs: _Optional[_Iterable[_Union[_billing_run_pb2.BillingRun, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetDunningPolicyRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetDunningPolicyResponse(_message.Message):
    __slots__ = ("dunning_policy",)
    DUNNING_POLICY_FIELD_NUMBER: _ClassVar[int]
    dunning_policy: _dunning_pb2.DunningPolicy
    def __init__(self, dunning_policy: _Optional[_Union[_dunning_pb2.DunningPolicy, _Mapping]] = ...) -> None: ...

class StartMandateRequest(_message.Message):
    __slots__ = ("parent", "mandate", "return_url", "channel_parameters", "request_id")
    class ChannelParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    PARENT_FIELD_NUMBER: _ClassVar[int]
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    RETURN_URL_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    mandate: _mandate_pb2.Mandate
    return_url: str
    channel_parameters: _containers.ScalarMap[str, str]
    request_id: str
    def __init__(self, parent: _Optional[str] = ..., mandate: _Optional[_Union[_mandate_pb2.Mandate, _Mapping]] = ..., return_url: _Optional[str] = ..., channel_parameters: _Optional[_Mapping[str, str]] = ..., request_id: _Optional[str] = ...) -> None: ...

class StartMandateResponse(_message.Message):
    __slots__ = ("mandate", "next_action")
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    NEXT_ACTION_FIELD_NUMBER: _ClassVar[int]
    mandate: _mandate_pb2.Mandate
    next_action: _next_action_pb2.NextAction
    def __init__(self, mandate: _Optional[_Union[_mandate_pb2.Mandate, _Mapping]] = ..., next_action: _Optional[_Union[_next_action_pb2.NextAction, _Mapping]] = ...) -> None: ...

class ConfirmMandateRequest(_message.Message):
    __slots__ = ("name", "channel_parameters")
    class ChannelParametersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    name: str
    channel_parameters: _containers.ScalarMap[str, str]
    def __init__(self, name: _Optional[str] = ..., channel_parameters: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ConfirmMandateResponse(_message.Message):
    __slots__ = ("mandate", "next_action")
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    NEXT_ACTION_FIELD_NUMBER: _ClassVar[int]
    mandate: _mandate_pb2.Mandate
    next_action: _next_action_pb2.NextAction
    def __init__(self, mandate: _Optional[_Union[_mandate_pb2.Mandate, _Mapping]] = ..., next_action: _Optional[_Union[_next_action_pb2.NextAction, _Mapping]] = ...) -> None: ...

class GetMandateRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetMandateResponse(_message.Message):
    __slots__ = ("mandate",)
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    mandate: _mandate_pb2.Mandate
    def __init__(self, mandate: _Optional[_Union[_mandate_pb2.Mandate, _Mapping]] = ...) -> None: ...

class ListMandatesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "state", "channel")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    state: _mandate_pb2.Mandate.State
    channel: str
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., state: _Optional[_Union[_mandate_pb2.Mandate.State, str]] = ..., channel: _Optional[str] = ...) -> None: ...

class ListMandatesResponse(_message.Message):
    __slots__ = ("mandates", "next_page_token")
    MANDATES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    mandates: _containers.RepeatedCompositeFieldContainer[_mandate_pb2.Mandate]
    next_page_token: str
    def __init__(self, mandates: _Optional[_Iterable[_Union[_mandate_pb2.Mandate, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class SetDefaultMandateRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class SetDefaultMandateResponse(_message.Message):
    __slots__ = ("mandate",)
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    mandate: _mandate_pb2.Mandate
    def __init__(self, mandate: _Optional[_Union[_mandate_pb2.Mandate, _Mapping]] = ...) -> None: ...

class RevokeMandateRequest(_message.Message):
    __slots__ = ("name", "reason")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    name: str
    reason: str
    def __init__(self, name: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class RevokeMandateResponse(_message.Message):
    __slots__ = ("mandate",)
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    mandate: _mandate_pb2.Mandate
    def __init__(self, mandate: _Optional[_Union[_mandate_pb2.Mandate, _Mapping]] = ...) -> None: ...

class CreatePaymentRequest(_message.Message):
    __slots__ = ("payment", "request_id")
    PAYMENT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    payment: _payment_pb2.Payment
    request_id: str
    def __init__(self, payment: _Optional[_Union[_payment_pb2.Payment, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreatePaymentResponse(_message.Message):
    __slots__ = ("payment",)
    PAYMENT_FIELD_NUMBER: _ClassVar[int]
    payment: _payment_pb2.Payment
    def __init__(self, payment: _Optional[_Union[_payment_pb2.Payment, _Mapping]] = ...) -> None: ...

class GetPaymentRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetPaymentResponse(_message.Message):
    __slots__ = ("payment",)
    PAYMENT_FIELD_NUMBER: _ClassVar[int]
    payment: _payment_pb2.Payment
    def __init__(self, payment: _Optional[_Union[_payment_pb2.Payment, _Mapping]] = ...) -> None: ...

class ListPaymentsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "customer", "invoice", "state", "channel", "create_time_from", "create_time_to")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_TO_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    customer: str
    invoice: str
    state: _payment_pb2.Payment.State
    channel: str
    create_time_from: _timestamp_pb2.Timestamp
    create_time_to: _timestamp_pb2.Timestamp
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., customer: _Optional[str] = ..., invoice: _Optional[str] = ..., state: _Optional[_Union[_payment_pb2.Payment.State, str]] = ..., channel: _Optional[str] = ..., create_time_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListPaymentsResponse(_message.Message):
    __slots__ = ("payments", "next_page_token")
    PAYMENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    payments: _containers.RepeatedCompositeFieldContainer[_payment_pb2.Payment]
    next_page_token: str
    def __init__(self, payments: _Optional[_Iterable[_Union[_payment_pb2.Payment, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CancelPaymentRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class CancelPaymentResponse(_message.Message):
    __slots__ = ("payment",)
    PAYMENT_FIELD_NUMBER: _ClassVar[int]
    payment: _payment_pb2.Payment
    def __init__(self, payment: _Optional[_Union[_payment_pb2.Payment, _Mapping]] = ...) -> None: ...

class RefundPaymentRequest(_message.Message):
    __slots__ = ("name", "refund", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REFUND_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    refund: _refund_pb2.Refund
    request_id: str
    def __init__(self, name: _Optional[str] = ..., refund: _Optional[_Union[_refund_pb2.Refund, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class RefundPaymentResponse(_message.Message):
    __slots__ = ("refund", "payment")
    REFUND_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_FIELD_NUMBER: _ClassVar[int]
    refund: _refund_pb2.Refund
    payment: _payment_pb2.Payment
    def __init__(self, refund: _Optional[_Union[_refund_pb2.Refund, _Mapping]] = ..., payment: _Optional[_Union[_payment_pb2.Payment, _Mapping]] = ...) -> None: ...

class GetRefundRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetRefundResponse(_message.Message):
    __slots__ = ("refund",)
    REFUND_FIELD_NUMBER: _ClassVar[int]
    refund: _refund_pb2.Refund
    def __init__(self, refund: _Optional[_Union[_refund_pb2.Refund, _Mapping]] = ...) -> None: ...

class ListRefundsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "state")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    state: _refund_pb2.Refund.State
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., state: _Optional[_Union[_refund_pb2.Refund.State, str]] = ...) -> None: ...

class ListRefundsResponse(_message.Message):
    __slots__ = ("refunds", "next_page_token")
    REFUNDS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    refunds: _containers.RepeatedCompositeFieldContainer[_refund_pb2.Refund]
    next_page_token: str
    def __init__(self, refunds: _Optional[_Iterable[_Union[_refund_pb2.Refund, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
