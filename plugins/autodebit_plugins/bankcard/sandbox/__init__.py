"""A sandbox card acquirer ("the bank") for the bankcard channel: the real protocol, on loopback.

It plays the acquirer's side of the protocol the `bankcard` channel speaks, with
its own Ed25519 keys and its own SQLite file, so the channel talks to it exactly
as it would to a live acquirer; going live is a change of base URL and keys.
The protocol is modelled on card-acquirer REST APIs: Stripe's (publishable-key
tokenisation, idempotency keys, test cards, signed webhooks) and Adyen's and
Checkout.com's recurring card agreements, with ISO 8583 field 39 response codes.
docs/bankcard.md is the full reference; in short:

- `POST /v1/tokens` (header `X-Publishable-Key`, from the payer's device): a card
  number becomes a token; the bank keeps brand, last4, expiry and a keyed
  fingerprint, never the number or CVC.
- Merchant calls are signed with HMAC-SHA256 (`X-Merchant-Id`, `X-Timestamp`,
  `X-Nonce`, `X-Signature`; see `autodebit_plugins.bankcard.protocol`):
  `POST /v1/agreements` (idempotent on `merchant_reference`), `GET
  /v1/agreements/{id}`, `GET /v1/agreements/by-reference/{reference}`, `POST
  /v1/agreements/{id}/revoke`, `POST /v1/charges` and `POST /v1/refunds`
  (idempotent on `idempotency_key`), `GET /v1/charges/{key}`, `GET
  /v1/refunds/{key}` (404 when never received), `GET /v1/settlements/{day}` (CSV).
- Every response and callback is signed by the bank (`X-Bank-Timestamp`,
  `X-Bank-Nonce`, `X-Bank-Signature`, Ed25519). Callbacks (`agreement.activated`,
  `agreement.failed`, `agreement.revoked`, `charge.approved`, `charge.declined`,
  `refund.succeeded`, `refund.failed`) are retried with back-off until answered 2xx.
- `GET /challenge/{agreement_id}` is the cardholder's 3-D Secure page; `/v1/sandbox/...`
  (loopback only, unsigned) completes challenges, revokes agreements as the
  cardholder or issuer, injects faults and lists charges, for tests.

Run it alone with `python -m autodebit_plugins.bankcard.sandbox --port 8710 --data-dir DIR`,
or embed it: `SandboxBank(data_dir).start()` returns its base URL.
"""

from autodebit_plugins.bankcard.sandbox.acquirer import MerchantAccount
from autodebit_plugins.bankcard.sandbox.server import SandboxBank

__all__ = ["MerchantAccount", "SandboxBank"]
