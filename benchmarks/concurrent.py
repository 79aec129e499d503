"""#13-#16: the dock's search of a bounded period (concurrent datetime chunks) against
pystac-client, with and without a WAN-like latency, and against the page-by-page search."""

from __future__ import annotations

import json
import random
import statistics
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks import searching
from benchmarks.stats import Result, Samples
from devserver.catalog import L2A
from devserver.harness import StacTestServer
from devserver.specs import random_spec
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.order import parse_instant
from earthplatform_qgis.stac.spec import SearchSpec

LATENCY_MS = 300
RANDOM_SPECS = 20
# The dock's default.
CONCURRENCY = 4


def acquisitions(catalog_dir: Path) -> list[Any]:
    """The sentinel-2-l2a items' datetimes, read from the catalog's own file."""
    instants = []
    with (catalog_dir / "items.ndjson").open(encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            if item["collection"] == L2A:
                instants.append(parse_instant(item["properties"]["datetime"]))
    return sorted(instants)


def period_spec(catalog_dir: Path, n_items: int) -> SearchSpec:
    """Every sentinel-2-l2a item, as the dock searches: over a period (the catalog's, a day
    either side), pages of searching.PAGE_SIZE, at most n_items."""
    instants = acquisitions(catalog_dir)
    return SearchSpec(
        collections=[L2A],
        start=instants[0] - timedelta(days=1),
        end=instants[-1] + timedelta(days=1),
        limit=searching.PAGE_SIZE,
        max_items=n_items,
    )


def latency_results(
    server: StacTestServer,
    searcher: searching.PluginSearcher,
    spec: SearchSpec,
    runs: int,
    log: Callable[[str], None],
) -> list[Result]:
    """#13 (300 ms a request), #14 (none): the dock's search to a complete layer / raw
    pystac-client; #15: to the first footprints / one page's round trip, at 300 ms."""
    results = []
    client = searcher.client
    for number, latency in (("13", LATENCY_MS), ("14", 0)):
        server.configure(stac_latency_ms=latency)
        ratios, ours, raws, firsts, trips, first_ratios = (Samples() for _ in range(6))
        for run in range(runs):
            order = ("plugin", "raw") if run % 2 == 0 else ("raw", "plugin")
            for side in order:
                if side == "plugin":
                    plugin = searcher.search(spec)
                    searcher.reset()
                    if plugin.features != spec.max_items:
                        raise RuntimeError(f"the plugin's layer has {plugin.features} features")
                else:
                    raw, count = searching.raw_items_as_dicts(client, spec)
                    if count != spec.max_items:
                        raise RuntimeError(f"pystac-client got {count} items")
            trip = statistics.median(searching.page_round_trip(client, spec) for _ in range(3))
            ratios.add(plugin.total / raw)
            ours.add(plugin.total)
            raws.add(raw)
            firsts.add(plugin.first)
            trips.add(trip)
            first_ratios.add(plugin.first / trip)
            log(
                f"  {latency} ms a request, run {run + 1}/{runs}: plugin {plugin.total:.2f} s, "
                f"pystac-client {raw:.2f} s, first footprints {plugin.first:.3f} s, "
                f"one page {trip:.3f} s"
            )
        target = 0.35 if latency else 1.0
        results.append(
            Result(
                number,
                f"{spec.max_items:,}-item search of a period, {latency} ms added to each request, "
                f"to a complete footprint layer ({CONCURRENCY} requests at once) / pystac-client "
                "items_as_dicts() over the same server",
                "x",
                ratios,
                target,
                {"plugin_s": ours.values, "pystac_client_s": raws.values, "latency_ms": latency},
            )
        )
        if latency:
            results.append(
                Result(
                    "15",
                    f"that search ({latency} ms a request) to its first footprints / one page's "
                    "round trip",
                    "x",
                    first_ratios,
                    1.5,
                    {"first_footprints_s": firsts.values, "page_round_trip_s": trips.values},
                )
            )
    server.configure(stac_latency_ms=0)
    return results


def sameness_result(client: EarthPlatformClient, catalog_dir: Path) -> Result:
    """#16: random searches, concurrent and page by page: how many differ in ids or order."""
    rng = random.Random(16)
    instants = acquisitions(catalog_dir)
    differing, compared, items = 0, 0, 0
    for _ in range(RANDOM_SPECS):
        spec = random_spec(rng, [L2A], instants, (20, 50, 100), (None, 100, 333, 1000))
        sequential = [
            item["id"] for page in client.search(spec, concurrency=1) for item in page.features
        ]
        concurrent = [
            item["id"]
            for page in client.search(spec, concurrency=CONCURRENCY)
            for item in page.features
        ]
        differing += sequential != concurrent
        compared += 1
        items += len(sequential)
    return Result(
        "16",
        f"of {compared} random searches (periods, sorts, page sizes, max items; {items:,} items "
        "in all), those whose concurrent result differs from the page-by-page one in ids or "
        "order",
        "differing",
        Samples([differing]),
        0,
        {"searches": compared, "items": items},
    )
