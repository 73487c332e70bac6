"""Bank-card payments through a card acquirer, with a sandbox bank in sandbox mode.

Registers the `bankcard` payment channel (see `channel.py`). Its options, the
`[plugins.options.bankcard]` table, name the acquirer and the merchant's
credentials:

- `base_url`: the acquirer's API, e.g. "https://acquirer.example/api";
- `merchant_id`, and `merchant_secret` or `merchant_secret_file`: the shared
  secret that signs requests (a file, or the environment variable
  AUTODEBIT_PLUGINS__OPTIONS__BANKCARD__MERCHANT_SECRET, keeps it out of the
  configuration file);
- `bank_public_key_file`: the acquirer's Ed25519 public key (PEM), which
  verifies its answers and callbacks;
- `timeout_seconds` (default 10): per request to the acquirer.

In sandbox mode without a `base_url`, the plugin starts the sandbox bank in
this process (data in `<data_dir>/sandbox-bank`, on 127.0.0.1 and the port
`sandbox_port`, default any free one), uses the merchant account the bank made
on its first start, and talks to it like to any acquirer. Callbacks go to
`{callback_base_url}/bankcard` when the kernel takes callbacks. docs/bankcard.md
has the whole story.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from autodebit.plugin_host import hookimpl
from autodebit.plugin_host.providers import PaymentChannel, PluginContext

from autodebit_plugins.bankcard.channel import BankCardChannel
from autodebit_plugins.bankcard.client import BankClient, BankConnection
from autodebit_plugins.bankcard.protocol import load_public_key
from autodebit_plugins.bankcard.sandbox import SandboxBank

OPTIONS = frozenset(
    {
        "base_url",
        "merchant_id",
        "merchant_secret",
        "merchant_secret_file",
        "bank_public_key_file",
        "timeout_seconds",
        "sandbox_port",
    }
)
DEFAULT_TIMEOUT_SECONDS = 10.0

log = logging.getLogger(__name__)


@hookimpl
def autodebit_register_payment_channels(
    register: Callable[[PaymentChannel], None], context: PluginContext
) -> None:
    register(channel_for(context))


def channel_for(context: PluginContext) -> BankCardChannel:
    """The channel `context` configures; starts the sandbox bank when that is what it says."""
    options = context.options
    if unknown := sorted(set(options) - OPTIONS):
        raise ValueError(
            f"unknown bankcard option(s) {', '.join(unknown)}; known: {', '.join(sorted(OPTIONS))}"
        )
    notify_url = f"{context.callback_base_url}/bankcard" if context.callback_base_url else ""
    timeout = float(options.get("timeout_seconds", DEFAULT_TIMEOUT_SECONDS))
    if options.get("base_url"):
        return BankCardChannel(BankClient(_configured(options, timeout)), notify_url=notify_url)
    if not context.sandbox:
        raise ValueError(
            "bankcard needs base_url, merchant_id, merchant_secret(_file) and "
            "bank_public_key_file outside sandbox mode"
        )
    return _sandboxed(
        context.data_dir / "sandbox-bank", int(options.get("sandbox_port", 0)), timeout, notify_url
    )


def _configured(options: Mapping[str, Any], timeout: float) -> BankConnection:
    missing = [name for name in ("merchant_id", "bank_public_key_file") if not options.get(name)]
    if not options.get("merchant_secret") and not options.get("merchant_secret_file"):
        missing.append("merchant_secret or merchant_secret_file")
    if missing:
        raise ValueError(f"bankcard option(s) missing: {', '.join(missing)}")
    if options.get("merchant_secret"):
        secret = str(options["merchant_secret"]).encode()
    else:
        secret = Path(options["merchant_secret_file"]).read_bytes().strip()
    return BankConnection(
        base_url=str(options["base_url"]).rstrip("/"),
        merchant_id=str(options["merchant_id"]),
        merchant_secret=secret,
        bank_public_key=load_public_key(Path(options["bank_public_key_file"]).read_bytes()),
        timeout_seconds=timeout,
    )


def _stop_soon(bank: SandboxBank) -> None:
    # Finalizers run in whichever thread collects the channel, maybe one of the
    # bank's own, which stop() waits for: stop from a thread of its own.
    threading.Thread(target=bank.stop, name="sandbox-bank-stop", daemon=True).start()


def _sandboxed(data_dir: Path, port: int, timeout: float, notify_url: str) -> BankCardChannel:
    bank = SandboxBank(data_dir, port=port)
    base_url = bank.start()
    connection = BankConnection(
        base_url=base_url,
        merchant_id=bank.merchant.merchant_id,
        merchant_secret=bank.merchant.secret.encode(),
        bank_public_key=load_public_key(bank.public_key_path.read_bytes()),
        timeout_seconds=timeout,
    )
    channel = BankCardChannel(BankClient(connection), notify_url=notify_url, sandbox_bank=bank)
    # The kernel has no plugin shutdown hook: the bank stops when the channel is
    # collected. At exit it need not: every commit is already durable.
    weakref.finalize(channel, _stop_soon, bank).atexit = False
    log.info(
        "bankcard sandbox bank at %s, publishable key %s, data in %s",
        base_url,
        bank.merchant.publishable_key,
        data_dir,
    )
    return channel
