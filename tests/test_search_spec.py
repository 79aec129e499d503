"""SearchSpec: the dock's item search, its validation, wire, pystac-client and code forms."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import requests
from pystac_client import Client
from pystac_client.item_search import ItemSearch

from devserver.harness import StacTestServer
from earthplatform_qgis.stac.spec import (
    Problem,
    SearchSpec,
    SearchSpecError,
    SortField,
    parse_ids,
    parse_query,
)

L2A = "sentinel-2-l2a"
AOI = {
    "type": "Polygon",
    "coordinates": [[[1.0, 43.5], [1.3, 43.5], [1.3, 43.8], [1.0, 43.8], [1.0, 43.5]]],
}
PARIS = timezone(timedelta(hours=2))
API_URL = "https://api.example.test/platform/v1/stac"
TOKEN_URL = "https://api.example.test/token"
# A landing page that conforms to item search, query and sort: Client.search without a network.
LANDING_PAGE = {
    "type": "Catalog",
    "id": "test",
    "description": "test",
    "stac_version": "1.0.0",
    "conformsTo": [
        "https://api.stacspec.org/v1.0.0/core",
        "https://api.stacspec.org/v1.0.0/item-search",
        "https://api.stacspec.org/v1.0.0/item-search#query",
        "https://api.stacspec.org/v1.0.0/item-search#sort",
    ],
    "links": [
        {
            "rel": "search",
            "href": f"{API_URL}/search",
            "type": "application/geo+json",
            "method": "POST",
        }
    ],
}


def full_spec() -> SearchSpec:
    """A spec using every parameter."""
    return SearchSpec(
        collections=[L2A],
        start=datetime(2022, 8, 1),
        end=datetime(2022, 8, 31, 23, 59, 59),
        intersects=AOI,
        query={"eo:cloud_cover": {"lt": 10}, "eda:ag_cloud_mask_available": {"eq": True}},
        sortby=[SortField("eo:cloud_cover"), SortField("datetime", descending=True)],
        limit=50,
        max_items=200,
        ids=["S2A_31TCJ_20220802_0_L2A", "S2B_31TCJ_20220807_0_L2A"],
    )


def pystac_client_body(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The POST body pystac-client's Client.search sends for these keyword arguments."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a DoesNotConformTo warning means a wrong parameter
        client = Client.from_dict(LANDING_PAGE, href=API_URL)
        search = client.search(**kwargs)
    # Through JSON, as on the wire: pystac-client keeps collections and ids as tuples.
    return dict(json.loads(json.dumps(search.get_parameters())))


# --- the POST /search body ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, {}),
        ({"ids": ["a", "b"]}, {"ids": ["a", "b"]}),
        ({"start": datetime(2022, 8, 1)}, {"datetime": "2022-08-01T00:00:00Z/.."}),
        ({"end": datetime(2022, 8, 31, 23, 59, 59)}, {"datetime": "../2022-08-31T23:59:59Z"}),
        ({"intersects": AOI}, {"intersects": AOI}),
        ({"query": {"eda:ag_cloud_mask_available": {"eq": True}}},
         {"query": {"eda:ag_cloud_mask_available": {"eq": True}}}),
        ({"sortby": [SortField("eo:cloud_cover")]},
         {"sortby": [{"field": "properties.eo:cloud_cover", "direction": "asc"}]}),
        ({"limit": 10}, {"limit": 10}),
    ],
)  # fmt: skip
def test_each_parameter_alone_adds_its_key(
    change: dict[str, Any], expected: dict[str, Any]
) -> None:
    body = SearchSpec(collections=[L2A], **change).to_request_body()
    assert body == {"collections": [L2A], "limit": 100, **expected}


def test_ids_alone_need_no_collection() -> None:
    assert SearchSpec(ids=["a"]).to_request_body() == {"ids": ["a"], "limit": 100}


def test_every_parameter_together() -> None:
    assert full_spec().to_request_body() == {
        "collections": [L2A],
        "ids": ["S2A_31TCJ_20220802_0_L2A", "S2B_31TCJ_20220807_0_L2A"],
        "datetime": "2022-08-01T00:00:00Z/2022-08-31T23:59:59Z",
        "intersects": AOI,
        "query": {"eo:cloud_cover": {"lt": 10}, "eda:ag_cloud_mask_available": {"eq": True}},
        "sortby": [
            {"field": "properties.eo:cloud_cover", "direction": "asc"},
            {"field": "properties.datetime", "direction": "desc"},
        ],
        "limit": 50,
    }


def test_body_is_a_copy() -> None:
    spec = full_spec()
    spec.to_request_body()["query"]["eo:cloud_cover"]["lt"] = 99
    spec.to_request_body()["intersects"]["coordinates"].clear()
    assert spec.query["eo:cloud_cover"] == {"lt": 10}
    assert spec.intersects == AOI


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (datetime(2022, 8, 1), datetime(2022, 8, 2), "2022-08-01T00:00:00Z/2022-08-02T00:00:00Z"),
        (datetime(2022, 8, 1, 2, tzinfo=PARIS), None, "2022-08-01T00:00:00Z/.."),
        (None, datetime(2022, 8, 1, 0, 30, tzinfo=PARIS), "../2022-07-31T22:30:00Z"),
        (datetime(2022, 8, 1, 0, 0, 0, 250000, tzinfo=timezone.utc), None,
         "2022-08-01T00:00:00.250000Z/.."),
    ],
)  # fmt: skip
def test_datetime_is_utc_interval_as_pystac_client_writes_it(
    start: datetime | None, end: datetime | None, expected: str
) -> None:
    body = SearchSpec(collections=[L2A], start=start, end=end).to_request_body()
    assert body["datetime"] == expected
    assert ItemSearch(API_URL, datetime=[start, end]).get_parameters()["datetime"] == expected


def test_naive_datetimes_are_held_as_utc() -> None:
    spec = SearchSpec(start=datetime(2022, 8, 1, 12))
    assert spec.start == datetime(2022, 8, 1, 12, tzinfo=timezone.utc)


def test_no_dates_sends_no_datetime() -> None:
    assert "datetime" not in SearchSpec(collections=[L2A]).to_request_body()


def test_sortby_keeps_order_direction_and_item_level_fields() -> None:
    sortby = [
        SortField("eo:cloud_cover", descending=True),
        SortField("properties.datetime"),
        SortField("id", descending=True),
        SortField("collection"),
    ]
    assert SearchSpec(collections=[L2A], sortby=sortby).to_request_body()["sortby"] == [
        {"field": "properties.eo:cloud_cover", "direction": "desc"},
        {"field": "properties.datetime", "direction": "asc"},
        {"field": "id", "direction": "desc"},
        {"field": "collection", "direction": "asc"},
    ]


@pytest.mark.parametrize(
    ("limit", "max_items", "sent"), [(100, 10, 10), (100, None, 100), (5, 10, 5)]
)
def test_page_size_never_exceeds_max_items(limit: int, max_items: int | None, sent: int) -> None:
    body = SearchSpec(collections=[L2A], limit=limit, max_items=max_items).to_request_body()
    assert body["limit"] == sent
    assert "max_items" not in body


# --- validation -----------------------------------------------------------------------------


def test_full_spec_is_valid() -> None:
    assert full_spec().validate() == []


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"start": datetime(2022, 9, 1), "end": datetime(2022, 8, 1)}, "end",
         ["2022-08-01 00:00:00 UTC", "before", "2022-09-01 00:00:00 UTC"]),
        ({"collections": [], "ids": []}, "collections", ["collection", "item IDs"]),
        ({"collections": ["sentinel 2"]}, "collections", ["'sentinel 2'", "space"]),
        ({"ids": ["a,b"]}, "ids", ["'a,b'", "comma", "one per line"]),
        ({"ids": ["S2A 31TCJ"]}, "ids", ["'S2A 31TCJ'"]),
        ({"query": {"eo:cloud_cover": {"lt": 150}}}, "query",
         ['{"eo:cloud_cover": {"lt": 150}}', "0 to 100"]),
        ({"query": {"eo:cloud_cover": {"gte": -1}}}, "query", ['"gte": -1', "0 to 100"]),
        ({"query": {"eo:cloud_cover": {"in": [5, 101]}}}, "query", ["[5, 101]", "0 to 100"]),
        ({"query": {"eo:cloud_cover": {"eq": "10"}}}, "query", ['"10"', "number"]),
        ({"query": {"eo:cloud_cover": {"below": 10}}}, "query",
         ['"below" is not an operator', "lte", "startsWith"]),
        ({"query": {"platform": "sentinel-2a"}}, "query",
         ['{"platform": "sentinel-2a"}', "object of operators"]),
        ({"query": {"platform": {}}}, "query", ['"platform"', "object of operators"]),
        ({"query": {"platform": {"in": "sentinel-2a"}}}, "query", ['"in"', "list of values"]),
        ({"query": {"platform": {"startsWith": 2}}}, "query", ['"startsWith"', "text"]),
        ({"query": ["eo:cloud_cover<10"]}, "query", ["JSON object", "eo:cloud_cover<10"]),
        ({"sortby": [SortField("cloud cover")]}, "sortby", ["'cloud cover'"]),
        ({"limit": 0}, "limit", ["1 to 10,000", "0"]),
        ({"limit": 10_001}, "limit", ["10001"]),
        ({"max_items": 0}, "max_items", ["at least 1", "0"]),
        ({"intersects": {}}, "intersects", ["empty"]),
        ({"intersects": {"type": "Feature", "geometry": AOI}}, "intersects",
         ["GeoJSON geometry", "Polygon", '"Feature"']),
        ({"intersects": {"type": "Polygon", "coordinates": []}}, "intersects",
         ["Polygon", "coordinates", "empty"]),
        ({"intersects": {"type": "Polygon", "coordinates": [[1.0, 43.5], [1.3, 43.5]]}},
         "intersects", ["not nested"]),
        ({"intersects": {"type": "Polygon", "coordinates": [[[1, 2], [3, 4], [5, 6], [1, 3]]]}},
         "intersects", ["not closed"]),
        ({"intersects": {"type": "MultiPolygon", "coordinates": [[[[1, 2], [3, 4], [1, 2]]]]}},
         "intersects", ["MultiPolygon", "fewer than 4"]),
        ({"intersects": {"type": "GeometryCollection", "geometries": []}}, "intersects",
         ["without geometries"]),
    ],
)  # fmt: skip
def test_each_problem_names_its_field_and_value(
    change: dict[str, Any], field: str, words: list[str]
) -> None:
    problems = SearchSpec(**{"collections": [L2A], **change}).validate()
    assert [p.field for p in problems] == [field], problems
    message = problems[0].message
    assert message[0].isupper(), message
    assert message.endswith("."), message
    for word in words:
        assert word in message


@pytest.mark.parametrize(
    "change",
    [
        {"start": datetime(2022, 8, 1), "end": datetime(2022, 8, 1)},
        {"start": datetime(2022, 8, 1, 1, tzinfo=PARIS), "end": datetime(2022, 7, 31, 23, 30)},
        {"ids": [f"item-{n}" for n in range(10_001)]},  # more than a page: pystac-client pages
        {"query": {"eo:cloud_cover": {"in": [0, 100]}, "eda:tracking_id": {"contains": "x"}}},
        {"limit": 10_000, "max_items": None},
        {"intersects": {"type": "Point", "coordinates": [1.2, 43.6]}},
        {"intersects": {"type": "GeometryCollection", "geometries": [AOI]}},
    ],
)
def test_edge_cases_are_valid(change: dict[str, Any]) -> None:
    assert SearchSpec(collections=[L2A], **change).validate() == []


def test_problems_are_all_reported_at_once() -> None:
    spec = SearchSpec(limit=0, max_items=0, ids=[])
    assert [p.field for p in spec.validate()] == ["collections", "limit", "max_items"]


@pytest.mark.parametrize("output", ["to_request_body", "to_search_kwargs"])
def test_nothing_invalid_is_sent(output: str) -> None:
    spec = SearchSpec(collections=[L2A], limit=0, query={"eo:cloud_cover": {"lt": 101}})
    with pytest.raises(SearchSpecError) as raised:
        getattr(spec, output)()
    assert [p.field for p in raised.value.problems] == ["query", "limit"]
    assert isinstance(raised.value, ValueError)
    assert str(raised.value).splitlines() == [str(p) for p in raised.value.problems]


def test_no_code_for_an_invalid_search() -> None:
    with pytest.raises(SearchSpecError, match="collections"):
        SearchSpec().to_python_code(API_URL, TOKEN_URL)


# --- the dock's helpers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("", []),
        ("  \n\t ", []),
        ("a\nb\r\nc\n", ["a", "b", "c"]),
        ("a, b,c ;d  e", ["a", "b", "c", "d", "e"]),
        ("  a  \n\n  b  ", ["a", "b"]),
        ("b\na\nb, a\nc", ["b", "a", "c"]),
        (",,;a;;", ["a"]),
    ],
)
def test_parse_ids(text: str, ids: list[str]) -> None:
    assert parse_ids(text) == ids


def test_parse_query_reads_any_property() -> None:
    text = '{"eo:cloud_cover": {"lt": 10, "gte": 0},\n "eda:ag_cloud_mask_available": {"eq": true}}'
    assert parse_query(text) == {
        "eo:cloud_cover": {"lt": 10, "gte": 0},
        "eda:ag_cloud_mask_available": {"eq": True},
    }


def test_brackets_inside_query_strings_are_not_nesting() -> None:
    text = '{"title": {"in": ["' + "[{" * 40 + '", "\\"]]"]}}'
    assert parse_query(text) == {"title": {"in": ["[{" * 40, '"]]']}}


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_blank_query_text_is_no_query(text: str) -> None:
    assert parse_query(text) == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"eo:cloud_cover": {"lt": 10}', ["Line 1, column 30"]),
        ("{'eo:cloud_cover': {'lt': 10}}", ["Line 1, column 2", "double quotes"]),
        ('{"gsd": {"lt": Infinity}}', ["Infinity is not a JSON number"]),
        ('{"a": {"eq": 1}, "a": {"lt": 2}}', ["'a' appears twice"]),
        ('["eo:cloud_cover<10"]', ["JSON object"]),
        ('{"eo:cloud_cover": 10}', ['{"eo:cloud_cover": 10}', "object of operators"]),
        ('{"eo:cloud_cover": {"less": 10}}', ['"less" is not an operator']),
        ('{"platform": {"in": "sentinel-2a"}}', ["list of values"]),
        ('{"a": {"in": ' + "[" * 40 + "]" * 40 + "}}", ["nested more than 32 levels"]),
        ("[" * 100_000, ["nested more than 32 levels"]),
    ],
)
def test_parse_query_says_what_and_where(text: str, words: list[str]) -> None:
    with pytest.raises(SearchSpecError) as raised:
        parse_query(text)
    assert all(p.field == "query" for p in raised.value.problems)
    for word in words:
        assert word in str(raised.value)


def test_a_trailing_comma_is_shown_where_it_is() -> None:
    """Python 3.11 points at the brace after the comma, 3.13 at the comma: either is where."""
    lines = ["{", '  "eo:cloud_cover": {"lt": 10},', "}"]
    with pytest.raises(SearchSpecError) as raised:
        parse_query("\n".join(lines))
    (problem,) = raised.value.problems
    place = re.match(r"Line (\d+), column (\d+): ", problem.message)
    assert place, problem.message
    line, column = int(place[1]), int(place[2])
    assert lines[line - 1][column - 1] in ",}"


def test_max_cloud_cover_replaces_its_filter_and_100_removes_it() -> None:
    spec = SearchSpec(
        collections=[L2A], query={"eo:cloud_cover": {"gt": 5}, "platform": {"eq": "x"}}
    )
    twenty = spec.with_max_cloud_cover(20)
    assert twenty.query == {"platform": {"eq": "x"}, "eo:cloud_cover": {"lte": 20}}
    assert twenty.with_max_cloud_cover(0).query["eo:cloud_cover"] == {"lte": 0}
    assert twenty.with_max_cloud_cover(100).query == {"platform": {"eq": "x"}}
    assert spec.query == {"eo:cloud_cover": {"gt": 5}, "platform": {"eq": "x"}}  # untouched


def test_mask_only_toggles_its_filter() -> None:
    spec = SearchSpec(collections=[L2A], query={"eo:cloud_cover": {"lte": 20}})
    masked = spec.with_mask_only()
    assert masked.query == {
        "eo:cloud_cover": {"lte": 20},
        "eda:ag_cloud_mask_available": {"eq": True},
    }
    assert masked.with_mask_only(on=False).query == spec.query
    assert spec.query == {"eo:cloud_cover": {"lte": 20}}


# --- pystac-client and the Python snippet -----------------------------------------------------


@pytest.mark.parametrize(
    "spec",
    [
        full_spec(),
        SearchSpec(ids=["a", "b"], max_items=None),
        SearchSpec(collections=[L2A, "landsat-c2l2"], end=datetime(2022, 8, 1, tzinfo=PARIS)),
        SearchSpec(collections=[L2A], limit=500, max_items=20, sortby=[SortField("id", True)]),
    ],
)
def test_search_kwargs_make_pystac_client_send_the_same_body(spec: SearchSpec) -> None:
    kwargs = spec.to_search_kwargs()
    assert kwargs["max_items"] == spec.max_items
    assert pystac_client_body(kwargs) == spec.to_request_body()


def snippet_search_kwargs(code: str) -> dict[str, Any]:
    """The literal keyword arguments of the snippet's one ``client.search(...)`` call."""
    calls = [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "search"
    ]
    assert len(calls) == 1
    return {k.arg: ast.literal_eval(k.value) for k in calls[0].keywords if k.arg}


def test_snippet_compiles_and_searches_with_the_spec() -> None:
    spec = full_spec()
    code = spec.to_python_code(API_URL, TOKEN_URL)
    compile(code, "search.py", "exec")
    assert snippet_search_kwargs(code) == spec.to_search_kwargs()
    assert f"API_URL = {API_URL!r}" in code
    assert f"TOKEN_URL = {TOKEN_URL!r}" in code
    assert "for item in search.items():" in code


def test_snippet_reads_credentials_from_the_environment_and_verifies_tls() -> None:
    code = SearchSpec(ids=["a"]).to_python_code(API_URL, TOKEN_URL)
    assert 'auth=(os.environ["EDS_CLIENT_ID"], os.environ["EDS_SECRET"])' in code
    assert '"grant_type": "client_credentials"' in code
    assert "verify" not in code
    strings = {
        node.value
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    # No credential or token value is written in: the only long strings are URLs and prose.
    assert not [s for s in strings if s.startswith(("ey", "Basic ", "Bearer ey"))]


def test_snippet_quotes_whatever_it_is_given() -> None:
    url = 'https://x.test/stac"); import os; os.remove("f'
    spec = SearchSpec(ids=["a'b\"c"], query={"x": {"eq": None}, "y": {"eq": False}})
    code = spec.to_python_code(url, TOKEN_URL)
    compile(code, "search.py", "exec")
    assert snippet_search_kwargs(code)["ids"] == ["a'b\"c"]
    assert snippet_search_kwargs(code)["query"] == {"x": {"eq": None}, "y": {"eq": False}}
    module = ast.parse(code)
    assigned = {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in module.body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id.endswith("_URL")
    }  # fmt: skip
    assert assigned == {"API_URL": url, "TOKEN_URL": TOKEN_URL}


# --- stored form ----------------------------------------------------------------------------


@pytest.mark.parametrize("spec", [full_spec(), SearchSpec(), SearchSpec(ids=["a"], max_items=None)])
def test_dict_round_trip_through_json(spec: SearchSpec) -> None:
    stored = json.loads(json.dumps(spec.to_dict()))
    assert SearchSpec.from_dict(stored) == spec


def test_missing_keys_take_defaults() -> None:
    assert SearchSpec.from_dict({"collections": [L2A]}) == SearchSpec(collections=[L2A])


def test_invalid_but_well_typed_spec_loads() -> None:
    stored = SearchSpec(limit=0, start=datetime(2022, 9, 1), end=datetime(2022, 8, 1)).to_dict()
    assert [p.field for p in SearchSpec.from_dict(stored).validate()] == [
        "end",
        "collections",
        "limit",
    ]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"collections": "sentinel-2-l2a"}, "collections"),
        ({"ids": [1, 2]}, "ids"),
        ({"start": "1st of August"}, "start"),
        ({"end": 20220801}, "end"),
        ({"intersects": "POLYGON ((1 2, 3 4))"}, "intersects"),
        ({"query": []}, "query"),
        ({"sortby": [{"field": "id"}]}, "sortby"),
        ({"sortby": ["id"]}, "sortby"),
        ({"limit": "100"}, "limit"),
        ({"limit": True}, "limit"),
        ({"max_items": 1.5}, "max_items"),
    ],
)
def test_wrong_stored_types_are_named(change: dict[str, Any], field: str) -> None:
    with pytest.raises(SearchSpecError) as raised:
        SearchSpec.from_dict({**SearchSpec(collections=[L2A]).to_dict(), **change})
    assert [p.field for p in raised.value.problems] == [field]
    assert "cannot be read" in raised.value.problems[0].message


def test_problem_reads_as_field_and_message() -> None:
    assert str(Problem("limit", "Too big.")) == "limit: Too big."


# --- against the test STAC API (stac-fastapi-pgstac) ------------------------------------------


def post_search(server: StacTestServer, body: dict[str, Any]) -> list[dict[str, Any]]:
    """The features of one POST /search page."""
    response = requests.post(
        f"{server.api_url}/search",
        json=body,
        headers={"Authorization": f"Bearer {server.token()}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return list(response.json()["features"])


def test_pgstac_sorts_by_either_sortby_spelling(stac_control: StacTestServer) -> None:
    spec = SearchSpec(collections=[L2A], sortby=[SortField("eo:cloud_cover", True)], limit=40)
    body = spec.to_request_body()
    prefixed = post_search(stac_control, body)
    bare = post_search(
        stac_control, {**body, "sortby": [{"field": "eo:cloud_cover", "direction": "desc"}]}
    )
    covers = [f["properties"]["eo:cloud_cover"] for f in prefixed]
    assert len(covers) == 40
    assert covers == sorted(covers, reverse=True)
    assert covers[0] > covers[-1]
    assert [f["id"] for f in bare] == [f["id"] for f in prefixed]


def test_pgstac_honours_every_parameter(stac_control: StacTestServer) -> None:
    spec = (
        SearchSpec(
            collections=[L2A],
            start=datetime(2022, 7, 1),
            end=datetime(2022, 8, 31, 23, 59, 59),
            intersects=AOI,
            sortby=[SortField("datetime", descending=True)],
            limit=7,
        )
        .with_max_cloud_cover(60)
        .with_mask_only()
    )
    features = post_search(stac_control, spec.to_request_body())
    assert 0 < len(features) <= 7
    for feature in features:
        props = feature["properties"]
        assert feature["collection"] == L2A
        assert "2022-07-01" <= props["datetime"] < "2022-09-01"
        assert props["eo:cloud_cover"] <= 60
        assert props["eda:ag_cloud_mask_available"] is True
    dates = [f["properties"]["datetime"] for f in features]
    assert dates == sorted(dates, reverse=True)
    some = [f["id"] for f in features[:2]]
    by_id = SearchSpec(ids=some, max_items=None).to_request_body()
    assert sorted(f["id"] for f in post_search(stac_control, by_id)) == sorted(some)


def test_snippet_runs_against_the_api(stac_control: StacTestServer, tmp_path: Path) -> None:
    spec = SearchSpec(
        collections=[L2A], query={"eo:cloud_cover": {"lte": 10}}, limit=3, max_items=5
    )
    script = tmp_path / "search.py"
    script.write_text(spec.to_python_code(stac_control.api_url, stac_control.token_url))
    env = {
        **os.environ,
        "EDS_CLIENT_ID": stac_control.client_id,
        "EDS_SECRET": stac_control.client_secret,
    }
    run = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 5
    assert all(float(line.split()[-1]) <= 10 for line in lines)
