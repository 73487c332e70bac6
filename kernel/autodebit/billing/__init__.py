"""Billing: test clocks now; plans, subscriptions, runs, mandates and payments as they land."""
