"""BillingService over gRPC. Test clocks for now; the rest answers UNIMPLEMENTED."""

from __future__ import annotations

from autodebit.api.billing.v1 import billing_service_pb2 as pb
from autodebit.api.billing.v1 import billing_service_pb2_grpc
from autodebit.app import App
from autodebit.billing import test_clocks
from autodebit.idempotency import run_once


class BillingServicer(billing_service_pb2_grpc.BillingServiceServicer):
    def __init__(self, app: App) -> None:
        self.app = app

    def CreateTestClock(self, request: pb.CreateTestClockRequest, context: object) -> pb.CreateTestClockResponse:
        test_clocks.validate_create(self.app, request)
        return run_once(
            self.app.db,
            request,
            pb.CreateTestClockResponse,
            lambda session: test_clocks.create(self.app, request, session),
            self.app.clock.now(),
        )

    def GetTestClock(self, request: pb.GetTestClockRequest, context: object) -> pb.GetTestClockResponse:
        return pb.GetTestClockResponse(test_clock=test_clocks.read(self.app, request.name))

    def ListTestClocks(self, request: pb.ListTestClocksRequest, context: object) -> pb.ListTestClocksResponse:
        return test_clocks.list_clocks(self.app, request)

    def AdvanceTestClock(self, request: pb.AdvanceTestClockRequest, context: object) -> pb.AdvanceTestClockResponse:
        return test_clocks.advance(self.app, request)
