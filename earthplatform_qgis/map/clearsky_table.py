"""The clear-sky table: one row per (field, item) pair, as a memory layer without geometry or
as the features of a Processing sink, with the same columns either way."""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsFeature, QgsFields, QgsVectorLayer

from earthplatform_qgis.map.clearsky import ClearSkyRow
from earthplatform_qgis.map.compat import qgs_fields
from earthplatform_qgis.map.footprint_file import stac_datetime
from earthplatform_qgis.map.names import layer_name
from earthplatform_qgis.stac.words import tr

CLEAR_PCT = "clear_pct"
# Column -> kind, in table order.
CLEAR_SKY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("field_id", "string"),
    ("item_id", "string"),
    ("collection", "string"),
    ("datetime", "datetime"),
    ("mask", "string"),
    (CLEAR_PCT, "double"),
    ("cloud_pct", "double"),
    ("shadow_pct", "double"),
    ("other_pct", "double"),
    ("valid_px", "int"),
    ("field_px", "int"),
    ("note", "string"),
)


def clear_sky_fields() -> QgsFields:
    """The table's columns (CLEAR_SKY_COLUMNS)."""
    return qgs_fields(CLEAR_SKY_COLUMNS)


def clear_sky_layer_name(fields_layer: str, when: str, *more: str) -> str:
    """`EarthPlatform — clear sky — <fields layer> — <time>` (then `more`, e.g. "map")."""
    return layer_name("EarthPlatform", tr("clear sky"), fields_layer, when, *more)


def create_clear_sky_layer(name: str, features: list[QgsFeature]) -> QgsVectorLayer:
    """A memory table (no geometry) holding the rows' features (from clear_sky_features)."""
    layer = QgsVectorLayer("None", name, "memory")
    layer.dataProvider().addAttributes(clear_sky_fields().toList())
    layer.updateFields()
    layer.dataProvider().addFeatures(features)
    return layer


def clear_sky_features(rows: Iterable[ClearSkyRow], fields: QgsFields) -> list[QgsFeature]:
    """One feature per row; figures the row has not are NULL."""
    features = []
    for row in rows:
        sky = row.sky
        instant, _ = stac_datetime(row.datetime)
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                row.field_id,
                row.item_id,
                row.collection,
                instant,
                row.mask,
                *(
                    (sky.clear_pct, sky.cloud_pct, sky.shadow_pct, sky.other_pct)
                    if sky
                    else (None,) * 4
                ),
                sky.valid_px if sky else None,
                sky.field_px if sky else None,
                row.note or None,
            ]
        )
        features.append(feature)
    return features
