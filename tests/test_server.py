"""The server as operators and callers meet it: health, reflection, errors, restarts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import grpc
import pytest
from google.protobuf import descriptor_pool
from google.protobuf.message_factory import GetMessageClass
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

from autodebit.api.customer.v1 import customer_pb2, customer_service_pb2, customer_service_pb2_grpc
from autodebit.server import SERVICES, start
from tests.conftest import make_settings
from tests.support import failure

SIX_SERVICES = {
    "autodebit.customer.v1.CustomerService",
    "autodebit.billing.v1.BillingService",
    "autodebit.invoice.v1.InvoiceService",
    "autodebit.ledger.v1.LedgerService",
    "autodebit.kernel.v1.PluginService",
    "autodebit.kernel.v1.EventService",
}


def test_health_answers_serving_for_the_server_and_each_service(channel):
    stub = health_pb2_grpc.HealthStub(channel)
    for service in ("", *SERVICES):
        response = stub.Check(health_pb2.HealthCheckRequest(service=service))
        assert response.status == health_pb2.HealthCheckResponse.SERVING


def test_reflection_lists_the_six_services(channel):
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)
    responses = stub.ServerReflectionInfo(iter([reflection_pb2.ServerReflectionRequest(list_services="")]))
    listed = {s.name for s in next(responses).list_services_response.service}
    assert SIX_SERVICES <= listed


def test_a_client_built_from_reflection_alone_creates_and_reads_a_customer(channel):
    pool = descriptor_pool.DescriptorPool(ProtoReflectionDescriptorDatabase(channel))
    service = pool.FindServiceByName("autodebit.customer.v1.CustomerService")

    def call(method_name: str, **fields):
        method = service.methods_by_name[method_name]
        request_class = GetMessageClass(method.input_type)
        response_class = GetMessageClass(method.output_type)
        rpc = channel.unary_unary(
            f"/{service.full_name}/{method_name}",
            request_serializer=request_class.SerializeToString,
            response_deserializer=response_class.FromString,
        )
        return rpc(request_class(**fields))

    customer_class = GetMessageClass(pool.FindMessageTypeByName("autodebit.customer.v1.Customer"))
    created = call(
        "CreateCustomer",
        customer=customer_class(display_name="Reflected", email="r@example.com"),
        request_id=str(uuid.uuid4()),
    ).customer
    fetched = call("GetCustomer", name=created.name).customer
    assert (fetched.display_name, fetched.email) == ("Reflected", "r@example.com")


def test_methods_of_later_versions_answer_unimplemented_not_internal(channel):
    pool = descriptor_pool.DescriptorPool(ProtoReflectionDescriptorDatabase(channel))
    for service_name in ("autodebit.invoice.v1.InvoiceService", "autodebit.ledger.v1.LedgerService"):
        service = pool.FindServiceByName(service_name)
        for method in service.methods[:1]:
            rpc = channel.unary_unary(f"/{service_name}/{method.name}")
            error = failure(lambda: rpc(b""))
            assert error.code == grpc.StatusCode.UNIMPLEMENTED


def test_test_clocks_are_refused_outside_sandbox_mode(databases, tmp_path):
    from autodebit.api.billing.v1 import billing_service_pb2, billing_service_pb2_grpc

    kernel = start(make_settings(databases.create(), tmp_path, sandbox=False))
    try:
        with grpc.insecure_channel(f"127.0.0.1:{kernel.port}") as channel:
            stub = billing_service_pb2_grpc.BillingServiceStub(channel)
            error = failure(
                lambda: stub.CreateTestClock(billing_service_pb2.CreateTestClockRequest(request_id="r1"))
            )
    finally:
        kernel.stop(grace=1)
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "SANDBOX_ONLY")


class ServeProcess:
    """`autodebit serve` in a child process, as an operator runs it."""

    def __init__(self, database_url: str, data_dir: Path, extra_env: dict[str, str] | None = None) -> None:
        env = {
            **os.environ,
            "AUTODEBIT_DATABASE_URL": database_url,
            "AUTODEBIT_DATA_DIR": str(data_dir),
            "AUTODEBIT_TELEMETRY__EXPORTER": "none",
            "AUTODEBIT_CALLBACK_LISTEN": "127.0.0.1:0",
            **(extra_env or {}),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "autodebit", "serve", "--listen", "127.0.0.1:0"],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.port = self._wait_for_port()
        # Keep reading its log, or a full pipe would block the server.
        self.log: list[str] = []
        threading.Thread(target=lambda: self.log.extend(self.process.stderr), daemon=True).start()  # type: ignore[arg-type]
        self.channel = grpc.insecure_channel(f"127.0.0.1:{self.port}")
        self.customers = customer_service_pb2_grpc.CustomerServiceStub(self.channel)

    def _wait_for_port(self) -> int:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            if line.startswith("{"):
                record = json.loads(line)
                if record.get("event") == "server_started":
                    return int(record["port"])
        raise AssertionError(f"server exited with {self.process.wait()} before it started")

    def stop(self) -> int:
        self.channel.close()
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=30)


def create(stub, name: str) -> customer_pb2.Customer:
    return stub.CreateCustomer(
        customer_service_pb2.CreateCustomerRequest(
            customer=customer_pb2.Customer(display_name=name), request_id=str(uuid.uuid4())
        )
    ).customer


def get(stub, name: str) -> customer_pb2.Customer:
    return stub.GetCustomer(customer_service_pb2.GetCustomerRequest(name=name)).customer


def test_data_survives_a_restart_and_upgrade_is_then_a_no_op(databases, tmp_path):
    url = databases.create()
    first = ServeProcess(url, tmp_path)
    created = create(first.customers, "Survivor")
    assert first.stop() == 0  # SIGTERM is a graceful, successful stop

    upgrade = subprocess.run(
        [sys.executable, "-m", "autodebit", "db", "upgrade"],
        env={**os.environ, "AUTODEBIT_DATABASE_URL": url, "AUTODEBIT_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Schema is current" in upgrade.stdout

    second = ServeProcess(url, tmp_path)
    try:
        assert get(second.customers, created.name) == created
    finally:
        assert second.stop() == 0


def test_two_serve_processes_share_one_postgresql_database(databases, tmp_path):
    if databases.backend != "postgresql":
        pytest.skip("several kernel processes share PostgreSQL, not a SQLite file")
    url = databases.create()
    a, b = ServeProcess(url, tmp_path), ServeProcess(url, tmp_path)
    try:
        from_a = create(a.customers, "via a")
        from_b = create(b.customers, "via b")
        assert get(b.customers, from_a.name) == from_a
        assert get(a.customers, from_b.name) == from_b
        listed = a.customers.ListCustomers(customer_service_pb2.ListCustomersRequest()).customers
        assert [c.name for c in listed] == [from_b.name, from_a.name]
        retry = customer_service_pb2.CreateCustomerRequest(
            customer=customer_pb2.Customer(display_name="once"), request_id="same-on-both"
        )
        assert a.customers.CreateCustomer(retry) == b.customers.CreateCustomer(retry)
    finally:
        assert a.stop() == 0
        assert b.stop() == 0
