from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class PluginKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PLUGIN_KIND_UNSPECIFIED: _ClassVar[PluginKind]
    PLUGIN_KIND_PAYMENT_CHANNEL: _ClassVar[PluginKind]
    PLUGIN_KIND_INVOICE_FORMAT: _ClassVar[PluginKind]
    PLUGIN_KIND_ACCOUNTING_EXPORT: _ClassVar[PluginKind]
    PLUGIN_KIND_EVENT_LISTENER: _ClassVar[PluginKind]
    PLUGIN_KIND_NOTIFIER: _ClassVar[PluginKind]
PLUGIN_KIND_UNSPECIFIED: PluginKind
PLUGIN_KIND_PAYMENT_CHANNEL: PluginKind
PLUGIN_KIND_INVOICE_FORMAT: PluginKind
PLUGIN_KIND_ACCOUNTING_EXPORT: PluginKind
PLUGIN_KIND_EVENT_LISTENER: PluginKind
PLUGIN_KIND_NOTIFIER: PluginKind

class Plugin(_message.Message):
    __slots__ = ("name", "distribution", "version", "summary", "kinds", "hooks", "enabled", "providers", "error")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DISTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SUMMARY_FIELD_NUMBER: _ClassVar[int]
    KINDS_FIELD_NUMBER: _ClassVar[int]
    HOOKS_FIELD_NUMBER: _ClassVar[int]
    ENABLED_FIELD_NUMBER: _ClassVar[int]
    PROVIDERS_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    name: str
    distribution: str
    version: str
    summary: str
    kinds: _containers.RepeatedScalarFieldContainer[PluginKind]
    hooks: _containers.RepeatedScalarFieldContainer[str]
    enabled: bool
    providers: _containers.RepeatedCompositeFieldContainer[Provider]
    error: str
    def __init__(self, name: _Optional[str] = ..., distribution: _Optional[str] = ..., version: _Optional[str] = ..., summary: _Optional[str] = ..., kinds: _Optional[_Iterable[_Union[PluginKind, str]]] = ..., hooks: _Optional[_Iterable[str]] = ..., enabled: _Optional[bool] = ..., providers: _Optional[_Iterable[_Union[Provider, _Mapping]]] = ..., error: _Optional[str] = ...) -> None: ...

class Provider(_message.Message):
    __slots__ = ("kind", "id", "description")
    KIND_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    kind: PluginKind
    id: str
    description: str
    def __init__(self, kind: _Optional[_Union[PluginKind, str]] = ..., id: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...

class ListPluginsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListPluginsResponse(_message.Message):
    __slots__ = ("plugins",)
    PLUGINS_FIELD_NUMBER: _ClassVar[int]
    plugins: _containers.RepeatedCompositeFieldContainer[Plugin]
    def __init__(self, plugins: _Optional[_Iterable[_Union[Plugin, _Mapping]]] = ...) -> None: ...

class GetPluginRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetPluginResponse(_message.Message):
    __slots__ = ("plugin",)
    PLUGIN_FIELD_NUMBER: _ClassVar[int]
    plugin: Plugin
    def __init__(self, plugin: _Optional[_Union[Plugin, _Mapping]] = ...) -> None: ...
