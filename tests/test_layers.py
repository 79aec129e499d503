"""Footprint and cloud-mask layers in real QGIS, from generated items and the test STAC API."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDateTimeRange,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsRenderContext,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
)
from qgis.PyQt.QtCore import QDateTime, QSize, Qt, QVariant
from qgis.PyQt.QtGui import QColor, QImage

from devserver import catalog
from devserver.harness import StacTestServer
from earthplatform_qgis.map.footprint_file import FootprintWriter, footprint_rows
from earthplatform_qgis.map.footprint_store import FootprintStore
from earthplatform_qgis.map.footprints import item_of, open_footprint_layer, show_written
from earthplatform_qgis.map.rasters import mask_layer, mask_layer_name, mask_layer_problem
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.masks import (
    AG_MASK,
    EDA_MASK,
    SCL_MASK,
    CloudMask,
    MaskKind,
    resolve_masks,
)
from tests.support.catalog import S2, catalog_items
from tests.support.footprints import footprint_layer
from tests.support.links import shows_no_link_secret
from tests.support.rendering import PLACES, image_of, is_magenta, is_orange, pixel

# As QGIS reads them from the footprint GeoPackage (fid: its feature id, in every GeoPackage).
FIELD_TYPES = [
    ("fid", "Integer64"),
    ("id", "String"),
    ("collection", "String"),
    ("datetime", "String"),
    ("eo:cloud_cover", "Real"),
    ("platform", "String"),
    ("eda:ag_cloud_mask_available", "Boolean"),
    ("eda:ag_cloud_mask_item_id", "String"),
    ("eda:cloud_mask_item_id", "String"),
    ("thumbnail", "String"),
    ("self", "String"),
    ("item_json", "String"),
]
SQUARE = [[10.0, 40.0], [11.0, 40.0], [11.0, 41.0], [10.0, 41.0], [10.0, 40.0]]


def is_null(value: Any) -> bool:
    """NULL as QGIS hands it to Python (an invalid QVariant before QGIS 4, else None)."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def generated(count: int) -> list[dict[str, Any]]:
    items = list(catalog.generate_items(count))
    for item in items:
        item["links"] = [{"rel": "self", "href": f"https://example.test/items/{item['id']}"}]
    return items


def footprints(items: list[Any]) -> tuple[QgsVectorLayer, list[str]]:
    layer, problems, ids = footprint_layer([items])
    assert ids == sorted(layer.allFeatureIds())  # in the catalog's order
    return layer, problems


def test_the_layer_shows_and_covers_every_page_written(tmp_path: Path) -> None:
    items = generated(60)
    path = FootprintStore(tmp_path).new_file("EarthPlatform — extent")
    layer = open_footprint_layer(path, "EarthPlatform — extent")
    with FootprintWriter(path) as writer:  # as the search task writes, page by page
        for start in range(0, len(items), 20):
            rows, _ = footprint_rows(items[start : start + 20])
            show_written(layer, writer.write(rows).extent)
            shown = {feature["id"] for feature in layer.getFeatures()}
            assert shown == {item["id"] for item in items[: start + 20]}
            # As the map asks after each batch: it must cover what has arrived so far.
        positions = [
            point
            for item in items[: start + 20]
            for ring in item["geometry"]["coordinates"]
            for point in ring
        ]
        extent = layer.extent()
        assert extent.xMinimum() == pytest.approx(min(p[0] for p in positions))
        assert extent.xMaximum() == pytest.approx(max(p[0] for p in positions))
        assert extent.yMinimum() == pytest.approx(min(p[1] for p in positions))
        assert extent.yMaximum() == pytest.approx(max(p[1] for p in positions))


def by_id(layer: QgsVectorLayer) -> dict[str, QgsFeature]:
    return {feature["id"]: feature for feature in layer.getFeatures()}


def utc_millis(stamp: str) -> int:
    """Milliseconds since the epoch of an RFC 3339 UTC timestamp, by the standard library."""
    moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
    return (moment - epoch) // dt.timedelta(milliseconds=1)


def utc_text(millis: int) -> str:
    """The footprint's datetime text for milliseconds since the epoch."""
    moment = dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=millis)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def assert_matches_item(feature: QgsFeature, item: dict[str, Any]) -> None:
    """The feature's attributes say what the item's JSON says."""
    properties = item["properties"]
    assert feature["id"] == item["id"]
    assert feature["collection"] == item["collection"]
    assert feature["datetime"] == utc_text(utc_millis(properties["datetime"]))
    assert feature["eo:cloud_cover"] == pytest.approx(properties["eo:cloud_cover"], abs=1e-12)
    assert feature["platform"] == properties["platform"]
    assert feature["eda:ag_cloud_mask_available"] is properties["eda:ag_cloud_mask_available"]
    for key in ("eda:ag_cloud_mask_item_id", "eda:cloud_mask_item_id"):
        if key in properties:
            assert feature[key] == properties[key]
        else:
            assert is_null(feature[key])
    assert item_of(feature) == item


def test_layer_has_stac_named_typed_fields_in_lon_lat() -> None:
    layer, _, _ = footprint_layer([], name="EarthPlatform — sentinel-2-l2a — 2022-08")
    assert layer.isValid()
    assert layer.name() == "EarthPlatform — sentinel-2-l2a — 2022-08"
    assert layer.crs().authid() == "EPSG:4326"
    assert [(field.name(), field.typeName()) for field in layer.fields()] == FIELD_TYPES
    # The attribute table shows every field but the item's whole JSON.
    table = layer.attributeTableConfig()
    shown = [column.name for column in table.columns() if column.name and not column.hidden]
    assert shown == [name for name, _ in FIELD_TYPES if name != "item_json"]
    widgets = [layer.editorWidgetSetup(i).type() for i in range(layer.fields().count())]
    assert [name for (name, _), widget in zip(FIELD_TYPES, widgets) if widget == "Hidden"] == [
        "item_json"
    ]  # nor in the feature form and identify results


def test_expressions_read_the_item_json_as_json() -> None:
    """item_json holds the item as the server sent it; QGIS expressions (labels, filters)
    read it."""
    item = catalog.load_fixture_items()[0]
    item["properties"]["title"] = "Forêt de Fontainebleau"  # sent unescaped
    text = json.dumps(item, ensure_ascii=False).encode("utf-8")
    layer, _, _ = footprint_layer([[item]], [[text]])
    context = QgsExpressionContext()
    context.setFeature(next(layer.getFeatures()))
    read = QgsExpression("map_get(map_get(from_json(\"item_json\"), 'properties'), 'title')")
    assert read.evaluate(context) == "Forêt de Fontainebleau", read.evalErrorString()
    # The expression the user's guide gives for the JSON as plain text.
    assert QgsExpression("\"item_json\" || ''").evaluate(context) == text.decode("utf-8")


def test_attributes_equal_the_items_json() -> None:
    items = generated(6) + catalog.load_fixture_items()
    layer, problems = footprints(items)
    assert problems == []
    features = by_id(layer)
    assert len(features) == len(items)
    for item in items:
        assert_matches_item(features[item["id"]], item)
    first = features[items[0]["id"]]
    assert first["self"] == f"https://example.test/items/{items[0]['id']}"
    # The thumbnail asset's href is s3://; the layer keeps the readable https alternate.
    assert items[0]["assets"]["thumbnail"]["href"].startswith("s3://")
    assert first["thumbnail"] == items[0]["assets"]["thumbnail"]["alternate"]["download"]["href"]
    # The generator's first four items: both masks, ag only, EDA only, neither.
    flags = [features[item["id"]]["eda:ag_cloud_mask_available"] for item in items[:4]]
    assert flags == [True, True, False, False]


def test_missing_values_become_null_and_bad_items_are_reported_not_raised() -> None:
    base = generated(1)[0]
    variants: dict[str, dict[str, Any]] = {}
    for name in ("no-datetime", "range", "bad-datetime", "no-cloud", "no-assets", "offset"):
        variants[name] = copy.deepcopy(base)
        variants[name]["id"] = name
    variants["no-datetime"]["properties"]["datetime"] = None
    variants["range"]["properties"].update(
        datetime=None, start_datetime="2022-06-01T00:00:00Z", end_datetime="2022-06-30T00:00:00Z"
    )
    variants["bad-datetime"]["properties"]["datetime"] = "yesterday"
    del variants["no-cloud"]["properties"]["eo:cloud_cover"]
    del variants["no-assets"]["assets"]
    variants["offset"]["properties"]["datetime"] = "2022-06-01T12:00:00.250+02:00"
    unreadable = {**copy.deepcopy(base), "id": "unreadable", "properties": ["not", "a", "dict"]}
    layer, problems = footprints(
        [*variants.values(), "not an item", {"type": "Feature"}, unreadable]
    )
    features = by_id(layer)
    assert sorted(features) == sorted(variants)
    assert is_null(features["no-datetime"]["datetime"])
    assert features["range"]["datetime"] == "2022-06-01T00:00:00.000Z"
    assert is_null(features["bad-datetime"]["datetime"])
    assert is_null(features["no-cloud"]["eo:cloud_cover"])
    assert is_null(features["no-assets"]["thumbnail"])
    assert features["offset"]["datetime"] == "2022-06-01T10:00:00.250Z"  # stored in UTC
    assert all(feature.hasGeometry() for feature in features.values())
    assert problems == [
        "bad-datetime: datetime 'yesterday' cannot be read",
        "result 7: skipped, not a STAC item (no id)",
        "result 8: skipped, not a STAC item (no id)",
        "unreadable: skipped, not a readable STAC item "
        "(AttributeError(\"'list' object has no attribute 'get'\"))",
    ]


def polygon_item(item_id: str, geometry: Any) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": item_id,
        "collection": S2,
        "geometry": geometry,
        "properties": {"datetime": "2022-08-08T10:59:07.889000Z", "eo:cloud_cover": 5.0},
        "links": [],
        "assets": {},
    }


def test_geometries_of_every_shape_load_or_are_reported() -> None:
    west = [[179.0, 10.0], [180.0, 10.0], [180.0, 11.0], [179.0, 11.0], [179.0, 10.0]]
    east = [[-180.0, 10.0], [-179.0, 10.0], [-179.0, 11.0], [-180.0, 11.0], [-180.0, 10.0]]
    unsplit = [[179.0, 10.0], [-179.0, 10.0], [-179.0, 11.0], [179.0, 11.0], [179.0, 10.0]]
    bow_tie = [[10.0, 40.0], [11.0, 41.0], [11.0, 40.0], [10.0, 41.0], [10.0, 40.0]]
    items = [
        polygon_item("polygon", {"type": "Polygon", "coordinates": [SQUARE]}),
        polygon_item("with-z", {"type": "Polygon", "coordinates": [[[*p, 120.0] for p in SQUARE]]}),
        polygon_item(
            "multipolygon",
            {"type": "MultiPolygon", "coordinates": [[SQUARE], [[[x + 2, y] for x, y in SQUARE]]]},
        ),
        polygon_item("antimeridian", {"type": "MultiPolygon", "coordinates": [[west], [east]]}),
        polygon_item("unsplit", {"type": "Polygon", "coordinates": [unsplit]}),
        polygon_item("self-intersecting", {"type": "Polygon", "coordinates": [bow_tie]}),
        polygon_item("null", None),
        polygon_item("point", {"type": "Point", "coordinates": [10.0, 40.0]}),
        polygon_item("garbled", {"type": "Polygon", "coordinates": [[10.0, 40.0]]}),
        polygon_item("empty", {"type": "Polygon", "coordinates": []}),
    ]
    layer, problems = footprints(items)
    features = by_id(layer)
    assert sorted(features) == sorted(item["id"] for item in items)  # attributes always kept
    assert all(features[key]["eo:cloud_cover"] == 5.0 for key in features)
    area = {key: feature.geometry().area() for key, feature in features.items()}
    assert area["polygon"] == pytest.approx(1.0)
    assert area["with-z"] == pytest.approx(1.0)
    assert area["multipolygon"] == pytest.approx(2.0)
    assert area["antimeridian"] == pytest.approx(2.0)
    assert features["self-intersecting"].hasGeometry()  # drawn as the catalog gave it
    for key in ("null", "point", "garbled", "empty"):
        assert not features[key].hasGeometry()
    assert problems == [
        "unsplit: the geometry crosses the antimeridian without being split",
        "self-intersecting: the geometry is not valid (Self-intersection); drawn as given",
        "null: no map outline: the item has no geometry",
        "point: no map outline: footprints are polygons, the geometry is a Point",
        "garbled: no map outline: the geometry cannot be read",
        "empty: no map outline: the geometry is empty",
    ]


def test_geopackage_keeps_field_names_and_values(tmp_path: Path) -> None:
    items = generated(5)
    del items[1]["properties"]["eo:cloud_cover"]
    layer, _ = footprints(items)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    path = str(tmp_path / "footprints.gpkg")
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, path, QgsCoordinateTransformContext(), options
    )
    assert error == QgsVectorFileWriter.WriterError.NoError, message
    saved = QgsVectorLayer(path, "saved", "ogr")
    assert saved.isValid()
    assert [field.name() for field in saved.fields()] == [n for n, _ in FIELD_TYPES]
    originals = by_id(layer)
    for key, feature in by_id(saved).items():
        original = originals[key]
        assert item_of(feature) == item_of(original)
        for name, _ in FIELD_TYPES:
            if is_null(original[name]):
                assert is_null(feature[name])
            else:
                assert feature[name] == original[name]
                assert type(feature[name]) is type(original[name])
        assert feature.geometry().area() == pytest.approx(original.geometry().area())


def search(client: EarthPlatformClient, **body: Any) -> list[dict[str, Any]]:
    body = {"collections": [S2], "limit": 100, **body}
    return [feature for page in client.search_pages(body) for feature in page.features]


def test_search_results_fill_the_layer_over_the_catalog_region(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    items = search(client)
    layer, problems = footprints(items)
    assert problems == []
    assert layer.featureCount() == len(items) == len(catalog_items(stac_control))
    region = QgsRectangle(*catalog.region_bbox())
    extent = layer.extent()
    assert region.contains(extent)
    assert extent.width() > region.width() - 0.01
    assert extent.height() > region.height() - 0.01
    with_thumbnail = {item["id"] for item in items if "thumbnail" in item["assets"]}
    assert with_thumbnail
    for feature in layer.getFeatures():
        if feature["id"] in with_thumbnail:  # signed by the server, readable as is
            assert feature["thumbnail"].startswith(stac_control.base_url)
        else:
            assert is_null(feature["thumbnail"])
        assert feature["self"].endswith(f"/collections/{S2}/items/{feature['id']}")


def legend_label(layer: QgsVectorLayer, feature: QgsFeature) -> str:
    """The legend entry a feature is drawn with."""
    renderer = layer.renderer()
    context = QgsRenderContext()
    context.expressionContext().appendScope(QgsExpressionContextUtils.layerScope(layer))
    context.expressionContext().setFeature(feature)
    renderer.startRender(context, layer.fields())
    try:
        keys = renderer.legendKeysForFeature(feature, context)
    finally:
        renderer.stopRender(context)
    labels = {item.ruleKey(): item.label() for item in renderer.legendSymbolItems()}
    return ", ".join(labels[key] for key in keys)


def test_footprints_are_outlines_coloured_by_cloud_cover() -> None:
    covers = [0.0, 10.0, 10.01, 29.9, 30.0, 59.0, 60.5, 100.0, None]
    items = []
    for index, cover in enumerate(covers):
        item = polygon_item(f"cloud-{index}", {"type": "Polygon", "coordinates": [SQUARE]})
        item["properties"]["eo:cloud_cover"] = cover
        items.append(item)
    layer, _ = footprints(items)
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol"
    assert '"eo:cloud_cover"' in renderer.classAttribute()
    labels = [legend_label(layer, feature) for feature in layer.getFeatures()]
    low, mid, high, worst = (
        f"{a} \N{EN DASH} {b} %" for a, b in ((0, 10), (10, 30), (30, 60), (60, 100))
    )
    assert labels == [low, low, mid, mid, mid, high, worst, worst, "Cloud cover unknown"]
    for item in renderer.legendSymbolItems():
        fill = item.symbol().symbolLayer(0)
        assert fill.brushStyle() == Qt.BrushStyle.NoBrush  # the map below stays visible
    colours = {
        item.symbol().symbolLayer(0).strokeColor().name() for item in renderer.legendSymbolItems()
    }
    assert len(colours) == 5


def test_temporal_controller_shows_the_items_of_the_frame_only() -> None:
    items = generated(40)
    layer, _ = footprints(items)
    temporal = layer.temporalProperties()
    assert temporal.isActive()
    # Items are taken at about 10:59 UTC; frame edges 12 h away make the machine time zone moot.
    start = QDateTime.fromString("2022-07-01T23:00:00Z", Qt.DateFormat.ISODate)
    end = QDateTime.fromString("2022-07-04T23:00:00Z", Qt.DateFormat.ISODate)
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    where = temporal.createFilterString(context, QgsDateTimeRange(start, end))
    shown = {f["id"] for f in layer.getFeatures(QgsFeatureRequest(QgsExpression(where)))}
    expected = {
        item["id"]
        for item in items
        if "2022-07-01T23" <= item["properties"]["datetime"] < "2022-07-04T23"
    }
    assert shown == expected
    assert 0 < len(shown) < len(items)


def test_map_tip_shows_id_date_cloud_cover_and_thumbnail() -> None:
    items = generated(1)
    layer, _ = footprints(items)
    feature = next(layer.getFeatures())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    properties = items[0]["properties"]
    assert items[0]["id"] in tip
    assert properties["datetime"][:10] + " " + properties["datetime"][11:19] + " UTC" in tip
    assert f"Cloud cover: {properties['eo:cloud_cover']:.1f} %" in tip
    assert f'<img src="{feature["thumbnail"]}"' in tip
    assert QgsExpression(layer.displayExpression()).evaluate(context) == items[0]["id"]


def sky_0_items(client: EarthPlatformClient, count: int) -> list[dict[str, Any]]:
    """The first items by id whose files show sky 0, the layout PLACES describe (the catalog's
    other skies move the clouds: devserver/catalog.py)."""
    items = search(client, sortby=[{"field": "id", "direction": "asc"}])
    return [item for item in items if catalog.item_sky(item) == 0][:count]


@pytest.fixture
def masks(client: EarthPlatformClient) -> dict[str, CloudMask]:
    """One mask of each kind, from the first sky-0 items of the catalog."""
    items = sky_0_items(client, 60)
    found: dict[str, CloudMask] = {}
    for mask in resolve_masks(client, items).masks:
        found.setdefault(mask.kind.key, mask)
    assert sorted(found) == ["ag", "eda", "scl"]
    return found


@pytest.mark.parametrize(
    ("kind", "bands", "values"),
    [
        (AG_MASK, 1, catalog.AG_CLASSES),
        (EDA_MASK, 2, catalog.EDA1_CLASSES),
        (SCL_MASK, 1, catalog.SCL_CLASSES),
    ],
)
def test_masks_stream_as_paletted_rasters_that_show_clouds_only(
    masks: dict[str, CloudMask],
    stac_control: StacTestServer,
    kind: MaskKind,
    bands: int,
    values: tuple[tuple[int, str, str], ...],
) -> None:
    mask = masks[kind.key]
    stac_control.reset_stats()
    layer = mask_layer(mask, mask_layer_name(mask))
    assert mask_layer_problem(layer, mask) is None
    assert layer.name() == f"{mask.item_id} — {kind.title}"
    assert layer.bandCount() == bands
    renderer = layer.renderer()
    assert renderer.type() == "paletted"
    # inputBand() from QGIS 3.38 on, where band() is deprecated.
    assert getattr(renderer, "inputBand", renderer.band)() == 1
    classes = {int(c.value): c for c in renderer.classes()}
    assert sorted(classes) == [value for value, _, _ in values]
    assert all(c.label for c in classes.values())
    assert classes[0].color.alpha() == 0
    legend = [label for label, _ in renderer.legendSymbologyItems()]
    assert legend == [c.label for c in renderer.classes()]

    image = image_of(layer)
    seen = {name: pixel(image, *where) for name, (where, _) in PLACES.items()}
    for name, ((x, y), scene) in PLACES.items():
        assert catalog.scene_class(x, y, sky=0) == scene, name  # the place is what the docs say
    assert seen["border"].alpha() == 0
    assert seen["clear"].alpha() == 0
    cloud = seen["cloud"]
    assert cloud.alpha() > 150
    assert is_magenta(cloud)
    shadow = seen["shadow"]
    assert shadow.alpha() > 100
    assert is_orange(shadow)
    if kind != AG_MASK:  # the ag mask counts thin cloud as clear
        assert 0 < seen["thin"].alpha() < cloud.alpha()

    reads = [r for r in stac_control.stats()["recent"] if r["class"] == "assets"]
    assert reads
    # At most the size asked once without a range (GDAL 3.10's probe of a presigned link, cut
    # short); GDAL 3.6 asks the loopback relay, which asks the server for one byte.
    assert len([r for r in reads if not r["range"]]) <= 1
    assert all(r["path"].endswith(".tif") for r in reads)  # no folder listing, no sidecars


def test_an_unreachable_mask_says_which_and_why_without_its_signature(
    masks: dict[str, CloudMask],
) -> None:
    mask = masks["ag"]
    gone = CloudMask(
        mask.item_id,
        mask.kind,
        mask.collection,
        mask.mask_item_id,
        mask.href.replace(".tif", "-gone.tif"),
        {},
    )
    layer = mask_layer(gone, mask_layer_name(gone))
    assert not layer.isValid()
    problem = mask_layer_problem(layer, gone)
    assert problem is not None
    assert problem.startswith(f"The Agriculture cloud mask of {mask.item_id} cannot be opened:")
    assert "agriculture-cloud-mask-gone.tif" in problem
    assert "404" in problem or "403" in problem
    assert shows_no_link_secret(problem)


def outline_over(outline: QgsVectorLayer, raster: QgsRasterLayer) -> tuple[QImage, Any]:
    """The footprints drawn over the raster, with a margin around it; the picture and its
    map-to-pixel transform."""
    settings = QgsMapSettings()
    settings.setLayers([outline, raster])  # first is on top
    settings.setDestinationCrs(raster.crs())
    extent = raster.extent()
    extent.scale(1.1)  # a margin, so outlines along the tile's edge are inside the picture
    settings.setExtent(extent)
    settings.setOutputSize(QSize(600, 600))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings.mapToPixel()


def assert_cloud_in_sight(image: QImage, to_pixel: Any, raster: QgsRasterLayer) -> None:
    """The mask's cloud disc shows in the picture, magenta and mostly opaque."""
    x0, y0 = raster.extent().xMinimum(), raster.extent().yMaximum()
    cloud = to_pixel.transform(x0 + 35_000, y0 - 40_000)
    colour = image.pixelColor(int(cloud.x()), int(cloud.y()))
    assert colour.alpha() > 150
    assert is_magenta(colour), colour.name()


@pytest.mark.skipif(
    not hasattr(QgsVectorLayer, "selectionProperties"),
    reason="QGIS 3.34 and later let a layer choose how its selection is drawn",
)
def test_a_selected_footprint_leaves_the_mask_beneath_it_in_sight(
    client: EarthPlatformClient,
) -> None:
    """Selected to load its imagery, a footprint is outlined, not filled over the image."""
    items = sky_0_items(client, 60)
    mask = next(m for m in resolve_masks(client, items).masks if m.kind == AG_MASK)
    outline, _ = footprints([next(i for i in items if i["id"] == mask.item_id)])
    outline.selectAll()
    raster = mask_layer(mask, mask_layer_name(mask))
    image, to_pixel = outline_over(outline, raster)
    assert_cloud_in_sight(image, to_pixel, raster)


def test_map_shows_footprint_outlines_over_their_mask_colours(
    client: EarthPlatformClient,
) -> None:
    """What the analyst checks by eye: the outline drawn over the mask, clouds showing inside."""
    items = sky_0_items(client, 60)
    mask = next(m for m in resolve_masks(client, items).masks if m.kind == AG_MASK)
    item = next(i for i in items if i["id"] == mask.item_id)
    outline, _ = footprints([item])
    raster = mask_layer(mask, mask_layer_name(mask))
    image, to_pixel = outline_over(outline, raster)
    # The cloud disc of the mask, magenta and mostly opaque, seen through the footprint.
    assert_cloud_in_sight(image, to_pixel, raster)
    # The footprint's outline, in its cloud-cover class colour, somewhere along its boundary.
    legend = outline.renderer().legendSymbolItems()  # held: symbols live as long as the list
    cover = item["properties"]["eo:cloud_cover"]
    stroke = next(
        entry.symbol().symbolLayer(0).strokeColor()
        for entry in legend
        if entry.label() != "Cloud cover unknown"
        and float(entry.label().split()[0]) <= cover <= float(entry.label().split()[2])
    )
    to_utm = QgsCoordinateTransform(outline.crs(), raster.crs(), QgsProject.instance())
    boundary = next(outline.getFeatures()).geometry()
    boundary.transform(to_utm)
    hits = 0
    for vertex in boundary.vertices():
        point = to_pixel.transform(vertex.x(), vertex.y())
        seen = image.pixelColor(int(point.x()), int(point.y()))
        hits += seen.alpha() > 200 and abs(seen.hue() - stroke.hue()) < 20
    assert hits >= 2


def test_an_item_taken_as_a_frame_begins_shows_in_that_frame_only() -> None:
    items = generated(2)
    items[0]["properties"]["datetime"] = "2022-07-02T00:00:00Z"  # a frame's first moment
    items[1]["properties"]["datetime"] = "2022-07-02T12:00:00.001Z"
    layer, _ = footprints(items)
    day = QDateTime.fromString("2022-07-02T00:00:00Z", Qt.DateFormat.ISODate)

    def shown(begin: QDateTime) -> set[str]:
        # The temporal controller's frames: each includes its beginning, not its end.
        frame = QgsDateTimeRange(begin, begin.addDays(1), True, False)
        context = QgsVectorLayerTemporalContext()
        context.setLayer(layer)
        where = layer.temporalProperties().createFilterString(context, frame)
        return {f["id"] for f in layer.getFeatures(QgsFeatureRequest(QgsExpression(where)))}

    assert shown(day) == {items[0]["id"], items[1]["id"]}
    assert shown(day.addDays(-1)) == set()
