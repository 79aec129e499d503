"""Tests of the test catalog generator (devserver/catalog.py): items, masks, COG pixels."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from osgeo import gdal, osr

from devserver import catalog

Items = dict[str, dict[str, dict[str, Any]]]  # collection -> id -> item

N_ITEMS = 300
REGION = catalog.region_bbox()
FIXTURE_IDS = {
    "S2B_31TCJ_20220803_0_L2A",
    "S2A_31TCJ_20220808_0_L2A",
    "S2A_31TCJ_20220808_1_L2A",
    "S2B_31TCJ_20220813_0_L2A",
    "S2A_31TCJ_20220818_0_L2A",
    "S2B_31TCJ_20220823_0_L2A",
    "S2A_31TCJ_20220828_1_L2A",
    "S2A_31TCJ_20220828_0_L2A",
}
BASE_ASSETS = {"red", "green", "blue", "scl", "thumbnail"}
EXTRA_ASSETS = {"visual", "footprint", "metadata"}
# Shares that are not part of the scene classification summing to 100 %.
OTHER_PERCENTAGES = {
    "s2:nodata_pixel_percentage",
    "s2:degraded_msi_data_percentage",
    "s2:saturated_defective_pixel_percentage",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return catalog.ensure_catalog(tmp_path_factory.mktemp("catalog"), N_ITEMS)


@pytest.fixture(scope="module")
def items(folder: Path) -> list[dict[str, Any]]:
    lines = (folder / "items.ndjson").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def by_collection(items: list[dict[str, Any]]) -> Items:
    grouped: Items = {}
    for item in items:
        grouped.setdefault(item["collection"], {})[item["id"]] = item
    return grouped


def _open(folder: Path, href: str) -> gdal.Dataset:
    assert href.startswith(catalog.ASSET_S3_PREFIX)
    return gdal.Open(str(folder / "assets" / href.removeprefix(catalog.ASSET_S3_PREFIX)))


def _sky_in(href: str) -> int:
    """The sky of the file at href: sky k's are in a sky<k>/ folder, sky 0's not (module doc)."""
    found = re.search(r"/sky(\d+)/[^/]+$", href)
    return int(found.group(1)) if found else 0


def _tile(item: dict[str, Any]) -> str:
    return str(item["properties"]["grid:code"]).removeprefix("MGRS-")


def _pixel(dataset: gdal.Dataset, band: int, x_m: float, y_m: float) -> int:
    """Value at x east, y south metres from the raster's upper-left corner."""
    res = dataset.GetGeoTransform()[1]
    data = dataset.GetRasterBand(band).ReadRaster(int(x_m // res), int(y_m // res), 1, 1)
    return int.from_bytes(data, sys.byteorder)


def _to_utm(points: list[list[float]]) -> list[tuple[float, float]]:
    wgs84, utm = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    utm.ImportFromEPSG(32631)
    for srs in (wgs84, utm):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(wgs84, utm)
    return [transform.TransformPoint(lon, lat)[:2] for lon, lat in points]


def test_collections(folder: Path, by_collection: Items) -> None:
    listed = json.loads((folder / "collections.json").read_text(encoding="utf-8"))
    collections = {c["id"]: c for c in listed}
    assert set(collections) == {catalog.L2A, catalog.AG_MASK, catalog.EDA_MASK}
    assert set(by_collection) == set(collections)
    assert collections[catalog.L2A]["title"] == "Sentinel-2 Level-2A"
    assert "1 = clear" in collections[catalog.AG_MASK]["description"]
    assert "4 = thin cloud" in collections[catalog.EDA_MASK]["description"]
    assert "2 = cirrus" in collections[catalog.EDA_MASK]["description"]
    for collection in collections.values():
        assert collection["type"] == "Collection"
        assert collection["title"]
        assert len(collection["description"]) > 80
        assert collection["extent"]["spatial"]["bbox"] == [REGION]
        start, end = collection["extent"]["temporal"]["interval"][0]
        for item in by_collection[collection["id"]].values():
            assert start <= item["properties"]["datetime"] <= end
    item_assets = collections[catalog.L2A]["item_assets"]
    assert set(item_assets) == BASE_ASSETS | EXTRA_ASSETS
    assert item_assets["visual"]["roles"] == ["visual"]


def test_region_is_around_toulouse() -> None:
    west, south, east, north = REGION
    assert west < 1.44 < east  # Toulouse
    assert south < 43.60 < north
    assert -1.5 < west < 0
    assert 2.5 < east < 3.5
    assert 42 < south < 43
    assert 45 < north < 45.5


def test_items_look_like_stac(by_collection: Items, items: list[dict[str, Any]]) -> None:
    assert len(by_collection[catalog.L2A]) == N_ITEMS
    assert len({(i["collection"], i["id"]) for i in items}) == len(items)
    west, south, east, north = REGION
    for item in items:
        assert item["type"] == "Feature"
        assert item["stac_version"] == "1.1.0"
        assert item["geometry"]["type"] == "Polygon"
        ring = item["geometry"]["coordinates"][0]
        assert ring[0] == ring[-1]
        assert len(ring) >= 4
        lons, lats = [p[0] for p in ring], [p[1] for p in ring]
        assert item["bbox"] == pytest.approx([min(lons), min(lats), max(lons), max(lats)])
        assert west <= min(lons)
        assert max(lons) <= east
        assert south <= min(lats)
        assert max(lats) <= north
        # Shoelace sum: positive for a counter-clockwise ring, as RFC 7946 asks.
        assert sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:])) > 0
        moment = dt.datetime.strptime(item["properties"]["datetime"], "%Y-%m-%dT%H:%M:%S.%fZ")
        assert dt.datetime(2022, 6, 1) <= moment <= dt.datetime(2022, 10, 1)
        assert item["properties"]["proj:code"] == "EPSG:32631"


def test_l2a_spread(by_collection: Items) -> None:
    l2a = by_collection[catalog.L2A]
    assert set(l2a) >= FIXTURE_IDS
    covers = [item["properties"]["eo:cloud_cover"] for item in l2a.values()]
    assert 0.0 in covers
    assert 100.0 in covers
    assert all(0 <= c <= 100 for c in covers)
    for threshold in (10, 20):
        assert any(threshold - 1 < c < threshold for c in covers)
        assert any(threshold < c < threshold + 1 for c in covers)
    platforms = {item["properties"]["platform"] for item in l2a.values()}
    assert platforms == {"sentinel-2a", "sentinel-2b"}
    tiles = {item["properties"]["grid:code"].removeprefix("MGRS-") for item in l2a.values()}
    assert tiles == set(catalog.TILES)
    months = {item["properties"]["datetime"][:7] for item in l2a.values()}
    assert months == {"2022-06", "2022-07", "2022-08", "2022-09"}
    partial = [i for i in l2a.values() if i["properties"]["s2:nodata_pixel_percentage"] > 0]
    assert 0.2 * N_ITEMS < len(partial) < 0.5 * N_ITEMS


def test_l2a_properties_agree(by_collection: Items) -> None:
    for item_id, item in by_collection[catalog.L2A].items():
        props = item["properties"]
        tile = props["grid:code"].removeprefix("MGRS-")
        day = props["datetime"][:10].replace("-", "")
        s2x = f"S2{props['platform'][-1].upper()}"
        assert item_id == f"{s2x}_{tile}_{day}_{props['s2:sequence']}_L2A"
        assert props["s2:product_uri"].startswith(f"{s2x}_MSIL2A_{day}T")
        assert f"_T{tile}_" in props["s2:product_uri"]
        assert props["mgrs:grid_square"] == tile[3:]
        assert props["mgrs:utm_zone"] == 31
        original = props["eda:original_geometry"]["coordinates"][0]
        assert sorted(original) == sorted(item["geometry"]["coordinates"][0])
        if item_id in FIXTURE_IDS:
            continue
        extra = EXTRA_ASSETS if tile == catalog.EXTRA_ASSETS_TILE else set()
        assert set(item["assets"]) == BASE_ASSETS | extra
        shares = [
            value
            for key, value in props.items()
            if key.startswith("s2:")
            and key.endswith("_percentage")
            and key not in OTHER_PERCENTAGES
        ]
        assert sum(shares) == pytest.approx(100, abs=1e-4)


def test_fixture_items_kept_apart_from_hrefs(by_collection: Items) -> None:
    def without(mapping: dict[str, Any], *keys: str) -> dict[str, Any]:
        return {k: v for k, v in mapping.items() if k not in keys}

    for original in catalog.load_fixture_items():
        served = by_collection[catalog.L2A][original["id"]]
        assert without(served, "assets") == without(original, "assets")
        for key, asset in original["assets"].items():
            moved = served["assets"][key]
            assert without(moved, "href", "alternate") == without(asset, "href", "alternate")


def test_mask_references(by_collection: Items) -> None:
    l2a = by_collection[catalog.L2A]
    referenced: dict[str, set[str]] = {catalog.AG_MASK: set(), catalog.EDA_MASK: set()}
    for item in l2a.values():
        props = item["properties"]
        for kind, collection in (
            ("ag_cloud_mask", catalog.AG_MASK),
            ("cloud_mask", catalog.EDA_MASK),
        ):
            if not props[f"eda:{kind}_available"]:
                assert f"eda:{kind}_item_id" not in props
                assert f"eda:{kind}_collection_id" not in props
                continue
            assert props[f"eda:{kind}_collection_id"] == collection
            mask = by_collection[collection][props[f"eda:{kind}_item_id"]]
            assert mask["geometry"] == item["geometry"]
            assert mask["bbox"] == item["bbox"]
            assert mask["properties"]["datetime"] == props["datetime"]
            assert mask["id"].startswith(props["s2:product_uri"] + "_AG_CLOUD_MASK_")
            referenced[collection].add(mask["id"])
    for collection, ids in referenced.items():
        assert ids == set(by_collection[collection]), "every mask item has its l2a item"
    assert 0.6 * N_ITEMS < len(referenced[catalog.AG_MASK]) < 0.8 * N_ITEMS
    assert 0.4 * N_ITEMS < len(referenced[catalog.EDA_MASK]) < 0.6 * N_ITEMS
    neither = [
        item
        for item in l2a.values()
        if not item["properties"]["eda:ag_cloud_mask_available"]
        and not item["properties"]["eda:cloud_mask_available"]
    ]
    assert len(neither) >= 10
    for mask in by_collection[catalog.AG_MASK].values():
        assert set(mask["assets"]) == {"agriculture-cloud-mask"}
    for mask in by_collection[catalog.EDA_MASK].values():
        assert set(mask["assets"]) == {"cloud-mask"}
        assert len(mask["assets"]["cloud-mask"]["raster:bands"]) == 2


def test_asset_locations(folder: Path, items: list[dict[str, Any]]) -> None:
    for item in items:
        for asset in item["assets"].values():
            rel = asset["href"].removeprefix(catalog.ASSET_S3_PREFIX)
            assert asset["href"] == catalog.ASSET_S3_PREFIX + rel
            assert asset["alternate"]["download"]["href"] == catalog.ASSET_HTTP_PREFIX + rel
            assert (folder / "assets" / rel).is_file()
            if item["collection"] != catalog.L2A:
                assert asset["type"] == catalog.COG_TYPE
                assert asset["roles"] == ["data"]
    size = sum(f.stat().st_size for f in (folder / "assets").rglob("*") if f.is_file())
    assert size < 20_000_000


COG_SPECS = {  # asset key -> band count, GDAL type, size
    "red": (1, gdal.GDT_UInt16, 549),
    "green": (1, gdal.GDT_UInt16, 549),
    "blue": (1, gdal.GDT_UInt16, 549),
    "scl": (1, gdal.GDT_Byte, 549),
    "visual": (3, gdal.GDT_Byte, 549),
    "agriculture-cloud-mask": (1, gdal.GDT_Byte, 1098),
    "cloud-mask": (2, gdal.GDT_Byte, 1098),
}


def test_cogs_match_their_items(folder: Path, items: list[dict[str, Any]]) -> None:
    checked: set[str] = set()
    for item in items:
        if item["id"] in FIXTURE_IDS:
            continue  # Their proj metadata is the real 10 m grid; see the footprint test.
        for key, asset in item["assets"].items():
            if key not in COG_SPECS or asset["href"] in checked:
                continue
            checked.add(asset["href"])
            dataset = _open(folder, asset["href"])
            count, data_type, size = COG_SPECS[key]
            assert dataset.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE") == "COG"
            assert dataset.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "DEFLATE"
            assert dataset.RasterCount == count
            assert [dataset.RasterXSize, dataset.RasterYSize] == [size, size]
            assert asset["proj:shape"] == [size, size]
            a, b, c, d, e, f = asset["proj:transform"]
            assert dataset.GetGeoTransform() == (c, a, b, f, d, e)
            assert dataset.GetSpatialRef().GetAuthorityCode(None) == "32631"
            for index in range(1, count + 1):
                band = dataset.GetRasterBand(index)
                assert band.DataType == data_type
                assert band.GetNoDataValue() == 0
                assert band.GetBlockSize() == [256, 256]
                assert band.GetOverviewCount() >= 2
                assert asset["raster:bands"][index - 1]["nodata"] == 0
    red = {href for href in checked if href.endswith("/B04.tif")}
    assert len(red) == len(catalog.TILES) * len(catalog.SKIES)  # every tile under every sky
    tci = {href for href in checked if href.endswith("/TCI.tif")}
    assert {_sky_in(href) for href in tci} == set(range(len(catalog.SKIES)))


def test_footprints_lie_on_their_rasters(folder: Path, by_collection: Items) -> None:
    for item in by_collection[catalog.L2A].values():
        dataset = _open(folder, item["assets"]["red"]["href"])
        x0, res, _, y0, _, negative_res = dataset.GetGeoTransform()
        x1, y1 = x0 + res * dataset.RasterXSize, y0 + negative_res * dataset.RasterYSize
        for x, y in _to_utm(item["geometry"]["coordinates"][0]):
            assert x0 - 1 <= x <= x1 + 1, item["id"]
            assert y1 - 1 <= y <= y0 + 1, item["id"]


# (x east, y south) metres from the tile corner, per the catalog module's docstring.
PLACES = {
    "border": (500, 50_000),
    "cloud": (35_000, 40_000),
    "cloud edge": (35_000, 54_500),
    "shadow": (20_000, 14_000),
    "thin cloud": (82_000, 27_000),
    "cirrus over vegetation": (80_100, 80_100),
    "cirrus over bare soil": (85_100, 80_100),
    "vegetation": (52_500, 102_500),
    "bare soil": (57_500, 102_500),
}
EXPECTED = {  # place -> ag, EDA band 1, EDA band 2, SCL, (red, green, blue), TCI (r, g, b)
    "border": (0, 0, 0, 0, (0, 0, 0), (0, 0, 0)),
    "cloud": (2, 2, 1, 9, (9000, 9000, 9000), (255, 255, 255)),
    "cloud edge": (2, 2, 1, 9, (9000, 9000, 9000), (255, 255, 255)),
    "shadow": (3, 3, 1, 3, (1200, 1300, 1200), (17, 26, 17)),
    "thin cloud": (1, 4, 1, 8, (5500, 5500, 5500), (255, 255, 255)),
    "cirrus over vegetation": (1, 1, 2, 10, (2900, 3300, 2800), (162, 196, 153)),
    "cirrus over bare soil": (1, 1, 2, 10, (4700, 4200, 3700), (255, 255, 230)),
    "vegetation": (1, 1, 1, 4, (1400, 1800, 1300), (34, 68, 26)),
    "bare soil": (1, 1, 1, 5, (3200, 2700, 2200), (187, 144, 102)),
}


@pytest.mark.parametrize("tile", ["31TCJ", "31TBK", "31TDH"])
@pytest.mark.parametrize("place", sorted(PLACES))
def test_documented_pixels(folder: Path, tile: str, place: str) -> None:
    x, y = PLACES[place]
    ag, eda1, eda2, scl, rgb, tci = EXPECTED[place]
    files = folder / "assets"
    ag_mask = gdal.Open(str(files / catalog.AG_MASK / tile / "agriculture-cloud-mask.tif"))
    assert _pixel(ag_mask, 1, x, y) == ag
    eda = gdal.Open(str(files / catalog.EDA_MASK / tile / "cloud-mask.tif"))
    assert (_pixel(eda, 1, x, y), _pixel(eda, 2, x, y)) == (eda1, eda2)
    images = {
        name: gdal.Open(str(files / catalog.L2A / tile / f"{name}.tif"))
        for name in ("B04", "B03", "B02", "SCL")
    }
    assert _pixel(images["SCL"], 1, x, y) == scl
    assert tuple(_pixel(images[name], 1, x, y) for name in ("B04", "B03", "B02")) == rgb
    visual = gdal.Open(str(files / catalog.L2A / tile / "TCI.tif"))
    assert tuple(_pixel(visual, band, x, y) for band in (1, 2, 3)) == tci
    assert tci == tuple(catalog.tci_value(dn) for dn in rgb)


def test_tci_file(folder: Path) -> None:
    dataset = gdal.Open(str(folder / "assets" / catalog.L2A / "31TDJ" / "TCI.tif"))
    colours = [dataset.GetRasterBand(i).GetColorInterpretation() for i in (1, 2, 3)]
    assert colours == [gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand]
    names = [dataset.GetRasterBand(i).GetDescription() for i in (1, 2, 3)]
    assert names == ["red", "green", "blue"]
    red = gdal.Open(str(folder / "assets" / catalog.L2A / "31TDJ" / "B04.tif"))
    assert dataset.GetGeoTransform() == red.GetGeoTransform()
    # Every band's nodata is exactly the border: the formula never maps a DN > 0 to 0.
    data = dataset.GetRasterBand(2).ReadRaster()
    assert data.count(0) == 549**2 - 539**2


def test_extra_assets_only_on_generated_31tdj_items(folder: Path, by_collection: Items) -> None:
    """visual, footprint and metadata, and file:* on every asset, exactly on 31TDJ's items."""
    with_extras = 0
    for items in by_collection.values():
        for item in items.values():
            tile = item["properties"]["grid:code"].removeprefix("MGRS-")
            extended = (
                item["collection"] == catalog.L2A
                and tile == catalog.EXTRA_ASSETS_TILE
                and item["id"] not in FIXTURE_IDS
            )
            has_file = catalog.FILE_EXTENSION in item["stac_extensions"]
            assert has_file == extended, item["id"]
            assert bool(EXTRA_ASSETS & set(item["assets"])) == extended, item["id"]
            for asset in item["assets"].values():
                assert ("file:size" in asset) == ("file:checksum" in asset) == extended
                if extended:  # each item's own: its sky's files
                    content = (
                        folder / "assets" / asset["href"].removeprefix(catalog.ASSET_S3_PREFIX)
                    ).read_bytes()
                    assert asset["file:size"] == len(content)
                    assert asset["file:checksum"] == "1220" + hashlib.sha256(content).hexdigest()
            with_extras += extended
    assert with_extras == 34  # the default 300-item catalog's 31TDJ items, as documented
    extended_items = [
        i
        for i in by_collection[catalog.L2A].values()
        if catalog.FILE_EXTENSION in i["stac_extensions"]
    ]
    item = next(i for i in extended_items if _sky_in(i["assets"]["visual"]["href"]) == 2)
    assets = item["assets"]
    assert set(assets) == BASE_ASSETS | EXTRA_ASSETS
    visual = assets["visual"]
    assert (visual["title"], visual["type"], visual["roles"]) == (
        "True color image",
        catalog.COG_TYPE,
        ["visual"],
    )
    assert [b["common_name"] for b in visual["eo:bands"]] == ["red", "green", "blue"]
    assert [(b["data_type"], b["nodata"]) for b in visual["raster:bands"]] == [("uint8", 0)] * 3
    assert visual["proj:shape"] == assets["red"]["proj:shape"]
    assert visual["proj:transform"] == assets["red"]["proj:transform"]
    # The true colour image is its sky's; footprint and metadata describe the tile, under no sky.
    for key, rel, media_type in (
        ("visual", "31TDJ/sky2/TCI.tif", catalog.COG_TYPE),
        ("footprint", "31TDJ/footprint.geojson", "application/geo+json"),
        ("metadata", "31TDJ/metadata.xml", "application/xml"),
    ):
        assert assets[key]["type"] == media_type
        download = catalog.ASSET_HTTP_PREFIX + f"{catalog.L2A}/{rel}"
        assert assets[key]["alternate"]["download"]["href"] == download
        assert assets[key]["href"] == catalog.ASSET_S3_PREFIX + f"{catalog.L2A}/{rel}"
    checksums = {i["assets"]["visual"]["file:checksum"] for i in extended_items}
    assert len(checksums) == len(catalog.SKIES)  # one true colour image per sky
    for key in ("footprint", "metadata"):
        assert assets[key]["roles"] == ["metadata"]


def test_footprint_and_metadata_files(folder: Path) -> None:
    tile_dir = folder / "assets" / catalog.L2A / "31TDJ"
    footprint = json.loads((tile_dir / "footprint.geojson").read_text(encoding="utf-8"))
    assert footprint["type"] == "FeatureCollection"
    [feature] = footprint["features"]
    assert feature["properties"] == {"tile": "31TDJ"}
    assert feature["geometry"]["type"] == "Polygon"
    ring = feature["geometry"]["coordinates"][0]
    assert len(ring) == 5
    assert ring[0] == ring[-1]
    x0, y0 = catalog.TILES["31TDJ"]
    corners = {(round(x), round(y)) for x, y in _to_utm(ring)}
    size = catalog.TILE_SIZE_M
    assert corners == {(x0, y0), (x0 + size, y0), (x0, y0 - size), (x0 + size, y0 - size)}
    root = ET.fromstring((tile_dir / "metadata.xml").read_bytes())
    assert root.get("tile") == "31TDJ"


def test_cloud_disc_and_border_sizes(folder: Path) -> None:
    """The ag mask's cloud is a disc of radius 15 km, its border 1 km (10 px of 100 m) wide."""
    mask = folder / "assets" / catalog.AG_MASK / "31TCJ" / "agriculture-cloud-mask.tif"
    dataset = gdal.Open(str(mask))  # kept in a variable: a band outliving its dataset crashes
    data = dataset.GetRasterBand(1).ReadRaster()
    assert data.count(2) == pytest.approx(math.pi * 150**2, rel=0.01)
    assert data.count(0) == 1098**2 - 1078**2


# The module doc's Skies table, restated: cloud and shadow discs (x, y, r), the thin-cloud
# square (west, north, side) in metres from the tile's corner, None where a sky has none; and the
# % of valid pixels that the ag mask, EDA band 1 and the SCL call clear.
SKY_SHAPES = {
    0: ((35_000, 40_000, 15_000), (20_000, 14_000, 8_000), (70_000, 15_000, 25_000)),
    1: ((66_000, 66_000, 32_000), (60_000, 55_600, 32_000), (12_000, 70_000, 25_000)),
    2: ((33_000, 75_000, 12_000), (24_000, 59_400, 12_000), (45_000, 15_000, 20_000)),
    3: (None, None, (85_000, 15_000, 10_000)),
}
CLEAR_SHARES = {
    0: (92.2, 86.8, 79.1),
    1: (65.7, 60.6, 59.8),
    2: (92.8, 89.3, 81.6),
    3: (100, 99.1, 91.4),
}
SUN_STEP = (-3_000, -5_200)  # a shadow lies k of these from its cloud: away from the sun
OVERLAP_M = 9_800  # neighbouring tiles share this much of each edge


def _field(x: float, y: float) -> str:
    """The field at a place outside the cirrus square (module doc: a 5 km checkerboard)."""
    return "vegetation" if (x // 5000 + y // 5000) % 2 == 0 else "bare soil"


def _sky_places(sky: int) -> dict[str, tuple[tuple[float, float], str]]:
    """Places that show each of the sky's shapes, and one just beyond its cloud, with the
    EXPECTED row of what they show."""
    cloud, shadow, thin = SKY_SHAPES[sky]
    places: dict[str, tuple[tuple[float, float], str]] = {}
    if cloud:
        x, y, r = cloud
        places["cloud centre"] = ((x, y), "cloud")
        places["inside the cloud's southern edge"] = ((x, y + r - 500), "cloud")
        places["beyond the cloud's southern edge"] = ((x, y + r + 500), _field(x, y + r + 500))
    if shadow:
        x, y, r = shadow
        step = math.hypot(*SUN_STEP)  # 0.8 r from its centre, away from its cloud
        away = (x + 0.8 * r * SUN_STEP[0] / step, y + 0.8 * r * SUN_STEP[1] / step)
        places["shadow, away from its cloud"] = (away, "shadow")
    if thin:
        west, north, side = thin
        places["thin-cloud square's centre"] = ((west + side / 2, north + side / 2), "thin cloud")
    return places


def _clear_share(dataset: gdal.Dataset, clear: set[int]) -> float:
    """% of band 1's valid (non-zero) pixels whose value is in clear."""
    data = dataset.GetRasterBand(1).ReadRaster()
    valid = len(data) - data.count(0)
    return 100 * sum(data.count(value) for value in clear) / valid


def _outside_the_overlaps(data: bytes, size: int, res: int) -> bytes:
    """The values of a size x size band's pixels within OVERLAP_M of the tile's edges."""
    edge = OVERLAP_M // res
    rows = [data[row * size : (row + 1) * size] for row in range(size)]
    strips = rows[:edge] + rows[size - edge :]
    strips += [row[:edge] + row[size - edge :] for row in rows[edge : size - edge]]
    return b"".join(strips)


def test_shadows_fall_from_their_clouds_away_from_the_sun() -> None:
    for sky, (cloud, shadow, _) in SKY_SHAPES.items():
        if cloud is None or shadow is None:
            assert cloud == shadow, sky  # no cloud, no shadow
            continue
        k = (shadow[0] - cloud[0]) / SUN_STEP[0]
        assert k in (1, 2, 3, 4, 5), sky
        assert shadow[1] - cloud[1] == k * SUN_STEP[1], sky
    # Away from a sun in the south-south-east, as the items' view:sun_azimuth says.
    assert math.degrees(math.atan2(-SUN_STEP[0], SUN_STEP[1])) % 360 == pytest.approx(150, abs=1)


@pytest.mark.parametrize("sky", sorted(SKY_SHAPES))
def test_a_sky_s_files_show_its_documented_shapes(
    folder: Path, by_collection: Items, sky: int
) -> None:
    """Read from the files a 31TDJ item of the sky and its masks reference: every product shows
    the sky's shapes where the module doc puts them, and clears as much of the tile as it says."""
    item = next(
        i
        for i in by_collection[catalog.L2A].values()
        if _tile(i) == "31TDJ"
        and _sky_in(i["assets"]["red"]["href"]) == sky
        and i["properties"]["eda:ag_cloud_mask_available"]
        and i["properties"]["eda:cloud_mask_available"]
    )
    ag_item = by_collection[catalog.AG_MASK][item["properties"]["eda:ag_cloud_mask_item_id"]]
    eda_item = by_collection[catalog.EDA_MASK][item["properties"]["eda:cloud_mask_item_id"]]
    ag = _open(folder, ag_item["assets"]["agriculture-cloud-mask"]["href"])
    eda = _open(folder, eda_item["assets"]["cloud-mask"]["href"])
    images = {
        key: _open(folder, item["assets"][key]["href"])
        for key in COG_SPECS
        if key in item["assets"]
    }
    for name, ((x, y), shown) in _sky_places(sky).items():
        ag_value, eda1, eda2, scl, rgb, tci = EXPECTED[shown]
        assert _pixel(ag, 1, x, y) == ag_value, name
        assert (_pixel(eda, 1, x, y), _pixel(eda, 2, x, y)) == (eda1, eda2), name
        assert _pixel(images["scl"], 1, x, y) == scl, name
        assert tuple(_pixel(images[key], 1, x, y) for key in ("red", "green", "blue")) == rgb, name
        assert tuple(_pixel(images["visual"], band, x, y) for band in (1, 2, 3)) == tci, name
    cloud = SKY_SHAPES[sky][0]
    ag_data = ag.GetRasterBand(1).ReadRaster()
    cloud_px = math.pi * (cloud[2] / 100) ** 2 if cloud else 0  # wholly seen: clouds are on top
    assert ag_data.count(2) == pytest.approx(cloud_px, rel=0.01, abs=0)
    shares = (
        _clear_share(ag, {1}),
        _clear_share(eda, {1}),
        _clear_share(images["scl"], {4, 5}),
    )
    assert shares == pytest.approx(CLEAR_SHARES[sky], abs=0.05)
    if sky:  # the neighbours' overlaps: only the fields (and the border) there
        eda_data = eda.GetRasterBand(1).ReadRaster()
        assert set(_outside_the_overlaps(eda_data, 1098, 100)) == {0, 1}


def test_items_use_their_acquisitions_sky(by_collection: Items) -> None:
    """An item's files (and its masks') are those of its acquisition's sky: the same for every
    sequence of a tile and day, and varying over the season."""
    skies_of: dict[tuple[str, str], set[int]] = {}
    for item in by_collection[catalog.L2A].values():
        tile, props = _tile(item), item["properties"]
        sky = catalog.item_sky(item)
        skies_of.setdefault((tile, props["datetime"][:10]), set()).add(sky)
        place = f"{catalog.L2A}/{tile}/" + (f"sky{sky}/" if sky else "")
        for key, asset in item["assets"].items():
            where = f"{catalog.L2A}/{tile}/" if key in ("footprint", "metadata") else place
            name = asset["href"].rsplit("/", 1)[1]
            assert asset["href"] == catalog.ASSET_S3_PREFIX + where + name, item["id"]
        for kind, collection, key in (
            ("ag_cloud_mask", catalog.AG_MASK, "agriculture-cloud-mask"),
            ("cloud_mask", catalog.EDA_MASK, "cloud-mask"),
        ):
            if props[f"eda:{kind}_available"]:
                mask = by_collection[collection][props[f"eda:{kind}_item_id"]]
                assert _sky_in(mask["assets"][key]["href"]) == sky, mask["id"]
    assert all(len(skies) == 1 for skies in skies_of.values())
    for item_id in FIXTURE_IDS:  # their files are version 2's, at version 2's paths
        assert catalog.item_sky(by_collection[catalog.L2A][item_id]) == 0
    seen = {(tile, sky) for (tile, _), skies in skies_of.items() for sky in skies}
    assert seen == {(tile, sky) for tile in catalog.TILES for sky in SKY_SHAPES}


def test_the_dock_tests_items_see_sky_0(by_collection: Items) -> None:
    """tests/test_dock_assets.py loads the first generated 31TDJ and 31TCJ items with an ag mask
    and looks for sky 0's cloud in them (catalog.WEATHER_SEED's comment)."""
    for tile in ("31TDJ", "31TCJ"):
        item = next(
            i
            for i in by_collection[catalog.L2A].values()
            if _tile(i) == tile
            and i["properties"]["eda:ag_cloud_mask_available"]
            and "scl" in i["assets"]
        )
        assert _sky_in(item["assets"]["red"]["href"]) == 0, item["id"]


def test_class_grid_is_scene_class_at_every_pixel() -> None:
    res = catalog.TILE_SIZE_M / catalog.IMAGE_PX
    centres = [(c + 0.5) * res for c in range(catalog.IMAGE_PX)]
    for sky in range(len(catalog.SKIES)):
        expected = bytes(catalog.scene_class(x, y, sky) for y in centres for x in centres)
        assert catalog.class_grid(catalog.IMAGE_PX, sky) == expected, sky


def test_thumbnail(folder: Path) -> None:
    dataset = gdal.Open(str(folder / "assets" / catalog.L2A / "31TCJ" / "thumbnail.png"))
    assert dataset.GetDriver().ShortName == "PNG"
    assert (dataset.RasterCount, dataset.RasterXSize, dataset.RasterYSize) == (3, 128, 128)


def test_ensure_catalog_reuses_and_is_deterministic(tmp_path: Path, folder: Path) -> None:
    first = catalog.ensure_catalog(tmp_path / "a", 40, seed=7)
    mtime = (first / "items.ndjson").stat().st_mtime_ns
    assert catalog.ensure_catalog(tmp_path / "a", 40, seed=7) == first
    assert (first / "items.ndjson").stat().st_mtime_ns == mtime
    same = catalog.ensure_catalog(tmp_path / "b", 40, seed=7)
    other = catalog.ensure_catalog(tmp_path / "c", 40, seed=8)
    assert (first / "items.ndjson").read_bytes() == (same / "items.ndjson").read_bytes()
    assert (first / "items.ndjson").read_bytes() != (other / "items.ndjson").read_bytes()
    assert (first / "collections.json").read_bytes() == (folder / "collections.json").read_bytes()
    assert [p.name for p in (tmp_path / "a").iterdir()] == [first.name]


def test_crash_leaves_no_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(catalog, "write_assets", crash)
    with pytest.raises(RuntimeError, match="disk full"):
        catalog.ensure_catalog(tmp_path, 20)
    assert list(tmp_path.iterdir()) == []


def test_generate_items_for_benchmarks() -> None:
    items = list(catalog.generate_items(3000, seed=1))
    ids = {item["id"] for item in items}
    assert len(ids) == 3000
    assert not ids & FIXTURE_IDS
    hrefs = {asset["href"] for item in items for asset in item["assets"].values()}
    # Five files per tile and sky, 31TDJ's visual per sky, its footprint and metadata once.
    assert len(hrefs) == (5 * len(catalog.TILES) + 1) * len(catalog.SKIES) + 2
    masks = [mask["id"] for item in items for mask in catalog.mask_items(item)]
    assert len(set(masks)) == len(masks)


def test_command_line(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "devserver.catalog", str(tmp_path), "--items", "12"]
    repo = Path(__file__).resolve().parents[1]
    result = subprocess.run(command, cwd=repo, capture_output=True, text=True, check=True)
    out = Path(result.stdout.strip())
    assert out.parent == tmp_path
    assert len((out / "items.ndjson").read_text(encoding="utf-8").splitlines()) >= 12
