import datetime

from autodebit.api.customer.v1 import crm_pb2 as _crm_pb2
from autodebit.api.customer.v1 import customer_pb2 as _customer_pb2
from autodebit.api.kernel.v1 import event_pb2 as _event_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateCustomerRequest(_message.Message):
    __slots__ = ("customer", "request_id")
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    customer: _customer_pb2.Customer
    request_id: str
    def __init__(self, customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateCustomerResponse(_message.Message):
    __slots__ = ("customer",)
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    customer: _customer_pb2.Customer
    def __init__(self, customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ...) -> None: ...

class GetCustomerRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetCustomerResponse(_message.Message):
    __slots__ = ("customer",)
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    customer: _customer_pb2.Customer
    def __init__(self, customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ...) -> None: ...

class ListCustomersRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "tag", "segment", "email", "display_name_prefix", "create_time_from", "create_time_to", "show_archived")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    SEGMENT_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_PREFIX_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_TO_FIELD_NUMBER: _ClassVar[int]
    SHOW_ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    tag: str
    segment: _customer_pb2.Segment
    email: str
    display_name_prefix: str
    create_time_from: _timestamp_pb2.Timestamp
    create_time_to: _timestamp_pb2.Timestamp
    show_archived: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., tag: _Optional[str] = ..., segment: _Optional[_Union[_customer_pb2.Segment, str]] = ..., email: _Optional[str] = ..., display_name_prefix: _Optional[str] = ..., create_time_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., show_archived: _Optional[bool] = ...) -> None: ...

class ListCustomersResponse(_message.Message):
    __slots__ = ("customers", "next_page_token")
    CUSTOMERS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    customers: _containers.RepeatedCompositeFieldContainer[_customer_pb2.Customer]
    next_page_token: str
    def __init__(self, customers: _Optional[_Iterable[_Union[_customer_pb2.Customer, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateCustomerRequest(_message.Message):
    __slots__ = ("customer", "update_mask")
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    customer: _customer_pb2.Customer
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateCustomerResponse(_message.Message):
    __slots__ = ("customer",)
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    customer: _customer_pb2.Customer
    def __init__(self, customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ...) -> None: ...

class ArchiveCustomerRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ArchiveCustomerResponse(_message.Message):
    __slots__ = ("customer",)
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    customer: _customer_pb2.Customer
    def __init__(self, customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ...) -> None: ...

class GetCustomerInsightsRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetCustomerInsightsResponse(_message.Message):
    __slots__ = ("insights",)
    INSIGHTS_FIELD_NUMBER: _ClassVar[int]
    insights: _crm_pb2.CustomerInsights
    def __init__(self, insights: _Optional[_Union[_crm_pb2.CustomerInsights, _Mapping]] = ...) -> None: ...

class ListCustomerEventsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "types")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TYPES_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    types: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., types: _Optional[_Iterable[str]] = ...) -> None: ...

class ListCustomerEventsResponse(_message.Message):
    __slots__ = ("events", "next_page_token")
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[_event_pb2.Event]
    next_page_token: str
    def __init__(self, events: _Optional[_Iterable[_Union[_event_pb2.Event, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CreateContactRequest(_message.Message):
    __slots__ = ("parent", "contact", "request_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    contact: _crm_pb2.Contact
    request_id: str
    def __init__(self, parent: _Optional[str] = ..., contact: _Optional[_Union[_crm_pb2.Contact, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateContactResponse(_message.Message):
    __slots__ = ("contact",)
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact: _crm_pb2.Contact
    def __init__(self, contact: _Optional[_Union[_crm_pb2.Contact, _Mapping]] = ...) -> None: ...

class ListContactsRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "role")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    role: _crm_pb2.ContactRole
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., role: _Optional[_Union[_crm_pb2.ContactRole, str]] = ...) -> None: ...

class ListContactsResponse(_message.Message):
    __slots__ = ("contacts", "next_page_token")
    CONTACTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    contacts: _containers.RepeatedCompositeFieldContainer[_crm_pb2.Contact]
    next_page_token: str
    def __init__(self, contacts: _Optional[_Iterable[_Union[_crm_pb2.Contact, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateContactRequest(_message.Message):
    __slots__ = ("contact", "update_mask")
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    contact: _crm_pb2.Contact
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, contact: _Optional[_Union[_crm_pb2.Contact, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateContactResponse(_message.Message):
    __slots__ = ("contact",)
    CONTACT_FIELD_NUMBER: _ClassVar[int]
    contact: _crm_pb2.Contact
    def __init__(self, contact: _Optional[_Union[_crm_pb2.Contact, _Mapping]] = ...) -> None: ...

class DeleteContactRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class DeleteContactResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class CreateNoteRequest(_message.Message):
    __slots__ = ("parent", "note", "request_id")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    parent: str
    note: _crm_pb2.Note
    request_id: str
    def __init__(self, parent: _Optional[str] = ..., note: _Optional[_Union[_crm_pb2.Note, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateNoteResponse(_message.Message):
    __slots__ = ("note",)
    NOTE_FIELD_NUMBER: _ClassVar[int]
    note: _crm_pb2.Note
    def __init__(self, note: _Optional[_Union[_crm_pb2.Note, _Mapping]] = ...) -> None: ...

class ListNotesRequest(_message.Message):
    __slots__ = ("parent", "page_size", "page_token", "kind")
    PARENT_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    parent: str
    page_size: int
    page_token: str
    kind: _crm_pb2.Note.Kind
    def __init__(self, parent: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., kind: _Optional[_Union[_crm_pb2.Note.Kind, str]] = ...) -> None: ...

class ListNotesResponse(_message.Message):
    __slots__ = ("notes", "next_page_token")
    NOTES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    notes: _containers.RepeatedCompositeFieldContainer[_crm_pb2.Note]
    next_page_token: str
    def __init__(self, notes: _Optional[_Iterable[_Union[_crm_pb2.Note, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CreateAutomationRuleRequest(_message.Message):
    __slots__ = ("automation_rule", "request_id")
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _crm_pb2.AutomationRule
    request_id: str
    def __init__(self, automation_rule: _Optional[_Union[_crm_pb2.AutomationRule, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateAutomationRuleResponse(_message.Message):
    __slots__ = ("automation_rule",)
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _crm_pb2.AutomationRule
    def __init__(self, automation_rule: _Optional[_Union[_crm_pb2.AutomationRule, _Mapping]] = ...) -> None: ...

class GetAutomationRuleRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetAutomationRuleResponse(_message.Message):
    __slots__ = ("automation_rule",)
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _crm_pb2.AutomationRule
    def __init__(self, automation_rule: _Optional[_Union[_crm_pb2.AutomationRule, _Mapping]] = ...) -> None: ...

class ListAutomationRulesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "trigger_event_type")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    trigger_event_type: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., trigger_event_type: _Optional[str] = ...) -> None: ...

class ListAutomationRulesResponse(_message.Message):
    __slots__ = ("automation_rules", "next_page_token")
    AUTOMATION_RULES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    automation_rules: _containers.RepeatedCompositeFieldContainer[_crm_pb2.AutomationRule]
    next_page_token: str
    def __init__(self, automation_rules: _Optional[_Iterable[_Union[_crm_pb2.AutomationRule, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateAutomationRuleRequest(_message.Message):
    __slots__ = ("automation_rule", "update_mask")
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _crm_pb2.AutomationRule
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, automation_rule: _Optional[_Union[_crm_pb2.AutomationRule, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateAutomationRuleResponse(_message.Message):
    __slots__ = ("automation_rule",)
    AUTOMATION_RULE_FIELD_NUMBER: _ClassVar[int]
    automation_rule: _crm_pb2.AutomationRule
    def __init__(self, automation_rule: _Optional[_Union[_crm_pb2.AutomationRule, _Mapping]] = ...) -> None: ...

class DeleteAutomationRuleRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class DeleteAutomationRuleResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ExportCustomerDataRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ExportCustomerDataResponse(_message.Message):
    __slots__ = ("data", "media_type", "file_name", "sha256")
    DATA_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    media_type: str
    file_name: str
    sha256: str
    def __init__(self, data: _Optional[bytes] = ..., media_type: _Optional[str] = ..., file_name: _Optional[str] = ..., sha256: _Optional[str] = ...) -> None: ...

class ErasePersonalDataRequest(_message.Message):
    __slots__ = ("name", "reason")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    name: str
    reason: str
    def __init__(self, name: _Optional[str] = ..., reason: _Optional[str] = ...) -> None: ...

class ErasePersonalDataResponse(_message.Message):
    __slots__ = ("customer", "erase_time")
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    ERASE_TIME_FIELD_NUMBER: _ClassVar[int]
    customer: _customer_pb2.Customer
    erase_time: _timestamp_pb2.Timestamp
    def __init__(self, customer: _Optional[_Union[_customer_pb2.Customer, _Mapping]] = ..., erase_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...
