"""The footprint layer of a search: its footprint file opened in QGIS, styled, animated in
time, and shown growing page by page (the file itself: footprint_file.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qgis.core import (
    Qgis,
    QgsAbstractFeatureSource,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsFillSymbol,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from earthplatform_qgis.__about__ import plugin_file
from earthplatform_qgis.map.compat import qgs_fields
from earthplatform_qgis.map.footprint_file import (
    DATETIME,
    ITEM_JSON,
    FootprintFileError,
    kept_in_wal,
    layer_source,
)
from earthplatform_qgis.stac.words import tr

if TYPE_CHECKING:
    from earthplatform_qgis.map.clearsky_summary import ItemClearSky

FOOTPRINT_STYLE = "footprints.qml"
# The datetime field is text (see footprint_file.py): the temporal controller reads it as one.
INSTANT = f'to_datetime("{DATETIME}")'
# {cloud_cover} and {unknown}: the words, through tr() as the layer is dressed.
MAP_TIP = """<b>[% "id" %]</b><br>
[% format_date("datetime", 'yyyy-MM-dd HH:mm:ss') %] UTC<br>
{cloud_cover} [% coalesce(format_number("eo:cloud_cover", 1) || ' %', {unknown}) %]<br>
[% CASE WHEN "thumbnail" IS NOT NULL
   THEN '<img src="' || "thumbnail" || '" width="200">' END %]"""


def open_footprint_layer(path: Path, name: str) -> QgsVectorLayer:
    """The footprint file at path as a layer with the dock's look (dress_footprint_layer).
    The file stays in WAL mode, so that QGIS reads pages the search commits meanwhile whole."""
    with kept_in_wal(path):  # else QGIS sets the journal back to DELETE (see kept_in_wal)
        layer = QgsVectorLayer(layer_source(path), name, "ogr")
    if not layer.isValid():
        raise FootprintFileError(tr("{path} cannot be read as a footprint layer").format(path=path))
    dress_footprint_layer(layer)
    return layer


def outline_selection(layer: QgsVectorLayer) -> None:
    """Selected footprints drawn as thick outlines in the selection colour, not filled: the
    imagery loaded for them lies beneath, and QGIS's filled selection would hide it. QGIS 3.34
    and later only: before, a layer cannot choose how its selection is drawn."""
    if not hasattr(layer, "selectionProperties"):
        return
    colour = QgsProject.instance().selectionColor()
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": colour.name(), "outline_width": "0.8"}
    )
    properties = layer.selectionProperties()
    properties.setSelectionSymbol(symbol)
    properties.setSelectionRenderingMode(Qgis.SelectionRenderingMode.CustomSymbol)


def dress_footprint_layer(layer: QgsVectorLayer) -> None:
    """Give a layer of footprints (FOOTPRINT_FIELDS) the dock's look: resources/footprints.qml
    (outlines coloured by cloud cover), the temporal controller on `datetime`, a map tip with
    the thumbnail, the item JSON hidden. FootprintFileError when the style cannot be applied."""
    message, ok = layer.loadNamedStyle(
        str(plugin_file("resources", FOOTPRINT_STYLE)), QgsMapLayer.StyleCategory.Symbology
    )
    if not ok:
        raise FootprintFileError(
            tr("{style} cannot be applied: {reason}").format(style=FOOTPRINT_STYLE, reason=message)
        )
    temporal = layer.temporalProperties()
    temporal.setMode(Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromExpressions)
    temporal.setStartExpression(INSTANT)
    temporal.setEndExpression(INSTANT)
    # An instant: shown in the frame it falls in, its first moment included (the default
    # leaves out an item taken exactly as a frame begins).
    temporal.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginIncludeEnd)
    temporal.setIsActive(True)
    outline_selection(layer)
    layer.setDisplayExpression('"id"')
    layer.setMapTipTemplate(
        MAP_TIP.format(
            cloud_cover=tr("Cloud cover:"), unknown=QgsExpression.quotedString(tr("unknown"))
        )
    )
    # The item's whole JSON is hidden from the attribute table (its column menu shows it
    # again), the feature form and identify results; kept in exports and expressions.
    index = layer.fields().indexOf(ITEM_JSON)
    if index < 0:  # written where the column could not go (a Processing output's format)
        return
    table = layer.attributeTableConfig()
    table.setColumnHidden(index, True)
    layer.setAttributeTableConfig(table)
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))


def show_written(layer: QgsVectorLayer, extent: QgsRectangle | None) -> None:
    """Show the pages written to a footprint layer's file since it was last shown, widening
    the layer's extent by extent (those pages' outlines).

    The provider reads each committed page without being reloaded (a reload costs about 3 ms
    a page). The extent is set, never asked of the provider: OGR would read every outline of
    the file for it while the search is still writing.
    """
    if extent is not None and not extent.isNull():
        known = QgsRectangle(layer.extent())
        if not known.isNull() and not known.isEmpty():
            known.combineExtentWith(extent)
        else:
            known = QgsRectangle(extent)
        layer.setExtent(known)
    layer.triggerRepaint()


def show_complete(layer: QgsVectorLayer) -> None:
    """Show a footprint file the search has finished writing: the extent and count the file
    now records (the provider counted none while the search wrote)."""
    layer.dataProvider().reloadData()
    layer.updateExtents()
    layer.triggerRepaint()


def item_of(feature: QgsFeature) -> dict[str, Any]:
    """The STAC item a footprint was made from."""
    item: dict[str, Any] = json.loads(feature[ITEM_JSON])
    return item


def items_of(source: QgsAbstractFeatureSource, fields: QgsFields) -> list[dict[str, Any]]:
    """The STAC items of every footprint of a feature source (no geometry read): safe in a
    worker thread on a QgsVectorLayerFeatureSource made on the GUI thread."""
    return [item_of(feature) for feature in source.getFeatures(item_json_request(fields))]


def item_json_request(fields: QgsFields) -> QgsFeatureRequest:
    """The footprints' item_json alone: no geometry, no other column read."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([ITEM_JSON], fields)
    return request


CLEAR_PCT_MIN, CLEAR_PCT_MEAN, CLEAR_PCT_MAX = "clear_pct_min", "clear_pct_mean", "clear_pct_max"


def set_clear_sky(layer: QgsVectorLayer, by_item: dict[str, ItemClearSky]) -> None:
    """Write each item's clear % over the fields (least, mean and most) into the footprint
    layer, adding the fields the first time; items without a figure get NULL.
    FootprintFileError says why the file refused them (read-only, say)."""
    provider = layer.dataProvider()
    names = (CLEAR_PCT_MIN, CLEAR_PCT_MEAN, CLEAR_PCT_MAX)
    missing = [name for name in names if layer.fields().indexOf(name) < 0]
    if missing:
        if not provider.addAttributes(qgs_fields((name, "double") for name in missing).toList()):
            raise FootprintFileError(f"{layer.name()}: {provider.lastError()}")
        layer.updateFields()
    low, mean, high = (layer.fields().indexOf(name) for name in names)
    changes = {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in layer.getFeatures(request.setSubsetOfAttributes(["id"], layer.fields())):
        figures = by_item.get(str(feature["id"]))
        if figures is None and missing:
            continue  # new fields are NULL already: no need to rewrite the row (and its JSON)
        changes[feature.id()] = {
            low: figures.minimum if figures else None,
            mean: figures.mean if figures else None,
            high: figures.maximum if figures else None,
        }
    if not provider.changeAttributeValues(changes):
        raise FootprintFileError(f"{layer.name()}: {provider.lastError()}")
    layer.triggerRepaint()
