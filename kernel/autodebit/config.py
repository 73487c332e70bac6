"""Configuration: defaults, then a TOML file, then environment variables.

Every setting can be given in the file named by `--config` / `AUTODEBIT_CONFIG`
and overridden by an `AUTODEBIT_`-prefixed environment variable; nested
settings use a double underscore, e.g. `AUTODEBIT_TELEMETRY__EXPORTER=otlp`.
docs/configuration.md lists them all.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "autodebit"


class TelemetrySettings(BaseModel):
    # "console" prints spans and metrics to stderr; "otlp" ships them to a collector.
    exporter: Literal["console", "otlp", "none"] = "console"
    otlp_endpoint: str = "http://127.0.0.1:4317"
    metrics_interval_seconds: float = 60.0


class PluginSettings(BaseModel):
    # Allow-list of plugin (entry point) names; None enables every discovered plugin.
    enabled: list[str] | None = None
    # Plugins switched off even when discovered or allow-listed.
    disabled: list[str] = Field(default_factory=list)
    # Each plugin's own settings, by plugin name; handed to it as PluginContext.options.
    options: dict[str, dict[str, Any]] = Field(default_factory=dict)


class EventSettings(BaseModel):
    # How often listener delivery and WatchEvents look for events from other processes.
    poll_interval_seconds: float = 0.5
    # Attempts per event before a failing listener skips it (and logs it as lost to it).
    listener_attempts: int = 3


class JanitorSettings(BaseModel):
    # How often the janitor looks for payments, refunds and mandates to settle.
    interval_seconds: float = 1.0
    # How long an attempt may be in flight before the janitor asks the channel about
    # it; longer than any channel call can take.
    grace_seconds: float = 60.0
    # First wait between two queries of an unknown outcome; doubles each time.
    retry_seconds: float = 5.0
    # How often a charge or refund the channel never received is sent again (same
    # key) before it fails (a payment as a soft processing error).
    max_resends: int = 5
    # Warn (event mandate.expiring) this many days before a card mandate expires.
    expiry_warning_days: int = 30


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="AUTODEBIT_", env_nested_delimiter="__", extra="forbid"
    )

    # SQLAlchemy URL; empty means a SQLite file in `data_dir`.
    database_url: str = ""
    data_dir: Path = Field(default_factory=default_data_dir)
    listen: str = "127.0.0.1:50051"
    # HTTP address where payment providers' callbacks arrive, at /callbacks/{channel}.
    callback_listen: str = "127.0.0.1:50052"
    # The URL providers are told to call back, if not http://{callback_listen}/callbacks
    # (e.g. behind a reverse proxy).
    callback_public_url: str = ""
    # Sandbox mode: test clocks can be created and advanced, sandbox channels run.
    sandbox: bool = True
    max_workers: int = 32
    # Seconds in-flight RPCs get to finish after SIGTERM.
    shutdown_grace_seconds: float = 10.0
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["json", "console"] = "json"
    telemetry: TelemetrySettings = Field(default_factory=TelemetrySettings)
    plugins: PluginSettings = Field(default_factory=PluginSettings)
    events: EventSettings = Field(default_factory=EventSettings)
    janitor: JanitorSettings = Field(default_factory=JanitorSettings)

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'autodebit.db'}"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        config_file = os.environ.get("AUTODEBIT_CONFIG")
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if config_file:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(config_file)))
        return tuple(sources)


def load(config_file: Path | None = None, **overrides: object) -> Settings:
    """Settings from `config_file` (or $AUTODEBIT_CONFIG), the environment and overrides."""
    if config_file is not None:
        if not config_file.is_file():
            raise FileNotFoundError(f"config file {config_file} does not exist")
        os.environ["AUTODEBIT_CONFIG"] = str(config_file)
    return Settings(**overrides)  # type: ignore[arg-type]
