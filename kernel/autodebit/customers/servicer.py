"""CustomerService over gRPC: request in, domain call, response out."""

from __future__ import annotations

from collections.abc import Iterator

from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.customer.v1 import customer_service_pb2_grpc
from autodebit.app import App
from autodebit.customers import (
    automation,
    common,
    contacts,
    insights,
    notes,
    privacy,
    service,
    timeline,
)
from autodebit.idempotency import run_once


class CustomerServicer(customer_service_pb2_grpc.CustomerServiceServicer):
    def __init__(self, app: App) -> None:
        self.app = app

    # --- Profiles ---

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

    def ArchiveCustomer(self, request: pb.ArchiveCustomerRequest, context: object) -> pb.ArchiveCustomerResponse:
        return service.archive(self.app, request)

    # --- Insights and timeline ---

    def GetCustomerInsights(
        self, request: pb.GetCustomerInsightsRequest, context: object
    ) -> pb.GetCustomerInsightsResponse:
        with self.app.db.read() as session:
            customer = common.load_customer(session, request.name)
            return pb.GetCustomerInsightsResponse(
                insights=insights.read(session, customer, self.app.clock.now())
            )

    def ListCustomerEvents(
        self, request: pb.ListCustomerEventsRequest, context: object
    ) -> pb.ListCustomerEventsResponse:
        return timeline.list_events(self.app, request)

    # --- Contacts and notes ---

    def CreateContact(self, request: pb.CreateContactRequest, context: object) -> pb.CreateContactResponse:
        contacts.validate_create(request)
        return run_once(
            self.app.db,
            request,
            pb.CreateContactResponse,
            lambda session: contacts.create(self.app, request, session),
            self.app.clock.now(),
        )

    def ListContacts(self, request: pb.ListContactsRequest, context: object) -> pb.ListContactsResponse:
        return contacts.list_contacts(self.app, request)

    def UpdateContact(self, request: pb.UpdateContactRequest, context: object) -> pb.UpdateContactResponse:
        return contacts.update(self.app, request)

    def DeleteContact(self, request: pb.DeleteContactRequest, context: object) -> pb.DeleteContactResponse:
        return contacts.delete(self.app, request)

    def CreateNote(self, request: pb.CreateNoteRequest, context: object) -> pb.CreateNoteResponse:
        notes.validate_create(request)
        actor = common.actor(context)
        return run_once(
            self.app.db,
            request,
            pb.CreateNoteResponse,
            lambda session: notes.create(self.app, request, session, actor),
            self.app.clock.now(),
        )

    def ListNotes(self, request: pb.ListNotesRequest, context: object) -> pb.ListNotesResponse:
        return notes.list_notes(self.app, request)

    # --- Automation rules ---

    def CreateAutomationRule(
        self, request: pb.CreateAutomationRuleRequest, context: object
    ) -> pb.CreateAutomationRuleResponse:
        automation.validate_create(self.app, request)
        return run_once(
            self.app.db,
            request,
            pb.CreateAutomationRuleResponse,
            lambda session: automation.create(self.app, request, session),
            self.app.clock.now(),
        )

    def GetAutomationRule(
        self, request: pb.GetAutomationRuleRequest, context: object
    ) -> pb.GetAutomationRuleResponse:
        return pb.GetAutomationRuleResponse(automation_rule=automation.get(self.app, request.name))

    def ListAutomationRules(
        self, request: pb.ListAutomationRulesRequest, context: object
    ) -> pb.ListAutomationRulesResponse:
        return automation.list_rules(self.app, request)

    def UpdateAutomationRule(
        self, request: pb.UpdateAutomationRuleRequest, context: object
    ) -> pb.UpdateAutomationRuleResponse:
        return automation.update(self.app, request)

    def DeleteAutomationRule(
        self, request: pb.DeleteAutomationRuleRequest, context: object
    ) -> pb.DeleteAutomationRuleResponse:
        return automation.delete_rule(self.app, request)

    # --- Privacy ---

    def ExportCustomerData(
        self, request: pb.ExportCustomerDataRequest, context: object
    ) -> Iterator[pb.ExportCustomerDataResponse]:
        return privacy.export(self.app, request)

    def ErasePersonalData(
        self, request: pb.ErasePersonalDataRequest, context: object
    ) -> pb.ErasePersonalDataResponse:
        return privacy.erase(self.app, request)
