"""The gRPC server: the six services, health, reflection, graceful shutdown."""

from __future__ import annotations

import signal
import threading
from collections.abc import Sequence
from concurrent import futures
from dataclasses import dataclass

import grpc
import structlog
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from autodebit import schema
from autodebit.api.billing.v1 import billing_service_pb2, billing_service_pb2_grpc
from autodebit.api.customer.v1 import customer_service_pb2, customer_service_pb2_grpc
from autodebit.api.invoice.v1 import invoice_service_pb2, invoice_service_pb2_grpc
from autodebit.api.kernel.v1 import event_pb2, event_pb2_grpc, plugin_pb2, plugin_pb2_grpc
from autodebit.api.ledger.v1 import ledger_service_pb2, ledger_service_pb2_grpc
from autodebit.app import App
from autodebit.billing.servicer import BillingServicer
from autodebit.config import Settings
from autodebit.customers.automation import AutomationListener
from autodebit.customers.servicer import CustomerServicer
from autodebit.db import Database
from autodebit.events.delivery import Deliverer
from autodebit.events.servicer import EventServicer
from autodebit.interceptor import KernelInterceptor
from autodebit.payments.callbacks import CallbackServer
from autodebit.payments.janitor import Janitor
from autodebit.plugin_host import PluginHost
from autodebit.plugin_host.servicer import PluginServiceServicer

log = structlog.get_logger("autodebit.server")

SERVICES = (
    customer_service_pb2.DESCRIPTOR.services_by_name["CustomerService"].full_name,
    billing_service_pb2.DESCRIPTOR.services_by_name["BillingService"].full_name,
    invoice_service_pb2.DESCRIPTOR.services_by_name["InvoiceService"].full_name,
    ledger_service_pb2.DESCRIPTOR.services_by_name["LedgerService"].full_name,
    plugin_pb2.DESCRIPTOR.services_by_name["PluginService"].full_name,
    event_pb2.DESCRIPTOR.services_by_name["EventService"].full_name,
)


@dataclass
class Kernel:
    """A started server and what it needs to stop cleanly."""

    app: App
    server: grpc.Server
    port: int
    health: health.HealthServicer
    deliverer: Deliverer
    callbacks: CallbackServer
    janitor: Janitor

    def stop(self, grace: float | None = None) -> None:
        """Stop taking calls, let in-flight ones finish for `grace` seconds, then close."""
        self.health.enter_graceful_shutdown()
        self.server.stop(grace if grace is not None else self.app.settings.shutdown_grace_seconds).wait()
        self.callbacks.stop()
        self.janitor.stop()
        self.deliverer.stop()
        self.app.db.dispose()


def start(settings: Settings, extra_plugins: Sequence[tuple[str, object]] = ()) -> Kernel:
    """Upgrade the schema, load plugins and start serving on `settings.listen`."""
    db = Database(settings.resolved_database_url)
    if db.dialect == "sqlite":
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    schema.upgrade(db)
    callbacks = CallbackServer(settings.callback_listen, settings.callback_public_url)
    plugins = PluginHost.load(
        settings.plugins,
        extra_plugins,
        sandbox=settings.sandbox,
        data_dir=settings.data_dir,
        callback_base_url=callbacks.base_url,
    )
    app = App(settings=settings, db=db, plugins=plugins)

    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=settings.max_workers, thread_name_prefix="rpc"),
        interceptors=[KernelInterceptor()],
        options=[("grpc.so_reuseport", 0)],
    )
    customer_service_pb2_grpc.add_CustomerServiceServicer_to_server(CustomerServicer(app), server)
    billing_service_pb2_grpc.add_BillingServiceServicer_to_server(BillingServicer(app), server)
    # Filled in by later versions; until then every method answers UNIMPLEMENTED.
    invoice_service_pb2_grpc.add_InvoiceServiceServicer_to_server(
        invoice_service_pb2_grpc.InvoiceServiceServicer(), server
    )
    ledger_service_pb2_grpc.add_LedgerServiceServicer_to_server(
        ledger_service_pb2_grpc.LedgerServiceServicer(), server
    )
    plugin_pb2_grpc.add_PluginServiceServicer_to_server(PluginServiceServicer(plugins), server)
    event_pb2_grpc.add_EventServiceServicer_to_server(EventServicer(app), server)

    health_servicer = health.HealthServicer(experimental_non_blocking=True)
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    for service in ("", *SERVICES):
        health_servicer.set(service, health_pb2.HealthCheckResponse.SERVING)
    reflection.enable_server_reflection(
        (*SERVICES, health.SERVICE_NAME, reflection.SERVICE_NAME), server
    )

    port = server.add_insecure_port(settings.listen)
    if port == 0:
        raise OSError(f"cannot listen on {settings.listen}")
    server.start()
    callbacks.serve(app)
    janitor = Janitor(app)
    janitor.start()
    deliverer = Deliverer(
        db,
        plugins,
        app.clock,
        settings.events.listener_attempts,
        settings.events.poll_interval_seconds,
        kernel_listeners=[AutomationListener(app)],
    )
    deliverer.start()
    log.info(
        "server_started",
        listen=settings.listen,
        port=port,
        callbacks=callbacks.base_url,
        database=db.engine.url.render_as_string(hide_password=True),
        sandbox=settings.sandbox,
        plugins=[p.name for p in plugins.plugins() if p.enabled],
    )
    return Kernel(
        app=app,
        server=server,
        port=port,
        health=health_servicer,
        deliverer=deliverer,
        callbacks=callbacks,
        janitor=janitor,
    )


def serve(settings: Settings) -> None:
    """Run until SIGTERM or SIGINT, then shut down gracefully."""
    kernel = start(settings)
    stopping = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        log.info("server_stopping", signal=signal.Signals(signum).name)
        stopping.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    stopping.wait()
    kernel.stop()
    log.info("server_stopped")
