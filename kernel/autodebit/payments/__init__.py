"""Payments: mandates, payments, attempts and refunds, their state machines, the
channel orchestration that calls payment-channel plugins, callback ingress and
the janitor that settles unknown outcomes."""
