"""The plugin host: hook specifications, provider interfaces and the manager.

Plugin authors need `hookimpl` from here and the interfaces in
`autodebit.plugin_host.providers`; docs/plugins.md is their guide.
"""

from autodebit.plugin_host.hookspecs import PLUGIN_API_VERSION, hookimpl
from autodebit.plugin_host.manager import (
    PluginHost,
    PluginInfo,
    PluginLoadError,
    ProviderInfo,
    ProviderKind,
)

__all__ = [
    "PLUGIN_API_VERSION",
    "PluginHost",
    "PluginInfo",
    "PluginLoadError",
    "ProviderInfo",
    "ProviderKind",
    "hookimpl",
]
