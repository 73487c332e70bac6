"""Test clocks: simulated time for sandbox mode.

A test clock is a row, not an object in memory, so every kernel process
sharing the database reads the same time from it. Time on a test clock only
moves forward.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlmodel import Field, Session, SQLModel, col, select

from autodebit import pagination
from autodebit.api.billing.v1 import billing_service_pb2, test_clock_pb2
from autodebit.clock import Clock
from autodebit.db import UtcDateTime
from autodebit.errors import FailedPrecondition, NotFound, Violations
from autodebit.events import outbox
from autodebit.idempotency import check_request_id
from autodebit.ids import new_id, parse_name
from autodebit.protoconv import timestamp

if TYPE_CHECKING:
    from autodebit.app import App


class TestClockRow(SQLModel, table=True):
    __tablename__ = "test_clocks"
    __test__ = False  # not a pytest test class

    id: str = Field(primary_key=True, max_length=26)
    display_name: str = Field(max_length=200)
    frozen_time: datetime = Field(sa_type=UtcDateTime)
    created_at: datetime = Field(sa_type=UtcDateTime, index=True)

    @property
    def name(self) -> str:
        return f"testClocks/{self.id}"


class StoredClock:
    """The time of one test clock, read from the database on every call."""

    def __init__(self, session: Session, test_clock_id: str) -> None:
        self._session = session
        self._id = test_clock_id

    def now(self) -> datetime:
        return get(self._session, self._id).frozen_time


def get(session: Session, test_clock_id: str) -> TestClockRow:
    row = session.get(TestClockRow, test_clock_id)
    if row is None:
        raise NotFound(
            f"testClocks/{test_clock_id} does not exist",
            reason="TEST_CLOCK_NOT_FOUND",
            metadata={"name": f"testClocks/{test_clock_id}"},
        )
    return row


def clock_for(session: Session, test_clock_id: str | None, system: Clock) -> Clock:
    """The clock a customer's business runs on: its test clock, or the system clock."""
    return StoredClock(session, test_clock_id) if test_clock_id else system


def to_proto(row: TestClockRow) -> test_clock_pb2.TestClock:
    return test_clock_pb2.TestClock(
        name=row.name,
        display_name=row.display_name,
        frozen_time=timestamp(row.frozen_time),
        create_time=timestamp(row.created_at),
    )


def require_sandbox(app: App) -> None:
    if not app.settings.sandbox:
        raise FailedPrecondition("test clocks exist only in sandbox mode", reason="SANDBOX_ONLY")


def validate_create(app: App, request: billing_service_pb2.CreateTestClockRequest) -> None:
    require_sandbox(app)
    v = Violations()
    v.check(
        len(request.test_clock.display_name) <= 200,
        "test_clock.display_name",
        "at most 200 characters",
    )
    check_request_id(request.request_id, v)
    v.raise_if_any()


def create(
    app: App, request: billing_service_pb2.CreateTestClockRequest, session: Session
) -> billing_service_pb2.CreateTestClockResponse:
    now = app.clock.now()
    given = request.test_clock
    row = TestClockRow(
        id=new_id(),
        display_name=given.display_name,
        frozen_time=given.frozen_time.ToDatetime(UTC) if given.HasField("frozen_time") else now,
        created_at=now,
    )
    session.add(row)
    clock = to_proto(row)
    outbox.record(session, type="test_clock.created", subject=row.name, data=clock, at=now)
    return billing_service_pb2.CreateTestClockResponse(test_clock=clock)


def read(app: App, name: str) -> test_clock_pb2.TestClock:
    v = Violations()
    clock_id = parse_name(name, "testClocks", "name", v)
    v.raise_if_any()
    with app.db.read() as session:
        return to_proto(get(session, clock_id))  # type: ignore[arg-type]


def list_clocks(
    app: App, request: billing_service_pb2.ListTestClocksRequest
) -> billing_service_pb2.ListTestClocksResponse:
    v = Violations()
    size = pagination.page_size(request.page_size, v)
    after = pagination.decode(request.page_token, request, v)
    v.raise_if_any()
    query = select(TestClockRow).order_by(col(TestClockRow.id).desc()).limit(size + 1)
    if after is not None:
        query = query.where(col(TestClockRow.id) < after[0])
    with app.db.read() as session:
        rows = list(session.exec(query))
    response = billing_service_pb2.ListTestClocksResponse(
        test_clocks=[to_proto(r) for r in rows[:size]]
    )
    if len(rows) > size:
        response.next_page_token = pagination.encode([rows[size - 1].id], request)
    return response


def advance(
    app: App, request: billing_service_pb2.AdvanceTestClockRequest
) -> billing_service_pb2.AdvanceTestClockResponse:
    require_sandbox(app)
    v = Violations()
    clock_id = parse_name(request.name, "testClocks", "name", v)
    v.check(request.HasField("frozen_time"), "frozen_time", "required")
    v.raise_if_any()
    target = request.frozen_time.ToDatetime(UTC)
    with app.db.transaction() as session:
        row = get(session, clock_id)  # type: ignore[arg-type]
        if target < row.frozen_time:
            v.add("frozen_time", "must not be before the clock's current time")
            v.raise_if_any()
        row.frozen_time = target
        session.add(row)
        clock = to_proto(row)
        outbox.record(
            session, type="test_clock.advanced", subject=row.name, data=clock, at=app.clock.now()
        )
    return billing_service_pb2.AdvanceTestClockResponse(test_clock=clock)
