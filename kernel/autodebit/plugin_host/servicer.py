"""PluginService: which plugins this kernel found and what they provide."""

from __future__ import annotations

import re

import grpc

from autodebit.api.kernel.v1 import plugin_pb2, plugin_pb2_grpc
from autodebit.errors import NotFound, Violations
from autodebit.plugin_host.manager import PluginHost, PluginInfo, ProviderKind

# Entry point names: what `[project.entry-points.autodebit]` accepts in practice.
PLUGIN_NAME = re.compile(r"plugins/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")

_KINDS = {
    ProviderKind.PAYMENT_CHANNEL: plugin_pb2.PLUGIN_KIND_PAYMENT_CHANNEL,
    ProviderKind.INVOICE_FORMAT: plugin_pb2.PLUGIN_KIND_INVOICE_FORMAT,
    ProviderKind.ACCOUNTING_EXPORT: plugin_pb2.PLUGIN_KIND_ACCOUNTING_EXPORT,
    ProviderKind.EVENT_LISTENER: plugin_pb2.PLUGIN_KIND_EVENT_LISTENER,
    ProviderKind.NOTIFIER: plugin_pb2.PLUGIN_KIND_NOTIFIER,
}


class PluginServiceServicer(plugin_pb2_grpc.PluginServiceServicer):
    def __init__(self, host: PluginHost) -> None:
        self._host = host

    def ListPlugins(
        self, request: plugin_pb2.ListPluginsRequest, context: grpc.ServicerContext
    ) -> plugin_pb2.ListPluginsResponse:
        return plugin_pb2.ListPluginsResponse(plugins=[to_proto(p) for p in self._host.plugins()])

    def GetPlugin(
        self, request: plugin_pb2.GetPluginRequest, context: grpc.ServicerContext
    ) -> plugin_pb2.GetPluginResponse:
        violations = Violations()
        violations.check(
            PLUGIN_NAME.fullmatch(request.name) is not None,
            "name",
            f"{request.name!r} is not a resource name like plugins/{{plugin}}",
        )
        violations.raise_if_any()
        wanted = request.name.removeprefix("plugins/")
        for info in self._host.plugins():
            if info.name == wanted:
                return plugin_pb2.GetPluginResponse(plugin=to_proto(info))
        raise NotFound(
            f"{request.name} does not exist",
            reason="PLUGIN_NOT_FOUND",
            metadata={"name": request.name},
        )


def to_proto(info: PluginInfo) -> plugin_pb2.Plugin:
    return plugin_pb2.Plugin(
        name=f"plugins/{info.name}",
        distribution=info.distribution,
        version=info.version,
        summary=info.summary,
        kinds=[_KINDS[k] for k in info.kinds],
        hooks=info.hooks,
        enabled=info.enabled,
        providers=[
            plugin_pb2.Provider(kind=_KINDS[p.kind], id=p.id, description=p.description)
            for p in info.providers
        ],
        error=info.error,
    )
