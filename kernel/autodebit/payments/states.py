"""The legal state transitions of mandates, payments, attempts and refunds.

Every state change is a conditional UPDATE (`... WHERE state IN legal sources`),
so a transition is atomic across threads and kernel processes: when a callback
and a janitor query race to settle one payment, exactly one of them moves it
and the other finds nothing to do.
"""

from __future__ import annotations

MANDATE = {
    "pending": {"active", "expired", "revoked"},
    "active": {"revoked", "expired"},
    "revoked": set(),
    "expired": set(),
}

# Payments and their attempts share one machine (see Payment.State in the API).
PAYMENT = {
    "processing": {"requires_action", "succeeded", "failed", "canceled", "unknown"},
    "requires_action": {"processing", "succeeded", "failed", "canceled"},
    "unknown": {"succeeded", "failed", "processing"},
    "succeeded": set(),
    "failed": set(),
    "canceled": set(),
}

REFUND = {
    "processing": {"succeeded", "failed", "unknown"},
    "unknown": {"succeeded", "failed", "processing"},
    "succeeded": set(),
    "failed": set(),
}

FINAL_PAYMENT = frozenset(s for s, targets in PAYMENT.items() if not targets)
# States in which a refund holds part of the payment's refundable amount.
REFUND_RESERVING = frozenset({"processing", "unknown", "succeeded"})


def sources(machine: dict[str, set[str]], target: str) -> list[str]:
    """The states from which `target` may be reached."""
    return sorted(state for state, targets in machine.items() if target in targets)
