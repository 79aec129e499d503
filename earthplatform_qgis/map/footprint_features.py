"""Footprints as QGIS features, for a Processing sink: the footprint file's columns and rows."""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsFeature, QgsFields, QgsGeometry

from earthplatform_qgis.map.compat import qgs_fields
from earthplatform_qgis.map.footprint_file import FOOTPRINT_FIELDS, FootprintRow


def footprint_fields() -> QgsFields:
    """The footprint file's columns (FOOTPRINT_FIELDS)."""
    return qgs_fields(FOOTPRINT_FIELDS)


def footprint_features(rows: Iterable[FootprintRow], fields: QgsFields) -> list[QgsFeature]:
    """A feature per row: its attributes, its outline (none where the item has none)."""
    features = []
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(list(row.values))
        if row.wkb is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(row.wkb)
            feature.setGeometry(geometry)
        features.append(feature)
    return features
