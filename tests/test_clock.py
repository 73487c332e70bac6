"""Clocks and test clocks."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import grpc
import pytest
from google.protobuf import timestamp_pb2

from autodebit.api.billing.v1 import billing_service_pb2 as pb
from autodebit.api.billing.v1 import test_clock_pb2
from autodebit.api.customer.v1 import customer_pb2, customer_service_pb2
from autodebit.clock import FixedClock, as_utc
from tests.support import failure


def stamp(at: datetime) -> timestamp_pb2.Timestamp:
    result = timestamp_pb2.Timestamp()
    result.FromDatetime(at)
    return result


def test_fixed_clock_never_goes_back():
    clock = FixedClock(datetime(2024, 2, 29, 12, tzinfo=UTC))
    clock.advance_to(datetime(2024, 3, 1, tzinfo=UTC))
    with pytest.raises(ValueError):
        clock.advance_to(datetime(2024, 1, 1, tzinfo=UTC))


def test_as_utc_normalises_offsets_and_naive_values():
    shanghai = timezone(timedelta(hours=8))
    assert as_utc(datetime(2024, 1, 1, 8, tzinfo=shanghai)) == datetime(2024, 1, 1, tzinfo=UTC)
    assert as_utc(datetime(2024, 1, 1)).tzinfo is UTC


def create_clock(billing, at: datetime) -> test_clock_pb2.TestClock:
    return billing.CreateTestClock(
        pb.CreateTestClockRequest(
            test_clock=test_clock_pb2.TestClock(display_name="year one", frozen_time=stamp(at)),
            request_id=str(uuid.uuid4()),
        )
    ).test_clock


def test_a_customer_on_a_test_clock_lives_in_its_time(billing, customers):
    start = datetime(2025, 1, 31, 16, tzinfo=UTC)
    clock = create_clock(billing, start)
    customer = customers.CreateCustomer(
        customer_service_pb2.CreateCustomerRequest(
            customer=customer_pb2.Customer(display_name="Han Meimei", test_clock=clock.name),
            request_id=str(uuid.uuid4()),
        )
    ).customer
    assert customer.test_clock == clock.name
    assert customer.create_time.ToDatetime(UTC) == start

    later = start + timedelta(days=365)
    advanced = billing.AdvanceTestClock(pb.AdvanceTestClockRequest(name=clock.name, frozen_time=stamp(later))).test_clock
    assert advanced.frozen_time.ToDatetime(UTC) == later
    updated = customers.UpdateCustomer(
        customer_service_pb2.UpdateCustomerRequest(customer=customer_pb2.Customer(name=customer.name, display_name="韩梅梅"))
    ).customer
    assert updated.update_time.ToDatetime(UTC) == later
    assert billing.GetTestClock(pb.GetTestClockRequest(name=clock.name)).test_clock == advanced
    assert [c.name for c in billing.ListTestClocks(pb.ListTestClocksRequest()).test_clocks] == [clock.name]


def test_a_test_clock_cannot_go_back(billing):
    clock = create_clock(billing, datetime(2025, 6, 1, tzinfo=UTC))
    error = failure(
        lambda: billing.AdvanceTestClock(
            pb.AdvanceTestClockRequest(name=clock.name, frozen_time=stamp(datetime(2025, 5, 1, tzinfo=UTC)))
        )
    )
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert "frozen_time" in error.fields


def test_unknown_test_clock_is_not_found(billing):
    error = failure(lambda: billing.GetTestClock(pb.GetTestClockRequest(name="testClocks/" + "0" * 26)))
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "TEST_CLOCK_NOT_FOUND")
