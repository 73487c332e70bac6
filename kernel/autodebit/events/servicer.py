"""EventService: the outbox as a resumable, filterable stream."""

from __future__ import annotations

from collections.abc import Iterator

import grpc

from autodebit.api.kernel.v1 import event_pb2 as pb
from autodebit.api.kernel.v1 import event_pb2_grpc
from autodebit.app import App
from autodebit.errors import Violations
from autodebit.events.outbox import DomainEvent, EventFilter, read_after
from autodebit.ids import parse_name
from autodebit.pagination import page_size

BATCH = 500


def to_proto(event: DomainEvent) -> pb.Event:
    message = pb.Event(
        name=f"events/{event.cursor}",
        cursor=str(event.cursor),
        type=event.type,
        subject=event.subject,
        customer=event.customer or "",
        data=event.data,
        request_id=event.request_id or "",
    )
    message.create_time.FromDatetime(event.created_at)
    return message


def parse_request(
    after_cursor: str, types: list[str], customer: str, v: Violations
) -> tuple[int, EventFilter]:
    cursor = 0
    if after_cursor:
        if v.check(after_cursor.isdigit(), "after_cursor", "not a cursor returned by this service"):
            cursor = int(after_cursor)
    for i, event_type in enumerate(types):
        v.check(
            0 < len(event_type) <= 100 and "*" not in event_type.removesuffix(".*"),
            f"types[{i}]",
            "must be an event type like customer.created, or a prefix like customer.*",
        )
    if customer:
        parse_name(customer, "customers", "customer", v)
    return cursor, EventFilter(types=tuple(types), customer=customer or None)


class EventServicer(event_pb2_grpc.EventServiceServicer):
    def __init__(self, app: App) -> None:
        self.app = app

    def ListEvents(self, request: pb.ListEventsRequest, context: object) -> pb.ListEventsResponse:
        v = Violations()
        size = page_size(request.page_size, v, default=100)
        cursor, event_filter = parse_request(
            request.after_cursor, list(request.types), request.customer, v
        )
        v.raise_if_any()
        with self.app.db.read() as session:
            events = read_after(session, cursor, size, event_filter)
        return pb.ListEventsResponse(
            events=[to_proto(e) for e in events],
            next_cursor=str(events[-1].cursor if events else cursor),
        )

    def WatchEvents(
        self, request: pb.WatchEventsRequest, context: grpc.ServicerContext
    ) -> Iterator[pb.WatchEventsResponse]:
        v = Violations()
        cursor, event_filter = parse_request(
            request.after_cursor, list(request.types), request.customer, v
        )
        v.raise_if_any()
        poll = self.app.settings.events.poll_interval_seconds
        while context.is_active():
            with self.app.db.read() as session:
                events = read_after(session, cursor, BATCH, event_filter)
            for event in events:
                yield pb.WatchEventsResponse(event=to_proto(event))
                cursor = event.cursor
            if len(events) < BATCH:
                # Woken by a commit in this process; the timeout catches other processes.
                with self.app.db.committed:
                    self.app.db.committed.wait(poll)
