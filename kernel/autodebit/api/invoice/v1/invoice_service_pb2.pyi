import datetime

from autodebit.api.invoice.v1 import credit_note_pb2 as _credit_note_pb2
from autodebit.api.invoice.v1 import invoice_pb2 as _invoice_pb2
from autodebit.api.invoice.v1 import tax_pb2 as _tax_pb2
from autodebit.api.type.v1 import money_pb2 as _money_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CreateInvoiceRequest(_message.Message):
    __slots__ = ("invoice", "request_id")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    request_id: str
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateInvoiceResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ...) -> None: ...

class GetInvoiceRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetInvoiceResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ...) -> None: ...

class ListInvoicesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "customer", "subscription", "state", "overdue", "number", "create_time_from", "create_time_to")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    OVERDUE_FIELD_NUMBER: _ClassVar[int]
    NUMBER_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FROM_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_TO_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    customer: str
    subscription: str
    state: _invoice_pb2.Invoice.State
    overdue: bool
    number: str
    create_time_from: _timestamp_pb2.Timestamp
    create_time_to: _timestamp_pb2.Timestamp
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., customer: _Optional[str] = ..., subscription: _Optional[str] = ..., state: _Optional[_Union[_invoice_pb2.Invoice.State, str]] = ..., overdue: _Optional[bool] = ..., number: _Optional[str] = ..., create_time_from: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time_to: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ListInvoicesResponse(_message.Message):
    __slots__ = ("invoices", "next_page_token")
    INVOICES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    invoices: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.Invoice]
    next_page_token: str
    def __init__(self, invoices: _Optional[_Iterable[_Union[_invoice_pb2.Invoice, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateInvoiceRequest(_message.Message):
    __slots__ = ("invoice", "update_mask")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateInvoiceResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ...) -> None: ...

class DeleteInvoiceRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class DeleteInvoiceResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AddInvoiceLineRequest(_message.Message):
    __slots__ = ("invoice", "line", "request_id")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    LINE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    invoice: str
    line: _invoice_pb2.InvoiceLine
    request_id: str
    def __init__(self, invoice: _Optional[str] = ..., line: _Optional[_Union[_invoice_pb2.InvoiceLine, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class AddInvoiceLineResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ...) -> None: ...

class FinalizeInvoiceRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class FinalizeInvoiceResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ...) -> None: ...

class VoidInvoiceRequest(_message.Message):
    __slots__ = ("name", "reason", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    reason: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., reason: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class VoidInvoiceResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ...) -> None: ...

class MarkInvoiceUncollectibleRequest(_message.Message):
    __slots__ = ("name", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class MarkInvoiceUncollectibleResponse(_message.Message):
    __slots__ = ("invoice",)
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ...) -> None: ...

class PayInvoiceRequest(_message.Message):
    __slots__ = ("name", "mandate", "out_of_band", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    MANDATE_FIELD_NUMBER: _ClassVar[int]
    OUT_OF_BAND_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    mandate: str
    out_of_band: OutOfBandPayment
    request_id: str
    def __init__(self, name: _Optional[str] = ..., mandate: _Optional[str] = ..., out_of_band: _Optional[_Union[OutOfBandPayment, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class OutOfBandPayment(_message.Message):
    __slots__ = ("amount", "reference", "receive_time")
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    REFERENCE_FIELD_NUMBER: _ClassVar[int]
    RECEIVE_TIME_FIELD_NUMBER: _ClassVar[int]
    amount: _money_pb2.Money
    reference: str
    receive_time: _timestamp_pb2.Timestamp
    def __init__(self, amount: _Optional[_Union[_money_pb2.Money, _Mapping]] = ..., reference: _Optional[str] = ..., receive_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PayInvoiceResponse(_message.Message):
    __slots__ = ("invoice", "payment")
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    PAYMENT_FIELD_NUMBER: _ClassVar[int]
    invoice: _invoice_pb2.Invoice
    payment: str
    def __init__(self, invoice: _Optional[_Union[_invoice_pb2.Invoice, _Mapping]] = ..., payment: _Optional[str] = ...) -> None: ...

class RenderInvoiceRequest(_message.Message):
    __slots__ = ("name", "format", "locale")
    NAME_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    name: str
    format: str
    locale: str
    def __init__(self, name: _Optional[str] = ..., format: _Optional[str] = ..., locale: _Optional[str] = ...) -> None: ...

class RenderInvoiceResponse(_message.Message):
    __slots__ = ("data", "media_type", "file_name", "size_bytes", "sha256")
    DATA_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    media_type: str
    file_name: str
    size_bytes: int
    sha256: str
    def __init__(self, data: _Optional[bytes] = ..., media_type: _Optional[str] = ..., file_name: _Optional[str] = ..., size_bytes: _Optional[int] = ..., sha256: _Optional[str] = ...) -> None: ...

class ListInvoiceFormatsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListInvoiceFormatsResponse(_message.Message):
    __slots__ = ("formats",)
    FORMATS_FIELD_NUMBER: _ClassVar[int]
    formats: _containers.RepeatedCompositeFieldContainer[_invoice_pb2.InvoiceFormat]
    def __init__(self, formats: _Optional[_Iterable[_Union[_invoice_pb2.InvoiceFormat, _Mapping]]] = ...) -> None: ...

class SendInvoiceRequest(_message.Message):
    __slots__ = ("name", "to", "format", "request_id")
    NAME_FIELD_NUMBER: _ClassVar[int]
    TO_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    name: str
    to: _containers.RepeatedScalarFieldContainer[str]
    format: str
    request_id: str
    def __init__(self, name: _Optional[str] = ..., to: _Optional[_Iterable[str]] = ..., format: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class SendInvoiceResponse(_message.Message):
    __slots__ = ("recipients", "send_time")
    RECIPIENTS_FIELD_NUMBER: _ClassVar[int]
    SEND_TIME_FIELD_NUMBER: _ClassVar[int]
    recipients: _containers.RepeatedScalarFieldContainer[str]
    send_time: _timestamp_pb2.Timestamp
    def __init__(self, recipients: _Optional[_Iterable[str]] = ..., send_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateCreditNoteRequest(_message.Message):
    __slots__ = ("credit_note", "request_id")
    CREDIT_NOTE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    credit_note: _credit_note_pb2.CreditNote
    request_id: str
    def __init__(self, credit_note: _Optional[_Union[_credit_note_pb2.CreditNote, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateCreditNoteResponse(_message.Message):
    __slots__ = ("credit_note",)
    CREDIT_NOTE_FIELD_NUMBER: _ClassVar[int]
    credit_note: _credit_note_pb2.CreditNote
    def __init__(self, credit_note: _Optional[_Union[_credit_note_pb2.CreditNote, _Mapping]] = ...) -> None: ...

class GetCreditNoteRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetCreditNoteResponse(_message.Message):
    __slots__ = ("credit_note",)
    CREDIT_NOTE_FIELD_NUMBER: _ClassVar[int]
    credit_note: _credit_note_pb2.CreditNote
    def __init__(self, credit_note: _Optional[_Union[_credit_note_pb2.CreditNote, _Mapping]] = ...) -> None: ...

class ListCreditNotesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "invoice", "customer")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    INVOICE_FIELD_NUMBER: _ClassVar[int]
    CUSTOMER_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    invoice: str
    customer: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., invoice: _Optional[str] = ..., customer: _Optional[str] = ...) -> None: ...

class ListCreditNotesResponse(_message.Message):
    __slots__ = ("credit_notes", "next_page_token")
    CREDIT_NOTES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    credit_notes: _containers.RepeatedCompositeFieldContainer[_credit_note_pb2.CreditNote]
    next_page_token: str
    def __init__(self, credit_notes: _Optional[_Iterable[_Union[_credit_note_pb2.CreditNote, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class CreateTaxRateRequest(_message.Message):
    __slots__ = ("tax_rate", "request_id")
    TAX_RATE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    tax_rate: _tax_pb2.TaxRate
    request_id: str
    def __init__(self, tax_rate: _Optional[_Union[_tax_pb2.TaxRate, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class CreateTaxRateResponse(_message.Message):
    __slots__ = ("tax_rate",)
    TAX_RATE_FIELD_NUMBER: _ClassVar[int]
    tax_rate: _tax_pb2.TaxRate
    def __init__(self, tax_rate: _Optional[_Union[_tax_pb2.TaxRate, _Mapping]] = ...) -> None: ...

class GetTaxRateRequest(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class GetTaxRateResponse(_message.Message):
    __slots__ = ("tax_rate",)
    TAX_RATE_FIELD_NUMBER: _ClassVar[int]
    tax_rate: _tax_pb2.TaxRate
    def __init__(self, tax_rate: _Optional[_Union[_tax_pb2.TaxRate, _Mapping]] = ...) -> None: ...

class ListTaxRatesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "jurisdiction", "category", "show_inactive")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    JURISDICTION_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    SHOW_INACTIVE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    jurisdiction: str
    category: str
    show_inactive: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., jurisdiction: _Optional[str] = ..., category: _Optional[str] = ..., show_inactive: _Optional[bool] = ...) -> None: ...

class ListTaxRatesResponse(_message.Message):
    __slots__ = ("tax_rates", "next_page_token")
    TAX_RATES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    tax_rates: _containers.RepeatedCompositeFieldContainer[_tax_pb2.TaxRate]
    next_page_token: str
    def __init__(self, tax_rates: _Optional[_Iterable[_Union[_tax_pb2.TaxRate, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateTaxRateRequest(_message.Message):
    __slots__ = ("tax_rate", "update_mask")
    TAX_RATE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    tax_rate: _tax_pb2.TaxRate
    update_mask: _field_mask_pb2.FieldMask
    def __init__(self, tax_rate: _Optional[_Union[_tax_pb2.TaxRate, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ...) -> None: ...

class UpdateTaxRateResponse(_message.Message):
    __slots__ = ("tax_rate",)
    TAX_RATE_FIELD_NUMBER: _ClassVar[int]
    tax_rate: _tax_pb2.TaxRate
    def __init__(self, tax_rate: _Optional[_Union[_tax_pb2.TaxRate, _Mapping]] = ...) -> None: ...
