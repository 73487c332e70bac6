"""CreatePayment throughput and latency through the bankcard channel and a local
sandbox bank, against a bare gRPC echo server measured in the same run.

Every call is a new payment (its own request_id) on one of the client thread's
card mandates: validation, the idempotency record, the payment and its attempt
and events written, a signed HTTP charge to the bank (which writes its own
SQLite row and signs its answer), the outcome applied. The bank runs in its own
process, as `python -m autodebit_plugins.bankcard.sandbox`; the kernel in
another; the client threads in this one. The bank's own charges/s, measured
alone, is printed too, so the share of the time the bank takes is visible.

    python bench/bench_payments.py                       # SQLite in a temporary directory
    python bench/bench_payments.py --database-url postgresql://postgres@127.0.0.1:5432/postgres
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from pathlib import Path

import grpc
import httpx
import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))

from autodebit.api.billing.v1 import billing_service_pb2 as pb
from autodebit.api.billing.v1 import billing_service_pb2_grpc, mandate_pb2, payment_pb2
from autodebit.api.customer.v1 import customer_pb2, customer_service_pb2, customer_service_pb2_grpc
from autodebit.api.type.v1 import money_pb2
from common import CallFactory, kernel_server, run_cases
from sandbox_bank import start_bank


def card_mandates(port: int, bank: dict[str, str], count: int) -> list[str]:
    """`count` customers, each with an active card mandate; their mandate names."""
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        customers = customer_service_pb2_grpc.CustomerServiceStub(channel)
        billing = billing_service_pb2_grpc.BillingServiceStub(channel)
        names = []
        for i in range(count):
            customer = customers.CreateCustomer(
                customer_service_pb2.CreateCustomerRequest(
                    customer=customer_pb2.Customer(display_name=f"Bench {i}"), request_id=str(uuid.uuid4())
                )
            ).customer
            token = httpx.post(
                f"{bank['Sandbox bank']}/v1/tokens",
                headers={"X-Publishable-Key": bank["Publishable key"]},
                json={"number": "4242424242424242", "exp_month": 12, "exp_year": 2099, "cvc": "123"},
            ).json()["token"]
            mandate = billing.StartMandate(
                pb.StartMandateRequest(
                    parent=customer.name,
                    mandate=mandate_pb2.Mandate(channel="bankcard"),
                    channel_parameters={"card_token": token},
                    request_id=str(uuid.uuid4()),
                )
            ).mandate
            assert mandate.state == mandate_pb2.Mandate.STATE_ACTIVE, mandate
            names.append(mandate.name)
    return names


def create_payment(mandates: list[str]) -> CallFactory:
    def factory(index: int):
        mandate = mandates[index % len(mandates)]

        def call(channel: grpc.Channel) -> None:
            payment = billing_service_pb2_grpc.BillingServiceStub(channel).CreatePayment(
                pb.CreatePaymentRequest(
                    payment=payment_pb2.Payment(
                        mandate=mandate,
                        amount=money_pb2.Money(currency_code="CNY", amount_minor=1999),
                        description="bench",
                    ),
                    request_id=str(uuid.uuid4()),
                )
            ).payment
            assert payment.state == payment_pb2.Payment.STATE_SUCCEEDED, payment.state

        return call

    return factory


def fresh_database(admin_url: str) -> tuple[str, str]:
    name = f"autodebit_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + f"/{name}", name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="PostgreSQL server URL; default: SQLite in a temporary directory")
    parser.add_argument("--threads", type=int, nargs="+", default=[8, 32])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--max-workers", type=int, help="the kernel's gRPC worker threads (default: its own)")
    args = parser.parse_args()
    extra = {"max_workers": args.max_workers} if args.max_workers else {}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        database_url, created = f"sqlite:///{data_dir / 'bench.db'}", ""
        if args.database_url:
            database_url, created = fresh_database(args.database_url)
        (data_dir / "bank").mkdir()
        bank_process, bank = start_bank(data_dir / "bank")
        options = {
            "base_url": bank["Sandbox bank"],
            "merchant_id": bank["Merchant id"],
            "merchant_secret_file": bank["Merchant secret file"],
            "bank_public_key_file": bank["Bank public key"],
        }
        try:
            with kernel_server(
                database_url, data_dir, plugins={"options": {"bankcard": options}}, **extra
            ) as port:
                mandates = card_mandates(port, bank, max(args.threads))
                for threads in args.threads:
                    run_cases(
                        port,
                        [(f"CreatePayment via bankcard, {threads} threads", create_payment(mandates))],
                        echo_bytes=600,
                        threads=threads,
                        seconds=args.seconds,
                        title=f"CreatePayment on {database_url.split(':')[0]}, sandbox bank in its own process",
                    )
        finally:
            bank_process.terminate()
            bank_process.wait()
            if created:
                with psycopg.connect(args.database_url, autocommit=True) as connection:
                    connection.execute(f'DROP DATABASE IF EXISTS "{created}" WITH (FORCE)')


if __name__ == "__main__":
    main()
