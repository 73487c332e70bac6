"""Shared benchmark machinery: a bare gRPC echo baseline, a kernel in its own process,
a closed-loop load generator with latency percentiles, and a report.

Figures of a Python gRPC server depend on the machine more than on anything
else, so every benchmark measures a bare gRPC echo server (no interceptor, no
database, same thread pool, same client) in the same run, and reports its own
figures as a ratio to that baseline: "0.35 × echo throughput" travels between
machines, "1,234 calls/s" does not.

Servers run in child processes, so the client threads never share a GIL with
the server they measure. Typical use (see bench_customers.py):

    with echo_server() as echo_port, kernel_server(database_url, data_dir) as port:
        baseline = measure("echo", echo_call(echo_port, 200), threads=8, seconds=10)
        results = [measure("GetCustomer", lambda channel: ..., threads=8, seconds=10, port=port)]
        report(baseline, results)
"""

from __future__ import annotations

import math
import multiprocessing
import os
import platform
import queue
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from concurrent import futures
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc

ECHO_METHOD = "/bench.Echo/Echo"
# Workers of the echo server: the kernel's default (`max_workers`).
SERVER_WORKERS = 32

# A call under test: given a gRPC channel of the calling thread, make one call.
Call = Callable[[grpc.Channel], Any]
# Makes the `Call` for client thread number i (e.g. with its own random generator).
CallFactory = Callable[[int], Call]


# --- Servers in child processes ------------------------------------------------------------


def _serve_echo(ready: Any, stop: Any) -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=SERVER_WORKERS))
    handler = grpc.unary_unary_rpc_method_handler(lambda request, context: request)
    server.add_generic_rpc_handlers(
        [grpc.method_handlers_generic_handler("bench.Echo", {"Echo": handler})]
    )
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    ready.put(port)
    stop.wait()
    server.stop(0)


def _serve_kernel(database_url: str, data_dir: str, overrides: dict[str, Any], ready: Any, stop: Any) -> None:
    from autodebit import config, observability
    from autodebit.server import start

    fields = config.Settings.model_fields
    if "callback_listen" in fields:  # payment provider callbacks: any free port
        overrides = {"callback_listen": "127.0.0.1:0", **overrides}
    settings = config.Settings(
        database_url=database_url,
        data_dir=Path(data_dir),
        listen="127.0.0.1:0",
        log_level="warning",
        telemetry=config.TelemetrySettings(exporter="none"),
        **overrides,
    )
    observability.configure_logging(settings)
    kernel = start(settings)
    ready.put(kernel.port)
    stop.wait()
    kernel.stop(grace=1)


@contextmanager
def _child(target: Callable[..., None], *args: Any) -> Iterator[int]:
    context = multiprocessing.get_context("spawn")
    ready, stop = context.Queue(), context.Event()
    process = context.Process(target=target, args=(*args, ready, stop), daemon=True)
    process.start()
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                port = ready.get(timeout=0.5)
                break
            except queue.Empty:
                if not process.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError(f"{target.__name__} did not start (see its output above)") from None
        yield port
    finally:
        stop.set()
        process.join(timeout=30)
        if process.is_alive():
            process.kill()


@contextmanager
def echo_server() -> Iterator[int]:
    """A bare gRPC echo server in a child process; yields its port."""
    with _child(_serve_echo) as port:
        yield port


@contextmanager
def kernel_server(database_url: str, data_dir: Path, **settings: Any) -> Iterator[int]:
    """`autodebit serve` in a child process on `database_url`; yields its gRPC port."""
    with _child(_serve_kernel, database_url, str(data_dir), settings) as port:
        yield port


def echo_call(payload_bytes: int) -> CallFactory:
    """Echo calls with a payload of about the size of the responses under test."""
    payload = os.urandom(payload_bytes)

    def factory(_: int) -> Call:
        def call(channel: grpc.Channel) -> Any:
            return channel.unary_unary(ECHO_METHOD)(payload)

        return call

    return factory


# --- Load and measurement -------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    name: str
    threads: int
    calls: int
    errors: int
    seconds: float
    # Latencies in milliseconds.
    p50: float
    p90: float
    p99: float
    max: float

    @property
    def throughput(self) -> float:
        return self.calls / self.seconds


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return float("nan")
    rank = max(0, min(len(sorted_values) - 1, math.ceil(fraction * len(sorted_values)) - 1))
    return sorted_values[rank]


def measure(
    name: str,
    factory: CallFactory,
    *,
    port: int,
    threads: int = 8,
    seconds: float = 10.0,
    warmup: float = 2.0,
) -> Result:
    """Closed loop: `threads` client threads, each with its own channel, call as fast as
    they can for `warmup` seconds (not counted), then `seconds` (counted)."""
    latencies: list[list[float]] = [[] for _ in range(threads)]
    errors = [0] * threads
    start_gate = threading.Barrier(threads + 1)
    measuring = threading.Event()
    done = threading.Event()

    def worker(index: int) -> None:
        call = factory(index)
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            grpc.channel_ready_future(channel).result(timeout=30)
            start_gate.wait()
            mine = latencies[index]
            while not done.is_set():
                began = time.perf_counter()
                try:
                    call(channel)
                except grpc.RpcError:
                    errors[index] += 1
                    continue
                if measuring.is_set():
                    mine.append((time.perf_counter() - began) * 1000)

    pool = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(threads)]
    for thread in pool:
        thread.start()
    start_gate.wait()
    time.sleep(warmup)
    measuring.set()
    began = time.perf_counter()
    time.sleep(seconds)
    measuring.clear()
    elapsed = time.perf_counter() - began
    done.set()
    for thread in pool:
        thread.join()
    merged = sorted(v for values in latencies for v in values)
    return Result(
        name=name,
        threads=threads,
        calls=len(merged),
        errors=sum(errors),
        seconds=elapsed,
        p50=statistics.median(merged) if merged else float("nan"),
        p90=percentile(merged, 0.90),
        p99=percentile(merged, 0.99),
        max=merged[-1] if merged else float("nan"),
    )


# --- Report ---------------------------------------------------------------------------------


def describe_machine() -> str:
    return f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, {platform.platform()}"


def report(baseline: Result, results: list[Result], title: str = "") -> str:
    """Print (and return) one line per result with its ratio to the echo baseline."""
    lines = []
    if title:
        lines.append(title)
    lines.append(f"machine: {describe_machine()}; {baseline.threads} client threads")
    header = (
        f"{'case':<44} {'calls':>8} {'calls/s':>9} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} "
        f"{'max ms':>8} {'err':>4} {'×echo calls/s':>14} {'×echo p99':>10}"
    )
    lines += [header, "-" * len(header)]
    for result in [baseline, *results]:
        lines.append(
            f"{result.name:<44} {result.calls:>8} {result.throughput:>9.0f} {result.p50:>8.2f} "
            f"{result.p90:>8.2f} {result.p99:>8.2f} {result.max:>8.2f} {result.errors:>4} "
            f"{result.throughput / baseline.throughput:>14.3f} {result.p99 / baseline.p99:>10.2f}"
        )
    text = "\n".join(lines)
    print(text, flush=True)
    return text


def run_cases(
    port: int,
    cases: list[tuple[str, CallFactory]],
    *,
    echo_bytes: int,
    threads: int = 8,
    seconds: float = 10.0,
    warmup: float = 2.0,
    title: str = "",
) -> tuple[Result, list[Result]]:
    """Measure a bare echo server with `echo_bytes` payloads (about the size of the cases'
    responses), then each case against the server on `port`, and print the report."""
    timing = {"threads": threads, "seconds": seconds, "warmup": warmup}
    with echo_server() as echo_port:
        baseline = measure(f"echo ({echo_bytes:,} B, bare gRPC)", echo_call(echo_bytes), port=echo_port, **timing)
    results = [measure(name, factory, port=port, **timing) for name, factory in cases]
    report(baseline, results, title=title)
    return baseline, results
