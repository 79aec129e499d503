"""Faults of the reliability matrix not covered elsewhere: each gives the right result after a
retry or a clear message, never a crash or a short result passed off as complete."""

from __future__ import annotations

import json
from typing import Any

import pytest

from devserver.catalog import generate_items
from devserver.harness import StacTestServer
from earthplatform_qgis.map.footprint_file import footprint_rows
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import ApiError
from earthplatform_qgis.stac.spec import SearchSpec, parse_ids
from tests.support.catalog import S2, catalog_items
from tests.support.counters import search_count

SEARCH = "/platform/v1/stac/search"


def test_401_in_the_middle_of_paging_renews_the_token_and_goes_on(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    stac_control.inject_fault(path=SEARCH, action="status", status=401, after=2, count=1)
    pages = list(client.search_pages({"collections": [S2], "limit": 10}, max_items=50))
    assert sum(len(page.features) for page in pages) == 50
    assert client.tokens is not None
    assert client.tokens.minted == 2


@pytest.mark.parametrize("status", [502, 504])
def test_gateway_errors_once_are_retried(
    client: EarthPlatformClient, stac_control: StacTestServer, status: int
) -> None:
    stac_control.inject_fault(path=SEARCH, action="status", status=status, retry_after=0)
    pages = list(client.search_pages({"collections": [S2], "limit": 5}, max_items=5))
    assert len(pages[0].features) == 5


def test_403_forbidden_that_stays_says_forbidden(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    stac_control.inject_fault(
        path=SEARCH, action="status", status=403, body={"message": "Forbidden"}, count=-1
    )
    with pytest.raises(ApiError) as raised:
        list(client.search_pages({"collections": [S2]}))
    assert raised.value.status == 403
    assert str(raised.value).startswith("Search failed: HTTP 403 Forbidden: Forbidden")
    assert search_count(stac_control) == 2  # once more with a new token, then given up


def test_a_page_that_is_not_a_feature_collection_is_an_error(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    stac_control.inject_fault(path=SEARCH, action="not_featurecollection", after=1)
    pages = client.search_pages({"collections": [S2], "limit": 10})
    assert len(next(pages).features) == 10
    with pytest.raises(ApiError, match="not a GeoJSON FeatureCollection"):
        next(pages)


def test_a_20_mb_page_arrives_whole_and_becomes_features(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    items = list(generate_items(3200, seed=7))
    page = {"type": "FeatureCollection", "features": items, "links": [], "numberMatched": 3200}
    assert len(json.dumps(page)) > 20_000_000
    stac_control.inject_fault(path=SEARCH, action="status", status=200, body=page)
    (only,) = list(client.search_pages({"collections": [S2], "limit": 3200}))
    assert len(only.features) == 3200
    rows, problems = footprint_rows(only.features)
    assert len(rows) == 3200
    assert problems == []


def test_an_unknown_collection_finds_nothing_rather_than_failing(
    client: EarthPlatformClient,
) -> None:
    pages = list(client.search_pages({"collections": ["sentinel-2-l2a-nope"]}))
    assert [len(page.features) for page in pages] == [0]
    assert pages[0].number_matched == 0


def test_ten_thousand_ids_with_spaces_and_duplicates_search_fine(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    real = [item["id"] for item in catalog_items(stac_control)][:20]
    made_up = [f"S2X_NOPE_{n:05d}" for n in range(10_000)]
    text = "  ,\n".join(real + made_up + real)  # separators of every kind, duplicates
    ids = parse_ids(text)
    assert len(ids) == 10_020
    spec = SearchSpec(collections=[S2], ids=ids, limit=100, max_items=None)
    assert spec.validate() == []
    pages = list(client.search_pages(spec.to_request_body()))
    found: list[Any] = [feature["id"] for page in pages for feature in page.features]
    assert sorted(found) == sorted(real)


def test_long_and_non_ascii_collection_names_are_sent_and_answered(
    client: EarthPlatformClient,
) -> None:
    name = "sentinel-2-l2a-" + "é" * 200 + "-日本"
    spec = SearchSpec(collections=[name])
    assert spec.validate() == []
    pages = list(client.search_pages(spec.to_request_body()))
    assert pages[0].features == []
