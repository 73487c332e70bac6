"""Delivery of committed events to event listeners: the plugins' and the kernel's own.

The kernel's own listeners (e.g. CRM automation) are `EventListener`s too and go
through exactly the same mechanism; their ids contain a ":" ("kernel:automation"),
which plugin provider ids cannot, so the two never share a cursor.

Each listener has a cursor row. A kernel process delivers to a listener only
while it holds that row's lease, so with several processes on one database
each event reaches each listener from one process at a time. The cursor moves
after delivery, so a crash means a repeat, never a loss: listeners are told to
tolerate repeats. A new listener starts at the newest event rather than
replaying history (a notification plugin must not e-mail last year's news).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa
import structlog
from sqlmodel import Field, SQLModel, col, update

from autodebit.clock import Clock
from autodebit.db import Database, UtcDateTime
from autodebit.errors import AutodebitError
from autodebit.events.outbox import DomainEvent, EventFilter, last_cursor, read_after

if TYPE_CHECKING:
    from autodebit.plugin_host import PluginHost
    from autodebit.plugin_host.providers import EventListener

log = structlog.get_logger("autodebit.events")

LEASE = timedelta(seconds=30)
BATCH = 200
# After a commit wakes delivery, wait this long so that one pass (and one cursor
# write) covers the commits that follow, instead of a pass per commit.
COALESCE_SECONDS = 0.05


class ListenerCursor(SQLModel, table=True):
    __tablename__ = "event_listener_cursors"

    listener_id: str = Field(primary_key=True, max_length=64)
    position: int = Field(sa_type=sa.BigInteger)
    lease_owner: str | None = Field(default=None, max_length=100)
    lease_expires_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class Deliverer:
    def __init__(
        self,
        db: Database,
        plugins: PluginHost,
        clock: Clock,
        attempts: int,
        poll_seconds: float,
        kernel_listeners: Sequence[EventListener] = (),
    ) -> None:
        self.db = db
        self.plugins = plugins
        self.kernel_listeners = tuple(kernel_listeners)
        self.clock = clock
        self.attempts = attempts
        self.poll_seconds = poll_seconds
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{id(self)}"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def listeners(self) -> list[EventListener]:
        """The kernel's listeners, then the plugins' (sorted by id)."""
        return [*self.kernel_listeners, *self.plugins.event_listeners()]

    def start(self) -> None:
        if not self.listeners():
            return
        self._thread = threading.Thread(target=self._run, name="event-delivery", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with self.db.committed:
            self.db.committed.notify_all()
        if self._thread:
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                delivered = self.deliver_once()
            except Exception:  # a database hiccup must not end delivery for good
                log.exception("event_delivery_failed")
                delivered = 0
            if not delivered:
                with self.db.committed:
                    self.db.committed.wait(self.poll_seconds)
                self._stop.wait(COALESCE_SECONDS)

    def deliver_once(self) -> int:
        """Deliver one batch to every listener whose lease this process holds; returns the count."""
        delivered = 0
        for listener in self.listeners():
            listener_id = listener.id
            position = self._claim(listener_id)
            if position is None:
                continue
            with self.db.read() as session:
                events = read_after(session, position, BATCH, EventFilter(types=listener.event_types))
            for event in events:
                self._deliver(listener_id, listener, event)
                position = event.cursor
                delivered += 1
            if events:
                self._advance(listener_id, position)
        return delivered

    def _claim(self, listener_id: str) -> int | None:
        """Take or renew this listener's lease; its cursor position, or None if another holds it.

        A lease of ours with more than half its time left is used as it is: a read,
        not a write.
        """
        now = self.clock.now()
        with self.db.read() as session:
            current = session.get(ListenerCursor, listener_id)
        if (
            current is not None
            and current.lease_owner == self.owner
            and current.lease_expires_at is not None
            and current.lease_expires_at - now > LEASE / 2
        ):
            return current.position
        with self.db.transaction() as session:
            cursor = session.get(ListenerCursor, listener_id)
            if cursor is None:
                position = last_cursor(session)
                session.add(
                    ListenerCursor(
                        listener_id=listener_id,
                        position=position,
                        lease_owner=self.owner,
                        lease_expires_at=now + LEASE,
                    )
                )
                return position
            claimed = session.execute(
                update(ListenerCursor)
                .where(
                    col(ListenerCursor.listener_id) == listener_id,
                    sa.or_(
                        col(ListenerCursor.lease_owner) == self.owner,
                        col(ListenerCursor.lease_expires_at) < now,
                        col(ListenerCursor.lease_owner).is_(None),
                    ),
                )
                .values(lease_owner=self.owner, lease_expires_at=now + LEASE)
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                return None
            session.refresh(cursor)
            return cursor.position

    def _advance(self, listener_id: str, position: int) -> None:
        """Move the cursor and renew the lease, if the lease is still ours."""
        with self.db.transaction() as session:
            session.execute(
                update(ListenerCursor)
                .where(
                    col(ListenerCursor.listener_id) == listener_id,
                    col(ListenerCursor.lease_owner) == self.owner,
                )
                .values(position=position, lease_expires_at=self.clock.now() + LEASE)
            )

    def _deliver(self, listener_id: str, listener: EventListener, event: DomainEvent) -> None:
        for attempt in range(1, self.attempts + 1):
            try:
                listener.handle(event)
                return
            except Exception as error:
                if isinstance(error, AutodebitError):
                    reason = error.reason  # the host already logged a plugin's traceback
                else:  # a kernel listener's bug: plugin listeners only raise PluginFailed
                    reason = "INTERNAL"
                    log.exception("event_listener_failed", listener=listener_id, event_cursor=event.cursor)
                if attempt == self.attempts:
                    log.error(
                        "event_listener_gave_up",
                        listener=listener_id,
                        event_cursor=event.cursor,
                        event_type=event.type,
                        reason=reason,
                        attempts=attempt,
                    )
                    return
                time.sleep(0.1 * 2**attempt)
