"""Logs, traces and metrics.

Logs are structlog JSON lines on stderr with the request id, method and
customer bound by the server for each RPC. Sensitive values are removed by
rule, not by remembering to leave them out: any key that names a secret, and
any value that looks like a card number (13-19 digits passing Luhn), is
replaced before a line is written. Traces and metrics go to the console by
default or to an OTLP collector by configuration.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import ConsoleMetricExporter, PeriodicExportingMetricReader
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter
from stdnum import luhn

from autodebit import __version__
from autodebit.config import Settings

REDACTED = "[REDACTED]"
SENSITIVE_KEY = re.compile(
    r"(^|_)(pan|card_?number|cvc|cvv|cvc2|secret|password|passwd|api_?key|private_?key"
    r"|authorization|token|access_token)($|_)",
    re.IGNORECASE,
)
DIGIT_RUN = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


def mask_card_numbers(text: str) -> str:
    def mask(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group())
        return REDACTED if luhn.is_valid(digits) else match.group()

    return DIGIT_RUN.sub(mask, text)


def _redact(value: Any, key: str = "") -> Any:
    if key and SENSITIVE_KEY.search(key):
        return REDACTED
    if isinstance(value, str):
        return mask_card_numbers(value)
    if isinstance(value, dict):
        return {k: _redact(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redact(v) for v in value]
    return value


def redact(_logger: Any, _method: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: drop secrets and card numbers from every log line."""
    return {k: _redact(v, k) for k, v in event_dict.items()}


def configure_logging(settings: Settings) -> None:
    level = getattr(logging, settings.log_level.upper())
    logging.basicConfig(level=level, stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if settings.log_format == "json"
        else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            redact,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )


def configure_telemetry(settings: Settings) -> None:
    telemetry = settings.telemetry
    if telemetry.exporter == "none":
        return
    resource = Resource.create({"service.name": "autodebit", "service.version": __version__})
    if telemetry.exporter == "otlp":
        from opentelemetry.exporter.otlp.proto.grpc.metric_exporter import OTLPMetricExporter
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

        span_exporter: Any = OTLPSpanExporter(endpoint=telemetry.otlp_endpoint, insecure=True)
        metric_exporter: Any = OTLPMetricExporter(endpoint=telemetry.otlp_endpoint, insecure=True)
    else:
        span_exporter = ConsoleSpanExporter(out=sys.stderr)
        metric_exporter = ConsoleMetricExporter(out=sys.stderr)
    tracer_provider = TracerProvider(resource=resource)
    tracer_provider.add_span_processor(BatchSpanProcessor(span_exporter))
    trace.set_tracer_provider(tracer_provider)
    reader = PeriodicExportingMetricReader(
        metric_exporter, export_interval_millis=int(telemetry.metrics_interval_seconds * 1000)
    )
    metrics.set_meter_provider(MeterProvider(resource=resource, metric_readers=[reader]))


def shutdown_telemetry() -> None:
    for provider in (trace.get_tracer_provider(), metrics.get_meter_provider()):
        shutdown = getattr(provider, "shutdown", None)
        if shutdown:
            shutdown()
