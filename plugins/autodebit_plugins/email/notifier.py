"""The `email` notifier: Jinja2 templates per locale, sent over SMTP with smtplib.

Templates live in `templates/<locale>/<template>.subject.txt`, `.txt` and,
optionally, `.html` (autoescaped); an operator's `templates_dir` with the same
layout is looked at first. A locale without the template falls back to its
language ("zh-TW" to "zh"), then to "en".
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import babel
import babel.dates
import jinja2
from autodebit.plugin_host.providers import (
    Notifier,
    OutboundMessage,
    ProviderError,
    RenderedMessage,
)

FALLBACK_LOCALE = "en"
OPTIONS = frozenset(
    {
        "host",
        "port",
        "ssl",
        "starttls",
        "username",
        "password_file",
        "password_env",
        "from_address",
        "from_name",
        "reply_to",
        "timeout_seconds",
        "templates_dir",
        "ca_file",
    }
)


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """How to reach the SMTP server, from `[plugins.options.email]`."""

    host: str = "127.0.0.1"
    port: int = 25
    ssl: bool = False
    starttls: bool = False
    username: str = ""
    password: str = ""
    from_address: str = "billing@localhost"
    from_name: str = ""
    reply_to: str = ""
    timeout_seconds: float = 30.0
    templates_dir: Path | None = None
    # CA bundle to verify the server's certificate with; default: the system's.
    ca_file: str = ""

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> SmtpSettings:
        """Settings from the plugin's options; raises ValueError on unknown or bad ones,
        which switches the plugin off with that error."""
        unknown = sorted(set(options) - OPTIONS)
        if unknown:
            raise ValueError(
                f"unknown option(s) {', '.join(unknown)}; known: {', '.join(sorted(OPTIONS))}"
            )
        use_ssl = bool(options.get("ssl", False))
        starttls = bool(options.get("starttls", False))
        if use_ssl and starttls:
            raise ValueError("ssl and starttls exclude each other")
        password = ""
        if options.get("password_file"):
            password = Path(str(options["password_file"])).read_text(encoding="utf-8").strip()
        elif options.get("password_env"):
            name = str(options["password_env"])
            if name not in os.environ:
                raise ValueError(f"password_env: environment variable {name} is not set")
            password = os.environ[name]
        username = str(options.get("username", ""))
        if password and not username:
            raise ValueError("a password needs a username")
        default_port = 465 if use_ssl else 587 if starttls else 25
        templates_dir = options.get("templates_dir")
        return cls(
            host=str(options.get("host", "127.0.0.1")),
            port=int(options.get("port", default_port)),
            ssl=use_ssl,
            starttls=starttls,
            username=username,
            password=password,
            from_address=str(options.get("from_address", "billing@localhost")),
            from_name=str(options.get("from_name", "")),
            reply_to=str(options.get("reply_to", "")),
            timeout_seconds=float(options.get("timeout_seconds", 30.0)),
            templates_dir=Path(str(templates_dir)) if templates_dir else None,
            ca_file=str(options.get("ca_file", "")),
        )

    def __repr__(self) -> str:  # never show the password
        return f"SmtpSettings(host={self.host!r}, port={self.port}, user={self.username!r})"


def _locale_candidates(locale: str) -> list[str]:
    """'zh_CN' -> ['zh-CN', 'zh', 'en']."""
    locale = locale.replace("_", "-")
    candidates = [locale] if locale else []
    language = locale.split("-", 1)[0]
    if language and language != locale:
        candidates.append(language)
    if FALLBACK_LOCALE not in candidates:
        candidates.append(FALLBACK_LOCALE)
    return candidates


def _babel_locale(locale: str) -> babel.Locale:
    try:
        return babel.Locale.parse(locale or FALLBACK_LOCALE, sep="-")
    except (ValueError, babel.UnknownLocaleError):
        return babel.Locale.parse(FALLBACK_LOCALE)


@jinja2.pass_context
def _date_filter(context: jinja2.runtime.Context, value: Any, format: str = "long") -> str:
    """An RFC 3339 timestamp (as in event data) as a date in the customer's time zone
    and the message's locale."""
    if not value:
        return ""
    try:
        at = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    customer = context.get("customer") or {}
    try:
        at = at.astimezone(ZoneInfo(customer.get("time_zone") or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        pass
    return babel.dates.format_date(
        at, format=format, locale=_babel_locale(context.get("locale", ""))
    )


class EmailNotifier(Notifier):
    """E-mail over SMTP"""

    id = "email"
    address_kind = "email"

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        loaders: list[jinja2.BaseLoader] = []
        if settings.templates_dir is not None:
            loaders.append(jinja2.FileSystemLoader(settings.templates_dir))
        loaders.append(jinja2.PackageLoader("autodebit_plugins.email", "templates"))
        self.environment = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            # Data comes from API callers: HTML templates escape everything.
            autoescape=jinja2.select_autoescape(
                enabled_extensions=("html",), default_for_string=False
            ),
            undefined=jinja2.ChainableUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.environment.filters["date"] = _date_filter

    @cached_property
    def templates(self) -> frozenset[str]:  # type: ignore[override]
        """Template ids present in the fallback locale."""
        names: set[str] = set()
        directories: list[Any] = [
            resources.files("autodebit_plugins.email") / "templates" / FALLBACK_LOCALE
        ]
        if self.settings.templates_dir is not None:
            directories.append(self.settings.templates_dir / FALLBACK_LOCALE)
        for directory in directories:
            if directory.is_dir():
                for entry in directory.iterdir():
                    name = entry.name
                    if name.endswith(".subject.txt"):
                        names.add(name.removesuffix(".subject.txt"))
        return frozenset(names)

    def _find(self, template: str, locale: str) -> tuple[str, str]:
        """(locale directory, template id) of the best match for `locale`."""
        for candidate in _locale_candidates(locale):
            try:
                self.environment.get_template(f"{candidate}/{template}.subject.txt")
            except jinja2.TemplateNotFound:
                continue
            return candidate, template
        raise ProviderError(f"email: no template {template!r} (not even in {FALLBACK_LOCALE!r})")

    def render(self, template: str, locale: str, context: Mapping[str, Any]) -> RenderedMessage:
        if "/" in template or template.startswith("."):
            raise ProviderError(f"email: {template!r} is not a template id")
        directory, _ = self._find(template, locale)
        values = {**context, "locale": locale}
        try:
            subject = self.environment.get_template(f"{directory}/{template}.subject.txt").render(
                values
            )
            text = self.environment.get_template(f"{directory}/{template}.txt").render(values)
            try:
                html = self.environment.get_template(f"{directory}/{template}.html").render(values)
            except jinja2.TemplateNotFound:
                html = ""
        except jinja2.TemplateError as error:
            raise ProviderError(
                f"email: template {directory}/{template} failed: {error}"
            ) from error
        return RenderedMessage(
            subject=" ".join(subject.split()), text=text.strip() + "\n", html=html
        )

    def build(self, message: OutboundMessage) -> EmailMessage:
        """The MIME message `send` sends."""
        settings = self.settings
        email = EmailMessage()
        email["Subject"] = message.subject
        email["From"] = formataddr((settings.from_name, settings.from_address))
        email["To"] = message.recipient
        if message.cc:
            email["Cc"] = ", ".join(message.cc)
        if settings.reply_to:
            email["Reply-To"] = settings.reply_to
        email["Date"] = formatdate(localtime=False, usegmt=True)
        email["Message-ID"] = make_msgid(domain=settings.from_address.rpartition("@")[2] or None)
        email["Auto-Submitted"] = "auto-generated"
        email.set_content(message.text, charset="utf-8")
        if message.html:
            email.add_alternative(message.html, subtype="html", charset="utf-8")
        for attachment in message.attachments:
            maintype, _, subtype = attachment.media_type.partition("/")
            email.add_attachment(
                attachment.content,
                maintype=maintype or "application",
                subtype=(subtype or "octet-stream").split(";", 1)[0].strip(),
                filename=attachment.filename,
            )
        # After the body: setting content drops the Content-* headers.
        email["Content-Language"] = message.locale
        return email

    def send(self, message: OutboundMessage) -> None:
        settings = self.settings
        email = self.build(message)
        tls = ssl.create_default_context(cafile=settings.ca_file or None)
        try:
            client: smtplib.SMTP
            if settings.ssl:
                client = smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=settings.timeout_seconds, context=tls
                )
            else:
                client = smtplib.SMTP(
                    settings.host, settings.port, timeout=settings.timeout_seconds
                )
            with client:
                if settings.starttls:
                    client.starttls(context=tls)
                if settings.username:
                    client.login(settings.username, settings.password)
                client.send_message(
                    email,
                    from_addr=settings.from_address,
                    to_addrs=[message.recipient, *message.cc],
                )
        except smtplib.SMTPRecipientsRefused as error:
            raise ProviderError("email: the SMTP server refused the recipient") from error
        except smtplib.SMTPAuthenticationError as error:
            raise ProviderError(f"email: SMTP login as {settings.username!r} failed") from error
        except (smtplib.SMTPException, OSError) as error:
            raise ProviderError(
                f"email: sending through {settings.host}:{settings.port} failed ({type(error).__name__})"
            ) from error
