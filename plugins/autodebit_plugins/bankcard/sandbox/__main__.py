"""Run the sandbox bank alone: `python -m autodebit_plugins.bankcard.sandbox --port 8710 --data-dir DIR`."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from pathlib import Path

from autodebit_plugins.bankcard.sandbox import SandboxBank


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m autodebit_plugins.bankcard.sandbox", description=__doc__
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: loopback)"
    )
    parser.add_argument(
        "--port", type=int, default=8710, help="port to listen on; 0 picks a free one"
    )
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="where keys and the database live"
    )
    parser.add_argument("--threads", type=int, default=16, help="request worker threads")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")

    bank = SandboxBank(args.data_dir, host=args.host, port=args.port, threads=args.threads)
    url = bank.start()
    print(f"Sandbox bank:         {url}")
    print(f"Merchant id:          {bank.merchant.merchant_id}")
    print(f"Merchant secret file: {bank.merchant_secret_path}")
    print(f"Publishable key:      {bank.merchant.publishable_key}")
    print(f"Bank public key:      {bank.public_key_path}")
    print(f"Database:             {bank.database_path}", flush=True)

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    stop.wait()
    bank.stop()


if __name__ == "__main__":
    main()
