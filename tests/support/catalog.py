"""What the test catalog's own files say, read without the plugin's code: the reference the
tests compare the plugin's results with (see devserver/catalog.py for the layout)."""

from __future__ import annotations

import json
from typing import Any

from devserver.harness import StacTestServer

S2 = "sentinel-2-l2a"
# devserver.catalog.EXTRA_ASSETS_TILE: its generated items carry a visual (TCI) asset, file:size
# and file:checksum besides red, green and blue.
VISUAL_TILE = "31TDJ"
# The tile of the real fixture items: red, green and blue, no visual asset.
RGB_TILE = "31TCJ"


def catalog_items(server: StacTestServer, collection: str = S2) -> list[dict[str, Any]]:
    """The catalog's items read from the files the server loaded (independent of the client)."""
    with open(server.catalog_dir / "items.ndjson", encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle]
    return [item for item in items if item["collection"] == collection]
