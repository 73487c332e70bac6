"""Data-subject requests: export everything held about a customer, erase personal data.

Export writes one JSON document (proto3 JSON of each message) from one
consistent read: the customer, contacts, notes, insights, mandates, payments
and refunds, and every event of the customer. It is spooled while the read
transaction is open, then streamed in 64 KiB chunks with its SHA-256.

Erasure applies to archived customers only. Personal fields are replaced by
pseudonyms or cleared, in the rows and in the stored copies of them (event
payloads, idempotency records): the customer's name becomes "Erased customer
<id>", e-mail, phone, tax ids and metadata are cleared, the billing address
keeps only its country (the tax jurisdiction), contacts become "Erased contact
<id>" without e-mail or phone, note bodies become "[erased]". Ids, amounts,
states and dates stay, and so do money records (mandates, payments, refunds,
invoices' frozen party blocks, the ledger), which the law requires to keep.
One `customer.erased` event (an `autodebit.customer.v1.CustomerErasure` with the
reason) records it.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import IO, Any

import sqlalchemy as sa
import structlog
from google.protobuf import descriptor_pool, message_factory
from google.protobuf.json_format import MessageToDict
from google.protobuf.message import Message
from sqlmodel import Session, col, select

# Every message type an event may carry must be known to decode and export it.
from autodebit.api.billing.v1 import mandate_pb2, payment_pb2, refund_pb2, test_clock_pb2  # noqa: F401
from autodebit.api.customer.v1 import crm_pb2, customer_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.invoice.v1 import credit_note_pb2, invoice_pb2  # noqa: F401
from autodebit.api.kernel.v1 import event_pb2
from autodebit.app import App
from autodebit.customers import common, contacts, insights, notes, service
from autodebit.customers.models import ContactRow, NoteRow
from autodebit.errors import FailedPrecondition, Violations
from autodebit.events import outbox
from autodebit.events.outbox import DomainEvent, EventRecord
from autodebit.events.servicer import to_proto as event_to_proto
from autodebit.idempotency import IdempotencyRecord
from autodebit.protoconv import timestamp

log = structlog.get_logger("autodebit.privacy")

CHUNK = 64 * 1024
MEDIA_TYPE = "application/json"
EXPORT_FORMAT = "autodebit.customer-export.v1"
ERASED_NOTE = "[erased]"
# Create requests whose stored responses hold a customer's personal data.
IDEMPOTENT_SCOPES = (
    pb.CreateCustomerRequest.DESCRIPTOR.full_name,
    pb.CreateContactRequest.DESCRIPTOR.full_name,
    pb.CreateNoteRequest.DESCRIPTOR.full_name,
)

# Sections other areas add to an export: name -> function giving the customer's
# records as messages (or JSON-ready dicts).
ExportSection = Callable[[Session, str], Iterable[Message | dict[str, Any]]]
EXPORT_SECTIONS: dict[str, ExportSection] = {}


def _json(message: Message) -> dict[str, Any]:
    return MessageToDict(message)


# --- Money records of the payments area ------------------------------------------------


def _table_rows(session: Session, table: str, where: str, customer_id: str) -> list[dict[str, Any]]:
    """Rows of a table this module does not model, as JSON-ready dicts."""
    result = session.execute(sa.text(f"SELECT * FROM {table} WHERE {where}"), {"customer_id": customer_id})
    rows = []
    for mapping in result.mappings():
        row = {}
        for key, value in mapping.items():
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, bytes | memoryview):
                value = bytes(value).hex()
            row[key] = value
        rows.append(row)
    return rows


def _payment_sections(session: Session, customer_id: str) -> dict[str, list[dict[str, Any]]]:
    """Mandates, payments and refunds: in their API form when the payments area is
    installed, else as the rows of whichever of their tables exist."""
    tables = set(sa.inspect(session.connection()).get_table_names())
    sections: dict[str, list[dict[str, Any]]] = {}
    try:
        from autodebit.payments import convert
        from autodebit.payments.models import AttemptRow, MandateRow, PaymentRow, RefundRow
    except ImportError:
        convert = None  # type: ignore[assignment]
    if convert is not None and {"mandates", "payments", "payment_attempts", "refunds"} <= tables:
        try:
            mandates = session.exec(
                select(MandateRow).where(col(MandateRow.customer_id) == customer_id).order_by(col(MandateRow.created_at))
            )
            sections["mandates"] = [_json(convert.mandate(m)) for m in mandates]
            payments = list(
                session.exec(
                    select(PaymentRow).where(col(PaymentRow.customer_id) == customer_id).order_by(col(PaymentRow.created_at))
                )
            )
            ids = [p.id for p in payments]
            attempts: dict[str, list[Any]] = {i: [] for i in ids}
            refunds: list[Any] = []
            if ids:
                for attempt in session.exec(
                    select(AttemptRow).where(col(AttemptRow.payment_id).in_(ids)).order_by(col(AttemptRow.number))
                ):
                    attempts[attempt.payment_id].append(attempt)
                refunds = list(
                    session.exec(
                        select(RefundRow).where(col(RefundRow.payment_id).in_(ids)).order_by(col(RefundRow.created_at))
                    )
                )
            sections["payments"] = [_json(convert.payment(p, attempts[p.id])) for p in payments]
            sections["refunds"] = [_json(convert.refund(r)) for r in refunds]
            return sections
        except (AttributeError, TypeError):  # the payments area changed its helpers: rows, then
            log.warning("export_payments_as_rows", customer=f"customers/{customer_id}")
            sections = {}
    if "mandates" in tables:
        sections["mandates"] = _table_rows(session, "mandates", "customer_id = :customer_id", customer_id)
    if "payments" in tables:
        sections["payments"] = _table_rows(session, "payments", "customer_id = :customer_id", customer_id)
        if "refunds" in tables:
            sections["refunds"] = _table_rows(
                session,
                "refunds",
                "payment_id IN (SELECT id FROM payments WHERE customer_id = :customer_id)",
                customer_id,
            )
    return sections


# --- Export ----------------------------------------------------------------------------


class _HashingWriter:
    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.sha256 = hashlib.sha256()

    def write(self, text: str) -> None:
        data = text.encode()
        self.sha256.update(data)
        self.out.write(data)


def _write_list(writer: _HashingWriter, key: str, items: Iterable[dict[str, Any]], first: bool = False) -> None:
    writer.write(("" if first else ",") + json.dumps(key) + ":[")
    for i, item in enumerate(items):
        writer.write(("," if i else "") + json.dumps(item, ensure_ascii=False, sort_keys=True))
    writer.write("]")


def _events(session: Session, customer_name: str, batch: int = 500) -> Iterator[dict[str, Any]]:
    after = 0
    while True:
        records = list(
            session.exec(
                select(EventRecord)
                .where(col(EventRecord.customer) == customer_name, col(EventRecord.id) > after)
                .order_by(col(EventRecord.id))
                .limit(batch)
            )
        )
        for record in records:
            yield _json(event_to_proto(DomainEvent.from_record(record)))
        if len(records) < batch:
            return
        after = records[-1].id  # type: ignore[assignment]


def _write_document(session: Session, app: App, name: str, writer: _HashingWriter) -> str:
    customer = common.load_customer(session, name)
    now = app.clock.now()
    tags = service.tags_of(session, [customer.id])[customer.id]
    writer.write("{" + json.dumps("format") + ":" + json.dumps(EXPORT_FORMAT))
    writer.write("," + json.dumps("export_time") + ":" + json.dumps(now.isoformat()))
    writer.write(
        "," + json.dumps("customer") + ":"
        + json.dumps(_json(service.to_proto(customer, tags)), ensure_ascii=False, sort_keys=True)
    )
    contact_rows = session.exec(
        select(ContactRow)
        .where(col(ContactRow.customer_id) == customer.id)
        .order_by(col(ContactRow.created_at), col(ContactRow.id))
    )
    _write_list(writer, "contacts", (_json(contacts.to_proto(r)) for r in contact_rows))
    note_rows = session.exec(
        select(NoteRow).where(col(NoteRow.customer_id) == customer.id).order_by(col(NoteRow.created_at), col(NoteRow.id))
    )
    _write_list(writer, "notes", (_json(notes.to_proto(r)) for r in note_rows))
    writer.write(
        "," + json.dumps("insights") + ":"
        + json.dumps(_json(insights.read(session, customer, now)), ensure_ascii=False, sort_keys=True)
    )
    for section, rows in _payment_sections(session, customer.id).items():
        _write_list(writer, section, rows)
    for section, function in sorted(EXPORT_SECTIONS.items()):
        _write_list(
            writer, section, (r if isinstance(r, dict) else _json(r) for r in function(session, customer.id))
        )
    _write_list(writer, "events", _events(session, name))
    writer.write("}")
    return customer.id


def export(app: App, request: pb.ExportCustomerDataRequest) -> Iterator[pb.ExportCustomerDataResponse]:
    v = Violations()
    common.customer_id(request.name, "name", v)
    v.raise_if_any()
    with tempfile.SpooledTemporaryFile(max_size=16 * CHUNK) as spool:
        writer = _HashingWriter(spool)  # type: ignore[arg-type]
        with app.db.engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                # One snapshot for every query, so the document is consistent.
                connection.execution_options(isolation_level="REPEATABLE READ")
            with Session(bind=connection) as session, session.begin():
                customer_id = _write_document(session, app, request.name, writer)
        digest = writer.sha256.hexdigest()
        size = spool.tell()
        spool.seek(0)
        log.info("customer_data_exported", customer=request.name, bytes=size)
        first = True
        sent = 0
        while first or sent < size:
            chunk = spool.read(CHUNK)
            sent += len(chunk)
            message = pb.ExportCustomerDataResponse(data=chunk)
            if first:
                message.media_type = MEDIA_TYPE
                message.file_name = f"customer-{customer_id}.json"
                first = False
            if sent >= size:
                message.sha256 = digest
            yield message


# --- Erasure ---------------------------------------------------------------------------


def pseudonym(customer_id: str) -> str:
    return f"Erased customer {customer_id}"


def scrub_customer(customer: customer_pb2.Customer) -> None:
    """Replace the personal fields of a Customer message in place."""
    customer_id = customer.name.removeprefix("customers/")
    customer.display_name = pseudonym(customer_id)
    customer.email = ""
    customer.phone = ""
    region = customer.billing_address.region_code
    customer.ClearField("billing_address")
    if region:
        customer.billing_address.region_code = region
    del customer.tax_ids[:]
    customer.metadata.clear()


def scrub_contact(contact: crm_pb2.Contact) -> None:
    contact.display_name = f"Erased contact {contact.name.rsplit('/', 1)[-1]}"
    contact.email = ""
    contact.phone = ""


def scrub_note(note: crm_pb2.Note) -> None:
    note.body = ERASED_NOTE


def _scrub(message: Message) -> bool:
    """Scrub a stored message of any type; whether it changed."""
    before = message.SerializeToString(deterministic=True)
    if isinstance(message, customer_pb2.Customer):
        scrub_customer(message)
    elif isinstance(message, crm_pb2.Contact):
        scrub_contact(message)
    elif isinstance(message, crm_pb2.Note):
        scrub_note(message)
    elif isinstance(message, event_pb2.Event):
        inner = _decode(message.data.type_url.rsplit("/", 1)[-1], message.data.value)
        if inner is not None and _scrub(inner):
            message.data.Pack(inner)
    else:
        # Messages wrapping one of the above, e.g. a CreateCustomerResponse.
        for field in ("customer", "contact", "note"):
            descriptor = message.DESCRIPTOR.fields_by_name.get(field)
            if descriptor is not None and descriptor.message_type is not None and message.HasField(field):  # type: ignore[arg-type]
                _scrub(getattr(message, field))
    return message.SerializeToString(deterministic=True) != before


def _decode(full_name: str, payload: bytes) -> Message | None:
    try:
        descriptor = descriptor_pool.Default().FindMessageTypeByName(full_name)
    except KeyError:
        return None
    return message_factory.GetMessageClass(descriptor).FromString(payload)


def _scrub_events(session: Session, customer_name: str, batch: int = 500) -> int:
    changed, after = 0, 0
    while True:
        records = list(
            session.exec(
                select(EventRecord)
                .where(col(EventRecord.customer) == customer_name, col(EventRecord.id) > after)
                .order_by(col(EventRecord.id))
                .limit(batch)
            )
        )
        for record in records:
            message = _decode(record.payload_type, record.payload)
            if message is not None and _scrub(message):
                record.payload = message.SerializeToString(deterministic=True)
                session.add(record)
                changed += 1
        session.flush()
        if len(records) < batch:
            return changed
        after = records[-1].id  # type: ignore[assignment]


def _scrub_idempotency_records(session: Session, customer_name: str) -> int:
    needle = customer_name.encode()
    contains = (
        sa.func.position(sa.literal(needle, sa.LargeBinary).op("IN")(col(IdempotencyRecord.response))) > 0
        if session.get_bind().dialect.name == "postgresql"
        else sa.func.instr(col(IdempotencyRecord.response), sa.literal(needle, sa.LargeBinary)) > 0
    )
    response_types = {
        pb.CreateCustomerRequest.DESCRIPTOR.full_name: pb.CreateCustomerResponse,
        pb.CreateContactRequest.DESCRIPTOR.full_name: pb.CreateContactResponse,
        pb.CreateNoteRequest.DESCRIPTOR.full_name: pb.CreateNoteResponse,
    }
    changed = 0
    for record in session.exec(
        select(IdempotencyRecord).where(col(IdempotencyRecord.scope).in_(IDEMPOTENT_SCOPES), contains)
    ):
        response = response_types[record.scope].FromString(record.response)
        owner = (
            response.customer.name if isinstance(response, pb.CreateCustomerResponse)
            else (response.contact.name if isinstance(response, pb.CreateContactResponse) else response.note.name)
        )
        if owner != customer_name and not owner.startswith(customer_name + "/"):
            continue
        if _scrub(response):
            record.response = response.SerializeToString()
            session.add(record)
            changed += 1
    return changed


def erase(app: App, request: pb.ErasePersonalDataRequest) -> pb.ErasePersonalDataResponse:
    v = Violations()
    common.customer_id(request.name, "name", v)
    v.check(len(request.reason) <= 1000, "reason", "at most 1000 characters")
    v.raise_if_any()
    with app.db.transaction() as session:
        customer = common.load_customer(session, request.name, for_update=True)
        tags = service.tags_of(session, [customer.id])[customer.id]
        if customer.erased_at is not None:
            return pb.ErasePersonalDataResponse(
                customer=service.to_proto(customer, tags), erase_time=timestamp(customer.erased_at)
            )
        if customer.state != "archived":
            raise FailedPrecondition(
                f"{request.name} is active: archive it before erasing its personal data",
                reason="CUSTOMER_NOT_ARCHIVED",
                metadata={"name": request.name},
            )
        now = common.clock(app, session, customer).now()
        snapshot = service.to_proto(customer, tags)
        scrub_customer(snapshot)
        customer.display_name = snapshot.display_name
        customer.email = None
        customer.email_lookup = None
        customer.phone = None
        customer.billing_address = (
            {"region_code": snapshot.billing_address.region_code} if snapshot.HasField("billing_address") else None
        )
        customer.tax_ids = []
        customer.extra = {}
        customer.erased_at = now
        customer.updated_at = now
        customer.version += 1
        session.add(customer)
        for contact in session.exec(select(ContactRow).where(col(ContactRow.customer_id) == customer.id)):
            contact.display_name = f"Erased contact {contact.id}"
            contact.email = None
            contact.phone = None
            contact.updated_at = now
            session.add(contact)
        for note in session.exec(select(NoteRow).where(col(NoteRow.customer_id) == customer.id)):
            note.body = ERASED_NOTE
            session.add(note)
        session.flush()
        events = _scrub_events(session, request.name)
        records = _scrub_idempotency_records(session, request.name)
        outbox.record(
            session,
            type="customer.erased",
            subject=request.name,
            customer=request.name,
            data=crm_pb2.CustomerErasure(customer=request.name, reason=request.reason, erase_time=timestamp(now)),
            at=now,
        )
        erased = service.to_proto(customer, tags)
    log.info("customer_erased", customer=request.name, events_scrubbed=events, records_scrubbed=records)
    return pb.ErasePersonalDataResponse(customer=erased, erase_time=timestamp(now))

