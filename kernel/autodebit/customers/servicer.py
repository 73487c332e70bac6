"""CustomerService over gRPC: request in, domain call, response out."""

from __future__ import annotations

from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.customer.v1 import customer_service_pb2_grpc
from autodebit.app import App
from autodebit.customers import service
from autodebit.idempotency import run_once


class CustomerServicer(customer_service_pb2_grpc.CustomerServiceServicer):
    def __init__(self, app: App) -> None:
        self.app = app

    def CreateCustomer(self, request: pb.CreateCustomerRequest, context: object) -> pb.CreateCustomerResponse:
        service.validate_create(self.app, request)
        return run_once(
            self.app.db,
            request,
            pb.CreateCustomerResponse,
            lambda session: service.create(self.app, request, session),
            self.app.clock.now(),
        )

    def GetCustomer(self, request: pb.GetCustomerRequest, context: object) -> pb.GetCustomerResponse:
        return pb.GetCustomerResponse(customer=service.get(self.app, request.name))

    def ListCustomers(self, request: pb.ListCustomersRequest, context: object) -> pb.ListCustomersResponse:
        return service.list_customers(self.app, request)

    def UpdateCustomer(self, request: pb.UpdateCustomerRequest, context: object) -> pb.UpdateCustomerResponse:
        return service.update(self.app, request)
