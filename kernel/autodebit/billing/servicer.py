"""BillingService over gRPC: test clocks, mandates, payments and refunds; the rest answers UNIMPLEMENTED."""

from __future__ import annotations

from autodebit.api.billing.v1 import billing_service_pb2 as pb
from autodebit.api.billing.v1 import billing_service_pb2_grpc
from autodebit.app import App
from autodebit.billing import test_clocks
from autodebit.idempotency import run_once
from autodebit.payments import charges, mandates, refunds


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

    def StartMandate(self, request: pb.StartMandateRequest, context: object) -> pb.StartMandateResponse:
        return mandates.start(self.app, request)

    def ConfirmMandate(self, request: pb.ConfirmMandateRequest, context: object) -> pb.ConfirmMandateResponse:
        return mandates.confirm(self.app, request)

    def GetMandate(self, request: pb.GetMandateRequest, context: object) -> pb.GetMandateResponse:
        return pb.GetMandateResponse(mandate=mandates.get(self.app, request.name))

    def ListMandates(self, request: pb.ListMandatesRequest, context: object) -> pb.ListMandatesResponse:
        return mandates.list_mandates(self.app, request)

    def SetDefaultMandate(self, request: pb.SetDefaultMandateRequest, context: object) -> pb.SetDefaultMandateResponse:
        return mandates.set_default(self.app, request)

    def RevokeMandate(self, request: pb.RevokeMandateRequest, context: object) -> pb.RevokeMandateResponse:
        return mandates.revoke(self.app, request)

    def CreatePayment(self, request: pb.CreatePaymentRequest, context: object) -> pb.CreatePaymentResponse:
        return pb.CreatePaymentResponse(payment=charges.create(self.app, request))

    def GetPayment(self, request: pb.GetPaymentRequest, context: object) -> pb.GetPaymentResponse:
        return pb.GetPaymentResponse(payment=charges.get(self.app, request.name))

    def ListPayments(self, request: pb.ListPaymentsRequest, context: object) -> pb.ListPaymentsResponse:
        return charges.list_payments(self.app, request)

    def CancelPayment(self, request: pb.CancelPaymentRequest, context: object) -> pb.CancelPaymentResponse:
        return pb.CancelPaymentResponse(payment=charges.cancel(self.app, request))

    def RefundPayment(self, request: pb.RefundPaymentRequest, context: object) -> pb.RefundPaymentResponse:
        return refunds.create(self.app, request)

    def GetRefund(self, request: pb.GetRefundRequest, context: object) -> pb.GetRefundResponse:
        return pb.GetRefundResponse(refund=refunds.get(self.app, request.name))

    def ListRefunds(self, request: pb.ListRefundsRequest, context: object) -> pb.ListRefundsResponse:
        return refunds.list_refunds(self.app, request)
