"""`BankCardChannel`: card payments against recurring card agreements at an acquirer.

The kernel's mandate is the acquirer's agreement (the mandate id is the
agreement's merchant reference), its charge and refund idempotency keys are
the acquirer's. Card numbers never pass through here: the payer's device
tokenises the card at the acquirer, and the kernel hands `start_mandate` the
token. Issuer response codes (ISO 8583 field 39) become `Decline` and
`DeclineReason`; a code not listed is a soft decline for an "other" reason.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from autodebit.errors import InvalidArgument
from autodebit.money import Money
from autodebit.plugin_host.providers import (
    CallbackRejected,
    CallbackRequest,
    CallbackResult,
    Capabilities,
    Charge,
    ChargeOutcome,
    Decline,
    DeclineReason,
    MandateRef,
    MandateStarted,
    MandateState,
    MandateStatus,
    NextAction,
    NextActionKind,
    Notification,
    PaymentChannel,
    ProviderError,
    Refund,
    RefundOutcome,
    StartMandate,
    TransactionStatus,
)

from autodebit_plugins.bankcard import protocol
from autodebit_plugins.bankcard.client import Answer, BankClient, NotSent, OutcomeUnknown

if TYPE_CHECKING:
    from autodebit_plugins.bankcard.sandbox import SandboxBank

DECLINES: Mapping[str, tuple[Decline, DeclineReason]] = {
    "05": (Decline.SOFT, DeclineReason.DO_NOT_HONOR),
    "14": (Decline.HARD, DeclineReason.INVALID_ACCOUNT),
    "41": (Decline.HARD, DeclineReason.CARD_LOST),
    "43": (Decline.HARD, DeclineReason.CARD_STOLEN),
    "51": (Decline.SOFT, DeclineReason.INSUFFICIENT_FUNDS),
    "54": (Decline.HARD, DeclineReason.CARD_EXPIRED),
    # The bank answers 57 for a revoked, failed or never-approved agreement.
    "57": (Decline.HARD, DeclineReason.NOT_PERMITTED),
    "61": (Decline.SOFT, DeclineReason.LIMIT_EXCEEDED),
    "65": (Decline.SOFT, DeclineReason.LIMIT_EXCEEDED),
    "91": (Decline.SOFT, DeclineReason.ISSUER_UNAVAILABLE),
    "96": (Decline.SOFT, DeclineReason.PROCESSING_ERROR),
    # Wrong CVC: the stored card's details are wrong, retrying them cannot help.
    "N7": (Decline.HARD, DeclineReason.INVALID_ACCOUNT),
}
UNLISTED_DECLINE = (Decline.SOFT, DeclineReason.OTHER)

AGREEMENT_STATES: Mapping[str, MandateState] = {
    "pending": MandateState.PENDING,
    "active": MandateState.ACTIVE,
    # A challenge the cardholder failed: the mandate was never approved.
    "failed": MandateState.EXPIRED,
    "revoked": MandateState.REVOKED,
}
# `ChargeOutcome.amount` is required, but a charge the bank never received has
# none; the kernel must not read the amount of a CANCELED outcome.
NO_AMOUNT = Money(0, "USD")
# What the bank takes as "delivered": any 2xx.
CALLBACK_ACK_HEADERS = {"Content-Type": "application/json"}
CALLBACK_ACK_BODY = b'{"received":true}'


@dataclass(frozen=True, slots=True)
class _NoAnswer:
    """A charge or refund that got no answer: CANCELED when it never reached the
    bank, UNDEFINED when it may have."""

    status: TransactionStatus
    message: str


class BankCardChannel(PaymentChannel):
    """Bank card (recurring card agreements with an acquirer)"""

    id = "bankcard"
    currencies = protocol.CURRENCIES
    capabilities = Capabilities(
        refunds=True, partial_refunds=True, mandate_challenge=True, settlement_files=True
    )

    def __init__(
        self, client: BankClient, *, notify_url: str = "", sandbox_bank: SandboxBank | None = None
    ) -> None:
        """`notify_url` is where the bank sends callbacks; empty, it sends none.
        `sandbox_bank` is the in-process bank the plugin started in sandbox mode:
        the channel only keeps it, so that whoever tokenises cards (a test, a demo
        page) can find its URL and publishable key, and `close` stops it."""
        self._client = client
        self._notify_url = notify_url
        self._callback_nonces = protocol.NonceCache()
        self.sandbox_bank = sandbox_bank

    # --- Mandates --------------------------------------------------------------------

    def start_mandate(self, request: StartMandate) -> MandateStarted:
        token = request.parameters.get("card_token", "")
        if not token:
            raise InvalidArgument(
                [("parameters.card_token", "a card token from the bank is required")]
            )
        answer = self._client.post(
            "/v1/agreements",
            {
                "merchant_reference": request.mandate_id,
                "token": token,
                "return_url": request.return_url,
                "notify_url": self._notify_url,
                "off_session": request.parameters.get("off_session", "").lower()
                in ("1", "true", "yes"),
            },
        )
        if answer.error_code in ("invalid_token", "token_used"):
            raise InvalidArgument([("parameters.card_token", answer.error_message)])
        mandate = self._mandate_status(answer, request.mandate_id, "start the agreement")
        challenge = answer.body.get("challenge_url", "")
        return MandateStarted(
            mandate, NextAction(NextActionKind.CHALLENGE, challenge) if challenge else NextAction()
        )

    def get_mandate(self, mandate: MandateRef) -> MandateStatus:
        if mandate.channel_reference:
            path = f"/v1/agreements/{_segment(mandate.channel_reference)}"
        else:
            path = f"/v1/agreements/by-reference/{_segment(mandate.mandate_id)}"
        return self._mandate_status(
            self._client.get(path), mandate.mandate_id, "look up the agreement"
        )

    def revoke_mandate(self, mandate: MandateRef) -> MandateStatus:
        agreement_id = mandate.channel_reference or self.get_mandate(mandate).channel_reference
        answer = self._client.post(f"/v1/agreements/{_segment(agreement_id)}/revoke", {})
        return self._mandate_status(answer, mandate.mandate_id, "revoke the agreement")

    # --- Charges ---------------------------------------------------------------------

    def charge(self, request: Charge) -> ChargeOutcome:
        body = {
            "idempotency_key": request.idempotency_key,
            "agreement_id": request.mandate.channel_reference,
            "amount_minor": request.amount.amount_minor,
            "currency": request.amount.currency_code,
            "description": request.description,
            "notify_url": self._notify_url,
        }
        answer = self._send_transaction("/v1/charges", body)
        if isinstance(answer, _NoAnswer):
            return ChargeOutcome(
                request.idempotency_key, answer.status, request.amount, message=answer.message
            )
        if answer.ok:
            return _charge_outcome(answer.body, request.idempotency_key)
        if answer.status == 400:
            # Refused as malformed (an unsupported currency, say): nothing moved, and
            # sending it again cannot succeed.
            return ChargeOutcome(
                request.idempotency_key,
                TransactionStatus.ERROR,
                request.amount,
                response_code=answer.error_code,
                decline=Decline.HARD,
                decline_reason=DeclineReason.OTHER,
                message=answer.error_message,
            )
        # 409 (the key was used for another charge) and auth failures: only a query can tell.
        raise answer.failure("charge")

    def query_charge(self, idempotency_key: str) -> ChargeOutcome:
        answer = self._client.get(f"/v1/charges/{_segment(idempotency_key)}")
        if answer.error_code == "not_found":
            return ChargeOutcome(
                idempotency_key,
                TransactionStatus.CANCELED,
                NO_AMOUNT,
                message="the bank never received it",
            )
        if not answer.ok:
            raise answer.failure("query charge")
        return _charge_outcome(answer.body, idempotency_key)

    # --- Refunds ---------------------------------------------------------------------

    def refund(self, request: Refund) -> RefundOutcome:
        body = {
            "idempotency_key": request.idempotency_key,
            "charge_id": request.channel_transaction_id,
            "amount_minor": request.amount.amount_minor,
            "currency": request.amount.currency_code,
            "reason": request.reason,
            "notify_url": self._notify_url,
        }
        answer = self._send_transaction("/v1/refunds", body)
        if isinstance(answer, _NoAnswer):
            return RefundOutcome(
                request.idempotency_key, answer.status, request.amount, message=answer.message
            )
        if answer.status == 400:
            # Refused as malformed: nothing moved, and sending it again cannot succeed.
            return RefundOutcome(
                request.idempotency_key,
                TransactionStatus.ERROR,
                request.amount,
                response_code=answer.error_code,
                message=answer.error_message,
            )
        if not answer.ok:
            raise answer.failure("refund")
        return _refund_outcome(answer.body, request.idempotency_key)

    def query_refund(self, request: Refund) -> RefundOutcome:
        answer = self._client.get(f"/v1/refunds/{_segment(request.idempotency_key)}")
        if answer.error_code == "not_found":
            return RefundOutcome(
                request.idempotency_key,
                TransactionStatus.CANCELED,
                request.amount,
                message="the bank never received it",
            )
        if not answer.ok:
            raise answer.failure("query refund")
        return _refund_outcome(answer.body, request.idempotency_key)

    # --- Callbacks and settlement ------------------------------------------------------

    def handle_callback(self, request: CallbackRequest) -> CallbackResult:
        try:
            self._client.verify(
                request.headers,
                request.body,
                now=request.received_at.timestamp(),
                nonces=self._callback_nonces,
            )
            event = json.loads(request.body)
            notifications = _notifications(event["type"], event["data"])
        except protocol.SignatureError as error:
            raise CallbackRejected(f"bankcard: {error.code}: {error}") from None
        except (ValueError, TypeError, KeyError, ProviderError):
            raise CallbackRejected("bankcard: the callback is not a bank event") from None
        return CallbackResult(notifications, 200, CALLBACK_ACK_HEADERS, CALLBACK_ACK_BODY)

    def fetch_settlement(self, day: date) -> bytes:
        return self._client.download(f"/v1/settlements/{day.isoformat()}")

    def close(self) -> None:
        self._client.close()
        if self.sandbox_bank is not None:
            self.sandbox_bank.stop()

    def _send_transaction(self, path: str, body: Mapping[str, Any]) -> Answer | _NoAnswer:
        """POST a charge or refund; a transport failure becomes the status it implies."""
        try:
            return self._client.post(path, body)
        except NotSent as error:
            return _NoAnswer(TransactionStatus.CANCELED, str(error))
        except OutcomeUnknown as error:
            return _NoAnswer(TransactionStatus.UNDEFINED, str(error))

    def _mandate_status(self, answer: Answer, mandate_id: str, doing: str) -> MandateStatus:
        if not answer.ok:
            raise answer.failure(doing)
        status = _mandate_from(answer.body)
        if status.mandate_id != mandate_id:
            raise ProviderError(
                f"bankcard: the bank answered about another agreement while trying to {doing}"
            )
        return status


def _notifications(event_type: str, data: Mapping[str, Any]) -> tuple[Notification, ...]:
    resource = event_type.partition(".")[0]
    if resource == "agreement":
        return (_mandate_from(data),)
    if resource == "charge":
        return (_charge_outcome(data, data["idempotency_key"]),)
    if resource == "refund":
        return (_refund_outcome(data, data["idempotency_key"]),)
    # Acknowledged all the same, or the bank would keep sending it.
    return ()


def _mandate_from(agreement: Mapping[str, Any]) -> MandateStatus:
    return MandateStatus(
        mandate_id=agreement["merchant_reference"],
        state=AGREEMENT_STATES[agreement["status"]],
        channel_reference=agreement["agreement_id"],
        details={name: str(value) for name, value in agreement["card"].items()},
    )


def _charge_outcome(charge: Mapping[str, Any], idempotency_key: str) -> ChargeOutcome:
    _same_key(charge, idempotency_key)
    amount = Money(charge["amount_minor"], charge["currency"])
    if charge["status"] == "approved":
        return ChargeOutcome(
            idempotency_key,
            TransactionStatus.PROCESSED,
            amount,
            channel_transaction_id=charge["charge_id"],
            response_code=charge["response_code"],
        )
    decline, reason = DECLINES.get(charge["response_code"], UNLISTED_DECLINE)
    return ChargeOutcome(
        idempotency_key,
        TransactionStatus.ERROR,
        amount,
        channel_transaction_id=charge["charge_id"],
        response_code=charge["response_code"],
        decline=decline,
        decline_reason=reason,
        message=charge.get("message", ""),
    )


def _refund_outcome(refund: Mapping[str, Any], idempotency_key: str) -> RefundOutcome:
    _same_key(refund, idempotency_key)
    return RefundOutcome(
        idempotency_key,
        TransactionStatus.PROCESSED if refund["status"] == "succeeded" else TransactionStatus.ERROR,
        Money(refund["amount_minor"], refund["currency"]),
        channel_refund_id=refund["refund_id"],
        response_code=refund["response_code"],
        message=refund.get("message", ""),
    )


def _same_key(resource: Mapping[str, Any], idempotency_key: str) -> None:
    # A signed answer about another transaction must not settle this one.
    if resource.get("idempotency_key") != idempotency_key:
        raise ProviderError("bankcard: the bank answered about another transaction")


def _segment(value: str) -> str:
    """`value` as one URL path segment."""
    return quote(value, safe="")
