"""The clear-sky table on the map: each (field, item) row drawn with its field's outline,
coloured by clear %, one date at a time with QGIS's temporal controller."""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsRendererRange,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from earthplatform_qgis.map.clearsky_table import CLEAR_PCT, clear_sky_fields
from earthplatform_qgis.map.fields import FieldSet
from earthplatform_qgis.stac.words import tr

# From cloudy to clear: red, amber, green (the ends told apart by lightness too, for the
# red-green colour-blind; amber marks the doubtful middle). The calendar uses the same.
RAMP = ((0.0, QColor(200, 40, 40)), (50.0, QColor(240, 180, 40)), (100.0, QColor(40, 150, 60)))
# The map's classes of clear %: a fifth of the range each.
CLASS_WIDTH = 20


def clear_colour(percent: float) -> QColor:
    """The colour of a clear % along RAMP."""
    percent = min(max(percent, 0.0), 100.0)
    for (low, start), (high, end) in zip(RAMP, RAMP[1:]):
        if percent <= high:
            t = (percent - low) / (high - low)
            return QColor(
                round(start.red() + (end.red() - start.red()) * t),
                round(start.green() + (end.green() - start.green()) * t),
                round(start.blue() + (end.blue() - start.blue()) * t),
            )
    return RAMP[-1][1]


def create_clear_sky_map(
    name: str, features: Iterable[QgsFeature], fieldset: FieldSet
) -> QgsVectorLayer:
    """A polygon layer in the fields' CRS: one feature per row of the table (its features),
    with its field's geometry, coloured by clear % and shown a date at a time by the temporal
    controller (rows without a figure are drawn hatched grey)."""
    layer = QgsVectorLayer("MultiPolygon", name, "memory")
    layer.setCrs(fieldset.crs)  # also a CRS without an authority code, e.g. a custom one
    fields = clear_sky_fields()
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    outline: dict[str, QgsGeometry] = {}
    for each in fieldset.fields:
        outline.setdefault(each.field_id, each.geometry)
    drawn = []
    for row in features:  # the table's features (clear_sky_features), copied with a geometry
        feature = QgsFeature(row)
        feature.setGeometry(outline[str(row["field_id"])])
        drawn.append(feature)
    layer.dataProvider().addFeatures(drawn)
    layer.updateExtents()
    layer.setRenderer(_renderer())
    temporal = layer.temporalProperties()
    temporal.setMode(Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField)
    temporal.setStartField("datetime")
    temporal.setIsActive(True)
    layer.setDisplayExpression("\"field_id\" || ' ' || format_date(\"datetime\", 'yyyy-MM-dd')")
    return layer


def _renderer() -> QgsGraduatedSymbolRenderer:
    """Five classes of clear %, coloured along RAMP at their middles."""
    ranges = []
    for low in range(0, 100, CLASS_WIDTH):
        high = low + CLASS_WIDTH
        symbol = QgsFillSymbol.createSimple(
            {"color": clear_colour(low + CLASS_WIDTH / 2).name(), "outline_color": "#303030"}
        )
        # The en dash as it is: pylupdate5 reads no \N{} escape.
        label = tr("{low}–{high} % clear").format(low=low, high=high)  # noqa: RUF001
        ranges.append(QgsRendererRange(low, high, symbol, label))
    renderer = QgsGraduatedSymbolRenderer(CLEAR_PCT, ranges)
    renderer.setSourceSymbol(
        QgsFillSymbol.createSimple(
            {"color": "#a0a0a0", "style": "b_diagonal", "outline_color": "#303030"}
        )
    )
    return renderer
