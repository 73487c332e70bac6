"""The provider interfaces: what a plugin hands the kernel (plugin API 1).

A plugin registers *providers*, objects implementing one of the abstract base
classes below, through the registration hooks in `hookspecs.py`. The kernel
only ever talks to a plugin through these interfaces, so they are the whole
contract between the two.

Versioning: this is plugin API 1 (`hookspecs.PLUGIN_API_VERSION`). Within one
API version, methods and value-type fields are only ever added with a default,
so a provider written for API 1 keeps working; anything else raises the
version. Each member's docstring says when it was added.

Common rules for every provider:

- Providers are shared by every request thread: they must be thread-safe and
  keep no per-request state on `self`.
- Money is an `autodebit.money.Money`: an integer count of minor units and an
  ISO 4217 code. Floats never appear.
- For an expected failure (the channel is unreachable, a document cannot be
  rendered), raise `ProviderError` with a message fit for API callers. Any
  other exception is treated as a bug in the plugin: the caller gets a generic
  error and the traceback goes to the kernel's log only.
"""

from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import grpc

from autodebit.errors import AutodebitError
from autodebit.money import Money

if TYPE_CHECKING:
    from autodebit.api.invoice.v1.credit_note_pb2 import CreditNote
    from autodebit.api.invoice.v1.invoice_pb2 import Invoice
    from autodebit.api.ledger.v1.journal_entry_pb2 import JournalEntry
    from autodebit.events.outbox import DomainEvent


class ProviderError(Exception):
    """An expected failure of a provider; its message is shown to API callers as is.

    Raise it when the operation could not be done, e.g. "wechatpay: gateway
    unreachable". Keep secrets, keys and card numbers out of the message.
    """


class CallbackRejected(AutodebitError):
    """A callback that failed verification (signature, freshness, unknown key...).

    Raised by `PaymentChannel.handle_callback`; the kernel answers the sender
    with an HTTP 4xx and changes nothing. `reason` is logged, never echoed to
    the sender.
    """

    code = grpc.StatusCode.UNAUTHENTICATED
    default_reason = "CALLBACK_REJECTED"

    def __init__(self, reason: str) -> None:
        super().__init__(f"callback rejected: {reason}")


@dataclass(frozen=True, slots=True)
class PluginContext:
    """What the kernel tells a plugin when it calls its registration hooks.

    Added in plugin API 1.
    """

    # Sandbox mode: channels should talk to their sandbox provider (and may start it).
    sandbox: bool
    # A directory the plugin may keep files in (keys, a sandbox's database).
    data_dir: Path
    # The plugin's own settings: the `[plugins.options.<plugin name>]` table of the
    # configuration file, or AUTODEBIT_PLUGINS__OPTIONS__<NAME>__<KEY> variables.
    options: Mapping[str, Any]
    # Where the kernel receives provider callbacks: a channel's callbacks go to
    # f"{callback_base_url}/{channel_id}". Empty when the kernel takes no callbacks.
    callback_base_url: str = ""


class Provider(ABC):
    """What every provider has: an id and a name for people."""

    @property
    @abstractmethod
    def id(self) -> str:
        """Stable identifier, unique within the provider's kind: lowercase letters,
        digits, "-" and "_", e.g. "wechatpay" or "pdf". It is stored with the data
        the provider handles, so never change it. Added in plugin API 1."""

    @property
    def display_name(self) -> str:
        """One line for people. Defaults to the first line of the class docstring,
        else the id. Added in plugin API 1."""
        doc = (type(self).__doc__ or "").strip()
        return doc.splitlines()[0] if doc else self.id


# --- Payment channels -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a payment channel can do beyond mandates and charges. All off by default."""

    # `refund` and `query_refund` work.
    refunds: bool = False
    # A refund may be less than the charge, and a charge may be refunded several times.
    partial_refunds: bool = False
    # `charge` usually answers PENDING and the result arrives later by callback
    # (WeChat-style deduction); the kernel then waits, and queries if nothing comes.
    asynchronous_charges: bool = False
    # Starting a mandate may need the payer to pass a challenge (3-D Secure, bank redirect).
    mandate_challenge: bool = False
    # `fetch_settlement` returns the channel's daily settlement file.
    settlement_files: bool = False


class NextActionKind(enum.StrEnum):
    NONE = "none"
    # `value` is a URL the payer opens to approve (WeChat/Alipay sign page).
    REDIRECT = "redirect"
    # `value` is a payload the payer scans as a QR code in the provider's app.
    QR_CODE = "qr_code"
    # `value` is the URL of a 3-D Secure or bank challenge.
    CHALLENGE = "challenge"


@dataclass(frozen=True, slots=True)
class NextAction:
    """What the payer must do next for a mandate to become active."""

    kind: NextActionKind = NextActionKind.NONE
    value: str = ""

    def __post_init__(self) -> None:
        if (self.kind is NextActionKind.NONE) != (not self.value):
            raise ValueError("a next action has a value exactly when its kind is not NONE")


class MandateState(enum.StrEnum):
    # Waiting for the payer to approve; a mandate never approved ends EXPIRED.
    PENDING = "pending"
    ACTIVE = "active"
    # Ended by the merchant or the payer.
    REVOKED = "revoked"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class MandateRef:
    """A mandate as both sides know it.

    `mandate_id` is the kernel's own id, sent to the channel as the merchant's
    reference (WeChat `contract_code`, Alipay `external_agreement_no`), so a
    mandate can be found before the channel has assigned its own
    `channel_reference` (WeChat `contract_id`, Alipay `agreement_no`, a card token).
    """

    mandate_id: str
    channel_reference: str = ""


@dataclass(frozen=True, slots=True)
class StartMandate:
    """Ask the channel for a new authorisation to debit a customer."""

    mandate_id: str
    customer_id: str
    currency: str
    description: str
    # Where the payer's browser goes after a redirect or challenge.
    return_url: str = ""
    # Largest single charge the payer authorises, when the channel asks for one
    # (Alipay `single_amount`).
    max_amount: Money | None = None
    # Channel-specific options from the API caller, e.g. a card token, an
    # `openid`, an Alipay `period_type`. Never a card number.
    parameters: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MandateStatus:
    """A mandate as the channel sees it now. Also a callback notification."""

    mandate_id: str
    state: MandateState
    channel_reference: str = ""
    # Facts safe to store and show, e.g. brand, last4, exp_month, exp_year,
    # fingerprint. Never a card number or CVC.
    details: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MandateStarted:
    """The answer to `start_mandate`: the mandate and what the payer does next."""

    mandate: MandateStatus
    next_action: NextAction = NextAction()


class TransactionStatus(enum.StrEnum):
    """Outcome of a charge or refund, as in Kill Bill's payment plugin API."""

    # Done: the money moved.
    PROCESSED = "processed"
    # Accepted; the result comes later by callback or query.
    PENDING = "pending"
    # The channel refused it (a decline); nothing moved.
    ERROR = "error"
    # The channel did not process it and nothing moved, e.g. it never reached
    # the channel; safe to retry with the same idempotency key.
    CANCELED = "canceled"
    # Fate unknown, e.g. a timeout after sending; the kernel's janitor queries later.
    UNDEFINED = "undefined"


class Decline(enum.StrEnum):
    """Whether retrying a refused charge may help; dunning depends on it."""

    NONE = "none"
    # Retry later: insufficient funds, issuer unavailable.
    SOFT = "soft"
    # Do not retry: lost or stolen card, revoked mandate, invalid account.
    HARD = "hard"


class DeclineReason(enum.StrEnum):
    """Channel-independent reason for a refused charge; the plugin maps its own codes
    (ISO 8583 "51", "NOTENOUGH", "ACQ.BUYER_BALANCE_NOT_ENOUGH") to one of these.
    Mirrors `autodebit.billing.v1.DeclineReason`. Added in plugin API 1."""

    INSUFFICIENT_FUNDS = "insufficient_funds"
    DO_NOT_HONOR = "do_not_honor"
    CARD_LOST = "card_lost"
    CARD_STOLEN = "card_stolen"
    CARD_EXPIRED = "card_expired"
    INVALID_ACCOUNT = "invalid_account"
    MANDATE_INVALID = "mandate_invalid"
    LIMIT_EXCEEDED = "limit_exceeded"
    NOT_PERMITTED = "not_permitted"
    AUTHENTICATION_REQUIRED = "authentication_required"
    ISSUER_UNAVAILABLE = "issuer_unavailable"
    PROCESSING_ERROR = "processing_error"
    FRAUD_SUSPECTED = "fraud_suspected"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Charge:
    """Debit `amount` against a mandate.

    `idempotency_key` is the kernel's key for this attempt and must be sent to the
    channel as the merchant's order number (`out_trade_no`): the same key twice
    must never move money twice.
    """

    idempotency_key: str
    mandate: MandateRef
    amount: Money
    description: str


@dataclass(frozen=True, slots=True)
class ChargeOutcome:
    """What became of a charge. Also a callback notification.

    `amount` is what the channel reports, so the kernel can check it against the
    charge before believing it.
    """

    idempotency_key: str
    status: TransactionStatus
    amount: Money
    channel_transaction_id: str = ""
    # The channel's own code, e.g. ISO 8583 "51", "NOTENOUGH", "ACQ.BUYER_BALANCE_NOT_ENOUGH".
    response_code: str = ""
    # Set when status is ERROR.
    decline: Decline = Decline.NONE
    decline_reason: DeclineReason | None = None
    message: str = ""


@dataclass(frozen=True, slots=True)
class Refund:
    """Return money from a processed charge.

    `idempotency_key` is the refund's own key (`out_refund_no`, `out_request_no`).
    """

    idempotency_key: str
    charge_idempotency_key: str
    channel_transaction_id: str
    amount: Money
    reason: str = ""


@dataclass(frozen=True, slots=True)
class RefundOutcome:
    """What became of a refund. Also a callback notification."""

    idempotency_key: str
    status: TransactionStatus
    amount: Money
    channel_refund_id: str = ""
    response_code: str = ""
    message: str = ""


class Headers(Mapping[str, str]):
    """HTTP headers; lookups ignore case, names are kept lowercase."""

    def __init__(self, headers: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        self._headers = {name.lower(): value for name, value in pairs}

    def __getitem__(self, name: str) -> str:
        return self._headers[name.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def __len__(self) -> int:
        return len(self._headers)

    def __repr__(self) -> str:
        return f"Headers({self._headers!r})"


@dataclass(frozen=True, slots=True)
class CallbackRequest:
    """An HTTP request a provider sent to the channel's callback URL, untouched.

    `body` is the raw bytes: signatures are computed over them, so nothing
    re-encodes it. `path` includes the query string.
    """

    method: str
    path: str
    headers: Headers
    body: bytes
    received_at: datetime


Notification = MandateStatus | ChargeOutcome | RefundOutcome


@dataclass(frozen=True, slots=True)
class CallbackResult:
    """A verified callback: what it says, and the HTTP answer the provider expects.

    The kernel applies `notifications` (checking amounts and currencies against
    its records, ignoring ones already applied) and only then sends the
    response, so a failure before that makes the provider retry.
    """

    notifications: tuple[Notification, ...]
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


class PaymentChannel(Provider):
    """A way to debit customers: bank card, WeChat-style entrust, Alipay-style agreement.

    Plugin API 1. Mandates, charges and revocation are required; refunds and
    settlement files are optional and announced in `capabilities`: the kernel
    never calls `refund`, `query_refund` or `fetch_settlement` when the matching
    capability is off.

    Charges and refunds report outcomes as a `TransactionStatus`, not as
    exceptions. If `charge` or `refund` raises anyway, the kernel cannot know
    whether money moved and treats the attempt as UNDEFINED: it will call the
    matching query method later, never charge again with a new key.
    """

    @property
    @abstractmethod
    def currencies(self) -> frozenset[str]:
        """ISO 4217 codes this channel can charge in, e.g. frozenset({"CNY"}).
        Added in plugin API 1."""

    @property
    def capabilities(self) -> Capabilities:
        """What the channel can do beyond the required methods; default: nothing.
        Added in plugin API 1."""
        return Capabilities()

    @abstractmethod
    def start_mandate(self, request: StartMandate) -> MandateStarted:
        """Start an authorisation. Usually PENDING with a next action for the payer
        (redirect URL, QR payload, challenge); ACTIVE at once when no approval is
        needed (e.g. a tokenised card without 3-D Secure). Calling it twice with the
        same `mandate_id` must not create two mandates. Added in plugin API 1."""

    @abstractmethod
    def get_mandate(self, mandate: MandateRef) -> MandateStatus:
        """The mandate's current state at the channel; used when a notification is
        late or lost. Added in plugin API 1."""

    @abstractmethod
    def revoke_mandate(self, mandate: MandateRef) -> MandateStatus:
        """End the mandate at the channel (merchant-initiated); revoking a revoked
        mandate is not an error. Added in plugin API 1."""

    @abstractmethod
    def charge(self, request: Charge) -> ChargeOutcome:
        """Debit against an active mandate, sending `request.idempotency_key` as the
        merchant's order number. Asynchronous channels answer PENDING.
        Added in plugin API 1."""

    @abstractmethod
    def query_charge(self, idempotency_key: str) -> ChargeOutcome:
        """The current outcome of the charge sent with `idempotency_key`; how the
        kernel settles PENDING and UNDEFINED charges. Added in plugin API 1."""

    def refund(self, request: Refund) -> RefundOutcome:
        """Refund (part of) a processed charge; needs `capabilities.refunds`
        (and `partial_refunds` for less than the whole charge). The same
        `idempotency_key` twice must never refund twice. Added in plugin API 1."""
        raise NotImplementedError(f"payment channel {self.id} does not refund")

    def query_refund(self, request: Refund) -> RefundOutcome:
        """The current outcome of `request`, the refund exactly as first sent;
        needs `capabilities.refunds`. Added in plugin API 1."""
        raise NotImplementedError(f"payment channel {self.id} does not refund")

    def handle_callback(self, request: CallbackRequest) -> CallbackResult:
        """Verify and parse a request sent to this channel's callback URL.

        Check everything before trusting anything: signature over the raw body,
        the sender's key or certificate, timestamp freshness, nonce replay;
        decrypt what is encrypted. Raise `CallbackRejected` when a check fails.
        Return every notification the request carries with the HTTP response the
        provider expects as acknowledgement. Must not change state itself: the
        same callback may arrive several times. Default: this channel takes no
        callbacks. Added in plugin API 1."""
        raise CallbackRejected(f"payment channel {self.id} takes no callbacks")

    def fetch_settlement(self, day: date) -> bytes:
        """The channel's settlement (bill) file for `day`, in the channel's own
        format, for reconciliation; needs `capabilities.settlement_files`.
        Added in plugin API 1."""
        raise NotImplementedError(f"payment channel {self.id} has no settlement files")


# --- Invoice formats ----------------------------------------------------------


class InvoiceFormat(Provider):
    """Renders invoices and credit notes to documents: PDF, UBL, Factur-X, e-fapiao XML.

    Plugin API 1. Rendering must be deterministic: the same invoice renders to
    the same bytes (no "now" timestamps, fixed metadata), because the kernel
    stores a document's hash and re-renders to check it.
    """

    @property
    @abstractmethod
    def media_type(self) -> str:
        """IANA media type of the output, e.g. "application/pdf". Added in plugin API 1."""

    @property
    @abstractmethod
    def file_extension(self) -> str:
        """File name extension without the dot, e.g. "pdf" or "xml". Added in plugin API 1."""

    @abstractmethod
    def render_invoice(self, invoice: Invoice) -> bytes:
        """The document for a finalised invoice (`autodebit.invoice.v1.Invoice`).
        Added in plugin API 1."""

    @abstractmethod
    def render_credit_note(self, credit_note: CreditNote) -> bytes:
        """The document for a credit note (`autodebit.invoice.v1.CreditNote`), which
        references the invoice it corrects. Added in plugin API 1."""

    def validate(self, document: bytes) -> list[str]:
        """Problems found in a document this format rendered, checked against the
        format's own schema and rules; empty when it is valid. Default: no
        validator, no problems. Added in plugin API 1."""
        return []


# --- Accounting exports ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """Days from `start` to `end`, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")


class AccountingExport(Provider):
    """Writes ledger entries in an accounting tool's format: CSV, Beancount, Xero...

    Plugin API 1.
    """

    @property
    @abstractmethod
    def media_type(self) -> str:
        """IANA media type of the output, e.g. "text/csv". Added in plugin API 1."""

    @property
    @abstractmethod
    def file_extension(self) -> str:
        """File name extension without the dot, e.g. "beancount". Added in plugin API 1."""

    @abstractmethod
    def export(self, entries: Iterable[JournalEntry], period: Period, out: BinaryIO) -> None:
        """Write `entries` (`autodebit.ledger.v1.JournalEntry`, every entry of
        `period` in posting order) to `out`. Entries may be many: write as you go
        rather than building the whole file in memory. Added in plugin API 1."""


# --- Event listeners ----------------------------------------------------------


class EventListener(Provider):
    """Receives domain events after they commit: notifications, webhooks, automation.

    Plugin API 1. Delivery is at least once: after a crash or a failed attempt
    the same event (same `cursor`) comes again, so handling must tolerate a
    repeat. Events of one listener arrive in commit order.
    """

    @property
    def event_types(self) -> tuple[str, ...]:
        """Event types wanted: exact ("payment.succeeded") or prefix patterns
        ("invoice.*"); empty, the default, means every event. Added in plugin API 1."""
        return ()

    def accepts(self, event_type: str) -> bool:
        """Whether an event of `event_type` goes to this listener, per `event_types`.
        Added in plugin API 1."""
        patterns = self.event_types
        return not patterns or any(
            event_type.startswith(p[:-1]) if p.endswith(".*") else event_type == p for p in patterns
        )

    @abstractmethod
    def handle(self, event: DomainEvent) -> None:
        """Act on one committed event. Raising makes the kernel retry it later
        (a few times, then it is logged and skipped for this listener).
        Added in plugin API 1."""


# --- Notifiers ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a message, e.g. a rendered invoice. Added in plugin API 1."""

    filename: str
    # IANA media type, e.g. "application/pdf".
    media_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    """A template rendered for one locale: what `Notifier.render` returns.
    Added in plugin API 1."""

    subject: str
    text: str
    # HTML alternative of `text`; empty for none.
    html: str = ""


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    """One message to one recipient: what `Notifier.send` sends. Added in plugin API 1."""

    # Where it goes, in the notifier's `address_kind`: an e-mail address or an
    # E.164 phone number.
    recipient: str
    # BCP 47 locale the message was written in, e.g. "zh-CN".
    locale: str
    subject: str
    # Plain-text body; always present.
    text: str
    # HTML alternative of `text`; empty for none.
    html: str = ""
    attachments: tuple[Attachment, ...] = ()
    # Further recipients in copy (e.g. a business customer's billing contacts).
    cc: tuple[str, ...] = ()


class Notifier(Provider):
    """Sends messages to customers: e-mail, SMS, chat.

    Plugin API 1. The kernel renders a message with `render` (the notifier owns
    its templates, one set per locale) and hands the result to `send`, e.g. for
    an automation rule's "send_message" action, or an invoice with its PDF
    attached. Delivery is at least once: after a failure the kernel may send
    the same message again. Raise `ProviderError` when a message cannot be
    sent (server unreachable, recipient refused); the kernel retries later.
    """

    @property
    def address_kind(self) -> str:
        """What `OutboundMessage.recipient` holds: "email" (the default) or "phone"
        (E.164); the kernel picks the customer's address of that kind.
        Added in plugin API 1."""
        return "email"

    @property
    def templates(self) -> frozenset[str]:
        """Ids of the templates `render` knows, e.g. frozenset({"payment_failed"}),
        so the kernel can reject an automation rule naming an unknown one.
        Empty, the default, means "not announced": any id is accepted.
        Added in plugin API 1."""
        return frozenset()

    @abstractmethod
    def render(self, template: str, locale: str, context: Mapping[str, Any]) -> RenderedMessage:
        """Render `template` in `locale` (BCP 47, e.g. "zh-CN"), falling back to
        a locale the notifier has (at least "en") when it has none for `locale`.
        `context` holds plain values (str, int, bool, lists and dicts of them):
        the customer, the event and its data; docs/crm.md lists them. Raise
        `ProviderError` for an unknown template. Added in plugin API 1."""

    @abstractmethod
    def send(self, message: OutboundMessage) -> None:
        """Send one message; return when the server or gateway has accepted it.
        Added in plugin API 1."""
