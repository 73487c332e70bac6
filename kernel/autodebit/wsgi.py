"""A WSGI application served by waitress on a background thread, with a clean stop.

Used by the callback ingress and by sandbox providers. waitress's event loop is
not thread-safe: stopping it from another thread by closing the server closes
its wake-up pipe under it (EBADF in its workers). `stop()` instead lets the
workers finish, then closes every connection from inside the loop.
"""

from __future__ import annotations

import socket
import threading
from typing import Any

import waitress
from waitress import wasyncore


class WsgiServer:
    """Bound at construction, so its port is known (and can be handed out) before it serves."""

    def __init__(self, app: Any, host: str, port: int, *, threads: int = 8, name: str = "http") -> None:
        self._listener = socket.create_server((host, port))
        self.host, self.port = self._listener.getsockname()[:2]
        # Our own connection map, so that stop() can close every connection in it.
        self._connections: dict[int, Any] = {}
        self._server = waitress.create_server(
            app, map=self._connections, sockets=[self._listener], threads=threads, ident=name
        )
        self._thread = threading.Thread(target=self._server.run, name=name, daemon=True)

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Finish requests in flight (up to `timeout`), then close. Safe from any thread."""
        self._server.task_dispatcher.shutdown(timeout=timeout)
        if self._thread.is_alive():
            self._server.trigger.pull_trigger(lambda: wasyncore.close_all(self._connections))
            self._thread.join(timeout=timeout)
        else:
            wasyncore.close_all(self._connections)
