"""The bank's own secrets, generated into its data directory on first start and reused.

Private material is written with mode 0600, by rename so that a crash never
leaves half a key behind.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

PRIVATE_KEY_FILE = "bank-private-key.pem"
PUBLIC_KEY_FILE = "bank-public-key.pem"
FINGERPRINT_SECRET_FILE = "fingerprint-secret"
MERCHANT_SECRET_FILE = "merchant-secret"


@dataclass(frozen=True, slots=True)
class BankKeys:
    # Signs every response and callback.
    private_key: Ed25519PrivateKey
    public_key_path: Path
    # Keys card fingerprints, so equal cards match without the number being kept.
    fingerprint_secret: bytes

    @property
    def public_key_pem(self) -> bytes:
        return self.public_key_path.read_bytes()


def load_or_create(data_dir: Path) -> BankKeys:
    private_path = data_dir / PRIVATE_KEY_FILE
    public_path = data_dir / PUBLIC_KEY_FILE
    if private_path.exists():
        key = load_pem_private_key(private_path.read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"{private_path} is not an Ed25519 private key")
    else:
        key = Ed25519PrivateKey.generate()
        write_private(
            private_path, key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        )
    if not public_path.exists():
        public_path.write_bytes(
            key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
        )
    fingerprint_path = data_dir / FINGERPRINT_SECRET_FILE
    if not fingerprint_path.exists():
        write_private(fingerprint_path, secrets.token_bytes(32))
    return BankKeys(key, public_path, fingerprint_path.read_bytes())


def write_private(path: Path, data: bytes) -> None:
    """Write `data` readable by the owner only, replacing `path` atomically."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
    os.replace(temporary, path)
