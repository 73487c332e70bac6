"""A customer's timeline: its domain events, newest first.

Everything that happens to a customer is an event with the customer set
(profile changes, contacts, notes, mandates, payments, refunds, invoices,
segment changes, automation), so the timeline is a range scan of the events
index on (customer, cursor), read backwards. Pages are keyset pages on the
cursor, so events added meanwhile never shift them. Unlike event streams, the
timeline shows every committed event at once (read-your-writes); on
PostgreSQL an event whose transaction commits late, behind a newer one, can
land on a page a reader has already passed: consumers that must see every
event use WatchEvents / ListEvents.
"""

from __future__ import annotations

from sqlmodel import col, select

from autodebit import pagination
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.app import App
from autodebit.customers import common
from autodebit.errors import Violations
from autodebit.events.outbox import DomainEvent, EventFilter, EventRecord
from autodebit.events.servicer import to_proto


def list_events(app: App, request: pb.ListCustomerEventsRequest) -> pb.ListCustomerEventsResponse:
    v = Violations()
    common.customer_id(request.parent, "parent", v)
    size = pagination.page_size(request.page_size, v)
    after = pagination.decode(request.page_token, request, v)
    for i, event_type in enumerate(request.types):
        v.check(
            0 < len(event_type) <= 100 and "*" not in event_type.removesuffix(".*"),
            f"types[{i}]",
            "must be an event type like payment.failed, or a prefix like payment.*",
        )
    if after is not None:
        v.check(
            len(after) == 1 and isinstance(after[0], int), "page_token", "not a token returned by this method"
        )
    v.raise_if_any()
    event_filter = EventFilter(types=tuple(request.types), customer=request.parent)
    query = select(EventRecord).where(event_filter.clause())
    if after is not None:
        query = query.where(col(EventRecord.id) < after[0])
    with app.db.read() as session:
        common.load_customer(session, request.parent, "parent")
        rows = list(session.exec(query.order_by(col(EventRecord.id).desc()).limit(size + 1)))
    page = [DomainEvent.from_record(r) for r in rows[:size]]
    response = pb.ListCustomerEventsResponse(events=[to_proto(e) for e in page])
    if len(rows) > size:
        response.next_page_token = pagination.encode([page[-1].cursor], request)
    return response
