"""Contacts and notes through a real server over gRPC."""

from __future__ import annotations

import uuid

import grpc
import pytest
from autodebit.api.customer.v1 import crm_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from google.protobuf import field_mask_pb2

from tests.crm_support import count, create_customer, event_types
from tests.support import failure

Contact = crm_pb2.Contact
Note = crm_pb2.Note
BILLING, TECHNICAL = crm_pb2.CONTACT_ROLE_BILLING, crm_pb2.CONTACT_ROLE_TECHNICAL


def add_contact(stub, parent: str, request_id: str | None = None, **fields: object) -> Contact:
    values: dict[str, object] = {"display_name": "Han Meimei", "email": "han@example.com", "roles": [BILLING]}
    values.update(fields)
    return stub.CreateContact(
        pb.CreateContactRequest(parent=parent, contact=Contact(**values), request_id=request_id or str(uuid.uuid4()))  # type: ignore[arg-type]
    ).contact


def add_note(stub, parent: str, body: str = "Called about the invoice", **fields: object) -> Note:
    return stub.CreateNote(
        pb.CreateNoteRequest(parent=parent, note=Note(body=body, **fields), request_id=str(uuid.uuid4()))  # type: ignore[arg-type]
    ).note


def test_contacts_crud_with_events(customers, kernel):
    owner = create_customer(customers)
    billing = add_contact(customers, owner.name, phone="+86 138 0013 8000", email="Han@Example.COM")
    technical = add_contact(customers, owner.name, display_name="Ops", email="ops@example.com", roles=[TECHNICAL, BILLING])
    assert billing.name.startswith(owner.name + "/contacts/")
    assert (billing.email, billing.phone) == ("Han@example.com", "+8613800138000")
    assert list(technical.roles) == [BILLING, TECHNICAL]

    listed = customers.ListContacts(pb.ListContactsRequest(parent=owner.name)).contacts
    assert [c.name for c in listed] == [billing.name, technical.name]  # oldest first
    only_technical = customers.ListContacts(pb.ListContactsRequest(parent=owner.name, role=TECHNICAL)).contacts
    assert [c.name for c in only_technical] == [technical.name]

    updated = customers.UpdateContact(
        pb.UpdateContactRequest(
            contact=Contact(name=billing.name, phone="", locale="zh-CN", display_name="ignored"),
            update_mask=field_mask_pb2.FieldMask(paths=["phone", "locale"]),
        )
    ).contact
    assert (updated.phone, updated.locale, updated.display_name) == ("", "zh-CN", "Han Meimei")

    customers.DeleteContact(pb.DeleteContactRequest(name=technical.name))
    assert [c.name for c in customers.ListContacts(pb.ListContactsRequest(parent=owner.name)).contacts] == [billing.name]
    assert event_types(kernel, owner.name) == [
        "customer.created",
        "contact.created",
        "contact.created",
        "contact.updated",
        "contact.deleted",
    ]
    error = failure(lambda: customers.DeleteContact(pb.DeleteContactRequest(name=technical.name)))
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "CONTACT_NOT_FOUND")


def test_create_contact_is_idempotent(customers, kernel):
    owner = create_customer(customers)
    first = add_contact(customers, owner.name, request_id="contact-1")
    again = add_contact(customers, owner.name, request_id="contact-1")
    assert again == first
    assert count(kernel, "customer_contacts") == 1
    error = failure(lambda: add_contact(customers, owner.name, request_id="contact-1", display_name="Other"))
    assert (error.code, error.reason) == (grpc.StatusCode.ALREADY_EXISTS, "REQUEST_ID_REUSED")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"display_name": " "}, "contact.display_name"),
        ({"email": "han@"}, "contact.email"),
        ({"phone": "0123"}, "contact.phone"),
        ({"roles": []}, "contact.roles"),
        ({"roles": [BILLING, 9]}, "contact.roles[1]"),
        ({"locale": "xx-QQ"}, "contact.locale"),
    ],
)
def test_bad_contacts_are_invalid_argument_and_write_nothing(customers, kernel, fields, field):
    owner = create_customer(customers)
    error = failure(lambda: add_contact(customers, owner.name, **fields))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert field in error.fields
    assert count(kernel, "customer_contacts") == 0
    assert event_types(kernel, owner.name) == ["customer.created"]


def test_contacts_of_an_archived_customer_are_frozen(customers):
    owner = create_customer(customers)
    contact = add_contact(customers, owner.name)
    customers.ArchiveCustomer(pb.ArchiveCustomerRequest(name=owner.name))
    for call in (
        lambda: add_contact(customers, owner.name),
        lambda: customers.UpdateContact(pb.UpdateContactRequest(contact=Contact(name=contact.name, display_name="X"))),
        lambda: customers.DeleteContact(pb.DeleteContactRequest(name=contact.name)),
    ):
        error = failure(call)
        assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "CUSTOMER_ARCHIVED")


def test_contact_names_must_belong_to_their_customer(customers):
    one, other = create_customer(customers), create_customer(customers)
    contact = add_contact(customers, one.name)
    foreign = contact.name.replace(one.name, other.name)
    error = failure(lambda: customers.DeleteContact(pb.DeleteContactRequest(name=foreign)))
    assert error.code == grpc.StatusCode.NOT_FOUND
    error = failure(lambda: customers.DeleteContact(pb.DeleteContactRequest(name="contacts/x")))
    assert (error.code, set(error.fields)) == (grpc.StatusCode.INVALID_ARGUMENT, {"name"})


def test_contacts_page_without_gaps(customers):
    owner = create_customer(customers)
    names = [add_contact(customers, owner.name, display_name=f"c{i}").name for i in range(7)]
    seen, token = [], ""
    while True:
        page = customers.ListContacts(pb.ListContactsRequest(parent=owner.name, page_size=3, page_token=token))
        seen += [c.name for c in page.contacts]
        if not (token := page.next_page_token):
            break
    assert seen == names


def test_notes_of_each_kind_with_author_and_time_newest_first(customers, kernel):
    owner = create_customer(customers)
    first = add_note(customers, owner.name, "Prefers invoices in Chinese")
    feedback = add_note(customers, owner.name, "Loves the new plan", kind=Note.KIND_FEEDBACK, author="sales@example.com")
    complaint = customers.CreateNote(
        pb.CreateNoteRequest(
            parent=owner.name, note=Note(body="Charged twice!", kind=Note.KIND_COMPLAINT), request_id="n-3"
        ),
        metadata=[("x-autodebit-actor", "support@example.com")],
    ).note
    assert first.kind == Note.KIND_NOTE and first.author == "api"
    assert feedback.author == "sales@example.com"
    assert complaint.author == "support@example.com"
    assert complaint.HasField("create_time")

    listed = customers.ListNotes(pb.ListNotesRequest(parent=owner.name)).notes
    assert [n.name for n in listed] == [complaint.name, feedback.name, first.name]
    complaints = customers.ListNotes(pb.ListNotesRequest(parent=owner.name, kind=Note.KIND_COMPLAINT)).notes
    assert [n.body for n in complaints] == ["Charged twice!"]
    page = customers.ListNotes(pb.ListNotesRequest(parent=owner.name, page_size=2))
    rest = customers.ListNotes(pb.ListNotesRequest(parent=owner.name, page_size=2, page_token=page.next_page_token))
    assert [n.name for n in [*page.notes, *rest.notes]] == [complaint.name, feedback.name, first.name]
    assert event_types(kernel, owner.name).count("note.created") == 3


@pytest.mark.parametrize(
    ("note", "field"),
    [(Note(body=""), "note.body"), (Note(body="x" * 10_001), "note.body"), (Note(body="x", kind=7), "note.kind")],
)
def test_bad_notes_are_invalid_argument(customers, kernel, note, field):
    owner = create_customer(customers)
    error = failure(lambda: customers.CreateNote(pb.CreateNoteRequest(parent=owner.name, note=note, request_id="n")))
    assert field in error.fields
    assert count(kernel, "customer_notes") == 0


def test_notes_and_contacts_of_unknown_customers_are_not_found(customers):
    ghost = "customers/" + "0" * 26
    for call in (
        lambda: add_note(customers, ghost),
        lambda: add_contact(customers, ghost),
        lambda: customers.ListNotes(pb.ListNotesRequest(parent=ghost)),
        lambda: customers.ListContacts(pb.ListContactsRequest(parent=ghost)),
    ):
        error = failure(call)
        assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "CUSTOMER_NOT_FOUND")
