"""Resource ids and names.

Ids are lowercase ULIDs: unique without coordination between kernel processes,
and sortable by creation time, which keeps indexes and pagination cheap.
"""

from __future__ import annotations

import re

from ulid import ULID

from autodebit.errors import Violations

ID = re.compile(r"[0-9a-z]{26}")


def new_id() -> str:
    return str(ULID()).lower()


def parse_name(name: str, collection: str, field: str, violations: Violations) -> str | None:
    """The id in `{collection}/{id}`, or None after adding a violation for `field`."""
    prefix = f"{collection}/"
    if not name:
        violations.add(field, f"required: a resource name like {collection}/{{id}}")
        return None
    if not name.startswith(prefix) or not ID.fullmatch(name[len(prefix) :]):
        violations.add(field, f"{name!r} is not a resource name like {collection}/{{id}}")
        return None
    return name[len(prefix) :]
