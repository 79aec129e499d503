"""Clear sky per field and item, from the real masks the test STAC API serves, checked pixel for
pixel against a reference counted with rasterio + numpy from the same COG files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from osgeo import osr
from qgis.core import (
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from devserver.harness import StacTestServer
from earthplatform_qgis.map.clearsky import SUB_PIXEL_NOTE, ClearSkyRow
from earthplatform_qgis.map.fields import fields_of_layer
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.tasks.clearsky import compute_clear_sky
from tests.support.catalog import S2, catalog_items
from tests.support.fields import named_layer
from tests.support.reference import reference_counts

# What each mask value means, as the products document it (restated here, not imported).
CATEGORIES: dict[str, dict[str, set[int]]] = {
    "agriculture": {"clear": {1}, "cloud": {2}, "shadow": {3}, "nodata": {0}},
    "eda": {"clear": {1}, "cloud": {2, 4}, "shadow": {3}, "nodata": {0}},
    "scl": {
        "clear": {4, 5, 6},
        "cloud": {8, 9, 10},
        "shadow": {3},
        "nodata": {0},
        "other": {1, 2, 7, 11},
    },
}
AG, EDA = "sentinel-2-l2a-cog-ag-cloud-mask", "sentinel-2-eda-cloud-mask"
ASSET_PREFIX = "s3://earthplatform-test-assets/"
UTM = "EPSG:32631"
# Upper-left corners of the two tiles the fields lie on (devserver/catalog.py's layout).
TCJ, TDJ = (300_000, 4_900_020), (400_000, 4_900_020)


def utm_ring(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    """A rectangle given in metres east / south of 31TCJ's upper-left corner, in UTM 31N."""
    ox, oy = TCJ
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    return [(ox + x, oy - y) for x, y in corners]


def wkt_polygon(*rings: Sequence[tuple[float, float]]) -> str:
    return (
        "POLYGON("
        + ",".join("(" + ",".join(f"{x} {y}" for x, y in ring) + ")" for ring in rings)
        + ")"
    )


def geojson_polygon(*rings: Sequence[tuple[float, float]]) -> dict[str, Any]:
    return {"type": "Polygon", "coordinates": [[list(p) for p in ring] for ring in rings]}


# name -> (WKT in UTM, the same area as valid GeoJSON for the reference)
UTM_FIELDS: dict[str, tuple[str, dict[str, Any]]] = {}


def _add(name: str, *rings: list[tuple[float, float]]) -> None:
    UTM_FIELDS[name] = (wkt_polygon(*rings), geojson_polygon(*rings))


# Inside one 5 km vegetation cell: all clear.
_add("one_class", utm_ring(51_030, 51_050, 53_970, 53_950))
# Across the cloud disc's edge and four checkerboard cells.
_add("straddles_classes", utm_ring(45_010, 35_030, 55_020, 45_040))
# Across 31TCJ's eastern edge (x 109 800) and border, well inside 31TDJ: two items' masks.
_add("tile_edge", utm_ring(105_030, 50_030, 113_970, 52_970))
# With a hole over the shadow disc's centre.
_add(
    "with_hole",
    utm_ring(12_010, 6_020, 28_030, 22_040),
    utm_ring(17_050, 11_060, 23_070, 17_080)[::-1],
)
# Smaller than a mask pixel (100 m) and between pixel centres.
_add("sub_pixel", utm_ring(51_010, 51_010, 51_040, 51_040))
MULTI = [utm_ring(70_010, 20_020, 75_030, 25_040), utm_ring(80_050, 60_060, 84_070, 66_080)]
BOWTIE_UTM = [
    (x + TCJ[0], TCJ[1] - y)
    for x, y in [
        (60_010, 45_020),
        (64_030, 49_040),
        (64_030, 45_020),
        (60_010, 49_040),
        (60_010, 45_020),
    ]
]


def bowtie_halves() -> list[list[tuple[float, float]]]:
    """The two triangles a self-intersecting bow tie is made of (what makeValid gives)."""
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = BOWTIE_UTM[:4]
    middle = ((ax + bx) / 2, (ay + by) / 2)
    return [[(ax, ay), middle, (dx, dy), (ax, ay)], [middle, (bx, by), (cx, cy), middle]]


def transformed(points: list[tuple[float, float]], epsg: int) -> list[tuple[float, float]]:
    """UTM points in another CRS (x, y order), with GDAL's osr: independent of QGIS."""
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(32631)
    target.ImportFromEPSG(epsg)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    return [tuple(transform.TransformPoint(x, y)[:2]) for x, y in points]


def fields_layer(name: str, crs: str, wkts: dict[str, str]) -> QgsVectorLayer:
    return named_layer(name, f"Polygon?crs={crs}", wkts)


def mask_files(server: StacTestServer) -> dict[str, Any]:
    """Item id -> (mask kind, the local path of the mask it should be counted from), from the
    catalog files: the agriculture mask, else the EDA one, else the item's own SCL."""
    mask_items = {
        (item["collection"], item["id"]): item
        for collection in (AG, EDA)
        for item in catalog_items(server, collection)
    }
    assets = server.catalog_dir / "assets"
    chosen = {}
    for item in catalog_items(server, S2):
        properties = item["properties"]
        for prefix, kind, asset in (
            ("eda:ag_cloud_mask", "agriculture", "agriculture-cloud-mask"),
            ("eda:cloud_mask", "eda", "cloud-mask"),
        ):
            if properties.get(f"{prefix}_available"):
                key = (properties[f"{prefix}_collection_id"], properties[f"{prefix}_item_id"])
                href = mask_items[key]["assets"][asset]["href"]
                chosen[item["id"]] = (kind, assets / href.removeprefix(ASSET_PREFIX))
                break
        else:
            href = item["assets"]["scl"]["href"]
            chosen[item["id"]] = ("scl", assets / href.removeprefix(ASSET_PREFIX))
    return chosen


def chosen_items(server: StacTestServer) -> list[str]:
    """Whole-tile items of 31TCJ and 31TDJ: on each, one per mask kind it has."""
    picked: dict[tuple[str, str], str] = {}
    kinds = mask_files(server)
    for item in catalog_items(server, S2):
        properties = item["properties"]
        tile = properties["grid:code"][-5:]
        if tile in ("31TCJ", "31TDJ") and properties["s2:nodata_pixel_percentage"] == 0:
            picked.setdefault((tile, kinds[item["id"]][0]), item["id"])
    assert {kind for _, kind in picked} == {"agriculture", "eda", "scl"}
    return sorted(picked.values())


def fetch(client: EarthPlatformClient, ids: list[str]) -> list[dict[str, Any]]:
    pages = client.search_pages({"collections": [S2], "ids": ids, "limit": 100})
    return [feature for page in pages for feature in page.features]


def expected_figures(kind: str, counts: dict[str, int]) -> dict[str, Any]:
    """The row's figures from the reference's histogram."""
    by_category = {name: 0 for name in ("clear", "cloud", "shadow", "other", "nodata")}
    for value, pixels in counts.items():
        name = next((c for c, values in CATEGORIES[kind].items() if int(value) in values), "other")
        by_category[name] += pixels
    valid = sum(pixels for name, pixels in by_category.items() if name != "nodata")
    return {
        "valid_px": valid,
        **{name: by_category[name] for name in ("clear", "cloud", "shadow", "other")},
    }


def check_rows(
    rows: list[ClearSkyRow],
    server: StacTestServer,
    layer_crs: str,
    reference_fields: dict[str, dict[str, Any]],
) -> int:
    """Compare every row's pixel figures with the reference; returns how many were checked."""
    files = mask_files(server)
    checked = 0
    for row in rows:
        kind, path = files[row.item_id]
        assert row.mask == kind, row
        [ref] = reference_counts(
            path,
            [{"id": row.field_id, "crs": layer_crs, "geometry": reference_fields[row.field_id]}],
        )
        sky = row.sky
        assert sky is not None, row
        assert sky.field_px == ref["field_px"], row
        want = expected_figures(kind, ref["counts"])
        assert sky.valid_px == want["valid_px"], row
        for name, pct in (
            ("clear", sky.clear_pct),
            ("cloud", sky.cloud_pct),
            ("shadow", sky.shadow_pct),
            ("other", sky.other_pct),
        ):
            if want["valid_px"] == 0:
                assert pct is None, row
            else:
                assert pct is not None
                assert round(pct * want["valid_px"] / 100) == want[name], (name, row)
                assert pct == pytest.approx(100 * want[name] / want["valid_px"], abs=1e-9)
        checked += 1
    return checked


@pytest.fixture
def items(client: EarthPlatformClient, stac_control: StacTestServer) -> list[dict[str, Any]]:
    return fetch(client, chosen_items(stac_control))


def run(
    client: EarthPlatformClient, items: list[dict[str, Any]], layer: QgsVectorLayer
) -> list[ClearSkyRow]:
    fieldset = fields_of_layer(layer, selected_only=False, id_attribute="name")
    context = QgsProject.instance().transformContext()
    return compute_clear_sky(client, items, fieldset, context).rows


def test_utm_fields_match_the_reference_pixel_for_pixel(
    client: EarthPlatformClient, stac_control: StacTestServer, items: list[dict[str, Any]]
) -> None:
    wkts = {name: wkt for name, (wkt, _) in UTM_FIELDS.items()}
    multi = "MULTIPOLYGON(" + ",".join(wkt_polygon(r)[len("POLYGON") :] for r in MULTI) + ")"
    wkts["multipolygon"] = multi
    reference = {name: geo for name, (_, geo) in UTM_FIELDS.items()}
    reference["multipolygon"] = {
        "type": "MultiPolygon",
        "coordinates": [[[list(p) for p in ring]] for ring in MULTI],
    }
    rows = run(client, items, fields_layer("parcels", UTM, wkts))
    with_figures = [row for row in rows if row.field_id != "sub_pixel"]
    assert check_rows(with_figures, stac_control, UTM, reference) == len(with_figures)
    # Every field on 31TCJ is paired with every 31TCJ item; tile_edge also with 31TDJ's.
    by_field: dict[str, set[str]] = {}
    for row in rows:
        by_field.setdefault(row.field_id, set()).add(row.item_id)
    tcj = {item["id"] for item in items if "31TCJ" in item["id"]}
    tdj = {item["id"] for item in items if "31TDJ" in item["id"]}
    assert by_field["one_class"] == tcj
    assert by_field["tile_edge"] == tcj | tdj
    edge_rows = [row for row in rows if row.field_id == "tile_edge" and row.item_id in tcj]
    assert all("outside the mask's extent" in row.note for row in edge_rows)


def test_a_field_smaller_than_a_pixel_has_no_figures_and_says_why(
    client: EarthPlatformClient, items: list[dict[str, Any]]
) -> None:
    wkt, _ = UTM_FIELDS["sub_pixel"]
    rows = run(client, items, fields_layer("tiny", UTM, {"sub_pixel": wkt}))
    assert rows
    for row in rows:
        assert row.sky is not None
        assert row.sky.field_px == 0
        assert row.sky.clear_pct is None
        assert row.sky.cloud_pct is None
        assert SUB_PIXEL_NOTE in row.note


@pytest.mark.parametrize("epsg", [4326, 3857])
def test_fields_in_another_crs_match_the_reference(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    items: list[dict[str, Any]],
    epsg: int,
) -> None:
    wkts, reference = {}, {}
    for name in ("one_class", "straddles_classes", "tile_edge", "with_hole"):
        _, geojson = UTM_FIELDS[name]
        rings = [transformed([tuple(p) for p in ring], epsg) for ring in geojson["coordinates"]]
        wkts[name] = wkt_polygon(*rings)
        reference[name] = geojson_polygon(*rings)
    rows = run(client, items, fields_layer("parcels", f"EPSG:{epsg}", wkts))
    assert {row.field_id for row in rows} == set(wkts)
    assert check_rows(rows, stac_control, f"EPSG:{epsg}", reference) == len(rows)


def test_a_self_intersecting_field_is_repaired_and_says_so(
    client: EarthPlatformClient, stac_control: StacTestServer, items: list[dict[str, Any]]
) -> None:
    bowtie = wkt_polygon(BOWTIE_UTM)
    assert not QgsGeometry.fromWkt(bowtie).isGeosValid()
    rows = run(client, items, fields_layer("bows", UTM, {"bowtie": bowtie}))
    assert rows
    assert all("repaired" in row.note for row in rows)
    halves = {
        "type": "MultiPolygon",
        "coordinates": [[[list(p) for p in h]] for h in bowtie_halves()],
    }
    assert check_rows(rows, stac_control, UTM, {"bowtie": halves}) == len(rows)


def test_a_count_asks_only_for_the_masks_themselves(
    client: EarthPlatformClient, stac_control: StacTestServer, items: list[dict[str, Any]]
) -> None:
    """No probe for sidecar files (GDAL 3.10 appends ".aux.xml" to the whole signed URL
    otherwise, and prints the refused link, signature and all, in a warning)."""
    wkt, _ = UTM_FIELDS["one_class"]
    stac_control.reset_stats()
    assert run(client, items, fields_layer("parcels", UTM, {"one_class": wkt}))
    asked = [r for r in stac_control.stats()["recent"] if r["class"] == "assets"]
    files = {
        path.relative_to(stac_control.catalog_dir / "assets")
        for _, path in mask_files(stac_control).values()
    }
    assert asked
    for request in asked:
        assert request["status"] in (200, 206), request
        assert "aux" not in request["query"], request
        assert Path(request["path"].removeprefix("/assets/")) in files, request
