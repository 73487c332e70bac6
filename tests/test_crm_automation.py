"""Automation rules: defined over the API and the CLI, run after commit by the kernel's listener."""

from __future__ import annotations

import uuid

import grpc
import pytest
from autodebit.api.billing.v1 import payment_pb2
from autodebit.api.customer.v1 import crm_pb2, customer_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.kernel.v1 import event_pb2
from autodebit.api.type.v1 import money_pb2
from autodebit.cli import main
from autodebit.customers.automation import AutomationListener
from autodebit.events.outbox import EventFilter, read_after
from click.testing import CliRunner
from google.protobuf import field_mask_pb2

from tests.crm_support import (
    automation_ready,
    count,
    create_customer,
    event_types,
    record,
    wait_for,
)
from tests.support import failure

Rule = crm_pb2.AutomationRule
Action = crm_pb2.AutomationAction
Payment = payment_pb2.Payment


def make_rule(stub, trigger: str, *actions: Action, condition: crm_pb2.AutomationCondition | None = None,
              request_id: str | None = None, display_name: str = "") -> Rule:
    rule = Rule(display_name=display_name, trigger_event_type=trigger, actions=list(actions))
    if condition is not None:
        rule.condition.CopyFrom(condition)
    return stub.CreateAutomationRule(
        pb.CreateAutomationRuleRequest(automation_rule=rule, request_id=request_id or str(uuid.uuid4()))
    ).automation_rule


def failed_payment(owner: str, amount: int = 5_000, currency: str = "CNY") -> Payment:
    return Payment(
        name=f"payments/{uuid.uuid4().hex[:26]}", customer=owner, state=Payment.STATE_FAILED,
        amount=money_pb2.Money(currency_code=currency, amount_minor=amount),
        decline_reason=payment_pb2.DECLINE_REASON_INSUFFICIENT_FUNDS, decline_class=payment_pb2.DECLINE_CLASS_SOFT,
    )


def tags(stub, name: str) -> list[str]:
    return list(stub.GetCustomer(pb.GetCustomerRequest(name=name)).customer.tags)


def test_rules_crud_with_events(customers, kernel):
    created = make_rule(customers, "payment.failed", Action(tag="dunning"), display_name="Tag failures",
                        request_id="rule-1")
    assert created.enabled and created.name.startswith("automationRules/")
    assert make_rule(customers, "payment.failed", Action(tag="dunning"), display_name="Tag failures",
                     request_id="rule-1") == created
    other = make_rule(customers, "invoice.*", Action(emit_event=crm_pb2.EmitEventAction(event_type="automation.invoice")))
    assert customers.GetAutomationRule(pb.GetAutomationRuleRequest(name=created.name)).automation_rule == created
    listed = customers.ListAutomationRules(pb.ListAutomationRulesRequest()).automation_rules
    assert [r.name for r in listed] == [created.name, other.name]
    only = customers.ListAutomationRules(pb.ListAutomationRulesRequest(trigger_event_type="invoice.*"))
    assert [r.name for r in only.automation_rules] == [other.name]
    page = customers.ListAutomationRules(pb.ListAutomationRulesRequest(page_size=1))
    assert [r.name for r in page.automation_rules] == [created.name] and page.next_page_token

    disabled = customers.UpdateAutomationRule(pb.UpdateAutomationRuleRequest(
        automation_rule=Rule(name=created.name, enabled=False, display_name="ignored"),
        update_mask=field_mask_pb2.FieldMask(paths=["enabled"]),
    )).automation_rule
    assert (disabled.enabled, disabled.display_name) == (False, "Tag failures")
    customers.DeleteAutomationRule(pb.DeleteAutomationRuleRequest(name=other.name))
    error = failure(lambda: customers.GetAutomationRule(pb.GetAutomationRuleRequest(name=other.name)))
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "AUTOMATION_RULE_NOT_FOUND")
    with kernel.app.db.read() as session:
        types = [e.type for e in read_after(session, 0, 100, EventFilter(types=("automation_rule.*",)))]
    assert types == ["automation_rule.created", "automation_rule.created", "automation_rule.updated",
                     "automation_rule.deleted"]


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (Rule(actions=[Action(tag="x")]), "automation_rule.trigger_event_type"),
        (Rule(trigger_event_type="Payment Failed", actions=[Action(tag="x")]), "automation_rule.trigger_event_type"),
        (Rule(trigger_event_type="automation.*", actions=[Action(tag="x")]), "automation_rule.trigger_event_type"),
        (Rule(trigger_event_type="payment.failed"), "automation_rule.actions"),
        (Rule(trigger_event_type="payment.failed", actions=[Action()]), "automation_rule.actions[0]"),
        (Rule(trigger_event_type="payment.failed", actions=[Action(tag="x"), Action(untag="Bad Tag")]),
         "automation_rule.actions[1].untag"),
        (Rule(trigger_event_type="payment.failed",
              actions=[Action(send_message=crm_pb2.SendMessageAction(notifier="pigeon", template="payment_failed"))]),
         "automation_rule.actions[0].send_message.notifier"),
        (Rule(trigger_event_type="payment.failed",
              actions=[Action(send_message=crm_pb2.SendMessageAction(notifier="email", template="no_such_template"))]),
         "automation_rule.actions[0].send_message.template"),
        (Rule(trigger_event_type="payment.failed",
              actions=[Action(emit_event=crm_pb2.EmitEventAction(event_type="payment.fake"))]),
         "automation_rule.actions[0].emit_event.event_type"),
        (Rule(trigger_event_type="payment.failed", actions=[Action(tag="x")],
              condition=crm_pb2.AutomationCondition(segments=[17])), "automation_rule.condition.segments[0]"),
        (Rule(trigger_event_type="payment.failed", actions=[Action(tag="x")],
              condition=crm_pb2.AutomationCondition(min_amount=money_pb2.Money(currency_code="XXX"))),
         "automation_rule.condition.min_amount.currency_code"),
    ],
)
def test_bad_rules_are_invalid_argument_naming_the_field_and_write_nothing(customers, kernel, rule, field):
    error = failure(lambda: customers.CreateAutomationRule(pb.CreateAutomationRuleRequest(automation_rule=rule, request_id="r")))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert field in error.fields, error.fields
    assert (count(kernel, "automation_rules"), count(kernel, "events")) == (0, 0)


def test_tag_and_untag_follow_payments(customers, kernel):
    make_rule(customers, "payment.failed", Action(tag="dunning"))
    make_rule(customers, "payment.succeeded", Action(untag="dunning"), Action(tag="paid-once"))
    owner = create_customer(customers, tags=["vip"]).name
    automation_ready(kernel)
    record(kernel, "payment.failed", owner, failed_payment(owner))
    wait_for(lambda: tags(customers, owner) == ["dunning", "vip"])
    succeeded = failed_payment(owner)
    succeeded.state = Payment.STATE_SUCCEEDED
    record(kernel, "payment.succeeded", owner, succeeded)
    wait_for(lambda: tags(customers, owner) == ["paid-once", "vip"])
    with kernel.app.db.read() as session:
        updates = read_after(session, 0, 100, EventFilter(types=("customer.updated",), customer=owner))
    assert len(updates) == 3  # tag, untag, tag: one event per change
    assert all(e.request_id.startswith("automation:") for e in updates)


def test_emit_event_for_internal_services(customers, kernel):
    rule = make_rule(customers, "payment.*", Action(emit_event=crm_pb2.EmitEventAction(event_type="automation.payment_failed")),
                     condition=crm_pb2.AutomationCondition(segments=[customer_pb2.SEGMENT_AT_RISK]))
    owner = create_customer(customers).name
    automation_ready(kernel)
    trigger = failed_payment(owner)
    record(kernel, "payment.failed", owner, trigger)  # at risk after this one: matches
    wait_for(lambda: "automation.payment_failed" in event_types(kernel, owner))
    with kernel.app.db.read() as session:
        (emitted,) = read_after(session, 0, 100, EventFilter(types=("automation.*",)))
    assert (emitted.subject, emitted.customer) == (trigger.name, owner)
    assert emitted.request_id.startswith(f"automation:{rule.name.removeprefix('automationRules/')}:")
    original = event_pb2.Event()
    assert emitted.data.Unpack(original)
    assert original.type == "payment.failed"
    snapshot = Payment()
    assert original.data.Unpack(snapshot) and snapshot == trigger


def test_conditions_on_segment_tags_and_amount(customers, kernel):
    condition = crm_pb2.AutomationCondition(
        tags=["b2b"], min_amount=money_pb2.Money(currency_code="CNY", amount_minor=10_000)
    )
    make_rule(customers, "payment.failed", Action(tag="big-failure"), condition=condition)
    make_rule(customers, "payment.failed", Action(tag="seen"))  # the sync point: runs for every failure
    b2b = create_customer(customers, tags=["b2b"]).name
    person = create_customer(customers).name
    automation_ready(kernel)
    record(kernel, "payment.failed", person, failed_payment(person, 50_000))       # no b2b tag
    record(kernel, "payment.failed", b2b, failed_payment(b2b, 9_999))             # too small
    record(kernel, "payment.failed", b2b, failed_payment(b2b, 20_000, "USD"))     # other currency
    wait_for(lambda: "seen" in tags(customers, b2b) and "seen" in tags(customers, person))
    assert "big-failure" not in tags(customers, b2b) + tags(customers, person)
    record(kernel, "payment.failed", b2b, failed_payment(b2b, 10_000))
    wait_for(lambda: "big-failure" in tags(customers, b2b))


def test_disabled_rules_and_loops_do_not_fire(customers, kernel):
    off = make_rule(customers, "customer.updated", Action(tag="never"))
    customers.UpdateAutomationRule(pb.UpdateAutomationRuleRequest(
        automation_rule=Rule(name=off.name, enabled=False), update_mask=field_mask_pb2.FieldMask(paths=["enabled"])))
    # Fires on the operator's update only: its own customer.updated never triggers rules.
    make_rule(customers, "customer.updated", Action(tag="touched"), Action(untag="fresh"))
    owner = create_customer(customers, tags=["fresh"]).name
    automation_ready(kernel)
    customers.UpdateCustomer(pb.UpdateCustomerRequest(customer=customer_pb2.Customer(name=owner, display_name="New")))
    wait_for(lambda: tags(customers, owner) == ["touched"])
    make_rule(customers, "note.created", Action(tag="noted"))  # sync point
    customers.CreateNote(pb.CreateNoteRequest(parent=owner, note=crm_pb2.Note(body="x"), request_id="x"))
    wait_for(lambda: "noted" in tags(customers, owner))
    assert tags(customers, owner) == ["noted", "touched"]
    assert event_types(kernel, owner).count("customer.updated") == 4  # operator, touched, fresh, noted


def test_a_repeated_delivery_does_each_action_once(customers, kernel):
    make_rule(customers, "payment.failed", Action(tag="dunning"),
              Action(emit_event=crm_pb2.EmitEventAction(event_type="automation.again")))
    owner = create_customer(customers).name
    automation_ready(kernel)
    record(kernel, "payment.failed", owner, failed_payment(owner))
    wait_for(lambda: "automation.again" in event_types(kernel, owner))
    with kernel.app.db.read() as session:
        (trigger,) = read_after(session, 0, 100, EventFilter(types=("payment.failed",)))
    before = event_types(kernel, owner)
    listener = AutomationListener(kernel.app)
    listener.handle(trigger)  # as after a crash before the cursor moved
    listener.handle(trigger)
    assert event_types(kernel, owner) == before
    assert count(kernel, "automation_runs") == 2


def test_cli_manages_rules_against_a_running_server(kernel, customers, monkeypatch):
    from autodebit.customers import cli as customers_cli
    from rich.console import Console

    monkeypatch.setattr(customers_cli, "console", Console(width=200))  # no folding in the table
    server = ["--server", f"127.0.0.1:{kernel.port}"]
    runner = CliRunner()
    created = runner.invoke(main, ["rules", "create", *server, "--name", "Payment failed",
                                   "--trigger", "payment.failed", "--segment", "at_risk", "--tag", "b2b",
                                   "--min-amount", "100.00 CNY", "--action", "send:email/payment_failed",
                                   "--action", "tag:dunning"])
    assert created.exit_code == 0, created.output
    (rule,) = customers.ListAutomationRules(pb.ListAutomationRulesRequest()).automation_rules
    assert rule.display_name == "Payment failed"
    assert list(rule.condition.segments) == [customer_pb2.SEGMENT_AT_RISK]
    assert rule.condition.min_amount == money_pb2.Money(currency_code="CNY", amount_minor=10_000)
    assert [a.WhichOneof("action") for a in rule.actions] == ["send_message", "tag"]
    listed = runner.invoke(main, ["rules", "list", *server])
    assert listed.exit_code == 0
    for text in (rule.name, "payment.failed", "send:email/payment_failed", "tag:dunning", "100.00 CNY"):
        assert text in listed.output
    assert runner.invoke(main, ["rules", "disable", *server, rule.name]).exit_code == 0
    assert not customers.GetAutomationRule(pb.GetAutomationRuleRequest(name=rule.name)).automation_rule.enabled
    bad = runner.invoke(main, ["rules", "create", *server, "--trigger", "payment.failed", "--action", "tag:Not A Tag"])
    assert bad.exit_code != 0 and "actions[0].tag" in bad.output
    deleted = runner.invoke(main, ["rules", "delete", *server, rule.name])
    assert deleted.exit_code == 0 and "Deleted" in deleted.output
    assert runner.invoke(main, ["rules", "list", *server]).output.strip() == "No automation rules."
