"""GeoJSON polygons as QGIS geometries: the one route the plugin takes from one to the other."""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsGeometry, QgsPointXY

from earthplatform_qgis.stac.words import tr


def _ring(positions: list[list[float]]) -> list[QgsPointXY]:
    # Positions may carry a height; footprints are 2D.
    return [QgsPointXY(position[0], position[1]) for position in positions]


def polygon_from_geojson(geojson: Any) -> tuple[QgsGeometry | None, str | None]:
    """A GeoJSON Polygon or MultiPolygon as a QgsGeometry, or why there is none / what is odd.

    Invalid shapes (self-intersections) are kept, as the catalog drew them, and reported.
    """
    if not geojson:
        return None, tr("no map outline: the item has no geometry")
    kind = geojson.get("type")
    if kind == "Polygon":
        geometry = QgsGeometry.fromPolygonXY([_ring(ring) for ring in geojson["coordinates"]])
    elif kind == "MultiPolygon":
        geometry = QgsGeometry.fromMultiPolygonXY(
            [[_ring(ring) for ring in polygon] for polygon in geojson["coordinates"]]
        )
    else:
        return None, tr("no map outline: footprints are polygons, the geometry is a {kind}").format(
            kind=kind
        )
    if geometry.isEmpty():
        return None, tr("no map outline: the geometry is empty")
    if not geometry.isGeosValid():
        errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
        reason = errors[0].what() if errors else "invalid"
        return geometry, tr("the geometry is not valid ({reason}); drawn as given").format(
            reason=reason
        )
    if kind == "Polygon" and geometry.boundingBox().width() > 180:
        # RFC 7946 asks for a MultiPolygon split at 180°; unsplit, it wraps round the world.
        return geometry, tr("the geometry crosses the antimeridian without being split")
    return geometry, None
