"""#7 in a fresh process: resident memory a 10,000-item search adds, with its layer.

python -m benchmarks.memory API_URL TOKEN_URL CLIENT_ID N_ITEMS [CATALOG_DIR]
(secret on stdin; prints JSON). With CATALOG_DIR the search covers the catalog's period, as
the dock searches (concurrent chunks, see benchmarks/concurrent.py); without, no period (page
by page).

A process of its own per run, because memory a previous search freed stays resident and is
reused: measured in one process, every search after the first would look free.

Beside the resident memory, where it goes: the bytes malloc has handed out and not had back
(glibc's mallinfo2: what the search's objects really hold, without what freed memory leaves
resident), and the size of the layer's footprint file on disk (where the items' JSON is).
"""

from __future__ import annotations

import ctypes
import gc
import json
import subprocess
import sys
from pathlib import Path

from qgis.core import QgsVectorLayer

from benchmarks.concurrent import period_spec
from benchmarks.qgisapp import start_app
from benchmarks.searching import PluginSearcher, l2a_spec, rss_bytes
from benchmarks.servers import CACHE
from devserver.harness import REPO_ROOT, StacTestServer
from earthplatform_qgis.map.footprint_file import file_of_source
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection

WARM_UP_ITEMS = 100


def measure_in_subprocess(
    server: StacTestServer, n_items: int, over_period: bool = False
) -> dict[str, float]:
    """Run main() in a new interpreter against server; its JSON answer."""
    args = [sys.executable, "-m", "benchmarks.memory", server.api_url, server.token_url]
    period = [str(server.catalog_dir)] if over_period else []
    completed = subprocess.run(
        [*args, server.client_id, str(n_items), *period],
        input=server.client_secret,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"the memory run failed:\n{completed.stderr[-3000:]}")
    answer: dict[str, float] = json.loads(completed.stdout.strip().splitlines()[-1])
    return answer


def main(
    api_url: str, token_url: str, client_id: str, n_items: int, catalog_dir: Path | None
) -> None:
    start_app(CACHE / "qgis-settings-memory")
    credentials = Credentials(client_id, sys.stdin.read().strip())
    client = EarthPlatformClient(Connection(api_url, token_url, credentials, "bench"))
    searcher = PluginSearcher(client)
    # Modules, styles, the token and connections: one-off costs, not the search's.
    searcher.search(l2a_spec(WARM_UP_ITEMS))
    searcher.reset()
    before, heap_before = rss_bytes(), _heap_in_use()
    spec = l2a_spec(n_items) if catalog_dir is None else period_spec(catalog_dir, n_items)
    run = searcher.search(spec)
    gc.collect()
    added = rss_bytes() - before
    heap = _heap_in_use()
    peak = _peak_bytes()
    layer = searcher.runner.layer()
    print(
        json.dumps(
            {
                "added_bytes": added,
                "peak_bytes": peak,
                "before_bytes": before,
                "heap_added_bytes": None if heap is None else heap - (heap_before or 0),
                "file_bytes": _file_bytes(layer) if layer else 0,
                "features": run.features,
                "seconds": run.total,
                "longest_gap_s": run.longest_gap,
            }
        )
    )


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            *("arena", "ordblks", "smblks", "hblks", "hblkhd"),
            *("usmblks", "fsmblks", "uordblks", "fordblks", "keepcost"),
        )
    ]


def _heap_in_use() -> int | None:
    """Bytes malloc has handed out and not had back, in every arena (glibc 2.33+), or None."""
    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return None
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return int(info.uordblks + info.hblkhd)


def _file_bytes(layer: QgsVectorLayer) -> int:
    """The size of the layer's footprint file on disk."""
    path = file_of_source(layer.source())
    return path.stat().st_size if path is not None else 0


def _peak_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


if __name__ == "__main__":
    folder = Path(sys.argv[5]) if len(sys.argv) > 5 else None
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), folder)
