"""Notes on a customer's record: note, feedback, complaint. Append only.

Each note records `note.created` (data: the `Note`), so it shows in the
timeline, and complaints count in the segment rules (segments.py).
"""

from __future__ import annotations


from sqlmodel import Session, col, select

from autodebit import pagination
from autodebit.api.customer.v1 import crm_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.app import App
from autodebit.customers import common
from autodebit.customers.models import NoteRow
from autodebit.errors import Violations
from autodebit.events import outbox
from autodebit.idempotency import check_request_id
from autodebit.ids import new_id
from autodebit.protoconv import enum_name, enum_value, timestamp

Note = crm_pb2.Note
MAX_BODY = 10_000
MAX_AUTHOR = 320


def to_proto(row: NoteRow) -> Note:
    return Note(
        name=f"customers/{row.customer_id}/notes/{row.id}",
        kind=enum_value(Note.Kind, row.kind, "KIND_"),
        body=row.body,
        author=row.author,
        create_time=timestamp(row.created_at),
    )


def validate_create(request: pb.CreateNoteRequest) -> None:
    v = Violations()
    common.customer_id(request.parent, "parent", v)
    if v.check(request.HasField("note"), "note", "required"):
        note = request.note
        if v.check(bool(note.body.strip()), "note.body", "required"):
            v.check(len(note.body) <= MAX_BODY, "note.body", f"at most {MAX_BODY} characters")
        v.check(note.kind in Note.Kind.values(), "note.kind", "unknown kind")
        v.check(len(note.author) <= MAX_AUTHOR, "note.author", f"at most {MAX_AUTHOR} characters")
        v.check(
            not common.CONTROL_CHARACTERS.search(note.author),
            "note.author",
            "must not contain control characters",
        )
    check_request_id(request.request_id, v)
    v.raise_if_any()


def create(app: App, request: pb.CreateNoteRequest, session: Session, actor: str) -> pb.CreateNoteResponse:
    customer = common.load_customer(session, request.parent, "parent", for_update=True)
    common.require_not_erased(customer)
    now = common.clock(app, session, customer).now()
    given = request.note
    row = NoteRow(
        id=new_id(),
        customer_id=customer.id,
        kind=enum_name(Note.Kind, given.kind or Note.KIND_NOTE, "KIND_"),
        body=given.body,
        author=given.author.strip() or actor,
        created_at=now,
    )
    session.add(row)
    note = to_proto(row)
    outbox.record(session, type="note.created", subject=note.name, customer=request.parent, data=note, at=now)
    return pb.CreateNoteResponse(note=note)


def list_notes(app: App, request: pb.ListNotesRequest) -> pb.ListNotesResponse:
    v = Violations()
    common.customer_id(request.parent, "parent", v)
    size = pagination.page_size(request.page_size, v)
    after = pagination.decode(request.page_token, request, v)
    v.check(request.kind in Note.Kind.values(), "kind", "unknown kind")
    v.raise_if_any()
    with app.db.read() as session:
        customer = common.load_customer(session, request.parent, "parent")
        query = select(NoteRow).where(col(NoteRow.customer_id) == customer.id)
        if request.kind:
            query = query.where(col(NoteRow.kind) == enum_name(Note.Kind, request.kind, "KIND_"))
        rows, token = pagination.by_creation(session, query, NoteRow, request, size, after)
    return pb.ListNotesResponse(notes=[to_proto(r) for r in rows], next_page_token=token)
