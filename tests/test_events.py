"""Domain events: outbox in the same transaction, ordered, resumable streams, listeners."""

from __future__ import annotations

import threading
import time
import uuid

import pytest

from autodebit.api.customer.v1 import customer_pb2, customer_service_pb2
from autodebit.api.kernel.v1 import event_pb2 as pb
from autodebit.events import outbox
from autodebit.events.outbox import EventFilter, read_after
from autodebit.plugin_host import hookimpl
from autodebit.plugin_host.providers import EventListener
from autodebit.server import start
from tests.conftest import make_settings


def create_customer(customers, display_name: str = "Zhang San", request_id: str | None = None):
    return customers.CreateCustomer(
        customer_service_pb2.CreateCustomerRequest(
            customer=customer_pb2.Customer(display_name=display_name),
            request_id=request_id or str(uuid.uuid4()),
        )
    ).customer


def test_a_create_writes_its_event_with_the_snapshot_and_request_id(customers, events):
    request_id = str(uuid.uuid4())
    created = create_customer(customers, request_id=request_id)
    listed = events.ListEvents(pb.ListEventsRequest()).events
    assert [(e.type, e.subject, e.customer) for e in listed] == [("customer.created", created.name, created.name)]
    snapshot = customer_pb2.Customer()
    assert listed[0].data.Unpack(snapshot)
    assert snapshot == created
    assert listed[0].request_id == request_id


def test_list_events_pages_by_cursor_and_filters(customers, events):
    first = create_customer(customers, "A")
    create_customer(customers, "B")
    page = events.ListEvents(pb.ListEventsRequest(page_size=1))
    assert len(page.events) == 1
    rest = events.ListEvents(pb.ListEventsRequest(after_cursor=page.next_cursor)).events
    assert len(rest) == 1 and rest[0].cursor != page.events[0].cursor
    only_first = events.ListEvents(pb.ListEventsRequest(customer=first.name)).events
    assert [e.subject for e in only_first] == [first.name]
    assert events.ListEvents(pb.ListEventsRequest(types=["payment.*"])).events == []
    assert len(events.ListEvents(pb.ListEventsRequest(types=["customer.*"])).events) == 2


def test_watch_streams_in_order_and_resumes_from_a_cursor(customers, events):
    received: list[pb.Event] = []
    stream = events.WatchEvents(pb.WatchEventsRequest(types=["customer.created"]))

    def consume() -> None:
        for response in stream:
            received.append(response.event)
            if len(received) == 3:
                return

    consumer = threading.Thread(target=consume)
    consumer.start()
    names = [create_customer(customers, f"c{i}").name for i in range(3)]
    consumer.join(timeout=10)
    stream.cancel()
    assert [e.subject for e in received] == names

    resumed = events.WatchEvents(pb.WatchEventsRequest(after_cursor=received[1].cursor))
    assert next(resumed).event.subject == names[2]
    resumed.cancel()


def test_readers_never_pass_an_event_whose_transaction_is_still_open(kernel):
    if kernel.app.db.dialect != "postgresql":
        pytest.skip("SQLite has one writer at a time, so commit order is sequence order")
    from datetime import UTC, datetime

    db = kernel.app.db
    slow = db.transaction()
    slow_session = slow.__enter__()
    outbox.record(slow_session, type="test.slow", subject="x", data=pb.Event(), at=datetime.now(UTC))
    slow_session.flush()  # takes the lower sequence number, not yet committed
    with db.transaction() as fast:
        outbox.record(fast, type="test.fast", subject="y", data=pb.Event(), at=datetime.now(UTC))
    with db.read() as session:
        assert read_after(session, 0, 10, EventFilter()) == []  # not [fast]: that would skip slow
    slow.__exit__(None, None, None)
    with db.read() as session:
        assert [e.type for e in read_after(session, 0, 10, EventFilter())] == ["test.slow", "test.fast"]


class Recorder(EventListener):
    id = "recorder"
    event_types = ("customer.*",)

    def __init__(self) -> None:
        self.seen: list[str] = []

    def handle(self, event: outbox.DomainEvent) -> None:
        self.seen.append(event.subject)


class Broken(EventListener):
    id = "broken"
    event_types = ()

    def handle(self, event: outbox.DomainEvent) -> None:
        raise RuntimeError("listener bug")


class ListenerPlugin:
    """Test plugin with one recording and one broken listener."""

    def __init__(self) -> None:
        self.recorder = Recorder()

    @hookimpl
    def autodebit_register_event_listeners(self, register):
        register(self.recorder)
        register(Broken())


def wait_for(condition, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def listener_cursors(kernel) -> int:
    import sqlalchemy as sa

    with kernel.app.db.engine.connect() as connection:
        # Plugin listeners only: the kernel's own (ids with a ":") have cursors too.
        return connection.execute(
            sa.text("SELECT count(*) FROM event_listener_cursors WHERE listener_id NOT LIKE '%:%'")
        ).scalar_one()


def test_listeners_receive_events_after_commit_and_a_broken_one_harms_nobody(databases, tmp_path):
    plugin = ListenerPlugin()
    kernel = start(make_settings(databases.create(), tmp_path), extra_plugins=[("listeners", plugin)])
    try:
        import grpc

        from autodebit.api.customer.v1 import customer_service_pb2_grpc

        with grpc.insecure_channel(f"127.0.0.1:{kernel.port}") as channel:
            stub = customer_service_pb2_grpc.CustomerServiceStub(channel)
            wait_for(lambda: listener_cursors(kernel) == 2)  # listeners start at the tail
            names = [create_customer(stub, f"l{i}").name for i in range(3)]
        wait_for(lambda: len(plugin.recorder.seen) >= 3)
        assert plugin.recorder.seen == names
    finally:
        kernel.stop(grace=1)
