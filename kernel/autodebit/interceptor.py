"""The one server interceptor: request id, log context, trace, metrics, error mapping.

Every RPC passes through here. Domain errors become their `google.rpc.Status`;
an unimplemented method becomes UNIMPLEMENTED; anything else is logged with its
traceback and answered with a bare INTERNAL that names the request id, so a
caller never sees a stack trace and an operator can still find it.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import grpc
import structlog
from opentelemetry import metrics, trace
from opentelemetry.trace import SpanKind, StatusCode

from autodebit.errors import AutodebitError
from autodebit.events.outbox import current_request_id

log = structlog.get_logger("autodebit.rpc")
tracer = trace.get_tracer("autodebit.rpc")
meter = metrics.get_meter("autodebit.rpc")
rpc_duration = meter.create_histogram(
    "rpc.server.duration", unit="ms", description="Time to answer an RPC"
)

REQUEST_ID_HEADER = "x-request-id"


def _request_id(request: Any, context: grpc.ServicerContext) -> str:
    from_body = getattr(request, "request_id", "")
    if isinstance(from_body, str) and from_body:
        return from_body
    for key, value in context.invocation_metadata():
        if key == REQUEST_ID_HEADER and value:
            return str(value)[:128]
    return str(uuid.uuid4())


def _customer(request: Any) -> str | None:
    """The customer a request is about, when it names one, for the log context."""
    for candidate in (
        getattr(request, "customer", None),
        getattr(request, "name", None),
        getattr(getattr(request, "customer", None), "name", None),
    ):
        if isinstance(candidate, str) and candidate.startswith("customers/"):
            return candidate
    return None


class _Call:
    """One RPC's request id, log context, span and error mapping."""

    def __init__(self, method: str, request: Any, context: grpc.ServicerContext) -> None:
        self.method = method
        self.context = context
        self.request_id = _request_id(request, context)
        self.customer = _customer(request)
        self.started = time.perf_counter()

    def __enter__(self) -> _Call:
        self._token = current_request_id.set(self.request_id)
        self._log_context = structlog.contextvars.bound_contextvars(
            request_id=self.request_id, method=self.method, customer=self.customer
        )
        self._log_context.__enter__()
        self._span_context = tracer.start_as_current_span(
            self.method,
            kind=SpanKind.SERVER,
            attributes={"rpc.system": "grpc", "rpc.method": self.method, "request_id": self.request_id},
        )
        self.span = self._span_context.__enter__()
        self.context.set_trailing_metadata(((REQUEST_ID_HEADER, self.request_id),))
        return self

    def __exit__(self, kind: Any, error: BaseException | None, tb: Any) -> bool:
        code = grpc.StatusCode.OK
        try:
            if isinstance(error, AutodebitError):
                code = error.code
                log.info("rpc_rejected", code=code.name, reason=error.reason)
                self.context.abort_with_status(error.to_status())
            elif isinstance(error, NotImplementedError):
                code = grpc.StatusCode.UNIMPLEMENTED
                self.context.abort(code, f"{self.method} is not implemented in this version")
            elif error is not None and not isinstance(error, GeneratorExit):
                code = grpc.StatusCode.INTERNAL
                log.error("rpc_failed", exc_info=(kind, error, tb))
                self.context.abort(code, f"internal error (request id {self.request_id})")
        finally:
            self.span.set_attribute("rpc.grpc.status_code", code.value[0])
            if code is not grpc.StatusCode.OK:
                self.span.set_status(StatusCode.ERROR, code.name)
            self._span_context.__exit__(None, None, None)
            rpc_duration.record(
                (time.perf_counter() - self.started) * 1000,
                {"rpc.method": self.method, "rpc.grpc.status_code": code.name},
            )
            self._log_context.__exit__(None, None, None)
            current_request_id.reset(self._token)
        return False


class KernelInterceptor(grpc.ServerInterceptor):
    def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], grpc.RpcMethodHandler | None],
        details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler | None:
        handler = continuation(details)
        if handler is None:
            return None
        method = details.method  # type: ignore[attr-defined]
        if handler.unary_unary:
            inner = handler.unary_unary

            def unary(request: Any, context: grpc.ServicerContext) -> Any:
                with _Call(method, request, context):
                    return inner(request, context)

            return grpc.unary_unary_rpc_method_handler(
                unary, handler.request_deserializer, handler.response_serializer
            )
        if handler.unary_stream:
            inner_stream = handler.unary_stream

            def stream(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
                with _Call(method, request, context):
                    yield from inner_stream(request, context)

            return grpc.unary_stream_rpc_method_handler(
                stream, handler.request_deserializer, handler.response_serializer
            )
        return handler  # no client-streaming methods in the API
