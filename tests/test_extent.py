"""The map extent as the search area: what the catalog is asked about, in real QGIS."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
)

from earthplatform_qgis.map.area import (
    ExtentError,
    describe_extent,
    extent_to_intersects,
    geometry_bbox,
)

WORLD = (-180.0, -90.0, 180.0, 90.0)


def _search_area(crs: str, xmin: float, ymin: float, xmax: float, ymax: float) -> dict[str, Any]:
    """The search geometry for an extent, checked to be valid RFC 7946 within the world."""
    geojson = extent_to_intersects(
        QgsRectangle(xmin, ymin, xmax, ymax), QgsCoordinateReferenceSystem(crs)
    )
    ogr_geometry = ogr.CreateGeometryFromJson(json.dumps(geojson))
    assert ogr_geometry.IsValid()
    geometry = QgsGeometry.fromWkt(ogr_geometry.ExportToWkt())
    assert geometry.isGeosValid()
    assert not geometry.isEmpty()
    assert QgsRectangle(*WORLD).contains(geometry.boundingBox())
    polygons = [geojson["coordinates"]] if geojson["type"] == "Polygon" else geojson["coordinates"]
    for polygon in polygons:
        exterior = polygon[0]
        assert exterior[0] == exterior[-1]
        assert all(a != b for a, b in zip(exterior, exterior[1:]))
        assert _signed_area(exterior) > 0  # counter-clockwise
        assert all(round(value, 7) == value for position in exterior for value in position)
    return geojson


def _signed_area(ring: list[list[float]]) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:]))


def _to_lonlat(crs: str, x: float, y: float) -> QgsPointXY:
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(crs),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateTransformContext(),
    )
    return transform.transform(QgsPointXY(x, y))


def _geometry(geojson: dict[str, Any]) -> QgsGeometry:
    return QgsGeometry.fromWkt(ogr.CreateGeometryFromJson(json.dumps(geojson)).ExportToWkt())


def _covers(geojson: dict[str, Any], point: QgsPointXY, tolerance: float = 1e-6) -> bool:
    return _geometry(geojson).buffer(tolerance, 4).contains(QgsGeometry.fromPointXY(point))


def _described(area: dict[str, Any]) -> str:
    """describe_extent with plain hyphens for its en dashes, so the tests read plainly."""
    return describe_extent(area).replace("\N{EN DASH}", "-")


def _parts_bounds(area: dict[str, Any]) -> list[tuple[float, float, float, float]]:
    assert area["type"] == "MultiPolygon"
    return sorted(
        (
            min(p[0] for p in polygon[0]),
            min(p[1] for p in polygon[0]),
            max(p[0] for p in polygon[0]),
            max(p[1] for p in polygon[0]),
        )
        for polygon in area["coordinates"]
    )


def test_a_lonlat_extent_is_searched_as_is() -> None:
    area = _search_area("EPSG:4326", 1.25, 43.5, 1.75, 43.75)
    assert area["type"] == "Polygon"
    ring = area["coordinates"][0]
    assert len(ring) == 5  # straight edges stay four corners
    assert sorted(map(tuple, ring[:-1])) == [
        (1.25, 43.5),
        (1.25, 43.75),
        (1.75, 43.5),
        (1.75, 43.75),
    ]
    assert geometry_bbox(area) == (1.25, 43.5, 1.75, 43.75)
    assert _described(area) == "1.25°E-1.75°E, 43.50°N-43.75°N"


def test_a_web_mercator_extent_over_toulouse_matches_its_corners() -> None:
    xmin, ymin, xmax, ymax = 150_000.0, 5_400_000.0, 170_000.0, 5_420_000.0
    area = extent_to_intersects(
        QgsRectangle(xmin, ymin, xmax, ymax),
        QgsCoordinateReferenceSystem("EPSG:3857"),
        QgsCoordinateTransformContext(),
    )
    assert area == _search_area("EPSG:3857", xmin, ymin, xmax, ymax)
    south_west = _to_lonlat("EPSG:3857", xmin, ymin)
    north_east = _to_lonlat("EPSG:3857", xmax, ymax)
    expected = (south_west.x(), south_west.y(), north_east.x(), north_east.y())
    assert geometry_bbox(area) == pytest.approx(expected, abs=1e-6)
    # Mercator keeps meridians and parallels straight: no vertex beyond the corners is needed.
    assert len(area["coordinates"][0]) == 5
    for x, y in [(xmin, ymin), (xmax, ymax), ((xmin + xmax) / 2, ymax), (xmin, (ymin + ymax) / 2)]:
        assert _covers(area, _to_lonlat("EPSG:3857", x, y))


def test_a_utm_extent_follows_its_curved_edges() -> None:
    xmin, ymin, xmax, ymax = 300_000.0, 4_800_000.0, 400_000.0, 4_900_000.0
    area = _search_area("EPSG:32631", xmin, ymin, xmax, ymax)
    boundary = QgsGeometry.fromPolylineXY(
        [QgsPointXY(lon, lat) for lon, lat in area["coordinates"][0]]
    )
    top_left = _to_lonlat("EPSG:32631", xmin, ymax)
    top_right = _to_lonlat("EPSG:32631", xmax, ymax)
    top_middle = QgsGeometry.fromPointXY(_to_lonlat("EPSG:32631", (xmin + xmax) / 2, ymax))
    # The top edge in lon/lat bows away from the chord between its corners ...
    chord = QgsGeometry.fromPolylineXY([top_left, top_right])
    assert chord.distance(top_middle) > 1e-3
    # ... and the search area follows it.
    assert boundary.distance(top_middle) < 1e-6
    assert _described(area) == "0.50°E-1.77°E, 43.33°N-44.25°N"


@pytest.mark.parametrize(
    ("crs", "pole"),
    [("EPSG:3413", 90.0), ("EPSG:3031", -90.0)],
    ids=["arctic", "antarctic"],
)
@pytest.mark.parametrize(
    "extent",
    [(-1e6, -1e6, 1e6, 1e6), (-1e6, -3e6, 1e6, 5e5)],
    ids=["centred", "off-centre"],
)
def test_a_polar_extent_covers_every_longitude_up_to_the_pole(
    crs: str, pole: float, extent: tuple[float, float, float, float]
) -> None:
    area = _search_area(crs, *extent)
    assert area["type"] == "Polygon"
    xmin, ymin, xmax, ymax = extent
    corners = [_to_lonlat(crs, x, y) for x in (xmin, xmax) for y in (ymin, ymax)]
    farthest = min(corners, key=lambda corner: abs(corner.y()))  # a corner is farthest away
    west, south, east, north = geometry_bbox(area)
    assert (west, east) == (-180, 180)
    assert (north if pole > 0 else south) == pole
    assert (south if pole > 0 else north) == pytest.approx(farthest.y(), abs=1e-6)
    for lon in range(-180, 181, 15):
        assert _covers(area, QgsPointXY(lon, pole - math.copysign(0.5, pole)))
    for corner in corners:
        assert _covers(area, corner)
    assert _described(area).startswith("all longitudes, ")


@pytest.mark.parametrize(
    ("extent", "bbox"),
    [((0, 0, 1e6, 1e6), (45, 135)), ((-1e6, 0, 1e6, 1e6), (45, -135))],
    ids=["pole-at-a-corner", "pole-on-an-edge"],
)
def test_an_extent_touching_the_pole_covers_only_its_own_longitudes(
    extent: tuple[float, float, float, float], bbox: tuple[float, float]
) -> None:
    # EPSG:3413's +x axis points to 45°E and +y to 135°E: the quadrant spans 45°E-135°E, the
    # upper half 45°E-135°W, whatever longitude PROJ gives the pole itself.
    area = _search_area("EPSG:3413", *extent)
    west, _, east, north = geometry_bbox(area)
    assert (west, east) == bbox
    assert north == 90
    assert _covers(area, QgsPointXY(90, 89.9), tolerance=0)
    assert not _covers(area, QgsPointXY(0, 89.9), tolerance=0)
    assert not _covers(area, QgsPointXY(-90, 89.9), tolerance=0)


def test_a_polar_extent_keeps_out_what_it_does_not_show() -> None:
    area = _search_area("EPSG:3413", -1e6, -1e6, 1e6, 1e6)
    # On the canvas the square's edge midpoints are nearer the pole than its corners.
    edge_middle = _to_lonlat("EPSG:3413", 1e6, 0)
    corner_latitude = _to_lonlat("EPSG:3413", 1e6, 1e6).y()
    assert edge_middle.y() - corner_latitude > 1
    assert not _covers(area, QgsPointXY(edge_middle.x(), edge_middle.y() - 0.5), tolerance=0)


@pytest.mark.parametrize(
    ("crs", "extent"),
    [
        ("EPSG:4326", (-400, -200, 400, 200)),
        ("EPSG:3857", (-3e7, -3e7, 3e7, 3e7)),
        ("EPSG:3857", (-1e9, -1e9, 1e9, 1e9)),
    ],
    ids=["lonlat", "web-mercator", "web-mercator-far-out"],
)
def test_an_extent_wider_than_the_world_searches_the_world(
    crs: str, extent: tuple[float, float, float, float]
) -> None:
    area = _search_area(crs, *extent)
    assert area == {
        "type": "Polygon",
        "coordinates": [
            [[-180.0, -90.0], [180.0, -90.0], [180.0, 90.0], [-180.0, 90.0], [-180.0, -90.0]]
        ],
    }
    assert _described(area) == "the whole world"


def test_an_extent_holding_a_whole_azimuthal_disc_searches_the_world() -> None:
    # Far out on a Lambert azimuthal canvas the boundary lies off the projected globe, where
    # nothing transforms: what the map shows is the whole disc, i.e. the whole world.
    area = _search_area("EPSG:3035", -1e8, -1e8, 1e8, 1e8)
    assert geometry_bbox(area) == WORLD


def test_a_band_around_the_world_keeps_its_latitudes() -> None:
    area = _search_area("EPSG:4326", -400, 10, 400, 20)
    assert geometry_bbox(area) == (-180, 10, 180, 20)
    assert _described(area) == "all longitudes, 10.00°N-20.00°N"


def test_a_lonlat_extent_past_180_is_split_at_the_antimeridian() -> None:
    area = _search_area("EPSG:4326", 170, -20, 190, -10)
    assert _parts_bounds(area) == [(-180, -20, -170, -10), (170, -20, 180, -10)]
    assert geometry_bbox(area) == (170, -20, -170, -10)
    assert _described(area) == "170.00°E-170.00°W (across the antimeridian), 20.00°S-10.00°S"


def test_a_pacific_mercator_extent_around_fiji_is_split_at_the_antimeridian() -> None:
    xmin, ymin, xmax, ymax = 2_500_000.0, -2_500_000.0, 3_500_000.0, -1_500_000.0
    area = _search_area("EPSG:3832", xmin, ymin, xmax, ymax)
    west_part, east_part = _parts_bounds(area)
    assert west_part[0] == -180
    assert east_part[2] == 180
    south_west = _to_lonlat("EPSG:3832", xmin, ymin)
    north_east = _to_lonlat("EPSG:3832", xmax, ymax)
    assert north_east.x() < 0 < south_west.x()  # the canvas spans the antimeridian
    expected = (south_west.x(), south_west.y(), north_east.x(), north_east.y())
    assert geometry_bbox(area) == pytest.approx(expected, abs=1e-6)
    assert _covers(area, QgsPointXY(178.44, -18.14), tolerance=0)  # Suva
    assert "across the antimeridian" in _described(area)


@pytest.mark.parametrize(
    ("extent", "message"),
    [
        (QgsRectangle(), "The map extent is empty"),
        (QgsRectangle(1, 43, 1, 44), "The map extent is empty"),
        (QgsRectangle(math.nan, 43, 2, 44), "The map extent is not a finite area"),
        (QgsRectangle(-math.inf, 43, 2, 44), "The map extent is not a finite area"),
    ],
    ids=["null", "zero-width", "nan", "infinite"],
)
def test_an_unusable_extent_is_refused_with_a_message(extent: QgsRectangle, message: str) -> None:
    with pytest.raises(ExtentError, match=message):
        extent_to_intersects(extent, QgsCoordinateReferenceSystem("EPSG:4326"))


def test_an_extent_smaller_than_the_precision_is_refused_with_a_message() -> None:
    with pytest.raises(ExtentError, match="too small"):
        extent_to_intersects(
            QgsRectangle(1, 43, 1 + 1e-9, 43 + 1e-9), QgsCoordinateReferenceSystem("EPSG:4326")
        )


def test_an_invalid_crs_is_refused_with_a_message() -> None:
    with pytest.raises(ExtentError, match="no valid coordinate reference system"):
        extent_to_intersects(QgsRectangle(1, 43, 2, 44), QgsCoordinateReferenceSystem())
