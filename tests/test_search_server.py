"""SearchSpec searches run by the core client against the real test STAC API (pgstac).

Every result is compared with an independent filter of the catalog's own files, written here
without the plugin's code: datetimes are compared as Python datetimes, footprints with OGR's
Intersects, query operators in Python, sort orders by sorting the expected items' keys.
Items are told apart by (collection, id): the mask collections' ids only differ by collection.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from osgeo import ogr, osr

from devserver.harness import StacTestServer
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import ApiError
from earthplatform_qgis.stac.paging import Page
from earthplatform_qgis.stac.spec import SearchSpec, SortField
from tests.support.catalog import catalog_items

ogr.UseExceptions()
osr.UseExceptions()

Item = dict[str, Any]
Key = tuple[str, str]  # (collection, id)

S2 = "sentinel-2-l2a"
AG = "sentinel-2-l2a-cog-ag-cloud-mask"
EDA = "sentinel-2-eda-cloud-mask"
COLLECTIONS = [S2, AG, EDA]
SEARCH = "POST /platform/v1/stac/search"
PARIS = timezone(timedelta(hours=2))
# Upper-left corners (EPSG:32631) of three of the catalog's 109.8 km MGRS tiles, as documented
# in devserver/catalog.py; a tile's centre is 54.9 km east and south of its corner.
TILE_CORNERS = {
    "31TCJ": (300_000, 4_900_020),
    "31TBK": (200_000, 5_000_020),
    "31TDH": (400_000, 4_800_020),
}
HALF_TILE_M = 54_900
# Python's evaluation of the query extension's operators; a missing property matches nothing.
COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": operator.eq,
    "neq": operator.ne,
    "lt": operator.lt,
    "lte": operator.le,
    "gt": operator.gt,
    "gte": operator.ge,
}


# ---------------------------------------------------------------- the independent filter


def catalog(server: StacTestServer) -> list[Item]:
    """Every item of the three collections, read from the files the server loaded."""
    items = [item for collection in COLLECTIONS for item in catalog_items(server, collection)]
    assert len(items) > 3 * 100, "the catalog is smaller than these tests assume"
    return items


def key(item: Item) -> Key:
    return (str(item["collection"]), str(item["id"]))


def when(item: Item) -> datetime:
    # The "Z" suffix is spelled out: fromisoformat reads it only from Python 3.11 on.
    return datetime.fromisoformat(item["properties"]["datetime"].replace("Z", "+00:00"))


def footprint(item: Item) -> Any:
    return ogr.CreateGeometryFromJson(json.dumps(item["geometry"]))


def intersects(item: Item, geometry: dict[str, Any]) -> bool:
    return bool(footprint(item).Intersects(ogr.CreateGeometryFromJson(json.dumps(geometry))))


def matches_query(item: Item, query: dict[str, dict[str, Any]]) -> bool:
    properties = item["properties"]
    return all(
        name in properties and COMPARISONS[op](properties[name], value)
        for name, operators in query.items()
        for op, value in operators.items()
    )


def select(items: list[Item], **criteria: Any) -> list[Item]:
    """The items meeting every criterion given, judged without the plugin's code."""
    tests: list[Callable[[Item], bool]] = []
    if "collections" in criteria:
        tests.append(lambda item: item["collection"] in criteria["collections"])
    if "ids" in criteria:
        tests.append(lambda item: item["id"] in criteria["ids"])
    if criteria.get("start") is not None:
        tests.append(lambda item: when(item) >= criteria["start"])
    if criteria.get("end") is not None:
        tests.append(lambda item: when(item) <= criteria["end"])
    if "intersects" in criteria:
        tests.append(lambda item: intersects(item, criteria["intersects"]))
    if "query" in criteria:
        tests.append(lambda item: matches_query(item, criteria["query"]))
    return [item for item in items if all(test(item) for test in tests)]


def sort_value(item: Item, field: str) -> Any:
    return when(item) if field == "datetime" else item["properties"][field]


def sort_keys(items: list[Item], sortby: list[SortField]) -> list[tuple[Any, ...]]:
    """The items' sort keys in the order the sort asks for, ties in any order."""
    ordered = list(items)
    for sort in reversed(sortby):  # stable sorts, least significant field first
        ordered.sort(key=functools.partial(sort_value, field=sort.field), reverse=sort.descending)
    return [tuple(sort_value(item, s.field) for s in sortby) for item in ordered]


def discriminating(expected: list[Item], universe: list[Item]) -> set[Key]:
    """The keys of `expected`, checked to be some but not all of `universe`."""
    assert 0 < len(expected) < len(universe), "the criterion must select some items, not all"
    return {key(item) for item in expected}


def square(lon: float, lat: float, half: float = 0.01) -> list[list[list[float]]]:
    ring = [
        [lon - half, lat - half],
        [lon + half, lat - half],
        [lon + half, lat + half],
        [lon - half, lat + half],
        [lon - half, lat - half],
    ]
    return [ring]


def tile_centre(tile: str) -> tuple[float, float]:
    """Longitude and latitude of an MGRS tile's centre."""
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32631)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y = TILE_CORNERS[tile]
    lon, lat, _ = osr.CoordinateTransformation(utm, wgs84).TransformPoint(
        x + HALF_TILE_M, y - HALF_TILE_M
    )
    return float(lon), float(lat)


# ---------------------------------------------------------------- running searches


def run(client: EarthPlatformClient, spec: SearchSpec) -> list[Page]:
    """Every page of the search, as the dock would fetch them."""
    return list(client.search_pages(spec.to_request_body(), max_items=spec.max_items))


def features(pages: list[Page]) -> list[Item]:
    return [feature for page in pages for feature in page.features]


def found(pages: list[Page]) -> set[Key]:
    """The (collection, id) of every result, checked to arrive once each."""
    keys = [key(feature) for feature in features(pages)]
    assert len(keys) == len(set(keys)), "an item arrived twice"
    return set(keys)


def searches(server: StacTestServer) -> int:
    return int(server.stats()["paths"].get(SEARCH, 0))


def everything(**fields: Any) -> SearchSpec:
    """A spec over the whole catalog (all three collections), every match wanted."""
    fields.setdefault("collections", list(COLLECTIONS))
    return SearchSpec(limit=1000, max_items=None, **fields)


def assert_same_results(
    pages: list[Page], expected: list[Item], universe: list[Item], server: StacTestServer
) -> None:
    """The search found exactly `expected`, said how many in numberMatched, in one request."""
    assert found(pages) == discriminating(expected, universe)
    assert pages[0].number_matched == len(expected)
    assert searches(server) == 1


# ---------------------------------------------------------------- collections


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_one_collection_gives_its_items_only(
    client: EarthPlatformClient, stac_control: StacTestServer, collection: str
) -> None:
    items = catalog(stac_control)
    pages = run(client, everything(collections=[collection]))
    assert_same_results(pages, select(items, collections=[collection]), items, stac_control)


def test_two_collections_give_the_items_of_both(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    items = catalog(stac_control)
    pages = run(client, everything(collections=[AG, EDA]))
    expected = select(items, collections=[AG, EDA])
    assert {item["collection"] for item in expected} == {AG, EDA}
    assert_same_results(pages, expected, items, stac_control)


# ---------------------------------------------------------------- datetime


def item_times(server: StacTestServer) -> list[datetime]:
    """The distinct item datetimes of the catalog, earliest first."""
    return sorted({when(item) for item in catalog(server)})


@pytest.mark.parametrize("zone", [timezone.utc, PARIS], ids=["utc", "paris"])
@pytest.mark.parametrize("side", ["closed", "open-start", "open-end"])
def test_datetime_range_includes_its_boundaries(
    client: EarthPlatformClient, stac_control: StacTestServer, side: str, zone: timezone
) -> None:
    times = item_times(stac_control)
    # Both boundaries are the datetime of some item, so inclusiveness shows.
    start = None if side == "open-start" else times[len(times) // 4].astimezone(zone)
    end = None if side == "open-end" else times[len(times) * 3 // 4].astimezone(zone)
    items = catalog(stac_control)
    expected = select(items, start=start, end=end)
    pages = run(client, everything(start=start, end=end))
    assert_same_results(pages, expected, items, stac_control)
    on_boundaries = {key(item) for item in items if when(item) in (start, end)}
    assert on_boundaries
    assert on_boundaries <= found(pages)


# ---------------------------------------------------------------- intersects


def test_small_polygon_over_one_tile_finds_the_footprints_covering_it(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    aoi = {"type": "Polygon", "coordinates": square(*tile_centre("31TCJ"))}
    items = catalog(stac_control)
    expected = select(items, intersects=aoi)
    pages = run(client, everything(intersects=aoi))
    assert_same_results(pages, expected, items, stac_control)
    assert {f["properties"]["grid:code"] for f in features(pages)} == {"MGRS-31TCJ"}
    assert {f["collection"] for f in features(pages)} == set(COLLECTIONS)


def test_multipolygon_of_two_far_apart_squares_finds_both_places(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    aoi = {
        "type": "MultiPolygon",
        "coordinates": [square(*tile_centre("31TBK")), square(*tile_centre("31TDH"))],
    }
    items = catalog(stac_control)
    expected = select(items, intersects=aoi)
    pages = run(client, everything(intersects=aoi))
    assert_same_results(pages, expected, items, stac_control)
    tiles = {f["properties"]["grid:code"] for f in features(pages)}
    assert tiles == {"MGRS-31TBK", "MGRS-31TDH"}


def test_polygon_away_from_every_footprint_finds_nothing(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    aoi = {"type": "Polygon", "coordinates": square(-60.0, -30.0, half=1.0)}
    assert select(catalog(stac_control), intersects=aoi) == []
    pages = run(client, everything(intersects=aoi))
    assert features(pages) == []
    assert pages[0].number_matched == 0
    assert searches(stac_control) == 1


# ---------------------------------------------------------------- query


QUERIES: list[dict[str, dict[str, Any]]] = [
    # 10, 20 and 9.99 are cloud covers of catalog items, so lt/lte and gt/gte differ.
    {"eo:cloud_cover": {"lt": 10}},
    {"eo:cloud_cover": {"lte": 10}},
    {"eo:cloud_cover": {"gt": 20}},
    {"eo:cloud_cover": {"gte": 20}},
    {"eo:cloud_cover": {"eq": 9.99}},
    {"eo:cloud_cover": {"eq": 0}},
    {"eo:cloud_cover": {"neq": 100}},
    {"eo:cloud_cover": {"gte": 10, "lte": 20}},
    {"eda:ag_cloud_mask_available": {"eq": True}},
    {"eda:ag_cloud_mask_available": {"eq": False}},
    {"platform": {"eq": "sentinel-2b"}},
    {"platform": {"neq": "sentinel-2b"}},
    {"grid:code": {"eq": "MGRS-31TCJ"}, "platform": {"eq": "sentinel-2a"}},
]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: json.dumps(q))
def test_query_operator_selects_what_python_selects(
    client: EarthPlatformClient, stac_control: StacTestServer, query: dict[str, dict[str, Any]]
) -> None:
    items = catalog(stac_control)
    pages = run(client, everything(query=query))
    assert_same_results(pages, select(items, query=query), items, stac_control)


# The query extension also names startsWith, endsWith, contains and in, and SearchSpec accepts
# them, but stac-fastapi's query extension (the one stac-fastapi-pgstac serves) validates the
# operator against eq, ne, neq, lt, lte, gt and gte only: the search fails with HTTP 400 and the
# server's words, once (a 400 is not retried), rather than returning a wrong result.
@pytest.mark.parametrize(
    "query",
    [
        {"platform": {"startsWith": "sentinel-2"}},
        {"platform": {"endsWith": "2b"}},
        {"s2:product_uri": {"contains": "31TCJ"}},
        {"grid:code": {"in": ["MGRS-31TCJ", "MGRS-31TDH"]}},
    ],
    ids=lambda q: json.dumps(q),
)
def test_query_operator_pgstac_lacks_is_an_error_the_user_reads(
    client: EarthPlatformClient, stac_control: StacTestServer, query: dict[str, dict[str, Any]]
) -> None:
    spec = everything(query=query)
    assert spec.validate() == []
    with pytest.raises(ApiError) as raised:
        run(client, spec)
    assert raised.value.status == 400
    (operator_name,) = next(iter(query.values()))
    assert operator_name in str(raised.value)
    assert "'eq', 'ne', 'neq', 'lt', 'lte', 'gt' or 'gte'" in str(raised.value)
    assert searches(stac_control) == 1


# ---------------------------------------------------------------- sortby


SORTS: list[list[SortField]] = [
    [SortField("datetime")],
    [SortField("datetime", descending=True)],
    [SortField("eo:cloud_cover")],
    [SortField("eo:cloud_cover", descending=True)],
    [SortField("platform"), SortField("eo:cloud_cover", descending=True)],
    [SortField("grid:code", descending=True), SortField("datetime")],
]


@pytest.mark.parametrize(
    "sortby",
    SORTS,
    ids=lambda s: ",".join(("-" if f.descending else "+") + f.field for f in s),
)
def test_sorted_results_come_in_order_across_pages(
    client: EarthPlatformClient, stac_control: StacTestServer, sortby: list[SortField]
) -> None:
    items = catalog(stac_control)
    expected = select(items, collections=[S2])
    spec = SearchSpec(collections=[S2], sortby=sortby, limit=40, max_items=None)
    pages = run(client, spec)
    assert found(pages) == discriminating(expected, items)
    got = [tuple(sort_value(f, s.field) for s in sortby) for f in features(pages)]
    want = sort_keys(expected, sortby)
    assert len(set(want)) > len(want) // 2, "the sort keys must tell most items apart"
    assert got == want
    assert len(pages) == searches(stac_control) == math.ceil(len(expected) / 40)


def test_cloud_cover_sorts_as_numbers_not_text(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    spec = SearchSpec(
        collections=[S2],
        query={"eo:cloud_cover": {"gte": 9.99, "lte": 100}},
        sortby=[SortField("eo:cloud_cover")],
        max_items=None,
    )
    covers = [f["properties"]["eo:cloud_cover"] for f in features(run(client, spec))]
    # Text order would put 100 before 15 and 9.99 last.
    assert covers[0] == 9.99
    assert covers[-1] == 100
    assert covers == sorted(covers)


# ---------------------------------------------------------------- limit and max_items


@pytest.mark.parametrize("limit", [7, 100, 300, 1000])
def test_pages_hold_at_most_limit_and_each_is_fetched_once(
    client: EarthPlatformClient, stac_control: StacTestServer, limit: int
) -> None:
    items = catalog(stac_control)
    expected = select(items, collections=[S2])
    pages = run(client, SearchSpec(collections=[S2], limit=limit, max_items=None))
    assert found(pages) == discriminating(expected, items)
    sizes = [len(page.features) for page in pages]
    assert all(size == limit for size in sizes[:-1])
    assert 0 < sizes[-1] <= limit
    assert {page.number_matched for page in pages} == {len(expected)}
    assert len(pages) == searches(stac_control) == math.ceil(len(expected) / limit)


@pytest.mark.parametrize(("limit", "max_items"), [(10, 25), (10, 30), (100, 7), (1, 3), (50, 1000)])
def test_max_items_gives_the_first_items_and_stops_asking(
    client: EarthPlatformClient, stac_control: StacTestServer, limit: int, max_items: int
) -> None:
    items = catalog(stac_control)
    expected = select(items, collections=[S2])
    sortby = [SortField("eo:cloud_cover")]
    spec = SearchSpec(collections=[S2], sortby=sortby, limit=limit, max_items=max_items)
    pages = run(client, spec)
    wanted = min(max_items, len(expected))
    got = features(pages)
    assert len(got) == wanted
    assert found(pages) <= discriminating(expected, items)
    got_keys = [tuple(sort_value(f, s.field) for s in sortby) for f in got]
    assert got_keys == sort_keys(expected, sortby)[:wanted]
    assert searches(stac_control) == math.ceil(wanted / min(limit, max_items))


# ---------------------------------------------------------------- ids


def test_ids_find_those_items_and_a_missing_id_is_simply_absent(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    items = catalog(stac_control)
    chosen = [catalog_items(stac_control, c)[i] for c in COLLECTIONS for i in (3, 40)]
    ids = [item["id"] for item in chosen] + ["S2A_31TCJ_20990101_0_L2A"]
    pages = run(client, SearchSpec(ids=ids, max_items=None))
    expected = select(items, ids=ids)
    assert {key(item) for item in chosen} == discriminating(expected, items)
    assert_same_results(pages, expected, items, stac_control)


def test_ids_with_collections_keep_only_the_ids_in_those_collections(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    items = catalog(stac_control)
    chosen = [catalog_items(stac_control, c)[i] for c in COLLECTIONS for i in (5, 60)]
    ids = [item["id"] for item in chosen]
    pages = run(client, SearchSpec(ids=ids, collections=[S2, EDA], max_items=None))
    expected = select(items, ids=ids, collections=[S2, EDA])
    assert len(expected) == 4
    assert_same_results(pages, expected, items, stac_control)


# ---------------------------------------------------------------- combined


def test_combined_search_matches_the_independent_filter_in_order(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    items = catalog(stac_control)
    times = sorted({when(item) for item in catalog_items(stac_control, S2)})
    start, end = times[20].astimezone(PARIS), times[-40]
    lon_w, lat_w = tile_centre("31TCJ")
    lon_e, lat_e = tile_centre("31TDH")
    # A thin quadrilateral from one tile's centre to another's, crossing several footprints.
    aoi = {
        "type": "Polygon",
        "coordinates": [
            [
                [lon_w, lat_w],
                [lon_e, lat_e],
                [lon_e, lat_e + 0.05],
                [lon_w, lat_w + 0.05],
                [lon_w, lat_w],
            ]
        ],
    }
    sortby = [SortField("eo:cloud_cover", descending=True), SortField("datetime")]
    spec = (
        SearchSpec(
            collections=[S2, AG], start=start, end=end, intersects=aoi, sortby=sortby, limit=5
        )
        .with_max_cloud_cover(40)
        .with_mask_only()
    )
    criteria: dict[str, Any] = {
        "collections": [S2, AG],
        "start": start,
        "end": end,
        "intersects": aoi,
        "query": {"eo:cloud_cover": {"lte": 40}, "eda:ag_cloud_mask_available": {"eq": True}},
    }
    expected = select(items, **criteria)
    # Guard: every criterion removes items the others keep, but the collections: the queried
    # properties only exist on sentinel-2-l2a items, so the mask collections drop out anyway.
    for name in ("start", "end", "intersects"):
        fewer = {k: v for k, v in criteria.items() if k != name}
        assert len(select(items, **fewer)) > len(expected), f"{name} changes nothing"
    for name in ("eo:cloud_cover", "eda:ag_cloud_mask_available"):
        fewer = {**criteria, "query": {k: v for k, v in criteria["query"].items() if k != name}}
        assert len(select(items, **fewer)) > len(expected), f"{name} changes nothing"
    pages = run(client, spec)
    got = features(pages)
    assert found(pages) == discriminating(expected, items)
    assert [tuple(sort_value(f, s.field) for s in sortby) for f in got] == sort_keys(
        expected, sortby
    )
    assert pages[0].number_matched == len(expected)
    assert len(pages) == searches(stac_control) == math.ceil(len(expected) / 5)


# ---------------------------------------------------------------- numberMatched


@pytest.mark.parametrize(
    "criteria",
    [
        {"collections": [S2]},
        {"collections": [S2, EDA], "query": {"platform": {"eq": "sentinel-2a"}}},
        {"collections": list(COLLECTIONS), "query": {"eo:cloud_cover": {"lte": 20}}},
    ],
    ids=["one-collection", "two-collections-platform", "cloud-cover"],
)
def test_number_matched_counts_every_match_while_one_page_arrives(
    client: EarthPlatformClient, stac_control: StacTestServer, criteria: dict[str, Any]
) -> None:
    items = catalog(stac_control)
    expected = select(items, **criteria)
    discriminating(expected, items)
    assert len(expected) > 5
    pages = run(client, SearchSpec(**criteria, limit=5, max_items=5))
    assert len(features(pages)) == 5
    assert pages[0].number_matched == len(expected)
    assert searches(stac_control) == 1
