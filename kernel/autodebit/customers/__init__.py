"""Customers and CRM: profiles, contacts, notes, insights and segments, timeline,
automation rules, privacy requests, and CustomerService.

Importing the package registers the insight projection (insights.py), so every
process that records payment, invoice or mandate events keeps insights current.
"""

from autodebit.customers import insights as _insights  # noqa: F401  (registers the projection)
