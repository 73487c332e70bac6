"""The email notifier plugin against a real local SMTP server (aiosmtpd), and the rule
"payment failed → e-mail the customer" end to end through a real kernel."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
import threading
import uuid
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import grpc
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from autodebit.api.billing.v1 import payment_pb2
from autodebit.api.customer.v1 import crm_pb2, customer_service_pb2_grpc
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.kernel.v1 import plugin_pb2, plugin_pb2_grpc
from autodebit.api.type.v1 import money_pb2
from autodebit.config import PluginSettings
from autodebit.plugin_host import PluginHost
from autodebit.plugin_host.providers import Attachment, OutboundMessage, ProviderError
from autodebit.server import start
from autodebit_plugins.email import EmailNotifier, SmtpSettings

from tests.conftest import make_settings
from tests.crm_support import automation_ready, create_customer, record, wait_for


class Inbox:
    """An aiosmtpd handler keeping every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], EmailMessage]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), message))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        with self.lock:
            return [m for _, recipients, m in self.messages if address in recipients]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield inbox, controller.port
    controller.stop()


def body(message: EmailMessage, subtype: str = "plain") -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None
    return part.get_content()


# --- The notifier on its own --------------------------------------------------------------


def test_templates_per_locale_fall_back_to_english_and_escape_html():
    notifier = EmailNotifier(SmtpSettings())
    assert {"payment_failed", "trial_ending", "card_expiring", "at_risk"} <= notifier.templates
    context = {
        "customer": {"display_name": "<script>alert(1)</script>", "time_zone": "Asia/Shanghai"},
        "event": {"date": "2026-03-01", "type": "payment.failed"},
        "data": {"name": "payments/p1", "decline_reason": "DECLINE_REASON_CARD_EXPIRED",
                 "decline_class": "DECLINE_CLASS_HARD"},
        "amount": "¥120.00",
    }
    chinese = notifier.render("payment_failed", "zh-CN", context)
    assert chinese.subject == "扣款失败：¥120.00"
    assert "该卡已过期" in chinese.text and "请设置新的支付方式" in chinese.text
    english = notifier.render("payment_failed", "fr-FR", context)  # no French templates: English
    assert english.subject == "Your payment of ¥120.00 failed"
    assert "the card has expired" in english.text
    assert "<script>" in english.text  # plain text is not HTML
    assert "<script>" not in english.html and "&lt;script&gt;" in english.html
    with pytest.raises(ProviderError, match="no template"):
        notifier.render("nope", "en", context)


def test_custom_templates_dir_overrides_the_built_in_ones(tmp_path: Path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "welcome.subject.txt").write_text("Welcome {{ customer.display_name }}")
    (tmp_path / "en" / "welcome.txt").write_text("Hello!")
    notifier = EmailNotifier(SmtpSettings.from_options({"templates_dir": str(tmp_path)}))
    assert "welcome" in notifier.templates and "payment_failed" in notifier.templates
    rendered = notifier.render("welcome", "zh-CN", {"customer": {"display_name": "Li"}})
    assert (rendered.subject, rendered.text) == ("Welcome Li", "Hello!\n")


def test_bad_options_switch_the_plugin_off_with_a_reason(monkeypatch, tmp_path: Path):
    host = PluginHost.load(
        PluginSettings(enabled=["email"], options={"email": {"hots": "smtp.example"}}), data_dir=tmp_path
    )
    (info,) = [p for p in host.plugins() if p.name == "email"]
    assert not info.enabled and "unknown option(s) hots" in info.error
    with pytest.raises(ValueError, match="PASSWORD_VAR"):
        SmtpSettings.from_options({"username": "u", "password_env": "PASSWORD_VAR"})


def test_sends_text_html_and_attachments(smtp):
    inbox, port = smtp
    notifier = EmailNotifier(SmtpSettings.from_options(
        {"port": port, "from_address": "billing@shop.example", "from_name": "Shop 账单", "reply_to": "help@shop.example"}
    ))
    notifier.send(OutboundMessage(
        recipient="li@example.com", locale="zh-CN", subject="发票 INV-1", text="您好", html="<p>您好</p>",
        attachments=(Attachment("INV-1.pdf", "application/pdf", b"%PDF-1.7 fake"),), cc=("finance@example.com",),
    ))
    (message,) = inbox.to("li@example.com")
    assert inbox.to("finance@example.com") == [message]
    assert message["Subject"] == "发票 INV-1"
    assert message["From"].addresses[0].addr_spec == "billing@shop.example"
    assert message["From"].addresses[0].display_name == "Shop 账单"
    assert (message["Reply-To"], message["Content-Language"]) == ("help@shop.example", "zh-CN")
    assert body(message).strip() == "您好" and body(message, "html").strip() == "<p>您好</p>"
    (attachment,) = list(message.iter_attachments())
    assert (attachment.get_filename(), attachment.get_content_type()) == ("INV-1.pdf", "application/pdf")
    assert attachment.get_content() == b"%PDF-1.7 fake"


def test_an_unreachable_server_is_a_provider_error():
    notifier = EmailNotifier(SmtpSettings(port=free_port(), timeout_seconds=2))
    with pytest.raises(ProviderError, match="failed"):
        notifier.send(OutboundMessage("li@example.com", "en", "s", "t"))


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def test_starttls_and_login_with_a_password_from_a_file(tmp_path: Path):
    cert_file, key_file = _self_signed(tmp_path)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert_file, key_file)
    logins: list[tuple[str, str]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        assert isinstance(auth_data, LoginPassword)
        logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.password == b"s3cret")

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), tls_context=tls, require_starttls=True,
                            authenticator=authenticator, auth_required=True)
    controller.start()
    try:
        (tmp_path / "password").write_text("s3cret\n")
        options = {"port": controller.port, "starttls": True, "timeout_seconds": 5, "username": "billing", "ca_file": str(cert_file),
                   "password_file": str(tmp_path / "password")}
        EmailNotifier(SmtpSettings.from_options(options)).send(OutboundMessage("a@example.com", "en", "Hi", "Hello"))
        assert logins == [("billing", "s3cret")]
        assert len(inbox.to("a@example.com")) == 1
        without_tls = {**options, "starttls": False}
        with pytest.raises(ProviderError):  # the server insists on STARTTLS
            EmailNotifier(SmtpSettings.from_options(without_tls)).send(OutboundMessage("a@example.com", "en", "H", "x"))
    finally:
        controller.stop()


# --- "payment failed → e-mail the customer", end to end --------------------------------------


@pytest.fixture
def mailing_kernel(databases, tmp_path, smtp):
    _, port = smtp
    options = {"email": {"port": port, "from_address": "billing@shop.example"}}
    kernel = start(make_settings(databases.create(), tmp_path, plugins=PluginSettings(options=options)))
    yield kernel
    kernel.stop(grace=1)


def test_payment_failed_emails_the_customer_in_their_locale(mailing_kernel, smtp):
    inbox, _ = smtp
    kernel = mailing_kernel
    with grpc.insecure_channel(f"127.0.0.1:{kernel.port}") as channel:
        stub = customer_service_pb2_grpc.CustomerServiceStub(channel)
        plugins = plugin_pb2_grpc.PluginServiceStub(channel)
        email_plugin = plugins.GetPlugin(plugin_pb2.GetPluginRequest(name="plugins/email")).plugin
        assert list(email_plugin.kinds) == [plugin_pb2.PLUGIN_KIND_NOTIFIER]
        stub.CreateAutomationRule(pb.CreateAutomationRuleRequest(
            automation_rule=crm_pb2.AutomationRule(
                display_name="Payment failed → e-mail", trigger_event_type="payment.failed",
                actions=[crm_pb2.AutomationAction(
                    send_message=crm_pb2.SendMessageAction(notifier="email", template="payment_failed"))],
            ),
            request_id="rule-email",
        ))
        tag = uuid.uuid4().hex[:8]
        chinese = create_customer(stub, display_name="李雷", email=f"li.{tag}@example.com", locale="zh-CN")
        english = create_customer(stub, display_name="Jane Doe", email=f"jane.{tag}@example.com", locale="en")
        stub.CreateContact(pb.CreateContactRequest(
            parent=chinese.name, request_id="finance",
            contact=crm_pb2.Contact(display_name="财务", email=f"finance.{tag}@example.com",
                                    roles=[crm_pb2.CONTACT_ROLE_BILLING])))
        automation_ready(kernel)
        for customer, amount in ((chinese, 12_000), (english, 4_999)):
            record(kernel, "payment.failed", customer.name, payment_pb2.Payment(
                name=f"payments/{uuid.uuid4().hex[:26]}", customer=customer.name, state=payment_pb2.Payment.STATE_FAILED,
                amount=money_pb2.Money(currency_code="CNY", amount_minor=amount),
                decline_reason=payment_pb2.DECLINE_REASON_INSUFFICIENT_FUNDS,
                decline_class=payment_pb2.DECLINE_CLASS_SOFT))
        wait_for(lambda: inbox.to(chinese.email) and inbox.to(english.email))

    (to_li,) = inbox.to(chinese.email)
    assert to_li["Subject"] == "扣款失败：¥120.00"
    assert to_li["Content-Language"] == "zh-CN"
    assert "尊敬的李雷" in body(to_li) and "账户余额不足" in body(to_li)
    assert "扣款 <strong>¥120.00</strong>" in body(to_li, "html")
    assert inbox.to(f"finance.{tag}@example.com") == [to_li]  # billing contact in copy
    (to_jane,) = inbox.to(english.email)
    assert to_jane["Subject"] == "Your payment of CN¥49.99 failed"
    assert "Dear Jane Doe" in body(to_jane) and "not enough funds" in body(to_jane)
