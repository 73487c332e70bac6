"""The `autodebit` command."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from autodebit import __version__, config

console = Console()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="AUTODEBIT_CONFIG",
    help="TOML configuration file (see docs/configuration.md).",
)
@click.pass_context
def main(ctx: click.Context, config_file: Path | None) -> None:
    """Autodebit: automatic-debit billing kernel."""
    ctx.obj = config_file


def _settings(ctx: click.Context, **overrides: object) -> config.Settings:
    try:
        return config.load(ctx.obj, **{k: v for k, v in overrides.items() if v is not None})
    except (FileNotFoundError, ValueError) as error:
        raise click.ClickException(str(error)) from None


@main.command()
@click.option("--listen", help="Address to serve on (default 127.0.0.1:50051).")
@click.option("--database-url", help="SQLAlchemy URL (default: SQLite in the data directory).")
@click.pass_context
def serve(ctx: click.Context, listen: str | None, database_url: str | None) -> None:
    """Upgrade the database if needed and serve the gRPC API until SIGTERM."""
    from autodebit import observability, server

    settings = _settings(ctx, listen=listen, database_url=database_url)
    observability.configure_logging(settings)
    observability.configure_telemetry(settings)
    try:
        server.serve(settings)
    finally:
        observability.shutdown_telemetry()


@main.group()
def db() -> None:
    """Database schema."""


@db.command()
@click.pass_context
def upgrade(ctx: click.Context) -> None:
    """Upgrade the schema to the latest version (a no-op when it is current)."""
    from autodebit import schema
    from autodebit.db import Database

    settings = _settings(ctx)
    database = Database(settings.resolved_database_url)
    if database.dialect == "sqlite":
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    before, after = schema.upgrade(database)
    url = database.engine.url.render_as_string(hide_password=True)
    if before == after:
        console.print(f"[green]Schema is current[/] (revision {after}) at {url}")
    else:
        console.print(f"[green]Upgraded[/] {url} from {before or 'empty'} to {after}")


@main.group()
def plugins() -> None:
    """Installed plugins."""


@plugins.command("list")
@click.pass_context
def list_plugins(ctx: click.Context) -> None:
    """List discovered plugins, what they provide and whether they are enabled."""
    from autodebit.plugin_host import PluginHost

    settings = _settings(ctx)
    host = PluginHost.load(settings.plugins, sandbox=settings.sandbox, data_dir=settings.data_dir)
    table = Table(title="Autodebit plugins")
    for column in ("Plugin", "Version", "Enabled", "Provides", "Distribution"):
        table.add_column(column)
    for plugin in host.plugins():
        provides = ", ".join(f"{p.kind} {p.id}" for p in plugin.providers)
        enabled = "[green]yes[/]" if plugin.enabled else f"[red]no[/] {plugin.error or ''}".strip()
        table.add_row(plugin.name, plugin.version, enabled, provides or "-", plugin.distribution)
    if not table.rows:
        console.print("No plugins installed.")
        return
    console.print(table)


def _add_area_commands() -> None:
    from autodebit.customers import cli as customers_cli

    main.add_command(customers_cli.rules)
    main.add_command(customers_cli.customers)


_add_area_commands()


@main.command()
def version() -> None:
    """Print the version."""
    click.echo(f"autodebit {__version__}")
