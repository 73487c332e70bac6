"""The database schema: every table's model, and upgrades by Alembic.

`upgrade()` is what `autodebit db upgrade` and `autodebit serve` run. On
PostgreSQL it holds an advisory lock, so several kernel processes starting at
once upgrade one after another instead of racing; on an up-to-date database it
changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from autodebit.db import Database

MIGRATIONS = Path(__file__).parent / "migrations"
# Any constant works; it only has to be the same in every kernel process.
UPGRADE_LOCK = 0x61757464  # "autd"


def metadata() -> sa.MetaData:
    """SQLModel's metadata with every kernel table imported into it."""
    from autodebit.billing import test_clocks  # noqa: F401
    from autodebit.customers import models  # noqa: F401
    from autodebit.events import delivery, outbox  # noqa: F401
    from autodebit.payments import models as payment_models  # noqa: F401
    from autodebit import idempotency  # noqa: F401

    return SQLModel.metadata


def alembic_config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(db: Database, revision: str = "head") -> tuple[str | None, str | None]:
    """Upgrade to `revision`; returns the revisions before and after."""
    with db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
        before = MigrationContext.configure(connection).get_current_revision()
        command.upgrade(alembic_config(connection), revision)
        after = MigrationContext.configure(connection).get_current_revision()
    return before, after


def head() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
