"""CustomerService through a real server over gRPC, on each database."""

from __future__ import annotations

import threading
import uuid

import grpc
import pytest
from google.protobuf import field_mask_pb2

from autodebit.api.customer.v1 import customer_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.type.v1 import money_pb2, postal_address_pb2
from tests.support import failure

Customer = customer_pb2.Customer


def new_customer(**fields: object) -> Customer:
    values = {"display_name": "Li Lei", "email": "li.lei@example.com", "time_zone": "Asia/Shanghai"}
    values.update(fields)
    return Customer(**values)  # type: ignore[arg-type]


def create(stub, customer: Customer | None = None, request_id: str | None = None) -> Customer:
    return stub.CreateCustomer(
        pb.CreateCustomerRequest(
            customer=customer or new_customer(),
            request_id=str(uuid.uuid4()) if request_id is None else request_id,
        )
    ).customer


def count(kernel) -> int:
    import sqlalchemy as sa

    with kernel.app.db.engine.connect() as connection:
        return connection.execute(sa.text("SELECT count(*) FROM customers")).scalar_one()


def event_count(kernel) -> int:
    import sqlalchemy as sa

    with kernel.app.db.engine.connect() as connection:
        return connection.execute(sa.text("SELECT count(*) FROM events")).scalar_one()


def test_create_then_get_returns_the_stored_customer(customers):
    created = create(
        customers,
        new_customer(
            display_name="上海某某科技有限公司",
            entity_type=customer_pb2.ENTITY_TYPE_BUSINESS,
            email="Finance@Example.COM",
            phone="+86 138 0013 8000",
            locale="zh-CN",
            billing_address=postal_address_pb2.PostalAddress(
                region_code="CN", locality="上海", address_lines=["浦东新区世纪大道 100 号"]
            ),
            tax_ids=[customer_pb2.TaxId(type=customer_pb2.TaxId.TYPE_CN_USCC, value="91110000600037341L")],
            currency_code="CNY",
            credit_limit=money_pb2.Money(currency_code="CNY", amount_minor=500_000),
            tags=["vip", "enterprise"],
            metadata={"crm_id": "A-17"},
        ),
    )
    assert created.name.startswith("customers/")
    assert created.email == "Finance@example.com"  # domain part normalised
    assert created.phone == "+8613800138000"
    assert created.state == Customer.STATE_ACTIVE
    assert created.segment == customer_pb2.SEGMENT_NEW
    assert created.tags == ["enterprise", "vip"]
    assert created.credit_limit.amount_minor == 500_000
    fetched = customers.GetCustomer(pb.GetCustomerRequest(name=created.name)).customer
    assert fetched == created


def test_defaults_are_filled_in(customers):
    created = create(customers, Customer(display_name="Bare"))
    assert (created.locale, created.time_zone) == ("en", "UTC")
    assert created.entity_type == customer_pb2.ENTITY_TYPE_PERSON
    assert created.invoice_delivery == customer_pb2.INVOICE_DELIVERY_NONE


def test_same_request_id_returns_the_first_customer_and_writes_once(customers, kernel):
    request_id = str(uuid.uuid4())
    first = create(customers, request_id=request_id)
    again = create(customers, request_id=request_id)
    assert again == first
    assert count(kernel) == 1


def test_same_request_id_with_another_body_is_already_exists(customers, kernel):
    request_id = str(uuid.uuid4())
    create(customers, request_id=request_id)
    events_before = event_count(kernel)
    error = failure(lambda: create(customers, new_customer(display_name="Someone else"), request_id))
    assert error.code == grpc.StatusCode.ALREADY_EXISTS
    assert error.reason == "REQUEST_ID_REUSED"
    assert (count(kernel), event_count(kernel)) == (1, events_before)


def test_concurrent_retries_of_one_request_create_one_customer(customers, kernel):
    request_id = str(uuid.uuid4())
    results: list[Customer] = []
    errors: list[Exception] = []

    def attempt() -> None:
        try:
            results.append(create(customers, request_id=request_id))
        except Exception as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=attempt) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len({c.name for c in results}) == 1
    assert count(kernel) == 1


@pytest.mark.parametrize(
    ("customer", "field"),
    [
        (Customer(display_name=""), "customer.display_name"),
        (new_customer(email="not-an-email"), "customer.email"),
        (new_customer(phone="12345"), "customer.phone"),
        (new_customer(time_zone="Mars/Olympus_Mons"), "customer.time_zone"),
        (new_customer(locale="xx-QQ"), "customer.locale"),
        (new_customer(currency_code="ABC"), "customer.currency_code"),
        (
            new_customer(currency_code="CNY", credit_limit=money_pb2.Money(currency_code="CNY", amount_minor=-1)),
            "customer.credit_limit.amount_minor",
        ),
        (
            new_customer(currency_code="CNY", credit_limit=money_pb2.Money(currency_code="USD", amount_minor=1)),
            "customer.credit_limit.currency_code",
        ),
        (
            new_customer(tax_ids=[customer_pb2.TaxId(type=customer_pb2.TaxId.TYPE_EU_VAT, value="DE000000000")]),
            "customer.tax_ids[0].value",
        ),
        (new_customer(tags=["Not Valid"]), "customer.tags[0]"),
        (new_customer(preferred_payment_channel="nope"), "customer.preferred_payment_channel"),
        (new_customer(test_clock="testClocks/../x"), "customer.test_clock"),
        (new_customer(billing_address=postal_address_pb2.PostalAddress(region_code="ZZ")), "customer.billing_address.region_code"),
    ],
)
def test_bad_input_is_invalid_argument_naming_the_field_and_writes_nothing(customers, kernel, customer, field):
    error = failure(lambda: create(customers, customer))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert field in error.fields, error.fields
    assert (count(kernel), event_count(kernel)) == (0, 0)


def test_every_bad_field_is_reported_at_once(customers):
    error = failure(lambda: create(customers, Customer(email="x", time_zone="Nowhere"), request_id=""))
    assert {"customer.display_name", "customer.email", "customer.time_zone", "request_id"} <= set(error.fields)


def test_missing_customer_and_request_id(customers):
    error = failure(lambda: customers.CreateCustomer(pb.CreateCustomerRequest()))
    assert set(error.fields) == {"customer", "request_id"}


@pytest.mark.parametrize("name", ["", "customer/abc", "customers/", "customers/NOT-AN-ID", "customers/01hx/extra"])
def test_malformed_names_are_invalid_argument(customers, name):
    error = failure(lambda: customers.GetCustomer(pb.GetCustomerRequest(name=name)))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert "name" in error.fields


def test_unknown_customer_is_not_found(customers):
    error = failure(lambda: customers.GetCustomer(pb.GetCustomerRequest(name="customers/" + "0" * 26)))
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "CUSTOMER_NOT_FOUND")


def test_update_changes_only_the_masked_fields(customers):
    created = create(customers, new_customer(phone="+8613800138000", tags=["a"]))
    patch = Customer(name=created.name, email="new@example.com", phone="", display_name="ignored")
    updated = customers.UpdateCustomer(
        pb.UpdateCustomerRequest(customer=patch, update_mask=field_mask_pb2.FieldMask(paths=["email", "phone"]))
    ).customer
    assert updated.email == "new@example.com"
    assert updated.phone == ""  # cleared: it is in the mask
    assert updated.display_name == created.display_name  # not in the mask
    assert updated.tags == ["a"]
    assert updated.etag != created.etag
    assert updated.update_time.ToDatetime() >= created.update_time.ToDatetime()
    assert customers.GetCustomer(pb.GetCustomerRequest(name=created.name)).customer == updated


def test_update_without_mask_changes_the_fields_given(customers):
    created = create(customers)
    updated = customers.UpdateCustomer(
        pb.UpdateCustomerRequest(customer=Customer(name=created.name, tags=["x", "y"]))
    ).customer
    assert updated.tags == ["x", "y"]
    assert updated.email == created.email


def test_update_validates_the_result_and_writes_nothing_when_bad(customers, kernel):
    created = create(customers)
    before = event_count(kernel)
    error = failure(
        lambda: customers.UpdateCustomer(
            pb.UpdateCustomerRequest(
                customer=Customer(name=created.name, display_name="", time_zone="Bad/Zone"),
                update_mask=field_mask_pb2.FieldMask(paths=["display_name", "time_zone"]),
            )
        )
    )
    assert {"customer.display_name", "customer.time_zone"} <= set(error.fields)
    assert customers.GetCustomer(pb.GetCustomerRequest(name=created.name)).customer == created
    assert event_count(kernel) == before


@pytest.mark.parametrize("path", ["name", "create_time", "segment", "test_clock", "no_such_field"])
def test_update_mask_rejects_output_only_immutable_and_unknown_fields(customers, path):
    created = create(customers)
    error = failure(
        lambda: customers.UpdateCustomer(
            pb.UpdateCustomerRequest(customer=created, update_mask=field_mask_pb2.FieldMask(paths=[path]))
        )
    )
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert "update_mask" in error.fields


def test_update_with_a_stale_etag_is_aborted(customers):
    created = create(customers)
    customers.UpdateCustomer(pb.UpdateCustomerRequest(customer=Customer(name=created.name, display_name="First")))
    stale = Customer(name=created.name, display_name="Second", etag=created.etag)
    error = failure(lambda: customers.UpdateCustomer(pb.UpdateCustomerRequest(customer=stale)))
    assert (error.code, error.reason) == (grpc.StatusCode.ABORTED, "ETAG_MISMATCH")


def test_list_pages_newest_first_without_gaps_or_duplicates(customers):
    names = [create(customers, new_customer(display_name=f"c{i}")).name for i in range(23)]
    seen: list[str] = []
    token = ""
    while True:
        page = customers.ListCustomers(pb.ListCustomersRequest(page_size=5, page_token=token))
        assert len(page.customers) <= 5
        seen += [c.name for c in page.customers]
        token = page.next_page_token
        if not token:
            break
    assert seen == list(reversed(names))


def test_paging_is_stable_while_customers_are_added(customers):
    existing = {create(customers).name for _ in range(12)}
    seen: list[str] = []
    token = ""
    while True:
        page = customers.ListCustomers(pb.ListCustomersRequest(page_size=4, page_token=token))
        seen += [c.name for c in page.customers]
        create(customers)  # lands on a page already served
        token = page.next_page_token
        if not token:
            break
    assert len(seen) == len(set(seen))
    assert existing <= set(seen)


def test_list_filters(customers):
    a = create(customers, new_customer(display_name="Acme Ltd", email="ops@acme.example", tags=["vip"]))
    create(customers, new_customer(display_name="Beta", email="b@beta.example"))

    def names(**filters: object) -> list[str]:
        return [c.name for c in customers.ListCustomers(pb.ListCustomersRequest(**filters)).customers]

    assert names(tag="vip") == [a.name]
    assert names(email="OPS@ACME.EXAMPLE") == [a.name]
    assert names(display_name_prefix="Ac") == [a.name]
    assert names(display_name_prefix="%") == []
    assert len(names(segment=customer_pb2.SEGMENT_NEW)) == 2
    assert names(segment=customer_pb2.SEGMENT_CHURNED) == []
    assert names(create_time_from=a.create_time) != []
    assert names(create_time_to=a.create_time) == []


def test_page_token_is_bound_to_its_filters(customers):
    for _ in range(3):
        create(customers, new_customer(tags=["t"]))
    token = customers.ListCustomers(pb.ListCustomersRequest(page_size=1, tag="t")).next_page_token
    error = failure(lambda: customers.ListCustomers(pb.ListCustomersRequest(page_size=1, page_token=token)))
    assert "page_token" in error.fields
    error = failure(lambda: customers.ListCustomers(pb.ListCustomersRequest(page_token="garbage!")))
    assert "page_token" in error.fields


@pytest.mark.parametrize(("request_fields", "field"), [({"page_size": 1001}, "page_size"), ({"page_size": -1}, "page_size"), ({"segment": 99}, "segment")])
def test_list_rejects_bad_arguments(customers, request_fields, field):
    error = failure(lambda: customers.ListCustomers(pb.ListCustomersRequest(**request_fields)))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert field in error.fields
