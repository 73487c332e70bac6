"""ListCustomers and GetCustomerInsights with 100,000 customers, against a bare gRPC echo.

Bulk-loads the customers (with tags, insights, per-currency amounts and
declines) by set-based SQL, starts a kernel and an echo server in child
processes, and drives each with N client threads in a closed loop. Prints
calls per second, p50/p90/p99/max latency and the ratio to the echo baseline
measured in the same run, with echo payloads as large as the responses (a
page of 50 customers, one insights message), so that the ratio shows the
kernel's own cost rather than protobuf and transport.

    python bench/bench_customers.py                      # SQLite in a temporary directory
    python bench/bench_customers.py --database-url postgresql://postgres@127.0.0.1:5432/postgres

With --database-url, a fresh database `autodebit_bench_<random>` is created on
that server (the URL's database is only used to create and drop it) and
dropped afterwards unless --keep.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import grpc
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))

from autodebit import pagination, schema
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.customer.v1 import customer_service_pb2_grpc
from autodebit.db import Database, normalise_url
from common import kernel_server, run_cases

PAGE_SIZE = 50
SEGMENTS = ("new", "healthy", "healthy", "healthy", "at_risk", "delinquent", "churned")


def ident(prefix: str, dialect: str) -> str:
    width = 26 - len(prefix)
    return (
        f"'{prefix}' || lpad(g::text, {width}, '0')"
        if dialect == "postgresql"
        else f"'{prefix}' || printf('%0{width}d', g)"
    )


def bulk_load(db: Database, count: int, newest: datetime) -> None:
    """Customers, tags, insights, amounts and declines for `count` customers, set-based."""
    dialect = db.dialect
    if dialect == "postgresql":
        series = "FROM generate_series(1, CAST(:n AS integer)) AS g"
        prefix = ""
        at = "(CAST(:newest AS timestamp) - g * interval '1 second') AT TIME ZONE 'UTC'"
        newest_param: object = newest.replace(tzinfo=None)
        segment = f"(ARRAY[{', '.join(repr(s) for s in SEGMENTS)}])[g % {len(SEGMENTS)} + 1]"
    else:
        series = "FROM seq"
        prefix = "WITH RECURSIVE seq(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM seq WHERE g < :n) "
        at = "strftime('%Y-%m-%d %H:%M:%S', :newest, '-' || g || ' seconds') || '.000000'"
        newest_param = newest.replace(tzinfo=None).isoformat(sep=" ")
        segment = "CASE g % {n} {whens} END".format(
            n=len(SEGMENTS), whens=" ".join(f"WHEN {i} THEN '{s}'" for i, s in enumerate(SEGMENTS))
        )
    customer = ident("c", dialect)
    statements = [
        f"{prefix}INSERT INTO customers (id, display_name, entity_type, email, email_lookup, locale, time_zone,"
        f" tax_ids, invoice_delivery, extra, state, segment, created_at, updated_at, version)"
        f" SELECT {customer}, 'Customer ' || g, 'person', 'c' || g || '@example.com', 'c' || g || '@example.com',"
        f" 'zh-CN', 'Asia/Shanghai', '[]', 'email', '{{}}', 'active', {segment}, {at}, {at}, 1 {series}",
        f"{prefix}INSERT INTO customer_tags (customer_id, tag, customer_created_at)"
        f" SELECT {customer}, 'tenth', {at} {series} WHERE g % 10 = 0",
        f"{prefix}INSERT INTO customer_tags (customer_id, tag, customer_created_at)"
        f" SELECT {customer}, 'vip', {at} {series} WHERE g % 7 = 0",
        f"{prefix}INSERT INTO customer_insights (customer_id, payments_attempted, payments_succeeded,"
        f" payments_failed, consecutive_failures, last_decline_reason, last_success_at, invoices_paid,"
        f" invoices_paid_on_time, days_to_pay_seconds, overdue_invoices, uncollectible_invoices, mandates_active,"
        f" mandates_expiring, mandates_ever_active, complaints_since_success, segment_reason, updated_at)"
        f" SELECT {customer}, 12 + g % 5, 10, 2 + g % 5, g % 3, 'insufficient_funds', {at}, 8, 7 + g % 2,"
        f" 8 * 86400 * (1 + g % 4), g % 2, 0, 1, 0, 1, 0, 'bench', {at} {series}",
        f"{prefix}INSERT INTO customer_insight_amounts (customer_id, currency_code, outstanding_minor,"
        f" overdue_minor, collected_minor, refunded_minor)"
        f" SELECT {customer}, 'CNY', 9900 * (g % 3), 9900 * (g % 2), 99000 + g, 990 {series}",
        f"{prefix}INSERT INTO customer_insight_declines (customer_id, reason, decline_class, count)"
        f" SELECT {customer}, 'insufficient_funds', 'soft', 2 + g % 5 {series}",
    ]
    with db.engine.begin() as connection:
        for statement in statements:
            connection.execute(sa.text(statement), {"n": count, "newest": newest_param})
        if dialect == "postgresql":
            connection.execute(sa.text("ANALYZE"))


def list_first_page(_: int):
    request = pb.ListCustomersRequest(page_size=PAGE_SIZE)

    def call(channel):
        return customer_service_pb2_grpc.CustomerServiceStub(channel).ListCustomers(request)

    return call


def list_random_page(count: int, newest: datetime):
    def factory(index: int):
        rng = random.Random(index)

        def call(channel):
            g = rng.randint(1, count - PAGE_SIZE)
            request = pb.ListCustomersRequest(page_size=PAGE_SIZE)
            created = (newest - timedelta(seconds=g)).isoformat()
            request.page_token = pagination.encode([created, f"c{g:025d}"], request)
            response = customer_service_pb2_grpc.CustomerServiceStub(channel).ListCustomers(request)
            assert len(response.customers) == PAGE_SIZE
            return response

        return call

    return factory


def list_tagged_page(count: int, newest: datetime):
    def factory(index: int):
        rng = random.Random(1000 + index)

        def call(channel):
            g = rng.randint(1, count // 10 - PAGE_SIZE) * 10
            request = pb.ListCustomersRequest(page_size=PAGE_SIZE, tag="tenth")
            created = (newest - timedelta(seconds=g)).isoformat()
            request.page_token = pagination.encode([created, f"c{g:025d}"], request)
            return customer_service_pb2_grpc.CustomerServiceStub(channel).ListCustomers(request)

        return call

    return factory


def insights_random(count: int):
    def factory(index: int):
        rng = random.Random(2000 + index)

        def call(channel):
            name = f"customers/c{rng.randint(1, count):025d}"
            response = customer_service_pb2_grpc.CustomerServiceStub(channel).GetCustomerInsights(
                pb.GetCustomerInsightsRequest(name=name)
            )
            assert response.insights.payments_succeeded == 10
            return response

        return call

    return factory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--database-url", help="PostgreSQL server to create the bench database on.")
    parser.add_argument("--keep", action="store_true", help="Keep the PostgreSQL bench database.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        admin_url = args.database_url
        bench_db = f"autodebit_bench_{uuid.uuid4().hex[:8]}"
        if admin_url:
            admin = sa.create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(sa.text(f'CREATE DATABASE "{bench_db}"'))
            url = admin_url.rsplit("/", 1)[0] + f"/{bench_db}"
        else:
            url = f"sqlite:///{data_dir / 'bench.db'}"
        try:
            db = Database(url)
            schema.upgrade(db)
            newest = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
            began = time.perf_counter()
            bulk_load(db, args.customers, newest)
            print(f"loaded {args.customers:,} customers (+ tags, insights) into {db.dialect} "
                  f"in {time.perf_counter() - began:.1f} s", flush=True)
            db.dispose()
            timing = {"threads": args.threads, "seconds": args.seconds, "warmup": args.warmup}
            with kernel_server(url, data_dir) as port:
                with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
                    page_bytes = list_first_page(0)(channel).ByteSize()
                    insight_bytes = insights_random(args.customers)(0)(channel).ByteSize()
                print(f"response sizes: a page of {PAGE_SIZE} customers {page_bytes:,} B, "
                      f"insights {insight_bytes:,} B", flush=True)
                run_cases(port, [
                    (f"ListCustomers page 1 ({PAGE_SIZE})", list_first_page),
                    (f"ListCustomers random page ({PAGE_SIZE})", list_random_page(args.customers, newest)),
                    (f"ListCustomers tag filter, random page ({PAGE_SIZE})",
                     list_tagged_page(args.customers, newest)),
                ], echo_bytes=page_bytes, title=f"\n{args.customers:,} customers on {db.dialect}: pages", **timing)
                run_cases(port, [
                    ("GetCustomerInsights random customer", insights_random(args.customers)),
                ], echo_bytes=insight_bytes, title=f"\n{args.customers:,} customers on {db.dialect}: insights",
                    **timing)
        finally:
            if admin_url and not args.keep:
                with admin.connect() as connection:
                    connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{bench_db}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
