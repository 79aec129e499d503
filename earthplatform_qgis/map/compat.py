"""The few QGIS and Qt names that moved between 3.22, 3.38+ and 4.x (Qt6), in one place.

tests/test_qt6_readiness.py keeps Qt5-only spellings (QVariant types) here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from qgis.core import Qgis, QgsField, QgsFields, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType, QVariant

# Qgis.GeometryType arrived in 3.30; QGIS 4 drops QgsWkbTypes.GeometryType.
POLYGON_GEOMETRY = (
    Qgis.GeometryType.Polygon
    if hasattr(Qgis, "GeometryType")
    else QgsWkbTypes.GeometryType.PolygonGeometry
)


def field_types() -> dict[str, Any]:
    """Field kind -> the type QgsField takes on this QGIS.

    QgsField takes a QMetaType.Type from QGIS 3.38 on (the QVariant.Type form then warns that
    it is deprecated, and Qt 6 has no QVariant.Type) but only a QVariant.Type before.
    """
    if Qgis.versionInt() >= 33800:
        return {
            "string": QMetaType.Type.QString,
            "double": QMetaType.Type.Double,
            "int": QMetaType.Type.Int,
            "bool": QMetaType.Type.Bool,
            "datetime": QMetaType.Type.QDateTime,
        }
    return {
        "string": QVariant.String,
        "double": QVariant.Double,
        "int": QVariant.Int,
        "bool": QVariant.Bool,
        "datetime": QVariant.DateTime,
    }


def qgs_fields(columns: Iterable[tuple[str, str]]) -> QgsFields:
    """QgsFields of (name, kind) pairs, kinds as field_types() names them."""
    types = field_types()
    fields = QgsFields()
    for name, kind in columns:
        fields.append(QgsField(name, types[kind]))
    return fields
