import datetime

from autodebit.api.type.v1 import money_pb2 as _money_pb2
from autodebit.api.type.v1 import tax_behavior_pb2 as _tax_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class IntervalUnit(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INTERVAL_UNIT_UNSPECIFIED: _ClassVar[IntervalUnit]
    INTERVAL_UNIT_DAY: _ClassVar[IntervalUnit]
    INTERVAL_UNIT_WEEK: _ClassVar[IntervalUnit]
    INTERVAL_UNIT_MONTH: _ClassVar[IntervalUnit]
    INTERVAL_UNIT_YEAR: _ClassVar[IntervalUnit]

class UsageType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USAGE_TYPE_UNSPECIFIED: _ClassVar[UsageType]
    USAGE_TYPE_LICENSED: _ClassVar[UsageType]
    USAGE_TYPE_METERED: _ClassVar[UsageType]

class UsageAggregation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    USAGE_AGGREGATION_UNSPECIFIED: _ClassVar[UsageAggregation]
    USAGE_AGGREGATION_SUM: _ClassVar[UsageAggregation]
    USAGE_AGGREGATION_MAX: _ClassVar[UsageAggregation]
    USAGE_AGGREGATION_LAST: _ClassVar[UsageAggregation]

class BillingTiming(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    BILLING_TIMING_UNSPECIFIED: _ClassVar[BillingTiming]
    BILLING_TIMING_IN_ADVANCE: _ClassVar[BillingTiming]
    BILLING_TIMING_IN_ARREARS: _ClassVar[BillingTiming]
INTERVAL_UNIT_UNSPECIFIED: IntervalUnit
INTERVAL_UNIT_DAY: IntervalUnit
INTERVAL_UNIT_WEEK: IntervalUnit
INTERVAL_UNIT_MONTH: IntervalUnit
INTERVAL_UNIT_YEAR: IntervalUnit
USAGE_TYPE_UNSPECIFIED: UsageType
USAGE_TYPE_LICENSED: UsageType
USAGE_TYPE_METERED: UsageType
USAGE_AGGREGATION_UNSPECIFIED: UsageAggregation
USAGE_AGGREGATION_SUM: UsageAggregation
USAGE_AGGREGATION_MAX: UsageAggregation
USAGE_AGGREGATION_LAST: UsageAggregation
BILLING_TIMING_UNSPECIFIED: BillingTiming
BILLING_TIMING_IN_ADVANCE: BillingTiming
BILLING_TIMING_IN_ARREARS: BillingTiming

class Price(_message.Message):
    __slots__ = ("name", "product", "display_name", "lookup_key", "version", "current", "active", "currency_code", "flat", "per_unit", "graduated", "volume", "per_package", "recurring", "tax_behavior", "metadata", "create_time")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    NAME_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    LOOKUP_KEY_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CURRENT_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    FLAT_FIELD_NUMBER: _ClassVar[int]
    PER_UNIT_FIELD_NUMBER: _ClassVar[int]
    GRADUATED_FIELD_NUMBER: _ClassVar[int]
    VOLUME_FIELD_NUMBER: _ClassVar[int]
    PER_PACKAGE_FIELD_NUMBER: _ClassVar[int]
    RECURRING_FIELD_NUMBER: _ClassVar[int]
    TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    product: str
    display_name: str
    lookup_key: str
    version: int
    current: bool
    active: bool
    currency_code: str
    flat: FlatPricing
    per_unit: PerUnitPricing
    graduated: TieredPricing
    volume: TieredPricing
    per_package: PackagePricing
    recurring: Recurring
    tax_behavior: _tax_behavior_pb2.TaxBehavior
    metadata: _containers.ScalarMap[str, str]
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., product: _Optional[str] = ..., display_name: _Optional[str] = ..., lookup_key: _Optional[str] = ..., version: _Optional[int] = ..., current: _Optional[bool] = ..., active: _Optional[bool] = ..., currency_code: _Optional[str] = ..., flat: _Optional[_Union[FlatPricing, _Mapping]] = ..., per_unit: _Optional[_Union[PerUnitPricing, _Mapping]] = ..., graduated: _Optional[_Union[TieredPricing, _Mapping]] = ..., volume: _Optional[_Union[TieredPricing, _Mapping]] = ..., per_package: _Optional[_Union[PackagePricing, _Mapping]] = ..., recurring: _Optional[_Union[Recurring, _Mapping]] = ..., tax_behavior: _Optional[_Union[_tax_behavior_pb2.TaxBehavior, str]] = ..., metadata: _Optional[_Mapping[str, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class FlatPricing(_message.Message):
    __slots__ = ("amount",)
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    amount: _money_pb2.Money
    def __init__(self, amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class PerUnitPricing(_message.Message):
    __slots__ = ("unit_amount",)
    UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    unit_amount: _money_pb2.DecimalPrice
    def __init__(self, unit_amount: _Optional[_Union[_money_pb2.DecimalPrice, _Mapping]] = ...) -> None: ...

class TieredPricing(_message.Message):
    __slots__ = ("tiers",)
    TIERS_FIELD_NUMBER: _ClassVar[int]
    tiers: _containers.RepeatedCompositeFieldContainer[Tier]
    def __init__(self, tiers: _Optional[_Iterable[_Union[Tier, _Mapping]]] = ...) -> None: ...

class Tier(_message.Message):
    __slots__ = ("up_to", "unit_amount", "flat_amount")
    UP_TO_FIELD_NUMBER: _ClassVar[int]
    UNIT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    FLAT_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    up_to: int
    unit_amount: _money_pb2.DecimalPrice
    flat_amount: _money_pb2.Money
    def __init__(self, up_to: _Optional[int] = ..., unit_amount: _Optional[_Union[_money_pb2.DecimalPrice, _Mapping]] = ..., flat_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class PackagePricing(_message.Message):
    __slots__ = ("package_size", "package_amount")
    PACKAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PACKAGE_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    package_size: int
    package_amount: _money_pb2.Money
    def __init__(self, package_size: _Optional[int] = ..., package_amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ...) -> None: ...

class Recurring(_message.Message):
    __slots__ = ("interval_unit", "interval_count", "usage_type", "aggregation", "billing_timing", "trial_days")
    INTERVAL_UNIT_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_COUNT_FIELD_NUMBER: _ClassVar[int]
    USAGE_TYPE_FIELD_NUMBER: _ClassVar[int]
    AGGREGATION_FIELD_NUMBER: _ClassVar[int]
    BILLING_TIMING_FIELD_NUMBER: _ClassVar[int]
    TRIAL_DAYS_FIELD_NUMBER: _ClassVar[int]
    interval_unit: IntervalUnit
    interval_count: int
    usage_type: UsageType
    aggregation: UsageAggregation
    billing_timing: BillingTiming
    trial_days: int
    def __init__(self, interval_unit: _Optional[_Union[IntervalUnit, str]] = ..., interval_count: _Optional[int] = ..., usage_type: _Optional[_Union[UsageType, str]] = ..., aggregation: _Optional[_Union[UsageAggregation, str]] = ..., billing_timing: _Optional[_Union[BillingTiming, str]] = ..., trial_days: _Optional[int] = ...) -> None: ...
