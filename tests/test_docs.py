"""Keeps docs/plugins.md and the plugin API's docstrings honest."""

from __future__ import annotations

import inspect
import re
import types
from pathlib import Path

import pytest
from autodebit.config import PluginSettings
from autodebit.plugin_host import PluginHost, hookspecs, providers

PLUGINS_MD = Path(__file__).resolve().parent.parent / "docs" / "plugins.md"
HOOKSPECS = [
    function
    for _, function in inspect.getmembers(hookspecs, inspect.isfunction)
    if hasattr(function, f"{hookspecs.PROJECT_NAME}_spec")
]
INTERFACES = [
    cls
    for cls in vars(providers).values()
    if isinstance(cls, type) and issubclass(cls, providers.Provider)
]
VERSION_NOTE = re.compile(r"Added in plugin API \d+\.")


def sections(markdown: str) -> dict[str, str]:
    """Text under each `##`/`###` heading, up to the next one; fenced code is not a heading."""
    found: dict[str, str] = {}
    lines: list[str] = []
    heading, in_code = "", False
    for line in markdown.splitlines():
        in_code ^= line.startswith("```")
        if not in_code and (match := re.match(r"#{2,3} (.+)", line)):
            found[heading] = "\n".join(lines)
            heading, lines = match[1].strip(), []
        else:
            lines.append(line)
    found[heading] = "\n".join(lines)
    return found


@pytest.fixture(scope="module")
def docs() -> dict[str, str]:
    return sections(PLUGINS_MD.read_text(encoding="utf-8"))


def test_the_checks_below_see_every_hook_and_interface() -> None:
    assert {f.__name__ for f in HOOKSPECS} == {
        "autodebit_register_payment_channels",
        "autodebit_register_invoice_formats",
        "autodebit_register_accounting_exports",
        "autodebit_register_event_listeners",
        "autodebit_register_notifiers",
    }
    assert {cls.__name__ for cls in INTERFACES} == {
        "Provider",
        "PaymentChannel",
        "InvoiceFormat",
        "AccountingExport",
        "EventListener",
        "Notifier",
    }


@pytest.mark.parametrize("hook", HOOKSPECS, ids=lambda f: f.__name__)
def test_every_hook_is_documented(hook: types.FunctionType, docs: dict[str, str]) -> None:
    docstring = inspect.getdoc(hook)
    assert docstring, f"{hook.__name__} has no docstring"
    assert VERSION_NOTE.search(docstring), f"{hook.__name__} does not say when it was added"
    assert hook.__name__ in docs, f"docs/plugins.md has no '### {hook.__name__}' heading"
    assert docstring in docs[hook.__name__], (
        f"the '### {hook.__name__}' section of docs/plugins.md does not hold its current docstring"
    )


@pytest.mark.parametrize("interface", INTERFACES, ids=lambda cls: cls.__name__)
def test_every_interface_member_is_documented(interface: type, docs: dict[str, str]) -> None:
    assert interface.__doc__, f"{interface.__name__} has no docstring"
    assert interface.__name__ in docs, f"docs/plugins.md has no '### {interface.__name__}' heading"
    members = {
        name: member
        for name, member in vars(interface).items()
        if not name.startswith("_") and isinstance(member, (types.FunctionType, property))
    }
    assert members
    for name, member in members.items():
        docstring = inspect.getdoc(member)
        assert docstring, f"{interface.__name__}.{name} has no docstring"
        assert VERSION_NOTE.search(docstring), f"{interface.__name__}.{name} lacks a version note"


def test_the_example_plugin_loads(docs: dict[str, str], tmp_path: Path) -> None:
    code = re.search(r"```python\n(.*?)```", docs["A complete example"], re.DOTALL)
    assert code, "the example plugin's module is missing"
    module = types.ModuleType("autodebit_plaintext")
    exec(compile(code[1], "docs/plugins.md", "exec"), module.__dict__)  # noqa: S102 - our own docs

    host = PluginHost.load(PluginSettings(enabled=["plaintext"]), [("plaintext", module)], data_dir=tmp_path)

    (plugin,) = [p for p in host.plugins() if p.name == "plaintext"]
    assert (plugin.enabled, plugin.error) == (True, "")
    assert plugin.summary == "Plain-text invoices, and a log line for every paid invoice."
    assert host.invoice_format("plaintext").file_extension == "txt"
    assert [listener.id for listener in host.event_listeners()] == ["paid-invoice-log"]
