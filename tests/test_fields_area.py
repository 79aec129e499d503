"""Fields as the search area: the union of a polygon layer's features in lon/lat, which must
contain every field whatever the CRS and the file format, stay within the vertex cap, follow the
layer in the dock, and make the catalog return just the items over the fields (real QGIS)."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtWidgets import QPushButton

from devserver.harness import StacTestServer
from earthplatform_qgis.gui.dock import EarthPlatformDock
from earthplatform_qgis.gui.search_area import (
    ALL_FIELDS,
    EXTENT,
    LAYER_CHANGES,
    SELECTED_FIELDS,
    SearchArea,
)
from earthplatform_qgis.map.area import (
    MAX_VERTICES,
    ExtentError,
    describe_extent,
    fields_to_intersects,
    geometry_bbox,
)
from earthplatform_qgis.map.fields import fields_of_layer
from earthplatform_qgis.stac.spec import SearchSpec
from tests.support.catalog import catalog_items
from tests.support.dock import TOULOUSE, WAIT, WGS84, run_search

UTM = "EPSG:32631"
# The M-shaped outline of a field (unit size): concave, so a hull would show.
NOTCHED = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.5, 0.4), (0.0, 1.0)]
# Where the small fields start (their lower-left corners), over the catalog's region (lon, lat).
CORNERS = [(0.8 + 0.35 * i, 43.3 + 0.3 * j) for i in range(5) for j in range(4)]
# A field's unit of size in each CRS: 1 km in the projected ones, 0.01° in lon/lat.
UNIT = {"EPSG:4326": 0.01, "EPSG:3857": 1_000.0, UTM: 1_000.0}


# ---- helpers ---------------------------------------------------------------------------------


def polygon(points: list[tuple[float, float]]) -> QgsGeometry:
    return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in [*points, points[0]]]])


def notched(x: float, y: float, size: float) -> QgsGeometry:
    """An M-shaped field with its lower-left corner at (x, y)."""
    return polygon([(x + size * dx, y + size * dy) for dx, dy in NOTCHED])


def to_crs(crs: str, lon: float, lat: float) -> QgsPointXY:
    transform = QgsCoordinateTransform(
        WGS84, QgsCoordinateReferenceSystem(crs), QgsCoordinateTransformContext()
    )
    return transform.transform(QgsPointXY(lon, lat))


def to_lonlat(point: QgsPointXY) -> tuple[float, float]:
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(UTM), WGS84, QgsCoordinateTransformContext()
    )
    lonlat = transform.transform(point)
    return lonlat.x(), lonlat.y()


def in_lonlat(field: QgsGeometry, crs: str, steps: int = 200) -> QgsGeometry:
    """The field in EPSG:4326, its edges split every 1/`steps` of its size first so that they
    follow the curves straight edges of `crs` become (independent of the plugin's code)."""
    box = field.boundingBox()
    fine = field.densifyByDistance(max(box.width(), box.height()) / steps)
    fine.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(crs), WGS84, QgsCoordinateTransformContext()
        )
    )
    return fine


def as_geometry(geojson: dict[str, Any]) -> QgsGeometry:
    """The GeoJSON read by OGR, checked to be a valid RFC 7946 polygon in the world."""
    ogr_geometry = ogr.CreateGeometryFromJson(json.dumps(geojson))
    assert ogr_geometry.IsValid()
    polygons = [geojson["coordinates"]] if geojson["type"] == "Polygon" else geojson["coordinates"]
    for rings in polygons:
        for index, ring in enumerate(rings):
            assert ring[0] == ring[-1]
            area = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:]))
            assert (area > 0) == (index == 0)  # exteriors counter-clockwise, holes clockwise
            assert all(round(value, 7) == value for position in ring for value in position)
    geometry = QgsGeometry.fromWkt(ogr_geometry.ExportToWkt())
    assert QgsRectangle(-180, -90, 180, 90).contains(geometry.boundingBox())
    return geometry


def positions(geojson: dict[str, Any]) -> int:
    polygons = [geojson["coordinates"]] if geojson["type"] == "Polygon" else geojson["coordinates"]
    return sum(len(ring) for rings in polygons for ring in rings)


def fields_in(crs: str) -> list[QgsGeometry]:
    """20 small M-shaped fields around Toulouse and a big one south of them (60 x 40 km, or
    0.6 x 0.4°)."""
    unit = UNIT[crs]
    fields = []
    for lon, lat in CORNERS:
        corner = to_crs(crs, lon, lat)
        fields.append(notched(corner.x(), corner.y(), unit))
    corner = to_crs(crs, 1.1, 42.85)
    fields.append(polygon([(0, 0), (60 * unit, 0), (60 * unit, 40 * unit), (0, 40 * unit)]))
    fields[-1].translate(corner.x(), corner.y())
    return fields


def scattered(count: int, span: float = 100_000.0, seed: int = 7) -> list[QgsGeometry]:
    """`count` fields of 200-800 m in UTM 31N, scattered over a square of `span` metres."""
    rng = random.Random(seed)
    return [
        notched(
            300_000 + rng.uniform(0, span), 4_800_000 + rng.uniform(0, span), rng.uniform(200, 800)
        )
        for _ in range(count)
    ]


def fields_layer(name: str, crs: str, fields: list[QgsGeometry]) -> QgsVectorLayer:
    """A memory layer of the fields."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=name:string", name, "memory")
    features = []
    for number, field in enumerate(fields, start=1):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"field {number}"])
        feature.setGeometry(field)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def saved_as(layer: QgsVectorLayer, driver: str, path: Path) -> QgsVectorLayer:
    """The layer written to `path` by OGR's `driver` and opened from there."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error == QgsVectorFileWriter.WriterError.NoError, message
    saved = QgsVectorLayer(str(path), layer.name(), "ogr")
    assert saved.isValid()
    return saved


def parcels() -> QgsVectorLayer:
    """'parcels': 20 M-shaped fields of 800 m in UTM 31N, 10 km apart, in the project."""
    fields = [
        notched(330_000 + 10_000 * i, 4_810_000 + 10_000 * j, 800)
        for i in range(5)
        for j in range(4)
    ]
    return QgsProject.instance().addMapLayer(fields_layer("parcels", UTM, fields))


def utm_fields(layer: QgsVectorLayer, ids: list[int]) -> list[QgsGeometry]:
    return [layer.getFeature(fid).geometry() for fid in ids]


def covers(area: dict[str, Any] | None, fields: list[QgsGeometry]) -> bool:
    """Whether the area contains every one of the UTM fields."""
    assert area is not None
    geometry = as_geometry(area)
    return all(geometry.contains(in_lonlat(field, UTM)) for field in fields)


def touches_any(area: dict[str, Any] | None, fields: list[QgsGeometry]) -> bool:
    """Whether the area meets any of the UTM fields."""
    assert area is not None
    geometry = as_geometry(area)
    return any(geometry.intersects(in_lonlat(field, UTM)) for field in fields)


def choose(area: SearchArea, source: str, layer: QgsVectorLayer | None = None) -> None:
    """Pick the source (and the layer) in the area's combo boxes, as the analyst does."""
    if layer is not None:
        area.layer_combo.setLayer(layer)
    area.source_combo.setCurrentIndex(area.source_combo.findData(source))


def links(layer: QgsVectorLayer) -> list[int]:
    """How many slots are connected to each of the layer's signals the search area follows."""
    signals = [layer.selectionChanged, *(getattr(layer, name) for name in LAYER_CHANGES)]
    return [layer.receivers(signal) for signal in signals]


@pytest.fixture
def search_area(qgis_iface: Any, qtbot: Any) -> Iterator[SearchArea]:
    """The search area over an empty project, the map on Toulouse in lon/lat."""
    QgsProject.instance().clear()
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(WGS84)
    canvas.setExtent(TOULOUSE)
    widget = SearchArea(canvas)
    qtbot.addWidget(widget)
    widget.follow()
    yield widget
    widget.detach()
    QgsProject.instance().clear()


# ---- the union in lon/lat --------------------------------------------------------------------


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:3857", UTM])
def test_the_area_contains_every_field_and_little_more(crs: str) -> None:
    fields = fields_in(crs)
    area = fields_to_intersects(fields, QgsCoordinateReferenceSystem(crs))
    geometry = as_geometry(area)
    in_4326 = [in_lonlat(field, crs) for field in fields]
    for field in in_4326:
        assert geometry.contains(field)
    union = QgsGeometry.unaryUnion(in_4326)
    assert geometry.area() < union.area() * 1.0001  # the union, not its hull nor a box
    assert area["type"] == "MultiPolygon"
    assert len(area["coordinates"]) == len(fields)  # all apart
    assert positions(area) <= MAX_VERTICES


def test_a_projected_straight_edge_is_followed_where_it_bows_in_lonlat() -> None:
    # 60 km edges of UTM bow in lon/lat by far more than the area's tolerance: the chord
    # between the corners would leave part of the field out.
    [big] = fields_in(UTM)[-1:]
    corners = QgsGeometry.fromPolygonXY(
        [[QgsPointXY(*to_lonlat(point)) for point in big.asPolygon()[0]]]
    )
    assert not corners.contains(in_lonlat(big, UTM))
    assert covers(fields_to_intersects([big], QgsCoordinateReferenceSystem(UTM)), [big])


@pytest.mark.parametrize(
    ("driver", "name"), [("", "memory"), ("GPKG", "fields.gpkg"), ("ESRI Shapefile", "fields.shp")]
)
def test_fields_from_memory_geopackage_and_shapefile_give_the_same_area(
    tmp_path: Path, driver: str, name: str
) -> None:
    fields = fields_in(UTM)
    memory = fields_layer("fields", UTM, fields)
    layer = saved_as(memory, driver, tmp_path / name) if driver else memory
    fieldset = fields_of_layer(layer, selected_only=False)
    assert len(fieldset.fields) == len(fields)
    area = fields_to_intersects([field.geometry for field in fieldset.fields], fieldset.crs)
    expected = fields_to_intersects(fields, QgsCoordinateReferenceSystem(UTM))
    # Shapefiles turn rings the other way round, so the simplification may keep other
    # vertices: the same area up to the tolerance.
    assert as_geometry(area).hausdorffDistance(as_geometry(expected)) < 1e-5
    assert covers(area, fields)


def test_fields_across_the_antimeridian_are_split_there() -> None:
    # UTM 60S, around Fiji: the field runs from 179.83°E to 179.79°W.
    field = polygon([(800_000, 8_000_000), (840_000, 8_000_000), (840_000, 8_020_000)])
    area = fields_to_intersects([field], QgsCoordinateReferenceSystem("EPSG:32760"))
    assert area["type"] == "MultiPolygon"
    assert "(across the antimeridian)" in describe_extent(area)
    geometry = as_geometry(area)
    for point in in_lonlat(field, "EPSG:32760").asPolygon()[0]:
        lon = (point.x() + 180) % 360 - 180
        assert geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(lon, point.y())))


def test_a_field_around_the_pole_covers_every_longitude_up_to_it() -> None:
    field = polygon([(-1_000, -1_000), (1_000, -1_000), (1_000, 1_000), (-1_000, 1_000)])
    area = fields_to_intersects([field], QgsCoordinateReferenceSystem("EPSG:3031"))
    assert describe_extent(area).startswith("all longitudes, 90.00°S")
    geometry = as_geometry(area)
    for point in in_lonlat(field, "EPSG:3031").asPolygon()[0]:
        assert geometry.contains(QgsGeometry.fromPointXY(point))


# ---- the vertex cap --------------------------------------------------------------------------


@pytest.mark.parametrize(("count", "cap"), [(3_000, MAX_VERTICES), (1_000, 100)])
def test_thousands_of_fields_fit_the_cap_and_stay_covered(count: int, cap: int) -> None:
    fields = scattered(count)
    area = fields_to_intersects(fields, QgsCoordinateReferenceSystem(UTM), max_vertices=cap)
    assert positions(area) <= cap
    # Edges of 800 m at most bow by far less than the area's margin: few steps will do.
    union = QgsGeometry.unaryUnion([in_lonlat(field, UTM, steps=4) for field in fields])
    assert as_geometry(area).contains(union)
    body = SearchSpec(collections=["sentinel-2-l2a"], intersects=area).to_request_body()
    assert len(json.dumps(body)) < 60_000


def test_one_field_of_too_many_vertices_is_simplified_outward_to_fit() -> None:
    # A wavy outline of 6,000 vertices, about 40 km across.
    steps = 6_000
    outline = [
        (
            350_000 + (20_000 + 800 * math.sin(97 * angle)) * math.cos(angle),
            4_850_000 + (20_000 + 800 * math.sin(97 * angle)) * math.sin(angle),
        )
        for angle in (2 * math.pi * step / steps for step in range(steps))
    ]
    field = polygon(outline)
    assert field.isGeosValid()
    area = fields_to_intersects([field], QgsCoordinateReferenceSystem(UTM))
    assert area["type"] == "Polygon"
    assert positions(area) <= MAX_VERTICES
    assert covers(area, [field])


def test_fields_in_a_wrong_crs_are_refused_with_a_message() -> None:
    with pytest.raises(ExtentError, match="beyond the poles: is its layer's CRS the right one"):
        fields_to_intersects(scattered(1), QgsCoordinateReferenceSystem("EPSG:4326"))


def test_a_cap_below_the_whole_worlds_five_positions_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 5 positions"):
        fields_to_intersects(scattered(1), QgsCoordinateReferenceSystem(UTM), max_vertices=4)


# ---- the dock's area row ---------------------------------------------------------------------


def test_the_selected_fields_are_the_area_and_follow_the_selection(
    search_area: SearchArea, qtbot: Any
) -> None:
    layer = parcels()
    layer.selectByIds(list(range(1, 13)))
    choose(search_area, SELECTED_FIELDS, layer)
    assert search_area.label.text() == "12 fields of 'parcels' (selected)"
    assert search_area.problem == ""
    assert search_area.fieldset is not None
    assert len(search_area.fieldset.fields) == 12
    assert covers(search_area.intersects, utm_fields(layer, list(range(1, 13))))
    assert not touches_any(search_area.intersects, utm_fields(layer, list(range(13, 21))))

    with qtbot.waitSignal(search_area.changed, timeout=WAIT) as changed:
        layer.selectByIds([13, 14, 15])
    assert changed.args == [search_area.intersects, ""]
    assert search_area.label.text() == "3 fields of 'parcels' (selected)"
    assert covers(search_area.intersects, utm_fields(layer, [13, 14, 15]))
    assert not touches_any(search_area.intersects, utm_fields(layer, [1]))


def test_all_fields_follow_edits_and_not_the_map(
    search_area: SearchArea, qtbot: Any, qgis_iface: Any
) -> None:
    layer = parcels()
    choose(search_area, ALL_FIELDS, layer)
    assert search_area.label.text() == "20 fields of 'parcels'"
    area = search_area.intersects
    with qtbot.assertNotEmitted(search_area.changed):
        qgis_iface.mapCanvas().setExtent(QgsRectangle(1.0, 43.5, 1.2, 43.6))
    assert search_area.intersects == area

    far = notched(420_000, 4_760_000, 800)
    feature = QgsFeature(layer.fields())
    feature.setGeometry(far)
    layer.startEditing()
    with qtbot.waitSignal(search_area.changed, timeout=WAIT):
        layer.addFeature(feature)
    assert search_area.label.text() == "21 fields of 'parcels'"
    assert covers(search_area.intersects, [far])
    with qtbot.waitSignal(search_area.changed, timeout=WAIT):
        layer.rollBack()
    assert search_area.label.text() == "20 fields of 'parcels'"
    assert not touches_any(search_area.intersects, [far])


def test_back_on_the_map_extent_the_area_follows_the_map_again(
    search_area: SearchArea, qgis_iface: Any
) -> None:
    choose(search_area, ALL_FIELDS, parcels())
    assert not search_area.layer_combo.isHidden()
    choose(search_area, EXTENT)
    assert search_area.layer_combo.isHidden()
    assert search_area.fieldset is None
    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(QgsRectangle(1.0, 43.5, 1.2, 43.6))
    extent = canvas.extent()
    assert geometry_bbox(search_area.intersects or {}) == pytest.approx(
        (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    )
    assert search_area.label.text() == describe_extent(search_area.intersects or {})


def empty(name: str) -> QgsVectorLayer:
    return QgsProject.instance().addMapLayer(fields_layer(name, UTM, []))


def without_crs(name: str) -> QgsVectorLayer:
    layer = fields_layer(name, UTM, scattered(2))
    layer.setCrs(QgsCoordinateReferenceSystem())
    return QgsProject.instance().addMapLayer(layer)


def points_only(name: str) -> None:
    QgsProject.instance().addMapLayer(QgsVectorLayer(f"Point?crs={UTM}", name, "memory"))


def nothing_selected(name: str) -> QgsVectorLayer:
    return QgsProject.instance().addMapLayer(fields_layer(name, UTM, scattered(2)))


@pytest.mark.parametrize(
    ("make", "source", "message"),
    [
        (nothing_selected, SELECTED_FIELDS, "No features of 'parcels' are selected"),
        (empty, ALL_FIELDS, "'parcels' has no features"),
        (
            without_crs,
            ALL_FIELDS,
            "'parcels' has no coordinate reference system: set one in its Layer Properties",
        ),
        (points_only, ALL_FIELDS, "Choose a polygon layer for the fields"),
    ],
    ids=["no-selection", "empty-layer", "no-crs", "not-polygons"],
)
def test_a_layer_that_gives_no_fields_says_why_and_gives_no_area(
    search_area: SearchArea, qtbot: Any, make: Any, source: str, message: str
) -> None:
    make("parcels")
    with qtbot.waitSignal(search_area.changed, timeout=WAIT) as changed:
        choose(search_area, source)
    assert changed.args == [None, message]
    assert search_area.intersects is None
    assert search_area.fieldset is None
    assert search_area.problem == search_area.label.text() == message


def test_only_polygon_layers_are_offered(search_area: SearchArea) -> None:
    points_only("points")
    layer = parcels()
    assert search_area.layer_combo.count() == 1
    assert search_area.layer_combo.layer(0) is layer


def test_the_chosen_layer_removed_from_the_project_leaves_no_area(
    search_area: SearchArea, qtbot: Any
) -> None:
    layer = parcels()
    layer.selectByIds([1])
    choose(search_area, SELECTED_FIELDS, layer)
    assert search_area.intersects is not None
    with qtbot.waitSignal(search_area.changed, timeout=WAIT):
        QgsProject.instance().removeMapLayer(layer.id())
    assert search_area.intersects is None
    assert search_area.label.text() == "Choose a polygon layer for the fields"


def test_detach_lets_go_of_the_canvas_and_the_layer(qgis_iface: Any, qtbot: Any) -> None:
    QgsProject.instance().clear()
    canvas = qgis_iface.mapCanvas()
    layer = parcels()
    before = links(layer), canvas.receivers(canvas.extentsChanged)
    area = SearchArea(canvas)
    qtbot.addWidget(area)
    choose(area, SELECTED_FIELDS, layer)
    assert links(layer) == [count + 1 for count in before[0]]
    choose(area, EXTENT)  # the layer is let go of as soon as it no longer counts
    assert links(layer) == before[0]
    choose(area, ALL_FIELDS)
    area.detach()
    assert (links(layer), canvas.receivers(canvas.extentsChanged)) == before
    QgsProject.instance().clear()


def test_the_eye_button_draws_the_fields_union_in_the_map_crs(
    search_area: SearchArea, qgis_iface: Any
) -> None:
    layer = parcels()
    layer.selectByIds([1, 2, 20])
    choose(search_area, SELECTED_FIELDS, layer)
    canvas = qgis_iface.mapCanvas()

    def band() -> QgsGeometry:
        [drawn] = [item for item in canvas.scene().items() if isinstance(item, QgsRubberBand)]
        return drawn.asGeometry()

    search_area.show_button.setChecked(True)
    in_4326 = [in_lonlat(field, UTM) for field in utm_fields(layer, [1, 2, 20])]
    assert all(band().contains(field) for field in in_4326)
    assert not band().intersects(in_lonlat(layer.getFeature(3).geometry(), UTM))
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(UTM))  # the band keeps to the map
    assert all(band().contains(field) for field in utm_fields(layer, [1, 2, 20]))
    search_area.show_button.setChecked(False)
    assert not [item for item in canvas.scene().items() if isinstance(item, QgsRubberBand)]


# ---- a search over fields --------------------------------------------------------------------


def test_a_dock_search_over_fields_returns_the_items_over_them(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer
) -> None:
    # Two fields in corners of the catalog's region, tiles 31TBK and 31TDH, far from the tiles'
    # overlaps; a third in 31TCJ is left out of the selection. The fields' bounding box would
    # take in every tile.
    fields = [notched(250_000, 4_950_000, 900), notched(460_000, 4_740_000, 900)]
    left_out = notched(350_000, 4_845_000, 900)
    layer = QgsProject.instance().addMapLayer(fields_layer("parcels", UTM, [*fields, left_out]))
    dock.form.max_items.setValue(0)  # every match
    choose(dock.area, SELECTED_FIELDS, layer)
    assert not dock.findChild(QPushButton, "searchButton").isEnabled()  # nothing selected yet
    with qtbot.waitSignal(dock.area.changed, timeout=WAIT):
        layer.selectByIds([1, 2])
    assert dock.area.label.text() == "2 fields of 'parcels' (selected)"
    run_search(dock, qtbot)

    over_fields = QgsGeometry.unaryUnion([in_lonlat(field, UTM) for field in fields])
    footprints = {
        item["id"]: QgsGeometry.fromWkt(
            ogr.CreateGeometryFromJson(json.dumps(item["geometry"])).ExportToWkt()
        )
        for item in catalog_items(stac_control)
    }
    expected = {key for key, footprint in footprints.items() if footprint.intersects(over_fields)}
    on_the_map = {
        key
        for key, footprint in footprints.items()
        if footprint.intersects(QgsGeometry.fromRect(TOULOUSE))
    }
    box = QgsGeometry.fromRect(over_fields.boundingBox())
    in_the_box = {key for key, footprint in footprints.items() if footprint.intersects(box)}
    assert expected  # items over the fields, ...
    assert not expected >= on_the_map  # ... not all those the map shows ...
    assert not expected >= in_the_box  # ... nor all those over the fields' bounding box
    layer_found = dock.runner.layer()
    assert layer_found is not None
    found = {feature["id"]: feature.geometry() for feature in layer_found.getFeatures()}
    assert set(found) == expected
    assert all(footprint.intersects(over_fields) for footprint in found.values())
