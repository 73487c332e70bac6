"""Helpers shared by the payment tests: customers, mandates and payments over gRPC."""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from autodebit.api.billing.v1 import billing_service_pb2 as pb
from autodebit.api.billing.v1 import mandate_pb2, payment_pb2, refund_pb2
from autodebit.api.customer.v1 import customer_pb2, customer_service_pb2
from autodebit.api.type.v1 import money_pb2


def customer(customers, **fields) -> customer_pb2.Customer:
    return customers.CreateCustomer(
        customer_service_pb2.CreateCustomerRequest(
            customer=customer_pb2.Customer(display_name="Wang Wu", **fields), request_id=str(uuid.uuid4())
        )
    ).customer


def mandate(billing, customer_name: str, channel: str = "scripted", **parameters: str) -> pb.StartMandateResponse:
    return billing.StartMandate(
        pb.StartMandateRequest(
            parent=customer_name,
            mandate=mandate_pb2.Mandate(channel=channel),
            channel_parameters=parameters,
            return_url="https://merchant.example/return",
            request_id=str(uuid.uuid4()),
        )
    )


def cny(amount_minor: int, currency: str = "CNY") -> money_pb2.Money:
    return money_pb2.Money(currency_code=currency, amount_minor=amount_minor)


def payment_request(mandate_name: str, amount_minor: int, request_id: str | None = None, currency: str = "CNY"):
    return pb.CreatePaymentRequest(
        payment=payment_pb2.Payment(mandate=mandate_name, amount=cny(amount_minor, currency), description="Monthly plan"),
        request_id=request_id or str(uuid.uuid4()),
    )


def pay(billing, mandate_name: str, amount_minor: int, request_id: str | None = None) -> payment_pb2.Payment:
    return billing.CreatePayment(payment_request(mandate_name, amount_minor, request_id)).payment


def refund(billing, payment_name: str, amount_minor: int | None = None, request_id: str | None = None):
    given = refund_pb2.Refund(amount=cny(amount_minor)) if amount_minor is not None else refund_pb2.Refund()
    return billing.RefundPayment(
        pb.RefundPaymentRequest(name=payment_name, refund=given, request_id=request_id or str(uuid.uuid4()))
    )


def scalar(kernel, sql: str, **params) -> object:
    with kernel.app.db.engine.connect() as connection:
        return connection.execute(sa.text(sql), params).scalar_one()


def event_types(kernel, subject: str) -> list[str]:
    with kernel.app.db.engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT type FROM events WHERE subject = :s ORDER BY id"), {"s": subject})
        return [r[0] for r in rows]
