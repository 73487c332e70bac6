"""The card-acquirer protocol, shared by the sandbox bank and the bankcard channel.

Both sides import this module, so what one signs and the other verifies is
computed by the same code. docs/bankcard.md describes the protocol for people.

- Merchant to bank: `X-Signature` = base64 HMAC-SHA256(merchant secret,
  "METHOD\\nTARGET\\nTIMESTAMP\\nNONCE\\nhex(sha256(body))"), where TARGET is the
  percent-decoded path, plus "?" and the raw query string when there is one.
- Bank to merchant (every response and every callback): `X-Bank-Signature` =
  base64 Ed25519("TIMESTAMP\\nNONCE\\n" + body) with the bank's private key.

A message is fresh when its timestamp is within `MAX_SKEW_SECONDS` of the
receiver's clock, and each nonce is accepted once while it is fresh.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import hmac
import json
import secrets
import threading
import time
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

MERCHANT_ID = "X-Merchant-Id"
TIMESTAMP = "X-Timestamp"
NONCE = "X-Nonce"
SIGNATURE = "X-Signature"
PUBLISHABLE_KEY = "X-Publishable-Key"
BANK_TIMESTAMP = "X-Bank-Timestamp"
BANK_NONCE = "X-Bank-Nonce"
BANK_SIGNATURE = "X-Bank-Signature"
# What `verify_merchant_request` reads.
MERCHANT_HEADERS = (MERCHANT_ID, TIMESTAMP, NONCE, SIGNATURE)

MAX_SKEW_SECONDS = 300

# What the acquirer settles in; the channel announces the same set.
CURRENCIES = frozenset({"CNY", "USD", "EUR", "JPY", "GBP", "HKD"})

# ISO 8583 field 39 codes the bank answers with. "N7" is Visa's CVV2 failure:
# ISO 8583:1987 has no code of its own for a wrong CVC.
RESPONSE_CODES: Mapping[str, str] = {
    "00": "approved",
    "05": "do not honour",
    "12": "invalid transaction",
    "13": "invalid amount",
    "14": "invalid card number",
    "41": "lost card, pick up",
    "43": "stolen card, pick up",
    "51": "insufficient funds",
    "54": "expired card",
    "57": "transaction not permitted to cardholder",
    "61": "exceeds withdrawal amount limit",
    "65": "exceeds withdrawal frequency limit",
    "91": "issuer or switch inoperative",
    "96": "system malfunction",
    "N7": "decline for CVV2 failure",
}
APPROVED = "00"


class SignatureError(Exception):
    """A signed message failed a check; `code` names which one (stale_timestamp...)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def encode_json(value: Any) -> bytes:
    """The one JSON encoding of bodies, so both sides sign and hash the same bytes."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def new_nonce() -> str:
    return secrets.token_hex(16)


class NonceCache:
    """Nonces seen while their message was fresh; thread-safe.

    A nonce is kept until its message's timestamp goes stale, after which the
    freshness check alone refuses a replay, so memory stays bounded by traffic
    within the freshness window.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: set[str] = set()
        self._expiry: list[tuple[float, str]] = []

    def first_use(self, nonce: str, timestamp: int, now: float) -> bool:
        """Remember `nonce`; False if it was already seen."""
        with self._lock:
            while self._expiry and self._expiry[0][0] < now:
                self._seen.discard(heapq.heappop(self._expiry)[1])
            if nonce in self._seen:
                return False
            self._seen.add(nonce)
            heapq.heappush(self._expiry, (timestamp + MAX_SKEW_SECONDS, nonce))
            return True


def _body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def merchant_signature(
    secret: bytes, method: str, target: str, timestamp: str, nonce: str, body: bytes
) -> str:
    text = f"{method.upper()}\n{target}\n{timestamp}\n{nonce}\n{_body_digest(body)}"
    return base64.b64encode(hmac.digest(secret, text.encode(), "sha256")).decode()


def merchant_headers(
    merchant_id: str, secret: bytes, method: str, target: str, body: bytes
) -> dict[str, str]:
    """The authentication headers of one merchant request."""
    timestamp, nonce = str(int(time.time())), new_nonce()
    return {
        MERCHANT_ID: merchant_id,
        TIMESTAMP: timestamp,
        NONCE: nonce,
        SIGNATURE: merchant_signature(secret, method, target, timestamp, nonce, body),
    }


def verify_merchant_request(
    secret: bytes,
    method: str,
    target: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float,
    nonces: NonceCache,
) -> None:
    """Raise `SignatureError` unless the request is signed with `secret`, fresh and new."""
    timestamp, nonce, signature = _required(headers, TIMESTAMP, NONCE, SIGNATURE)
    expected = merchant_signature(secret, method, target, timestamp, nonce, body)
    if not hmac.compare_digest(expected, signature):
        raise SignatureError("bad_signature", "the request signature does not match")
    _check_fresh_and_new(timestamp, f"{headers.get(MERCHANT_ID)}:{nonce}", now, nonces)


def bank_headers(private_key: Ed25519PrivateKey, body: bytes) -> dict[str, str]:
    """The signature headers of one bank response or callback."""
    timestamp, nonce = str(int(time.time())), new_nonce()
    signature = private_key.sign(_bank_text(timestamp, nonce, body))
    return {
        BANK_TIMESTAMP: timestamp,
        BANK_NONCE: nonce,
        BANK_SIGNATURE: base64.b64encode(signature).decode(),
    }


def verify_bank_message(
    public_key: Ed25519PublicKey,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float,
    nonces: NonceCache | None = None,
) -> None:
    """Raise `SignatureError` unless the bank signed `body`, recently, and (when
    `nonces` is given) with a nonce not seen before."""
    timestamp, nonce, signature = _required(headers, BANK_TIMESTAMP, BANK_NONCE, BANK_SIGNATURE)
    try:
        public_key.verify(
            base64.b64decode(signature, validate=True), _bank_text(timestamp, nonce, body)
        )
    except (InvalidSignature, ValueError):
        raise SignatureError("bad_signature", "the bank's signature does not match") from None
    if nonces is None:
        _check_fresh(timestamp, now)
    else:
        _check_fresh_and_new(timestamp, nonce, now, nonces)


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    key = load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise TypeError("the bank's public key must be an Ed25519 key")
    return key


def _bank_text(timestamp: str, nonce: str, body: bytes) -> bytes:
    return f"{timestamp}\n{nonce}\n".encode() + body


def _required(headers: Mapping[str, str], *names: str) -> list[str]:
    values = [headers.get(name, "") for name in names]
    missing = [name for name, value in zip(names, values, strict=True) if not value]
    if missing:
        raise SignatureError("missing_signature", f"missing header(s) {', '.join(missing)}")
    return values


def _check_fresh(timestamp: str, now: float) -> int:
    if not timestamp.isascii() or not timestamp.isdigit():
        raise SignatureError("bad_timestamp", "the timestamp is not unix seconds")
    seconds = int(timestamp)
    if abs(now - seconds) > MAX_SKEW_SECONDS:
        raise SignatureError(
            "stale_timestamp", f"the timestamp is more than {MAX_SKEW_SECONDS} s off"
        )
    return seconds


def _check_fresh_and_new(timestamp: str, nonce: str, now: float, nonces: NonceCache) -> None:
    if not nonces.first_use(nonce, _check_fresh(timestamp, now), now):
        raise SignatureError("replayed_nonce", "this nonce was already used")
