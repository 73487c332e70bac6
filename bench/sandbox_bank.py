"""How many charges a second the sandbox bank takes, and the CPU time each costs it.

The bank runs in its own process (as `python -m autodebit_plugins.bankcard.sandbox`);
its CPU time per charge does not depend on how busy the machine is, the rate does.
The client is the bankcard channel's own `BankClient`, signing and verifying like
in production.

    python bench/sandbox_bank.py [--threads 8] [--seconds 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from autodebit_plugins.bankcard.client import BankClient, BankConnection
from autodebit_plugins.bankcard.protocol import load_public_key


def start_bank(data_dir: Path) -> tuple[subprocess.Popen[str], dict[str, str]]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "autodebit_plugins.bankcard.sandbox",
            "--port",
            "0",
            "--data-dir",
            str(data_dir),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    facts = dict(line.split(":", 1) for line in (process.stdout.readline() for _ in range(6)))
    return process, {name.strip(): value.strip() for name, value in facts.items()}


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux: /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        process, facts = start_bank(Path(data_dir))
        try:
            base_url = facts["Sandbox bank"]
            token = httpx.post(
                f"{base_url}/v1/tokens",
                headers={"X-Publishable-Key": facts["Publishable key"]},
                json={
                    "number": "4242424242424242",
                    "exp_month": 12,
                    "exp_year": 2099,
                    "cvc": "123",
                },
            ).json()["token"]
            client = BankClient(
                BankConnection(
                    base_url,
                    facts["Merchant id"],
                    Path(facts["Merchant secret file"]).read_bytes(),
                    load_public_key(Path(facts["Bank public key"]).read_bytes()),
                )
            )
            agreement = client.post(
                "/v1/agreements", {"merchant_reference": "bench", "token": token}
            )
            agreement_id = agreement.body["agreement_id"]
            deadline = time.monotonic() + args.seconds
            counts = [0] * args.threads

            def charge(worker: int) -> None:
                while time.monotonic() < deadline:
                    answer = client.post(
                        "/v1/charges",
                        {
                            "idempotency_key": f"bench-{worker}-{counts[worker]}",
                            "agreement_id": agreement_id,
                            "amount_minor": 1999,
                            "currency": "CNY",
                        },
                    )
                    assert answer.body["status"] == "approved", answer
                    counts[worker] += 1

            workers = [threading.Thread(target=charge, args=(i,)) for i in range(args.threads)]
            cpu_before = _cpu_seconds(process.pid)
            started = time.monotonic()
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            elapsed = time.monotonic() - started
            bank_cpu = _cpu_seconds(process.pid) - cpu_before
            total = sum(counts)
            print(
                f"{total / elapsed:.0f} charges/s ({total} in {elapsed:.1f} s, "
                f"{args.threads} client threads); the bank used "
                f"{bank_cpu * 1e6 / total:.0f} us of CPU per charge"
            )
        finally:
            process.terminate()
            process.wait()


if __name__ == "__main__":
    main()
