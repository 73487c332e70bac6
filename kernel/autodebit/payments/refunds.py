"""Refunds: give back all or part of a succeeded payment, never more than it took.

The refund row is written, under a lock on the payment, before the channel is
called: a refund in flight holds its part of the refundable amount, so two
concurrent partial refunds can never together exceed the payment. Outcomes go
through `apply_outcome`, shared with callbacks and the janitor.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
import structlog
from sqlmodel import Session, col, select

from autodebit import money, pagination
from autodebit.api.billing.v1 import billing_service_pb2 as pb
from autodebit.api.billing.v1 import refund_pb2
from autodebit.app import App
from autodebit.billing.test_clocks import clock_for
from autodebit.customers.models import CustomerRow
from autodebit.errors import AutodebitError, FailedPrecondition, InvalidArgument, NotFound, Violations
from autodebit.events import outbox
from autodebit.idempotency import check_request_id, claim
from autodebit.ids import ID, new_id, parse_name
from autodebit.payments import charges, convert, states
from autodebit.payments.models import AttemptRow, PaymentRow, RefundRow
from autodebit.plugin_host import providers
from autodebit.protoconv import enum_name

log = structlog.get_logger("autodebit.refunds")

Refund = refund_pb2.Refund
REFUND_STATE = {
    providers.TransactionStatus.PROCESSED: "succeeded",
    providers.TransactionStatus.ERROR: "failed",
    providers.TransactionStatus.PENDING: "processing",
    providers.TransactionStatus.UNDEFINED: "unknown",
    providers.TransactionStatus.CANCELED: "unknown",
}


def create(app: App, request: pb.RefundPaymentRequest) -> pb.RefundPaymentResponse:
    v = Violations()
    payment_id = parse_name(request.name, "payments", "name", v)
    given = request.refund
    if given.HasField("amount"):
        v.check(given.amount.amount_minor > 0, "refund.amount.amount_minor", "must be positive (minor units)")
    v.check(given.reason in Refund.Reason.values(), "refund.reason", "unknown reason")
    v.check(len(given.description) <= 80, "refund.description", "at most 80 characters")
    v.check(len(given.metadata) <= 50, "refund.metadata", "at most 50 keys")
    check_request_id(request.request_id, v)
    v.raise_if_any()

    def write(session: Session) -> str:
        payment = session.exec(
            select(PaymentRow).where(col(PaymentRow.id) == payment_id).with_for_update()
        ).first()
        if payment is None:
            raise NotFound(f"{request.name} does not exist", reason="PAYMENT_NOT_FOUND")
        if payment.state != "succeeded":
            raise FailedPrecondition(
                f"{request.name} is {payment.state}; only a succeeded payment can be refunded",
                reason="PAYMENT_NOT_REFUNDABLE",
            )
        channel = app.plugins.payment_channel(payment.channel)
        held = int(session.exec(
            select(sa.func.coalesce(sa.func.sum(RefundRow.amount_minor), 0)).where(
                col(RefundRow.payment_id) == payment.id,
                col(RefundRow.state).in_(states.REFUND_RESERVING),
            )
        ).one())  # PostgreSQL sums to a Decimal
        refundable = payment.amount_minor - held
        amount = given.amount.amount_minor if given.HasField("amount") else refundable
        if given.HasField("amount") and given.amount.currency_code != payment.currency:
            raise InvalidArgument([("refund.amount.currency_code", f"must be the payment's currency {payment.currency}")])
        if not 0 < amount <= refundable:
            raise FailedPrecondition(
                f"{money.Money(amount, payment.currency)} exceeds what is left to refund, "
                f"{money.Money(refundable, payment.currency)}",
                reason="REFUND_EXCEEDS_PAYMENT",
                metadata={"refundable_minor": str(refundable)},
            )
        if not channel.capabilities.refunds or (amount < payment.amount_minor and not channel.capabilities.partial_refunds):
            raise FailedPrecondition(
                f"channel {payment.channel} cannot make this refund", reason="REFUND_NOT_SUPPORTED"
            )
        customer = session.get(CustomerRow, payment.customer_id)
        now = clock_for(session, customer.test_clock_id if customer else None, app.clock).now()
        refund = RefundRow(
            id=new_id(),
            payment_id=payment.id,
            amount_minor=amount,
            currency=payment.currency,
            state="processing",
            reason=enum_name(Refund.Reason, given.reason or Refund.REASON_REQUESTED_BY_CUSTOMER, "REASON_"),
            description=given.description,
            extra=dict(given.metadata),
            created_at=now,
            next_check_at=app.clock.now() + timedelta(seconds=app.settings.janitor.grace_seconds),
        )
        session.add(refund)
        session.flush()
        _event(session, refund, "refund.processing", now)
        return convert.refund_name(refund)

    name, first = claim(app.db, request, write, app.clock.now())
    refund_id = name.rsplit("/", 1)[1]
    if first:
        send(app, refund_id)
    with app.db.read() as session:
        refund = session.get(RefundRow, refund_id)
        assert refund is not None
    return pb.RefundPaymentResponse(
        refund=convert.refund(refund), payment=charges.get(app, convert.payment_name(refund.payment_id))
    )


def channel_request(session: Session, refund: RefundRow) -> providers.Refund:
    """The refund as the channel receives it, the same on every send and query."""
    attempt = session.exec(
        select(AttemptRow).where(col(AttemptRow.payment_id) == refund.payment_id, col(AttemptRow.state) == "succeeded")
    ).one()
    return providers.Refund(
        idempotency_key=refund.id,
        charge_idempotency_key=attempt.id,
        channel_transaction_id=attempt.channel_reference or "",
        amount=money.Money(refund.amount_minor, refund.currency),
        reason=refund.description or refund.reason,
    )


def send(app: App, refund_id: str) -> None:
    with app.db.read() as session:
        refund = session.get(RefundRow, refund_id)
        assert refund is not None
        payment = session.get(PaymentRow, refund.payment_id)
        assert payment is not None
        request = channel_request(session, refund)
    try:
        outcome = app.plugins.payment_channel(payment.channel).refund(request)
    except AutodebitError as error:
        log.warning("refund_outcome_unknown", refund=refund_id, reason=error.reason)
        outcome = providers.RefundOutcome(refund_id, providers.TransactionStatus.UNDEFINED, request.amount)
    apply_outcome(app, outcome)


def apply_outcome(app: App, outcome: providers.RefundOutcome) -> bool:
    """Apply a channel's refund outcome; False if nothing changed. Rejects unknown keys and amounts."""
    with app.db.transaction() as session:
        refund = session.exec(
            select(RefundRow).where(col(RefundRow.id) == outcome.idempotency_key).with_for_update()
        ).first()
        if refund is None:
            raise charges.OutcomeRejected(f"no refund {outcome.idempotency_key}", reason="UNKNOWN_REFUND")
        if (outcome.amount.amount_minor, outcome.amount.currency_code) != (refund.amount_minor, refund.currency):
            raise charges.OutcomeRejected(
                f"outcome for refund {refund.id} is {outcome.amount}", reason="AMOUNT_MISMATCH"
            )
        target = REFUND_STATE[outcome.status]
        if target == refund.state or target not in states.REFUND[refund.state]:
            _schedule_check(app, refund)
            session.add(refund)
            return False
        payment = session.exec(
            select(PaymentRow).where(col(PaymentRow.id) == refund.payment_id).with_for_update()
        ).one()
        customer = session.get(CustomerRow, payment.customer_id)
        now = clock_for(session, customer.test_clock_id if customer else None, app.clock).now()
        refund.state = target
        refund.channel_reference = outcome.channel_refund_id or refund.channel_reference
        refund.response_code = outcome.response_code or refund.response_code
        refund.response_message = outcome.message[:500] or refund.response_message
        if target in ("succeeded", "failed"):
            refund.completed_at, refund.next_check_at = now, None
        else:
            _schedule_check(app, refund)
        session.add(refund)
        if target == "succeeded":
            payment.amount_refunded_minor += refund.amount_minor
            payment.updated_at = now
            session.add(payment)
        session.flush()
        _event(session, refund, f"refund.{target}", now)
        return True


def _schedule_check(app: App, refund: RefundRow) -> None:
    delay = app.settings.janitor.retry_seconds * 2 ** min(refund.checks, 6)
    refund.next_check_at = app.clock.now() + timedelta(seconds=delay)


def _load(session: Session, name: str) -> RefundRow:
    parts = name.split("/")
    if not (len(parts) == 4 and parts[0] == "payments" and parts[2] == "refunds" and ID.fullmatch(parts[1]) and ID.fullmatch(parts[3])):
        raise InvalidArgument([("name", f"{name!r} is not a resource name like payments/{{payment}}/refunds/{{refund}}")])
    refund = session.exec(
        select(RefundRow).where(col(RefundRow.id) == parts[3], col(RefundRow.payment_id) == parts[1])
    ).first()
    if refund is None:
        raise NotFound(f"{name} does not exist", reason="REFUND_NOT_FOUND", metadata={"name": name})
    return refund


def get(app: App, name: str) -> Refund:
    with app.db.read() as session:
        return convert.refund(_load(session, name))


def list_refunds(app: App, request: pb.ListRefundsRequest) -> pb.ListRefundsResponse:
    v = Violations()
    payment_id = parse_name(request.parent, "payments", "parent", v)
    size = pagination.page_size(request.page_size, v)
    after = pagination.decode(request.page_token, request, v)
    v.check(request.state in Refund.State.values(), "state", "unknown state")
    v.raise_if_any()
    query = select(RefundRow).where(col(RefundRow.payment_id) == payment_id)
    if request.state:
        query = query.where(col(RefundRow.state) == enum_name(Refund.State, request.state, "STATE_"))
    if after is not None:
        query = query.where(col(RefundRow.id) > after[0])
    with app.db.read() as session:
        rows = list(session.exec(query.order_by(col(RefundRow.id)).limit(size + 1)))
    response = pb.ListRefundsResponse(refunds=[convert.refund(r) for r in rows[:size]])
    if len(rows) > size:
        response.next_page_token = pagination.encode([rows[size - 1].id], request)
    return response


def _event(session: Session, refund: RefundRow, event_type: str, now: datetime) -> None:
    payment = session.get(PaymentRow, refund.payment_id)
    assert payment is not None
    outbox.record(
        session,
        type=event_type,
        subject=convert.refund_name(refund),
        customer=f"customers/{payment.customer_id}",
        data=convert.refund(refund),
        at=now,
    )
