"""The payment core against a scripted channel: state machine, idempotency, janitor."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import grpc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from autodebit.api.billing.v1 import billing_service_pb2 as pb
from autodebit.api.billing.v1 import mandate_pb2, payment_pb2, test_clock_pb2
from autodebit.money import Money
from autodebit.payments import charges
from autodebit.plugin_host import providers
from tests.payments_support import customer, event_types, mandate, pay, payment_request, refund, scalar
from tests.support import failure

Payment = payment_pb2.Payment
TS = providers.TransactionStatus
FINAL = {TS.PROCESSED: Payment.STATE_SUCCEEDED, TS.ERROR: Payment.STATE_FAILED}


@pytest.fixture
def active_mandate(customers, billing, scripted) -> str:
    return mandate(billing, customer(customers).name).mandate.name


def test_a_mandate_becomes_active_and_default(customers, billing, scripted):
    owner = customer(customers)
    started = mandate(billing, owner.name)
    assert started.mandate.state == mandate_pb2.Mandate.STATE_ACTIVE
    assert started.mandate.is_default
    assert started.mandate.card.last4 == "4242"
    assert started.next_action.WhichOneof("action") == "none"
    second = mandate(billing, owner.name).mandate
    assert not second.is_default
    billing.SetDefaultMandate(pb.SetDefaultMandateRequest(name=second.name))
    listed = billing.ListMandates(pb.ListMandatesRequest(parent=owner.name)).mandates
    assert {m.name: m.is_default for m in listed} == {started.mandate.name: False, second.name: True}


def test_a_payment_succeeds_and_records_its_attempt_and_events(billing, active_mandate, scripted, kernel):
    payment = pay(billing, active_mandate, 1999)
    assert payment.state == Payment.STATE_SUCCEEDED
    assert [a.state for a in payment.attempts] == [payment_pb2.PaymentAttempt.STATE_SUCCEEDED]
    assert payment.channel_reference == f"tx_{payment.attempts[0].merchant_reference}"
    assert event_types(kernel, payment.name) == ["payment.processing", "payment.succeeded"]
    assert billing.GetPayment(pb.GetPaymentRequest(name=payment.name)).payment == payment


def test_a_decline_fails_with_reason_and_class(billing, active_mandate, scripted):
    scripted.charge_script.append(TS.ERROR)
    payment = pay(billing, active_mandate, 500)
    assert payment.state == Payment.STATE_FAILED
    assert payment.decline_class == payment_pb2.DECLINE_CLASS_SOFT
    assert payment.decline_reason == payment_pb2.DECLINE_REASON_INSUFFICIENT_FUNDS
    assert payment.attempts[0].response_code == "51"


def test_retries_and_concurrent_duplicates_charge_once(billing, active_mandate, scripted, kernel):
    request = payment_request(active_mandate, 700, request_id=str(uuid.uuid4()))
    results: list[Payment] = []
    threads = [threading.Thread(target=lambda: results.append(billing.CreatePayment(request).payment)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({p.name for p in results}) == 1
    assert scripted.charge_calls == 1
    assert scalar(kernel, "SELECT count(*) FROM payments") == 1


def test_same_request_id_other_body_is_already_exists_and_charges_nothing(billing, active_mandate, scripted):
    request_id = str(uuid.uuid4())
    pay(billing, active_mandate, 100, request_id)
    error = failure(lambda: pay(billing, active_mandate, 101, request_id))
    assert (error.code, error.reason) == (grpc.StatusCode.ALREADY_EXISTS, "REQUEST_ID_REUSED")
    assert scripted.charge_calls == 1


@pytest.mark.parametrize(
    ("amount", "currency", "field"),
    [(0, "CNY", "payment.amount.amount_minor"), (-5, "CNY", "payment.amount.amount_minor"), (10, "XYZ", "payment.amount.currency_code")],
)
def test_bad_amounts_are_invalid_argument_and_write_nothing(billing, active_mandate, kernel, amount, currency, field):
    error = failure(lambda: billing.CreatePayment(payment_request(active_mandate, amount, currency=currency)))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT and field in error.fields
    assert scalar(kernel, "SELECT count(*) FROM payments") == 0


def test_a_revoked_mandate_cannot_be_charged(billing, active_mandate, kernel):
    billing.RevokeMandate(pb.RevokeMandateRequest(name=active_mandate, reason="customer left"))
    revoked = billing.GetMandate(pb.GetMandateRequest(name=active_mandate)).mandate
    assert (revoked.state, revoked.revoked_by) == (mandate_pb2.Mandate.STATE_REVOKED, mandate_pb2.Mandate.REVOKED_BY_MERCHANT)
    error = failure(lambda: pay(billing, active_mandate, 100))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "MANDATE_NOT_ACTIVE")
    assert scalar(kernel, "SELECT count(*) FROM payments") == 0


def test_a_plugin_crash_mid_charge_leaves_unknown_and_the_janitor_settles_it(billing, active_mandate, scripted, kernel):
    scripted.charge_script.append(RuntimeError("connection reset after sending"))
    payment = pay(billing, active_mandate, 4200)
    assert payment.state == Payment.STATE_UNKNOWN
    kernel.janitor.run_once()
    settled = billing.GetPayment(pb.GetPaymentRequest(name=payment.name)).payment
    assert settled.state == Payment.STATE_SUCCEEDED
    assert len(scripted.charged) == 1


def test_a_charge_the_channel_never_received_is_resent_with_the_same_key(billing, active_mandate, scripted, kernel):
    scripted.charge_script.append(TS.CANCELED)
    payment = pay(billing, active_mandate, 300)
    assert payment.state == Payment.STATE_UNKNOWN
    kernel.janitor.run_once()  # query: never received -> send again, same key
    settled = billing.GetPayment(pb.GetPaymentRequest(name=payment.name)).payment
    assert settled.state == Payment.STATE_SUCCEEDED
    assert list(scripted.charged) == [payment.attempts[0].merchant_reference]


def test_mismatched_outcomes_change_nothing(billing, active_mandate, scripted, kernel):
    scripted.charge_script.append(TS.PENDING)
    payment = pay(billing, active_mandate, 1000)
    key = payment.attempts[0].merchant_reference
    for outcome in (
        providers.ChargeOutcome(key, TS.PROCESSED, Money(999, "CNY")),
        providers.ChargeOutcome(key, TS.PROCESSED, Money(1000, "USD")),
        providers.ChargeOutcome("0" * 26, TS.PROCESSED, Money(1000, "CNY")),
    ):
        with pytest.raises(charges.OutcomeRejected):
            charges.apply_outcome(kernel.app, outcome)
    assert billing.GetPayment(pb.GetPaymentRequest(name=payment.name)).payment.state == Payment.STATE_PROCESSING


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([TS.PENDING, TS.UNDEFINED, TS.PROCESSED, TS.ERROR, TS.CANCELED]), min_size=1, max_size=8))
def test_outcomes_in_any_order_only_make_legal_moves_and_the_first_final_one_wins(billing, active_mandate, scripted, kernel, outcomes):
    scripted.charge_script.append(TS.PENDING)
    payment = pay(billing, active_mandate, 250)
    key = payment.attempts[0].merchant_reference
    for status in outcomes:
        charges.apply_outcome(kernel.app, providers.ChargeOutcome(key, status, Money(250, "CNY")))
    final = next((FINAL[s] for s in outcomes if s in FINAL), None)
    state = billing.GetPayment(pb.GetPaymentRequest(name=payment.name)).payment.state
    if final is not None:
        assert state == final
    else:
        assert state in (Payment.STATE_PROCESSING, Payment.STATE_UNKNOWN)
    types = event_types(kernel, payment.name)
    assert types[0] == "payment.processing"
    assert all(a != b for a, b in zip(types, types[1:], strict=False))  # every event is a change
    assert sum(t in ("payment.succeeded", "payment.failed") for t in types) == (final is not None)


def test_partial_refunds_never_exceed_the_payment(billing, active_mandate, scripted):
    payment = pay(billing, active_mandate, 1000)
    first = refund(billing, payment.name, 300)
    assert first.refund.state == first.refund.STATE_SUCCEEDED
    assert first.payment.amount_refunded.amount_minor == 300
    refund(billing, payment.name, 300)
    error = failure(lambda: refund(billing, payment.name, 401))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "REFUND_EXCEEDS_PAYMENT")
    rest = refund(billing, payment.name)  # no amount: everything left
    assert rest.refund.amount.amount_minor == 400
    assert rest.payment.amount_refunded.amount_minor == 1000
    listed = billing.ListRefunds(pb.ListRefundsRequest(parent=payment.name)).refunds
    assert [r.amount.amount_minor for r in listed] == [300, 300, 400]


def test_concurrent_refunds_never_exceed_the_payment(billing, active_mandate, scripted):
    payment = pay(billing, active_mandate, 1000)
    outcomes: list[str] = []

    def attempt() -> None:
        try:
            refund(billing, payment.name, 300)
            outcomes.append("ok")
        except grpc.RpcError as error:
            outcomes.append(error.code().name)

    threads = [threading.Thread(target=attempt) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("ok") == 3
    final = billing.GetPayment(pb.GetPaymentRequest(name=payment.name)).payment
    assert final.amount_refunded.amount_minor == 900


def test_card_expiry_warns_ahead_then_expires_on_the_customers_clock(customers, billing, scripted, kernel):
    from tests.test_clock import stamp

    start = datetime(2030, 1, 10, tzinfo=UTC)
    clock = billing.CreateTestClock(
        pb.CreateTestClockRequest(test_clock=test_clock_pb2.TestClock(frozen_time=stamp(start)), request_id=str(uuid.uuid4()))
    ).test_clock
    owner = customer(customers, test_clock=clock.name)
    card = mandate(billing, owner.name, exp_month="3", exp_year="2030").mandate
    assert card.expire_time.ToDatetime(UTC) == datetime(2030, 4, 1, tzinfo=UTC)
    kernel.janitor.run_once()
    assert "mandate.expiring" not in event_types(kernel, card.name)
    billing.AdvanceTestClock(pb.AdvanceTestClockRequest(name=clock.name, frozen_time=stamp(datetime(2030, 3, 5, tzinfo=UTC))))
    kernel.janitor.run_once()
    kernel.janitor.run_once()
    assert event_types(kernel, card.name).count("mandate.expiring") == 1
    billing.AdvanceTestClock(pb.AdvanceTestClockRequest(name=clock.name, frozen_time=stamp(start + timedelta(days=90))))
    kernel.janitor.run_once()
    assert billing.GetMandate(pb.GetMandateRequest(name=card.name)).mandate.state == mandate_pb2.Mandate.STATE_EXPIRED


def test_a_refund_the_channel_never_receives_fails_after_its_resends_and_frees_the_amount(
    billing, active_mandate, scripted, kernel, monkeypatch
):
    payment = pay(billing, active_mandate, 1000)

    def lost(request):
        raise RuntimeError("connection reset before the request went out")

    # The channel loses every refund: sends break, queries answer "never received".
    monkeypatch.setattr(scripted, "refund", lost)
    monkeypatch.setattr(
        scripted, "query_refund", lambda request: providers.RefundOutcome(request.idempotency_key, TS.CANCELED, request.amount)
    )
    unknown = refund(billing, payment.name, 600).refund
    assert unknown.state == unknown.STATE_UNKNOWN
    for _ in range(kernel.app.settings.janitor.max_resends + 2):
        kernel.janitor.run_once()
    failed = billing.GetRefund(pb.GetRefundRequest(name=unknown.name)).refund
    assert failed.state == failed.STATE_FAILED
    monkeypatch.undo()
    # The failed refund no longer holds its part: the whole payment can be refunded.
    assert refund(billing, payment.name, 1000).payment.amount_refunded.amount_minor == 1000
