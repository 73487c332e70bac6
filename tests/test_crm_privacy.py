"""Data-subject requests: export everything held about a customer; erase personal data."""

from __future__ import annotations

import hashlib
import json
import uuid

import grpc
from autodebit.api.customer.v1 import crm_pb2, customer_pb2
from autodebit.api.customer.v1 import customer_service_pb2 as pb
from autodebit.api.type.v1 import postal_address_pb2
from autodebit.customers.privacy import CHUNK

from tests.crm_support import count, event_types
from tests.payments_support import mandate, pay, refund
from tests.support import failure

EMAIL = "wang.fang@example.com"
PHONE = "+8613912345678"
CONTACT_EMAIL = "accounts@wangfang.example"
SECRET_NOTE = "Lives at 88 Nanjing Road"


def rich_customer(customers, billing) -> tuple[customer_pb2.Customer, pb.CreateCustomerRequest]:
    request = pb.CreateCustomerRequest(
        customer=customer_pb2.Customer(
            display_name="王芳", email=EMAIL, phone=PHONE, locale="zh-CN", time_zone="Asia/Shanghai",
            billing_address=postal_address_pb2.PostalAddress(region_code="CN", locality="上海",
                                                             address_lines=["南京路 88 号"]),
            tax_ids=[customer_pb2.TaxId(type=customer_pb2.TaxId.TYPE_CN_USCC, value="91110000600037341L")],
            tags=["vip"], metadata={"crm_id": "W-1"},
        ),
        request_id=str(uuid.uuid4()),
    )
    created = customers.CreateCustomer(request).customer
    customers.CreateContact(pb.CreateContactRequest(
        parent=created.name, request_id=str(uuid.uuid4()),
        contact=crm_pb2.Contact(display_name="王会计", email=CONTACT_EMAIL, roles=[crm_pb2.CONTACT_ROLE_BILLING])))
    customers.CreateNote(pb.CreateNoteRequest(parent=created.name, note=crm_pb2.Note(body=SECRET_NOTE),
                                              request_id=str(uuid.uuid4())))
    mandate_name = mandate(billing, created.name).mandate.name
    payment = pay(billing, mandate_name, 8_800)
    refund(billing, payment.name, 800)
    return created, request


def export(customers, name: str) -> tuple[dict, list[pb.ExportCustomerDataResponse], bytes]:
    chunks = list(customers.ExportCustomerData(pb.ExportCustomerDataRequest(name=name)))
    document = b"".join(c.data for c in chunks)
    return json.loads(document), chunks, document


def test_export_holds_everything_in_one_verified_json_document(customers, billing, scripted, kernel):
    owner, _ = rich_customer(customers, billing)
    for i in range(20):  # make it span several chunks
        customers.CreateNote(pb.CreateNoteRequest(parent=owner.name, note=crm_pb2.Note(body=f"{i} " + "x" * 5_000),
                                                  request_id=f"bulk-{i}"))
    document, chunks, raw = export(customers, owner.name)
    assert len(chunks) >= 2 and all(len(c.data) <= CHUNK for c in chunks)
    assert (chunks[0].media_type, chunks[0].file_name) == (
        "application/json", f"customer-{owner.name.removeprefix('customers/')}.json")
    assert all(not c.media_type for c in chunks[1:]) and all(not c.sha256 for c in chunks[:-1])
    assert chunks[-1].sha256 == hashlib.sha256(raw).hexdigest()

    assert document["format"] == "autodebit.customer-export.v1"
    assert document["customer"]["email"] == EMAIL and document["customer"]["metadata"] == {"crm_id": "W-1"}
    assert [c["email"] for c in document["contacts"]] == [CONTACT_EMAIL]
    assert len(document["notes"]) == 21 and SECRET_NOTE in {n["body"] for n in document["notes"]}
    assert document["insights"]["paymentsSucceeded"] == "1"
    assert document["insights"]["lifetimeValue"] == [{"currencyCode": "CNY", "amountMinor": "8000"}]
    (exported_mandate,) = document["mandates"]
    assert exported_mandate["card"]["last4"] == "4242" and "pan" not in json.dumps(exported_mandate).lower()
    (exported_payment,) = document["payments"]
    assert exported_payment["amount"] == {"currencyCode": "CNY", "amountMinor": "8800"}
    assert exported_payment["attempts"][0]["state"] == "STATE_SUCCEEDED"
    assert [r["amount"]["amountMinor"] for r in document["refunds"]] == ["800"]
    types = [e["type"] for e in document["events"]]
    assert types == event_types(kernel, owner.name)  # every event, oldest first
    created = document["events"][0]
    assert created["data"]["@type"] == "type.googleapis.com/autodebit.customer.v1.Customer"


def test_export_of_an_unknown_customer_is_not_found(customers):
    error = failure(lambda: export(customers, "customers/" + "0" * 26))
    assert (error.code, error.reason) == (grpc.StatusCode.NOT_FOUND, "CUSTOMER_NOT_FOUND")


def test_erasure_needs_an_archived_customer(customers, billing, scripted, kernel):
    owner, _ = rich_customer(customers, billing)
    before = event_types(kernel, owner.name)
    error = failure(lambda: customers.ErasePersonalData(pb.ErasePersonalDataRequest(name=owner.name, reason="DSR-7")))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "CUSTOMER_NOT_ARCHIVED")
    assert customers.GetCustomer(pb.GetCustomerRequest(name=owner.name)).customer.email == EMAIL
    assert event_types(kernel, owner.name) == before


def test_erasure_pseudonymises_personal_data_everywhere_and_keeps_the_money(customers, billing, scripted, kernel):
    owner, original = rich_customer(customers, billing)
    customers.ArchiveCustomer(pb.ArchiveCustomerRequest(name=owner.name))
    before, _, _ = export(customers, owner.name)
    events_before = count(kernel, "events", "customer = :c", c=owner.name)

    erased = customers.ErasePersonalData(pb.ErasePersonalDataRequest(name=owner.name, reason="DSR-7"))
    customer_id = owner.name.removeprefix("customers/")
    assert erased.customer.display_name == f"Erased customer {customer_id}"
    assert (erased.customer.email, erased.customer.phone, list(erased.customer.tax_ids)) == ("", "", [])
    assert erased.customer.billing_address == postal_address_pb2.PostalAddress(region_code="CN")
    assert dict(erased.customer.metadata) == {}
    assert (erased.customer.state, list(erased.customer.tags)) == (customer_pb2.Customer.STATE_ARCHIVED, ["vip"])
    assert customers.GetCustomer(pb.GetCustomerRequest(name=owner.name)).customer == erased.customer

    after, _, raw = export(customers, owner.name)
    text = raw.decode()
    for personal in (EMAIL, PHONE, CONTACT_EMAIL, SECRET_NOTE, "王芳", "王会计", "南京路", "91110000600037341L", "W-1"):
        assert personal not in text, personal
    assert [n["body"] for n in after["notes"]] == ["[erased]"]
    assert after["contacts"][0]["displayName"].startswith("Erased contact ")
    # Money records and the history stay: same ids, amounts, dates, events.
    assert after["payments"] == before["payments"] and after["refunds"] == before["refunds"]
    assert after["mandates"] == before["mandates"]
    assert after["insights"]["lifetimeValue"] == before["insights"]["lifetimeValue"]
    assert [e["name"] for e in after["events"][:-1]] == [e["name"] for e in before["events"]]
    assert count(kernel, "events", "customer = :c", c=owner.name) == events_before + 1
    last = after["events"][-1]
    assert last["type"] == "customer.erased"
    assert last["data"] == {"@type": "type.googleapis.com/autodebit.customer.v1.CustomerErasure",
                            "customer": owner.name, "reason": "DSR-7",
                            "eraseTime": erased.erase_time.ToJsonString()}
    # A retry of the original create answers from the scrubbed record.
    replay = customers.CreateCustomer(original).customer
    assert (replay.name, replay.display_name, replay.email) == (owner.name, f"Erased customer {customer_id}", "")
    # Erasing again changes nothing.
    again = customers.ErasePersonalData(pb.ErasePersonalDataRequest(name=owner.name, reason="DSR-8"))
    assert again == erased
    assert count(kernel, "events", "customer = :c", c=owner.name) == events_before + 1


def test_erased_customers_take_no_new_notes(customers, kernel):
    owner = customers.CreateCustomer(pb.CreateCustomerRequest(
        customer=customer_pb2.Customer(display_name="Gone"), request_id="gone")).customer
    customers.ArchiveCustomer(pb.ArchiveCustomerRequest(name=owner.name))
    customers.ErasePersonalData(pb.ErasePersonalDataRequest(name=owner.name))
    error = failure(lambda: customers.CreateNote(pb.CreateNoteRequest(
        parent=owner.name, note=crm_pb2.Note(body="new personal data"), request_id="n")))
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "CUSTOMER_ERASED")
