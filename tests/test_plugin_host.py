"""The plugin host: discovery, configuration, validation, isolation, and PluginService."""

from __future__ import annotations

import io
import sys
import textwrap
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import pytest
import structlog
from autodebit.api.kernel.v1 import plugin_pb2
from autodebit.config import PluginSettings
from autodebit.errors import InvalidArgument, NotFound, PluginFailed
from autodebit.money import Money
from autodebit.plugin_host import (
    PluginHost,
    PluginInfo,
    PluginLoadError,
    ProviderInfo,
    ProviderKind,
    hookimpl,
    manager,
)
from autodebit.plugin_host.providers import (
    AccountingExport,
    CallbackRejected,
    CallbackRequest,
    Charge,
    ChargeOutcome,
    EventListener,
    Headers,
    InvoiceFormat,
    MandateRef,
    MandateStarted,
    MandateState,
    MandateStatus,
    Notifier,
    OutboundMessage,
    PaymentChannel,
    Period,
    ProviderError,
    RenderedMessage,
    StartMandate,
    TransactionStatus,
)
from autodebit.plugin_host.servicer import PluginServiceServicer
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

if TYPE_CHECKING:
    from autodebit.api.invoice.v1.invoice_pb2 import Invoice
    from autodebit.api.ledger.v1.journal_entry_pb2 import JournalEntry
    from autodebit.events.outbox import DomainEvent

ALL_HOOKS = (
    "autodebit_register_accounting_exports",
    "autodebit_register_event_listeners",
    "autodebit_register_invoice_formats",
    "autodebit_register_notifiers",
    "autodebit_register_payment_channels",
)


class SandboxChannel(PaymentChannel):
    """Sandbox card channel"""

    id = "sandbox"
    currencies = frozenset({"CNY", "EUR"})

    def __init__(self, charge_error: Exception | None = None) -> None:
        self.charge_error = charge_error

    def start_mandate(self, request: StartMandate) -> MandateStarted:
        return MandateStarted(MandateStatus(request.mandate_id, MandateState.ACTIVE, "tok_1"))

    def get_mandate(self, mandate: MandateRef) -> MandateStatus:
        return MandateStatus(mandate.mandate_id, MandateState.ACTIVE, mandate.channel_reference)

    def revoke_mandate(self, mandate: MandateRef) -> MandateStatus:
        return MandateStatus(mandate.mandate_id, MandateState.REVOKED, mandate.channel_reference)

    def charge(self, request: Charge) -> ChargeOutcome:
        if self.charge_error:
            raise self.charge_error
        return ChargeOutcome(request.idempotency_key, TransactionStatus.PROCESSED, request.amount)

    def query_charge(self, idempotency_key: str) -> ChargeOutcome:
        return ChargeOutcome(idempotency_key, TransactionStatus.UNDEFINED, Money(0, "CNY"))


class OtherChannel(SandboxChannel):
    id = "other"


class TextInvoice(InvoiceFormat):
    id = "text"
    display_name = "Plain text"
    media_type = "text/plain"
    file_extension = "txt"

    def render_invoice(self, invoice: Any) -> bytes:
        return f"invoice {invoice}".encode()

    def render_credit_note(self, credit_note: Any) -> bytes:
        return f"credit note {credit_note}".encode()


class CsvExport(AccountingExport):
    """CSV journal"""

    id = "csv"
    media_type = "text/csv"
    file_extension = "csv"

    def export(self, entries: Any, period: Period, out: Any) -> None:
        out.write(f"{period.start},{period.end},{len(list(entries))}\n".encode())


class InvoiceRecorder(EventListener):
    id = "recorder"
    event_types = ("invoice.*", "payment.succeeded")

    def __init__(self) -> None:
        self.seen: list[Any] = []

    def handle(self, event: Any) -> None:
        self.seen.append(event)


class Outbox(Notifier):
    """Test outbox"""

    id = "outbox"

    def __init__(self) -> None:
        self.sent: list[OutboundMessage] = []

    def render(self, template: str, locale: str, context: Any) -> RenderedMessage:
        return RenderedMessage(subject=template, text=f"{locale}: {context}")

    def send(self, message: OutboundMessage) -> None:
        self.sent.append(message)


class Complete:
    """Test plugin with one provider of each kind.

    Only the first line is the summary.
    """

    __version__ = "1.2.3"

    def __init__(self, channel: PaymentChannel | None = None) -> None:
        self.channel = channel or SandboxChannel()
        self.listener = InvoiceRecorder()
        self.notifier = Outbox()

    @hookimpl
    def autodebit_register_payment_channels(self, register: Callable[[object], None]) -> None:
        register(self.channel)

    @hookimpl
    def autodebit_register_invoice_formats(self, register: Callable[[object], None]) -> None:
        register(TextInvoice())

    @hookimpl
    def autodebit_register_accounting_exports(self, register: Callable[[object], None]) -> None:
        register(CsvExport())

    @hookimpl
    def autodebit_register_event_listeners(self, register: Callable[[object], None]) -> None:
        register(self.listener)

    @hookimpl
    def autodebit_register_notifiers(self, register: Callable[[object], None]) -> None:
        register(self.notifier)


class Channels:
    """Registers the payment channels it is given."""

    def __init__(self, *channels: object) -> None:
        self.channels = channels

    @hookimpl
    def autodebit_register_payment_channels(self, register: Callable[[object], None]) -> None:
        for channel in self.channels:
            register(channel)


Loader = Callable[..., PluginHost]


@pytest.fixture
def load(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Loader:
    """PluginHost.load with only the given plugins: installed entry points are hidden."""
    monkeypatch.setattr(manager, "entry_points", lambda group: [])

    def load(*plugins: tuple[str, object], settings: PluginSettings | None = None) -> PluginHost:
        return PluginHost.load(settings or PluginSettings(), plugins, data_dir=tmp_path)

    return load


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> InMemorySpanExporter:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    monkeypatch.setattr(manager, "_tracer", provider.get_tracer("test"))
    return exporter


def info(host: PluginHost, name: str) -> PluginInfo:
    return next(p for p in host.plugins() if p.name == name)


# --- Loading and reporting --------------------------------------------------------


def test_a_plugin_is_reported_with_everything_it_registered(load: Loader) -> None:
    host = load(("complete", Complete()))

    assert host.plugins() == [
        PluginInfo(
            name="complete",
            distribution="",
            version="1.2.3",
            summary="Test plugin with one provider of each kind.",
            kinds=tuple(ProviderKind),
            hooks=ALL_HOOKS,
            enabled=True,
            providers=(
                ProviderInfo(ProviderKind.PAYMENT_CHANNEL, "sandbox", "Sandbox card channel"),
                ProviderInfo(ProviderKind.INVOICE_FORMAT, "text", "Plain text"),
                ProviderInfo(ProviderKind.ACCOUNTING_EXPORT, "csv", "CSV journal"),
                # No docstring and no display_name: the id stands in.
                ProviderInfo(ProviderKind.EVENT_LISTENER, "recorder", "recorder"),
                ProviderInfo(ProviderKind.NOTIFIER, "outbox", "Test outbox"),
            ),
        )
    ]


def test_entry_points_are_discovered_and_disabled_ones_never_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "adtest_good.py").write_text(
        textwrap.dedent(
            '''
            """Good test plugin."""
            from autodebit.plugin_host import hookimpl
            from autodebit.plugin_host.providers import PaymentChannel

            class Channel(PaymentChannel):
                id = "adtest"
                currencies = frozenset({"CNY"})
                # Only discovery is under test here.
                start_mandate = get_mandate = revoke_mandate = charge = query_charge = None

            @hookimpl
            def autodebit_register_payment_channels(register):
                register(Channel())
            '''
        )
    )
    (tmp_path / "adtest_broken.py").write_text("import adtest_missing_dependency\n")
    (tmp_path / "adtest_off.py").write_text("raise SystemExit('a disabled plugin was imported')\n")
    dist_info = tmp_path / "adtest_plugins-2.0.1.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: adtest-plugins\nVersion: 2.0.1\n"
    )
    (dist_info / "entry_points.txt").write_text(
        "[autodebit]\ngood = adtest_good\nbroken = adtest_broken\noff = adtest_off\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    for module in ("adtest_good", "adtest_broken", "adtest_off"):
        monkeypatch.delitem(sys.modules, module, raising=False)

    host = PluginHost.load(PluginSettings(disabled=["off"]), data_dir=tmp_path)

    good = info(host, "good")
    assert (good.distribution, good.version, good.summary, good.enabled, good.error) == (
        "adtest-plugins",
        "2.0.1",
        "Good test plugin.",
        True,
        "",
    )
    assert good.hooks == ("autodebit_register_payment_channels",)
    assert host.payment_channel("adtest").currencies == frozenset({"CNY"})
    broken = info(host, "broken")
    assert not broken.enabled
    assert broken.error.startswith("import failed: ModuleNotFoundError")
    assert info(host, "off") == PluginInfo("off", "adtest-plugins", "2.0.1")
    assert "adtest_off" not in sys.modules


def test_lookups_hand_out_working_providers(load: Loader) -> None:
    plugin = Complete()
    host = load(("complete", plugin))

    channel = host.payment_channel("sandbox")
    assert [c.id for c in host.payment_channels()] == ["sandbox"]
    assert channel.currencies == frozenset({"CNY", "EUR"})
    assert not channel.capabilities.refunds
    outcome = channel.charge(
        Charge("pay_1", MandateRef("man_1", "tok_1"), Money(1999, "CNY"), "June")
    )
    assert outcome == ChargeOutcome("pay_1", TransactionStatus.PROCESSED, Money(1999, "CNY"))

    assert host.invoice_format("text").render_invoice(cast("Invoice", "INV-1")) == b"invoice INV-1"
    assert [f.media_type for f in host.invoice_formats()] == ["text/plain"]
    assert host.invoice_format("text").validate(b"anything") == []

    out = io.BytesIO()
    entries = cast("list[JournalEntry]", ["entry 1", "entry 2"])
    host.accounting_export("csv").export(entries, Period(date(2025, 1, 1), date(2025, 1, 31)), out)
    assert out.getvalue() == b"2025-01-01,2025-01-31,2\n"
    assert [e.id for e in host.accounting_exports()] == ["csv"]

    (listener,) = host.event_listeners()
    assert listener.accepts("invoice.paid") and listener.accepts("payment.succeeded")
    assert not listener.accepts("payment.failed") and not listener.accepts("invoices.x")
    event = object()
    listener.handle(cast("DomainEvent", event))
    assert plugin.listener.seen == [event]

    notifier = host.notifier("outbox")
    assert [n.id for n in host.notifiers()] == ["outbox"]
    assert notifier.address_kind == "email" and notifier.templates == frozenset()
    rendered = notifier.render("payment_failed", "zh-CN", {"n": 1})
    assert rendered == RenderedMessage("payment_failed", "zh-CN: {'n': 1}")
    message = OutboundMessage("li@example.com", "zh-CN", rendered.subject, rendered.text)
    notifier.send(message)
    assert plugin.notifier.sent == [message]


@pytest.mark.parametrize(
    ("lookup", "kind", "reason"),
    [
        (PluginHost.payment_channel, "payment_channel", "UNKNOWN_PAYMENT_CHANNEL"),
        (PluginHost.invoice_format, "invoice_format", "UNKNOWN_INVOICE_FORMAT"),
        (PluginHost.accounting_export, "accounting_export", "UNKNOWN_ACCOUNTING_EXPORT"),
    ],
)
def test_unknown_provider_id_is_not_found(
    load: Loader, lookup: Callable[[PluginHost, str], object], kind: str, reason: str
) -> None:
    host = load(("complete", Complete()))

    with pytest.raises(NotFound) as caught:
        lookup(host, "nope")

    assert caught.value.reason == reason
    assert caught.value.metadata == {kind: "nope"}
    assert "available: " in caught.value.message


def test_unknown_hook_is_rejected_at_load(load: Loader) -> None:
    class Widgets:
        @hookimpl
        def autodebit_register_widgets(self, register: object) -> None:
            pass

    with pytest.raises(
        PluginLoadError,
        match="plugin 'widgets' implements unknown hook.*autodebit_register_widgets",
    ):
        load(("complete", Complete()), ("widgets", Widgets()))


def test_hook_with_wrong_arguments_is_rejected_at_load(load: Loader) -> None:
    class Misspelt:
        @hookimpl
        def autodebit_register_payment_channels(self, registry: object) -> None:
            pass

    with pytest.raises(PluginLoadError, match="(?s)plugin 'misspelt'.*registry"):
        load(("misspelt", Misspelt()))


def test_two_plugins_with_one_name_are_rejected(load: Loader) -> None:
    with pytest.raises(PluginLoadError, match="two plugins are named 'twin'"):
        load(("twin", Complete()), ("twin", Channels(OtherChannel())))


# --- Configuration ---------------------------------------------------------------


def test_deny_list_turns_a_plugin_off(load: Loader) -> None:
    host = load(
        ("complete", Complete()),
        ("other", Channels(OtherChannel())),
        settings=PluginSettings(disabled=["complete"]),
    )

    assert info(host, "complete") == PluginInfo("complete", "", "1.2.3", enabled=False)
    assert [c.id for c in host.payment_channels()] == ["other"]
    assert host.invoice_formats() == []
    assert info(host, "other").enabled


def test_allow_list_turns_every_other_plugin_off(load: Loader) -> None:
    host = load(
        ("complete", Complete()),
        ("other", Channels(OtherChannel())),
        settings=PluginSettings(enabled=["other"]),
    )

    assert [(p.name, p.enabled) for p in host.plugins()] == [("complete", False), ("other", True)]
    assert [c.id for c in host.payment_channels()] == ["other"]


# --- Broken plugins ----------------------------------------------------------------


def test_plugin_whose_registration_raises_is_reported_and_others_load(load: Loader) -> None:
    class Broken:
        """Half-configured plugin."""

        @hookimpl
        def autodebit_register_payment_channels(self, register: Callable[[object], None]) -> None:
            register(OtherChannel())

        @hookimpl
        def autodebit_register_invoice_formats(self, register: object) -> None:
            raise RuntimeError("BROKEN_API_KEY is not set")

    with structlog.testing.capture_logs() as logs:
        host = load(("broken", Broken()), ("complete", Complete()))

    broken = info(host, "broken")
    assert not broken.enabled
    assert (
        broken.error
        == "autodebit_register_invoice_formats: RuntimeError: BROKEN_API_KEY is not set"
    )
    assert broken.providers == ()
    # What it registered before failing is dropped with it.
    assert [c.id for c in host.payment_channels()] == ["sandbox"]
    assert info(host, "complete").enabled
    assert [(e["event"], e["plugin"]) for e in logs if e["log_level"] == "error"] == [
        ("plugin_registration_failed", "broken")
    ]


def test_duplicate_provider_ids_are_rejected_naming_both_plugins(load: Loader) -> None:
    with pytest.raises(
        PluginLoadError,
        match="payment channel id 'sandbox' is registered by plugin 'first' and by plugin 'second'",
    ):
        load(("first", Complete()), ("second", Channels(SandboxChannel())))


def test_provider_not_implementing_the_interface_is_rejected(load: Loader) -> None:
    class DuckChannel:
        id = "duck"
        currencies = frozenset({"CNY"})

        def charge(self, request: Charge) -> None:
            pass

    with pytest.raises(
        PluginLoadError,
        match="plugin 'ducks' registered a DuckChannel as a payment channel, but it is not .*PaymentChannel",
    ):
        load(("ducks", Channels(DuckChannel())))


def test_provider_with_unusable_id_is_rejected(load: Loader) -> None:
    class Shouting(SandboxChannel):
        id = "Sandbox Channel"

    with pytest.raises(PluginLoadError, match="id 'Sandbox Channel'"):
        load(("loud", Channels(Shouting())))


# --- Isolation -----------------------------------------------------------------------


def charge(host: PluginHost) -> ChargeOutcome:
    request = Charge("pay_1", MandateRef("man_1"), Money(100, "CNY"), "test")
    return host.payment_channel("sandbox").charge(request)


def test_unexpected_provider_error_fails_the_operation_without_details(load: Loader) -> None:
    host = load(("cards", Channels(SandboxChannel(RuntimeError("card 4242424242424242 leaked")))))

    with structlog.testing.capture_logs() as logs, pytest.raises(PluginFailed) as caught:
        charge(host)

    failure = caught.value
    assert failure.reason == "PLUGIN_FAILED"
    assert failure.message == "plugin cards failed during sandbox.charge"
    assert failure.metadata == {"plugin": "cards", "provider": "sandbox", "operation": "charge"}
    status = failure.to_status()
    assert "4242" not in status.details
    assert all(b"4242" not in value for _, value in status.trailing_metadata)
    # The traceback goes to the log instead.
    (entry,) = logs
    assert (entry["event"], entry["exc_info"]) == ("plugin_failed", True)


def test_provider_error_message_reaches_the_caller(load: Loader) -> None:
    host = load(("cards", Channels(SandboxChannel(ProviderError("sandbox: gateway unreachable")))))

    with pytest.raises(PluginFailed) as caught:
        charge(host)

    assert caught.value.message == "sandbox: gateway unreachable"
    assert caught.value.reason == "PLUGIN_FAILED"


def test_kernel_errors_from_providers_pass_through(load: Loader) -> None:
    host = load(("cards", Channels(SandboxChannel())))
    request = CallbackRequest("POST", "/notify", Headers(), b"{}", datetime.now(UTC))

    # The default handle_callback rejects: that must reach the caller as it is.
    with pytest.raises(CallbackRejected, match="takes no callbacks"):
        host.payment_channel("sandbox").handle_callback(request)


def test_every_provider_call_runs_in_a_span(load: Loader, spans: InMemorySpanExporter) -> None:
    host = load(("cards", Channels(SandboxChannel(RuntimeError("boom")))))

    host.payment_channel("sandbox").get_mandate(MandateRef("man_1"))
    with pytest.raises(PluginFailed):
        charge(host)

    ok, failed = spans.get_finished_spans()
    assert (ok.name, failed.name) == ("plugin sandbox.get_mandate", "plugin sandbox.charge")
    assert dict(ok.attributes or {}) == {
        "autodebit.plugin": "cards",
        "autodebit.provider.kind": "payment_channel",
        "autodebit.provider.id": "sandbox",
    }
    assert (ok.status.status_code, failed.status.status_code) == (
        StatusCode.UNSET,
        StatusCode.ERROR,
    )


# --- Provider value types ---------------------------------------------------------------


def test_callback_headers_ignore_case() -> None:
    headers = Headers([("Wechatpay-Signature", "abc"), ("Content-Type", "application/json")])

    assert headers["wechatpay-signature"] == headers["WECHATPAY-SIGNATURE"] == "abc"
    assert "content-type" in headers and "Content-Type" in headers
    assert dict(headers) == {"wechatpay-signature": "abc", "content-type": "application/json"}


def test_period_must_not_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2025, 2, 1), date(2025, 1, 31))


# --- PluginService ----------------------------------------------------------------------


@pytest.fixture
def servicer(load: Loader) -> PluginServiceServicer:
    return PluginServiceServicer(
        load(
            ("zeta", Channels(OtherChannel())),
            ("complete", Complete()),
            ("off", Channels()),
            settings=PluginSettings(disabled=["off"]),
        )
    )


def test_list_plugins_reports_every_plugin_sorted_by_name(servicer: PluginServiceServicer) -> None:
    response = servicer.ListPlugins(plugin_pb2.ListPluginsRequest(), None)

    assert [(p.name, p.enabled) for p in response.plugins] == [
        ("plugins/complete", True),
        ("plugins/off", False),
        ("plugins/zeta", True),
    ]
    complete = response.plugins[0]
    assert complete.version == "1.2.3"
    assert complete.summary == "Test plugin with one provider of each kind."
    assert list(complete.kinds) == [
        plugin_pb2.PLUGIN_KIND_PAYMENT_CHANNEL,
        plugin_pb2.PLUGIN_KIND_INVOICE_FORMAT,
        plugin_pb2.PLUGIN_KIND_ACCOUNTING_EXPORT,
        plugin_pb2.PLUGIN_KIND_EVENT_LISTENER,
        plugin_pb2.PLUGIN_KIND_NOTIFIER,
    ]
    assert tuple(complete.hooks) == ALL_HOOKS
    assert complete.providers[0] == plugin_pb2.Provider(
        kind=plugin_pb2.PLUGIN_KIND_PAYMENT_CHANNEL,
        id="sandbox",
        description="Sandbox card channel",
    )
    assert [p.id for p in complete.providers] == ["sandbox", "text", "csv", "recorder", "outbox"]


def test_get_plugin_returns_what_list_plugins_does(servicer: PluginServiceServicer) -> None:
    listed = servicer.ListPlugins(plugin_pb2.ListPluginsRequest(), None).plugins

    for plugin in listed:
        got = servicer.GetPlugin(plugin_pb2.GetPluginRequest(name=plugin.name), None)
        assert got.plugin == plugin


@pytest.mark.parametrize("name", ["", "complete", "plugins/", "plugins/a/b", "customers/complete"])
def test_get_plugin_rejects_malformed_names(servicer: PluginServiceServicer, name: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        servicer.GetPlugin(plugin_pb2.GetPluginRequest(name=name), None)

    assert [field for field, _ in caught.value.violations] == ["name"]


def test_get_plugin_of_unknown_plugin_is_not_found(servicer: PluginServiceServicer) -> None:
    with pytest.raises(NotFound) as caught:
        servicer.GetPlugin(plugin_pb2.GetPluginRequest(name="plugins/nope"), None)

    assert caught.value.reason == "PLUGIN_NOT_FOUND"
    assert caught.value.metadata == {"name": "plugins/nope"}
