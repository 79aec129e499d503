"""A search in concurrent datetime chunks (stac/chunks.py) gives what the page-by-page search
gives: the same items in the same order, the same numberMatched, max_items the first N; and it
stops on cancel, on errors and when the catalog orders differently.

Runs against its own test STAC API: the test catalog plus a collection of composites that have
only start_datetime and end_datetime (each matches every chunk it overlaps), some starting at
the very instant of a Sentinel-2 item (ties on the datetime).
"""

from __future__ import annotations

import copy
import json
import random
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import requests
from qgis.core import QgsProject

from devserver.harness import REPO_ROOT, StacTestServer
from devserver.specs import random_spec
from earthplatform_qgis.gui.results_model import ResultsModel
from earthplatform_qgis.gui.search_runner import SearchRunner
from earthplatform_qgis.stac.chunks import OUT_OF_ORDER
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import ApiError, CancelledError
from earthplatform_qgis.stac.order import ItemOrder, parse_instant
from earthplatform_qgis.stac.paging import Page
from earthplatform_qgis.stac.spec import SearchSpec, SortField
from tests.support.catalog import S2
from tests.support.connection import connect

COMPOSITES = "eptest-composites"
PAGE_SIZES = (7, 10, 25, 50)
MAX_ITEMS = (None, None, 15, 40, 120)


def _composite(rng: random.Random, index: int, template: dict[str, Any], start: str) -> Any:
    item = copy.deepcopy(template)
    item["id"] = f"COMPOSITE_{index:03d}"
    item["collection"] = COMPOSITES
    begin = parse_instant(start)
    assert begin is not None
    end = begin + timedelta(days=rng.randint(1, 40), hours=rng.randint(0, 23))
    properties = item["properties"]
    properties.update(
        datetime=None,
        start_datetime=start,
        end_datetime=end.isoformat().replace("+00:00", "Z"),
    )
    properties["eo:cloud_cover"] = round(rng.uniform(0, 100), 3)
    item["links"] = []
    return item


@pytest.fixture(scope="module")
def range_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StacTestServer]:
    from devserver.catalog import ensure_catalog

    base = ensure_catalog(REPO_ROOT / ".cache" / "catalog")
    folder = tmp_path_factory.mktemp("range-catalog")
    folder.chmod(0o755)
    (folder / "assets").symlink_to(base / "assets")
    collections = json.loads((base / "collections.json").read_text())
    l2a = next(collection for collection in collections if collection["id"] == S2)
    (folder / "collections.json").write_text(json.dumps([*collections, {**l2a, "id": COMPOSITES}]))
    lines = (base / "items.ndjson").read_text().splitlines()
    l2a_items = [item for item in map(json.loads, lines) if item["collection"] == S2]
    rng = random.Random(11)
    composites = []
    for index in range(40):
        template = rng.choice(l2a_items)
        start = template["properties"]["datetime"]
        if index % 2:  # the others start between acquisitions
            moment = parse_instant(start)
            assert moment is not None
            start = moment - timedelta(days=rng.randint(0, 30), seconds=rng.randint(1, 86_000))
            start = start.isoformat().replace("+00:00", "Z")
        composites.append(_composite(rng, index, template, start))
    text = "\n".join([*lines, *(json.dumps(item) for item in composites)]) + "\n"
    (folder / "items.ndjson").write_text(text)
    with StacTestServer(folder) as server:
        yield server


@pytest.fixture
def range_client(range_server: StacTestServer) -> Iterator[EarthPlatformClient]:
    range_server.reset_stats()
    client = connect(range_server)
    yield client
    client.close()
    range_server.clear_faults()
    range_server.reset_config()


def _catalog(server: StacTestServer) -> list[dict[str, Any]]:
    lines = (server.catalog_dir / "items.ndjson").read_text().splitlines()
    return [item for item in map(json.loads, lines) if item["collection"] in (S2, COMPOSITES)]


def _overlaps(item: dict[str, Any], start: datetime, end: datetime) -> bool:
    """Whether the item matches the closed interval [start, end], read from its own JSON."""
    properties = item["properties"]
    first = parse_instant(properties.get("datetime") or properties["start_datetime"])
    last = parse_instant(properties.get("datetime") or properties["end_datetime"])
    assert first is not None
    assert last is not None
    return first <= end and last >= start


def _run(client: EarthPlatformClient, spec: SearchSpec, concurrency: int) -> list[Page]:
    return list(client.search(spec, concurrency=concurrency))


def _ids(pages: list[Page]) -> list[str]:
    return [item["id"] for page in pages for item in page.features]


def test_concurrent_search_returns_the_sequential_items_in_their_order(
    range_server: StacTestServer, range_client: EarthPlatformClient
) -> None:
    catalog = _catalog(range_server)
    instants = sorted(
        moment
        for item in catalog
        if (moment := parse_instant(item["properties"].get("datetime"))) is not None
    )
    rng = random.Random(2026)
    requests_sent = _InFlight(range_client.session)
    chunked = 0
    for _ in range(20):
        spec = random_spec(
            rng, [S2, COMPOSITES], instants, (7, 10, 25, 50), (None, None, 15, 40, 120)
        )
        concurrency = rng.choice([2, 3, 4, 6])
        sequential = _run(range_client, spec, 1)
        sent = len(requests_sent.bodies)
        concurrent = _run(range_client, spec, concurrency)
        described = f"{spec.to_request_body()} with {concurrency} in flight"
        assert _ids(concurrent) == _ids(sequential), described
        assert {page.number_matched for page in concurrent} == {sequential[0].number_matched}
        assert concurrent[-1].items_so_far == len(_ids(concurrent))
        assert all(page.notice is None for page in concurrent)
        assert spec.start is not None
        assert spec.end is not None
        matching = {item["id"] for item in catalog if _overlaps(item, spec.start, spec.end)}
        assert sequential[0].number_matched == len(matching), described
        if spec.max_items is None:
            assert set(_ids(concurrent)) == matching, described
        else:
            assert len(_ids(concurrent)) == min(spec.max_items, len(matching))
        whole = spec.to_request_body().get("datetime")
        chunked += any(
            isinstance(body, dict) and body.get("datetime") != whole
            for body in requests_sent.bodies[sent:]
        )
    # Most of the searches were long enough to be split into chunks of their period.
    assert chunked >= 8


class _InFlight:
    """Counts the requests a session has under way at once."""

    def __init__(self, session: requests.Session) -> None:
        self.now = self.most = 0
        self.lock = threading.Lock()
        self.bodies: list[Any] = []
        send = session.send

        def counted(request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
            with self.lock:
                self.now += 1
                self.most = max(self.most, self.now)
                self.bodies.append(json.loads(request.body or b"null"))
            try:
                return send(request, **kwargs)
            finally:
                with self.lock:
                    self.now -= 1

        session.send = counted  # type: ignore[method-assign]


def _long_spec(**changes: Any) -> SearchSpec:
    spec = SearchSpec(
        collections=[S2],
        start=datetime(2022, 1, 1, tzinfo=timezone.utc),
        end=datetime(2023, 1, 1, tzinfo=timezone.utc),
        limit=10,
        max_items=None,
    )
    for name, value in changes.items():
        setattr(spec, name, value)
    return spec


def test_requests_in_flight_never_exceed_the_setting(
    range_client: EarthPlatformClient,
) -> None:
    counter = _InFlight(range_client.session)
    pages = _run(range_client, _long_spec(), 3)
    assert counter.most == 3
    # The first page asks for the whole period; the chunks for parts of it.
    periods = {body["datetime"] for body in counter.bodies}
    assert len(periods) > 3
    assert len(_ids(pages)) == len(set(_ids(pages))) == pages[0].number_matched


def test_a_search_of_one_page_sends_one_request(range_client: EarthPlatformClient) -> None:
    counter = _InFlight(range_client.session)
    spec = _long_spec(limit=100, max_items=100)
    pages = _run(range_client, spec, 4)
    assert len(counter.bodies) == 1
    assert len(_ids(pages)) == 100


def test_cancel_stops_every_chunk_within_a_second(
    range_server: StacTestServer, range_client: EarthPlatformClient
) -> None:
    # The first page comes back; every later request hangs for 30 s.
    range_server.inject_fault(
        path="/platform/v1/stac/search", action="hang", seconds=30, count=-1, after=1
    )
    cancelled = threading.Event()
    asked: list[float] = []

    def cancel() -> None:
        asked.append(time.monotonic())
        cancelled.set()

    pages = range_client.search(_long_spec(), concurrency=4, cancelled=cancelled.is_set)
    assert len(next(pages).features) == 10
    threading.Timer(0.5, cancel).start()
    with pytest.raises(CancelledError):
        next(pages)
    # From the cancel on: generous against a slow machine, far below the 30 s of the hang.
    assert time.monotonic() - asked[0] < 1.0
    assert range_server.stats()["paths"]["POST /platform/v1/stac/search"] <= 5


def test_an_error_in_one_chunk_ends_the_search_with_the_pages_before_it(
    range_server: StacTestServer, range_client: EarthPlatformClient
) -> None:
    spec = _long_spec(sortby=[SortField("eo:cloud_cover")])
    reference = _ids(_run(range_client, spec, 1))
    range_server.inject_fault(
        path="/platform/v1/stac/search", action="status", status=500, count=-1, after=6
    )
    received: list[str] = []
    with pytest.raises(ApiError, match="HTTP 500"):
        _read_into(received, range_client.search(spec, concurrency=4))
    # What arrived is the start of the whole result, in order: a partial layer, never a gap.
    assert 10 <= len(received) < len(reference)
    assert received == reference[: len(received)]


def test_a_server_asking_to_slow_down_holds_every_chunk(
    range_server: StacTestServer,
    range_client: EarthPlatformClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = _long_spec()
    reference = _ids(_run(range_client, spec, 1))
    sent: list[float] = []
    send = requests.adapters.HTTPAdapter.send

    def timed(adapter: Any, request: requests.PreparedRequest, **kwargs: Any) -> Any:
        sent.append(time.time())  # after the pause: when the request really leaves
        return send(adapter, request, **kwargs)

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", timed)
    # The first page passes; the next request to arrive (a chunk's) is told to wait 1 s.
    range_server.inject_fault(
        path="/platform/v1/stac/search", action="status", status=429, retry_after=1, after=1
    )
    pages = _run(range_client, spec, 4)
    assert _ids(pages) == reference
    recent = range_server.stats()["recent"]
    refused = next(entry["time"] for entry in recent if entry["status"] == 429)
    # Sent once the client knew of the 429 (0.1 s to learn of it): not before the second.
    after = [moment for moment in sent if moment > refused + 0.1]
    assert after
    assert min(after) >= refused + 0.9


def _read_into(received: list[str], pages: Iterator[Page]) -> None:
    for page in pages:
        received += [item["id"] for item in page.features]


def test_a_token_refused_mid_search_is_renewed_once_for_every_chunk(
    range_server: StacTestServer, range_client: EarthPlatformClient
) -> None:
    pages = range_client.search(_long_spec(), concurrency=4)
    ids = [item["id"] for item in next(pages).features]
    assert range_client.tokens is not None
    minted = range_client.tokens.minted
    range_server.revoke_tokens()
    ids += [item["id"] for page in pages for item in page.features]
    assert range_client.tokens.minted == minted + 1
    assert ids == _ids(_run(range_client, _long_spec(), 1))


class _Kinked(ItemOrder):
    """Cloud cover ascending up to 30 %, then descending: agrees with the catalog on the
    first pages, not later."""

    def key(self, item: dict[str, Any]) -> tuple[Any, ...]:
        cloud = item["properties"]["eo:cloud_cover"]
        return (cloud if cloud < 30 else 100 - cloud, item["id"])


def test_a_catalog_sorting_otherwise_is_read_page_by_page_and_said_so(
    range_client: EarthPlatformClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _long_spec(sortby=[SortField("eo:cloud_cover")])
    reference = _run(range_client, spec, 1)
    monkeypatch.setattr(range_client, "item_order", lambda _spec: _Kinked(spec.sortby, {}))
    pages = _run(range_client, spec, 4)
    assert sorted(_ids(pages)) == sorted(_ids(reference))
    assert len(set(_ids(pages))) == len(_ids(pages))
    assert [page.notice for page in pages if page.notice] == [OUT_OF_ORDER]


def test_the_layer_and_the_table_follow_the_catalogs_order(
    range_client: EarthPlatformClient, qtbot: Any
) -> None:
    spec = _long_spec(sortby=[SortField("eo:cloud_cover", descending=True)], max_items=75)
    reference = _ids(_run(range_client, spec, 1))
    model = ResultsModel()
    runner = SearchRunner(model)
    with qtbot.waitSignal(runner.finished, timeout=60_000):
        runner.start(range_client, spec)
    layer = runner.layer()
    assert layer is not None
    try:
        assert [feature["id"] for feature in layer.getFeatures()] == reference
        rows = [layer.getFeature(model.feature_id(row))["id"] for row in range(model.rowCount())]
        assert rows == reference
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
