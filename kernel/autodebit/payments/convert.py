"""Payment rows as API messages."""

from __future__ import annotations

from typing import Any

from google.protobuf import empty_pb2

from autodebit.api.billing.v1 import mandate_pb2, next_action_pb2, payment_pb2, refund_pb2
from autodebit.api.type.v1 import money_pb2
from autodebit.payments.models import AttemptRow, MandateRow, PaymentRow, RefundRow
from autodebit.plugin_host import providers
from autodebit.protoconv import enum_value, timestamp

Mandate = mandate_pb2.Mandate
Payment = payment_pb2.Payment
Refund = refund_pb2.Refund


def mandate_name(row: MandateRow) -> str:
    return f"customers/{row.customer_id}/mandates/{row.id}"


def payment_name(payment_id: str) -> str:
    return f"payments/{payment_id}"


def refund_name(row: RefundRow) -> str:
    return f"payments/{row.payment_id}/refunds/{row.id}"


def money(amount_minor: int, currency: str) -> money_pb2.Money:
    return money_pb2.Money(currency_code=currency, amount_minor=amount_minor)


def next_action_json(action: providers.NextAction) -> dict[str, Any] | None:
    if action.kind is providers.NextActionKind.NONE:
        return None
    return {"kind": action.kind.value, "value": action.value}


def next_action(stored: dict[str, Any] | None) -> next_action_pb2.NextAction:
    if stored is None:
        return next_action_pb2.NextAction(none=empty_pb2.Empty())
    kind, value = providers.NextActionKind(stored["kind"]), stored["value"]
    if kind is providers.NextActionKind.REDIRECT:
        return next_action_pb2.NextAction(redirect_url=value)
    if kind is providers.NextActionKind.QR_CODE:
        return next_action_pb2.NextAction(qr_code_payload=value)
    return next_action_pb2.NextAction(
        three_d_secure=next_action_pb2.ThreeDSecureChallenge(challenge_url=value)
    )


def mandate(row: MandateRow) -> Mandate:
    message = Mandate(
        name=mandate_name(row),
        channel=row.channel,
        state=enum_value(Mandate.State, row.state, "STATE_"),
        channel_reference=row.channel_reference or "",
        merchant_reference=row.id,
        display_label=display_label(row),
        is_default=row.is_default,
        revoked_by=enum_value(Mandate.RevokedBy, row.revoked_by, "REVOKED_BY_")
        if row.revoked_by
        else 0,
        revoke_reason=row.revoke_reason or "",
        channel_metadata=row.channel_metadata,
        metadata=row.extra,
        create_time=timestamp(row.created_at),
        activate_time=timestamp(row.activated_at),
        end_time=timestamp(row.ended_at),
        expire_time=timestamp(row.expire_at),
    )
    if row.card_last4:
        message.card.CopyFrom(
            mandate_pb2.CardDetails(
                brand=row.card_brand or "",
                last4=row.card_last4,
                exp_month=row.card_exp_month or 0,
                exp_year=row.card_exp_year or 0,
                fingerprint=row.card_fingerprint or "",
            )
        )
    if row.amount_limit_minor is not None:
        message.amount_limit.CopyFrom(money(row.amount_limit_minor, row.amount_limit_currency or ""))
    return message


def display_label(row: MandateRow) -> str:
    if row.card_last4:
        return f"{(row.card_brand or 'card').title()} •••• {row.card_last4}"
    return row.channel


def attempt(row: AttemptRow, payment_customer: str) -> payment_pb2.PaymentAttempt:
    return payment_pb2.PaymentAttempt(
        number=row.number,
        state=enum_value(payment_pb2.PaymentAttempt.State, row.state, "STATE_"),
        mandate=f"customers/{payment_customer}/mandates/{row.mandate_id}",
        merchant_reference=row.id,
        channel_reference=row.channel_reference or "",
        response_code=row.response_code or "",
        response_message=row.response_message or "",
        decline_class=_decline_class(row.decline_class),
        decline_reason=_decline_reason(row.decline_reason),
        create_time=timestamp(row.created_at),
        complete_time=timestamp(row.completed_at),
    )


def payment(row: PaymentRow, attempts: list[AttemptRow]) -> Payment:
    message = Payment(
        name=payment_name(row.id),
        customer=f"customers/{row.customer_id}",
        mandate=f"customers/{row.customer_id}/mandates/{row.mandate_id}" if row.mandate_id else "",
        invoice=row.invoice or "",
        amount=money(row.amount_minor, row.currency),
        amount_refunded=money(row.amount_refunded_minor, row.currency),
        description=row.description,
        state=enum_value(Payment.State, row.state, "STATE_"),
        channel=row.channel,
        channel_reference=row.channel_reference or "",
        attempts=[attempt(a, row.customer_id) for a in sorted(attempts, key=lambda a: a.number)],
        origin=enum_value(Payment.Origin, row.origin, "ORIGIN_"),
        decline_class=_decline_class(row.decline_class),
        decline_reason=_decline_reason(row.decline_reason),
        metadata=row.extra,
        create_time=timestamp(row.created_at),
        update_time=timestamp(row.updated_at),
        complete_time=timestamp(row.completed_at),
    )
    if row.state == "requires_action":
        message.next_action.CopyFrom(next_action(row.next_action))
    return message


def refund(row: RefundRow) -> Refund:
    return Refund(
        name=refund_name(row),
        amount=money(row.amount_minor, row.currency),
        state=enum_value(Refund.State, row.state, "STATE_"),
        reason=enum_value(Refund.Reason, row.reason, "REASON_"),
        description=row.description,
        merchant_reference=row.id,
        channel_reference=row.channel_reference or "",
        response_code=row.response_code or "",
        response_message=row.response_message or "",
        metadata=row.extra,
        create_time=timestamp(row.created_at),
        complete_time=timestamp(row.completed_at),
    )


def _decline_class(stored: str | None) -> int:
    return enum_value(payment_pb2.DeclineClass, stored, "DECLINE_CLASS_") if stored else 0


def _decline_reason(stored: str | None) -> int:
    return enum_value(payment_pb2.DeclineReason, stored, "DECLINE_REASON_") if stored else 0
