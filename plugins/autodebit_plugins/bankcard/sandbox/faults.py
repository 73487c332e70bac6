"""Failures a test asks the bank for, through `POST /v1/sandbox/faults`.

- `latency_ms`: every merchant call waits this long before it is handled;
- `fail_before_processing_5xx`: the next N charges/refunds answer 503, unprocessed;
- `timeout_after_processing`: the next N charges/refunds are processed and
  committed, then their answer is held (see `app.HOLD_SECONDS`).

In memory only: a restart clears them.
"""

from __future__ import annotations

import threading

from autodebit_plugins.bankcard.sandbox.api import Fields

NAMES = ("latency_ms", "fail_before_processing_5xx", "timeout_after_processing")


class Faults:
    """The faults in force; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values = dict.fromkeys(NAMES, 0)

    @property
    def latency_seconds(self) -> float:
        return self._values["latency_ms"] / 1000

    def update(self, fields: Fields) -> dict[str, int]:
        """Set the faults `fields` name, keep the others; the faults now in force."""
        with self._lock:
            for name in NAMES:
                if (value := fields.count(name)) is not None:
                    self._values[name] = value
            return dict(self._values)

    def clear(self) -> dict[str, int]:
        with self._lock:
            self._values = dict.fromkeys(NAMES, 0)
            return dict(self._values)

    def take(self, name: str) -> bool:
        """Use up one of the counted fault `name`; False when none is left."""
        with self._lock:
            left = self._values[name]
            self._values[name] = max(0, left - 1)
            return left > 0
