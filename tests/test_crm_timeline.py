"""ListCustomerEvents: a customer's timeline from the domain events, newest first."""

from __future__ import annotations

import grpc
from autodebit.api.billing.v1 import mandate_pb2, payment_pb2
from autodebit.api.customer.v1 import crm_pb2, customer_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.type.v1 import money_pb2

from tests.crm_support import create_customer, record
from tests.support import failure


def timeline(stub, parent: str, page_size: int = 0, types: list[str] | None = None) -> list:
    seen, token = [], ""
    while True:
        page = stub.ListCustomerEvents(
            pb.ListCustomerEventsRequest(parent=parent, page_size=page_size, page_token=token, types=types or [])
        )
        assert page_size == 0 or len(page.events) <= page_size
        seen += page.events
        if not (token := page.next_page_token):
            return seen


def test_everything_that_happened_newest_first_and_paged(customers, kernel):
    owner = create_customer(customers)
    other = create_customer(customers, display_name="Someone else")
    customers.UpdateCustomer(pb.UpdateCustomerRequest(customer=customer_pb2.Customer(name=owner.name, tags=["vip"])))
    customers.CreateContact(pb.CreateContactRequest(
        parent=owner.name, request_id="c1",
        contact=crm_pb2.Contact(display_name="Han", roles=[crm_pb2.CONTACT_ROLE_BILLING])))
    customers.CreateNote(pb.CreateNoteRequest(parent=owner.name, note=crm_pb2.Note(body="hello"), request_id="n1"))
    mandate = mandate_pb2.Mandate(name=f"{owner.name}/mandates/m1", state=mandate_pb2.Mandate.STATE_ACTIVE)
    record(kernel, "mandate.activated", owner.name, mandate)
    paid = payment_pb2.Payment(name="payments/p1", state=payment_pb2.Payment.STATE_SUCCEEDED,
                               amount=money_pb2.Money(currency_code="CNY", amount_minor=100))
    record(kernel, "payment.succeeded", owner.name, paid)
    record(kernel, "payment.succeeded", other.name, paid)  # someone else's
    customers.ArchiveCustomer(pb.ArchiveCustomerRequest(name=owner.name))

    expected = [
        "customer.segment_changed",  # churned
        "customer.archived",
        "customer.segment_changed",  # healthy
        "payment.succeeded",
        "mandate.activated",
        "note.created",
        "contact.created",
        "customer.updated",
        "customer.created",
    ]
    everything = timeline(customers, owner.name)
    assert [e.type for e in everything] == expected
    assert all(e.customer == owner.name for e in everything)
    cursors = [int(e.cursor) for e in everything]
    assert cursors == sorted(cursors, reverse=True)
    assert [e.name for e in timeline(customers, owner.name, page_size=2)] == [e.name for e in everything]
    # The payload is the snapshot after the change.
    snapshot = payment_pb2.Payment()
    assert everything[3].data.Unpack(snapshot) and snapshot == paid
    only = timeline(customers, owner.name, types=["payment.*", "customer.archived"])
    assert [e.type for e in only] == ["customer.archived", "payment.succeeded"]


def test_paging_is_stable_while_events_are_added(customers, kernel):
    owner = create_customer(customers)
    for i in range(6):
        customers.CreateNote(pb.CreateNoteRequest(parent=owner.name, note=crm_pb2.Note(body=f"n{i}"), request_id=f"n{i}"))
    first = customers.ListCustomerEvents(pb.ListCustomerEventsRequest(parent=owner.name, page_size=3))
    customers.CreateNote(pb.CreateNoteRequest(parent=owner.name, note=crm_pb2.Note(body="late"), request_id="late"))
    second = customers.ListCustomerEvents(
        pb.ListCustomerEventsRequest(parent=owner.name, page_size=3, page_token=first.next_page_token)
    )
    third = customers.ListCustomerEvents(
        pb.ListCustomerEventsRequest(parent=owner.name, page_size=3, page_token=second.next_page_token)
    )
    names = [e.name for e in [*first.events, *second.events, *third.events]]
    assert len(names) == len(set(names)) == 7  # six notes and customer.created; "late" is on top, not here
    assert not third.next_page_token


def test_bad_requests(customers):
    owner = create_customer(customers)
    error = failure(lambda: customers.ListCustomerEvents(pb.ListCustomerEventsRequest(parent="customers/" + "0" * 26)))
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "CUSTOMER_NOT_FOUND")
    error = failure(
        lambda: customers.ListCustomerEvents(pb.ListCustomerEventsRequest(parent=owner.name, types=["pay*ment"]))
    )
    assert set(error.fields) == {"types[0]"}
    token = customers.ListCustomerEvents(pb.ListCustomerEventsRequest(parent=owner.name, page_size=1)).next_page_token
    assert token == ""  # one event only
    customers.CreateNote(pb.CreateNoteRequest(parent=owner.name, note=crm_pb2.Note(body="x"), request_id="x"))
    token = customers.ListCustomerEvents(pb.ListCustomerEventsRequest(parent=owner.name, page_size=1)).next_page_token
    error = failure(
        lambda: customers.ListCustomerEvents(
            pb.ListCustomerEventsRequest(parent=owner.name, page_size=1, page_token=token, types=["note.*"])
        )
    )
    assert set(error.fields) == {"page_token"}
