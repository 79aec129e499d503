"""Cloud masks of search results, resolved in batches against the real test STAC API."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from osgeo import gdal

from devserver.harness import StacTestServer
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.links import readable_href
from earthplatform_qgis.stac.masks import AG_MASK, EDA_MASK, SCL_MASK, resolve_masks
from tests.support.catalog import S2, catalog_items
from tests.support.counters import search_count


def first_items(client: EarthPlatformClient, count: int) -> list[dict[str, Any]]:
    body = {"collections": [S2], "limit": 100, "sortby": [{"field": "id", "direction": "asc"}]}
    pages = client.search_pages(body, max_items=count)
    return [feature for page in pages for feature in page.features]


def test_masks_of_200_items_take_at_most_3_search_requests(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    items = first_items(client, 200)
    stac_control.reset_stats()
    resolution = resolve_masks(client, items)
    assert search_count(stac_control) <= 3
    assert resolution.requests == search_count(stac_control)
    # Independently of the code: what the catalog files say each item has.
    by_id = {item["id"]: item for item in catalog_items(stac_control)}
    expected = {
        (item["id"], kind.key)
        for item in items
        for kind in (AG_MASK, EDA_MASK)
        if by_id[item["id"]]["properties"].get(kind.available) is True
    }
    found = {(mask.item_id, mask.kind.key) for mask in resolution.masks if mask.kind != SCL_MASK}
    assert found == expected
    for mask in resolution.masks:
        assert mask.href.startswith("http://127.0.0.1")
        assert "&X-Amz-Signature=" in mask.href  # signed: the session asks for signed asset URLs


def test_items_without_earthdaily_masks_fall_back_to_their_scl_asset(
    client: EarthPlatformClient,
) -> None:
    items = [
        item
        for item in first_items(client, 300)
        if not item["properties"].get("eda:ag_cloud_mask_available")
        and not item["properties"].get("eda:cloud_mask_available")
    ]
    assert items, "the catalog has items without masks"
    resolution = resolve_masks(client, items)
    with_scl = {item["id"] for item in items if "scl" in item["assets"]}
    assert {m.item_id for m in resolution.masks if m.kind == SCL_MASK} == with_scl
    assert set(resolution.missing) == {item["id"] for item in items} - with_scl
    assert all(reason == "no cloud mask" for reason in resolution.missing.values())
    assert resolve_masks(client, items, native_fallback=False).masks == []


def test_a_mask_id_that_does_not_exist_is_reported_not_fatal(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    item = copy.deepcopy(
        next(i for i in first_items(client, 100) if i["properties"].get(AG_MASK.available))
    )
    item["properties"][EDA_MASK.available] = False
    item["properties"][AG_MASK.item_id] = "NO_SUCH_MASK_ITEM"
    stac_control.reset_stats()
    resolution = resolve_masks(client, [item])
    assert resolution.masks == []
    assert "NO_SUCH_MASK_ITEM does not exist" in resolution.missing[item["id"]]
    # One batched search, then one direct GET for the id it did not return.
    assert search_count(stac_control) == 1
    assert resolution.requests == 2


def test_resolved_mask_assets_open_in_gdal_over_http(client: EarthPlatformClient) -> None:
    items = [
        i
        for i in first_items(client, 100)
        if i["properties"].get(AG_MASK.available) and i["properties"].get(EDA_MASK.available)
    ][:1]
    masks = {mask.kind.key: mask for mask in resolve_masks(client, items).masks}
    gdal.SetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR")
    ag = gdal.Open(f"/vsicurl/{masks['ag'].href}")
    eda = gdal.Open(f"/vsicurl/{masks['eda'].href}")
    assert ag.RasterCount == 1
    assert eda.RasterCount == 2
    assert ag.GetRasterBand(1).GetOverviewCount() >= 1


@pytest.mark.parametrize(
    ("asset", "expected"),
    [
        (
            {"href": "s3://b/k.tif", "alternate": {"download": {"href": "https://h/k.tif"}}},
            "https://h/k.tif",
        ),
        ({"href": "https://h/direct.tif"}, "https://h/direct.tif"),
        ({"href": "s3://b/k.tif"}, None),
    ],
)
def test_readable_href_prefers_https(asset: dict[str, Any], expected: str | None) -> None:
    assert readable_href(asset) == expected
