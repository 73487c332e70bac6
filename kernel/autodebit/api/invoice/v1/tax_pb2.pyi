import datetime

from autodebit.api.type.v1 import tax_behavior_pb2 as _tax_behavior_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TaxRate(_message.Message):
    __slots__ = ("name", "display_name", "jurisdiction", "category", "percentage", "tax_behavior", "reverse_charge", "vat_category_code", "exemption_reason", "active", "create_time")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    JURISDICTION_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    PERCENTAGE_FIELD_NUMBER: _ClassVar[int]
    TAX_BEHAVIOR_FIELD_NUMBER: _ClassVar[int]
    REVERSE_CHARGE_FIELD_NUMBER: _ClassVar[int]
    VAT_CATEGORY_CODE_FIELD_NUMBER: _ClassVar[int]
    EXEMPTION_REASON_FIELD_NUMBER: _ClassVar[int]
    ACTIVE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    name: str
    display_name: str
    jurisdiction: str
    category: str
    percentage: str
    tax_behavior: _tax_behavior_pb2.TaxBehavior
    reverse_charge: bool
    vat_category_code: str
    exemption_reason: str
    active: bool
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, name: _Optional[str] = ..., display_name: _Optional[str] = ..., jurisdiction: _Optional[str] = ..., category: _Optional[str] = ..., percentage: _Optional[str] = ..., tax_behavior: _Optional[_Union[_tax_behavior_pb2.TaxBehavior, str]] = ..., reverse_charge: _Optional[bool] = ..., vat_category_code: _Optional[str] = ..., exemption_reason: _Optional[str] = ..., active: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
