"""The janitor: settles what nobody else settled.

- attempts and refunds whose outcome is unknown (a timeout, a crash, a lost
  callback): it asks the channel with the same idempotency key and applies the
  answer; one the channel never received is sent again under that same key;
- mandates still pending when the payer's approval window closes;
- card mandates about to expire (an event ahead of time) and expired ones.

Work is claimed by pushing `next_check_at` forward inside a short transaction
(`FOR UPDATE SKIP LOCKED` on PostgreSQL), so several kernel processes share the
work and never settle the same row at once.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime, timedelta

import structlog
from sqlmodel import SQLModel, col, select, update

from autodebit.app import App
from autodebit.billing.test_clocks import TestClockRow
from autodebit.customers.models import CustomerRow
from autodebit.errors import AutodebitError
from autodebit.events import outbox
from autodebit.money import Money
from autodebit.payments import charges, convert, mandates, refunds
from autodebit.payments.models import AttemptRow, MandateRow, PaymentRow, RefundRow
from autodebit.plugin_host import providers

log = structlog.get_logger("autodebit.janitor")

BATCH = 50
# A claimed row is left alone by other processes for this long.
LEASE = timedelta(minutes=2)


class Janitor:
    def __init__(self, app: App) -> None:
        self.app = app
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="janitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.app.settings.janitor.interval_seconds):
            try:
                self.run_once()
            except Exception:  # a database hiccup must not stop the janitor for good
                log.exception("janitor_failed")

    def run_once(self) -> int:
        """One pass over everything due; returns how many rows it looked at."""
        done = 0
        for attempt_id in self._claim(AttemptRow, ("processing", "unknown")):
            self._settle_attempt(attempt_id)
            done += 1
        for refund_id in self._claim(RefundRow, ("processing", "unknown")):
            self._settle_refund(refund_id)
            done += 1
        for mandate_id in self._claim(MandateRow, ("pending",)):
            self._settle_mandate(mandate_id)
            done += 1
        return done + self._sweep_card_expiry()

    def _claim(self, model: type[SQLModel], states: Sequence[str]) -> list[str]:
        now = self.app.clock.now()
        table = model.__table__  # type: ignore[attr-defined]
        with self.app.db.transaction() as session:
            due = select(table.c.id).where(
                table.c.state.in_(states), table.c.next_check_at <= now
            ).order_by(table.c.next_check_at).limit(BATCH).with_for_update(skip_locked=True)
            ids = list(session.exec(due))  # type: ignore[call-overload]
            if ids:
                values = {"next_check_at": now + LEASE}
                if "checks" in table.c:
                    values["checks"] = table.c.checks + 1
                session.exec(update(table).where(table.c.id.in_(ids)).values(**values))  # type: ignore[call-overload]
        return [row if isinstance(row, str) else row[0] for row in ids]

    def _settle_attempt(self, attempt_id: str) -> None:
        with self.app.db.read() as session:
            attempt = session.get(AttemptRow, attempt_id)
            payment = session.get(PaymentRow, attempt.payment_id) if attempt else None
        if attempt is None or payment is None:
            return
        channel = self.app.plugins.payment_channel(payment.channel)
        try:
            outcome = channel.query_charge(attempt_id)
        except AutodebitError as error:
            log.warning("janitor_query_failed", attempt=attempt_id, reason=error.reason)
            return
        if outcome.status is providers.TransactionStatus.CANCELED:
            if attempt.checks <= self.app.settings.janitor.max_resends:
                log.info("janitor_resending_charge", attempt=attempt_id, checks=attempt.checks)
                charges.resend(self.app, attempt_id)
                return
            outcome = providers.ChargeOutcome(
                attempt_id,
                providers.TransactionStatus.ERROR,
                Money(payment.amount_minor, payment.currency),
                decline=providers.Decline.SOFT,
                decline_reason=providers.DeclineReason.PROCESSING_ERROR,
                message="the channel never processed the charge",
            )
        self._apply(charges.apply_outcome, outcome)

    def _settle_refund(self, refund_id: str) -> None:
        with self.app.db.read() as session:
            refund = session.get(RefundRow, refund_id)
            payment = session.get(PaymentRow, refund.payment_id) if refund else None
            request = refunds.channel_request(session, refund) if refund else None
        if refund is None or payment is None or request is None:
            return
        try:
            outcome = self.app.plugins.payment_channel(payment.channel).query_refund(request)
        except AutodebitError as error:
            log.warning("janitor_query_failed", refund=refund_id, reason=error.reason)
            return
        if outcome.status is providers.TransactionStatus.CANCELED:
            if refund.checks <= self.app.settings.janitor.max_resends:
                refunds.send(self.app, refund_id)
                return
            # Never received after every resend: the refund fails and frees its amount.
            outcome = providers.RefundOutcome(
                refund_id,
                providers.TransactionStatus.ERROR,
                request.amount,
                message="the channel never processed the refund",
            )
        self._apply(refunds.apply_outcome, outcome)

    def _settle_mandate(self, mandate_id: str) -> None:
        with self.app.db.read() as session:
            mandate = session.get(MandateRow, mandate_id)
        if mandate is None:
            return
        try:
            status = self.app.plugins.payment_channel(mandate.channel).get_mandate(
                providers.MandateRef(mandate.id, mandate.channel_reference or "")
            )
        except AutodebitError as error:
            log.warning("janitor_query_failed", mandate=mandate_id, reason=error.reason)
            return
        if status.state is providers.MandateState.PENDING:
            status = providers.MandateStatus(mandate.id, providers.MandateState.EXPIRED)
        mandates.apply_status(self.app, status)

    def _apply(self, apply: object, outcome: object) -> None:
        try:
            apply(self.app, outcome)  # type: ignore[operator]
        except charges.OutcomeRejected as error:
            log.error("janitor_outcome_rejected", reason=error.reason, detail=error.message)

    def _sweep_card_expiry(self) -> int:
        """Warn ahead of card expiry and expire lapsed card mandates, in each customer's time."""
        warning = timedelta(days=self.app.settings.janitor.expiry_warning_days)
        with self.app.db.read() as session:
            clocks: list[tuple[str | None, datetime]] = [(None, self.app.clock.now())]
            clocks += [(c.id, c.frozen_time) for c in session.exec(select(TestClockRow))]
        done = 0
        for clock_id, now in clocks:
            on_clock = (
                col(CustomerRow.test_clock_id) == clock_id
                if clock_id
                else col(CustomerRow.test_clock_id).is_(None)
            )
            active = select(MandateRow).join(CustomerRow).where(
                on_clock, col(MandateRow.state) == "active", col(MandateRow.expire_at).is_not(None)
            )
            with self.app.db.read() as session:
                lapsed = [m.id for m in session.exec(active.where(col(MandateRow.expire_at) <= now).limit(BATCH))]
            for mandate_id in lapsed:
                mandates.apply_status(self.app, providers.MandateStatus(mandate_id, providers.MandateState.EXPIRED))
            with self.app.db.transaction() as session:
                expiring = list(
                    session.exec(
                        active.where(
                            col(MandateRow.expire_at) <= now + warning,
                            col(MandateRow.expiry_warned_at).is_(None),
                        )
                        .limit(BATCH)
                        .with_for_update(skip_locked=True, of=MandateRow)
                    )
                )
                for mandate in expiring:
                    mandate.expiry_warned_at = now
                    session.add(mandate)
                    session.flush()
                    outbox.record(
                        session,
                        type="mandate.expiring",
                        subject=convert.mandate_name(mandate),
                        customer=f"customers/{mandate.customer_id}",
                        data=convert.mandate(mandate),
                        at=now,
                    )
            done += len(lapsed) + len(expiring)
        return done
