"""The few QGIS names that moved between 3.22 and 3.30+/4.x, in one place."""

from __future__ import annotations

from qgis.core import Qgis, QgsWkbTypes

# Qgis.GeometryType arrived in 3.30; QGIS 4 drops QgsWkbTypes.GeometryType.
POLYGON_GEOMETRY = (
    Qgis.GeometryType.Polygon
    if hasattr(Qgis, "GeometryType")
    else QgsWkbTypes.GeometryType.PolygonGeometry
)
