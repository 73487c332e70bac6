"""The sandbox bank over real HTTP: tokenisation, merchant authentication, signed
answers, idempotency, settlement, callbacks, persistence and the command line."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import logging
import subprocess
import sys
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from autodebit_plugins.bankcard import protocol
from autodebit_plugins.bankcard.sandbox import SandboxBank
from autodebit_plugins.bankcard.sandbox.settlement import fee_minor

from tests.bankcard_support import (  # noqa: F401 - the *_fixture names are fixtures
    EXP_YEAR,
    VISA,
    CallbackReceiver,
    bank_fixture,
    receiver_fixture,
    sandbox,
    token,
    tokenise,
)


def signed(
    bank: SandboxBank, method: str, path: str, body: bytes = b"", overrides: Mapping[str, str] = {}
) -> httpx.Response:
    """A merchant request, signed correctly unless `overrides` replaces a header."""
    secret = bank.merchant_secret_path.read_bytes()
    headers = protocol.merchant_headers(bank.merchant.merchant_id, secret, method, path, body)
    headers.update(overrides)
    response = httpx.request(method, bank.base_url + path, content=body, headers=headers)
    public_key = protocol.load_public_key(bank.public_key_path.read_bytes())
    protocol.verify_bank_message(public_key, response.headers, response.content, now=time.time())
    return response


def new_agreement(bank: SandboxBank, reference: str = "mandate-1", number: str = VISA) -> str:
    body = protocol.encode_json({"merchant_reference": reference, "token": token(bank, number)})
    response = signed(bank, "POST", "/v1/agreements", body)
    assert response.status_code == 201, response.text
    return str(response.json()["agreement_id"])


def charge_body(
    agreement_id: str, key: str, amount_minor: int = 1000, currency: str = "CNY"
) -> bytes:
    return protocol.encode_json(
        {
            "idempotency_key": key,
            "agreement_id": agreement_id,
            "amount_minor": amount_minor,
            "currency": currency,
        }
    )


# --- Tokenisation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4242424242424242", "visa"),
        ("5555555555554444", "mastercard"),
        ("2223003122003222", "mastercard"),
        ("378282246310005", "amex"),
        ("6200000000000005", "unionpay"),
        ("3566002020360505", "jcb"),
        ("6011111111111117", "discover"),
        ("36227206271667", "diners"),
    ],
)
def test_a_card_becomes_a_token_with_brand_last4_and_a_keyed_fingerprint(
    bank: SandboxBank, number: str, brand: str
) -> None:
    response = tokenise(bank, number)

    assert response.status_code == 201, response.text
    card = response.json()
    assert card["token"].startswith("tok_")
    assert (card["brand"], card["last4"], card["exp_month"], card["exp_year"]) == (
        brand,
        number[-4:],
        12,
        EXP_YEAR,
    )
    secret = (bank.data_dir / "fingerprint-secret").read_bytes()
    assert card["fingerprint"] == hmac.new(secret, number.encode(), hashlib.sha256).hexdigest()


def test_the_same_card_has_the_same_fingerprint_and_another_card_another(bank: SandboxBank) -> None:
    first, again, other = (tokenise(bank, n).json() for n in (VISA, VISA, "5555555555554444"))

    assert first["token"] != again["token"]
    assert first["fingerprint"] == again["fingerprint"] != other["fingerprint"]


@pytest.mark.parametrize(
    ("card", "code"),
    [
        ({"number": "4242424242424241"}, "invalid_number"),  # fails Luhn
        ({"number": "4242-4242-4242-424x"}, "invalid_number"),
        ({"number": 4242424242424242}, "invalid_number"),  # not a string
        ({"number": "9999999999999995"}, "invalid_number"),  # no such brand
        ({"exp_month": 13}, "invalid_expiry_month"),
        ({"exp_month": "12"}, "invalid_expiry_month"),
        ({"exp_year": 25}, "invalid_expiry_year"),
        ({"exp_month": 1, "exp_year": datetime.now(UTC).year - 1}, "expired_card"),
        ({"cvc": "1234"}, "invalid_cvc"),  # visa has 3
        ({"number": "378282246310005", "cvc": "123"}, "invalid_cvc"),  # amex has 4
        ({"cvc": "12a"}, "invalid_cvc"),
    ],
)
def test_bad_cards_are_refused(bank: SandboxBank, card: dict[str, object], code: str) -> None:
    response = tokenise(bank, **card)

    assert response.status_code == 400
    assert response.json()["error"]["code"] == code


def test_a_card_expiring_this_month_is_still_good(bank: SandboxBank) -> None:
    today = datetime.now(UTC)

    assert tokenise(bank, exp_month=today.month, exp_year=today.year).status_code == 201


def test_tokenising_needs_the_merchants_publishable_key(bank: SandboxBank) -> None:
    response = httpx.post(
        f"{bank.base_url}/v1/tokens",
        headers={"X-Publishable-Key": "pk_test_nobody"},
        json={"number": VISA, "exp_month": 12, "exp_year": EXP_YEAR, "cvc": "123"},
    )

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_publishable_key"


def test_card_numbers_reach_neither_the_database_nor_the_logs(
    bank: SandboxBank, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    numbers = [VISA, "5555555555554444", "378282246310005", "4000002760003184", "4242424242424241"]
    for number in numbers:
        tokenise(bank, number)
    agreement_id = new_agreement(bank, number="4000000000009995")
    signed(bank, "POST", "/v1/charges", charge_body(agreement_id, "charge-1"))
    bank.stop()  # closes the connections; WAL content stays in the -wal file until checkpointed

    stored = b"".join(path.read_bytes() for path in bank.data_dir.iterdir() if path.is_file())
    out, err = capfd.readouterr()
    for number in [*numbers, "4000000000009995"]:
        assert number.encode() not in stored
        assert number not in caplog.text + out + err


# --- Merchant authentication and signed answers -----------------------------------------


def test_merchant_requests_without_a_valid_signature_are_refused(bank: SandboxBank) -> None:
    path = "/v1/charges/charge-1"
    stale = str(int(time.time()) - protocol.MAX_SKEW_SECONDS - 10)
    secret = bank.merchant_secret_path.read_bytes()
    stale_but_signed = protocol.merchant_signature(secret, "GET", path, stale, "nonce-1", b"")

    cases = {
        "missing_signature": {"X-Signature": ""},
        "bad_signature": {
            "X-Signature": protocol.merchant_signature(b"wrong", "GET", path, "1", "n", b"")
        },
        "stale_timestamp": {
            "X-Timestamp": stale,
            "X-Nonce": "nonce-1",
            "X-Signature": stale_but_signed,
        },
        "unknown_merchant": {"X-Merchant-Id": "mch_nobody"},
    }
    for code, overrides in cases.items():
        response = signed(bank, "GET", path, overrides=overrides)
        assert (response.status_code, response.json()["error"]["code"]) == (401, code)


def test_a_replayed_merchant_request_is_refused(bank: SandboxBank) -> None:
    secret = bank.merchant_secret_path.read_bytes()
    headers = protocol.merchant_headers(
        bank.merchant.merchant_id, secret, "GET", "/v1/charges/c-1", b""
    )
    first = httpx.get(f"{bank.base_url}/v1/charges/c-1", headers=headers)
    replay = httpx.get(f"{bank.base_url}/v1/charges/c-1", headers=headers)

    assert first.status_code == 404
    assert (replay.status_code, replay.json()["error"]["code"]) == (401, "replayed_nonce")


def test_the_signature_covers_the_body(bank: SandboxBank) -> None:
    agreement_id = new_agreement(bank)
    secret = bank.merchant_secret_path.read_bytes()
    headers = protocol.merchant_headers(
        bank.merchant.merchant_id,
        secret,
        "POST",
        "/v1/charges",
        charge_body(agreement_id, "k", 100),
    )
    response = httpx.post(
        f"{bank.base_url}/v1/charges",
        content=charge_body(agreement_id, "k", 99999),
        headers=headers,
    )

    assert response.status_code == 401
    assert sandbox(bank, "GET", "charges").json()["charges"] == []


def test_every_answer_is_signed_by_the_bank_even_errors(bank: SandboxBank) -> None:
    public_key = protocol.load_public_key(bank.public_key_path.read_bytes())
    for response in (
        httpx.get(f"{bank.base_url}/no/such/page"),
        httpx.get(f"{bank.base_url}/v1/charges/x"),
        sandbox(bank, "GET", "charges"),
    ):
        protocol.verify_bank_message(
            public_key, response.headers, response.content, now=time.time()
        )
    with pytest.raises(protocol.SignatureError):
        protocol.verify_bank_message(
            public_key, response.headers, response.content + b" ", now=time.time()
        )


# --- Charges, refunds, settlement -------------------------------------------------------


def test_a_repeated_charge_key_answers_the_first_charge_and_a_different_body_conflicts(
    bank: SandboxBank,
) -> None:
    agreement_id = new_agreement(bank)
    first = signed(bank, "POST", "/v1/charges", charge_body(agreement_id, "charge-1"))
    again = signed(bank, "POST", "/v1/charges", charge_body(agreement_id, "charge-1"))
    conflict = signed(bank, "POST", "/v1/charges", charge_body(agreement_id, "charge-1", 2000))

    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json() == again.json()
    assert (conflict.status_code, conflict.json()["error"]["code"]) == (409, "idempotency_conflict")
    assert len(sandbox(bank, "GET", "charges?idempotency_key=charge-1").json()["charges"]) == 1


def test_unknown_and_revoked_agreements_are_declined_14_and_57(bank: SandboxBank) -> None:
    agreement_id = new_agreement(bank)
    unknown = signed(bank, "POST", "/v1/charges", charge_body("agr_nothing", "charge-1"))
    signed(bank, "POST", f"/v1/agreements/{agreement_id}/revoke", b"{}")
    revoked = signed(bank, "POST", "/v1/charges", charge_body(agreement_id, "charge-2"))

    assert (unknown.json()["status"], unknown.json()["response_code"]) == ("declined", "14")
    assert (revoked.json()["status"], revoked.json()["response_code"]) == ("declined", "57")


def test_unsupported_currencies_and_bad_amounts_are_bad_requests(bank: SandboxBank) -> None:
    agreement_id = new_agreement(bank)
    for body, code in (
        (charge_body(agreement_id, "k1", currency="XAU"), "unsupported_currency"),
        (charge_body(agreement_id, "k2", amount_minor=0), "invalid_request"),
        (b'{"idempotency_key": "k3", "amount_minor": true}', "invalid_request"),
        (b"[]", "invalid_request"),
    ):
        response = signed(bank, "POST", "/v1/charges", body)
        assert (response.status_code, response.json()["error"]["code"]) == (400, code)


def test_settlement_lists_the_days_charges_and_refunds_with_integer_fees(bank: SandboxBank) -> None:
    agreement_id = new_agreement(bank)
    charges = {}
    for key, amount, currency in (
        ("c1", 250, "CNY"),
        ("c2", 83, "CNY"),
        ("c3", 99_999, "CNY"),
        ("c4", 1000, "JPY"),
    ):
        charges[key] = signed(
            bank, "POST", "/v1/charges", charge_body(agreement_id, key, amount, currency)
        ).json()
    declined = new_agreement(bank, "mandate-2", "4000000000000002")
    signed(bank, "POST", "/v1/charges", charge_body(declined, "c5"))
    refund = protocol.encode_json(
        {
            "idempotency_key": "r1",
            "charge_id": charges["c3"]["charge_id"],
            "amount_minor": 9_999,
            "currency": "CNY",
        }
    )
    assert signed(bank, "POST", "/v1/refunds", refund).json()["status"] == "succeeded"

    today = datetime.now(UTC).date().isoformat()
    response = signed(bank, "GET", f"/v1/settlements/{today}")

    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    lines = [r for r in rows if r["type"] != "total"]
    assert [(r["type"], r["idempotency_key"]) for r in lines] == [
        ("charge", "c1"),
        ("charge", "c2"),
        ("charge", "c3"),
        ("charge", "c4"),
        ("refund", "r1"),
    ]
    assert [int(r["fee_minor"]) for r in lines] == [
        2,
        0,
        600,
        6,
        0,
    ]  # 1.5 -> 2, 0.498 -> 0, 599.994 -> 600
    for row in lines:
        assert int(row["net_minor"]) == int(row["amount_minor"]) - int(row["fee_minor"])
    totals = {r["currency"]: r for r in rows if r["type"] == "total"}
    for currency, total in totals.items():
        mine = [r for r in lines if r["currency"] == currency]
        for column in ("amount_minor", "fee_minor", "net_minor"):
            assert int(total[column]) == sum(int(r[column]) for r in mine)
    assert int(totals["CNY"]["amount_minor"]) == 250 + 83 + 99_999 - 9_999


def test_fees_round_half_up_in_integers() -> None:
    assert [fee_minor(a) for a in (0, 83, 84, 250, 1000, 10**15)] == [0, 0, 1, 2, 6, 6 * 10**12]


# --- Callbacks ----------------------------------------------------------------------------


def test_callbacks_are_retried_until_the_merchant_answers_2xx(bank: SandboxBank) -> None:
    merchant = CallbackReceiver(statuses=[500, 503])
    try:
        body = protocol.encode_json(
            {"merchant_reference": "m-1", "token": token(bank), "notify_url": merchant.url}
        )
        assert signed(bank, "POST", "/v1/agreements", body).json()["status"] == "active"
        attempts = [merchant.next() for _ in range(3)]
    finally:
        merchant.stop()

    assert len({a.body for a in attempts}) == 1
    assert len({a.headers["x-bank-nonce"] for a in attempts}) == 3
    public_key = protocol.load_public_key(bank.public_key_path.read_bytes())
    for attempt in attempts:
        protocol.verify_bank_message(public_key, attempt.headers, attempt.body, now=time.time())


# --- Faults ---------------------------------------------------------------------------------


def test_latency_slows_merchant_calls_and_faults_can_be_cleared(bank: SandboxBank) -> None:
    assert sandbox(bank, "POST", "faults", {"latency_ms": 300}).json()["latency_ms"] == 300
    started = time.monotonic()
    signed(bank, "GET", "/v1/charges/x")
    assert time.monotonic() - started >= 0.3

    assert sandbox(bank, "DELETE", "faults").json() == {
        "latency_ms": 0,
        "fail_before_processing_5xx": 0,
        "timeout_after_processing": 0,
    }


# --- Keys, persistence, command line ---------------------------------------------------


def test_state_and_keys_survive_a_restart(tmp_path: Path) -> None:
    first = SandboxBank(tmp_path)
    first.start()
    merchant, public_key = first.merchant, first.public_key_path.read_bytes()
    agreement_id = new_agreement(first)
    signed(first, "POST", "/v1/charges", charge_body(agreement_id, "charge-1"))
    first.stop()

    again = SandboxBank(tmp_path)
    again.start()
    try:
        assert again.merchant == merchant
        assert again.public_key_path.read_bytes() == public_key
        assert signed(again, "GET", "/v1/charges/charge-1").json()["status"] == "approved"
    finally:
        again.stop()
    assert (tmp_path / "bank-private-key.pem").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "merchant-secret").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "bank.sqlite3").stat().st_mode & 0o777 == 0o600


def test_the_bank_runs_alone_from_the_command_line(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "autodebit_plugins.bankcard.sandbox",
            "--port",
            "0",
            "--data-dir",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        facts = dict(process.stdout.readline().split(":", 1) for _ in range(6))
        facts = {name.strip(): value.strip() for name, value in facts.items()}
        url = facts["Sandbox bank"]
        assert url.startswith("http://127.0.0.1:")
        assert facts["Merchant secret file"] == str(tmp_path / "merchant-secret")
        assert facts["Bank public key"] == str(tmp_path / "bank-public-key.pem")
        assert httpx.get(f"{url}/v1/sandbox/charges").json() == {"charges": []}
    finally:
        process.terminate()
        assert process.wait(timeout=10) == 0
