"""Footprint layer building (#2) against json.loads of the same pages.

python -m benchmarks.layer_build [N_ITEMS]  (QGIS's Python): the same comparison on generated
items without a server, with the share of the item_json encoding, for profiling.
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from devserver.catalog import generate_items
from earthplatform_qgis.map.footprint_file import FootprintWriter, footprint_rows
from earthplatform_qgis.map.footprint_store import FootprintStore
from earthplatform_qgis.map.footprints import open_footprint_layer, show_complete, show_written
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.paging import parse_page
from earthplatform_qgis.stac.spec import SearchSpec

SEED = 1
RUNS = 3
# The encoder footprint_rows uses for the item_json field (map/footprint_file.py).
ITEM_ENCODER = json.JSONEncoder(check_circular=False, separators=(",", ":"))


def fetch_pages(client: EarthPlatformClient, spec: SearchSpec) -> list[bytes]:
    """The raw bodies of every page of the search (rel=next followed as pystac-client does)."""
    url: str | None = f"{client.api_url}/search"
    method = "POST"
    body: dict[str, Any] | None = spec.to_request_body()
    pages: list[bytes] = []
    while url:
        response = client.session.request(method, url, json=body if method == "POST" else None)
        response.raise_for_status()
        pages.append(response.content)
        page = json.loads(response.content)
        link = next((ln for ln in page.get("links", []) if ln.get("rel") == "next"), None)
        if not page["features"] or link is None:
            break
        url, method = link["href"], link.get("method", "GET").upper()
        body = {**(body or {}), **link.get("body", {})} if method == "POST" else None
    return pages


def parse_pages(pages: list[bytes]) -> float:
    """Seconds json.loads takes over every page (results kept, as a client keeps them)."""
    gc.collect()
    start = time.perf_counter()
    parsed = [json.loads(page) for page in pages]
    elapsed = time.perf_counter() - start
    del parsed
    return elapsed


Parsed = list[tuple[list[dict[str, Any]], list[bytes] | None]]


def split_pages(pages: list[bytes]) -> Parsed:
    """Each page's items and their own JSON texts, as the plugin's paging parses them."""
    parsed = []
    for page in pages:
        body, texts = parse_page(page)
        parsed.append((body["features"], texts))
    return parsed


def loaded_pages(pages: list[bytes]) -> Parsed:
    """Each page's items by json.loads alone: item_json is then encoded again from the dicts."""
    return [(json.loads(page)["features"], None) for page in pages]


def parse_pages_as_plugin(pages: list[bytes]) -> float:
    """Seconds the plugin's parse_page takes over every page (to compare with json.loads)."""
    gc.collect()
    start = time.perf_counter()
    parsed = split_pages(pages)
    elapsed = time.perf_counter() - start
    del parsed
    return elapsed


def build_layer(pages: Parsed) -> tuple[float, int]:
    """Seconds to build one footprint layer from parsed pages, page by page as the plugin
    does (a new footprint file; footprint_rows and a write, then show_written, for each page;
    show_complete), and the layer's feature count."""
    gc.collect()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        path = FootprintStore(Path(folder)).new_file("bench")
        layer = open_footprint_layer(path, "bench")
        with FootprintWriter(path) as writer:
            for items, texts in pages:
                rows, _problems = footprint_rows(items, texts)
                show_written(layer, writer.write(rows).extent)
        show_complete(layer)
        elapsed = time.perf_counter() - start
        count = layer.featureCount()
        del layer
    return elapsed, count


def best_of(runs: int, work: Callable[[], Any]) -> float:
    """The shortest of `runs` timings of work(), in seconds (the least disturbed run)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(n_items: int) -> None:
    from benchmarks.qgisapp import start_app
    from benchmarks.servers import CACHE

    start_app(CACHE / "qgis-settings")
    texts = [json.dumps(item) for item in generate_items(n_items, SEED)]
    items = [json.loads(text) for text in texts]
    parse = best_of(RUNS, lambda: [json.loads(text) for text in texts])
    build = best_of(RUNS, lambda: footprint_rows(items))
    # The same serialisation footprint_rows does for item_json without the server's texts.
    serialise = best_of(RUNS, lambda: [ITEM_ENCODER.encode(item) for item in items])
    rows, problems = footprint_rows(items)
    with tempfile.TemporaryDirectory() as folder:
        path = FootprintStore(Path(folder)).new_file("benchmark")
        with FootprintWriter(path) as writer:
            write = best_of(1, lambda: writer.write(rows))
    print(f"{n_items} items, {sum(map(len, texts)) / n_items:.0f} bytes of JSON each")
    print(f"json.loads            {parse:.3f} s")
    print(f"footprint_rows        {build:.3f} s  ({len(rows)} rows, {len(problems)} problems)")
    print(f"  of which item_json  {serialise:.3f} s (json encoding alone)")
    print(f"FootprintWriter.write {write:.3f} s")
    print(f"rows / parse ratio    {build / parse:.2f}")
    print(f"  minus that encoding {(build - serialise) / parse:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
