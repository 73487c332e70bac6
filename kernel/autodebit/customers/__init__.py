"""Customers: records, validation and CustomerService."""
