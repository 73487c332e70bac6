"""Acceptance: page through 10,000 customers over gRPC without duplicates or gaps
while other customers are being created concurrently, on each database."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from autodebit.api.customer.v1 import customer_service_pb2 as pb

from tests.crm_support import bulk_customers, count, create_customer

TOTAL = 10_000


def page_through(stub, page_size: int, **filters: object) -> list:
    seen, token = [], ""
    while True:
        page = stub.ListCustomers(pb.ListCustomersRequest(page_size=page_size, page_token=token, **filters))  # type: ignore[arg-type]
        assert len(page.customers) <= page_size
        seen += page.customers
        if not (token := page.next_page_token):
            return seen


def test_ten_thousand_customers_page_without_duplicates_or_gaps_while_others_are_added(customers, kernel):
    bulk_customers(kernel, TOTAL, datetime.now(UTC) - timedelta(days=1))
    assert count(kernel, "customers") == TOTAL
    existing = {f"customers/bulk{n:022d}" for n in range(1, TOTAL + 1)}

    added: list[str] = []
    stop = threading.Event()

    def add_customers() -> None:
        while not stop.is_set():
            added.append(create_customer(customers, display_name=f"Concurrent {len(added)}").name)

    writer = threading.Thread(target=add_customers)
    writer.start()
    try:
        while len(added) < 3:  # make sure creation is under way before paging starts
            time.sleep(0.01)
        seen = page_through(customers, 250)
        tagged = page_through(customers, 100, tag="tenth")
    finally:
        stop.set()
        writer.join()

    names = [c.name for c in seen]
    assert len(names) == len(set(names)), "a customer was served twice"
    assert existing <= set(names), f"{len(existing - set(names))} customers were skipped"
    keys = [(c.create_time.ToDatetime(), c.name) for c in seen]
    assert keys == sorted(keys, reverse=True)  # newest first, strictly
    assert len(added) > 3 and count(kernel, "customers") == TOTAL + len(added)
    assert [c.name for c in tagged] == [f"customers/bulk{n:022d}" for n in range(10, TOTAL + 1, 10)]
