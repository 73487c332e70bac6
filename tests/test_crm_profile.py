"""Customer profiles through a real server over gRPC: validation, updates, filters, archive."""

from __future__ import annotations

import grpc
import pytest
from autodebit.api.customer.v1 import customer_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.type.v1 import postal_address_pb2
from autodebit.customers import service
from autodebit.errors import FailedPrecondition
from google.protobuf import field_mask_pb2

from tests.crm_support import count, create_customer, event_types
from tests.support import failure

Customer = customer_pb2.Customer
TaxId = customer_pb2.TaxId


def written(kernel) -> tuple[int, int, int]:
    return count(kernel, "customers"), count(kernel, "events"), count(kernel, "customer_tags")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"tax_ids": [TaxId(type=TaxId.TYPE_CN_USCC, value="91110000600037341X")]}, "customer.tax_ids[0].value"),
        ({"tax_ids": [TaxId(type=TaxId.TYPE_EU_VAT, value="FR00000000000")]}, "customer.tax_ids[0].value"),
        ({"tax_ids": [TaxId(type=TaxId.TYPE_GB_VAT, value="GB123456789")]}, "customer.tax_ids[0].value"),
        ({"tax_ids": [TaxId(value="DE136695976")]}, "customer.tax_ids[0].type"),
        ({"email": "li.lei@"}, "customer.email"),
        ({"email": "two@@example.com"}, "customer.email"),
        ({"time_zone": "Asia/Peking"}, "customer.time_zone"),
        ({"time_zone": "utc+8"}, "customer.time_zone"),
    ],
)
def test_acceptance_bad_input_is_invalid_argument_naming_the_field_and_nothing_is_written(
    customers, kernel, fields, field
):
    error = failure(lambda: create_customer(customers, tags=["vip"], **fields))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert field in error.fields, error.fields
    assert written(kernel) == (0, 0, 0)


def test_every_bad_field_is_named_in_one_answer(customers, kernel):
    error = failure(
        lambda: create_customer(
            customers,
            email="nope",
            time_zone="Mars/Base",
            tax_ids=[TaxId(type=TaxId.TYPE_CN_USCC, value="123"), TaxId(type=TaxId.TYPE_EU_VAT, value="DE136695976")],
        )
    )
    assert {"customer.email", "customer.time_zone", "customer.tax_ids[0].value"} <= set(error.fields)
    assert "customer.tax_ids[1].value" not in error.fields  # the valid one
    assert written(kernel) == (0, 0, 0)


def test_unknown_segment_in_a_list_filter_is_invalid_argument(customers):
    error = failure(lambda: customers.ListCustomers(pb.ListCustomersRequest(segment=42)))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert set(error.fields) == {"segment"}


@pytest.mark.parametrize(
    ("tax_type", "given", "stored"),
    [
        (TaxId.TYPE_CN_USCC, "91110000600037341L", "91110000600037341L"),
        (TaxId.TYPE_EU_VAT, "DE 136 695 976", "DE136695976"),
        (TaxId.TYPE_GB_VAT, "GB 980 7806 84", "GB980780684"),
        (TaxId.TYPE_CH_VAT, "CHE-107.787.577 MWST", "CHE107787577MWST"),
        (TaxId.TYPE_US_EIN, "042103594", "04-2103594"),
        (TaxId.TYPE_AU_ABN, "51 824 753 556", "51824753556"),
        (TaxId.TYPE_IN_GSTIN, "27AAPFU0939F1ZV", "27AAPFU0939F1ZV"),
        (TaxId.TYPE_JP_CN, "5-8356-7825-6246", "5835678256246"),
    ],
)
def test_tax_ids_are_validated_and_normalised_per_scheme(customers, tax_type, given, stored):
    created = create_customer(
        customers, entity_type=customer_pb2.ENTITY_TYPE_BUSINESS, tax_ids=[TaxId(type=tax_type, value=given)]
    )
    assert [(t.type, t.value) for t in created.tax_ids] == [(tax_type, stored)]


def test_full_profile_round_trips(customers):
    created = create_customer(
        customers,
        display_name="Müller GmbH",
        entity_type=customer_pb2.ENTITY_TYPE_BUSINESS,
        locale="de-DE",
        time_zone="Europe/Berlin",
        billing_address=postal_address_pb2.PostalAddress(region_code="DE", locality="Berlin", postal_code="10115"),
        invoice_delivery=customer_pb2.INVOICE_DELIVERY_EMAIL,
        preferred_payment_channel="scripted",
        tags=["b2b", "eu"],
        metadata={"erp": "4711"},
    )
    fetched = customers.GetCustomer(pb.GetCustomerRequest(name=created.name)).customer
    assert fetched == created
    assert (fetched.invoice_delivery, fetched.preferred_payment_channel) == (
        customer_pb2.INVOICE_DELIVERY_EMAIL,
        "scripted",
    )


def test_update_with_a_field_mask_changes_only_those_fields_and_records_the_event(customers, kernel):
    created = create_customer(customers, phone="+8613800138000", tags=["a"], locale="zh-CN")
    updated = customers.UpdateCustomer(
        pb.UpdateCustomerRequest(
            customer=Customer(name=created.name, time_zone="Europe/London", locale="en", display_name="ignored"),
            update_mask=field_mask_pb2.FieldMask(paths=["time_zone", "locale"]),
        )
    ).customer
    assert (updated.time_zone, updated.locale, updated.display_name) == ("Europe/London", "en", created.display_name)
    assert event_types(kernel, created.name) == ["customer.created", "customer.updated"]


def test_update_with_a_bad_value_in_the_mask_writes_nothing(customers, kernel):
    created = create_customer(customers)
    before = written(kernel)
    error = failure(
        lambda: customers.UpdateCustomer(
            pb.UpdateCustomerRequest(
                customer=Customer(name=created.name, email="bad", time_zone="Nowhere/Else"),
                update_mask=field_mask_pb2.FieldMask(paths=["email", "time_zone"]),
            )
        )
    )
    assert {"customer.email", "customer.time_zone"} <= set(error.fields)
    assert written(kernel) == before
    assert customers.GetCustomer(pb.GetCustomerRequest(name=created.name)).customer == created


def test_list_filters_combine(customers):
    a = create_customer(customers, display_name="Acme Ltd", email="Ops@Acme.example", tags=["vip", "cn"])
    b = create_customer(customers, display_name="Acme Trading", tags=["vip"])
    c = create_customer(customers, display_name="Beta", tags=["cn"])

    def names(**filters: object) -> set[str]:
        return {x.name for x in customers.ListCustomers(pb.ListCustomersRequest(**filters)).customers}  # type: ignore[arg-type]

    assert names(tag="vip") == {a.name, b.name}
    assert names(tag="vip", display_name_prefix="Acme T") == {b.name}
    assert names(email="ops@acme.example") == {a.name}
    assert names(segment=customer_pb2.SEGMENT_NEW, tag="cn") == {a.name, c.name}
    assert names(create_time_from=b.create_time) == {b.name, c.name}
    assert names(create_time_from=a.create_time, create_time_to=c.create_time) == {a.name, b.name}


def test_archive_keeps_the_record_moves_the_segment_and_freezes_it(customers, kernel):
    created = create_customer(customers, tags=["vip"])
    archived = customers.ArchiveCustomer(pb.ArchiveCustomerRequest(name=created.name)).customer
    assert archived.state == Customer.STATE_ARCHIVED
    assert archived.HasField("archive_time")
    assert archived.segment == customer_pb2.SEGMENT_CHURNED
    assert archived.tags == ["vip"]
    assert event_types(kernel, created.name) == ["customer.created", "customer.archived", "customer.segment_changed"]
    assert customers.GetCustomer(pb.GetCustomerRequest(name=created.name)).customer == archived
    # Archiving again changes nothing and records nothing.
    assert customers.ArchiveCustomer(pb.ArchiveCustomerRequest(name=created.name)).customer == archived
    assert len(event_types(kernel, created.name)) == 3
    # Frozen: no updates; hidden from lists unless asked for.
    error = failure(
        lambda: customers.UpdateCustomer(pb.UpdateCustomerRequest(customer=Customer(name=created.name, display_name="x")))
    )
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "CUSTOMER_ARCHIVED")
    assert customers.ListCustomers(pb.ListCustomersRequest()).customers == []
    listed = customers.ListCustomers(pb.ListCustomersRequest(show_archived=True)).customers
    assert [c.name for c in listed] == [created.name]
    insights = customers.GetCustomerInsights(pb.GetCustomerInsightsRequest(name=created.name)).insights
    assert (insights.segment, insights.segment_reason) == (customer_pb2.SEGMENT_CHURNED, "archived")
    assert count(kernel, "customers") == 1  # never deleted


def test_archive_guards_can_refuse_and_nothing_changes(customers, kernel, monkeypatch):
    created = create_customer(customers)

    def has_subscription(session, row) -> None:
        raise FailedPrecondition("an active subscription", reason="CUSTOMER_HAS_ACTIVE_SUBSCRIPTIONS")

    monkeypatch.setattr(service, "ARCHIVE_GUARDS", [has_subscription])
    error = failure(lambda: customers.ArchiveCustomer(pb.ArchiveCustomerRequest(name=created.name)))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "CUSTOMER_HAS_ACTIVE_SUBSCRIPTIONS")
    assert customers.GetCustomer(pb.GetCustomerRequest(name=created.name)).customer.state == Customer.STATE_ACTIVE
    assert event_types(kernel, created.name) == ["customer.created"]


def test_archive_of_unknown_or_malformed_names(customers):
    error = failure(lambda: customers.ArchiveCustomer(pb.ArchiveCustomerRequest(name="customers/" + "0" * 26)))
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "CUSTOMER_NOT_FOUND")
    error = failure(lambda: customers.ArchiveCustomer(pb.ArchiveCustomerRequest(name="customers/x")))
    assert (error.code, set(error.fields)) == (grpc.StatusCode.INVALID_ARGUMENT, {"name"})


def test_there_is_no_way_to_delete_a_customer():
    methods = pb.DESCRIPTOR.services_by_name["CustomerService"].methods_by_name
    assert not any(name.startswith("Delete") and "Customer" in name for name in methods)
