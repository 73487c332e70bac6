"""Segment rules: which behavioural segment a customer is in, and why.

The rules are deliberately few and written down (docs/crm.md repeats them):
they are evaluated in order and the first that matches decides, so a reader
can always tell from the stored reason why a customer is where it is. They
look only at facts the insight projection keeps (insights.py), so a segment
changes exactly when an event changes one of those facts, never because time
passed unnoticed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from autodebit.money import Money

NEW = "new"
HEALTHY = "healthy"
AT_RISK = "at_risk"
DELINQUENT = "delinquent"
CHURNED = "churned"

# This many failed payments in a row, without a success in between, is delinquency.
DELINQUENT_CONSECUTIVE_FAILURES = 3


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules look at, all kept by the insight projection."""

    archived: bool = False
    payments_succeeded: int = 0
    invoices_paid: int = 0
    consecutive_failures: int = 0
    last_decline_reason: str | None = None
    overdue_invoices: int = 0
    uncollectible_invoices: int = 0
    # Minor units per ISO 4217 code.
    outstanding: Mapping[str, int] = field(default_factory=dict)
    overdue: Mapping[str, int] = field(default_factory=dict)
    mandates_active: int = 0
    mandates_expiring: int = 0
    mandates_ever_active: int = 0
    complaints_since_success: int = 0


def amounts(by_currency: Mapping[str, int]) -> str:
    """'120.00 CNY, 5.00 EUR' for the non-zero amounts; '' when there are none."""
    return ", ".join(
        str(Money(amount, currency)) for currency, amount in sorted(by_currency.items()) if amount
    )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _failures(facts: Facts) -> str:
    reason = (facts.last_decline_reason or "").replace("_", " ")
    if facts.consecutive_failures == 1:
        return f"last payment failed ({reason})" if reason else "last payment failed"
    text = f"{facts.consecutive_failures} consecutive failed payments"
    return f"{text}, last: {reason}" if reason else text


def evaluate(facts: Facts) -> tuple[str, str]:
    """(segment, reason) for `facts`: the first rule that matches decides."""
    overdue = amounts(facts.overdue) or _plural(facts.overdue_invoices, "invoice")
    outstanding = amounts(facts.outstanding)
    # 1. Archived customers are churned, whatever else is true.
    if facts.archived:
        return CHURNED, "archived"
    # 2-4. Money is owed and collecting it is failing.
    if facts.uncollectible_invoices:
        return DELINQUENT, f"{_plural(facts.uncollectible_invoices, 'uncollectible invoice')} unpaid"
    if facts.consecutive_failures >= DELINQUENT_CONSECUTIVE_FAILURES:
        return DELINQUENT, _failures(facts)
    if facts.overdue_invoices and facts.consecutive_failures:
        return DELINQUENT, f"{overdue} overdue and {_failures(facts)}"
    # 5. Every mandate the customer ever had ended, and nothing is owed.
    if facts.mandates_ever_active and not facts.mandates_active and not outstanding:
        return CHURNED, "no active mandate left: every mandate was revoked or expired"
    # 6-10. Warning signs.
    if facts.consecutive_failures:
        return AT_RISK, _failures(facts)
    if facts.overdue_invoices:
        return AT_RISK, f"{overdue} overdue"
    if facts.mandates_ever_active and not facts.mandates_active:
        return AT_RISK, f"no active mandate and {outstanding} outstanding"
    if facts.mandates_active and facts.mandates_expiring >= facts.mandates_active:
        return AT_RISK, (
            "the only active mandate expires soon"
            if facts.mandates_active == 1
            else "every active mandate expires soon"
        )
    if facts.complaints_since_success:
        return AT_RISK, (
            f"{_plural(facts.complaints_since_success, 'complaint')} since the last successful payment"
        )
    # 11. Nothing paid yet.
    if not facts.payments_succeeded and not facts.invoices_paid:
        return NEW, "no successful payment yet"
    # 12. Everything else.
    paid = []
    if facts.payments_succeeded:
        paid.append(f"{_plural(facts.payments_succeeded, 'payment')} succeeded")
    if facts.invoices_paid:
        paid.append(f"{_plural(facts.invoices_paid, 'invoice')} paid")
    return HEALTHY, f"{' and '.join(paid)}; nothing overdue or failing"
