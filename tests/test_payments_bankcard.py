"""Automatic debit end to end: gRPC into the kernel, HTTP between the bankcard
plugin and a real sandbox bank, callbacks back into the kernel; on each database."""

from __future__ import annotations

import signal
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import grpc
import httpx
import pytest
import sqlalchemy as sa

from autodebit import config
from autodebit.api.billing.v1 import billing_service_pb2 as pb
from autodebit.api.billing.v1 import billing_service_pb2_grpc, mandate_pb2, payment_pb2
from autodebit.api.customer.v1 import customer_service_pb2_grpc
from autodebit.server import Kernel, start
from autodebit_plugins.bankcard.sandbox import SandboxBank
from tests.bankcard_support import VISA, charges_at_bank, sandbox, token
from tests.conftest import make_settings
from tests.payments_support import customer, mandate, pay, payment_request, refund
from tests.support import failure
from tests.test_server import ServeProcess

Payment = payment_pb2.Payment
Mandate = mandate_pb2.Mandate

DECLINES = [
    ("4000000000000002", payment_pb2.DECLINE_REASON_DO_NOT_HONOR, payment_pb2.DECLINE_CLASS_SOFT, "05"),
    ("4000000000009995", payment_pb2.DECLINE_REASON_INSUFFICIENT_FUNDS, payment_pb2.DECLINE_CLASS_SOFT, "51"),
    ("4000000000009987", payment_pb2.DECLINE_REASON_CARD_LOST, payment_pb2.DECLINE_CLASS_HARD, "41"),
    ("4000000000009979", payment_pb2.DECLINE_REASON_CARD_STOLEN, payment_pb2.DECLINE_CLASS_HARD, "43"),
    ("4000000000000069", payment_pb2.DECLINE_REASON_CARD_EXPIRED, payment_pb2.DECLINE_CLASS_HARD, "54"),
    ("4000000000000119", payment_pb2.DECLINE_REASON_PROCESSING_ERROR, payment_pb2.DECLINE_CLASS_SOFT, "96"),
    ("4000000000000341", payment_pb2.DECLINE_REASON_DO_NOT_HONOR, payment_pb2.DECLINE_CLASS_SOFT, "05"),
]
SUCCEEDING = ["4242424242424242", "5555555555554444", "378282246310005"]


def bank_options(bank: SandboxBank, timeout_seconds: float = 3.0) -> dict[str, object]:
    """The plugin configured as for a live acquirer: only a URL and keys."""
    return {
        "base_url": bank.base_url,
        "merchant_id": bank.merchant.merchant_id,
        "merchant_secret_file": str(bank.merchant_secret_path),
        "bank_public_key_file": str(bank.public_key_path),
        "timeout_seconds": timeout_seconds,
    }


@pytest.fixture(scope="module")
def module_bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxBank]:
    bank = SandboxBank(tmp_path_factory.mktemp("bank"), callback_retry_seconds=0.05)
    bank.start()
    yield bank
    bank.stop()


@pytest.fixture(scope="module")
def card_kernel(databases, module_bank: SandboxBank, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kernel]:
    settings = make_settings(
        databases.create(),
        tmp_path_factory.mktemp("kernel"),
        plugins=config.PluginSettings(options={"bankcard": bank_options(module_bank, timeout_seconds=1.5)}),
    )
    kernel = start(settings)
    yield kernel
    kernel.stop(grace=1)


@pytest.fixture
def stubs(card_kernel: Kernel) -> Iterator[tuple]:
    with grpc.insecure_channel(f"127.0.0.1:{card_kernel.port}") as channel:
        yield (
            customer_service_pb2_grpc.CustomerServiceStub(channel),
            billing_service_pb2_grpc.BillingServiceStub(channel),
        )


def bind(stubs, bank: SandboxBank, number: str = VISA, **customer_fields) -> pb.StartMandateResponse:
    customers, billing = stubs
    owner = customer(customers, **customer_fields)
    return mandate(billing, owner.name, channel="bankcard", card_token=token(bank, number))


def wait_for(condition, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def get_payment(billing, name: str) -> Payment:
    return billing.GetPayment(pb.GetPaymentRequest(name=name)).payment


def get_mandate(billing, name: str) -> Mandate:
    return billing.GetMandate(pb.GetMandateRequest(name=name)).mandate


@pytest.mark.parametrize("number", SUCCEEDING)
def test_bind_charge_refund_twice_then_the_rest(stubs, module_bank, number):
    _, billing = stubs
    bound = bind(stubs, module_bank, number)
    card = bound.mandate
    assert (card.state, card.card.last4, card.is_default) == (Mandate.STATE_ACTIVE, number[-4:], True)
    assert card.card.fingerprint and card.channel_reference

    payment = pay(billing, card.name, 10_000)
    assert payment.state == Payment.STATE_SUCCEEDED
    assert payment.attempts[0].response_code == "00"
    key = payment.attempts[0].merchant_reference
    assert [c["status"] for c in charges_at_bank(module_bank, key)] == ["approved"]

    assert refund(billing, payment.name, 2_500).payment.amount_refunded.amount_minor == 2_500
    assert refund(billing, payment.name, 1_500).payment.amount_refunded.amount_minor == 4_000
    error = failure(lambda: refund(billing, payment.name, 6_001))
    assert error.reason == "REFUND_EXCEEDS_PAYMENT"
    rest = refund(billing, payment.name)
    assert (rest.refund.amount.amount_minor, rest.payment.amount_refunded.amount_minor) == (6_000, 10_000)
    assert all(r.state == r.STATE_SUCCEEDED for r in billing.ListRefunds(pb.ListRefundsRequest(parent=payment.name)).refunds)


@pytest.mark.parametrize(("number", "reason", "decline_class", "code"), DECLINES)
def test_each_decline_card_fails_with_its_reason_and_class(stubs, module_bank, number, reason, decline_class, code):
    _, billing = stubs
    card = bind(stubs, module_bank, number).mandate
    payment = pay(billing, card.name, 500)
    assert (payment.state, payment.decline_reason, payment.decline_class) == (Payment.STATE_FAILED, reason, decline_class)
    assert payment.attempts[0].response_code == code


def test_binding_with_a_3ds_challenge_activates_by_the_banks_callback(stubs, module_bank):
    _, billing = stubs
    started = bind(stubs, module_bank, "4000002760003184")
    assert started.mandate.state == Mandate.STATE_PENDING
    challenge_url = started.next_action.three_d_secure.challenge_url
    assert challenge_url.startswith(module_bank.base_url)
    # The cardholder passes the challenge on the bank's page; the bank calls the kernel back.
    assert httpx.post(challenge_url, data={"result": "approve"}).status_code == 303
    active = wait_for(lambda: (m := get_mandate(billing, started.mandate.name)).state == Mandate.STATE_ACTIVE and m)
    assert active.card.last4 == "3184"
    assert pay(billing, active.name, 800).state == Payment.STATE_SUCCEEDED


def test_a_failed_challenge_expires_the_mandate_and_confirm_agrees(stubs, module_bank):
    _, billing = stubs
    started = bind(stubs, module_bank, "4000002760003184")
    sandbox(module_bank, "POST", f"agreements/{started.mandate.channel_reference}/challenge", {"result": "fail"})
    confirmed = billing.ConfirmMandate(pb.ConfirmMandateRequest(name=started.mandate.name)).mandate
    assert confirmed.state == Mandate.STATE_EXPIRED
    error = failure(lambda: pay(billing, confirmed.name, 100))
    assert error.reason == "MANDATE_NOT_ACTIVE"


def test_a_cardholder_revocation_at_the_bank_revokes_the_mandate(stubs, module_bank):
    _, billing = stubs
    card = bind(stubs, module_bank).mandate
    sandbox(module_bank, "POST", f"agreements/{card.channel_reference}/revoke", {"revoked_by": "cardholder"})
    revoked = wait_for(lambda: (m := get_mandate(billing, card.name)).state == Mandate.STATE_REVOKED and m)
    assert revoked.revoked_by == Mandate.REVOKED_BY_PAYER


def test_concurrent_retries_of_one_payment_charge_the_bank_once(stubs, module_bank, card_kernel):
    _, billing = stubs
    card = bind(stubs, module_bank).mandate
    request = payment_request(card.name, 1_234, request_id=str(uuid.uuid4()))
    results: list[Payment] = []
    threads = [threading.Thread(target=lambda: results.append(billing.CreatePayment(request).payment)) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({p.name for p in results}) == 1
    final = wait_for(lambda: (p := get_payment(billing, results[0].name)).state == Payment.STATE_SUCCEEDED and p)
    assert len(charges_at_bank(module_bank, final.attempts[0].merchant_reference)) == 1


def test_a_bank_timeout_leaves_unknown_and_the_janitor_settles_it_with_one_charge(stubs, module_bank, card_kernel):
    _, billing = stubs
    card = bind(stubs, module_bank).mandate
    sandbox(module_bank, "POST", "faults", {"timeout_after_processing": 1})
    try:
        payment = pay(billing, card.name, 4_321)
    finally:
        sandbox(module_bank, "DELETE", "faults")
    key = payment.attempts[0].merchant_reference
    # Unknown, unless the bank's own charge callback beat us to it.
    assert payment.state in (Payment.STATE_UNKNOWN, Payment.STATE_SUCCEEDED)
    card_kernel.janitor.run_once()
    assert get_payment(billing, payment.name).state == Payment.STATE_SUCCEEDED
    assert len(charges_at_bank(module_bank, key)) == 1


def test_card_numbers_never_reach_the_kernels_database_or_logs(stubs, module_bank, card_kernel, capfd):
    """A full run for the cards below, then a scan of every stored value and every log line."""
    _, billing = stubs
    numbers = [VISA, "5555555555554444", "4000000000009995"]
    for number in numbers:
        card = bind(stubs, module_bank, number).mandate
        payment = pay(billing, card.name, 999)
        if payment.state == Payment.STATE_SUCCEEDED:
            refund(billing, payment.name, 100)
    card_kernel.janitor.run_once()
    db = card_kernel.app.db
    stored: list[str] = []
    with db.engine.connect() as connection:
        for table in sa.inspect(db.engine).get_table_names():
            rows = connection.execute(sa.text(f"SELECT * FROM {table}")).fetchall()
            stored.extend(repr(tuple(r)) for r in rows)
    if db.dialect == "sqlite":
        path = Path(db.engine.url.database or "")
        stored.extend(p.read_bytes().decode("latin-1") for p in path.parent.glob(path.name + "*"))
    logs = "".join(capfd.readouterr())
    for number in numbers:
        for text in (*stored, logs):
            assert number not in text
    assert any("4242" in s for s in stored)  # the last four digits are kept, and the scan saw the data


def kernel_env(url: str, bank: SandboxBank, data_dir: Path) -> dict[str, str]:
    options = bank_options(bank, timeout_seconds=30)
    env = {f"AUTODEBIT_PLUGINS__OPTIONS__BANKCARD__{k.upper()}": str(v) for k, v in options.items()}
    return {
        **env,
        "AUTODEBIT_JANITOR__GRACE_SECONDS": "1",
        "AUTODEBIT_JANITOR__INTERVAL_SECONDS": "0.2",
        "AUTODEBIT_JANITOR__RETRY_SECONDS": "0.2",
    }


def test_a_kernel_killed_after_the_bank_charged_settles_on_restart_with_one_charge(databases, tmp_path):
    bank = SandboxBank(tmp_path / "bank", callback_retry_seconds=0.05)
    bank.start()
    url = databases.create()
    env = kernel_env(url, bank, tmp_path)
    first = ServeProcess(url, tmp_path, extra_env=env)
    try:
        stubs = (first.customers, billing_service_pb2_grpc.BillingServiceStub(first.channel))
        card = bind(stubs, bank).mandate
        sandbox(bank, "POST", "faults", {"timeout_after_processing": 1})
        request = payment_request(card.name, 7_777, request_id="killed-mid-payment")
        threading.Thread(target=lambda: _ignore_errors(lambda: stubs[1].CreatePayment(request)), daemon=True).start()
        charged = wait_for(lambda: sandbox(bank, "GET", "charges").json()["charges"])
        first.process.send_signal(signal.SIGKILL)  # the bank charged; the kernel never heard back
        first.process.wait()
    finally:
        sandbox(bank, "DELETE", "faults")
    second = ServeProcess(url, tmp_path, extra_env=env)
    try:
        billing = billing_service_pb2_grpc.BillingServiceStub(second.channel)
        payments = billing.ListPayments(pb.ListPaymentsRequest()).payments
        assert len(payments) == 1
        settled = wait_for(lambda: (p := get_payment(billing, payments[0].name)).state == Payment.STATE_SUCCEEDED and p)
        assert len(charges_at_bank(bank, settled.attempts[0].merchant_reference)) == 1
        assert [c["idempotency_key"] for c in charged] == [settled.attempts[0].merchant_reference]
        # The retry the client makes after the crash returns the settled payment.
        assert billing.CreatePayment(request).payment.name == settled.name
    finally:
        assert second.stop() == 0
        bank.stop()


def test_two_kernel_processes_on_postgresql_charge_a_retried_payment_once(databases, tmp_path):
    if databases.backend != "postgresql":
        pytest.skip("several kernel processes share PostgreSQL")
    bank = SandboxBank(tmp_path / "bank", callback_retry_seconds=0.05)
    bank.start()
    url = databases.create()
    env = kernel_env(url, bank, tmp_path)
    a, b = ServeProcess(url, tmp_path, extra_env=env), ServeProcess(url, tmp_path, extra_env=env)
    try:
        billing_a = billing_service_pb2_grpc.BillingServiceStub(a.channel)
        billing_b = billing_service_pb2_grpc.BillingServiceStub(b.channel)
        card = bind((a.customers, billing_a), bank).mandate
        request = payment_request(card.name, 2_000, request_id=str(uuid.uuid4()))
        results: list[Payment] = []
        threads = [
            threading.Thread(target=lambda stub=stub: results.append(stub.CreatePayment(request).payment))
            for stub in (billing_a, billing_b) * 4
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len({p.name for p in results}) == 1
        settled = wait_for(lambda: (p := get_payment(billing_b, results[0].name)).state == Payment.STATE_SUCCEEDED and p)
        assert len(sandbox(bank, "GET", "charges").json()["charges"]) == 1
        assert len(charges_at_bank(bank, settled.attempts[0].merchant_reference)) == 1
    finally:
        assert a.stop() == 0
        assert b.stop() == 0
        bank.stop()


def _ignore_errors(call) -> None:
    try:
        call()
    except grpc.RpcError:
        pass


def test_forged_replayed_and_mismatched_callbacks_change_nothing(stubs, module_bank, card_kernel):
    import json
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from autodebit_plugins.bankcard import protocol
    from autodebit_plugins.bankcard.sandbox import keys

    _, billing = stubs
    payment = pay(billing, bind(stubs, module_bank).mandate.name, 900)
    (charge,) = charges_at_bank(module_bank, payment.attempts[0].merchant_reference)
    url = f"{card_kernel.callbacks.base_url}/bankcard"
    bank_key = keys.load_or_create(module_bank.data_dir).private_key

    def callback(data: dict, key=bank_key, headers: dict | None = None) -> tuple[httpx.Response, dict]:
        body = json.dumps(
            {"id": f"evt_{uuid.uuid4().hex}", "type": "charge.approved", "created_at": datetime.now(UTC).isoformat(), "data": data}
        ).encode()
        signed = headers or protocol.bank_headers(key, body)
        return httpx.post(url, content=body, headers={**signed, "Content-Type": "application/json"}), signed

    def events() -> int:
        with card_kernel.app.db.engine.connect() as connection:
            return connection.execute(sa.text("SELECT count(*) FROM events")).scalar_one()

    before_events, before = events(), get_payment(billing, payment.name)
    forged, _ = callback(charge, key=Ed25519PrivateKey.generate())
    assert forged.status_code == 401
    other_amount, _ = callback({**charge, "amount_minor": charge["amount_minor"] + 1})
    assert other_amount.status_code == 400
    unknown_trade, _ = callback({**charge, "idempotency_key": "0" * 26})
    assert unknown_trade.status_code == 400
    genuine, signed = callback(charge)
    assert genuine.status_code == 200  # a duplicate of what the kernel already applied
    body_of_genuine = genuine.request.content
    replayed = httpx.post(url, content=body_of_genuine, headers={**signed, "Content-Type": "application/json"})
    assert replayed.status_code == 401
    assert get_payment(billing, payment.name) == before
    assert events() == before_events


def test_a_bad_card_token_names_the_request_field_and_the_mandate_ends(stubs, card_kernel):
    customers, billing = stubs
    owner = customer(customers)
    request = pb.StartMandateRequest(
        parent=owner.name,
        mandate=mandate_pb2.Mandate(channel="bankcard"),
        channel_parameters={"card_token": "tok_never_issued"},
        request_id=str(uuid.uuid4()),
    )
    error = failure(lambda: billing.StartMandate(request))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert "channel_parameters.card_token" in error.fields
    (ended,) = billing.ListMandates(pb.ListMandatesRequest(parent=owner.name)).mandates
    assert ended.state == Mandate.STATE_EXPIRED
