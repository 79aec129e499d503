"""How long footprint features take to build compared with parsing the same items' JSON.

python -m benchmarks.layer_build [N_ITEMS]  (QGIS's Python; prints times and their ratio)
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

from earthplatform_qgis.core.layers import (
    add_features,
    create_footprint_layer,
    features_from_items,
    footprint_fields,
)
from tests.stacserver.catalog import generate_items

SEED = 1
RUNS = 3


def best_of(runs: int, work: Callable[[], Any]) -> float:
    """The shortest of `runs` timings of work(), in seconds (the least disturbed run)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(n_items: int) -> None:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    texts = [json.dumps(item) for item in generate_items(n_items, SEED)]
    items = [json.loads(text) for text in texts]
    fields = footprint_fields()
    parse = best_of(RUNS, lambda: [json.loads(text) for text in texts])
    build = best_of(RUNS, lambda: features_from_items(items, fields))
    # The same serialisation features_from_items does for item_json: most of its time.
    encoder = json.JSONEncoder(check_circular=False, separators=(",", ":"))
    serialise = best_of(RUNS, lambda: [encoder.encode(item) for item in items])
    features, problems = features_from_items(items, fields)
    layer = create_footprint_layer("benchmark")
    add = best_of(1, lambda: add_features(layer, features))
    print(f"{n_items} items, {sum(map(len, texts)) / n_items:.0f} bytes of JSON each")
    print(f"json.loads            {parse:.3f} s")
    print(
        f"features_from_items   {build:.3f} s  ({len(features)} features, {len(problems)} problems)"
    )
    print(f"  of which item_json  {serialise:.3f} s (json encoding alone)")
    print(f"add_features          {add:.3f} s")
    print(f"build / parse ratio   {build / parse:.2f}")
    print(f"  minus that encoding {(build - serialise) / parse:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
