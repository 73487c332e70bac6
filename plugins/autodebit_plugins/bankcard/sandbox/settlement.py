"""The daily settlement file: what the bank pays the merchant for one UTC day.

One row per approved charge (positive) and succeeded refund (negative) created
that day, in time order, then one `total` row per currency. The acquirer's fee
is 0.6 % of each charge, rounded half up to a whole minor unit with integer
arithmetic; refunds carry no fee and do not return the charge's (as most
acquirers do). Every amount is an integer of minor units.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date, timedelta

FEE_BASIS_POINTS = 60
HEADER = ("type", "id", "idempotency_key", "amount_minor", "currency", "fee_minor", "net_minor")

_ROWS = """
SELECT 'charge' AS type, charge_id AS id, idempotency_key, amount_minor, currency, created_at
  FROM charges
 WHERE merchant_id = :merchant AND status = 'approved' AND created_at >= :start AND created_at < :end
UNION ALL
SELECT 'refund', refund_id, idempotency_key, -amount_minor, currency, created_at
  FROM refunds
 WHERE merchant_id = :merchant AND status = 'succeeded' AND created_at >= :start AND created_at < :end
ORDER BY created_at, id
"""


def fee_minor(amount_minor: int) -> int:
    """0.6 % of a charge, rounded half up: 250 -> 1.5 -> 2, 83 -> 0.498 -> 0."""
    return (amount_minor * FEE_BASIS_POINTS + 5_000) // 10_000


def csv_for_day(db: sqlite3.Connection, merchant_id: str, day: date) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    # currency -> [amount, fee, net]
    totals: dict[str, list[int]] = {}
    params = {
        "merchant": merchant_id,
        "start": day.isoformat(),
        "end": (day + timedelta(days=1)).isoformat(),
    }
    for row in db.execute(_ROWS, params):
        amount = row["amount_minor"]
        fee = fee_minor(amount) if row["type"] == "charge" else 0
        writer.writerow(
            (
                row["type"],
                row["id"],
                row["idempotency_key"],
                amount,
                row["currency"],
                fee,
                amount - fee,
            )
        )
        total = totals.setdefault(row["currency"], [0, 0, 0])
        for i, value in enumerate((amount, fee, amount - fee)):
            total[i] += value
    for currency in sorted(totals):
        amount, fee, net = totals[currency]
        writer.writerow(("total", "", "", amount, currency, fee, net))
    return out.getvalue()
