"""Mandates: recorded authorisations to debit a customer through one channel.

The kernel writes the mandate (pending) before it asks the channel, so a crash
in between leaves a mandate the janitor can ask the channel about by our own
id; the channel's answer, its callbacks and the janitor all go through
`apply_status`, the one place a mandate changes state.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta

import structlog
from sqlmodel import Session, col, select, update

from autodebit import money, pagination
from autodebit.api.billing.v1 import billing_service_pb2 as pb
from autodebit.api.billing.v1 import mandate_pb2
from autodebit.app import App
from autodebit.billing.test_clocks import clock_for
from autodebit.customers.models import CustomerRow
from autodebit.errors import AutodebitError, FailedPrecondition, InvalidArgument, NotFound, Violations
from autodebit.events import outbox
from autodebit.idempotency import check_request_id, claim
from autodebit.ids import ID, new_id, parse_name
from autodebit.payments import convert, states
from autodebit.payments.models import MandateRow
from autodebit.plugin_host import providers

log = structlog.get_logger("autodebit.mandates")

Mandate = mandate_pb2.Mandate
# How long a payer has to approve a pending mandate before it expires.
APPROVAL_WINDOW = timedelta(days=1)
MAX_PARAMETERS = 20


def parse_mandate_name(name: str, field: str, v: Violations) -> tuple[str, str] | None:
    """(customer id, mandate id) from `customers/{customer}/mandates/{mandate}`."""
    parts = name.split("/")
    if len(parts) == 4 and parts[0] == "customers" and parts[2] == "mandates":
        if ID.fullmatch(parts[1]) and ID.fullmatch(parts[3]):
            return parts[1], parts[3]
    v.add(field, f"{name!r} is not a resource name like customers/{{customer}}/mandates/{{mandate}}")
    return None


def load(session: Session, name: str, field: str = "name", *, lock: bool = False) -> MandateRow:
    v = Violations()
    ids = parse_mandate_name(name, field, v)
    v.raise_if_any()
    assert ids is not None
    query = select(MandateRow).where(col(MandateRow.id) == ids[1], col(MandateRow.customer_id) == ids[0])
    row = session.exec(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound(f"{name} does not exist", reason="MANDATE_NOT_FOUND", metadata={"name": name})
    return row


def active_customer(session: Session, customer_id: str) -> CustomerRow:
    customer = session.get(CustomerRow, customer_id)
    if customer is None:
        raise NotFound(
            f"customers/{customer_id} does not exist",
            reason="CUSTOMER_NOT_FOUND",
            metadata={"name": f"customers/{customer_id}"},
        )
    if customer.state != "active":
        raise FailedPrecondition(
            f"customers/{customer_id} is archived", reason="CUSTOMER_ARCHIVED"
        )
    return customer


def _validate_start(app: App, request: pb.StartMandateRequest) -> str | None:
    v = Violations()
    customer_id = parse_name(request.parent, "customers", "parent", v)
    given = request.mandate
    channel_ids = {c.id for c in app.plugins.payment_channels()}
    if v.check(bool(given.channel), "mandate.channel", "required: a payment channel id"):
        v.check(
            given.channel in channel_ids,
            "mandate.channel",
            f"no enabled payment channel {given.channel!r}; available: {', '.join(sorted(channel_ids)) or 'none'}",
        )
    if given.HasField("amount_limit"):
        v.check(
            money.is_currency(given.amount_limit.currency_code),
            "mandate.amount_limit.currency_code",
            "not an ISO 4217 currency code",
        )
        v.check(
            0 < given.amount_limit.amount_minor <= money.MAX_AMOUNT_MINOR,
            "mandate.amount_limit.amount_minor",
            "must be positive",
        )
    v.check(len(request.return_url) <= 2000, "return_url", "at most 2000 characters")
    v.check(
        len(request.channel_parameters) <= MAX_PARAMETERS,
        "channel_parameters",
        f"at most {MAX_PARAMETERS} entries",
    )
    v.check(len(given.metadata) <= 50, "mandate.metadata", "at most 50 keys")
    check_request_id(request.request_id, v)
    v.raise_if_any()
    return customer_id


def start(app: App, request: pb.StartMandateRequest) -> pb.StartMandateResponse:
    customer_id = _validate_start(app, request)
    assert customer_id is not None
    given = request.mandate

    def create(session: Session) -> str:
        customer = active_customer(session, customer_id)
        now = clock_for(session, customer.test_clock_id, app.clock).now()
        row = MandateRow(
            id=new_id(),
            customer_id=customer_id,
            channel=given.channel,
            state="pending",
            amount_limit_minor=given.amount_limit.amount_minor if given.HasField("amount_limit") else None,
            amount_limit_currency=given.amount_limit.currency_code if given.HasField("amount_limit") else None,
            extra=dict(given.metadata),
            created_at=now,
            expire_at=now + APPROVAL_WINDOW,
            next_check_at=app.clock.now() + APPROVAL_WINDOW,
        )
        session.add(row)
        _event(session, row, "mandate.pending", now)
        return convert.mandate_name(row)

    name, first = claim(app.db, request, create, app.clock.now())
    if first:
        with app.db.read() as session:
            row = load(session, name)
            customer = session.get(CustomerRow, customer_id)
        channel = app.plugins.payment_channel(row.channel)
        try:
            started = channel.start_mandate(
                providers.StartMandate(
                    mandate_id=row.id,
                    customer_id=customer_id,
                    currency=row.amount_limit_currency or (customer.currency_code if customer else "") or "",
                    description=(customer.display_name if customer else "")[:127],
                    return_url=request.return_url,
                    max_amount=money.Money(row.amount_limit_minor, row.amount_limit_currency)
                    if row.amount_limit_minor is not None and row.amount_limit_currency
                    else None,
                    parameters=dict(request.channel_parameters),
                )
            )
        except AutodebitError as error:
            # Nothing was authorised; the mandate ends here and a retry needs a new request_id.
            apply_status(app, providers.MandateStatus(row.id, providers.MandateState.EXPIRED))
            if isinstance(error, InvalidArgument):
                # The plugin names StartMandate's fields; callers know the request's.
                raise InvalidArgument(
                    [(f.replace("parameters.", "channel_parameters.", 1), d) for f, d in error.violations],
                    reason=error.reason,
                ) from None
            raise
        apply_status(app, started.mandate, next_action=started.next_action)
    with app.db.read() as session:
        row = load(session, name)
    return pb.StartMandateResponse(mandate=convert.mandate(row), next_action=convert.next_action(row.next_action))


def confirm(app: App, request: pb.ConfirmMandateRequest) -> pb.ConfirmMandateResponse:
    """Ask the channel where a pending mandate stands, e.g. after the payer's challenge."""
    with app.db.read() as session:
        row = load(session, request.name)
    if row.state == "pending":
        channel = app.plugins.payment_channel(row.channel)
        status = channel.get_mandate(providers.MandateRef(row.id, row.channel_reference or ""))
        apply_status(app, status)
        with app.db.read() as session:
            row = load(session, request.name)
    return pb.ConfirmMandateResponse(mandate=convert.mandate(row), next_action=convert.next_action(row.next_action))


def revoke(app: App, request: pb.RevokeMandateRequest) -> pb.RevokeMandateResponse:
    v = Violations()
    v.check(len(request.reason) <= 500, "reason", "at most 500 characters")
    v.raise_if_any()
    with app.db.read() as session:
        row = load(session, request.name)
    if row.state not in ("pending", "active"):
        raise FailedPrecondition(f"{request.name} is already {row.state}", reason="MANDATE_ENDED")
    channel = app.plugins.payment_channel(row.channel)
    channel.revoke_mandate(providers.MandateRef(row.id, row.channel_reference or ""))
    # Whatever the channel now reports, the merchant asked to stop debiting: it ends here.
    apply_status(
        app,
        providers.MandateStatus(row.id, providers.MandateState.REVOKED),
        revoked_by="merchant",
        reason=request.reason,
    )
    with app.db.read() as session:
        return pb.RevokeMandateResponse(mandate=convert.mandate(load(session, request.name)))


def set_default(app: App, request: pb.SetDefaultMandateRequest) -> pb.SetDefaultMandateResponse:
    with app.db.transaction() as session:
        row = load(session, request.name, lock=True)
        if row.state != "active":
            raise FailedPrecondition(
                f"{request.name} is {row.state}; only an active mandate can be the default",
                reason="MANDATE_NOT_ACTIVE",
            )
        if not row.is_default:
            _make_default(session, row)
            customer = session.get(CustomerRow, row.customer_id)
            now = clock_for(session, customer.test_clock_id if customer else None, app.clock).now()
            _event(session, row, "mandate.default_changed", now)
        result = convert.mandate(row)
    return pb.SetDefaultMandateResponse(mandate=result)


def _make_default(session: Session, row: MandateRow) -> None:
    session.exec(  # type: ignore[call-overload]
        update(MandateRow)
        .where(col(MandateRow.customer_id) == row.customer_id, col(MandateRow.is_default))
        .values(is_default=False)
    )
    session.flush()
    row.is_default = True
    session.add(row)
    session.flush()


def get(app: App, name: str) -> Mandate:
    with app.db.read() as session:
        return convert.mandate(load(session, name))


def list_mandates(app: App, request: pb.ListMandatesRequest) -> pb.ListMandatesResponse:
    v = Violations()
    customer_id = parse_name(request.parent, "customers", "parent", v)
    size = pagination.page_size(request.page_size, v)
    after = pagination.decode(request.page_token, request, v)
    v.check(request.state in Mandate.State.values(), "state", "unknown state")
    v.raise_if_any()
    query = select(MandateRow).where(col(MandateRow.customer_id) == customer_id)
    if request.state:
        query = query.where(col(MandateRow.state) == Mandate.State.Name(request.state).removeprefix("STATE_").lower())
    if request.channel:
        query = query.where(col(MandateRow.channel) == request.channel)
    with app.db.read() as session:
        rows, token = pagination.by_creation(session, query, MandateRow, request, size, after)
    return pb.ListMandatesResponse(mandates=[convert.mandate(r) for r in rows], next_page_token=token)


def _card_expiry(details: dict[str, str]) -> datetime | None:
    """The first instant after the card's expiry month (cards are valid through their month)."""
    try:
        month, year = int(details["exp_month"]), int(details["exp_year"])
    except (KeyError, ValueError):
        return None
    last_day = calendar.monthrange(year, month)[1]
    return datetime(year, month, last_day, tzinfo=UTC) + timedelta(days=1)


def apply_status(
    app: App,
    status: providers.MandateStatus,
    *,
    next_action: providers.NextAction | None = None,
    revoked_by: str = "payer",
    reason: str = "",
) -> bool:
    """Bring a mandate in line with what the channel says; False if it was not a legal move.

    Raises NotFound for a mandate we never created (a forged or foreign callback).
    """
    with app.db.transaction() as session:
        row = session.exec(
            select(MandateRow).where(col(MandateRow.id) == status.mandate_id).with_for_update()
        ).first()
        if row is None:
            raise NotFound(f"no mandate {status.mandate_id}", reason="MANDATE_NOT_FOUND")
        customer = session.get(CustomerRow, row.customer_id)
        now = clock_for(session, customer.test_clock_id if customer else None, app.clock).now()
        target = status.state.value
        if status.channel_reference:
            row.channel_reference = status.channel_reference
        if status.details:
            _apply_details(row, dict(status.details))
        if next_action is not None:
            row.next_action = convert.next_action_json(next_action)
        if target == row.state:
            session.add(row)
            return True
        if target not in states.MANDATE[row.state]:
            log.warning("mandate_transition_ignored", mandate=row.id, state=row.state, reported=target)
            return False
        row.state = target
        row.next_action = None if target != "pending" else row.next_action
        if target == "active":
            row.activated_at = now
            row.expire_at = _card_expiry(dict(status.details)) if status.details else None
            row.next_check_at = None
            has_default = session.exec(
                select(MandateRow.id).where(
                    col(MandateRow.customer_id) == row.customer_id, col(MandateRow.is_default)
                )
            ).first()
            if has_default is None:
                _make_default(session, row)
            _event(session, row, "mandate.activated", now)
        else:
            row.ended_at = now
            row.next_check_at = None
            if target == "revoked":
                row.revoked_by, row.revoke_reason = revoked_by, reason or None
            row.is_default = False
            _event(session, row, f"mandate.{target}", now)
        session.add(row)
        return True


def _apply_details(row: MandateRow, details: dict[str, str]) -> None:
    row.card_brand = details.get("brand", row.card_brand)
    row.card_last4 = details.get("last4", row.card_last4)
    if "exp_month" in details and "exp_year" in details:
        row.card_exp_month, row.card_exp_year = int(details["exp_month"]), int(details["exp_year"])
    row.card_fingerprint = details.get("fingerprint", row.card_fingerprint)
    card_keys = {"brand", "last4", "exp_month", "exp_year", "fingerprint"}
    row.channel_metadata = {
        **row.channel_metadata,
        **{k: v for k, v in details.items() if k not in card_keys},
    }


def _event(session: Session, row: MandateRow, event_type: str, now: datetime) -> None:
    session.flush()
    outbox.record(
        session,
        type=event_type,
        subject=convert.mandate_name(row),
        customer=f"customers/{row.customer_id}",
        data=convert.mandate(row),
        at=now,
    )
