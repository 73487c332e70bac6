"""Domain errors and their one mapping to gRPC statuses.

Domain code raises these; the server's interceptor turns them into a
`google.rpc.Status` with an `ErrorInfo` (UPPER_SNAKE reason, metadata) and, for
bad input, a `BadRequest` listing every offending field. No servicer builds a
status by hand, and anything else that escapes a handler becomes a bare
INTERNAL without a stack trace.
"""

from __future__ import annotations

from collections.abc import Mapping

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

ERROR_DOMAIN = "autodebit"


class AutodebitError(Exception):
    """Base of every error the API reports on purpose."""

    code: grpc.StatusCode = grpc.StatusCode.INTERNAL
    default_reason = "INTERNAL"

    def __init__(
        self,
        message: str,
        *,
        reason: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason or self.default_reason
        self.metadata = dict(metadata or {})

    def details(self) -> list[any_pb2.Any]:
        info = any_pb2.Any()
        info.Pack(
            error_details_pb2.ErrorInfo(
                reason=self.reason, domain=ERROR_DOMAIN, metadata=self.metadata
            )
        )
        return [info]

    def to_status(self) -> grpc.Status:
        return rpc_status.to_status(
            status_pb2.Status(
                code=getattr(code_pb2, self.code.name),
                message=self.message,
                details=self.details(),
            )
        )


class InvalidArgument(AutodebitError):
    """Bad input. Carries every field violation found, not just the first."""

    code = grpc.StatusCode.INVALID_ARGUMENT
    default_reason = "INVALID_ARGUMENT"

    def __init__(self, violations: list[tuple[str, str]], *, reason: str | None = None) -> None:
        summary = "; ".join(f"{field}: {description}" for field, description in violations)
        super().__init__(f"invalid request: {summary}", reason=reason)
        self.violations = violations

    def details(self) -> list[any_pb2.Any]:
        bad_request = any_pb2.Any()
        bad_request.Pack(
            error_details_pb2.BadRequest(
                field_violations=[
                    error_details_pb2.BadRequest.FieldViolation(field=f, description=d)
                    for f, d in self.violations
                ]
            )
        )
        return [*super().details(), bad_request]


class NotFound(AutodebitError):
    code = grpc.StatusCode.NOT_FOUND
    default_reason = "NOT_FOUND"


class AlreadyExists(AutodebitError):
    code = grpc.StatusCode.ALREADY_EXISTS
    default_reason = "ALREADY_EXISTS"


class FailedPrecondition(AutodebitError):
    code = grpc.StatusCode.FAILED_PRECONDITION
    default_reason = "FAILED_PRECONDITION"


class Aborted(AutodebitError):
    """A concurrent change won; the caller may re-read and retry."""

    code = grpc.StatusCode.ABORTED
    default_reason = "ABORTED"


class PluginFailed(AutodebitError):
    """A plugin raised: the operation that used it fails, the server carries on."""

    code = grpc.StatusCode.UNAVAILABLE
    default_reason = "PLUGIN_FAILED"


class Violations:
    """Collects field violations so a request reports all its problems at once."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, field: str, description: str) -> None:
        self.items.append((field, description))

    def check(self, ok: bool, field: str, description: str) -> bool:
        if not ok:
            self.add(field, description)
        return ok

    def raise_if_any(self) -> None:
        if self.items:
            raise InvalidArgument(self.items)
