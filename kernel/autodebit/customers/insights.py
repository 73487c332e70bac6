"""Customer insights: payment behaviour kept current by a projection.

`project` runs inside the transaction that records each payment, refund,
invoice, mandate, complaint or customer event (`outbox.projection`), so the
read model never disagrees with the events and GetCustomerInsights reads a
handful of rows instead of the customer's history. For each resource it keeps
what it last knew (`InsightSubjectRow`), so every event changes the counters by
exactly its difference: a repeated or out-of-order final event changes
nothing, and an invoice's contribution to `outstanding` is always its current
amount due.

After every event the segment rules (segments.py) run; when the segment moves,
the customer row changes and a `customer.segment_changed` event (data: the
`CustomerInsights` after the change) is recorded in the same transaction.

`rebuild` recomputes one customer's insights from its events from scratch
(`autodebit customers rebuild-insights`), e.g. after a rule change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from google.protobuf import message_factory
from google.protobuf.message import Message
from sqlmodel import Session, col, delete, select

from autodebit.api.billing.v1 import mandate_pb2, payment_pb2, refund_pb2
from autodebit.api.customer.v1 import crm_pb2, customer_pb2
from autodebit.api.invoice.v1 import invoice_pb2
from autodebit.api.type.v1 import money_pb2
from autodebit.customers import segments
from autodebit.customers.models import (
    CustomerRow,
    InsightAmountRow,
    InsightDeclineRow,
    InsightRow,
    InsightSubjectRow,
)
from autodebit.events import outbox
from autodebit.events.outbox import EventRecord, NewEvent
from autodebit.protoconv import enum_name, enum_value, timestamp

Payment = payment_pb2.Payment
Invoice = invoice_pb2.Invoice
Mandate = mandate_pb2.Mandate
Refund = refund_pb2.Refund

# The events the projection reads. customer.segment_changed is not among them:
# the projection records it itself. Of a payment's events only the final ones
# change any figure, and CreatePayment is a hot path: the others are skipped.
EVENT_TYPES = (
    "payment.succeeded",
    "payment.failed",
    "payment.canceled",
    "refund.*",
    "invoice.*",
    "mandate.*",
    "note.created",
    "customer.created",
    "customer.archived",
)
FINAL_PAYMENT_STATES = frozenset({"succeeded", "failed", "canceled"})
SECONDS_PER_DAY = 86_400


def customer_id_of(name: str | None) -> str | None:
    if not name or not name.startswith("customers/"):
        return None
    return name.removeprefix("customers/") or None


@dataclass
class _State:
    """One customer's insight rows, loaded for one event."""

    customer: CustomerRow
    row: InsightRow
    amounts: dict[str, InsightAmountRow]

    def amount(self, session: Session, currency: str) -> InsightAmountRow:
        if currency not in self.amounts:
            amount = InsightAmountRow(
                customer_id=self.customer.id,
                currency_code=currency,
                outstanding_minor=0,
                overdue_minor=0,
                collected_minor=0,
                refunded_minor=0,
            )
            session.add(amount)
            self.amounts[currency] = amount
        return self.amounts[currency]

    def facts(self) -> segments.Facts:
        row = self.row
        return segments.Facts(
            archived=self.customer.state == "archived",
            payments_succeeded=row.payments_succeeded,
            invoices_paid=row.invoices_paid,
            consecutive_failures=row.consecutive_failures,
            last_decline_reason=row.last_decline_reason,
            overdue_invoices=row.overdue_invoices,
            uncollectible_invoices=row.uncollectible_invoices,
            outstanding={c: a.outstanding_minor for c, a in self.amounts.items()},
            overdue={c: a.overdue_minor for c, a in self.amounts.items()},
            mandates_active=row.mandates_active,
            mandates_expiring=row.mandates_expiring,
            mandates_ever_active=row.mandates_ever_active,
            complaints_since_success=row.complaints_since_success,
        )


def new_row(customer_id: str, at: datetime) -> InsightRow:
    return InsightRow(
        customer_id=customer_id,
        payments_attempted=0,
        payments_succeeded=0,
        payments_failed=0,
        consecutive_failures=0,
        invoices_paid=0,
        invoices_paid_on_time=0,
        days_to_pay_seconds=0,
        overdue_invoices=0,
        uncollectible_invoices=0,
        mandates_active=0,
        mandates_expiring=0,
        mandates_ever_active=0,
        complaints_since_success=0,
        segment_reason=segments.evaluate(segments.Facts())[1],
        updated_at=at,
    )


def _load(session: Session, customer_id: str, at: datetime) -> _State | None:
    # The customer row is locked first, as every writer touching a customer does,
    # so two transactions never update one customer's insights at once.
    customer = session.exec(
        select(CustomerRow).where(col(CustomerRow.id) == customer_id).with_for_update()
    ).first()
    if customer is None:
        return None
    row = session.get(InsightRow, customer_id)
    if row is None:  # e.g. customers bulk-loaded without events
        row = new_row(customer_id, at)
        session.add(row)
    amounts = {
        a.currency_code: a
        for a in session.exec(
            select(InsightAmountRow).where(col(InsightAmountRow.customer_id) == customer_id)
        )
    }
    return _State(customer, row, amounts)


@outbox.projection(*EVENT_TYPES)
def project(session: Session, event: NewEvent) -> None:
    """Keep the customer's insights and segment current with `event`."""
    customer_id = customer_id_of(event.customer)
    if customer_id is None:
        return
    state = _load(session, customer_id, event.at)
    if state is None:
        return
    _apply(session, state, event)
    refresh_segment(session, state, event.at, emit=True)


def refresh_segment(session: Session, state: _State, at: datetime, *, emit: bool) -> None:
    segment, reason = segments.evaluate(state.facts())
    state.row.segment_reason = reason
    state.row.updated_at = at
    session.add(state.row)
    if segment == state.customer.segment:
        return
    state.customer.segment = segment
    session.add(state.customer)
    if emit:
        session.flush()
        insights = to_proto(state.customer, state.row, list(state.amounts.values()), _declines(session, state.customer.id), at)
        name = f"customers/{state.customer.id}"
        outbox.record(
            session, type="customer.segment_changed", subject=name, customer=name, data=insights, at=at
        )


def _subject(session: Session, subject: str, customer_id: str, kind: str) -> InsightSubjectRow:
    row = session.get(InsightSubjectRow, (customer_id, subject))
    if row is None:
        row = InsightSubjectRow(
            subject=subject,
            customer_id=customer_id,
            kind=kind,
            state="",
            amount_minor=0,
            overdue=False,
            paid=False,
            expiring=False,
            ever_active=False,
        )
        session.add(row)
    return row


def _is(data: Message, message_type: type[Message]) -> bool:
    return data.DESCRIPTOR.full_name == message_type.DESCRIPTOR.full_name


def _apply(session: Session, state: _State, event: NewEvent) -> None:
    kind = event.type.split(".", 1)[0]
    data = event.data
    if kind == "payment" and _is(data, Payment):
        _payment(session, state, event, data)  # type: ignore[arg-type]
    elif kind == "refund" and _is(data, Refund):
        _refund(session, state, event, data)  # type: ignore[arg-type]
    elif kind == "invoice" and _is(data, Invoice):
        _invoice(session, state, event, data)  # type: ignore[arg-type]
    elif kind == "mandate" and _is(data, Mandate):
        _mandate(session, state, event, data)  # type: ignore[arg-type]
    elif (
        event.type == "note.created"
        and _is(data, crm_pb2.Note)
        and data.kind == crm_pb2.Note.KIND_COMPLAINT  # type: ignore[attr-defined]
    ):
        state.row.complaints_since_success += 1


def _payment(session: Session, state: _State, event: NewEvent, payment: Payment) -> None:
    fact = _subject(session, payment.name or event.subject, state.customer.id, "payment")
    if fact.state in FINAL_PAYMENT_STATES:
        return  # a final state is final: a repeat changes nothing
    new_state = (
        enum_name(Payment.State, payment.state, "STATE_")
        if payment.state
        else event.type.split(".", 1)[1]
    )
    fact.state = new_state
    fact.currency_code = payment.amount.currency_code or None
    fact.amount_minor = payment.amount.amount_minor
    row = state.row
    if new_state == "succeeded":
        row.payments_attempted += 1
        row.payments_succeeded += 1
        row.consecutive_failures = 0
        row.complaints_since_success = 0
        at = payment.complete_time.ToDatetime(UTC) if payment.HasField("complete_time") else event.at
        if row.last_success_at is None or at > row.last_success_at:
            row.last_success_at = at
        if payment.amount.currency_code:
            state.amount(session, payment.amount.currency_code).collected_minor += (
                payment.amount.amount_minor
            )
    elif new_state == "failed":
        row.payments_attempted += 1
        row.payments_failed += 1
        row.consecutive_failures += 1
        reason = (
            enum_name(payment_pb2.DeclineReason, payment.decline_reason, "DECLINE_REASON_")
            if payment.decline_reason
            else "unspecified"
        )
        row.last_decline_reason = None if reason == "unspecified" else reason
        decline = session.get(InsightDeclineRow, (state.customer.id, reason))
        if decline is None:
            decline = InsightDeclineRow(
                customer_id=state.customer.id,
                reason=reason,
                decline_class=(
                    enum_name(payment_pb2.DeclineClass, payment.decline_class, "DECLINE_CLASS_")
                    if payment.decline_class
                    else "unspecified"
                ),
                count=0,
            )
            session.add(decline)
        decline.count += 1


def _refund(session: Session, state: _State, event: NewEvent, refund: Refund) -> None:
    fact = _subject(session, refund.name or event.subject, state.customer.id, "refund")
    new_state = (
        enum_name(Refund.State, refund.state, "STATE_") if refund.state else event.type.split(".", 1)[1]
    )
    if fact.state in ("succeeded", "failed"):
        return
    fact.state = new_state
    fact.currency_code = refund.amount.currency_code or None
    fact.amount_minor = refund.amount.amount_minor
    if new_state == "succeeded" and refund.amount.currency_code:
        state.amount(session, refund.amount.currency_code).refunded_minor += refund.amount.amount_minor


def _local_date(at: datetime, time_zone: str) -> tuple[int, int, int]:
    try:
        local = at.astimezone(ZoneInfo(time_zone))
    except (ZoneInfoNotFoundError, ValueError):
        local = at
    return (local.year, local.month, local.day)


def _invoice(session: Session, state: _State, event: NewEvent, invoice: Invoice) -> None:
    fact = _subject(session, invoice.name or event.subject, state.customer.id, "invoice")
    row = state.row
    new_state = (
        enum_name(Invoice.State, invoice.state, "STATE_") if invoice.state else event.type.split(".", 1)[1]
    )
    is_open = invoice.state == Invoice.STATE_OPEN
    currency = invoice.amount_due.currency_code or invoice.currency_code or fact.currency_code
    contribution = invoice.amount_due.amount_minor if is_open else 0
    overdue = is_open and (fact.overdue or event.type == "invoice.overdue")
    if fact.currency_code and fact.currency_code != currency:  # never happens: currency is immutable
        previous = state.amount(session, fact.currency_code)
        previous.outstanding_minor -= fact.amount_minor
        previous.overdue_minor -= fact.amount_minor if fact.overdue else 0
        fact.amount_minor, fact.overdue = 0, False
    if currency:
        amounts = state.amount(session, currency)
        amounts.outstanding_minor += contribution - fact.amount_minor
        amounts.overdue_minor += (contribution if overdue else 0) - (
            fact.amount_minor if fact.overdue else 0
        )
    row.overdue_invoices += int(overdue) - int(fact.overdue)
    row.uncollectible_invoices += int(new_state == "uncollectible") - int(fact.state == "uncollectible")
    if invoice.state == Invoice.STATE_PAID and not fact.paid:
        paid_at = invoice.pay_time.ToDatetime(UTC) if invoice.HasField("pay_time") else event.at
        row.invoices_paid += 1
        due = invoice.due_date
        if not invoice.HasField("due_date") or _local_date(paid_at, state.customer.time_zone) <= (
            due.year,
            due.month,
            due.day,
        ):
            row.invoices_paid_on_time += 1
        if invoice.HasField("finalize_time"):
            seconds = int((paid_at - invoice.finalize_time.ToDatetime(UTC)).total_seconds())
            row.days_to_pay_seconds += max(seconds, 0)
        fact.paid = True
    fact.state = new_state
    fact.currency_code = currency or None
    fact.amount_minor = contribution
    fact.overdue = overdue


def _mandate(session: Session, state: _State, event: NewEvent, mandate: Mandate) -> None:
    fact = _subject(session, mandate.name or event.subject, state.customer.id, "mandate")
    row = state.row
    new_state = (
        enum_name(Mandate.State, mandate.state, "STATE_") if mandate.state else fact.state or "pending"
    )
    active = new_state == "active"
    expiring = active and (fact.expiring or event.type == "mandate.expiring")
    row.mandates_active += int(active) - int(fact.state == "active")
    row.mandates_expiring += int(expiring) - int(fact.expiring)
    if active and not fact.ever_active:
        row.mandates_ever_active += 1
        fact.ever_active = True
    fact.state = new_state
    fact.expiring = expiring


# --- Reading ---------------------------------------------------------------------


def _declines(session: Session, customer_id: str) -> list[InsightDeclineRow]:
    return list(
        session.exec(select(InsightDeclineRow).where(col(InsightDeclineRow.customer_id) == customer_id))
    )


def _money(currency: str, amount: int) -> money_pb2.Money:
    return money_pb2.Money(currency_code=currency, amount_minor=amount)


def _ratio(numerator: int, denominator: int, places: str) -> str:
    if not denominator:
        return ""
    value = Decimal(numerator) / Decimal(denominator)
    return str(value.quantize(Decimal(places), rounding=ROUND_HALF_UP))


def to_proto(
    customer: CustomerRow,
    row: InsightRow | None,
    amounts: list[InsightAmountRow],
    declines: list[InsightDeclineRow],
    now: datetime,
) -> crm_pb2.CustomerInsights:
    row = row or new_row(customer.id, now)
    ordered = sorted(amounts, key=lambda a: a.currency_code)
    declines = sorted(
        declines,
        key=lambda d: (
            -d.count,
            enum_value(payment_pb2.DeclineReason, d.reason, "DECLINE_REASON_"),
        ),
    )
    insights = crm_pb2.CustomerInsights(
        customer=f"customers/{customer.id}",
        payments_attempted=row.payments_attempted,
        payments_succeeded=row.payments_succeeded,
        payments_failed=row.payments_failed,
        failures_by_reason=[
            payment_pb2.DeclineCount(
                reason=enum_value(payment_pb2.DeclineReason, d.reason, "DECLINE_REASON_"),
                decline_class=enum_value(payment_pb2.DeclineClass, d.decline_class, "DECLINE_CLASS_"),
                count=d.count,
            )
            for d in declines
        ],
        on_time_percentage=_ratio(100 * row.invoices_paid_on_time, row.invoices_paid, "0.01"),
        average_days_to_pay=_ratio(
            row.days_to_pay_seconds, SECONDS_PER_DAY * row.invoices_paid, "0.1"
        ),
        outstanding=[_money(a.currency_code, a.outstanding_minor) for a in ordered if a.outstanding_minor],
        overdue=[_money(a.currency_code, a.overdue_minor) for a in ordered if a.overdue_minor],
        lifetime_value=[
            _money(a.currency_code, a.collected_minor - a.refunded_minor)
            for a in ordered
            if a.collected_minor or a.refunded_minor
        ],
        last_successful_payment_time=timestamp(row.last_success_at),
        consecutive_failures=row.consecutive_failures,
        segment=enum_value(customer_pb2.Segment, customer.segment, "SEGMENT_"),
        segment_reason=row.segment_reason,
        compute_time=timestamp(row.updated_at),
    )
    return insights


def read(session: Session, customer: CustomerRow, now: datetime) -> crm_pb2.CustomerInsights:
    """The stored insights of `customer`: three primary-key lookups, no history."""
    row = session.get(InsightRow, customer.id)
    amounts = list(
        session.exec(select(InsightAmountRow).where(col(InsightAmountRow.customer_id) == customer.id))
    )
    return to_proto(customer, row, amounts, _declines(session, customer.id), now)


# --- Rebuilding from the events -----------------------------------------------------


def _message_class(full_name: str) -> type[Message] | None:
    from google.protobuf import descriptor_pool

    try:
        descriptor = descriptor_pool.Default().FindMessageTypeByName(full_name)
    except KeyError:
        return None
    return message_factory.GetMessageClass(descriptor)


def _events(session: Session, customer_name: str, batch: int = 500) -> Iterator[NewEvent]:
    after = 0
    patterns = outbox.EventFilter(types=EVENT_TYPES, customer=customer_name)
    while True:
        records = list(
            session.exec(
                select(EventRecord)
                .where(col(EventRecord.id) > after, patterns.clause())
                .order_by(col(EventRecord.id))
                .limit(batch)
            )
        )
        for record in records:
            message_class = _message_class(record.payload_type)
            if message_class is not None:
                yield NewEvent(
                    type=record.type,
                    subject=record.subject,
                    customer=record.customer,
                    data=message_class.FromString(record.payload),
                    at=record.created_at,
                )
        if len(records) < batch:
            return
        after = records[-1].id  # type: ignore[assignment]


def rebuild(session: Session, customer_id: str, now: datetime) -> crm_pb2.CustomerInsights | None:
    """Recompute one customer's insights from all its events, inside `session`.

    Records `customer.segment_changed` if the result moves the segment.
    """
    customer = session.exec(
        select(CustomerRow).where(col(CustomerRow.id) == customer_id).with_for_update()
    ).first()
    if customer is None:
        return None
    for table in (InsightSubjectRow, InsightDeclineRow, InsightAmountRow, InsightRow):
        session.exec(delete(table).where(col(table.customer_id) == customer_id))  # type: ignore[attr-defined]
    session.flush()
    state = _State(customer, new_row(customer_id, now), {})
    session.add(state.row)
    for event in _events(session, f"customers/{customer_id}"):
        _apply(session, state, event)
        session.flush()
    refresh_segment(session, state, now, emit=True)
    session.flush()
    return read(session, customer, now)


def customer_ids(session: Session, after: str, limit: int) -> list[str]:
    return list(
        session.exec(
            select(CustomerRow.id).where(col(CustomerRow.id) > after).order_by(col(CustomerRow.id)).limit(limit)
        )
    )

