"""The plugin host: a typed facade over the pluggy plugin manager.

Nothing outside this package touches `pm.hook`. The kernel asks the host for
providers by kind and id and gets them wrapped, so that a plugin that raises
fails the one operation that used it, with a clear error and a trace span,
instead of taking the server down.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any, cast

import pluggy
import structlog
from opentelemetry import trace

from autodebit.config import PluginSettings
from autodebit.errors import AutodebitError, NotFound, PluginFailed
from autodebit.plugin_host import hookspecs
from autodebit.plugin_host.providers import (
    AccountingExport,
    EventListener,
    InvoiceFormat,
    Notifier,
    PaymentChannel,
    PluginContext,
    Provider,
    ProviderError,
)

ENTRY_POINT_GROUP = "autodebit"
# Ids end up in URLs, span names, configuration and stored rows.
PROVIDER_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")

_log = structlog.get_logger(__name__)
_tracer = trace.get_tracer("autodebit.plugins")


class PluginLoadError(Exception):
    """The installed and configured plugins cannot work together: the kernel must not start."""


class ProviderKind(enum.StrEnum):
    PAYMENT_CHANNEL = "payment_channel"
    INVOICE_FORMAT = "invoice_format"
    ACCOUNTING_EXPORT = "accounting_export"
    EVENT_LISTENER = "event_listener"
    NOTIFIER = "notifier"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


@dataclass(frozen=True, slots=True)
class _KindSpec:
    hook: str
    # Plain `type`: mypy will not take abstract classes as `type[Provider]`.
    interface: type


_KINDS: Mapping[ProviderKind, _KindSpec] = {
    ProviderKind.PAYMENT_CHANNEL: _KindSpec("autodebit_register_payment_channels", PaymentChannel),
    ProviderKind.INVOICE_FORMAT: _KindSpec("autodebit_register_invoice_formats", InvoiceFormat),
    ProviderKind.ACCOUNTING_EXPORT: _KindSpec(
        "autodebit_register_accounting_exports", AccountingExport
    ),
    ProviderKind.EVENT_LISTENER: _KindSpec("autodebit_register_event_listeners", EventListener),
    ProviderKind.NOTIFIER: _KindSpec("autodebit_register_notifiers", Notifier),
}


@dataclass(frozen=True, slots=True)
class ProviderInfo:
    kind: ProviderKind
    id: str
    description: str


@dataclass(frozen=True, slots=True)
class PluginInfo:
    """A discovered plugin as operators see it. Disabled plugins are never imported,
    so only their name, distribution and version are known."""

    name: str
    distribution: str
    version: str
    summary: str = ""
    kinds: tuple[ProviderKind, ...] = ()
    hooks: tuple[str, ...] = ()
    enabled: bool = False
    providers: tuple[ProviderInfo, ...] = ()
    # Why an enabled plugin is off after all: its import or a registration hook raised.
    error: str = ""


@dataclass(frozen=True, slots=True)
class _Candidate:
    name: str
    distribution: str
    version: str
    load: Callable[[], object]


class PluginHost:
    """The plugins of this kernel process and the providers they registered."""

    def __init__(self) -> None:
        self._pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self._pm.add_hookspecs(hookspecs)
        self._plugins: dict[str, PluginInfo] = {}
        self._providers: dict[ProviderKind, dict[str, _Guarded]] = {k: {} for k in ProviderKind}

    @classmethod
    def load(
        cls,
        settings: PluginSettings,
        extra_plugins: Sequence[tuple[str, object]] = (),
        *,
        data_dir: Path,
        sandbox: bool = False,
        callback_base_url: str = "",
    ) -> PluginHost:
        """Discover plugins (entry points of the "autodebit" group, then `extra_plugins`),
        register the enabled ones and collect their providers.

        Raises `PluginLoadError` when plugins conflict or implement unknown hooks.
        A plugin whose import or registration hook raises is reported with its
        error and left off; the others load.
        """
        host = cls()
        candidates = [*_discover(), *(_given(name, plugin) for name, plugin in extra_plugins)]
        _warn_unmatched(settings, {c.name for c in candidates})
        registered: list[tuple[_Candidate, object]] = []
        seen: dict[str, _Candidate] = {}
        for candidate in candidates:
            if (first := seen.setdefault(candidate.name, candidate)) is not candidate:
                raise PluginLoadError(
                    f"two plugins are named {candidate.name!r}: from {_origin(first)} "
                    f"and from {_origin(candidate)}"
                )
            if (plugin := host._import(candidate, settings)) is not None:
                registered.append((candidate, plugin))
        host._check_pending()
        for candidate, plugin in registered:
            context = PluginContext(
                sandbox=sandbox,
                data_dir=data_dir,
                options=settings.options.get(candidate.name, {}),
                callback_base_url=callback_base_url,
            )
            host._collect(candidate, plugin, context)
        return host

    def payment_channels(self) -> list[PaymentChannel]:
        return cast("list[PaymentChannel]", self._all(ProviderKind.PAYMENT_CHANNEL))

    def payment_channel(self, channel_id: str) -> PaymentChannel:
        return cast(PaymentChannel, self._one(ProviderKind.PAYMENT_CHANNEL, channel_id))

    def invoice_formats(self) -> list[InvoiceFormat]:
        return cast("list[InvoiceFormat]", self._all(ProviderKind.INVOICE_FORMAT))

    def invoice_format(self, format_id: str) -> InvoiceFormat:
        return cast(InvoiceFormat, self._one(ProviderKind.INVOICE_FORMAT, format_id))

    def accounting_exports(self) -> list[AccountingExport]:
        return cast("list[AccountingExport]", self._all(ProviderKind.ACCOUNTING_EXPORT))

    def accounting_export(self, export_id: str) -> AccountingExport:
        return cast(AccountingExport, self._one(ProviderKind.ACCOUNTING_EXPORT, export_id))

    def event_listeners(self) -> list[EventListener]:
        return cast("list[EventListener]", self._all(ProviderKind.EVENT_LISTENER))

    def notifiers(self) -> list[Notifier]:
        return cast("list[Notifier]", self._all(ProviderKind.NOTIFIER))

    def notifier(self, notifier_id: str) -> Notifier:
        return cast(Notifier, self._one(ProviderKind.NOTIFIER, notifier_id))

    def plugins(self) -> list[PluginInfo]:
        """Every discovered plugin, enabled or not, sorted by name."""
        return [self._plugins[name] for name in sorted(self._plugins)]

    def _all(self, kind: ProviderKind) -> list[_Guarded]:
        providers = self._providers[kind]
        return [providers[provider_id] for provider_id in sorted(providers)]

    def _one(self, kind: ProviderKind, provider_id: str) -> _Guarded:
        providers = self._providers[kind]
        if provider_id not in providers:
            raise NotFound(
                f"no {kind.label} {provider_id!r}; available: {', '.join(sorted(providers)) or 'none'}",
                reason=f"UNKNOWN_{kind.name}",
                metadata={kind.value: provider_id},
            )
        return providers[provider_id]

    def _import(self, candidate: _Candidate, settings: PluginSettings) -> object | None:
        """The plugin, imported and registered with pluggy; None if it is off."""
        info = PluginInfo(candidate.name, candidate.distribution, candidate.version)
        if candidate.name in settings.disabled or (
            settings.enabled is not None and candidate.name not in settings.enabled
        ):
            self._plugins[candidate.name] = info
            return None
        try:
            plugin = candidate.load()
        except Exception as exc:  # noqa: BLE001 - a plugin that cannot load must not stop the kernel
            _log.exception("plugin_import_failed", plugin=candidate.name)
            self._plugins[candidate.name] = replace(info, error=f"import failed: {_describe(exc)}")
            return None
        try:
            self._pm.register(plugin, name=candidate.name)
        except (ValueError, pluggy.PluginValidationError) as exc:
            raise PluginLoadError(f"plugin {candidate.name!r} cannot be registered: {exc}") from exc
        return plugin

    def _check_pending(self) -> None:
        try:
            self._pm.check_pending()
        except pluggy.PluginValidationError as exc:
            unknown = sorted(
                caller.name
                for caller in self._pm.get_hookcallers(exc.plugin) or ()
                if not caller.has_spec()
            )
            known = ", ".join(spec.hook for spec in _KINDS.values())
            raise PluginLoadError(
                f"plugin {self._pm.get_name(exc.plugin)!r} implements unknown hook(s) "
                f"{', '.join(unknown)}; plugin API {hookspecs.PLUGIN_API_VERSION} has {known}"
            ) from exc

    def _collect(self, candidate: _Candidate, plugin: object, context: PluginContext) -> None:
        """Call the plugin's registration hooks, then add its providers."""
        info = PluginInfo(
            candidate.name,
            candidate.distribution,
            candidate.version,
            summary=_summary(plugin),
            hooks=tuple(sorted(c.name for c in self._pm.get_hookcallers(plugin) or ())),
        )
        # Each plugin is called on its own so that one raising leaves the others' providers in.
        others = [p for p in self._pm.get_plugins() if p is not plugin]
        staged: list[tuple[ProviderKind, object]] = []
        for kind, spec in _KINDS.items():
            try:
                self._pm.subset_hook_caller(spec.hook, others)(
                    register=functools.partial(_stage, staged, kind), context=context
                )
            except Exception as exc:  # noqa: BLE001 - nor one whose registration fails
                _log.exception("plugin_registration_failed", plugin=candidate.name, hook=spec.hook)
                self._pm.unregister(plugin)
                self._plugins[candidate.name] = replace(
                    info, error=f"{spec.hook}: {_describe(exc)}"
                )
                return
        providers = tuple(self._add(candidate.name, kind, p) for kind, p in staged)
        self._plugins[candidate.name] = replace(
            info,
            kinds=tuple(k for k in ProviderKind if any(p.kind is k for p in providers)),
            enabled=True,
            providers=providers,
        )

    def _add(self, plugin_name: str, kind: ProviderKind, provider: object) -> ProviderInfo:
        interface = _KINDS[kind].interface
        if not isinstance(provider, interface):
            raise PluginLoadError(
                f"plugin {plugin_name!r} registered a {type(provider).__name__} as a {kind.label}, "
                f"but it is not an instance of {interface.__module__}.{interface.__qualname__}"
            )
        provider = cast(Provider, provider)
        provider_id = provider.id
        if not isinstance(provider_id, str) or not PROVIDER_ID.fullmatch(provider_id):
            raise PluginLoadError(
                f"plugin {plugin_name!r} registered a {kind.label} with id {provider_id!r}; "
                f"ids match {PROVIDER_ID.pattern}"
            )
        if (taken := self._providers[kind].get(provider_id)) is not None:
            raise PluginLoadError(
                f"{kind.label} id {provider_id!r} is registered by plugin {taken._plugin_name!r} "
                f"and by plugin {plugin_name!r}; disable one of them"
            )
        self._providers[kind][provider_id] = _Guarded(provider, plugin_name, kind)
        return ProviderInfo(kind, provider_id, provider.display_name)


class _Guarded:
    """A provider as the kernel holds it: each method call runs in a span, and any
    failure other than the kernel's own errors becomes a `PluginFailed`."""

    def __init__(self, provider: Provider, plugin_name: str, kind: ProviderKind) -> None:
        # Underscored, so they never hide an attribute of the provider.
        self._provider = provider
        self._plugin_name = plugin_name
        self._kind = kind
        self._provider_id = provider.id

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._provider, name)
        if name.startswith("_") or not callable(value):
            return value

        @functools.wraps(value)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            return self._call(name, value, args, kwargs)

        return guarded

    def __repr__(self) -> str:
        return f"<{self._kind.label} {self._provider_id!r} of plugin {self._plugin_name!r}>"

    def _call(
        self,
        operation: str,
        method: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> Any:
        metadata = {
            "plugin": self._plugin_name,
            "provider": self._provider_id,
            "operation": operation,
        }
        with _tracer.start_as_current_span(
            f"plugin {self._provider_id}.{operation}",
            attributes={
                "autodebit.plugin": self._plugin_name,
                "autodebit.provider.kind": self._kind.value,
                "autodebit.provider.id": self._provider_id,
            },
        ):
            try:
                return method(*args, **kwargs)
            except AutodebitError:
                raise
            except ProviderError as exc:
                raise PluginFailed(str(exc), metadata=metadata) from exc
            except Exception as exc:
                # The traceback may hold anything the plugin had in hand: logs only.
                _log.exception("plugin_failed", **metadata)
                raise PluginFailed(
                    f"plugin {self._plugin_name} failed during {self._provider_id}.{operation}",
                    metadata=metadata,
                ) from exc


def _discover() -> list[_Candidate]:
    return [
        _from_entry_point(ep)
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)
    ]


def _from_entry_point(ep: EntryPoint) -> _Candidate:
    dist = ep.dist
    return _Candidate(ep.name, dist.name if dist else "", dist.version if dist else "", ep.load)


def _given(name: str, plugin: object) -> _Candidate:
    # No distribution to ask: an embedded plugin may say its version itself.
    return _Candidate(name, "", str(getattr(plugin, "__version__", "")), lambda: plugin)


def _origin(candidate: _Candidate) -> str:
    return f"distribution {candidate.distribution!r}" if candidate.distribution else "extra_plugins"


def _warn_unmatched(settings: PluginSettings, names: set[str]) -> None:
    # A typo in the configuration would otherwise silently leave a plugin off.
    for name in sorted({*settings.disabled, *(settings.enabled or ())} - names):
        _log.warning("configured_plugin_not_found", plugin=name)


def _stage(staged: list[tuple[ProviderKind, object]], kind: ProviderKind, provider: object) -> None:
    staged.append((kind, provider))


def _summary(plugin: object) -> str:
    doc = (getattr(plugin, "__doc__", None) or "").strip()
    return doc.splitlines()[0] if doc else ""


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
