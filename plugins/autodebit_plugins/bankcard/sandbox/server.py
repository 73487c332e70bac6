"""`SandboxBank`: the bank's HTTP server, its keys, its database and its callback sender."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from autodebit.wsgi import WsgiServer

from autodebit_plugins.bankcard import protocol
from autodebit_plugins.bankcard.sandbox import keys
from autodebit_plugins.bankcard.sandbox.acquirer import Acquirer, MerchantAccount
from autodebit_plugins.bankcard.sandbox.app import BankApp
from autodebit_plugins.bankcard.sandbox.callbacks import CallbackSender
from autodebit_plugins.bankcard.sandbox.store import Store

DATABASE_FILE = "bank.sqlite3"

log = logging.getLogger(__name__)


class SandboxBank:
    """A card acquirer on a local port, with its state in `data_dir`.

    `start()` generates the bank's keys and a merchant account on first use
    (kept in `data_dir` and reused after), starts serving and returns the base
    URL; `stop()` stops serving and sending callbacks. Requests are served by
    `threads` waitress worker threads.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        threads: int = 16,
        callback_retry_seconds: float = 1.0,
    ) -> None:
        self.data_dir = data_dir
        self._host = host
        self._port = port
        self._threads = threads
        self._callback_retry_seconds = callback_retry_seconds
        self._stopping = threading.Event()
        # start() and stop() may race: the plugin stops the bank from a finalizer.
        self._lifecycle = threading.Lock()
        self._running: _Running | None = None

    @property
    def base_url(self) -> str:
        return self._started().base_url

    @property
    def merchant(self) -> MerchantAccount:
        """The merchant account the bank created on its first start."""
        return self._started().merchant

    @property
    def public_key_path(self) -> Path:
        return self.data_dir / keys.PUBLIC_KEY_FILE

    @property
    def merchant_secret_path(self) -> Path:
        """The default merchant's secret, alone in a file (mode 0600), for `merchant_secret_file`."""
        return self.data_dir / keys.MERCHANT_SECRET_FILE

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILE

    def start(self) -> str:
        with self._lifecycle:
            if self._running is None:
                self._running = self._serve()
            return self._running.base_url

    def _serve(self) -> _Running:
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        bank_keys = keys.load_or_create(self.data_dir)
        store = Store(self.database_path)

        def sign(body: bytes) -> dict[str, str]:
            return protocol.bank_headers(bank_keys.private_key, body)

        sender = CallbackSender(store, sign, retry_seconds=self._callback_retry_seconds)
        # Bound first, so the base URL (which challenge URLs embed) is known before
        # the app that needs it exists; requests reach `app` once it is serving.
        server = WsgiServer(
            lambda environ, start_response: app(environ, start_response),
            self._host,
            self._port,
            threads=self._threads,
            name="sandbox-bank",
        )
        base_url = server.base_url
        acquirer = Acquirer(
            store,
            fingerprint_secret=bank_keys.fingerprint_secret,
            base_url=base_url,
            callbacks_added=sender.wake,
        )
        merchant = acquirer.default_merchant()
        keys.write_private(self.merchant_secret_path, merchant.secret.encode())
        app = BankApp(acquirer, sign, self._stopping)
        self._stopping.clear()
        server.start()
        sender.start()
        log.info("sandbox bank serving at %s (data in %s)", base_url, self.data_dir)
        return _Running(base_url, merchant, store, sender, server)

    def stop(self) -> None:
        """Stop serving and sending callbacks; a no-op when not running. Any thread."""
        with self._lifecycle:
            running, self._running = self._running, None
        if running is None:
            return
        # Held responses and latency waits end first, so the workers can finish.
        self._stopping.set()
        running.server.stop()
        running.sender.stop()
        running.store.close()
        log.info("sandbox bank at %s stopped", running.base_url)

    def _started(self) -> _Running:
        if self._running is None:
            raise RuntimeError("the sandbox bank is not running; call start() first")
        return self._running


@dataclass(frozen=True, slots=True)
class _Running:
    """What exists while the bank serves."""

    base_url: str
    merchant: MerchantAccount
    store: Store
    sender: CallbackSender
    server: WsgiServer
