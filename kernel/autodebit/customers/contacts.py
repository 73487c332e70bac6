"""Contacts: the people to reach at a customer (billing, technical).

Each change records `contact.created`, `contact.updated` or `contact.deleted`
(data: the `Contact`) in its transaction, with the customer set, so contacts
show in the customer's timeline. Contacts of archived customers are frozen.
"""

from __future__ import annotations


from google.protobuf import field_mask_pb2
from sqlmodel import Session, col, func, select

from autodebit import pagination
from autodebit.api.customer.v1 import crm_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.app import App
from autodebit.customers import common
from autodebit.customers.models import ContactRow, CustomerRow
from autodebit.customers.validation import is_locale, normalise_email, normalise_phone
from autodebit.errors import FailedPrecondition, NotFound, Violations
from autodebit.events import outbox
from autodebit.idempotency import check_request_id
from autodebit.ids import ID, new_id
from autodebit.protoconv import enum_name, enum_value, timestamp

Contact = crm_pb2.Contact
MAX_CONTACTS = 100
MAX_DISPLAY_NAME = 200
UPDATABLE = ("display_name", "email", "phone", "roles", "locale")


def contact_name(row: ContactRow) -> str:
    return f"customers/{row.customer_id}/contacts/{row.id}"


def _roles(row: ContactRow) -> list[str]:
    return [r for r in row.roles.split(",") if r]


def to_proto(row: ContactRow) -> Contact:
    return Contact(
        name=contact_name(row),
        display_name=row.display_name,
        email=row.email or "",
        phone=row.phone or "",
        roles=[enum_value(crm_pb2.ContactRole, r, "CONTACT_ROLE_") for r in _roles(row)],
        locale=row.locale or "",
        create_time=timestamp(row.created_at),
        update_time=timestamp(row.updated_at),
    )


def validate(contact: Contact, v: Violations, prefix: str = "contact") -> None:
    """Check every writable field; normalises e-mail and phone in place."""
    name = contact.display_name
    if v.check(bool(name.strip()), f"{prefix}.display_name", "required"):
        v.check(len(name) <= MAX_DISPLAY_NAME, f"{prefix}.display_name", f"at most {MAX_DISPLAY_NAME} characters")
        v.check(
            not common.CONTROL_CHARACTERS.search(name),
            f"{prefix}.display_name",
            "must not contain control characters",
        )
    if contact.email:
        email = normalise_email(contact.email)
        if v.check(email is not None, f"{prefix}.email", "not a valid e-mail address"):
            contact.email = email  # type: ignore[assignment]
    if contact.phone:
        phone = normalise_phone(contact.phone)
        if v.check(phone is not None, f"{prefix}.phone", "not a valid phone number in E.164 form (+86…)"):
            contact.phone = phone  # type: ignore[assignment]
    if v.check(len(contact.roles) > 0, f"{prefix}.roles", "at least one role"):
        for i, role in enumerate(contact.roles):
            v.check(
                role in crm_pb2.ContactRole.values() and role != crm_pb2.CONTACT_ROLE_UNSPECIFIED,
                f"{prefix}.roles[{i}]",
                "unknown role",
            )
    if contact.locale:
        v.check(is_locale(contact.locale), f"{prefix}.locale", "not a known BCP 47 locale")


def _apply(contact: Contact, row: ContactRow) -> None:
    row.display_name = contact.display_name.strip()
    row.email = contact.email or None
    row.phone = contact.phone or None
    roles = sorted({enum_name(crm_pb2.ContactRole, r, "CONTACT_ROLE_") for r in contact.roles})
    row.roles = "," + ",".join(roles) + ","
    row.locale = contact.locale or None


def validate_create(request: pb.CreateContactRequest) -> None:
    v = Violations()
    common.customer_id(request.parent, "parent", v)
    if v.check(request.HasField("contact"), "contact", "required"):
        validate(request.contact, v)
    check_request_id(request.request_id, v)
    v.raise_if_any()


def _writable_customer(session: Session, name: str, field: str) -> CustomerRow:
    customer = common.load_customer(session, name, field, for_update=True)
    common.require_active(customer)
    return customer


def create(app: App, request: pb.CreateContactRequest, session: Session) -> pb.CreateContactResponse:
    customer = _writable_customer(session, request.parent, "parent")
    count = session.exec(
        select(func.count()).select_from(ContactRow).where(col(ContactRow.customer_id) == customer.id)
    ).one()
    if count >= MAX_CONTACTS:
        raise FailedPrecondition(
            f"{request.parent} already has {MAX_CONTACTS} contacts", reason="TOO_MANY_CONTACTS"
        )
    now = common.clock(app, session, customer).now()
    row = ContactRow(id=new_id(), customer_id=customer.id, created_at=now, updated_at=now)  # type: ignore[call-arg]
    _apply(request.contact, row)
    session.add(row)
    contact = to_proto(row)
    outbox.record(
        session, type="contact.created", subject=contact.name, customer=request.parent, data=contact, at=now
    )
    return pb.CreateContactResponse(contact=contact)


def _parse_contact_name(name: str, field: str, v: Violations) -> tuple[str, str] | None:
    parts = name.split("/")
    if (
        len(parts) == 4
        and parts[0] == "customers"
        and parts[2] == "contacts"
        and ID.fullmatch(parts[1])
        and ID.fullmatch(parts[3])
    ):
        return parts[1], parts[3]
    v.add(field, f"{name!r} is not a resource name like customers/{{customer}}/contacts/{{contact}}")
    return None


def _load(session: Session, name: str, ids: tuple[str, str]) -> ContactRow:
    row = session.get(ContactRow, ids[1])
    if row is None or row.customer_id != ids[0]:
        raise NotFound(f"{name} does not exist", reason="CONTACT_NOT_FOUND", metadata={"name": name})
    return row


def list_contacts(app: App, request: pb.ListContactsRequest) -> pb.ListContactsResponse:
    v = Violations()
    common.customer_id(request.parent, "parent", v)
    size = pagination.page_size(request.page_size, v)
    after = pagination.decode(request.page_token, request, v)
    v.check(request.role in crm_pb2.ContactRole.values(), "role", "unknown role")
    v.raise_if_any()
    with app.db.read() as session:
        customer = common.load_customer(session, request.parent, "parent")
        query = select(ContactRow).where(col(ContactRow.customer_id) == customer.id)
        if request.role:
            role = enum_name(crm_pb2.ContactRole, request.role, "CONTACT_ROLE_")
            query = query.where(col(ContactRow.roles).contains(f",{role},"))
        rows, token = pagination.by_creation(
            session, query, ContactRow, request, size, after, newest_first=False
        )
    return pb.ListContactsResponse(contacts=[to_proto(r) for r in rows], next_page_token=token)


def _mask(paths: list[str], given: Contact, v: Violations) -> list[str]:
    if not paths:
        present = {field.name for field, _ in given.ListFields()}
        return [p for p in UPDATABLE if p in present]
    if paths == ["*"]:
        return list(UPDATABLE)
    for path in paths:
        if path not in UPDATABLE:
            known = path in Contact.DESCRIPTOR.fields_by_name
            v.add("update_mask", f"{path} cannot be changed" if known else f"{path} is not a field of Contact")
    return paths


def update(app: App, request: pb.UpdateContactRequest) -> pb.UpdateContactResponse:
    v = Violations()
    v.check(request.HasField("contact"), "contact", "required")
    ids = _parse_contact_name(request.contact.name, "contact.name", v)
    paths = _mask(list(request.update_mask.paths), request.contact, v)
    v.raise_if_any()
    assert ids is not None
    with app.db.transaction() as session:
        customer = _writable_customer(session, f"customers/{ids[0]}", "contact.name")
        row = _load(session, request.contact.name, ids)
        current = to_proto(row)
        merged = Contact()
        merged.CopyFrom(current)
        field_mask_pb2.FieldMask(paths=paths).MergeMessage(
            request.contact, merged, replace_message_field=True, replace_repeated_field=True
        )
        validate(merged, v)
        v.raise_if_any()
        if merged == current:
            return pb.UpdateContactResponse(contact=current)
        now = common.clock(app, session, customer).now()
        _apply(merged, row)
        row.updated_at = now
        session.add(row)
        contact = to_proto(row)
        outbox.record(
            session, type="contact.updated", subject=contact.name, customer=f"customers/{customer.id}",
            data=contact, at=now,
        )
    return pb.UpdateContactResponse(contact=contact)


def delete(app: App, request: pb.DeleteContactRequest) -> pb.DeleteContactResponse:
    v = Violations()
    ids = _parse_contact_name(request.name, "name", v)
    v.raise_if_any()
    assert ids is not None
    with app.db.transaction() as session:
        customer = _writable_customer(session, f"customers/{ids[0]}", "name")
        row = _load(session, request.name, ids)
        now = common.clock(app, session, customer).now()
        contact = to_proto(row)
        session.delete(row)
        outbox.record(
            session, type="contact.deleted", subject=contact.name, customer=f"customers/{customer.id}",
            data=contact, at=now,
        )
    return pb.DeleteContactResponse()


def billing_emails(session: Session, customer_id: str) -> list[str]:
    """E-mail addresses of the customer's billing contacts, oldest first."""
    rows = session.exec(
        select(ContactRow)
        .where(col(ContactRow.customer_id) == customer_id, col(ContactRow.roles).contains(",billing,"))
        .order_by(col(ContactRow.created_at), col(ContactRow.id))
    )
    return [r.email for r in rows if r.email]
