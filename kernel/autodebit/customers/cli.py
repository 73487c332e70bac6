"""Operator commands of the customers area: `autodebit rules ...` and `autodebit customers ...`.

`rules` talks to a running server over gRPC (`--server`, default
127.0.0.1:50051, or AUTODEBIT_SERVER). `customers rebuild-insights` works on
the database directly, like `db upgrade`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import click
import grpc
from google.protobuf import field_mask_pb2
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from rich.console import Console
from rich.table import Table
from sqlmodel import col, select

from autodebit import money
from autodebit.api.customer.v1 import crm_pb2, customer_pb2, customer_service_pb2_grpc
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.type.v1 import money_pb2
from autodebit.customers.models import CustomerRow

console = Console()
T = TypeVar("T")
SEGMENTS = ["new", "healthy", "at_risk", "delinquent", "churned"]
server_option = click.option(
    "--server",
    envvar="AUTODEBIT_SERVER",
    default="127.0.0.1:50051",
    show_default=True,
    help="Address of a running kernel.",
)


def _call(server: str, call: Callable[[customer_service_pb2_grpc.CustomerServiceStub], T]) -> T:
    """Run one RPC; gRPC errors become a readable ClickException."""
    with grpc.insecure_channel(server) as channel:
        stub = customer_service_pb2_grpc.CustomerServiceStub(channel)
        try:
            return call(stub)
        except grpc.RpcError as error:
            raise click.ClickException(_describe(error)) from None


def _describe(error: grpc.RpcError) -> str:
    code = error.code()  # type: ignore[attr-defined]
    lines = [f"{code.name}: {error.details()}"]  # type: ignore[attr-defined]
    status = rpc_status.from_call(error)  # type: ignore[arg-type]
    for detail in status.details if status else []:
        if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            lines += [f"  {v.field}: {v.description}" for v in bad.field_violations]
    if code is grpc.StatusCode.UNAVAILABLE:
        lines.append("  (is `autodebit serve` running at that address?)")
    return "\n".join(lines)


def parse_money(text: str) -> money_pb2.Money:
    """'100.00 CNY' or 'CNY 100' -> Money in minor units; no floats involved."""
    parts = text.split()
    if len(parts) != 2:
        raise click.BadParameter("expected an amount and a currency, e.g. '100.00 CNY'")
    amount, currency = (parts[1], parts[0]) if parts[0].isalpha() else (parts[0], parts[1])
    currency = currency.upper()
    try:
        places = money.exponent(currency)
        value = Decimal(amount)
    except (money.UnknownCurrency, InvalidOperation) as error:
        raise click.BadParameter(str(error) or f"{amount!r} is not a number") from None
    minor = value.scaleb(places)
    if minor != minor.to_integral_value():
        raise click.BadParameter(f"{currency} has {places} decimal places")
    return money_pb2.Money(currency_code=currency, amount_minor=int(minor))


def _segment_name(value: int) -> str:
    return customer_pb2.Segment.Name(value).removeprefix("SEGMENT_").lower()  # type: ignore[arg-type]


def _condition_text(rule: crm_pb2.AutomationRule) -> str:
    if not rule.HasField("condition"):
        return "every customer"
    condition, parts = rule.condition, []
    if condition.segments:
        parts.append("segment " + " or ".join(_segment_name(s) for s in condition.segments))
    if condition.tags:
        parts.append("tags " + ", ".join(condition.tags))
    if condition.HasField("min_amount"):
        parts.append(
            f"amount ≥ {money.Money(condition.min_amount.amount_minor, condition.min_amount.currency_code)}"
        )
    return " and ".join(parts) or "every customer"


def _rules_table(rules: list[crm_pb2.AutomationRule], title: str) -> Table:
    from autodebit.customers.automation import describe_action

    table = Table(title=title)
    for column in ("Rule", "Name", "On", "When", "If", "Then"):
        table.add_column(column, overflow="fold")
    for rule in rules:
        table.add_row(
            rule.name,
            rule.display_name or "-",
            "[green]yes[/]" if rule.enabled else "[red]no[/]",
            rule.trigger_event_type,
            _condition_text(rule),
            "\n".join(describe_action(a) for a in rule.actions),
        )
    return table


@click.group()
def rules() -> None:
    """Automation rules: when an event happens to a customer, act (docs/crm.md)."""


@rules.command("list")
@server_option
@click.option("--trigger", default="", help="Only rules triggered by this event type.")
def list_rules(server: str, trigger: str) -> None:
    """List automation rules, oldest first."""
    found: list[crm_pb2.AutomationRule] = []
    token = ""
    while True:
        request = pb.ListAutomationRulesRequest(page_size=1000, page_token=token, trigger_event_type=trigger)
        page = _call(server, lambda stub, request=request: stub.ListAutomationRules(request))
        found += page.automation_rules
        token = page.next_page_token
        if not token:
            break
    if not found:
        console.print("No automation rules.")
        return
    console.print(_rules_table(found, "Automation rules"))


@rules.command("show")
@server_option
@click.argument("name")
def show_rule(server: str, name: str) -> None:
    """Show one rule, e.g. automationRules/01j...."""
    rule = _call(server, lambda stub: stub.GetAutomationRule(pb.GetAutomationRuleRequest(name=name)))
    console.print(_rules_table([rule.automation_rule], rule.automation_rule.name))


@rules.command("create")
@server_option
@click.option("--trigger", required=True, help='Event type, or a prefix like "invoice.*".')
@click.option(
    "--action",
    "actions",
    multiple=True,
    required=True,
    help="In order: tag:TAG, untag:TAG, send:NOTIFIER/TEMPLATE, emit:automation.TYPE.",
)
@click.option("--name", "display_name", default="", help="Label for people.")
@click.option("--segment", "segments", multiple=True, type=click.Choice(SEGMENTS), help="Only customers in this segment (any of those given).")
@click.option("--tag", "tags", multiple=True, help="Only customers carrying this tag (all of those given).")
@click.option("--min-amount", help="Only events of at least this amount, e.g. '100.00 CNY'.")
@click.option("--request-id", help="Idempotency key; a random one by default.")
def create_rule(
    server: str,
    trigger: str,
    actions: tuple[str, ...],
    display_name: str,
    segments: tuple[str, ...],
    tags: tuple[str, ...],
    min_amount: str | None,
    request_id: str | None,
) -> None:
    """Create a rule, e.g.

    \b
    autodebit rules create --name "Payment failed" --trigger payment.failed \\
        --action send:email/payment_failed --action tag:dunning
    """
    from autodebit.customers.automation import parse_action

    try:
        parsed = [parse_action(a) for a in actions]
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--action") from None
    rule = crm_pb2.AutomationRule(display_name=display_name, trigger_event_type=trigger, actions=parsed)
    if segments or tags or min_amount:
        condition: dict[str, Any] = {
            "segments": [customer_pb2.Segment.Value("SEGMENT_" + s.upper()) for s in segments],
            "tags": list(tags),
        }
        rule.condition.CopyFrom(crm_pb2.AutomationCondition(**condition))
        if min_amount:
            rule.condition.min_amount.CopyFrom(parse_money(min_amount))
    created = _call(
        server,
        lambda stub: stub.CreateAutomationRule(
            pb.CreateAutomationRuleRequest(automation_rule=rule, request_id=request_id or str(uuid.uuid4()))
        ),
    ).automation_rule
    console.print(_rules_table([created], f"Created {created.name}"))


def _set_enabled(server: str, name: str, enabled: bool) -> None:
    updated = _call(
        server,
        lambda stub: stub.UpdateAutomationRule(
            pb.UpdateAutomationRuleRequest(
                automation_rule=crm_pb2.AutomationRule(name=name, enabled=enabled),
                update_mask=field_mask_pb2.FieldMask(paths=["enabled"]),
            )
        ),
    ).automation_rule
    console.print(_rules_table([updated], updated.name))


@rules.command("enable")
@server_option
@click.argument("name")
def enable_rule(server: str, name: str) -> None:
    """Switch a rule on."""
    _set_enabled(server, name, True)


@rules.command("disable")
@server_option
@click.argument("name")
def disable_rule(server: str, name: str) -> None:
    """Switch a rule off (it stays, and can be enabled again)."""
    _set_enabled(server, name, False)


@rules.command("delete")
@server_option
@click.argument("name")
def delete_rule(server: str, name: str) -> None:
    """Delete a rule, e.g. automationRules/01j...."""
    _call(server, lambda stub: stub.DeleteAutomationRule(pb.DeleteAutomationRuleRequest(name=name)))
    console.print(f"[green]Deleted[/] {name}")


@click.group()
def customers() -> None:
    """Customer records."""


@customers.command("rebuild-insights")
@click.option("--customer", "customer_name", help="Only this customer (customers/...); default: all.")
@click.pass_context
def rebuild_insights(ctx: click.Context, customer_name: str | None) -> None:
    """Recompute insights and segments from the events, from scratch.

    Normally never needed: a projection keeps them current. Use it after a change
    of the segment rules. Each customer is rebuilt in its own transaction; a
    segment that moves records customer.segment_changed as usual.
    """
    from autodebit import cli as kernel_cli
    from autodebit.clock import SystemClock
    from autodebit.customers import insights
    from autodebit.db import Database

    settings = kernel_cli._settings(ctx)
    database = Database(settings.resolved_database_url)
    clock = SystemClock()
    if customer_name:
        ids = [customer_name.removeprefix("customers/")]
    else:
        ids, after = [], ""
        with database.read() as session:
            while batch := insights.customer_ids(session, after, 1000):
                ids += batch
                after = batch[-1]
    moved = 0
    with console.status("Rebuilding insights...") as status:
        for i, customer_id in enumerate(ids, 1):
            with database.transaction() as session:
                before = session.exec(
                    select(CustomerRow.segment).where(col(CustomerRow.id) == customer_id)
                ).first()
                result = insights.rebuild(session, customer_id, clock.now())
            if result is None:
                raise click.ClickException(f"customers/{customer_id} does not exist")
            moved += int(before != _segment_name(result.segment))
            status.update(f"Rebuilding insights... {i}/{len(ids)}")
    database.dispose()
    console.print(f"[green]Rebuilt[/] {len(ids)} customer(s); {moved} changed segment")
