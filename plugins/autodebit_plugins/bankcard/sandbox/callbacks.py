"""Delivery of the bank's signed callbacks from its outbox table.

A callback is retried until the merchant answers 2xx: attempt n+1 waits
`retry_seconds * 2**(n-1)` (1 s, 2 s, 4 s... by default) and after
`MAX_ATTEMPTS` it is abandoned. Each attempt is signed afresh (new timestamp
and nonce) over the same body, whose `id` lets the merchant spot repeats.
Because the outbox is in the database, callbacks survive a restart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from autodebit_plugins.bankcard.sandbox.store import Store

MAX_ATTEMPTS = 8
BATCH = 64
# Longest sleep between looks at the outbox when nothing wakes the sender.
IDLE_SECONDS = 1.0

log = logging.getLogger(__name__)


class CallbackSender:
    """A background thread (and a few helpers) posting due callbacks."""

    def __init__(
        self,
        store: Store,
        sign: Callable[[bytes], Mapping[str, str]],
        *,
        retry_seconds: float = 1.0,
        timeout_seconds: float = 5.0,
    ) -> None:
        self._store = store
        self._sign = sign
        self._retry_seconds = retry_seconds
        # Loopback by design: never through a proxy from the environment.
        self._client = httpx.Client(timeout=timeout_seconds, trust_env=False)
        self._posters = ThreadPoolExecutor(max_workers=4, thread_name_prefix="bank-callback")
        self._wakeup = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bank-callbacks", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wakeup.set()

    def stop(self) -> None:
        self._stopping.set()
        self._wakeup.set()
        self._thread.join()
        self._posters.shutdown()
        self._client.close()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wakeup.clear()
            due = (
                self._store.connection()
                .execute(
                    "SELECT event_id, url, body, attempts FROM callbacks"
                    " WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?",
                    (time.time(), BATCH),
                )
                .fetchall()
            )
            if due:
                list(self._posters.map(self._deliver, due))
            else:
                self._wakeup.wait(self._idle_seconds())

    def _idle_seconds(self) -> float:
        (next_at,) = (
            self._store.connection()
            .execute("SELECT MIN(next_attempt_at) FROM callbacks WHERE state = 'pending'")
            .fetchone()
        )
        return (
            IDLE_SECONDS if next_at is None else min(IDLE_SECONDS, max(0.0, next_at - time.time()))
        )

    def _deliver(self, callback: Mapping[str, Any]) -> None:
        body: bytes = callback["body"]
        headers = {"Content-Type": "application/json", **self._sign(body)}
        try:
            delivered = self._client.post(callback["url"], content=body, headers=headers).is_success
        except httpx.HTTPError as error:
            delivered = False
            log.info(
                "bank callback %s to %s failed: %s", callback["event_id"], callback["url"], error
            )
        attempts = callback["attempts"] + 1
        if delivered:
            state, next_at = "delivered", time.time()
        elif attempts >= MAX_ATTEMPTS:
            state, next_at = "abandoned", time.time()
            log.warning(
                "bank callback %s abandoned after %d attempts", callback["event_id"], attempts
            )
        else:
            state, next_at = "pending", time.time() + self._retry_seconds * 2 ** (attempts - 1)
        with self._store.write() as db:
            db.execute(
                "UPDATE callbacks SET state = ?, attempts = ?, next_attempt_at = ? WHERE event_id = ?",
                (state, attempts, next_at, callback["event_id"]),
            )
