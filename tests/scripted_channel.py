"""A payment channel whose answers a test decides, for kernel-level payment tests.

Registered like any third-party plugin. It remembers every charge by
idempotency key the way a real channel does, so a test can assert how many
times money moved.
"""

from __future__ import annotations

import threading
from collections import deque

from autodebit.plugin_host import hookimpl, providers

TS = providers.TransactionStatus


class ScriptedChannel(providers.PaymentChannel):
    """Scripted test channel."""

    id = "scripted"
    currencies = frozenset({"CNY", "JPY", "BHD", "USD"})
    capabilities = providers.Capabilities(refunds=True, partial_refunds=True)

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self.lock:
            # Answers for the next charge calls; default: processed.
            self.charge_script: deque[object] = deque()
            self.charged: dict[str, providers.Charge] = {}  # what the channel really did
            self.charge_calls = 0
            self.refunded: dict[str, providers.Refund] = {}

    def start_mandate(self, request: providers.StartMandate) -> providers.MandateStarted:
        details = {"brand": "visa", "last4": "4242", "exp_month": request.parameters.get("exp_month", "12"),
                   "exp_year": request.parameters.get("exp_year", "2099"), "fingerprint": "f" * 64}
        return providers.MandateStarted(
            providers.MandateStatus(request.mandate_id, providers.MandateState.ACTIVE, f"agr_{request.mandate_id}", details)
        )

    def get_mandate(self, mandate: providers.MandateRef) -> providers.MandateStatus:
        return providers.MandateStatus(mandate.mandate_id, providers.MandateState.ACTIVE)

    def revoke_mandate(self, mandate: providers.MandateRef) -> providers.MandateStatus:
        return providers.MandateStatus(mandate.mandate_id, providers.MandateState.REVOKED)

    def charge(self, request: providers.Charge) -> providers.ChargeOutcome:
        with self.lock:
            self.charge_calls += 1
            step = self.charge_script.popleft() if self.charge_script else TS.PROCESSED
        if isinstance(step, Exception):
            with self.lock:
                self.charged.setdefault(request.idempotency_key, request)  # charged, then the wire broke
            raise step
        if step in (TS.PROCESSED, TS.UNDEFINED, TS.PENDING):
            with self.lock:
                self.charged.setdefault(request.idempotency_key, request)
        if step is TS.ERROR:
            return providers.ChargeOutcome(
                request.idempotency_key, TS.ERROR, request.amount, response_code="51",
                decline=providers.Decline.SOFT, decline_reason=providers.DeclineReason.INSUFFICIENT_FUNDS,
            )
        return providers.ChargeOutcome(request.idempotency_key, step, request.amount, f"tx_{request.idempotency_key}")

    def query_charge(self, idempotency_key: str) -> providers.ChargeOutcome:
        with self.lock:
            charge = self.charged.get(idempotency_key)
        if charge is None:
            from autodebit.money import Money

            return providers.ChargeOutcome(idempotency_key, TS.CANCELED, Money(0, "CNY"))
        return providers.ChargeOutcome(idempotency_key, TS.PROCESSED, charge.amount, f"tx_{idempotency_key}")

    def refund(self, request: providers.Refund) -> providers.RefundOutcome:
        with self.lock:
            self.refunded.setdefault(request.idempotency_key, request)
        return providers.RefundOutcome(request.idempotency_key, TS.PROCESSED, request.amount, f"rf_{request.idempotency_key}")

    def query_refund(self, request: providers.Refund) -> providers.RefundOutcome:
        with self.lock:
            known = request.idempotency_key in self.refunded
        return providers.RefundOutcome(request.idempotency_key, TS.PROCESSED if known else TS.CANCELED, request.amount)


class ScriptedPlugin:
    """Test plugin providing the scripted channel."""

    def __init__(self) -> None:
        self.channel = ScriptedChannel()

    @hookimpl
    def autodebit_register_payment_channels(self, register):
        register(self.channel)
