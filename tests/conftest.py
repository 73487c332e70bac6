"""Test fixtures: every database-backed test runs on SQLite and on PostgreSQL.

`AUTODEBIT_TEST_DATABASES` (default "sqlite,postgresql") picks the backends;
`AUTODEBIT_TEST_POSTGRES` (default postgresql://postgres@127.0.0.1:5432/postgres)
is the server on which each run creates, and afterwards drops, its own databases.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import grpc
import psycopg
import pytest
import sqlalchemy as sa

from autodebit import config, schema
from autodebit.api.billing.v1 import billing_service_pb2_grpc
from autodebit.api.customer.v1 import customer_service_pb2_grpc
from autodebit.api.kernel.v1 import event_pb2_grpc, plugin_pb2_grpc
from autodebit.server import Kernel, start
from tests.scripted_channel import ScriptedChannel, ScriptedPlugin

SCRIPTED = ScriptedPlugin()
BACKENDS = os.environ.get("AUTODEBIT_TEST_DATABASES", "sqlite,postgresql").split(",")
POSTGRES_ADMIN_URL = os.environ.get(
    "AUTODEBIT_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres"
)


class DatabaseFactory:
    """Creates throw-away databases of one backend and drops them all at the end."""

    def __init__(self, backend: str, tmp: Path) -> None:
        self.backend = backend
        self.tmp = tmp
        self.created: list[str] = []

    def create(self) -> str:
        name = f"autodebit_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        if self.backend == "sqlite":
            return f"sqlite:///{self.tmp / name}.db"
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"

    def drop_all(self) -> None:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
            for name in self.created:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session", params=BACKENDS)
def databases(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseFactory]:
    factory = DatabaseFactory(request.param, tmp_path_factory.mktemp(request.param))
    yield factory
    if factory.backend == "postgresql":
        factory.drop_all()


def make_settings(database_url: str, data_dir: Path, **overrides: object) -> config.Settings:
    return config.Settings(
        database_url=database_url,
        data_dir=data_dir,
        listen="127.0.0.1:0",
        callback_listen="127.0.0.1:0",
        telemetry=config.TelemetrySettings(exporter="none"),
        events=config.EventSettings(poll_interval_seconds=0.05),
        # Tests run the janitor themselves (kernel.janitor.run_once()), with nothing to wait for.
        janitor=config.JanitorSettings(interval_seconds=3600, grace_seconds=0, retry_seconds=0),
        **overrides,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="session")
def running_kernel(databases: DatabaseFactory, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kernel]:
    settings = make_settings(databases.create(), tmp_path_factory.mktemp("data"))
    kernel = start(settings, extra_plugins=[("scripted", SCRIPTED)])
    yield kernel
    kernel.stop(grace=1)


@pytest.fixture
def kernel(running_kernel: Kernel) -> Kernel:
    """The session's server, with every table emptied before the test."""
    db = running_kernel.app.db
    tables = [t.name for t in reversed(schema.metadata().sorted_tables)]  # children first
    for attempt in range(5):
        try:
            with db.engine.begin() as connection:
                if db.dialect == "postgresql":
                    connection.exec_driver_sql(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
                else:
                    for table in tables:
                        connection.exec_driver_sql(f"DELETE FROM {table}")
            break
        except sa.exc.OperationalError as error:
            # The server's background threads (event delivery, janitor) read these
            # tables; TRUNCATE's exclusive locks may deadlock with them: try again.
            if "deadlock" not in str(error) or attempt == 4:
                raise
    return running_kernel


@pytest.fixture
def scripted(kernel: Kernel) -> ScriptedChannel:
    """The session kernel's scripted payment channel, forgetful of earlier tests."""
    SCRIPTED.channel.reset()
    return SCRIPTED.channel


@pytest.fixture
def channel(kernel: Kernel) -> Iterator[grpc.Channel]:
    with grpc.insecure_channel(f"127.0.0.1:{kernel.port}") as ch:
        yield ch


@pytest.fixture
def customers(channel: grpc.Channel) -> customer_service_pb2_grpc.CustomerServiceStub:
    return customer_service_pb2_grpc.CustomerServiceStub(channel)


@pytest.fixture
def billing(channel: grpc.Channel) -> billing_service_pb2_grpc.BillingServiceStub:
    return billing_service_pb2_grpc.BillingServiceStub(channel)


@pytest.fixture
def events(channel: grpc.Channel) -> event_pb2_grpc.EventServiceStub:
    return event_pb2_grpc.EventServiceStub(channel)


@pytest.fixture
def plugins(channel: grpc.Channel) -> plugin_pb2_grpc.PluginServiceStub:
    return plugin_pb2_grpc.PluginServiceStub(channel)
