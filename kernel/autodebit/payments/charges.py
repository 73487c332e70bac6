"""Payments: collect an amount against a mandate, exactly once.

1. One transaction writes the payment, its first attempt and the request's
   idempotency record. Concurrent retries of the request race on that record;
   only the winner goes on, the others answer with the payment as it is.
2. The channel is called with the attempt's id as its idempotency key
   (`out_trade_no`), outside any transaction.
3. The outcome is applied by `apply_outcome`, the one place a payment changes
   state; callbacks and the janitor use it too.

A crash between 1 and 3 leaves the attempt processing: the janitor asks the
channel about that key and applies the answer. If the channel never received
it, the janitor sends it again with the same key, which the channel
deduplicates; it never charges under a new key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import structlog
from sqlmodel import Session, SQLModel, col, select

from autodebit import money, pagination
from autodebit.api.billing.v1 import billing_service_pb2 as pb
from autodebit.api.billing.v1 import payment_pb2
from autodebit.app import App
from autodebit.billing.test_clocks import clock_for
from autodebit.customers.models import CustomerRow
from autodebit.db import insert_row
from autodebit.errors import AutodebitError, FailedPrecondition, InvalidArgument, NotFound, Violations
from autodebit.events import outbox
from autodebit.idempotency import check_request_id, claim
from autodebit.ids import new_id, parse_name
from autodebit.payments import convert, mandates, states
from autodebit.payments.models import AttemptRow, MandateRow, PaymentRow
from autodebit.plugin_host import providers

log = structlog.get_logger("autodebit.payments")

Payment = payment_pb2.Payment
MAX_DESCRIPTION = 127
RowT = TypeVar("RowT", bound=SQLModel)

# What a channel's TransactionStatus means for an attempt.
ATTEMPT_STATE = {
    providers.TransactionStatus.PROCESSED: "succeeded",
    providers.TransactionStatus.ERROR: "failed",
    providers.TransactionStatus.PENDING: "processing",
    providers.TransactionStatus.UNDEFINED: "unknown",
    # Never reached the channel: safe to send again with the same key.
    providers.TransactionStatus.CANCELED: "unknown",
}


class OutcomeRejected(AutodebitError):
    """A channel outcome that does not fit our records (unknown key, other amount)."""

    default_reason = "OUTCOME_REJECTED"


def _validate(app: App, request: pb.CreatePaymentRequest) -> tuple[str, str]:
    v = Violations()
    given = request.payment
    ids = mandates.parse_mandate_name(given.mandate, "payment.mandate", v)
    amount = given.amount
    if v.check(given.HasField("amount"), "payment.amount", "required"):
        v.check(money.is_currency(amount.currency_code), "payment.amount.currency_code", "not an ISO 4217 currency code")
        v.check(
            0 < amount.amount_minor <= money.MAX_AMOUNT_MINOR,
            "payment.amount.amount_minor",
            "must be positive (minor units)",
        )
    v.check(
        len(given.description) <= MAX_DESCRIPTION,
        "payment.description",
        f"at most {MAX_DESCRIPTION} characters",
    )
    if given.invoice:
        parse_name(given.invoice, "invoices", "payment.invoice", v)
    v.check(len(given.metadata) <= 50, "payment.metadata", "at most 50 keys")
    check_request_id(request.request_id, v)
    v.raise_if_any()
    assert ids is not None
    return ids


def create(app: App, request: pb.CreatePaymentRequest) -> Payment:
    customer_id, mandate_id = _validate(app, request)
    given = request.payment
    written: list[tuple[AttemptRow, PaymentRow, MandateRow]] = []

    def write(session: Session) -> str:
        mandate = session.exec(
            select(MandateRow).where(col(MandateRow.id) == mandate_id, col(MandateRow.customer_id) == customer_id)
        ).first()
        if mandate is None:
            raise NotFound(f"{given.mandate} does not exist", reason="MANDATE_NOT_FOUND")
        customer = mandates.active_customer(session, customer_id)
        _check_chargeable(app, mandate, given.amount)
        now = clock_for(session, customer.test_clock_id, app.clock).now()
        payment = PaymentRow(
            id=new_id(),
            customer_id=customer_id,
            mandate_id=mandate_id,
            invoice=given.invoice or None,
            amount_minor=given.amount.amount_minor,
            currency=given.amount.currency_code,
            description=given.description,
            state="processing",
            channel=mandate.channel,
            origin="api",
            extra=dict(given.metadata),
            created_at=now,
            updated_at=now,
        )
        attempt = _new_attempt(app, payment, mandate_id, 1, now)
        insert_row(session, payment)
        insert_row(session, attempt)
        _event(session, payment, [attempt], "payment.processing", now)
        written.append((attempt, payment, mandate))
        return convert.payment_name(payment.id)

    name, first = claim(app.db, request, write, app.clock.now())
    if first:
        return send(app, *written[0])
    return get(app, name)


def _check_chargeable(app: App, mandate: MandateRow, amount: object) -> None:
    if mandate.state != "active":
        raise FailedPrecondition(
            f"mandate is {mandate.state}; payments need an active mandate",
            reason="MANDATE_NOT_ACTIVE",
            metadata={"state": mandate.state},
        )
    channel = app.plugins.payment_channel(mandate.channel)
    currency, amount_minor = amount.currency_code, amount.amount_minor  # type: ignore[attr-defined]
    if currency not in channel.currencies:
        raise InvalidArgument(
            [("payment.amount.currency_code", f"channel {mandate.channel} does not charge {currency}")]
        )
    if mandate.amount_limit_minor is not None:
        if currency != mandate.amount_limit_currency or amount_minor > mandate.amount_limit_minor:
            raise InvalidArgument(
                [
                    (
                        "payment.amount",
                        f"above the mandate's limit of {mandate.amount_limit_minor} {mandate.amount_limit_currency}",
                    )
                ],
                reason="MANDATE_LIMIT_EXCEEDED",
            )


def _new_attempt(app: App, payment: PaymentRow, mandate_id: str, number: int, now: datetime) -> AttemptRow:
    return AttemptRow(
        id=new_id(),
        payment_id=payment.id,
        number=number,
        state="processing",
        mandate_id=mandate_id,
        created_at=now,
        # If nothing settles it by then (a crash), the janitor asks the channel.
        next_check_at=app.clock.now() + timedelta(seconds=app.settings.janitor.grace_seconds),
    )


def resend(app: App, attempt_id: str) -> Payment:
    """Send an attempt to its channel again, with the same key."""
    with app.db.read() as session:
        attempt = session.get(AttemptRow, attempt_id)
        assert attempt is not None
        payment = session.get(PaymentRow, attempt.payment_id)
        mandate = session.get(MandateRow, attempt.mandate_id)
        assert payment is not None and mandate is not None
    return send(app, attempt, payment, mandate)


def send(app: App, attempt: AttemptRow, payment: PaymentRow, mandate: MandateRow) -> Payment:
    """Send an attempt to its channel and apply the outcome; the payment afterwards."""
    channel = app.plugins.payment_channel(payment.channel)
    amount = money.Money(payment.amount_minor, payment.currency)
    try:
        outcome = channel.charge(
            providers.Charge(
                idempotency_key=attempt.id,
                mandate=providers.MandateRef(mandate.id, mandate.channel_reference or ""),
                amount=amount,
                description=payment.description,
            )
        )
    except AutodebitError as error:
        # The plugin failed mid-call: money may or may not have moved. Ask later.
        log.warning("charge_outcome_unknown", attempt=attempt.id, reason=error.reason)
        outcome = providers.ChargeOutcome(attempt.id, providers.TransactionStatus.UNDEFINED, amount)
    return apply_outcome(app, outcome)[1]


def apply_outcome(app: App, outcome: providers.ChargeOutcome) -> tuple[bool, Payment]:
    """Apply a channel's outcome to its attempt and payment.

    Returns whether anything changed, and the payment afterwards. The move is a
    conditional UPDATE on the attempt's state, so when a callback, the janitor
    and the synchronous answer race, exactly one of them applies it.

    Raises OutcomeRejected, changing nothing, for a key we never sent or an
    amount or currency other than the payment's.
    """
    with app.db.read() as session:
        attempt, payment, attempts = _checked(session, outcome)
    if attempt.state in states.FINAL_PAYMENT:
        # Settled already (the usual case for a provider's repeated callback): nothing
        # can change, so the answer needs no write transaction.
        return False, convert.payment(payment, attempts)
    with app.db.transaction() as session:
        attempt, payment, attempts = _checked(session, outcome)
        target = ATTEMPT_STATE[outcome.status]
        if target == attempt.state or target not in states.PAYMENT[attempt.state]:
            if target != attempt.state:
                log.info("charge_outcome_ignored", attempt=attempt.id, state=attempt.state, reported=target)
            if attempt.state not in states.FINAL_PAYMENT:
                _schedule_check(app, attempt, outcome.status)
                _update(session, AttemptRow, attempt.id, (attempt.state,), next_check_at=attempt.next_check_at)
            return False, convert.payment(payment, attempts)
        customer = session.get(CustomerRow, payment.customer_id)
        now = clock_for(session, customer.test_clock_id if customer else None, app.clock).now()
        source = attempt.state
        attempt.state = target
        attempt.channel_reference = outcome.channel_transaction_id or attempt.channel_reference
        attempt.response_code = outcome.response_code or attempt.response_code
        attempt.response_message = outcome.message[:500] or attempt.response_message
        if target == "failed":
            attempt.decline_class = outcome.decline.value if outcome.decline is not providers.Decline.NONE else "soft"
            attempt.decline_reason = (outcome.decline_reason or providers.DeclineReason.OTHER).value
        if target in states.FINAL_PAYMENT:
            attempt.completed_at, attempt.next_check_at = now, None
        else:
            _schedule_check(app, attempt, outcome.status)
        moved = _update(
            session,
            AttemptRow,
            attempt.id,
            (source,),
            **attempt.model_dump(include={
                "state", "channel_reference", "response_code", "response_message",
                "decline_class", "decline_reason", "completed_at", "next_check_at",
            }),
        )
        if not moved:  # another process applied an outcome first: theirs stands
            return False, get(app, convert.payment_name(payment.id))
        payment.state, payment.updated_at = target, now
        if target in states.FINAL_PAYMENT:
            payment.completed_at = now
            payment.channel_reference = attempt.channel_reference
            payment.decline_class, payment.decline_reason = attempt.decline_class, attempt.decline_reason
        _update(
            session,
            PaymentRow,
            payment.id,
            states.sources(states.PAYMENT, target),
            **payment.model_dump(include={
                "state", "updated_at", "completed_at", "channel_reference", "decline_class", "decline_reason",
            }),
        )
        _event(session, payment, attempts, f"payment.{target}", now)
        return True, convert.payment(payment, attempts)


def _checked(
    session: Session, outcome: providers.ChargeOutcome
) -> tuple[AttemptRow, PaymentRow, list[AttemptRow]]:
    """The attempt an outcome is about, its payment and all its attempts, if the outcome fits."""
    attempt = _fetch(session, AttemptRow, outcome.idempotency_key)
    if attempt is None:
        raise OutcomeRejected(f"no payment attempt {outcome.idempotency_key}", reason="UNKNOWN_TRADE")
    payment = _fetch(session, PaymentRow, attempt.payment_id)
    assert payment is not None
    if (outcome.amount.amount_minor, outcome.amount.currency_code) != (payment.amount_minor, payment.currency):
        raise OutcomeRejected(
            f"outcome for {attempt.id} is {outcome.amount}, the payment is "
            f"{money.Money(payment.amount_minor, payment.currency)}",
            reason="AMOUNT_MISMATCH",
        )
    attempts = [attempt] if attempt.number == 1 else _attempts(session, payment.id, attempt)
    return attempt, payment, attempts


def _fetch(session: Session, model: type[RowT], row_id: str) -> RowT | None:
    """A row as a plain object outside the unit of work (cheaper; changed by `_update`)."""
    table = model.__table__  # type: ignore[attr-defined]
    row = session.connection().execute(table.select().where(table.c.id == row_id)).first()
    return None if row is None else model.model_validate(row._asdict())


def _attempts(session: Session, payment_id: str, current: AttemptRow) -> list[AttemptRow]:
    table = AttemptRow.__table__  # type: ignore[attr-defined]
    rows = session.connection().execute(table.select().where(table.c.payment_id == payment_id))
    return [current if r.id == current.id else AttemptRow.model_validate(r._asdict()) for r in rows]


def _update(session: Session, model: type[SQLModel], row_id: str, from_states: Sequence[str], **values: object) -> bool:
    """UPDATE one row if it is still in one of `from_states`; whether it was."""
    table = model.__table__  # type: ignore[attr-defined]
    result = session.connection().execute(
        table.update().where(table.c.id == row_id, table.c.state.in_(from_states)).values(**values)
    )
    return result.rowcount == 1


def _schedule_check(app: App, attempt: AttemptRow, status: providers.TransactionStatus) -> None:
    if status is providers.TransactionStatus.PENDING:
        delay = app.settings.janitor.grace_seconds  # an asynchronous channel will call back
    else:
        delay = app.settings.janitor.retry_seconds * 2 ** min(attempt.checks, 6)
    attempt.next_check_at = app.clock.now() + timedelta(seconds=delay)


def cancel(app: App, request: pb.CancelPaymentRequest) -> Payment:
    with app.db.transaction() as session:
        payment = _load(session, request.name, lock=True)
        if payment.state != "requires_action":
            raise FailedPrecondition(
                f"{request.name} is {payment.state}; only a payment waiting for the payer can be canceled",
                reason="PAYMENT_NOT_CANCELABLE",
                metadata={"state": payment.state},
            )
        customer = session.get(CustomerRow, payment.customer_id)
        now = clock_for(session, customer.test_clock_id if customer else None, app.clock).now()
        attempts = list(session.exec(select(AttemptRow).where(col(AttemptRow.payment_id) == payment.id)))
        for attempt in attempts:
            if attempt.state == "requires_action":
                attempt.state, attempt.completed_at, attempt.next_check_at = "canceled", now, None
                session.add(attempt)
        payment.state, payment.updated_at, payment.completed_at = "canceled", now, now
        session.add(payment)
        session.flush()
        _event(session, payment, attempts, "payment.canceled", now)
        return convert.payment(payment, attempts)


def _load(session: Session, name: str, *, lock: bool = False) -> PaymentRow:
    v = Violations()
    payment_id = parse_name(name, "payments", "name", v)
    v.raise_if_any()
    query = select(PaymentRow).where(col(PaymentRow.id) == payment_id)
    row = session.exec(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound(f"{name} does not exist", reason="PAYMENT_NOT_FOUND", metadata={"name": name})
    return row


def get(app: App, name: str) -> Payment:
    with app.db.read() as session:
        payment = _load(session, name)
        attempts = list(session.exec(select(AttemptRow).where(col(AttemptRow.payment_id) == payment.id)))
        return convert.payment(payment, attempts)


def list_payments(app: App, request: pb.ListPaymentsRequest) -> pb.ListPaymentsResponse:
    v = Violations()
    size = pagination.page_size(request.page_size, v)
    after = pagination.decode(request.page_token, request, v)
    customer_id = parse_name(request.customer, "customers", "customer", v) if request.customer else None
    v.check(request.state in Payment.State.values(), "state", "unknown state")
    v.raise_if_any()
    query = select(PaymentRow)
    if customer_id:
        query = query.where(col(PaymentRow.customer_id) == customer_id)
    if request.invoice:
        query = query.where(col(PaymentRow.invoice) == request.invoice)
    if request.state:
        query = query.where(col(PaymentRow.state) == Payment.State.Name(request.state).removeprefix("STATE_").lower())
    if request.channel:
        query = query.where(col(PaymentRow.channel) == request.channel)
    if request.HasField("create_time_from"):
        query = query.where(col(PaymentRow.created_at) >= request.create_time_from.ToDatetime(tzinfo=UTC))
    if request.HasField("create_time_to"):
        query = query.where(col(PaymentRow.created_at) < request.create_time_to.ToDatetime(tzinfo=UTC))
    with app.db.read() as session:
        page, token = pagination.by_creation(session, query, PaymentRow, request, size, after)
        attempts: dict[str, list[AttemptRow]] = {r.id: [] for r in page}
        if page:
            for attempt in session.exec(select(AttemptRow).where(col(AttemptRow.payment_id).in_(list(attempts)))):
                attempts[attempt.payment_id].append(attempt)
    return pb.ListPaymentsResponse(
        payments=[convert.payment(r, attempts[r.id]) for r in page], next_page_token=token
    )


def _event(session: Session, payment: PaymentRow, attempts: list[AttemptRow], event_type: str, now: datetime) -> None:
    outbox.record(
        session,
        type=event_type,
        subject=convert.payment_name(payment.id),
        customer=f"customers/{payment.customer_id}",
        data=convert.payment(payment, attempts),
        at=now,
    )
