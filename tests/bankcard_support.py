"""Fixtures and helpers for the bankcard channel and its sandbox bank: a real bank on
loopback, a channel configured as for a live acquirer, and a merchant endpoint
that keeps the callbacks the bank sends.

Test modules import the fixtures they use (`bank_fixture` is the fixture `bank`...).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from autodebit.plugin_host.providers import (
    CallbackRequest,
    Headers,
    MandateRef,
    MandateState,
    StartMandate,
)
from autodebit_plugins.bankcard.channel import BankCardChannel
from autodebit_plugins.bankcard.client import BankClient, BankConnection
from autodebit_plugins.bankcard.protocol import load_public_key
from autodebit_plugins.bankcard.sandbox import SandboxBank
from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

EXP_YEAR = datetime.now(UTC).year + 3
VISA = "4242424242424242"


class CallbackReceiver:
    """A merchant's callback endpoint: keeps each request raw, answers the given
    statuses in turn and 200 after them."""

    def __init__(self, statuses: Iterable[int] = ()) -> None:
        self._statuses = list(statuses)
        self._received: queue.Queue[CallbackRequest] = queue.Queue()
        self._server = make_server("127.0.0.1", 0, self._app, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}/callbacks"
        # A short poll interval, so that stopping it does not hold up every test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()

    def next(self, timeout: float = 5.0) -> CallbackRequest:
        return self._received.get(timeout=timeout)

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join()

    def _app(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        self._received.put(
            CallbackRequest(
                method=request.method,
                path=request.full_path.rstrip("?"),
                headers=Headers(request.headers.items()),
                body=request.get_data(),
                received_at=datetime.now(UTC),
            )
        )
        status = self._statuses.pop(0) if self._statuses else 200
        return Response(b"{}", status=status, mimetype="application/json")(environ, start_response)


@pytest.fixture(name="bank")
def bank_fixture(tmp_path: Path) -> Iterator[SandboxBank]:
    sandbox = SandboxBank(tmp_path / "bank", callback_retry_seconds=0.05)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture(name="receiver")
def receiver_fixture() -> Iterator[CallbackReceiver]:
    endpoint = CallbackReceiver()
    yield endpoint
    endpoint.stop()


@pytest.fixture(name="channel")
def channel_fixture(bank: SandboxBank, receiver: CallbackReceiver) -> Iterator[BankCardChannel]:
    """A channel configured as for a live acquirer, with callbacks to `receiver`."""
    card_channel = connect(bank, notify_url=receiver.url)
    yield card_channel
    card_channel.close()


def connect(
    bank: SandboxBank,
    *,
    notify_url: str = "",
    timeout_seconds: float = 5.0,
    public_key_pem: bytes | None = None,
) -> BankCardChannel:
    connection = BankConnection(
        base_url=bank.base_url,
        merchant_id=bank.merchant.merchant_id,
        merchant_secret=bank.merchant_secret_path.read_bytes(),
        bank_public_key=load_public_key(public_key_pem or bank.public_key_path.read_bytes()),
        timeout_seconds=timeout_seconds,
    )
    return BankCardChannel(BankClient(connection), notify_url=notify_url)


def tokenise(
    bank: SandboxBank,
    number: Any = VISA,
    *,
    exp_month: Any = 12,
    exp_year: Any = EXP_YEAR,
    cvc: Any = None,
) -> httpx.Response:
    """What the payer's device does: send the card to the bank with the publishable key.
    Arguments are `Any` so that tests can send what a careless device would."""
    if cvc is None:
        cvc = "1234" if str(number).startswith(("34", "37")) else "123"
    return httpx.post(
        f"{bank.base_url}/v1/tokens",
        headers={"X-Publishable-Key": bank.merchant.publishable_key},
        json={"number": number, "exp_month": exp_month, "exp_year": exp_year, "cvc": cvc},
    )


def token(bank: SandboxBank, number: str = VISA) -> str:
    response = tokenise(bank, number)
    assert response.status_code == 201, response.text
    return str(response.json()["token"])


def sandbox(bank: SandboxBank, method: str, path: str, body: Any = None) -> httpx.Response:
    """A call to the bank's sandbox controls (loopback, unsigned)."""
    return httpx.request(method, f"{bank.base_url}/v1/sandbox/{path}", json=body)


def charges_at_bank(bank: SandboxBank, idempotency_key: str) -> list[dict[str, Any]]:
    response = sandbox(bank, "GET", f"charges?idempotency_key={idempotency_key}")
    return list(response.json()["charges"])


def active_mandate(
    channel: BankCardChannel, bank: SandboxBank, number: str = VISA, mandate_id: str = "mandate-1"
) -> MandateRef:
    started = channel.start_mandate(
        StartMandate(
            mandate_id,
            "customer-1",
            "CNY",
            "subscription",
            parameters={"card_token": token(bank, number)},
        )
    )
    assert started.mandate.state is MandateState.ACTIVE
    return MandateRef(mandate_id, started.mandate.channel_reference)
