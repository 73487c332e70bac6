"""Alembic migrations of the kernel schema; run with `autodebit db upgrade`."""
