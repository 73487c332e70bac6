"""Automation rules: when an event happens to a customer who meets a condition, act.

Rules are rows managed over the API (and `autodebit rules ...`). They run after
commit, in `AutomationListener`, a kernel-internal event listener delivered by
the same `Deliverer` as plugin listeners: at least once, in commit order, from
one kernel process at a time. For each event with a customer, every enabled
rule whose trigger matches is checked against the customer as it is now
(segment, tags) and the event's amount; its actions then run in order:

- `tag` / `untag`: change the customer's tags (one `customer.updated` event);
- `send_message`: render a template of a notifier plugin in the customer's
  locale and send it to the customer (billing contacts in copy);
- `emit_event`: record an `automation.*` event for internal services.

Each action done for an event is logged in `automation_runs`, in the same
transaction as its effect where it has one, so a repeated delivery skips what
was done. (A message is logged right after it was sent: a crash in between
sends it again, which at-least-once delivery allows.) Events caused by
automation carry a request id starting with "automation:" and never trigger
rules, so rules cannot loop.
"""

from __future__ import annotations

import re
from typing import Any

import babel
import babel.dates
import babel.numbers
import structlog
from google.protobuf import descriptor_pool, field_mask_pb2, message_factory
from google.protobuf.json_format import MessageToDict, ParseDict
from google.protobuf.message import Message
from sqlmodel import Session, col, delete, select

from autodebit import money, pagination
from autodebit.api.customer.v1 import crm_pb2, customer_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.app import App
from autodebit.customers import common, contacts, service
from autodebit.customers.models import AutomationRuleRow, AutomationRunRow, CustomerRow
from autodebit.customers.validation import MAX_TAGS, TAG
from autodebit.errors import NotFound, Violations
from autodebit.events import outbox
from autodebit.events import servicer as event_servicer
from autodebit.events.outbox import DomainEvent, current_request_id
from autodebit.idempotency import check_request_id
from autodebit.ids import new_id, parse_name
from autodebit.plugin_host.providers import EventListener, OutboundMessage
from autodebit.protoconv import enum_name, timestamp

log = structlog.get_logger("autodebit.automation")

AutomationRule = crm_pb2.AutomationRule
EVENT_TYPE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*")
TEMPLATE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")
# Request ids of the changes automation makes; such events never trigger rules.
REQUEST_ID_PREFIX = "automation:"
EMITTED_PREFIX = "automation."
MAX_ACTIONS = 20
UPDATABLE = ("display_name", "enabled", "trigger_event_type", "condition", "actions")


# --- Rules over the API -----------------------------------------------------------------


def to_proto(row: AutomationRuleRow) -> AutomationRule:
    rule = AutomationRule(
        name=f"automationRules/{row.id}",
        display_name=row.display_name,
        enabled=row.enabled,
        trigger_event_type=row.trigger_event_type,
        actions=[ParseDict(a, crm_pb2.AutomationAction()) for a in row.actions],
        create_time=timestamp(row.created_at),
        update_time=timestamp(row.updated_at),
    )
    if row.condition is not None:
        ParseDict(row.condition, rule.condition)
    return rule


def _apply(rule: AutomationRule, row: AutomationRuleRow) -> None:
    row.display_name = rule.display_name.strip()
    row.enabled = rule.enabled
    row.trigger_event_type = rule.trigger_event_type
    row.condition = (
        MessageToDict(rule.condition, preserving_proto_field_name=True)
        if rule.HasField("condition")
        else None
    )
    row.actions = [MessageToDict(a, preserving_proto_field_name=True) for a in rule.actions]


def validate(app: App, rule: AutomationRule, v: Violations, prefix: str = "automation_rule") -> None:
    v.check(len(rule.display_name) <= 200, f"{prefix}.display_name", "at most 200 characters")
    trigger = rule.trigger_event_type
    if (
        v.check(bool(trigger), f"{prefix}.trigger_event_type", "required, e.g. payment.failed or invoice.*")
        and v.check(
            len(trigger) <= 100 and EVENT_TYPE.fullmatch(trigger.removesuffix(".*")) is not None,
            f"{prefix}.trigger_event_type",
            "must be an event type like payment.failed, or a prefix like invoice.*",
        )
    ):
        v.check(
            not outbox.type_matches((trigger,), EMITTED_PREFIX + "x")
            and not trigger.startswith(EMITTED_PREFIX),
            f"{prefix}.trigger_event_type",
            "events caused by automation (automation.*) never trigger rules",
        )
    condition = rule.condition
    for i, segment in enumerate(condition.segments):
        v.check(
            segment in customer_pb2.Segment.values() and segment != customer_pb2.SEGMENT_UNSPECIFIED,
            f"{prefix}.condition.segments[{i}]",
            "unknown segment",
        )
    for i, tag in enumerate(condition.tags):
        v.check(TAG.fullmatch(tag) is not None, f"{prefix}.condition.tags[{i}]", "not a valid tag")
    if condition.HasField("min_amount"):
        v.check(
            money.is_currency(condition.min_amount.currency_code),
            f"{prefix}.condition.min_amount.currency_code",
            "not an ISO 4217 currency code",
        )
        v.check(
            0 <= condition.min_amount.amount_minor <= money.MAX_AMOUNT_MINOR,
            f"{prefix}.condition.min_amount.amount_minor",
            f"must be between 0 and {money.MAX_AMOUNT_MINOR}",
        )
    if v.check(len(rule.actions) > 0, f"{prefix}.actions", "at least one action"):
        v.check(len(rule.actions) <= MAX_ACTIONS, f"{prefix}.actions", f"at most {MAX_ACTIONS} actions")
    notifiers = {n.id: n for n in app.plugins.notifiers()}
    for i, action in enumerate(rule.actions):
        field = f"{prefix}.actions[{i}]"
        kind = action.WhichOneof("action")
        if kind in ("tag", "untag"):
            v.check(
                TAG.fullmatch(getattr(action, kind)) is not None,
                f"{field}.{kind}",
                "must be lower case letters, digits, '_', '.', '-', starting with a letter or digit",
            )
        elif kind == "send_message":
            send = action.send_message
            notifier = notifiers.get(send.notifier)
            v.check(
                notifier is not None,
                f"{field}.send_message.notifier",
                f"no enabled notifier {send.notifier!r}; available: {', '.join(sorted(notifiers)) or 'none'}",
            )
            known = v.check(
                TEMPLATE.fullmatch(send.template) is not None,
                f"{field}.send_message.template",
                "required: a template id such as payment_failed",
            )
            if known and notifier is not None and notifier.templates:
                v.check(
                    send.template in notifier.templates,
                    f"{field}.send_message.template",
                    f"notifier {send.notifier!r} has no template {send.template!r}",
                )
        elif kind == "emit_event":
            event_type = action.emit_event.event_type
            v.check(
                event_type.startswith(EMITTED_PREFIX)
                and len(event_type) <= 100
                and EVENT_TYPE.fullmatch(event_type) is not None,
                f"{field}.emit_event.event_type",
                "must be a dotted event type under automation., e.g. automation.win_back",
            )
        else:
            v.add(field, "exactly one of tag, untag, send_message, emit_event")


def validate_create(app: App, request: pb.CreateAutomationRuleRequest) -> None:
    v = Violations()
    if v.check(request.HasField("automation_rule"), "automation_rule", "required"):
        validate(app, request.automation_rule, v)
    check_request_id(request.request_id, v)
    v.raise_if_any()


def create(
    app: App, request: pb.CreateAutomationRuleRequest, session: Session
) -> pb.CreateAutomationRuleResponse:
    now = app.clock.now()
    rule = AutomationRule()
    rule.CopyFrom(request.automation_rule)
    rule.enabled = True  # see AutomationRule.enabled
    row = AutomationRuleRow(id=new_id(), created_at=now, updated_at=now)  # type: ignore[call-arg]
    _apply(rule, row)
    session.add(row)
    created = to_proto(row)
    outbox.record(session, type="automation_rule.created", subject=created.name, data=created, at=now)
    return pb.CreateAutomationRuleResponse(automation_rule=created)


def _load(session: Session, name: str, field: str) -> AutomationRuleRow:
    v = Violations()
    rule_id = parse_name(name, "automationRules", field, v)
    v.raise_if_any()
    row = session.get(AutomationRuleRow, rule_id)
    if row is None:
        raise NotFound(f"{name} does not exist", reason="AUTOMATION_RULE_NOT_FOUND", metadata={"name": name})
    return row


def get(app: App, name: str) -> AutomationRule:
    with app.db.read() as session:
        return to_proto(_load(session, name, "name"))


def list_rules(app: App, request: pb.ListAutomationRulesRequest) -> pb.ListAutomationRulesResponse:
    v = Violations()
    size = pagination.page_size(request.page_size, v)
    after = pagination.decode(request.page_token, request, v)
    v.raise_if_any()
    query = select(AutomationRuleRow)
    if request.trigger_event_type:
        query = query.where(col(AutomationRuleRow.trigger_event_type) == request.trigger_event_type)
    with app.db.read() as session:
        rows, token = pagination.by_creation(
            session, query, AutomationRuleRow, request, size, after, newest_first=False
        )
    return pb.ListAutomationRulesResponse(
        automation_rules=[to_proto(r) for r in rows], next_page_token=token
    )


def _mask(request: pb.UpdateAutomationRuleRequest, v: Violations) -> list[str]:
    paths = list(request.update_mask.paths)
    if not paths:
        given = {field.name for field, _ in request.automation_rule.ListFields()}
        return [p for p in UPDATABLE if p in given]
    if paths == ["*"]:
        return list(UPDATABLE)
    for path in paths:
        if path not in UPDATABLE:
            known = path in AutomationRule.DESCRIPTOR.fields_by_name
            v.add("update_mask", f"{path} cannot be changed" if known else f"{path} is not a field of AutomationRule")
    return paths


def update(app: App, request: pb.UpdateAutomationRuleRequest) -> pb.UpdateAutomationRuleResponse:
    v = Violations()
    v.check(request.HasField("automation_rule"), "automation_rule", "required")
    parse_name(request.automation_rule.name, "automationRules", "automation_rule.name", v)
    paths = _mask(request, v)
    v.raise_if_any()
    with app.db.transaction() as session:
        row = _load(session, request.automation_rule.name, "automation_rule.name")
        current = to_proto(row)
        merged = AutomationRule()
        merged.CopyFrom(current)
        field_mask_pb2.FieldMask(paths=paths).MergeMessage(
            request.automation_rule, merged, replace_message_field=True, replace_repeated_field=True
        )
        validate(app, merged, v)
        v.raise_if_any()
        if merged == current:
            return pb.UpdateAutomationRuleResponse(automation_rule=current)
        now = app.clock.now()
        _apply(merged, row)
        row.updated_at = now
        session.add(row)
        updated = to_proto(row)
        outbox.record(session, type="automation_rule.updated", subject=updated.name, data=updated, at=now)
    return pb.UpdateAutomationRuleResponse(automation_rule=updated)


def delete_rule(app: App, request: pb.DeleteAutomationRuleRequest) -> pb.DeleteAutomationRuleResponse:
    with app.db.transaction() as session:
        row = _load(session, request.name, "name")
        deleted = to_proto(row)
        session.delete(row)
        session.exec(delete(AutomationRunRow).where(col(AutomationRunRow.rule_id) == row.id))  # type: ignore[call-overload]
        outbox.record(
            session, type="automation_rule.deleted", subject=deleted.name, data=deleted, at=app.clock.now()
        )
    return pb.DeleteAutomationRuleResponse()


# --- Running rules ---------------------------------------------------------------------


def unpack(event: DomainEvent) -> Message | None:
    """The event's data as its message type, or None if this kernel does not know it."""
    full_name = event.data.type_url.rsplit("/", 1)[-1]
    try:
        descriptor = descriptor_pool.Default().FindMessageTypeByName(full_name)
    except KeyError:
        return None
    message = message_factory.GetMessageClass(descriptor)()
    message.ParseFromString(event.data.value)
    return message


def event_amount(data: Message | None) -> money.Money | None:
    """The amount an event is about: a payment's or refund's `amount`, an invoice's `total`."""
    if data is None:
        return None
    for field in ("amount", "total"):
        if field in data.DESCRIPTOR.fields_by_name and data.HasField(field):  # type: ignore[arg-type]
            value = getattr(data, field)
            if money.is_currency(value.currency_code):
                return money.Money(value.amount_minor, value.currency_code)
    return None


def condition_holds(
    condition: crm_pb2.AutomationCondition | None,
    segment: str,
    tags: set[str],
    amount: money.Money | None,
) -> bool:
    if condition is None:
        return True
    if condition.segments and segment not in {
        enum_name(customer_pb2.Segment, s, "SEGMENT_") for s in condition.segments
    }:
        return False
    if not set(condition.tags) <= tags:
        return False
    if condition.HasField("min_amount"):
        wanted = condition.min_amount
        if amount is None or amount.currency_code != wanted.currency_code:
            return False
        if amount.amount_minor < wanted.amount_minor:
            return False
    return True


def _babel_locale(locale: str) -> babel.Locale:
    try:
        return babel.Locale.parse(locale or "en", sep="-")
    except (ValueError, babel.UnknownLocaleError):
        return babel.Locale.parse("en")


def template_context(
    customer: CustomerRow, tags: list[str], event: DomainEvent, data: Message | None
) -> dict[str, Any]:
    """What a notifier's template sees; docs/crm.md lists it."""
    locale = _babel_locale(customer.locale)
    context: dict[str, Any] = {
        "customer": {
            "name": f"customers/{customer.id}",
            "display_name": customer.display_name,
            "email": customer.email or "",
            "phone": customer.phone or "",
            "locale": customer.locale,
            "time_zone": customer.time_zone,
            "segment": customer.segment,
            "tags": sorted(tags),
        },
        "event": {
            "type": event.type,
            "subject": event.subject,
            "cursor": str(event.cursor),
            "time": event.created_at.isoformat(),
            "date": babel.dates.format_date(event.created_at, format="long", locale=locale),
        },
        "data": MessageToDict(data, preserving_proto_field_name=True) if data is not None else {},
    }
    amount = event_amount(data)
    if amount is not None:
        context["amount"] = babel.numbers.format_currency(
            amount.to_decimal(), amount.currency_code, locale=locale
        )
        context["amount_minor"] = amount.amount_minor
        context["currency_code"] = amount.currency_code
    return context


class AutomationListener(EventListener):
    """CRM automation rules"""

    id = "kernel:automation"

    def __init__(self, app: App) -> None:
        self.app = app

    def handle(self, event: DomainEvent) -> None:
        if event.customer is None or (event.request_id or "").startswith(REQUEST_ID_PREFIX):
            return
        customer_id = event.customer.removeprefix("customers/")
        with self.app.db.read() as session:
            rules = [
                row
                for row in session.exec(
                    select(AutomationRuleRow)
                    .where(col(AutomationRuleRow.enabled).is_(True))
                    .order_by(col(AutomationRuleRow.created_at), col(AutomationRuleRow.id))
                )
                if outbox.type_matches((row.trigger_event_type,), event.type)
            ]
        if not rules:
            return
        data = unpack(event)
        for rule in rules:
            self._run(rule, customer_id, event, data)

    def _run(self, rule: AutomationRuleRow, customer_id: str, event: DomainEvent, data: Message | None) -> None:
        with self.app.db.read() as session:
            customer = session.get(CustomerRow, customer_id)
            if customer is None:
                return
            tags = service.tags_of(session, [customer_id])[customer_id]
            done = set(
                session.exec(
                    select(AutomationRunRow.action_index).where(
                        col(AutomationRunRow.rule_id) == rule.id,
                        col(AutomationRunRow.event_cursor) == event.cursor,
                    )
                )
            )
        rule_message = to_proto(rule)
        condition = rule_message.condition if rule_message.HasField("condition") else None
        if not condition_holds(condition, customer.segment, set(tags), event_amount(data)):
            return
        token = current_request_id.set(f"{REQUEST_ID_PREFIX}{rule.id}:{event.cursor}")
        try:
            for index, action in enumerate(rule_message.actions):
                if index in done:
                    continue
                kind = action.WhichOneof("action")
                bound = {"rule": rule_message.name, "event_cursor": event.cursor, "action": kind}
                if kind == "tag" or kind == "untag":
                    self._retag(rule.id, index, customer_id, event, getattr(action, kind), kind == "tag")
                elif kind == "emit_event":
                    self._emit(rule.id, index, event, action.emit_event.event_type)
                elif kind == "send_message":
                    self._send(rule.id, index, customer_id, event, data, action.send_message)
                log.info("automation_action_done", **bound)
        finally:
            current_request_id.reset(token)

    def _mark_done(self, session: Session, rule_id: str, index: int, event: DomainEvent) -> bool:
        """Log the action as done; False if it already was (a concurrent repeat)."""
        if session.get(AutomationRunRow, (rule_id, event.cursor, index)) is not None:
            return False
        session.add(
            AutomationRunRow(rule_id=rule_id, event_cursor=event.cursor, action_index=index, done_at=self.app.clock.now())
        )
        return True

    def _retag(self, rule_id: str, index: int, customer_id: str, event: DomainEvent, tag: str, add: bool) -> None:
        with self.app.db.transaction() as session:
            if not self._mark_done(session, rule_id, index, event):
                return
            customer = session.exec(
                select(CustomerRow).where(col(CustomerRow.id) == customer_id).with_for_update()
            ).first()
            if customer is None or customer.state != "active":
                return  # archived customers' records are frozen
            tags = set(service.tags_of(session, [customer_id])[customer_id])
            wanted = tags | {tag} if add else tags - {tag}
            if wanted == tags:
                return
            if len(wanted) > MAX_TAGS:
                log.warning("automation_too_many_tags", customer=f"customers/{customer_id}", tag=tag)
                return
            now = common.clock(self.app, session, customer).now()
            service.set_tags(session, customer, sorted(wanted), now)

    def _emit(self, rule_id: str, index: int, event: DomainEvent, event_type: str) -> None:
        with self.app.db.transaction() as session:
            if not self._mark_done(session, rule_id, index, event):
                return
            outbox.record(
                session,
                type=event_type,
                subject=event.subject,
                customer=event.customer,
                data=event_servicer.to_proto(event),
                at=self.app.clock.now(),
            )

    def _send(
        self,
        rule_id: str,
        index: int,
        customer_id: str,
        event: DomainEvent,
        data: Message | None,
        action: crm_pb2.SendMessageAction,
    ) -> None:
        bound = {"rule": f"automationRules/{rule_id}", "customer": event.customer, "notifier": action.notifier}
        with self.app.db.read() as session:
            customer = session.get(CustomerRow, customer_id)
            tags = service.tags_of(session, [customer_id])[customer_id]
            cc = contacts.billing_emails(session, customer_id)
        try:
            notifier = self.app.plugins.notifier(action.notifier)
        except NotFound:
            log.error("automation_notifier_missing", **bound)
            self._record_sent(rule_id, index, event)
            return
        recipient = None
        if customer is not None and customer.erased_at is None:
            recipient = customer.phone if notifier.address_kind == "phone" else customer.email
        if not recipient:
            log.warning("automation_no_recipient", **bound)
            self._record_sent(rule_id, index, event)
            return
        assert customer is not None
        context = template_context(customer, tags, event, data)
        rendered = notifier.render(action.template, customer.locale, context)
        notifier.send(
            OutboundMessage(
                recipient=recipient,
                locale=customer.locale,
                subject=rendered.subject,
                text=rendered.text,
                html=rendered.html,
                cc=tuple(c for c in cc if c != recipient) if notifier.address_kind == "email" else (),
            )
        )
        self._record_sent(rule_id, index, event)

    def _record_sent(self, rule_id: str, index: int, event: DomainEvent) -> None:
        with self.app.db.transaction() as session:
            self._mark_done(session, rule_id, index, event)


def parse_action(text: str) -> crm_pb2.AutomationAction:
    """An action from its short form: `tag:vip`, `untag:trial`, `send:email/payment_failed`,
    `emit:automation.win_back`. Used by the CLI."""
    kind, _, value = text.partition(":")
    if kind == "tag":
        return crm_pb2.AutomationAction(tag=value)
    if kind == "untag":
        return crm_pb2.AutomationAction(untag=value)
    if kind == "send":
        notifier, _, template = value.partition("/")
        return crm_pb2.AutomationAction(
            send_message=crm_pb2.SendMessageAction(notifier=notifier, template=template)
        )
    if kind == "emit":
        return crm_pb2.AutomationAction(emit_event=crm_pb2.EmitEventAction(event_type=value))
    raise ValueError(f"{text!r}: expected tag:TAG, untag:TAG, send:NOTIFIER/TEMPLATE or emit:automation.TYPE")


def describe_action(action: crm_pb2.AutomationAction) -> str:
    """The short form of an action (see `parse_action`)."""
    kind = action.WhichOneof("action")
    if kind == "send_message":
        return f"send:{action.send_message.notifier}/{action.send_message.template}"
    if kind == "emit_event":
        return f"emit:{action.emit_event.event_type}"
    return f"{kind}:{getattr(action, kind or 'tag')}"

