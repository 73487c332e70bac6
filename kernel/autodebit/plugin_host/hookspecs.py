"""The hook specifications: everything a plugin can implement (plugin API 1).

Each hook is a registration hook: the kernel calls it once per plugin at start
with a `register` function and a `PluginContext` (sandbox mode, a data
directory, the plugin's own options, the callback URL), and the plugin calls
`register` with provider objects implementing the interfaces in `providers.py`.
An implementation names only the arguments it needs. The docstrings below are
the reference documentation; docs/plugins.md repeats them, and a test keeps the
two equal.

Later API versions may pass hooks more arguments. pluggy only passes an
implementation the arguments it names, so an API 1 plugin keeps working.
"""

from __future__ import annotations

from collections.abc import Callable

import pluggy

from autodebit.plugin_host.providers import (
    AccountingExport,
    EventListener,
    InvoiceFormat,
    Notifier,
    PaymentChannel,
    PluginContext,
)

PROJECT_NAME = "autodebit"
PLUGIN_API_VERSION = 1

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)


@hookspec
def autodebit_register_payment_channels(
    register: Callable[[PaymentChannel], None], context: PluginContext
) -> None:
    """Register payment channels: the ways the kernel debits customers.

    Call `register(channel)` once per channel with a `PaymentChannel` instance.
    Channel ids are unique across all plugins: a second channel with a taken id
    stops the kernel at start.

    Called once per enabled plugin when the kernel starts, before it serves any
    request. Read credentials and build clients here or lazily; the channel
    object then serves every request, from many threads.

    ```python
    @hookimpl
    def autodebit_register_payment_channels(register, context):
        register(BankCardChannel(base_url=context.options["base_url"]))
    ```

    Added in plugin API 1.
    """


@hookspec
def autodebit_register_invoice_formats(
    register: Callable[[InvoiceFormat], None], context: PluginContext
) -> None:
    """Register invoice formats: the documents invoices and credit notes render to.

    Call `register(invoice_format)` once per format with an `InvoiceFormat`
    instance. Format ids are unique across all plugins; API callers choose a
    format by id, e.g. `RenderInvoice(format="ubl")`.

    Called once per enabled plugin when the kernel starts.

    ```python
    @hookimpl
    def autodebit_register_invoice_formats(register):
        register(PdfInvoice())
    ```

    Added in plugin API 1.
    """


@hookspec
def autodebit_register_accounting_exports(
    register: Callable[[AccountingExport], None], context: PluginContext
) -> None:
    """Register accounting exports: the formats ledger entries are exported in.

    Call `register(export)` once per export with an `AccountingExport`
    instance. Export ids are unique across all plugins; API callers choose one
    by id, e.g. `ExportLedger(format="beancount", ...)`.

    Called once per enabled plugin when the kernel starts.

    ```python
    @hookimpl
    def autodebit_register_accounting_exports(register):
        register(BeancountExport())
    ```

    Added in plugin API 1.
    """


@hookspec
def autodebit_register_event_listeners(
    register: Callable[[EventListener], None], context: PluginContext
) -> None:
    """Register event listeners: code that reacts to domain events after they commit.

    Call `register(listener)` once per listener with an `EventListener`
    instance. Listener ids are unique across all plugins, and the kernel tracks
    delivery to each listener by its id: keep it stable.

    Called once per enabled plugin when the kernel starts.

    ```python
    @hookimpl
    def autodebit_register_event_listeners(register):
        register(SlackNotifier(webhook_url=os.environ["SLACK_WEBHOOK_URL"]))
    ```

    Added in plugin API 1.
    """


@hookspec
def autodebit_register_notifiers(
    register: Callable[[Notifier], None], context: PluginContext
) -> None:
    """Register notifiers: the ways the kernel sends messages to customers.

    Call `register(notifier)` once per notifier with a `Notifier` instance.
    Notifier ids are unique across all plugins; automation rules and API
    callers choose one by id, e.g. a rule's `send_message {notifier: "email"}`.

    Called once per enabled plugin when the kernel starts. Read server
    addresses and credentials from `context.options` here; the notifier object
    then serves every request, from many threads.

    ```python
    @hookimpl
    def autodebit_register_notifiers(register, context):
        register(SmsNotifier(api_key=os.environ["SMS_API_KEY"]))
    ```

    Added in plugin API 1.
    """
