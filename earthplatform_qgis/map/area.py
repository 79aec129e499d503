"""The map canvas extent as the STAC search's `intersects` geometry (GeoJSON, EPSG:4326)."""

from __future__ import annotations

import math
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)

# Segments per rectangle edge: a projected rectangle is curved in lon/lat. 64 steps follow the
# curve to centimetres over a 100 km UTM view and to tens of metres over a 2,000 km polar one,
# well under a pixel. Collinear points are dropped afterwards, so straight edges (a 4326 or
# Mercator canvas) still cost two vertices.
SEGMENTS_PER_EDGE = 64
# 7 decimals of a degree is about 1 cm: finer than any canvas, and keeps requests small.
PRECISION = 7
_TOLERANCE = 10.0**-PRECISION
# Where Web Mercator world maps end: a map showing every longitude that reaches this far shows
# the whole world as far as a world map does, so the search takes in the poles too.
WORLD_MAP_LAT = 85.0511
# Nearer a pole than this (about 0.1 mm), a point's longitude is meaningless.
_POLE_LAT = 90 - 1e-9
_DASH = "\N{EN DASH}"  # the typographic range sign

Position = tuple[float, float]
Ring = list[Position]


class ExtentError(ValueError):
    """The map extent cannot be turned into a search area; the message is for the user."""


def extent_to_intersects(
    extent: QgsRectangle,
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext | None = None,
) -> dict[str, Any]:
    """The GeoJSON Polygon or MultiPolygon (lon/lat, EPSG:4326) covering `extent` in `crs`.

    Parts never leave [-180, 180] x [-90, 90]: an extent across the antimeridian is split into
    a part on each side, one around a pole covers every longitude up to the pole, and one wider
    than the world covers every longitude (and the poles too when it reaches past
    WORLD_MAP_LAT). Raises ExtentError when there is nothing to search.
    """
    _check(extent, crs)
    transform = QgsCoordinateTransform(
        crs,
        QgsCoordinateReferenceSystem("EPSG:4326"),
        transform_context or QgsProject.instance().transformContext(),
    )
    # A rough result beats no search area when no accurate datum transform is available.
    transform.setBallparkTransformsAreAppropriate(True)
    return _to_geojson(_fold_into_world(_unwrapped_area(extent, transform)))


def geometry_bbox(geojson: dict[str, Any]) -> tuple[float, float, float, float]:
    """(west, south, east, north) of a Polygon/MultiPolygon from extent_to_intersects.

    As in RFC 7946, west > east when the area crosses the antimeridian.
    """
    parts = _polygons(geojson)
    bounds = [_ring_bounds(part[0]) for part in parts]
    south = min(b[1] for b in bounds)
    north = max(b[3] for b in bounds)
    east_of_seam = [b for b in bounds if b[2] == 180 and b[0] > -180]
    west_of_seam = [b for b in bounds if b[0] == -180 and b[2] < 180]
    if east_of_seam and west_of_seam:
        return (
            min(b[0] for b in east_of_seam),
            south,
            max(b[2] for b in west_of_seam),
            north,
        )
    return min(b[0] for b in bounds), south, max(b[2] for b in bounds), north


def describe_extent(geojson: dict[str, Any]) -> str:
    """A short text of the search area's bounds, e.g. '0.50°E-1.89°E, 43.41°N-44.25°N'
    (with en dashes)."""
    west, south, east, north = geometry_bbox(geojson)
    if (west, south, east, north) == (-180, -90, 180, 90):
        return "the whole world"
    lats = f"{_latitude(south)}{_DASH}{_latitude(north)}"
    if west == -180 and east == 180:
        return f"all longitudes, {lats}"
    lons = f"{_longitude(west)}{_DASH}{_longitude(east)}"
    if west > east:
        return f"{lons} (across the antimeridian), {lats}"
    return f"{lons}, {lats}"


def _check(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> None:
    """Raise ExtentError unless the extent is a finite area in a valid CRS."""
    if not crs.isValid():
        raise ExtentError("The map has no valid coordinate reference system")
    corners = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    if not all(math.isfinite(value) for value in corners):
        raise ExtentError("The map extent is not a finite area")
    if extent.isNull() or extent.isEmpty():
        raise ExtentError("The map extent is empty")


def _unwrapped_area(extent: QgsRectangle, transform: QgsCoordinateTransform) -> QgsGeometry:
    """The lon/lat polygon of `extent`, in longitudes that may run past ±180."""
    ring = _unwrap(_transformed_boundary(extent, transform))
    if not ring:
        if _lonlat(transform, extent.center().x(), extent.center().y()) is None:
            raise ExtentError("The map extent cannot be converted to longitude/latitude")
        # Only the inside transforms: the projection's whole domain (e.g. the disc of an
        # azimuthal projection) is in view, which may reach anywhere on the globe.
        return QgsGeometry.fromRect(QgsRectangle(-180, -90, 180, 90))
    winding = ring[-1][0] - ring[0][0]
    if abs(winding) > 180:
        # The boundary goes once around the globe, so the extent holds a pole. The source ring
        # runs counter-clockwise; on a north-up map that is eastward around the North Pole
        # (as seen from above it) and westward around the South Pole.
        return _polar_cap(ring, pole_lat=90.0 if winding > 0 else -90.0)
    if max(lon for lon, _ in ring) - min(lon for lon, _ in ring) >= 360:
        south, north = min(lat for _, lat in ring), max(lat for _, lat in ring)
        south = -90.0 if south <= -WORLD_MAP_LAT else south
        north = 90.0 if north >= WORLD_MAP_LAT else north
        return QgsGeometry.fromRect(QgsRectangle(-180, south, 180, north))
    return QgsGeometry.fromPolygonXY([[QgsPointXY(lon, lat) for lon, lat in ring]])


def _transformed_boundary(extent: QgsRectangle, transform: QgsCoordinateTransform) -> Ring:
    """The densified boundary, counter-clockwise in the source CRS, as (lon, lat) where it
    transforms."""
    x0, y0, x1, y1 = extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    ring: Ring = []
    for (xa, ya), (xb, yb) in zip(corners, corners[1:]):
        for step in range(SEGMENTS_PER_EDGE):
            t = step / SEGMENTS_PER_EDGE
            position = _lonlat(transform, xa + (xb - xa) * t, ya + (yb - ya) * t)
            # A point beyond the projection's domain is left out: the rest still bound the area.
            if position is not None:
                ring.append(position)
    return ring


def _lonlat(transform: QgsCoordinateTransform, x: float, y: float) -> Position | None:
    """(lon, lat) of the point, or None where it does not transform."""
    try:
        point = transform.transform(QgsPointXY(x, y))
    except QgsCsException:
        return None
    if not (math.isfinite(point.x()) and math.isfinite(point.y())):
        return None
    return point.x(), point.y()


def _unwrap(ring: Ring) -> Ring:
    """The ring closed, with longitudes made continuous (no jump over 180°) along it.

    Jumps are where the boundary crosses the antimeridian; after unwrapping, the closing point
    is 360° east or west of the first exactly when the boundary goes around a pole.
    """
    unwrapped: Ring = []
    for index, (lon, lat) in enumerate(ring):
        if abs(lat) < _POLE_LAT:
            previous = unwrapped[-1][0] if unwrapped else lon
            unwrapped.append((previous + _wrap(lon - previous), lat))
            continue
        # Through a pole, where every meridian meets (and its longitude means nothing), the
        # boundary runs along the pole line from the meridian it arrives on to the one it
        # leaves on: westward at the North Pole, eastward at the South Pole, so that the area
        # stays on its left as in the source ring.
        arriving = unwrapped[-1][0] if unwrapped else ring[index - 1][0]
        leaving = ring[(index + 1) % len(ring)][0]
        turn = -((arriving - leaving) % 360) if lat > 0 else (leaving - arriving) % 360
        unwrapped += [(arriving, lat), (arriving + turn, lat)]
    if len(unwrapped) < 3:
        return []
    # Close on a whole number of turns exactly: GEOS needs the ring's ends to be equal.
    first, last = unwrapped[0], unwrapped[-1]
    turns = round((last[0] + _wrap(first[0] - last[0]) - first[0]) / 360)
    unwrapped.append((first[0] + 360 * turns, first[1]))
    return unwrapped


def _wrap(delta: float) -> float:
    """A longitude difference brought into [-180, 180)."""
    return (delta + 180) % 360 - 180


def _polar_cap(ring: Ring, pole_lat: float) -> QgsGeometry:
    """The area between the closed, unwrapped `ring` (once around the globe) and the pole."""
    if ring[-1][0] < ring[0][0]:
        ring = ring[::-1]  # eastward, so the cap reads from lon to lon + 360
    # Start at a seam crossing, so that folding splits the cap at the seam rather than at an
    # arbitrary longitude, where the two halves would meet only up to rounding.
    seam = 360 * math.ceil((ring[0][0] - 180) / 360) + 180
    index = next(i for i in range(len(ring) - 1) if ring[i][0] <= seam < ring[i + 1][0])
    (lon_a, lat_a), (lon_b, lat_b) = ring[index], ring[index + 1]
    crossing = (seam, lat_a + (lat_b - lat_a) * (seam - lon_a) / (lon_b - lon_a))
    around = [
        crossing,
        *ring[index + 1 :],
        *[(lon + 360, lat) for lon, lat in ring[1 : index + 1]],
        (seam + 360, crossing[1]),
        (seam + 360, pole_lat),
        (seam, pole_lat),
        crossing,
    ]
    return QgsGeometry.fromPolygonXY([[QgsPointXY(lon, lat) for lon, lat in around]])


def _fold_into_world(polygon: QgsGeometry) -> list[list[list[QgsPointXY]]]:
    """The polygons of `polygon` (in unwrapped longitudes) cut at the antimeridian and shifted
    into the world."""
    if not polygon.isGeosValid():
        polygon = polygon.makeValid()  # a boundary folded over itself by an odd projection
    box = polygon.boundingBox()
    pieces = []
    for world in range(
        math.floor((box.xMinimum() + 180) / 360), math.ceil((box.xMaximum() - 180) / 360) + 1
    ):
        window = QgsGeometry.fromRect(QgsRectangle(360 * world - 180, -90, 360 * world + 180, 90))
        piece = polygon.intersection(window)
        piece.translate(-360.0 * world, 0.0)
        pieces.append(piece)
    # Intersections and unions may also yield lines and points (e.g. an edge lying on the
    # antimeridian): only areas are searched.
    parts = QgsGeometry.unaryUnion(pieces).asGeometryCollection()
    return [part.asPolygon() for part in parts if part.asPolygon()]


def _to_geojson(polygons: list[list[list[QgsPointXY]]]) -> dict[str, Any]:
    """RFC 7946 GeoJSON of the polygons: rounded, closed, exterior rings counter-clockwise."""
    cleaned = []
    for polygon in polygons:
        rings = [_clean_ring(ring, exterior=index == 0) for index, ring in enumerate(polygon)]
        if rings[0]:
            cleaned.append([ring for ring in rings if ring])
    if not cleaned:
        raise ExtentError("The map extent is too small to search")
    if len(cleaned) == 1:
        return {"type": "Polygon", "coordinates": cleaned[0]}
    return {"type": "MultiPolygon", "coordinates": cleaned}


def _clean_ring(points: list[QgsPointXY], exterior: bool) -> list[list[float]]:
    """The ring without collinear or repeated points, rounded, oriented, closed; empty if it
    collapses."""
    ring = _drop_collinear([(point.x(), point.y()) for point in points[:-1]])
    rounded: Ring = []
    for lon, lat in ring:
        position = (round(lon, PRECISION) + 0.0, round(lat, PRECISION) + 0.0)  # + 0.0: no -0.0
        if not rounded or position != rounded[-1]:
            rounded.append(position)
    while len(rounded) > 1 and rounded[0] == rounded[-1]:
        rounded.pop()
    if len(rounded) < 3:
        return []  # collapsed at this precision
    if (_signed_area(rounded) > 0) != exterior:
        rounded.reverse()
    # Start from the westernmost point, so the same area always reads the same.
    start = rounded.index(min(rounded))
    rounded = rounded[start:] + rounded[:start]
    return [[lon, lat] for lon, lat in [*rounded, *rounded[:1]]]


def _drop_collinear(ring: Ring) -> Ring:
    """The open ring without the points that lie, within the precision, on a straight line
    between the points kept around them: straight edges keep only their ends."""
    start = ring.index(min(ring))  # the westernmost point is a corner: start there, kept
    ring = ring[start:] + ring[:start]
    kept = [ring[0]]
    between: Ring = []  # the points since the last kept one, all on a line from it so far
    for point in [*ring[1:], ring[0]]:
        if any(_off_line(skipped, kept[-1], point) for skipped in between):
            kept.append(between[-1])
            between = []
        between.append(point)
    return kept


def _off_line(point: Position, start: Position, end: Position) -> bool:
    """Whether `point` lies farther than the precision from the line through start and end."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length == 0:
        return math.dist(point, start) > _TOLERANCE
    return abs(dx * (point[1] - start[1]) - dy * (point[0] - start[0])) / length > _TOLERANCE


def _signed_area(ring: Ring) -> float:
    """Twice the area of the open ring, positive when it runs counter-clockwise."""
    return sum(
        lon_a * lat_b - lon_b * lat_a
        for (lon_a, lat_a), (lon_b, lat_b) in zip(ring, [*ring[1:], *ring[:1]])
    )


def _polygons(geojson: dict[str, Any]) -> list[list[list[list[float]]]]:
    """The polygons of a Polygon or MultiPolygon, each a list of rings."""
    if geojson["type"] == "Polygon":
        return [geojson["coordinates"]]
    return list(geojson["coordinates"])


def _ring_bounds(ring: list[list[float]]) -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) of a ring."""
    lons = [position[0] for position in ring]
    lats = [position[1] for position in ring]
    return min(lons), min(lats), max(lons), max(lats)


def _longitude(value: float) -> str:
    """e.g. '1.89°E', '170.00°W'."""
    return f"{abs(value):.2f}°{'W' if value < 0 else 'E'}"


def _latitude(value: float) -> str:
    """e.g. '43.41°N', '90.00°S'."""
    return f"{abs(value):.2f}°{'S' if value < 0 else 'N'}"
