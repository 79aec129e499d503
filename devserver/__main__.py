"""`python -m devserver CATALOG_DIR [--token-lifetime S]`: serve until SIGTERM/SIGINT.

Prints one JSON line with api_url, token_url, client_id, client_secret and base_url once ready.
"""

from __future__ import annotations

import argparse
import json
import signal
import threading
from pathlib import Path
from types import FrameType

from devserver.harness import StacTestServer


def main() -> None:
    """Start the server, announce its URLs on stdout, stop it cleanly on SIGTERM/SIGINT."""
    parser = argparse.ArgumentParser(prog="python -m devserver", description=__doc__)
    parser.add_argument("catalog_dir", type=Path)
    parser.add_argument("--token-lifetime", type=int, default=3600)
    args = parser.parse_args()
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    # Installed before start() so a signal during start-up still ends in a clean stop().
    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    with StacTestServer(args.catalog_dir, token_lifetime=args.token_lifetime) as server:
        info = {
            "api_url": server.api_url,
            "token_url": server.token_url,
            "client_id": server.client_id,
            "client_secret": server.client_secret,
            "base_url": server.base_url,
        }
        print(json.dumps(info), flush=True)
        stop.wait()


if __name__ == "__main__":
    main()
