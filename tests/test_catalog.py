"""Tests of the test catalog generator (devserver/catalog.py): items, masks, COG pixels."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
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
    assert len(checked) == 6 * len(catalog.TILES) + 1  # + the one tile's visual


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
            with_extras += extended
    assert with_extras == 34  # the default 300-item catalog's 31TDJ items, as documented
    item = next(
        i
        for i in by_collection[catalog.L2A].values()
        if catalog.FILE_EXTENSION in i["stac_extensions"]
    )
    assets = item["assets"]
    assert set(assets) == BASE_ASSETS | EXTRA_ASSETS
    for asset in assets.values():
        content = (
            folder / "assets" / asset["href"].removeprefix(catalog.ASSET_S3_PREFIX)
        ).read_bytes()
        assert asset["file:size"] == len(content)
        assert asset["file:checksum"] == "1220" + hashlib.sha256(content).hexdigest()
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
    base = catalog.ASSET_HTTP_PREFIX + f"{catalog.L2A}/31TDJ/"
    for key, name, media_type in (
        ("visual", "TCI.tif", catalog.COG_TYPE),
        ("footprint", "footprint.geojson", "application/geo+json"),
        ("metadata", "metadata.xml", "application/xml"),
    ):
        assert assets[key]["type"] == media_type
        assert assets[key]["alternate"]["download"]["href"] == base + name
        assert assets[key]["href"] == catalog.ASSET_S3_PREFIX + f"{catalog.L2A}/31TDJ/{name}"
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
    def crash(_: Path) -> None:
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
    assert len(hrefs) == 5 * len(catalog.TILES) + 3  # + 31TDJ's visual, footprint, metadata
    masks = [mask["id"] for item in items for mask in catalog.mask_items(item)]
    assert len(set(masks)) == len(masks)


def test_command_line(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "devserver.catalog", str(tmp_path), "--items", "12"]
    repo = Path(__file__).resolve().parents[1]
    result = subprocess.run(command, cwd=repo, capture_output=True, text=True, check=True)
    out = Path(result.stdout.strip())
    assert out.parent == tmp_path
    assert len((out / "items.ndjson").read_text(encoding="utf-8").splitlines()) >= 12
