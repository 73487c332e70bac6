"""Callback ingress: payment providers call back over HTTP.

Each channel has a URL, `/callbacks/{channel}`. The raw request goes to the
channel plugin, which verifies it (signature, freshness, replay) and parses
it; the kernel then applies each notification through the same functions the
synchronous path and the janitor use, so a callback delivered three times
changes state once. A forged, stale or replayed callback, or one that does not
match our records (unknown trade, other amount or currency), changes nothing,
is logged, and gets a 4xx; a failure on our side gets a 5xx so the provider
retries. The HTTP server is waitress; requests are parsed by werkzeug.
"""

from __future__ import annotations

import json
from typing import Any

import structlog
from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from autodebit.app import App
from autodebit.errors import AutodebitError
from autodebit.errors import NotFound
from autodebit.payments import charges, mandates, refunds
from autodebit.plugin_host import providers
from autodebit.wsgi import WsgiServer

log = structlog.get_logger("autodebit.callbacks")

ROUTES = Map([Rule("/callbacks/<channel>", endpoint="callback", methods=["POST", "GET"])])
MAX_BODY = 1 << 20


class CallbackServer:
    """Bound at construction, so plugins can be told the URL before it serves."""

    def __init__(self, listen: str, public_url: str = "") -> None:
        host, _, port = listen.rpartition(":")
        self._server = WsgiServer(self._wsgi, host.strip("[]"), int(port), name="callbacks")
        self.port = self._server.port
        self.base_url = public_url or f"{self._server.base_url}/callbacks"
        self._app: App | None = None

    def serve(self, app: App) -> None:
        self._app = app
        self._server.start()

    def stop(self) -> None:
        self._server.stop()

    def _wsgi(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        try:
            _endpoint, args = ROUTES.bind_to_environ(environ).match()
            response = self._handle(args["channel"], request)
        except HTTPException as error:  # no such route or method
            response = error.get_response()
        return response(environ, start_response)

    def _handle(self, channel_id: str, request: Request) -> Response:
        assert self._app is not None
        bound = log.bind(channel=channel_id, remote=request.remote_addr)
        if (request.content_length or 0) > MAX_BODY:
            return _error(413, "BODY_TOO_LARGE")
        try:
            channel = self._app.plugins.payment_channel(channel_id)
        except NotFound:
            return _error(404, "UNKNOWN_CHANNEL")
        raw = providers.CallbackRequest(
            method=request.method,
            path=request.full_path.rstrip("?"),
            headers=providers.Headers(request.headers.items()),
            body=request.get_data(cache=False),
            received_at=self._app.clock.now(),
        )
        try:
            result = channel.handle_callback(raw)
        except providers.CallbackRejected as error:
            bound.warning("callback_rejected", reason=error.message)
            return _error(401, "CALLBACK_REJECTED")
        except AutodebitError as error:
            bound.error("callback_failed", reason=error.reason)
            return _error(500, "CALLBACK_FAILED")
        for notification in result.notifications:
            try:
                changed = self._apply(notification)
            except (charges.OutcomeRejected, NotFound) as error:
                bound.warning("callback_mismatch", reason=error.reason, detail=error.message)
                return _error(400, error.reason)
            bound.info("callback_applied", kind=type(notification).__name__, changed=changed)
        return Response(result.body, status=result.status, headers=dict(result.headers))

    def _apply(self, notification: providers.Notification) -> bool:
        assert self._app is not None
        if isinstance(notification, providers.MandateStatus):
            return mandates.apply_status(self._app, notification)
        if isinstance(notification, providers.ChargeOutcome):
            return charges.apply_outcome(self._app, notification)[0]
        return refunds.apply_outcome(self._app, notification)


def _error(status: int, code: str) -> Response:
    return Response(json.dumps({"code": code}), status=status, mimetype="application/json")
