"""The bank's business rules: cards, agreements, charges, refunds, settlement.

Every operation that creates something is idempotent on the merchant's key
(the merchant reference of an agreement, the idempotency key of a charge or
refund): the same key with the same request answers what was done the first
time, with a different request 409 `idempotency_conflict`. The check and the
insert share one write transaction, so two racing requests cannot both act.

Callbacks are written to the outbox in the same transaction as the change they
announce, then the sender is woken.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from autodebit_plugins.bankcard.protocol import APPROVED, RESPONSE_CODES, encode_json
from autodebit_plugins.bankcard.sandbox import cards, settlement
from autodebit_plugins.bankcard.sandbox.api import ApiError, Fields, not_found
from autodebit_plugins.bankcard.sandbox.store import Store, utc_now

# Charges above this many minor units are declined with 61 (over the amount limit).
AMOUNT_LIMIT_MINOR = 100_000_000
# Declines the bank answers on its own, whatever the card.
UNKNOWN_AGREEMENT = "14"
AGREEMENT_NOT_ACTIVE = "57"
CARD_EXPIRED = "54"
OVER_LIMIT = "61"
INVALID_TRANSACTION = "12"
INVALID_AMOUNT = "13"

# What the API shows of each resource; the rest of a row is the bank's business.
CARD_FIELDS = ("brand", "last4", "exp_month", "exp_year", "fingerprint")
CHARGE_FIELDS = (
    "charge_id",
    "idempotency_key",
    "agreement_id",
    "status",
    "response_code",
    "amount_minor",
    "currency",
    "description",
    "created_at",
)
REFUND_FIELDS = (
    "refund_id",
    "idempotency_key",
    "charge_id",
    "status",
    "response_code",
    "amount_minor",
    "currency",
    "reason",
    "created_at",
)

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class MerchantAccount:
    merchant_id: str
    secret: str
    publishable_key: str


class Acquirer:
    """The bank's side of every API call, over its `Store`."""

    def __init__(
        self,
        store: Store,
        *,
        fingerprint_secret: bytes,
        base_url: str,
        callbacks_added: Callable[[], None],
    ) -> None:
        self._store = store
        self._fingerprint_secret = fingerprint_secret
        self._base_url = base_url
        self._callbacks_added = callbacks_added
        # Merchants are never changed, only added: a plain dict is a safe cache.
        self._secrets: dict[str, bytes] = {}

    # --- Merchants --------------------------------------------------------------

    def default_merchant(self) -> MerchantAccount:
        """The first merchant account, created on first use."""
        with self._store.write() as db:
            row = db.execute("SELECT * FROM merchants ORDER BY created_at LIMIT 1").fetchone()
            if row is None:
                row = {
                    "merchant_id": _new_id("mch"),
                    "secret": secrets.token_hex(32),
                    "publishable_key": _new_id("pk_test"),
                    "created_at": utc_now(),
                }
                _insert(db, "merchants", row)
        return MerchantAccount(row["merchant_id"], row["secret"], row["publishable_key"])

    def merchant_secret(self, merchant_id: str) -> bytes | None:
        if merchant_id not in self._secrets:
            row = self._one("SELECT secret FROM merchants WHERE merchant_id = ?", merchant_id)
            if row is None:
                return None
            self._secrets[merchant_id] = row["secret"].encode()
        return self._secrets[merchant_id]

    def merchant_for_publishable_key(self, publishable_key: str) -> str | None:
        row = self._one(
            "SELECT merchant_id FROM merchants WHERE publishable_key = ?", publishable_key
        )
        return None if row is None else str(row["merchant_id"])

    # --- Cards ---------------------------------------------------------------------

    def create_token(self, merchant_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        try:
            card = cards.tokenise(
                body.get("number"),
                body.get("exp_month"),
                body.get("exp_year"),
                body.get("cvc"),
                fingerprint_secret=self._fingerprint_secret,
                today=_today(),
            )
        except cards.CardRejected as rejected:
            raise ApiError(400, rejected.code, str(rejected)) from None
        row = {
            "token": _new_id("tok"),
            "merchant_id": merchant_id,
            "brand": card.brand,
            "last4": card.last4,
            "exp_month": card.exp_month,
            "exp_year": card.exp_year,
            "fingerprint": card.fingerprint,
            "charge_code": card.behaviour.charge_code,
            "challenge": card.behaviour.challenge.value,
            "agreement_id": None,
            "created_at": utc_now(),
        }
        with self._store.write() as db:
            _insert(db, "tokens", row)
        return {"token": row["token"], **_card_json(row)}

    # --- Agreements ---------------------------------------------------------------

    def create_agreement(
        self, merchant_id: str, body: Mapping[str, Any]
    ) -> tuple[dict[str, Any], bool]:
        fields = Fields(body)
        reference = fields.text("merchant_reference", max_length=128)
        request: dict[str, Any] = {
            "token": fields.text("token"),
            "return_url": fields.url("return_url"),
            "notify_url": fields.url("notify_url"),
            "off_session": fields.flag("off_session"),
        }
        with self._store.write() as db:
            existing = db.execute(
                "SELECT * FROM agreements WHERE merchant_id = ? AND merchant_reference = ?",
                (merchant_id, reference),
            ).fetchone()
            if existing is not None:
                return self._replay(existing, request, self._agreement_json), False
            token = db.execute(
                "SELECT * FROM tokens WHERE token = ? AND merchant_id = ?",
                (request["token"], merchant_id),
            ).fetchone()
            if token is None:
                raise ApiError(400, "invalid_token", "no such card token")
            if token["agreement_id"] is not None:
                raise ApiError(400, "token_used", "the card token is already used by an agreement")
            challenge = cards.Challenge(token["challenge"])
            needs_challenge = challenge is cards.Challenge.ALWAYS or (
                challenge is cards.Challenge.ON_SESSION and not request["off_session"]
            )
            now = utc_now()
            row = {
                "agreement_id": _new_id("agr"),
                "merchant_id": merchant_id,
                "merchant_reference": reference,
                "request_hash": _digest(request),
                "status": "pending" if needs_challenge else "active",
                **{k: token[k] for k in CARD_FIELDS},
                "charge_code": token["charge_code"],
                "return_url": request["return_url"],
                "notify_url": request["notify_url"],
                "revoked_by": "",
                "created_at": now,
                "updated_at": now,
            }
            _insert(db, "agreements", row)
            db.execute(
                "UPDATE tokens SET agreement_id = ? WHERE token = ?",
                (row["agreement_id"], token["token"]),
            )
            if row["status"] == "active":
                self._announce(
                    db, row["notify_url"], "agreement.activated", self._agreement_json(row)
                )
        self._send_soon(row["notify_url"])
        return self._agreement_json(row), True

    def agreement(self, merchant_id: str, agreement_id: str) -> dict[str, Any]:
        row = self._one(
            "SELECT * FROM agreements WHERE agreement_id = ? AND merchant_id = ?",
            agreement_id,
            merchant_id,
        )
        if row is None:
            raise not_found("agreement")
        return self._agreement_json(row)

    def agreement_by_reference(self, merchant_id: str, reference: str) -> dict[str, Any]:
        row = self._one(
            "SELECT * FROM agreements WHERE merchant_id = ? AND merchant_reference = ?",
            merchant_id,
            reference,
        )
        if row is None:
            raise not_found("agreement")
        return self._agreement_json(row)

    def challenge_page_facts(self, agreement_id: str) -> Row:
        """What the cardholder's challenge page shows: status, card, where to go after."""
        row = self._one(
            "SELECT status, brand, last4, return_url FROM agreements WHERE agreement_id = ?",
            agreement_id,
        )
        if row is None:
            raise not_found("agreement")
        return row

    def finish_challenge(self, agreement_id: str, approved: bool) -> dict[str, Any]:
        """The cardholder passed or failed 3-D Secure; repeating the same result is harmless."""
        target, event = (
            ("active", "agreement.activated") if approved else ("failed", "agreement.failed")
        )
        with self._store.write() as db:
            row = _select_agreement(db, agreement_id)
            if row["status"] == "pending":
                row = _update_agreement(db, row, status=target)
                self._announce(db, row["notify_url"], event, self._agreement_json(row))
            elif row["status"] != target:
                raise ApiError(
                    409, "agreement_not_pending", f"the agreement is already {row['status']}"
                )
        self._send_soon(row["notify_url"])
        return self._agreement_json(row)

    def revoke_agreement(
        self, agreement_id: str, revoked_by: str, merchant_id: str | None = None
    ) -> dict[str, Any]:
        """End an agreement; `merchant_id` limits it to that merchant's. Revoking twice is harmless."""
        with self._store.write() as db:
            row = _select_agreement(db, agreement_id)
            if merchant_id is not None and row["merchant_id"] != merchant_id:
                raise not_found("agreement")
            if row["status"] != "revoked":
                row = _update_agreement(db, row, status="revoked", revoked_by=revoked_by)
                self._announce(
                    db, row["notify_url"], "agreement.revoked", self._agreement_json(row)
                )
        self._send_soon(row["notify_url"])
        return self._agreement_json(row)

    # --- Charges --------------------------------------------------------------------

    def create_charge(
        self, merchant_id: str, body: Mapping[str, Any]
    ) -> tuple[dict[str, Any], bool]:
        fields = Fields(body)
        key = fields.text("idempotency_key", max_length=128)
        request: dict[str, Any] = {
            "agreement_id": fields.text("agreement_id"),
            "amount_minor": fields.amount("amount_minor"),
            "currency": fields.currency("currency"),
            "description": fields.text("description", required=False, max_length=1000),
            "notify_url": fields.url("notify_url"),
        }
        with self._store.write() as db:
            existing = db.execute(
                "SELECT * FROM charges WHERE merchant_id = ? AND idempotency_key = ?",
                (merchant_id, key),
            ).fetchone()
            if existing is not None:
                return self._replay(existing, request, _charge_json), False
            agreement = db.execute(
                "SELECT * FROM agreements WHERE agreement_id = ? AND merchant_id = ?",
                (request["agreement_id"], merchant_id),
            ).fetchone()
            code = _charge_code(agreement, request["amount_minor"])
            row = {
                "charge_id": _new_id("ch"),
                "merchant_id": merchant_id,
                "idempotency_key": key,
                "request_hash": _digest(request),
                **{
                    k: request[k]
                    for k in ("agreement_id", "amount_minor", "currency", "description")
                },
                "status": "approved" if code == APPROVED else "declined",
                "response_code": code,
                "created_at": utc_now(),
            }
            _insert(db, "charges", row)
            self._announce(db, request["notify_url"], f"charge.{row['status']}", _charge_json(row))
        self._send_soon(request["notify_url"])
        return _charge_json(row), True

    def charge(self, merchant_id: str, idempotency_key: str) -> dict[str, Any]:
        row = self._one(
            "SELECT * FROM charges WHERE merchant_id = ? AND idempotency_key = ?",
            merchant_id,
            idempotency_key,
        )
        if row is None:
            raise not_found("charge: the bank never received one with this idempotency key")
        return _charge_json(row)

    def all_charges(self, idempotency_key: str | None) -> list[dict[str, Any]]:
        """Every charge at the bank, of every merchant (sandbox inspection)."""
        sql, params = "SELECT * FROM charges", []
        if idempotency_key is not None:
            sql, params = f"{sql} WHERE idempotency_key = ?", [idempotency_key]
        return [
            _charge_json(row)
            for row in self._store.connection().execute(f"{sql} ORDER BY created_at", params)
        ]

    # --- Refunds --------------------------------------------------------------------

    def create_refund(
        self, merchant_id: str, body: Mapping[str, Any]
    ) -> tuple[dict[str, Any], bool]:
        fields = Fields(body)
        key = fields.text("idempotency_key", max_length=128)
        request: dict[str, Any] = {
            "charge_id": fields.text("charge_id"),
            "amount_minor": fields.amount("amount_minor"),
            "currency": fields.currency("currency"),
            "reason": fields.text("reason", required=False, max_length=1000),
            "notify_url": fields.url("notify_url"),
        }
        with self._store.write() as db:
            existing = db.execute(
                "SELECT * FROM refunds WHERE merchant_id = ? AND idempotency_key = ?",
                (merchant_id, key),
            ).fetchone()
            if existing is not None:
                return self._replay(existing, request, _refund_json), False
            code = _refund_code(db, merchant_id, request)
            row = {
                "refund_id": _new_id("re"),
                "merchant_id": merchant_id,
                "idempotency_key": key,
                "request_hash": _digest(request),
                **{k: request[k] for k in ("charge_id", "amount_minor", "currency", "reason")},
                "status": "succeeded" if code == APPROVED else "failed",
                "response_code": code,
                "created_at": utc_now(),
            }
            _insert(db, "refunds", row)
            self._announce(db, request["notify_url"], f"refund.{row['status']}", _refund_json(row))
        self._send_soon(request["notify_url"])
        return _refund_json(row), True

    def refund(self, merchant_id: str, idempotency_key: str) -> dict[str, Any]:
        row = self._one(
            "SELECT * FROM refunds WHERE merchant_id = ? AND idempotency_key = ?",
            merchant_id,
            idempotency_key,
        )
        if row is None:
            raise not_found("refund: the bank never received one with this idempotency key")
        return _refund_json(row)

    # --- Settlement ----------------------------------------------------------------

    def settlement_csv(self, merchant_id: str, day: date) -> str:
        return settlement.csv_for_day(self._store.connection(), merchant_id, day)

    # --- Helpers -----------------------------------------------------------------------

    def _one(self, sql: str, *params: object) -> Row | None:
        row: Row | None = self._store.connection().execute(sql, params).fetchone()
        return row

    def _replay(
        self, existing: Row, request: Mapping[str, Any], render: Callable[[Row], dict[str, Any]]
    ) -> dict[str, Any]:
        if existing["request_hash"] != _digest(request):
            raise ApiError(
                409, "idempotency_conflict", "this key was first used with a different request"
            )
        return render(existing)

    def _agreement_json(self, row: Row) -> dict[str, Any]:
        body: dict[str, Any] = {
            "agreement_id": row["agreement_id"],
            "merchant_reference": row["merchant_reference"],
            "status": row["status"],
            "card": _card_json(row),
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
        }
        if row["status"] == "pending":
            body["challenge_url"] = f"{self._base_url}/challenge/{row['agreement_id']}"
        if row["revoked_by"]:
            body["revoked_by"] = row["revoked_by"]
        return body

    def _announce(
        self, db: sqlite3.Connection, url: str, event_type: str, data: Mapping[str, Any]
    ) -> None:
        """Queue a callback in the current transaction (none when the merchant gave no URL)."""
        if not url:
            return
        event = {"id": _new_id("evt"), "type": event_type, "created_at": utc_now(), "data": data}
        _insert(
            db,
            "callbacks",
            {
                "event_id": event["id"],
                "url": url,
                "body": encode_json(event),
                "state": "pending",
                "attempts": 0,
                "next_attempt_at": time.time(),
            },
        )

    def _send_soon(self, url: str) -> None:
        """Wake the callback sender; called after the commit, as it reads with its own connection."""
        if url:
            self._callbacks_added()


def _charge_code(agreement: Row | None, amount_minor: int) -> str:
    if agreement is None:
        return UNKNOWN_AGREEMENT
    if agreement["status"] != "active":
        return AGREEMENT_NOT_ACTIVE
    if cards.is_expired(agreement["exp_month"], agreement["exp_year"], _today()):
        return CARD_EXPIRED
    if amount_minor > AMOUNT_LIMIT_MINOR:
        return OVER_LIMIT
    return str(agreement["charge_code"])


def _refund_code(db: sqlite3.Connection, merchant_id: str, request: Mapping[str, Any]) -> str:
    charge = db.execute(
        "SELECT * FROM charges WHERE charge_id = ? AND merchant_id = ?",
        (request["charge_id"], merchant_id),
    ).fetchone()
    if charge is None or charge["status"] != "approved":
        return INVALID_TRANSACTION
    (refunded,) = db.execute(
        "SELECT COALESCE(SUM(amount_minor), 0) FROM refunds WHERE charge_id = ? AND status = 'succeeded'",
        (charge["charge_id"],),
    ).fetchone()
    if (
        request["currency"] != charge["currency"]
        or refunded + request["amount_minor"] > charge["amount_minor"]
    ):
        return INVALID_AMOUNT
    return APPROVED


def _select_agreement(db: sqlite3.Connection, agreement_id: str) -> Row:
    row: Row | None = db.execute(
        "SELECT * FROM agreements WHERE agreement_id = ?", (agreement_id,)
    ).fetchone()
    if row is None:
        raise not_found("agreement")
    return row


def _update_agreement(db: sqlite3.Connection, row: Row, **changes: str) -> Row:
    changes["updated_at"] = utc_now()
    assignments = ", ".join(f"{column} = :{column}" for column in changes)
    db.execute(
        f"UPDATE agreements SET {assignments} WHERE agreement_id = :agreement_id",
        {**changes, "agreement_id": row["agreement_id"]},
    )
    return {**row, **changes}


def _card_json(row: Row) -> dict[str, Any]:
    return {k: row[k] for k in CARD_FIELDS}


def _charge_json(row: Row) -> dict[str, Any]:
    return {**{k: row[k] for k in CHARGE_FIELDS}, "message": RESPONSE_CODES[row["response_code"]]}


def _refund_json(row: Row) -> dict[str, Any]:
    return {**{k: row[k] for k in REFUND_FIELDS}, "message": RESPONSE_CODES[row["response_code"]]}


def _insert(db: sqlite3.Connection, table: str, row: Mapping[str, Any]) -> None:
    columns = ", ".join(row)
    values = ", ".join(f":{column}" for column in row)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({values})", row)


def _digest(request: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(request, sort_keys=True).encode()).hexdigest()


def _new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


def _today() -> date:
    return datetime.now(UTC).date()
