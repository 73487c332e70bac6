"""The bank's HTTP API as a WSGI application (werkzeug routing, JSON in and out).

Each route says who may call it: a merchant (HMAC-signed request), a payer's
device (publishable key), the cardholder's browser (the challenge page) or a
test on loopback (the sandbox controls). Every response is signed by the bank.
Request bodies are never logged: a tokenisation request carries a card number.
"""

from __future__ import annotations

import enum
import html
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from werkzeug.exceptions import MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from autodebit_plugins.bankcard import protocol
from autodebit_plugins.bankcard.sandbox.acquirer import Acquirer
from autodebit_plugins.bankcard.sandbox.api import ApiError, Fields
from autodebit_plugins.bankcard.sandbox.faults import Faults

# How long a "timeout after processing" fault holds a response: longer than any
# sane client timeout. Stopping the bank releases it early.
HOLD_SECONDS = 30.0
LOOPBACK = frozenset({"127.0.0.1", "::1"})

log = logging.getLogger(__name__)


class Access(enum.Enum):
    MERCHANT = "merchant"
    PUBLISHABLE_KEY = "publishable key"
    CARDHOLDER = "cardholder"
    SANDBOX = "sandbox"


@dataclass(frozen=True, slots=True)
class Endpoint:
    handler: str
    access: Access
    # Charges and refunds: the calls the fault knobs act on.
    moves_money: bool = False


def _route(
    path: str, methods: list[str], handler: str, access: Access, moves_money: bool = False
) -> Rule:
    return Rule(path, methods=methods, endpoint=Endpoint(handler, access, moves_money))


URLS = Map(
    [
        _route("/v1/tokens", ["POST"], "create_token", Access.PUBLISHABLE_KEY),
        _route("/v1/agreements", ["POST"], "create_agreement", Access.MERCHANT),
        _route(
            "/v1/agreements/by-reference/<path:reference>",
            ["GET"],
            "agreement_by_reference",
            Access.MERCHANT,
        ),
        _route("/v1/agreements/<agreement_id>", ["GET"], "get_agreement", Access.MERCHANT),
        _route(
            "/v1/agreements/<agreement_id>/revoke", ["POST"], "revoke_agreement", Access.MERCHANT
        ),
        _route("/v1/charges", ["POST"], "create_charge", Access.MERCHANT, moves_money=True),
        _route("/v1/charges/<path:key>", ["GET"], "get_charge", Access.MERCHANT),
        _route("/v1/refunds", ["POST"], "create_refund", Access.MERCHANT, moves_money=True),
        _route("/v1/refunds/<path:key>", ["GET"], "get_refund", Access.MERCHANT),
        _route("/v1/settlements/<day>", ["GET"], "settlement", Access.MERCHANT),
        _route("/challenge/<agreement_id>", ["GET", "POST"], "challenge_page", Access.CARDHOLDER),
        _route(
            "/v1/sandbox/agreements/<agreement_id>/challenge",
            ["POST"],
            "sandbox_challenge",
            Access.SANDBOX,
        ),
        _route(
            "/v1/sandbox/agreements/<agreement_id>/revoke",
            ["POST"],
            "sandbox_revoke",
            Access.SANDBOX,
        ),
        _route("/v1/sandbox/faults", ["POST"], "set_faults", Access.SANDBOX),
        _route("/v1/sandbox/faults", ["DELETE"], "clear_faults", Access.SANDBOX),
        _route("/v1/sandbox/charges", ["GET"], "sandbox_charges", Access.SANDBOX),
    ]
)


@dataclass(frozen=True, slots=True)
class Call:
    """One request as a handler sees it: the request, URL arguments, the caller's merchant."""

    request: Request
    args: Mapping[str, str]
    merchant_id: str = ""

    def body(self) -> Mapping[str, Any]:
        try:
            body = json.loads(self.request.get_data())
        except ValueError:
            raise ApiError(400, "invalid_request", "the body is not JSON") from None
        if not isinstance(body, dict):
            raise ApiError(400, "invalid_request", "the body must be a JSON object")
        return body

    def fields(self) -> Fields:
        return Fields(self.body())


class BankApp:
    """The WSGI application. `sign` makes the bank's signature headers for a body;
    `stopping` is set when the server stops, releasing held responses."""

    def __init__(
        self,
        acquirer: Acquirer,
        sign: Callable[[bytes], Mapping[str, str]],
        stopping: threading.Event,
    ) -> None:
        self._acquirer = acquirer
        self._sign = sign
        self._stopping = stopping
        self._nonces = protocol.NonceCache()
        self._faults = Faults()

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        response = self._dispatch(Request(environ))
        response.headers.update(self._sign(response.get_data()))
        return response(environ, start_response)

    def _dispatch(self, request: Request) -> Response:
        try:
            endpoint, args = URLS.bind_to_environ(request.environ).match()
            call = Call(request, args, self._authenticate(request, endpoint.access))
            if endpoint.access is Access.MERCHANT and self._faults.latency_seconds:
                self._stopping.wait(self._faults.latency_seconds)
            if endpoint.moves_money and self._faults.take("fail_before_processing_5xx"):
                raise ApiError(
                    503, "unavailable", "not processed; retry with the same idempotency key"
                )
            response: Response = getattr(self, endpoint.handler)(call)
            if endpoint.moves_money and self._faults.take("timeout_after_processing"):
                self._stopping.wait(HOLD_SECONDS)
            return response
        except ApiError as error:
            return _error(error)
        except NotFound:
            # Not "not_found", which says "the bank never received this transaction".
            return _error(ApiError(404, "unknown_endpoint", f"no endpoint {request.path}"))
        except MethodNotAllowed:
            return _error(
                ApiError(405, "method_not_allowed", f"{request.method} is not allowed here")
            )
        except Exception:
            # The traceback names code, not request data; bodies are never logged.
            log.exception("sandbox bank failed on %s %s", request.method, request.path)
            return _error(
                ApiError(500, "internal_error", "the bank failed; the outcome is unknown")
            )

    def _authenticate(self, request: Request, access: Access) -> str:
        """The calling merchant's id (empty for the cardholder and sandbox routes)."""
        if access is Access.MERCHANT:
            merchant_id = request.headers.get(protocol.MERCHANT_ID, "")
            secret = self._acquirer.merchant_secret(merchant_id)
            if secret is None:
                raise ApiError(401, "unknown_merchant", "unknown merchant")
            target = request.path
            if request.query_string:
                target += "?" + request.query_string.decode("latin-1")
            try:
                protocol.verify_merchant_request(
                    secret,
                    request.method,
                    target,
                    {name: request.headers.get(name, "") for name in protocol.MERCHANT_HEADERS},
                    request.get_data(),
                    now=time.time(),
                    nonces=self._nonces,
                )
            except protocol.SignatureError as error:
                raise ApiError(401, error.code, str(error)) from None
            return merchant_id
        if access is Access.PUBLISHABLE_KEY:
            key = request.headers.get(protocol.PUBLISHABLE_KEY, "")
            merchant = self._acquirer.merchant_for_publishable_key(key) if key else None
            if merchant is None:
                raise ApiError(401, "invalid_publishable_key", "unknown publishable key")
            return merchant
        if access is Access.SANDBOX and request.remote_addr not in LOOPBACK:
            raise ApiError(403, "forbidden", "sandbox controls answer on loopback only")
        return ""

    # --- Merchant and payer API ------------------------------------------------------

    def create_token(self, call: Call) -> Response:
        return _json(self._acquirer.create_token(call.merchant_id, call.body()), 201)

    def create_agreement(self, call: Call) -> Response:
        return _created(*self._acquirer.create_agreement(call.merchant_id, call.body()))

    def get_agreement(self, call: Call) -> Response:
        return _json(self._acquirer.agreement(call.merchant_id, call.args["agreement_id"]))

    def agreement_by_reference(self, call: Call) -> Response:
        return _json(
            self._acquirer.agreement_by_reference(call.merchant_id, call.args["reference"])
        )

    def revoke_agreement(self, call: Call) -> Response:
        agreement = self._acquirer.revoke_agreement(
            call.args["agreement_id"], "merchant", call.merchant_id
        )
        return _json(agreement)

    def create_charge(self, call: Call) -> Response:
        return _created(*self._acquirer.create_charge(call.merchant_id, call.body()))

    def get_charge(self, call: Call) -> Response:
        return _json(self._acquirer.charge(call.merchant_id, call.args["key"]))

    def create_refund(self, call: Call) -> Response:
        return _created(*self._acquirer.create_refund(call.merchant_id, call.body()))

    def get_refund(self, call: Call) -> Response:
        return _json(self._acquirer.refund(call.merchant_id, call.args["key"]))

    def settlement(self, call: Call) -> Response:
        try:
            day = date.fromisoformat(call.args["day"])
        except ValueError:
            raise ApiError(400, "invalid_request", "the day must be YYYY-MM-DD") from None
        return Response(self._acquirer.settlement_csv(call.merchant_id, day), mimetype="text/csv")

    # --- The cardholder's 3-D Secure page ------------------------------------------

    def challenge_page(self, call: Call) -> Response:
        agreement_id = call.args["agreement_id"]
        if call.request.method == "POST":
            result = call.request.form.get("result")
            if result not in ("approve", "fail"):
                raise ApiError(400, "invalid_request", "result must be approve or fail")
            self._acquirer.finish_challenge(agreement_id, approved=result == "approve")
        facts = self._acquirer.challenge_page_facts(agreement_id)
        if call.request.method == "POST" and facts["return_url"]:
            return Response(status=303, headers={"Location": facts["return_url"]})
        return Response(_challenge_html(agreement_id, facts), mimetype="text/html")

    # --- Sandbox controls ---------------------------------------------------------------

    def sandbox_challenge(self, call: Call) -> Response:
        result = call.fields().choice("result", ("approve", "fail"))
        return _json(
            self._acquirer.finish_challenge(call.args["agreement_id"], approved=result == "approve")
        )

    def sandbox_revoke(self, call: Call) -> Response:
        revoked_by = call.fields().choice("revoked_by", ("cardholder", "issuer"))
        return _json(self._acquirer.revoke_agreement(call.args["agreement_id"], revoked_by))

    def set_faults(self, call: Call) -> Response:
        return _json(self._faults.update(call.fields()))

    def clear_faults(self, call: Call) -> Response:
        return _json(self._faults.clear())

    def sandbox_charges(self, call: Call) -> Response:
        charges = self._acquirer.all_charges(call.request.args.get("idempotency_key"))
        return _json({"charges": charges})


def _json(body: Mapping[str, Any], status: int = 200) -> Response:
    return Response(protocol.encode_json(body), status=status, mimetype="application/json")


def _created(body: Mapping[str, Any], created: bool) -> Response:
    """201 for a new resource, 200 when an idempotent repeat returns the first one."""
    return _json(body, 201 if created else 200)


def _error(error: ApiError) -> Response:
    return _json({"error": {"code": error.code, "message": error.message}}, error.status)


def _challenge_html(agreement_id: str, facts: Mapping[str, Any]) -> str:
    card = html.escape(f"{facts['brand']} •••• {facts['last4']}")
    if facts["status"] == "pending":
        action = html.escape(f"/challenge/{agreement_id}")
        body = (
            f"<p>Confirm the card agreement for {card}.</p>"
            f'<form method="post" action="{action}">'
            '<button name="result" value="approve">Approve</button> '
            '<button name="result" value="fail">Fail</button>'
            "</form>"
        )
    else:
        body = f"<p>The agreement for {card} is {html.escape(facts['status'])}. You may close this page.</p>"
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>Sandbox bank · 3-D Secure</title></head>"
        f"<body><h1>Sandbox bank · 3-D Secure</h1>{body}</body></html>"
    )
