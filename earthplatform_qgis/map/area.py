"""The STAC search's `intersects` geometry (GeoJSON, EPSG:4326): the map canvas extent, or the
fields of a polygon layer."""

from __future__ import annotations

import math
from collections.abc import Iterable
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

from earthplatform_qgis.stac.words import tr

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
# Fields: their union is grown by this much (about 10 cm) and simplified by half of it, which
# only ever adds area (see fields_to_intersects for coarser ones). Far above the precision, so
# rounding never takes anything off a field.
FIELDS_TOLERANCE = 1e-6
# About 25 bytes a position: the search request stays under about 50 kB.
MAX_VERTICES = 2000
# With too many positions and parts, the fields' parts are grouped into clusters of a convex
# hull each, as many as give each cluster this many positions. Measured on thousands of
# scattered fields: 5 leaves hulls too big to fit, which then grow; 20 makes hulls bigger than
# needed; either covers up to 3 times the land 10 does.
POSITIONS_PER_CLUSTER = 10
_BUFFER_SEGMENTS = 4  # per quarter circle: the simplification cuts these arcs anyway
# At most this many segments of a field's size, for the odd field whose edges bow wildly (near a
# pole) or do not transform in part.
_MAX_SEGMENTS = 1024

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
    transform = _to_lonlat(crs, transform_context)
    return _to_geojson(_fold_into_world(_unwrapped_area(extent, transform)))


def fields_to_intersects(
    geometries: Iterable[QgsGeometry],
    crs: QgsCoordinateReferenceSystem,
    transform_context: QgsCoordinateTransformContext | None = None,
    max_vertices: int = MAX_VERTICES,
) -> dict[str, Any]:
    """The GeoJSON Polygon or MultiPolygon (lon/lat, EPSG:4326) containing every one of the
    polygons `geometries` (in `crs`), in at most `max_vertices` positions (5 or more: the whole
    world takes 5).

    Their union is grown by FIELDS_TOLERANCE and simplified by half of that, so no field loses
    coverage. While that leaves too many positions: with more parts than max_vertices /
    POSITIONS_PER_CLUSTER, they are grouped into that many clusters, each the convex hull of its
    parts; with fewer, the tolerance doubles.
    Split at the antimeridian as the extent is. Raises ExtentError when there is nothing to
    search.
    """
    if max_vertices < 5:
        raise ValueError(f"A search area takes at least 5 positions, not {max_vertices}")
    if not crs.isValid():
        raise ExtentError(tr("The fields have no valid coordinate reference system"))
    transform = _to_lonlat(crs, transform_context)
    tolerance = FIELDS_TOLERANCE
    # Grown one by one, the union has fewer vertices to join: twice as fast with thousands.
    fields = [_grown(_field_in_lonlat(geometry, transform), tolerance) for geometry in geometries]
    if not fields:
        raise ExtentError(tr("There are no fields to search"))
    area = QgsGeometry.unaryUnion(fields)
    clusters = max(1, max_vertices // POSITIONS_PER_CLUSTER)
    while True:
        # The geometry's own count is quick; the GeoJSON's, after folding, decides.
        count = area.constGet().nCoordinates()
        if count <= max_vertices:
            geojson = _to_geojson(_fold_into_world(area))
            count = _position_count(geojson)
            if count <= max_vertices:
                return geojson
        parts = len(area.asGeometryCollection())
        clustered = _cluster_hulls(area, clusters)
        if len(clustered.asGeometryCollection()) < parts:
            area = clustered
        else:  # one part, or parts that single linkage cannot join
            tolerance *= 2
            area = _grown(area, tolerance)


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
        return tr("the whole world")
    lats = f"{_latitude(south)}{_DASH}{_latitude(north)}"
    if west == -180 and east == 180:
        return tr("all longitudes, {latitudes}").format(latitudes=lats)
    lons = f"{_longitude(west)}{_DASH}{_longitude(east)}"
    if west > east:
        return tr("{longitudes} (across the antimeridian), {latitudes}").format(
            longitudes=lons, latitudes=lats
        )
    return f"{lons}, {lats}"


def _to_lonlat(
    crs: QgsCoordinateReferenceSystem, transform_context: QgsCoordinateTransformContext | None
) -> QgsCoordinateTransform:
    """The transform from `crs` to EPSG:4326 (the project's context unless one is given)."""
    transform = QgsCoordinateTransform(
        crs,
        QgsCoordinateReferenceSystem("EPSG:4326"),
        transform_context or QgsProject.instance().transformContext(),
    )
    # A rough result beats no search area when no accurate datum transform is available.
    transform.setBallparkTransformsAreAppropriate(True)
    return transform


def _check(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> None:
    """Raise ExtentError unless the extent is a finite area in a valid CRS."""
    if not crs.isValid():
        raise ExtentError(tr("The map has no valid coordinate reference system"))
    corners = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    if not all(math.isfinite(value) for value in corners):
        raise ExtentError(tr("The map extent is not a finite area"))
    if extent.isNull() or extent.isEmpty():
        raise ExtentError(tr("The map extent is empty"))


def _unwrapped_area(extent: QgsRectangle, transform: QgsCoordinateTransform) -> QgsGeometry:
    """The lon/lat polygon of `extent`, in longitudes that may run past ±180."""
    ring = _unwrap(_transformed_boundary(extent, transform))
    if not ring:
        if _lonlat(transform, extent.center().x(), extent.center().y()) is None:
            raise ExtentError(tr("The map extent cannot be converted to longitude/latitude"))
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


def _field_in_lonlat(geometry: QgsGeometry, transform: QgsCoordinateTransform) -> QgsGeometry:
    """The field in lon/lat, its edges densified first, with longitudes continuous along each
    part (running past ±180 where it crosses the antimeridian)."""
    field = _densified(geometry, transform)
    try:
        field.transform(transform)
    except QgsCsException:
        raise ExtentError(tr("A field cannot be converted to longitude/latitude")) from None
    box = field.boundingBox()
    if not all(math.isfinite(v) for v in (box.xMinimum(), box.width(), box.height())):
        raise ExtentError(tr("A field cannot be converted to longitude/latitude"))
    if box.yMinimum() < -90 or box.yMaximum() > 90:
        # e.g. metres read as degrees: the layer's CRS is not the one its data is in.
        raise ExtentError(tr("A field lies beyond the poles: is its layer's CRS the right one?"))
    if box.width() <= 180:
        # Buffers of self-intersecting rings go wrong: a field may come so, or be made so by
        # the transform where its vertices nearly meet.
        return field if field.isGeosValid() else field.makeValid()
    # No field is that wide: its longitudes jump by 360° where it crosses the antimeridian (or
    # goes round a pole). Holes are left out, which only adds to the area.
    return QgsGeometry.unaryUnion(
        [
            _unwrapped_polygon([(point.x(), point.y()) for point in part.asPolygon()[0][:-1]])
            for part in field.asGeometryCollection()
        ]
    )


def _densified(geometry: QgsGeometry, transform: QgsCoordinateTransform) -> QgsGeometry:
    """A copy of the geometry with its edges split so finely that in lon/lat each stays within
    the precision of the curve a straight edge of the source CRS becomes there."""
    box = geometry.boundingBox()
    # The bow of an edge grows with the square of its length.
    segments = math.ceil(min(math.sqrt(_bow(box, transform) / _TOLERANCE), _MAX_SEGMENTS))
    if segments <= 1:
        return QgsGeometry(geometry)
    return geometry.densifyByDistance(max(box.width(), box.height()) / segments)


def _bow(box: QgsRectangle, transform: QgsCoordinateTransform) -> float:
    """How far (in degrees) the lon/lat image of a straight line across `box` strays from the
    chord between its ends, at most: along its bottom, its left side and its diagonals
    (infinite where a point does not transform)."""
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    xm, ym = box.center().x(), box.center().y()
    lines = [
        ((x0, y0), (xm, y0), (x1, y0)),
        ((x0, y0), (x0, ym), (x0, y1)),
        ((x0, y0), (xm, ym), (x1, y1)),
        ((x1, y0), (xm, ym), (x0, y1)),
    ]
    bow = 0.0
    for line in lines:
        start, middle, end = (_lonlat(transform, x, y) for x, y in line)
        if start is None or middle is None or end is None:
            return math.inf
        # Longitudes from the start's: continuous across the antimeridian.
        middle = (start[0] + _wrap(middle[0] - start[0]), middle[1])
        end = (start[0] + _wrap(end[0] - start[0]), end[1])
        bow = max(bow, _distance_to_line(middle, start, end))
    return bow


def _unwrapped_polygon(ring: Ring) -> QgsGeometry:
    """The area inside a field's open lon/lat ring, longitudes made continuous: past ±180
    across the antimeridian, up to the pole where the ring goes round one."""
    unwrapped = _unwrap(ring)
    if abs(unwrapped[-1][0] - unwrapped[0][0]) > 180:
        # A field is small: the pole it goes round is on its side of the equator.
        return _polar_cap(unwrapped, pole_lat=math.copysign(90.0, unwrapped[0][1]))
    return QgsGeometry.fromPolygonXY([[QgsPointXY(lon, lat) for lon, lat in unwrapped]])


def _grown(area: QgsGeometry, tolerance: float) -> QgsGeometry:
    """The area grown by `tolerance`, then simplified by half of it: it only ever gains area."""
    # The buffer's outline lies at least 0.98 tolerance from the area (its arcs are chords);
    # simplifying moves it by at most half the tolerance: nearly half of it is left as margin,
    # far more than rounding to the precision takes.
    return area.buffer(tolerance, _BUFFER_SEGMENTS).simplify(tolerance / 2)


def _cluster_hulls(area: QgsGeometry, count: int) -> QgsGeometry:
    """The area with its parts grouped into at most `count` clusters by single linkage, each
    cluster of several parts replaced by its convex hull."""
    parts = area.asGeometryCollection()
    if len(parts) <= count:
        return area
    clusters: dict[int, list[QgsGeometry]] = {}
    centroids = [part.centroid().asPoint() for part in parts]
    for part, cluster in zip(parts, _single_linkage(centroids, count)):
        clusters.setdefault(cluster, []).append(part)
    return QgsGeometry.unaryUnion(
        [
            members[0] if len(members) == 1 else QgsGeometry.collectGeometry(members).convexHull()
            for members in clusters.values()
        ]
    )


def _single_linkage(points: list[QgsPointXY], count: int) -> list[int]:
    """A cluster number for each point, in at most `count` clusters joined along the shortest
    edges of the points' Delaunay triangulation (which holds their minimum spanning tree).

    Points on one line have no triangulation, and a repeated point joins no edge: those stay
    clusters of their own.
    """
    index = {(point.x(), point.y()): number for number, point in enumerate(points)}
    triangulation = QgsGeometry.fromMultiPointXY(points).delaunayTriangulation(0, True)
    edges = sorted(
        (a.distance(b), index[(a.x(), a.y())], index[(b.x(), b.y())])
        for a, b in triangulation.asMultiPolyline()
    )
    leader = list(range(len(points)))

    def cluster_of(number: int) -> int:
        while leader[number] != number:
            leader[number] = leader[leader[number]]  # halve the path on the way up
            number = leader[number]
        return number

    clusters = len(points)
    for _, a, b in edges:
        if clusters <= count:
            break
        a, b = cluster_of(a), cluster_of(b)
        if a != b:
            leader[a] = b
            clusters -= 1
    return [cluster_of(number) for number in range(len(points))]


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
        raise ExtentError(tr("The map extent is too small to search"))
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
    return _distance_to_line(point, start, end) > _TOLERANCE


def _distance_to_line(point: Position, start: Position, end: Position) -> float:
    """The distance from `point` to the line through start and end (to start if they meet)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = math.hypot(dx, dy)
    if length == 0:
        return math.dist(point, start)
    return abs(dx * (point[1] - start[1]) - dy * (point[0] - start[0])) / length


def _signed_area(ring: Ring) -> float:
    """Twice the area of the open ring, positive when it runs counter-clockwise."""
    return sum(
        lon_a * lat_b - lon_b * lat_a
        for (lon_a, lat_a), (lon_b, lat_b) in zip(ring, [*ring[1:], *ring[:1]])
    )


def _position_count(geojson: dict[str, Any]) -> int:
    """How many positions the Polygon or MultiPolygon holds, each ring's closing one included."""
    return sum(len(ring) for polygon in _polygons(geojson) for ring in polygon)


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
    return (tr("{degrees}°W") if value < 0 else tr("{degrees}°E")).format(
        degrees=f"{abs(value):.2f}"
    )


def _latitude(value: float) -> str:
    """e.g. '43.41°N', '90.00°S'."""
    return (tr("{degrees}°S") if value < 0 else tr("{degrees}°N")).format(
        degrees=f"{abs(value):.2f}"
    )
