"""Customer profiles: create, read, list, update and archive, each one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa
from google.protobuf import field_mask_pb2
from google.protobuf.json_format import MessageToDict, ParseDict
from sqlmodel import Session, col, delete, select

from autodebit import pagination
from autodebit.api.customer.v1 import customer_pb2, customer_service_pb2
from autodebit.api.type.v1 import money_pb2
from autodebit.app import App
from autodebit.billing import test_clocks
from autodebit.customers.models import CustomerRow, CustomerTag
from autodebit.customers.validation import validate_customer
from autodebit.errors import Aborted, FailedPrecondition, NotFound, Violations
from autodebit.events import outbox
from autodebit.idempotency import check_request_id
from autodebit.ids import new_id, parse_name
from autodebit.protoconv import enum_name, enum_value, timestamp

Customer = customer_pb2.Customer

# Fields UpdateCustomer may change; everything else is output only or immutable.
UPDATABLE = (
    "display_name",
    "entity_type",
    "email",
    "phone",
    "locale",
    "time_zone",
    "billing_address",
    "tax_ids",
    "currency_code",
    "credit_limit",
    "preferred_payment_channel",
    "preferred_invoice_format",
    "invoice_delivery",
    "tags",
    "metadata",
)


def to_proto(row: CustomerRow | sa.Row, tags: list[str]) -> Customer:  # type: ignore[type-arg]
    """The API form of a customer row (an ORM object or a plain row of the table)."""
    customer = Customer(
        name=f"customers/{row.id}",
        display_name=row.display_name,
        entity_type=enum_value(customer_pb2.EntityType, row.entity_type, "ENTITY_TYPE_"),
        email=row.email or "",
        phone=row.phone or "",
        locale=row.locale,
        time_zone=row.time_zone,
        tax_ids=[
            customer_pb2.TaxId(
                type=enum_value(customer_pb2.TaxId.Type, t["type"], "TYPE_"), value=t["value"]
            )
            for t in row.tax_ids
        ],
        currency_code=row.currency_code or "",
        preferred_payment_channel=row.preferred_payment_channel or "",
        preferred_invoice_format=row.preferred_invoice_format or "",
        invoice_delivery=enum_value(
            customer_pb2.InvoiceDelivery, row.invoice_delivery, "INVOICE_DELIVERY_"
        ),
        tags=sorted(tags),
        metadata=row.extra,
        state=enum_value(Customer.State, row.state, "STATE_"),
        segment=enum_value(customer_pb2.Segment, row.segment, "SEGMENT_"),
        test_clock=f"testClocks/{row.test_clock_id}" if row.test_clock_id else "",
        create_time=timestamp(row.created_at),
        update_time=timestamp(row.updated_at),
        archive_time=timestamp(row.archived_at),
        etag=str(row.version),
    )
    if row.billing_address is not None:
        ParseDict(row.billing_address, customer.billing_address)
    if row.credit_limit_minor is not None:
        customer.credit_limit.CopyFrom(
            money_pb2.Money(currency_code=row.currency_code, amount_minor=row.credit_limit_minor)
        )
    return customer


def _apply(customer: Customer, row: CustomerRow) -> None:
    """Copy the writable fields of a validated `customer` onto `row`."""
    row.display_name = customer.display_name.strip()
    row.entity_type = enum_name(
        customer_pb2.EntityType,
        customer.entity_type or customer_pb2.ENTITY_TYPE_PERSON,
        "ENTITY_TYPE_",
    )
    row.email = customer.email or None
    row.email_lookup = customer.email.lower() or None
    row.phone = customer.phone or None
    row.locale = customer.locale or "en"
    row.time_zone = customer.time_zone or "UTC"
    row.billing_address = (
        MessageToDict(customer.billing_address, preserving_proto_field_name=True)
        if customer.HasField("billing_address")
        else None
    )
    row.tax_ids = [
        {"type": enum_name(customer_pb2.TaxId.Type, t.type, "TYPE_"), "value": t.value}
        for t in customer.tax_ids
    ]
    row.currency_code = customer.currency_code or None
    row.credit_limit_minor = (
        customer.credit_limit.amount_minor if customer.HasField("credit_limit") else None
    )
    row.preferred_payment_channel = customer.preferred_payment_channel or None
    row.preferred_invoice_format = customer.preferred_invoice_format or None
    row.invoice_delivery = enum_name(
        customer_pb2.InvoiceDelivery,
        customer.invoice_delivery or customer_pb2.INVOICE_DELIVERY_NONE,
        "INVOICE_DELIVERY_",
    )
    row.extra = dict(customer.metadata)


def _validate(app: App, customer: Customer, v: Violations, prefix: str = "customer") -> None:
    validate_customer(customer, v, prefix)
    v.check(
        customer.entity_type in customer_pb2.EntityType.values(),
        f"{prefix}.entity_type",
        "unknown entity type",
    )
    v.check(
        customer.invoice_delivery in customer_pb2.InvoiceDelivery.values(),
        f"{prefix}.invoice_delivery",
        "unknown invoice delivery",
    )
    channel = customer.preferred_payment_channel
    if channel:
        v.check(
            channel in {c.id for c in app.plugins.payment_channels()},
            f"{prefix}.preferred_payment_channel",
            f"no enabled payment channel {channel!r}",
        )
    invoice_format = customer.preferred_invoice_format
    if invoice_format:
        v.check(
            invoice_format in {f.id for f in app.plugins.invoice_formats()},
            f"{prefix}.preferred_invoice_format",
            f"no enabled invoice format {invoice_format!r}",
        )


def _write_tags(session: Session, row: CustomerRow, tags: list[str]) -> None:
    session.exec(delete(CustomerTag).where(col(CustomerTag.customer_id) == row.id))
    session.add_all(
        CustomerTag(customer_id=row.id, tag=t, customer_created_at=row.created_at)
        for t in sorted(set(tags))
    )


def set_tags(session: Session, row: CustomerRow, tags: list[str], now: datetime) -> Customer:
    """Replace the tags of an active customer and record `customer.updated`."""
    _write_tags(session, row, tags)
    row.updated_at = now
    row.version += 1
    session.add(row)
    updated = to_proto(row, list(set(tags)))
    outbox.record(
        session, type="customer.updated", subject=updated.name, customer=updated.name,
        data=updated, at=now,
    )
    return updated


def tags_of(session: Session, customer_ids: list[str]) -> dict[str, list[str]]:
    """Each customer's tags."""
    return _tags(session, customer_ids)


def _tags(session: Session, customer_ids: list[str]) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {i: [] for i in customer_ids}
    if customer_ids:
        query = select(CustomerTag).where(col(CustomerTag.customer_id).in_(customer_ids))
        for tag in session.exec(query):
            tags[tag.customer_id].append(tag.tag)
    return tags


def create(
    app: App, request: customer_service_pb2.CreateCustomerRequest, session: Session
) -> customer_service_pb2.CreateCustomerResponse:
    """Create the customer of an already validated request inside `session`."""
    customer = request.customer
    clock_id = customer.test_clock.removeprefix("testClocks/") or None
    now = test_clocks.clock_for(session, clock_id, app.clock).now()
    row = CustomerRow(
        id=new_id(),
        state="active",
        segment="new",
        test_clock_id=clock_id,
        created_at=now,
        updated_at=now,
    )  # type: ignore[call-arg]
    _apply(customer, row)
    session.add(row)
    session.flush()  # the customer row must exist before its tags reference it
    _write_tags(session, row, list(customer.tags))
    created = to_proto(row, list(set(customer.tags)))
    outbox.record(
        session, type="customer.created", subject=created.name, customer=created.name,
        data=created, at=now,
    )
    return customer_service_pb2.CreateCustomerResponse(customer=created)


def validate_create(app: App, request: customer_service_pb2.CreateCustomerRequest) -> None:
    v = Violations()
    if v.check(request.HasField("customer"), "customer", "required"):
        _validate(app, request.customer, v)
        if request.customer.test_clock:
            if not app.settings.sandbox:
                raise FailedPrecondition(
                    "test clocks exist only in sandbox mode", reason="SANDBOX_ONLY"
                )
            clock_id = parse_name(request.customer.test_clock, "testClocks", "customer.test_clock", v)
            if clock_id:
                with app.db.read() as session:
                    v.check(
                        session.get(test_clocks.TestClockRow, clock_id) is not None,
                        "customer.test_clock",
                        "no such test clock",
                    )
    check_request_id(request.request_id, v)
    v.raise_if_any()


def _load(session: Session, name: str, field: str) -> CustomerRow:
    v = Violations()
    customer_id = parse_name(name, "customers", field, v)
    v.raise_if_any()
    row = session.get(CustomerRow, customer_id)
    if row is None:
        raise NotFound(f"{name} does not exist", reason="CUSTOMER_NOT_FOUND", metadata={"name": name})
    return row


def get(app: App, name: str) -> Customer:
    with app.db.read() as session:
        row = _load(session, name, "name")
        return to_proto(row, _tags(session, [row.id])[row.id])


def list_customers(
    app: App, request: customer_service_pb2.ListCustomersRequest
) -> customer_service_pb2.ListCustomersResponse:
    v = Violations()
    size = pagination.page_size(request.page_size, v)
    after = pagination.decode(request.page_token, request, v)
    v.check(
        request.segment in customer_pb2.Segment.values(), "segment", "unknown segment"
    )
    has_from, has_to = request.HasField("create_time_from"), request.HasField("create_time_to")
    if has_from and has_to:
        v.check(
            request.create_time_from.ToDatetime() < request.create_time_to.ToDatetime(),
            "create_time_to",
            "must be after create_time_from",
        )
    v.raise_if_any()

    # Plain rows (Core), not ORM objects: a page is read-only, and this is the hot path.
    customers = CustomerRow.__table__
    if request.tag:
        # Keyset on the tag index's copy of the creation time: one ordered index range.
        created, ident = col(CustomerTag.customer_created_at), col(CustomerTag.customer_id)
        query = (
            sa.select(customers)
            .join(CustomerTag.__table__, ident == col(CustomerRow.id))  # type: ignore[attr-defined]
            .where(col(CustomerTag.tag) == request.tag)
        )
    else:
        created, ident = col(CustomerRow.created_at), col(CustomerRow.id)
        query = sa.select(customers)
    if request.segment:
        segment = enum_name(customer_pb2.Segment, request.segment, "SEGMENT_")
        query = query.where(col(CustomerRow.segment) == segment)
    if request.email:
        query = query.where(col(CustomerRow.email_lookup) == request.email.lower())
    if request.display_name_prefix:
        query = query.where(
            col(CustomerRow.display_name).startswith(request.display_name_prefix, autoescape=True)
        )
    if has_from:
        query = query.where(
            col(CustomerRow.created_at) >= request.create_time_from.ToDatetime(tzinfo=UTC)
        )
    if has_to:
        query = query.where(
            col(CustomerRow.created_at) < request.create_time_to.ToDatetime(tzinfo=UTC)
        )
    if not request.show_archived:
        query = query.where(col(CustomerRow.state) == "active")
    if after is not None:
        after_time = datetime.fromisoformat(after[0])
        query = query.where(sa.tuple_(created, ident) < (after_time, after[1]))
    query = query.order_by(created.desc(), ident.desc())
    with app.db.read() as session:
        rows = list(session.execute(query.limit(size + 1)))
        page = rows[:size]
        tags = _tags(session, [r.id for r in page])
    response = customer_service_pb2.ListCustomersResponse(
        customers=[to_proto(r, tags[r.id]) for r in page]
    )
    if len(rows) > size:
        last = page[-1]
        response.next_page_token = pagination.encode([last.created_at.isoformat(), last.id], request)
    return response


def _mask_paths(request: customer_service_pb2.UpdateCustomerRequest, v: Violations) -> list[str]:
    paths = list(request.update_mask.paths)
    if not paths:
        # AIP-134: no mask means every field the caller set.
        given = {field.name for field, _ in request.customer.ListFields()}
        return [p for p in UPDATABLE if p in given]
    if paths == ["*"]:
        return list(UPDATABLE)
    for path in paths:
        if path in UPDATABLE:
            continue
        if path in Customer.DESCRIPTOR.fields_by_name:
            v.add("update_mask", f"{path} cannot be changed")
        else:
            v.add("update_mask", f"{path} is not a field of Customer")
    return paths


def update(
    app: App, request: customer_service_pb2.UpdateCustomerRequest
) -> customer_service_pb2.UpdateCustomerResponse:
    v = Violations()
    v.check(request.HasField("customer"), "customer", "required")
    parse_name(request.customer.name, "customers", "customer.name", v)
    paths = _mask_paths(request, v)
    v.raise_if_any()
    with app.db.transaction() as session:
        row = _load(session, request.customer.name, "customer.name")
        if row.state != "active":
            raise FailedPrecondition(
                f"{request.customer.name} is archived", reason="CUSTOMER_ARCHIVED"
            )
        if request.customer.etag and request.customer.etag != str(row.version):
            raise Aborted(
                f"{request.customer.name} changed since etag {request.customer.etag}",
                reason="ETAG_MISMATCH",
                metadata={"etag": str(row.version)},
            )
        current = to_proto(row, _tags(session, [row.id])[row.id])
        merged = Customer()
        merged.CopyFrom(current)
        field_mask_pb2.FieldMask(paths=paths).MergeMessage(
            request.customer, merged, replace_message_field=True, replace_repeated_field=True
        )
        _validate(app, merged, v)
        v.raise_if_any()
        if merged == current:
            return customer_service_pb2.UpdateCustomerResponse(customer=current)
        now = test_clocks.clock_for(session, row.test_clock_id, app.clock).now()
        _apply(merged, row)
        row.updated_at = now
        row.version += 1
        session.add(row)
        if "tags" in paths:
            _write_tags(session, row, list(merged.tags))
        updated = to_proto(row, list(set(merged.tags)))
        outbox.record(
            session, type="customer.updated", subject=updated.name, customer=updated.name,
            data=updated, at=now,
        )
    return customer_service_pb2.UpdateCustomerResponse(customer=updated)


# Checks run before a customer is archived; each raises FailedPrecondition when
# the customer cannot be archived yet. Areas that hold live commitments (e.g.
# subscriptions, once they exist) register theirs here.
ArchiveGuard = Callable[[Session, CustomerRow], None]
ARCHIVE_GUARDS: list[ArchiveGuard] = []


def archive(app: App, request: customer_service_pb2.ArchiveCustomerRequest) -> customer_service_pb2.ArchiveCustomerResponse:
    """Archive a customer: nothing new may be billed or charged; everything is kept.

    Archiving an archived customer returns it unchanged. Records
    `customer.archived`; the insight projection then moves the customer to the
    churned segment (`customer.segment_changed`).
    """
    v = Violations()
    parse_name(request.name, "customers", "name", v)
    v.raise_if_any()
    with app.db.transaction() as session:
        row = session.exec(
            select(CustomerRow).where(col(CustomerRow.id) == request.name.removeprefix("customers/")).with_for_update()
        ).first()
        if row is None:
            raise NotFound(
                f"{request.name} does not exist", reason="CUSTOMER_NOT_FOUND", metadata={"name": request.name}
            )
        tags = _tags(session, [row.id])[row.id]
        if row.state == "archived":
            return customer_service_pb2.ArchiveCustomerResponse(customer=to_proto(row, tags))
        for guard in ARCHIVE_GUARDS:
            guard(session, row)
        now = test_clocks.clock_for(session, row.test_clock_id, app.clock).now()
        row.state = "archived"
        row.archived_at = now
        row.updated_at = now
        row.version += 1
        session.add(row)
        outbox.record(
            session, type="customer.archived", subject=request.name, customer=request.name,
            data=to_proto(row, tags), at=now,
        )
        archived = to_proto(row, tags)  # with the segment the projection just set
    return customer_service_pb2.ArchiveCustomerResponse(customer=archived)
