"""E-mail notifications over SMTP, from Jinja2 templates per locale."""

from __future__ import annotations

from autodebit.plugin_host import hookimpl
from autodebit.plugin_host.providers import PluginContext

from autodebit_plugins.email.notifier import EmailNotifier, SmtpSettings

__all__ = ["EmailNotifier", "SmtpSettings"]


@hookimpl
def autodebit_register_notifiers(register, context: PluginContext) -> None:  # type: ignore[no-untyped-def]
    register(EmailNotifier(SmtpSettings.from_options(context.options)))
