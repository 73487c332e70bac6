from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class TaxBehavior(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TAX_BEHAVIOR_UNSPECIFIED: _ClassVar[TaxBehavior]
    TAX_BEHAVIOR_INCLUSIVE: _ClassVar[TaxBehavior]
    TAX_BEHAVIOR_EXCLUSIVE: _ClassVar[TaxBehavior]
TAX_BEHAVIOR_UNSPECIFIED: TaxBehavior
TAX_BEHAVIOR_INCLUSIVE: TaxBehavior
TAX_BEHAVIOR_EXCLUSIVE: TaxBehavior
