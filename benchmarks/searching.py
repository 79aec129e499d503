"""Searches as the dock runs them (SearchRunner + SearchTask) and the baselines beside them."""

from __future__ import annotations

import gc
import json
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

from benchmarks.qgisapp import Heartbeat, clear_project, spin_for, spin_until
from benchmarks.servers import pystac_client_on
from devserver.catalog import L2A
from earthplatform_qgis.gui.results_model import ResultsModel
from earthplatform_qgis.gui.search_runner import SearchRunner
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.spec import SearchSpec

PAGE_SIZE = 100
SEARCH_TIMEOUT = 300.0


def l2a_spec(n_items: int) -> SearchSpec:
    """Every sentinel-2-l2a item up to n_items, PAGE_SIZE a page (no filter: pure paging)."""
    return SearchSpec(collections=[L2A], limit=PAGE_SIZE, max_items=n_items)


@dataclass(frozen=True)
class PluginRun:
    """One search through SearchRunner: seconds to the complete layer and to its first
    footprints, the GUI thread's longest heartbeat gap, and how many features arrived."""

    total: float
    first: float
    longest_gap: float
    features: int
    longest_batch: float


class PluginSearcher:
    """The dock's search machinery: one SearchRunner, its ResultsModel and a heartbeat."""

    def __init__(self, client: EarthPlatformClient) -> None:
        self.client = client
        self.model = ResultsModel()
        self.runner = SearchRunner(self.model)
        self.heartbeat = Heartbeat()
        self.outcomes: list[Any] = []
        self.runner.finished.connect(self.outcomes.append)
        # Time spent in each page's GUI-thread handler (show_written, model, progress): what
        # the heartbeat gap would be on an idle machine. start() looks the handler up on the
        # instance at each batch, so wrapping it here measures without changing it.
        self.batch_seconds: list[float] = []
        handler = self.runner._on_batch

        def timed_on_batch(*args: Any) -> None:
            start = time.perf_counter()
            try:
                handler(*args)
            finally:
                self.batch_seconds.append(time.perf_counter() - start)

        self.runner._on_batch = timed_on_batch  # type: ignore[method-assign, assignment]

    def search(self, spec: SearchSpec) -> PluginRun:
        """Search with spec and wait for its finished signal, timing it as a user sees it."""
        first: list[float] = []
        finished_at: list[float] = []

        def on_progress(_text: str) -> None:
            # progress follows each page's show_written: the first with rows in the table is
            # the moment footprints appear.
            if not first and self.model.rowCount() > 0:
                first.append(time.perf_counter())

        def on_finished(_outcome: Any) -> None:
            finished_at.append(time.perf_counter())

        self.runner.progress.connect(on_progress)
        self.runner.finished.connect(on_finished)
        self.batch_seconds.clear()
        self.heartbeat.start()
        start = time.perf_counter()
        try:
            self.runner.start(self.client, spec)
            spin_until(lambda: bool(finished_at), SEARCH_TIMEOUT, "plugin search")
        finally:
            gap = self.heartbeat.stop()
            self.runner.progress.disconnect(on_progress)
            self.runner.finished.disconnect(on_finished)
        outcome = self.outcomes[-1]
        if not outcome.ok:
            raise RuntimeError(f"the plugin's search failed: {outcome}")
        layer = self.runner.layer()
        count = layer.featureCount() if layer is not None else 0
        longest_batch = max(self.batch_seconds, default=0.0)
        return PluginRun(finished_at[0] - start, first[0] - start, gap, count, longest_batch)

    def gap_after(self, seconds: float) -> float:
        """The heartbeat's longest gap over the next `seconds` of an idle event loop: whether a
        search leaves a pause behind it (a garbage collection put off, say)."""
        self.heartbeat.start()
        spin_for(seconds)
        return self.heartbeat.stop()

    def reset(self) -> None:
        """Forget the last search's layer and rows, as a user removing the layer would."""
        self.model.clear()
        clear_project()
        gc.collect()


def raw_items_as_dicts(client: EarthPlatformClient, spec: SearchSpec) -> tuple[float, int]:
    """Seconds pystac-client takes to fetch the same pages as dicts (on the plugin's session)."""
    stac = pystac_client_on(client)
    start = time.perf_counter()
    items = list(stac.search(**spec.to_search_kwargs()).items_as_dicts())
    return time.perf_counter() - start, len(items)


def page_round_trip(client: EarthPlatformClient, spec: SearchSpec) -> float:
    """Seconds for the search's first page: POST, answer and JSON parsing, nothing else."""
    body = spec.to_request_body()
    start = time.perf_counter()
    response = client.session.post(f"{client.api_url}/search", json=body)
    response.raise_for_status()
    page = response.json()
    elapsed = time.perf_counter() - start
    if len(page["features"]) != PAGE_SIZE:
        raise RuntimeError("the first page is not a full page")
    return elapsed


def stac_plugin_pattern(client: EarthPlatformClient, spec: SearchSpec) -> tuple[float, int]:
    """Seconds for the search shown the way qgis-stac-plugin shows results.

    pystac-client's items(), then on the GUI thread one GeoJSON file and one OGR layer per
    item in a layer group. Its fetching is taken as pystac-client's own (not its re-walk of
    the pages from page 1, which costs it ~10x more): a generous reference.
    """
    stac = pystac_client_on(client)
    folder = Path(tempfile.mkdtemp(prefix="bench-stac-plugin-"))
    try:
        start = time.perf_counter()
        items = list(stac.search(**spec.to_search_kwargs()).items())
        project = QgsProject.instance()
        group = project.layerTreeRoot().insertGroup(0, "STAC plugin results")
        for item in items:
            path = folder / f"{item.id}.geojson"
            path.write_text(json.dumps(item.to_dict()))
            layer = QgsVectorLayer(str(path), item.id, "ogr")
            project.addMapLayer(layer, False)
            group.addLayer(layer)
        elapsed = time.perf_counter() - start
        return elapsed, len(items)
    finally:
        clear_project()
        shutil.rmtree(folder, ignore_errors=True)


def rss_bytes() -> int:
    """This process's resident memory (VmRSS of /proc/self/status)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def os_thread_count() -> int:
    """Threads of this process as the kernel sees them (Qt's pool threads too)."""
    return len(list(Path("/proc/self/task").iterdir()))


@dataclass(frozen=True)
class Leftovers:
    """What 20 searches in a row left behind once the last one finished and things settled."""

    python_threads: int
    os_threads: int
    tasks: int
    active_tasks: int
    layers: int
    layer_names: list[str]

    @property
    def total(self) -> int:
        """Threads (Python), tasks and layers left over: the figure that must be 0."""
        return self.python_threads + self.tasks + self.active_tasks + self.layers


def repeated_searches(
    searcher: PluginSearcher, spec: SearchSpec, count: int, settle: float
) -> Leftovers:
    """`count` searches started one after another (each cancels the one before, as a new
    click on Search does), the last left to finish; then what is left over."""
    searcher.reset()
    spin_for(0.5)
    threads_before = threading.active_count()
    os_threads_before = os_thread_count()
    manager = QgsApplication.taskManager()
    tasks_before = manager.count()
    finished_before = len(searcher.outcomes)
    for index in range(count):
        searcher.runner.start(searcher.client, spec)
        # A user clicking again: somewhere between at once and a few pages in.
        spin_for(0.02 + (index * 37 % 10) * 0.03)
    spin_until(lambda: not searcher.runner.running, SEARCH_TIMEOUT, "the last search")
    deadline = time.monotonic() + settle
    spin_until(
        lambda: (
            (manager.count() <= tasks_before and threading.active_count() <= threads_before)
            or time.monotonic() > deadline
        ),
        settle + 5,
        "settling",
    )
    latest = searcher.runner.layer()
    latest_id = latest.id() if latest is not None else None
    others = [
        layer
        for layer_id, layer in QgsProject.instance().mapLayers().items()
        if layer_id != latest_id
    ]
    if len(searcher.outcomes) - finished_before < 1:
        raise RuntimeError("the last search never finished")
    return Leftovers(
        python_threads=max(0, threading.active_count() - threads_before),
        os_threads=os_thread_count() - os_threads_before,
        tasks=max(0, manager.count() - tasks_before),
        active_tasks=len(manager.activeTasks()),
        layers=len(others),
        layer_names=[layer.name() for layer in others],
    )
