"""The footprint layer of a search: one memory layer, its fields, style and temporal setting.

Features are built from STAC item dicts off the main thread (features_from_items only builds
objects) and added in batches on the main thread (add_features).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from qgis.core import (
    Qgis,
    QgsAbstractFeatureSource,
    QgsEditorWidgetSetup,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsMapLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QByteArray, QDateTime, Qt, QTimeZone

from earthplatform_qgis.__about__ import plugin_file
from earthplatform_qgis.map.compat import qgs_fields
from earthplatform_qgis.map.geometry import polygon_from_geojson
from earthplatform_qgis.stac.links import readable_href
from earthplatform_qgis.stac.masks import AG_MASK, EDA_MASK

if TYPE_CHECKING:
    from earthplatform_qgis.map.clearsky_summary import ItemClearSky

FOOTPRINT_STYLE = "footprints.qml"
DATETIME = "datetime"
CLOUD_COVER = "eo:cloud_cover"
# The whole item as JSON text in UTF-8 bytes, not a QString: UTF-16 would double the largest
# thing a search keeps (about 7 KB an item). QGIS's from_json() reads it as it is.
ITEM_JSON = "item_json"
# Field name -> kind, in layer order. Names are the STAC ones so expressions read like the API.
FOOTPRINT_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("collection", "string"),
    (DATETIME, "datetime"),
    (CLOUD_COVER, "double"),
    ("platform", "string"),
    (AG_MASK.available, "bool"),
    (AG_MASK.item_id, "string"),
    (EDA_MASK.item_id, "string"),
    ("thumbnail", "string"),
    ("self", "string"),
    (ITEM_JSON, "utf8"),
)
MAP_TIP = """<b>[% "id" %]</b><br>
[% format_date("datetime", 'yyyy-MM-dd HH:mm:ss') %] UTC<br>
Cloud cover: [% coalesce(format_number("eo:cloud_cover", 1) || ' %', 'unknown') %]<br>
[% CASE WHEN "thumbnail" IS NOT NULL
   THEN '<img src="' || "thumbnail" || '" width="200">' END %]"""
# What a NUL character in a text attribute becomes (item_json keeps it as it came).
NUL_SHOWN_AS = "\ufffd"
# Compact and without the circular-reference check: item_json is most of the build time.
_ITEM_ENCODER = json.JSONEncoder(check_circular=False, separators=(",", ":"))


def footprint_fields() -> QgsFields:
    """The fields of a footprint layer (FOOTPRINT_FIELDS)."""
    return qgs_fields(FOOTPRINT_FIELDS)


def create_footprint_layer(name: str) -> QgsVectorLayer:
    """An empty, styled EPSG:4326 memory layer for one search's footprints.

    Styled by resources/footprints.qml (outlines coloured by cloud cover), animated by the
    temporal controller on `datetime`, with a map tip showing the thumbnail.
    """
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", name, "memory")
    layer.dataProvider().addAttributes(footprint_fields().toList())
    layer.updateFields()
    message, ok = layer.loadNamedStyle(
        str(plugin_file("resources", FOOTPRINT_STYLE)), QgsMapLayer.StyleCategory.Symbology
    )
    if not ok:
        raise RuntimeError(f"{FOOTPRINT_STYLE} cannot be applied: {message}")
    temporal = layer.temporalProperties()
    temporal.setMode(Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField)
    temporal.setStartField(DATETIME)
    temporal.setIsActive(True)
    layer.setDisplayExpression('"id"')
    layer.setMapTipTemplate(MAP_TIP)
    # A binary field reads "BLOB": hidden from the attribute table (its column menu shows it
    # again), the feature form and identify results; kept in exports and expressions.
    index = layer.fields().indexOf(ITEM_JSON)
    table = layer.attributeTableConfig()
    table.setColumnHidden(index, True)
    layer.setAttributeTableConfig(table)
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))
    return layer


def features_from_items(
    items: Iterable[Any], fields: QgsFields, texts: list[bytes] | None = None
) -> tuple[list[QgsFeature], list[str]]:
    """Footprint features for STAC items, and what was wrong with any of them, for the log.

    `texts`, where given, are the items' JSON as the server sent them (UTF-8, one per item):
    item_json keeps them as they are instead of encoding each item again.

    Safe in a worker thread (builds objects only, touches no layer). Never raises: an item
    whose geometry is missing or unusable keeps its attributes without a geometry, and
    anything that is not an item at all is skipped; both are reported.
    """
    features: list[QgsFeature] = []
    problems: list[str] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or item.get("id") is None:
            problems.append(f"result {index + 1}: skipped, not a STAC item (no id)")
            continue
        try:
            feature, problem = _feature(item, fields, texts[index] if texts else None)
        except Exception as error:  # one malformed item must not lose the rest of the search
            problems.append(f"{item['id']}: skipped, not a readable STAC item ({error!r})")
            continue
        features.append(feature)
        if problem:
            problems.append(f"{item['id']}: {problem}")
    return features, problems


def _feature(
    item: dict[str, Any], fields: QgsFields, text: bytes | None
) -> tuple[QgsFeature, str | None]:
    """One item's feature, and what is wrong with its geometry or datetime if anything."""
    properties = item.get("properties") or {}
    assets = item.get("assets") or {}
    thumbnail = assets.get("thumbnail")
    instant, problem = stac_datetime(properties.get(DATETIME) or properties.get("start_datetime"))
    texts = [
        item["id"],
        item.get("collection"),
        properties.get("platform"),
        properties.get(AG_MASK.item_id),
        properties.get(EDA_MASK.item_id),
        readable_href(thumbnail) if isinstance(thumbnail, dict) else None,
        _self_href(item.get("links")),
    ]
    if any(isinstance(value, str) and "\0" in value for value in texts):
        # QGIS 3.40+ would cut the text at the NUL, 3.22 kept it: shown alike on every version.
        problem = "; ".join(filter(None, (problem, f"NUL characters are shown as {NUL_SHOWN_AS}")))
    item_id, collection, platform, ag_mask_id, eda_mask_id, thumbnail_href, self_href = map(
        _text, texts
    )
    feature = QgsFeature(fields)
    feature.setAttributes(
        [
            item_id,
            collection,
            instant,
            _number(properties.get(CLOUD_COVER)),
            platform,
            _flag(properties.get(AG_MASK.available)),
            ag_mask_id,
            eda_mask_id,
            thumbnail_href,
            self_href,
            # QByteArray: PyQt would keep plain bytes as a Python object no provider stores.
            QByteArray(text if text is not None else _ITEM_ENCODER.encode(item).encode("utf-8")),
        ]
    )
    try:
        geometry, geometry_problem = polygon_from_geojson(item.get("geometry"))
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        geometry, geometry_problem = None, "no map outline: the geometry cannot be read"
    if geometry is not None:
        feature.setGeometry(geometry)
    return feature, "; ".join(p for p in (geometry_problem, problem) if p) or None


def item_of(feature: QgsFeature) -> dict[str, Any]:
    """The STAC item a footprint was made from."""
    item: dict[str, Any] = json.loads(bytes(feature[ITEM_JSON]))
    return item


def items_of(source: QgsAbstractFeatureSource, fields: QgsFields) -> list[dict[str, Any]]:
    """The STAC items of every footprint of a feature source (no geometry read): safe in a
    worker thread on a QgsVectorLayerFeatureSource made on the GUI thread."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([ITEM_JSON], fields)
    return [item_of(feature) for feature in source.getFeatures(request)]


def _text(value: Any) -> str | None:
    return None if value is None else str(value).replace("\0", NUL_SHOWN_AS)


def _number(value: Any) -> float | None:
    # bool is an int to Python, but `true` is no cloud cover.
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    try:
        return float(value)
    except OverflowError:  # a JSON integer beyond any double, 1 followed by 400 zeros
        return None


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _self_href(links: Any) -> str | None:
    for link in links or ():
        if isinstance(link, dict) and link.get("rel") == "self" and link.get("href"):
            return str(link["href"])
    return None


def stac_datetime(value: Any) -> tuple[QDateTime | None, str | None]:
    """An RFC 3339 timestamp as a UTC QDateTime (millisecond precision; item_json keeps all)."""
    if value is None:
        return None, None
    instant = QDateTime.fromString(str(value), Qt.DateFormat.ISODateWithMs)
    if not instant.isValid():
        return None, f"datetime {value!r} cannot be read"
    if instant.timeSpec() == Qt.TimeSpec.LocalTime:
        # No offset given: STAC times are UTC, never the local time of whoever searches.
        # (setTimeZone, not setTimeSpec: Qt 6.9 deprecates the time-spec setters.)
        instant.setTimeZone(QTimeZone.utc())
    return instant.toUTC(), None


def add_features(layer: QgsVectorLayer, features: list[QgsFeature]) -> list[QgsFeature]:
    """Add a batch of features to a footprint layer (main thread) and redraw it.

    Returns the features as stored, with the ids the layer gave them. Any the provider refused
    are left out (its lastError() says why); footprints from features_from_items never are.
    """
    before = layer.featureCount()
    ok, added = layer.dataProvider().addFeatures(features)
    if not ok:
        stored = set(layer.allFeatureIds())
        added = [feature for feature in added if feature.id() in stored]
    _grow_extent(layer, added, before > 0)
    layer.triggerRepaint()
    return list(added)


def _grow_extent(layer: QgsVectorLayer, added: Iterable[QgsFeature], had_features: bool) -> None:
    """Widen the layer's extent by the added footprints'.

    Not updateExtents(): the memory provider would then compute its extent again from every
    feature at the next extent() (the map asks after each batch), which makes a search's
    batches cost O(n) each: 45 ms a batch at 100,000 footprints.
    """
    extent = QgsRectangle(layer.extent()) if had_features else QgsRectangle()
    for feature in added:
        geometry = feature.geometry()
        if geometry.isNull():
            continue
        box = geometry.boundingBox()
        if extent.isNull():
            extent = QgsRectangle(box)
        else:
            extent.combineExtentWith(box)
    if not extent.isNull():
        layer.setExtent(extent)


CLEAR_PCT_MIN, CLEAR_PCT_MEAN, CLEAR_PCT_MAX = "clear_pct_min", "clear_pct_mean", "clear_pct_max"


def set_clear_sky(layer: QgsVectorLayer, by_item: dict[str, ItemClearSky]) -> None:
    """Write each item's clear % over the fields (least, mean and most) into the footprint
    layer, adding the fields the first time; items without a figure get NULL."""
    provider = layer.dataProvider()
    names = (CLEAR_PCT_MIN, CLEAR_PCT_MEAN, CLEAR_PCT_MAX)
    missing = [name for name in names if layer.fields().indexOf(name) < 0]
    if missing:
        provider.addAttributes(qgs_fields((name, "double") for name in missing).toList())
        layer.updateFields()
    low, mean, high = (layer.fields().indexOf(name) for name in names)
    changes = {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in layer.getFeatures(request.setSubsetOfAttributes(["id"], layer.fields())):
        figures = by_item.get(str(feature["id"]))
        changes[feature.id()] = {
            low: figures.minimum if figures else None,
            mean: figures.mean if figures else None,
            high: figures.maximum if figures else None,
        }
    provider.changeAttributeValues(changes)
    layer.triggerRepaint()
