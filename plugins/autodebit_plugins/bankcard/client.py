"""The channel's HTTP client for the acquirer: signs every request, verifies every answer.

Transport failures are sorted by what they tell about the request's fate,
because that decides whether a charge may be retried:

- `NotSent`: it never reached the bank (connection refused, connect timeout)
  or the bank said, signed, that it did not process it (503). Nothing happened.
- `OutcomeUnknown`: it may have been processed, and no verified answer came
  back (read timeout, connection dropped, any other 5xx).

Both are `ProviderError`s, so calls that do not move money simply fail.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from autodebit.plugin_host.providers import ProviderError
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from autodebit_plugins.bankcard import protocol

# Raised before a single byte of the request is sent.
_BEFORE_SENDING = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)


class NotSent(ProviderError):
    """The bank did not process the request: nothing happened, retrying is safe."""


class OutcomeUnknown(ProviderError):
    """The request may have been processed; only a later query can tell."""


@dataclass(frozen=True, slots=True)
class BankConnection:
    """Where the acquirer is and the credentials to talk to it."""

    base_url: str
    merchant_id: str
    merchant_secret: bytes
    bank_public_key: Ed25519PublicKey
    timeout_seconds: float = 10.0


@dataclass(frozen=True, slots=True)
class Answer:
    """A verified answer from the bank: HTTP status and JSON body."""

    status: int
    body: Mapping[str, Any]

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def error_code(self) -> str:
        return str(self.body.get("error", {}).get("code", ""))

    @property
    def error_message(self) -> str:
        return str(self.body.get("error", {}).get("message", ""))

    def failure(self, doing: str) -> ProviderError:
        """The error to raise for an answer the caller cannot use."""
        return ProviderError(
            f"bankcard: {doing} failed: HTTP {self.status} {self.error_code} {self.error_message}".strip()
        )


class BankClient:
    """Thread-safe: one pooled HTTP client shared by every request."""

    def __init__(self, connection: BankConnection) -> None:
        self._connection = connection
        timeout = connection.timeout_seconds
        self._http = httpx.Client(
            base_url=connection.base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
        )

    def get(self, path: str) -> Answer:
        return _answer(self._send("GET", path, b""))

    def post(self, path: str, body: Mapping[str, Any]) -> Answer:
        return _answer(self._send("POST", path, protocol.encode_json(body)))

    def download(self, path: str) -> bytes:
        response = self._send("GET", path, b"")
        if response.status_code != 200:
            raise _answer(response).failure(f"GET {path}")
        return response.content

    def verify(
        self,
        headers: Mapping[str, str],
        body: bytes,
        *,
        now: float,
        nonces: protocol.NonceCache | None = None,
    ) -> None:
        """Raise `protocol.SignatureError` unless the bank signed this message."""
        protocol.verify_bank_message(
            self._connection.bank_public_key, headers, body, now=now, nonces=nonces
        )

    def close(self) -> None:
        self._http.close()

    def _send(self, method: str, path: str, body: bytes) -> httpx.Response:
        request = self._http.build_request(method, path, content=body or None)
        if body:
            request.headers["Content-Type"] = "application/json"
        # The bank checks the path as it routes it (percent-decoded) and the raw query.
        target = request.url.path + (f"?{request.url.query.decode()}" if request.url.query else "")
        request.headers.update(
            protocol.merchant_headers(
                self._connection.merchant_id, self._connection.merchant_secret, method, target, body
            )
        )
        try:
            response = self._http.send(request)
        except _BEFORE_SENDING as error:
            raise NotSent(f"bankcard: cannot reach the bank: {type(error).__name__}") from error
        except httpx.TransportError as error:
            raise OutcomeUnknown(
                f"bankcard: no answer from the bank: {type(error).__name__}"
            ) from error
        try:
            self.verify(response.headers, response.content, now=time.time())
        except protocol.SignatureError as error:
            raise ProviderError(
                f"bankcard: the bank's answer failed verification: {error}"
            ) from None
        if response.status_code == 503:
            raise NotSent("bankcard: the bank is unavailable and did not process the request")
        if response.status_code >= 500:
            raise OutcomeUnknown(f"bankcard: the bank failed with HTTP {response.status_code}")
        return response


def _answer(response: httpx.Response) -> Answer:
    try:
        body = response.json()
    except ValueError:
        raise ProviderError(
            f"bankcard: the bank answered HTTP {response.status_code} without JSON"
        ) from None
    return Answer(response.status_code, body)
