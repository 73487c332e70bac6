"""The bankcard channel against the sandbox bank over real HTTP: test-card outcomes,
idempotency, unknown fates and their repair, refunds, challenges, callbacks,
verification failures and the plugin's registration."""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import autodebit_plugins.bankcard
import httpx
import pytest
from autodebit.config import PluginSettings
from autodebit.errors import InvalidArgument
from autodebit.money import Money
from autodebit.plugin_host import PluginHost
from autodebit.plugin_host.providers import (
    CallbackRejected,
    CallbackRequest,
    Charge,
    ChargeOutcome,
    Decline,
    DeclineReason,
    MandateRef,
    MandateStarted,
    MandateState,
    MandateStatus,
    NextActionKind,
    PluginContext,
    ProviderError,
    Refund,
    RefundOutcome,
    StartMandate,
    TransactionStatus,
)
from autodebit_plugins.bankcard import channel_for
from autodebit_plugins.bankcard.channel import BankCardChannel
from autodebit_plugins.bankcard.sandbox import SandboxBank
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from tests.bankcard_support import (  # noqa: F401 - the *_fixture names are fixtures
    VISA,
    CallbackReceiver,
    active_mandate,
    bank_fixture,
    channel_fixture,
    charges_at_bank,
    connect,
    receiver_fixture,
    sandbox,
    token,
)

CNY_10 = Money(1000, "CNY")


def charge(
    channel: BankCardChannel, mandate: MandateRef, key: str = "charge-1", amount: Money = CNY_10
) -> ChargeOutcome:
    return channel.charge(Charge(key, mandate, amount, "subscription, June"))


def start(
    channel: BankCardChannel,
    bank: SandboxBank,
    number: str,
    mandate_id: str = "mandate-1",
    **parameters: str,
) -> MandateStarted:
    return channel.start_mandate(
        StartMandate(
            mandate_id,
            "customer-1",
            "CNY",
            "subscription",
            return_url="https://shop.example/done",
            parameters={"card_token": token(bank, number), **parameters},
        )
    )


# --- Test cards --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "status", "code", "decline", "reason"),
    [
        ("4242424242424242", TransactionStatus.PROCESSED, "00", Decline.NONE, None),
        ("5555555555554444", TransactionStatus.PROCESSED, "00", Decline.NONE, None),
        ("378282246310005", TransactionStatus.PROCESSED, "00", Decline.NONE, None),
        (
            "4000000000000002",
            TransactionStatus.ERROR,
            "05",
            Decline.SOFT,
            DeclineReason.DO_NOT_HONOR,
        ),
        (
            "4000000000009995",
            TransactionStatus.ERROR,
            "51",
            Decline.SOFT,
            DeclineReason.INSUFFICIENT_FUNDS,
        ),
        ("4000000000009987", TransactionStatus.ERROR, "41", Decline.HARD, DeclineReason.CARD_LOST),
        (
            "4000000000009979",
            TransactionStatus.ERROR,
            "43",
            Decline.HARD,
            DeclineReason.CARD_STOLEN,
        ),
        (
            "4000000000000069",
            TransactionStatus.ERROR,
            "54",
            Decline.HARD,
            DeclineReason.CARD_EXPIRED,
        ),
        (
            "4000000000000127",
            TransactionStatus.ERROR,
            "N7",
            Decline.HARD,
            DeclineReason.INVALID_ACCOUNT,
        ),
        (
            "4000000000000119",
            TransactionStatus.ERROR,
            "96",
            Decline.SOFT,
            DeclineReason.PROCESSING_ERROR,
        ),
        (
            "4000000000000341",
            TransactionStatus.ERROR,
            "05",
            Decline.SOFT,
            DeclineReason.DO_NOT_HONOR,
        ),
    ],
)
def test_each_test_card_has_its_fixed_outcome(
    channel: BankCardChannel,
    bank: SandboxBank,
    number: str,
    status: TransactionStatus,
    code: str,
    decline: Decline,
    reason: DeclineReason | None,
) -> None:
    mandate = active_mandate(channel, bank, number)

    outcome = charge(channel, mandate)

    assert (outcome.status, outcome.response_code, outcome.decline, outcome.decline_reason) == (
        status,
        code,
        decline,
        reason,
    )
    assert outcome.amount == CNY_10
    assert outcome.channel_transaction_id.startswith("ch_")
    assert channel.query_charge("charge-1") == outcome


def test_the_mandate_carries_the_card_facts_and_never_the_number(
    channel: BankCardChannel, bank: SandboxBank
) -> None:
    started = start(channel, bank, "5555555555554444")

    details = started.mandate.details
    assert (details["brand"], details["last4"], details["exp_month"]) == (
        "mastercard",
        "4444",
        "12",
    )
    assert len(details["fingerprint"]) == 64
    assert "5555555555554444" not in repr(started)
    assert started.next_action.kind is NextActionKind.NONE


def test_charges_over_the_amount_limit_are_declined_soft(
    channel: BankCardChannel, bank: SandboxBank
) -> None:
    outcome = charge(channel, active_mandate(channel, bank), amount=Money(100_000_001, "CNY"))

    assert (outcome.response_code, outcome.decline, outcome.decline_reason) == (
        "61",
        Decline.SOFT,
        DeclineReason.LIMIT_EXCEEDED,
    )


def test_an_unsupported_currency_is_a_hard_error_and_nothing_moves(
    channel: BankCardChannel, bank: SandboxBank
) -> None:
    outcome = charge(channel, active_mandate(channel, bank), amount=Money(1000, "CHF"))

    assert (outcome.status, outcome.decline, outcome.response_code) == (
        TransactionStatus.ERROR,
        Decline.HARD,
        "unsupported_currency",
    )
    assert charges_at_bank(bank, "charge-1") == []


# --- Idempotency and unknown fates ------------------------------------------------------------


def test_the_same_key_twice_charges_once(channel: BankCardChannel, bank: SandboxBank) -> None:
    mandate = active_mandate(channel, bank)

    first, second = charge(channel, mandate), charge(channel, mandate)

    assert first == second
    assert len(charges_at_bank(bank, "charge-1")) == 1


def test_the_same_key_for_a_different_charge_is_an_error(
    channel: BankCardChannel, bank: SandboxBank
) -> None:
    mandate = active_mandate(channel, bank)
    charge(channel, mandate)

    with pytest.raises(ProviderError, match="idempotency_conflict"):
        charge(channel, mandate, amount=Money(2000, "CNY"))
    assert [c["amount_minor"] for c in charges_at_bank(bank, "charge-1")] == [1000]


def test_a_charge_the_bank_never_received_queries_as_canceled(channel: BankCardChannel) -> None:
    assert channel.query_charge("never-sent").status is TransactionStatus.CANCELED


def test_a_timeout_after_the_bank_charged_is_undefined_until_queried(bank: SandboxBank) -> None:
    impatient = connect(bank, timeout_seconds=0.5)
    mandate = active_mandate(impatient, bank)
    sandbox(bank, "POST", "faults", {"timeout_after_processing": 1})

    outcome = charge(impatient, mandate)

    assert outcome.status is TransactionStatus.UNDEFINED
    queried = impatient.query_charge("charge-1")
    assert (queried.status, queried.amount) == (TransactionStatus.PROCESSED, CNY_10)
    assert len(charges_at_bank(bank, "charge-1")) == 1
    impatient.close()


def test_a_503_before_processing_is_canceled_and_the_retry_charges_once(
    channel: BankCardChannel, bank: SandboxBank
) -> None:
    mandate = active_mandate(channel, bank)
    sandbox(bank, "POST", "faults", {"fail_before_processing_5xx": 1})

    assert charge(channel, mandate).status is TransactionStatus.CANCELED
    assert charges_at_bank(bank, "charge-1") == []
    assert charge(channel, mandate).status is TransactionStatus.PROCESSED
    assert len(charges_at_bank(bank, "charge-1")) == 1


def test_an_unreachable_bank_is_canceled(channel: BankCardChannel, bank: SandboxBank) -> None:
    mandate = active_mandate(channel, bank)
    bank.stop()

    assert charge(channel, mandate).status is TransactionStatus.CANCELED
    with pytest.raises(ProviderError, match="cannot reach the bank"):
        channel.query_charge("charge-1")


# --- Refunds ---------------------------------------------------------------------------------


def test_partial_refunds_up_to_the_charge_then_refusal(
    channel: BankCardChannel, bank: SandboxBank
) -> None:
    charged = charge(channel, active_mandate(channel, bank))

    def refund(key: str, amount: int) -> Refund:
        return Refund(
            key, "charge-1", charged.channel_transaction_id, Money(amount, "CNY"), "goodwill"
        )

    first = channel.refund(refund("refund-1", 400))
    second = channel.refund(refund("refund-2", 600))
    too_much = channel.refund(refund("refund-3", 1))

    assert (first.status, first.amount) == (TransactionStatus.PROCESSED, Money(400, "CNY"))
    assert (second.status, second.amount) == (TransactionStatus.PROCESSED, Money(600, "CNY"))
    assert (too_much.status, too_much.response_code) == (TransactionStatus.ERROR, "13")
    assert channel.refund(refund("refund-1", 400)) == first  # a repeat refunds nothing more
    assert channel.query_refund(refund("refund-2", 600)) == second
    assert channel.query_refund(refund("refund-9", 5)).status is TransactionStatus.CANCELED
    with pytest.raises(ProviderError, match="idempotency_conflict"):
        channel.refund(refund("refund-1", 300))


def test_refunding_a_declined_charge_fails(channel: BankCardChannel, bank: SandboxBank) -> None:
    declined = charge(channel, active_mandate(channel, bank, "4000000000000002"))

    outcome = channel.refund(
        Refund("refund-1", "charge-1", declined.channel_transaction_id, CNY_10)
    )

    assert (outcome.status, outcome.response_code) == (TransactionStatus.ERROR, "12")


# --- Mandates, challenges and callbacks ----------------------------------------------------


def test_a_challenge_passed_through_the_test_api_activates_the_mandate_by_signed_callback(
    channel: BankCardChannel, bank: SandboxBank, receiver: CallbackReceiver
) -> None:
    started = start(channel, bank, "4000002760003184")
    assert started.mandate.state is MandateState.PENDING
    assert started.next_action.kind is NextActionKind.CHALLENGE
    agreement_id = started.mandate.channel_reference

    sandbox(bank, "POST", f"agreements/{agreement_id}/challenge", {"result": "approve"})

    (notification,) = channel.handle_callback(receiver.next()).notifications
    assert isinstance(notification, MandateStatus)
    assert (notification.mandate_id, notification.state, notification.channel_reference) == (
        "mandate-1",
        MandateState.ACTIVE,
        agreement_id,
    )
    assert channel.get_mandate(MandateRef("mandate-1")).state is MandateState.ACTIVE


def test_a_challenge_through_the_cardholders_page(
    channel: BankCardChannel, bank: SandboxBank, receiver: CallbackReceiver
) -> None:
    started = start(channel, bank, "4000002760003184")
    page = httpx.get(started.next_action.value)
    assert page.status_code == 200 and 'value="approve"' in page.text

    submitted = httpx.post(started.next_action.value, data={"result": "approve"})

    assert (submitted.status_code, submitted.headers["location"]) == (
        303,
        "https://shop.example/done",
    )
    (notification,) = channel.handle_callback(receiver.next()).notifications
    assert isinstance(notification, MandateStatus) and notification.state is MandateState.ACTIVE
    assert "is active" in httpx.get(started.next_action.value).text


def test_a_failed_challenge_expires_the_mandate(
    channel: BankCardChannel, bank: SandboxBank, receiver: CallbackReceiver
) -> None:
    started = start(channel, bank, "4000002760003184")

    httpx.post(started.next_action.value, data={"result": "fail"})

    (notification,) = channel.handle_callback(receiver.next()).notifications
    assert isinstance(notification, MandateStatus) and notification.state is MandateState.EXPIRED
    assert (
        charge(channel, MandateRef("mandate-1", started.mandate.channel_reference)).response_code
        == "57"
    )


def test_an_off_session_agreement_skips_the_challenge_only_for_cards_that_allow_it(
    channel: BankCardChannel, bank: SandboxBank
) -> None:
    on_session = start(channel, bank, "4000002500003155", "m-1")
    off_session = start(channel, bank, "4000002500003155", "m-2", off_session="true")
    always = start(channel, bank, "4000002760003184", "m-3", off_session="true")

    assert [s.mandate.state for s in (on_session, off_session, always)] == [
        MandateState.PENDING,
        MandateState.ACTIVE,
        MandateState.PENDING,
    ]


def test_starting_a_mandate_twice_makes_one_agreement(
    channel: BankCardChannel, bank: SandboxBank
) -> None:
    card_token = token(bank)
    request = StartMandate(
        "mandate-1", "customer-1", "CNY", "plan", parameters={"card_token": card_token}
    )

    assert channel.start_mandate(request) == channel.start_mandate(request)
    with pytest.raises(InvalidArgument, match="already used"):
        channel.start_mandate(replace(request, mandate_id="mandate-2"))
    with pytest.raises(InvalidArgument, match="card_token"):
        channel.start_mandate(replace(request, parameters={}))


def test_revoking_ends_the_mandate_and_later_charges_are_hard_declined(
    channel: BankCardChannel, bank: SandboxBank
) -> None:
    mandate = active_mandate(channel, bank)

    revoked = channel.revoke_mandate(MandateRef("mandate-1"))

    assert (revoked.state, revoked.channel_reference) == (
        MandateState.REVOKED,
        mandate.channel_reference,
    )
    assert channel.revoke_mandate(mandate).state is MandateState.REVOKED
    outcome = charge(channel, mandate)
    assert (outcome.response_code, outcome.decline, outcome.decline_reason) == (
        "57",
        Decline.HARD,
        DeclineReason.NOT_PERMITTED,
    )
    with pytest.raises(ProviderError, match="not_found"):
        channel.get_mandate(MandateRef("no-such-mandate"))


def test_a_cardholder_revocation_arrives_by_callback(
    channel: BankCardChannel, bank: SandboxBank, receiver: CallbackReceiver
) -> None:
    mandate = active_mandate(channel, bank)
    receiver.next()  # agreement.activated

    sandbox(
        bank, "POST", f"agreements/{mandate.channel_reference}/revoke", {"revoked_by": "cardholder"}
    )

    callback = receiver.next()
    assert b'"revoked_by":"cardholder"' in callback.body
    (notification,) = channel.handle_callback(callback).notifications
    assert isinstance(notification, MandateStatus) and notification.state is MandateState.REVOKED


def test_charges_and_refunds_are_announced_by_callback_too(
    channel: BankCardChannel, bank: SandboxBank, receiver: CallbackReceiver
) -> None:
    mandate = active_mandate(channel, bank)
    receiver.next()  # agreement.activated
    charged = charge(channel, mandate)
    refund = channel.refund(
        Refund("refund-1", "charge-1", charged.channel_transaction_id, Money(100, "CNY"))
    )

    # Callbacks are sent concurrently, so in no particular order.
    notifications = {
        n
        for c in (receiver.next(), receiver.next())
        for n in channel.handle_callback(c).notifications
    }

    refunded = RefundOutcome(
        "refund-1",
        TransactionStatus.PROCESSED,
        Money(100, "CNY"),
        refund.channel_refund_id,
        "00",
        "approved",
    )
    assert notifications == {charged, refunded}


def test_the_callback_is_acknowledged_with_200(
    channel: BankCardChannel, bank: SandboxBank, receiver: CallbackReceiver
) -> None:
    active_mandate(channel, bank)

    result = channel.handle_callback(receiver.next())

    assert (result.status, result.body) == (200, b'{"received":true}')


# --- Verification failures -------------------------------------------------------------------


@pytest.fixture
def callback(
    channel: BankCardChannel, bank: SandboxBank, receiver: CallbackReceiver
) -> CallbackRequest:
    """A genuine callback from the bank, not yet handled."""
    active_mandate(channel, bank)
    return receiver.next()


def test_a_replayed_callback_is_rejected(
    channel: BankCardChannel, callback: CallbackRequest
) -> None:
    channel.handle_callback(callback)

    with pytest.raises(CallbackRejected, match="replayed_nonce"):
        channel.handle_callback(callback)


def test_a_stale_callback_is_rejected(channel: BankCardChannel, callback: CallbackRequest) -> None:
    with pytest.raises(CallbackRejected, match="stale_timestamp"):
        channel.handle_callback(
            replace(callback, received_at=callback.received_at + timedelta(minutes=6))
        )


def test_a_tampered_callback_is_rejected(
    channel: BankCardChannel, callback: CallbackRequest
) -> None:
    with pytest.raises(CallbackRejected, match="bad_signature"):
        channel.handle_callback(
            replace(callback, body=callback.body.replace(b"active", b"revoked"))
        )


def test_a_callback_signed_by_another_key_is_rejected(
    channel: BankCardChannel, callback: CallbackRequest
) -> None:
    from autodebit_plugins.bankcard import protocol

    forged = protocol.bank_headers(Ed25519PrivateKey.generate(), callback.body)

    with pytest.raises(CallbackRejected, match="bad_signature"):
        channel.handle_callback(replace(callback, headers=type(callback.headers)(forged)))
    with pytest.raises(CallbackRejected, match="missing_signature"):
        channel.handle_callback(replace(callback, headers=type(callback.headers)({})))


def test_answers_not_signed_by_the_bank_are_provider_errors(bank: SandboxBank) -> None:
    other_key = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    )
    misconfigured = connect(bank, public_key_pem=other_key)
    try:
        with pytest.raises(ProviderError, match="failed verification"):
            misconfigured.query_charge("charge-1")
        with pytest.raises(ProviderError, match="failed verification"):
            charge(misconfigured, MandateRef("mandate-1", "agr_x"))
        assert (
            charges_at_bank(bank, "charge-1") != []
        )  # it did reach the bank: only a query can tell
    finally:
        misconfigured.close()


# --- Settlement -----------------------------------------------------------------------------


def test_the_settlement_file_adds_up(channel: BankCardChannel, bank: SandboxBank) -> None:
    mandate = active_mandate(channel, bank)
    for i, amount in enumerate((1999, 250, 83)):
        charge(channel, mandate, f"charge-{i}", Money(amount, "CNY"))

    rows = list(
        csv.DictReader(io.StringIO(channel.fetch_settlement(datetime.now(UTC).date()).decode()))
    )

    lines, (total,) = rows[:-1], rows[-1:]
    assert total["type"] == "total"
    for column in ("amount_minor", "fee_minor", "net_minor"):
        assert int(total[column]) == sum(int(row[column]) for row in lines)
    assert [int(row["fee_minor"]) for row in lines] == [12, 2, 0]


# --- The plugin --------------------------------------------------------------------------------


def test_in_sandbox_mode_the_plugin_starts_its_bank_and_keeps_it_across_restarts(
    tmp_path: Path,
) -> None:
    context = PluginContext(
        sandbox=True,
        data_dir=tmp_path,
        options={"timeout_seconds": 2},
        callback_base_url="http://127.0.0.1:9/cb",
    )
    first = channel_for(context)
    assert first.sandbox_bank is not None
    merchant = first.sandbox_bank.merchant
    outcome = charge(first, active_mandate(first, first.sandbox_bank))
    first.close()

    again = channel_for(context)
    try:
        assert again.sandbox_bank is not None and again.sandbox_bank.merchant == merchant
        assert again.sandbox_bank.data_dir == tmp_path / "sandbox-bank"
        assert again.query_charge("charge-1") == outcome
    finally:
        again.close()


def test_the_installed_entry_point_registers_the_channel(tmp_path: Path) -> None:
    host = PluginHost.load(PluginSettings(enabled=["bankcard"]), sandbox=True, data_dir=tmp_path)
    (plugin,) = [p for p in host.plugins() if p.name == "bankcard"]
    # The host's wrapper passes every attribute through, `close` too.
    card_channel = cast(BankCardChannel, host.payment_channel("bankcard"))
    try:
        assert plugin.enabled, plugin.error
        assert plugin.summary == (autodebit_plugins.bankcard.__doc__ or "").splitlines()[0]
        assert {"CNY", "USD", "EUR", "JPY", "GBP", "HKD"} <= card_channel.currencies
        capabilities = card_channel.capabilities
        assert (capabilities.refunds, capabilities.partial_refunds) == (True, True)
        assert (capabilities.mandate_challenge, capabilities.settlement_files) == (True, True)
        assert card_channel.query_charge("nothing").status is TransactionStatus.CANCELED
    finally:
        card_channel.close()


def test_the_plugin_talks_to_a_configured_acquirer_outside_sandbox_mode(
    bank: SandboxBank, tmp_path: Path
) -> None:
    options = {
        "base_url": bank.base_url,
        "merchant_id": bank.merchant.merchant_id,
        "merchant_secret_file": str(bank.merchant_secret_path),
        "bank_public_key_file": str(bank.public_key_path),
    }
    live = channel_for(PluginContext(sandbox=False, data_dir=tmp_path, options=options))
    try:
        assert live.sandbox_bank is None
        assert charge(live, active_mandate(live, bank)).status is TransactionStatus.PROCESSED
    finally:
        live.close()


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({}, "outside sandbox mode"),
        ({"base_url": "https://acquirer.example"}, "missing: merchant_id, bank_public_key_file"),
        (
            {"base_url": "https://acquirer.example", "merchant_secert": "x"},
            "unknown bankcard option",
        ),
    ],
)
def test_an_unconfigured_plugin_says_what_is_missing(
    tmp_path: Path, options: dict[str, str], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        channel_for(PluginContext(sandbox=False, data_dir=tmp_path, options=options))


def test_the_plugin_never_logs_card_numbers_or_secrets(
    channel: BankCardChannel,
    bank: SandboxBank,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    charge(channel, active_mandate(channel, bank, VISA))

    out, err = capfd.readouterr()
    logged = caplog.text + out + err
    assert VISA not in logged
    assert bank.merchant.secret not in logged
