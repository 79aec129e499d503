"""The tests' reference clear-sky counts: the mask pixels of each field of a polygon layer over a
cloud-mask raster, counted with rasterio and numpy alone, never with the plugin's code.

Runs in .venv-ref only (see requirements/reference.txt), never in a Python that imports osgeo or
QGIS: rasterio's wheels bundle a libgdal of their own. tests/support/reference.py runs it.

    stdin:  {"mask": "<GeoTIFF path>", "band": 1,
             "fields": [{"id": <any JSON>, "crs": "<EPSG:xxxx or WKT>",
                         "geometry": <GeoJSON Polygon or MultiPolygon>}, ...]}
    stdout: {"fields": [{"id": ..., "field_px": n, "outside_px": n, "counts": {"<value>": n}}]}

A field's pixels are those of the raster's full-resolution grid, continued past the raster's
edges, whose centre lies inside the field (its geometry taken to the raster's CRS vertex by
vertex). outside_px counts those beyond the raster; counts is the histogram of the mask's raw
values (nodata included) under the others. Geometries are taken as valid (OGC), not checked.
Bad input: a message on stderr and exit status 2.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

# The one ignore covers every rasterio import below: mypy runs in .venv, where rasterio is not.
import rasterio  # type: ignore[import-not-found]
from rasterio import _err, crs, errors, features, warp, windows

BAD_INPUT = 2
POLYGON_TYPES = ("Polygon", "MultiPolygon")


class InputError(Exception):
    """The request cannot be answered: what is wrong with it, for stderr."""


@dataclass(frozen=True)
class Field:
    """One field of the request, its CRS parsed."""

    id: Any
    crs: Any  # rasterio.crs.CRS
    geometry: dict[str, Any]


@dataclass(frozen=True)
class Request:
    """The whole request read from stdin."""

    mask: str
    band: int
    fields: list[Field]


@dataclass(frozen=True)
class Grid:
    """A window of the raster's grid, continued past its edges: rows and columns may be negative
    or beyond the raster's height and width."""

    row: int
    col: int
    height: int
    width: int


def parse_request(text: str) -> Request:
    """The request in `text` (JSON), checked; InputError says what is wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"stdin is not JSON: {error}") from error
    if not isinstance(data, dict):
        raise InputError("stdin must be a JSON object")
    mask, band, fields = data.get("mask"), data.get("band", 1), data.get("fields")
    if not isinstance(mask, str) or not mask:
        raise InputError('"mask" must be the path of a raster')
    # bool is an int to Python, not a band number.
    if not isinstance(band, int) or isinstance(band, bool) or band < 1:
        raise InputError('"band" must be a band number from 1')
    if not isinstance(fields, list):
        raise InputError('"fields" must be a list')
    return Request(mask, band, [parse_field(index, field) for index, field in enumerate(fields)])


def parse_field(index: int, field: Any) -> Field:
    """Field number `index` of the request, checked: an id, a CRS rasterio knows and a Polygon or
    MultiPolygon whose coordinates are rings of numeric positions."""
    if not isinstance(field, dict) or not {"id", "crs", "geometry"} <= field.keys():
        raise InputError(f"field {index}: must be an object with id, crs and geometry")
    try:
        field_crs = crs.CRS.from_user_input(field["crs"])
    except errors.CRSError as error:
        raise InputError(f"field {index}: crs {field['crs']!r}: {error}") from error
    geometry = field["geometry"]
    if not isinstance(geometry, dict) or geometry.get("type") not in POLYGON_TYPES:
        raise InputError(f"field {index}: geometry must be a GeoJSON Polygon or MultiPolygon")
    polygons = (
        [geometry.get("coordinates")]
        if geometry["type"] == "Polygon"
        else geometry.get("coordinates")
    )
    if not isinstance(polygons, list) or not polygons or not all(map(is_polygon, polygons)):
        raise InputError(f"field {index}: geometry coordinates are not {geometry['type']} rings")
    return Field(field["id"], field_crs, geometry)


def is_polygon(rings: Any) -> bool:
    """Whether `rings` is a non-empty list of closed rings of at least 4 [x, y] positions."""
    return (
        isinstance(rings, list)
        and bool(rings)
        and all(
            isinstance(ring, list)
            and len(ring) >= 4
            and all(is_position(position) for position in ring)
            and ring[0] == ring[-1]
            for ring in rings
        )
    )


def is_position(position: Any) -> bool:
    """Whether `position` is [x, y] or [x, y, z] of finite numbers."""
    return (
        isinstance(position, list)
        and len(position) in (2, 3)
        and all(
            isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            for value in position
        )
    )


def in_raster_crs(field: Field, raster_crs: Any) -> dict[str, Any]:
    """The field's geometry in `raster_crs`, vertex by vertex (none added); InputError when it
    lies beyond what the two CRSs can transform."""
    try:
        # GDAL's own errors: rasterio raises them as CPLE_BaseError, which rasterio.errors lacks.
        geometry: dict[str, Any] = warp.transform_geom(field.crs, raster_crs, field.geometry)
    except _err.CPLE_BaseError as error:
        raise InputError(
            f"field {field.id!r}: cannot be taken to the mask's CRS: {error}"
        ) from error
    if not all(map(math.isfinite, features.bounds(geometry))):
        raise InputError(f"field {field.id!r}: its geometry is infinite in the mask's CRS")
    return geometry


def grid_window(geometry: dict[str, Any], transform: Any) -> Grid:
    """The cells of the grid `transform` (north up) that the bounds of `geometry` (in the grid's
    CRS) touch: the bounds snapped outward to the grid's lines."""
    west, south, east, north = features.bounds(geometry)
    col0 = math.floor((west - transform.c) / transform.a)
    col1 = math.ceil((east - transform.c) / transform.a)
    row0 = math.floor((north - transform.f) / transform.e)
    row1 = math.ceil((south - transform.f) / transform.e)
    return Grid(row0, col0, row1 - row0, col1 - col0)


def field_pixels(geometry: dict[str, Any], grid: Grid, transform: Any) -> npt.NDArray[np.bool_]:
    """Over `grid`, True at the cells whose centre is inside `geometry`."""
    # A polygon of no area along a grid line spans no cell, and rasterio refuses an empty shape.
    if grid.height == 0 or grid.width == 0:
        return np.zeros((grid.height, grid.width), dtype=np.bool_)
    window = windows.Window(grid.col, grid.row, grid.width, grid.height)
    inside: npt.NDArray[np.bool_] = features.geometry_mask(
        [geometry],
        out_shape=(grid.height, grid.width),
        transform=windows.transform(window, transform),
        all_touched=False,  # the cells whose centre is inside, not every cell the field touches
        invert=True,
    )
    return inside


def count_field(dataset: Any, band: int, field: Field) -> dict[str, Any]:
    """The output entry of `field` over band `band` of the open raster `dataset`."""
    geometry = in_raster_crs(field, dataset.crs)
    grid = grid_window(geometry, dataset.transform)
    inside = field_pixels(geometry, grid, dataset.transform)
    # The part of the window over the raster, in the window's rows and columns.
    top, left = max(0, -grid.row), max(0, -grid.col)
    bottom = max(top, min(grid.height, dataset.height - grid.row))
    right = max(left, min(grid.width, dataset.width - grid.col))
    inside_raster = inside[top:bottom, left:right]
    counts: dict[str, int] = {}
    if inside_raster.any():
        window = windows.Window(grid.col + left, grid.row + top, right - left, bottom - top)
        values = dataset.read(band, window=window)[inside_raster]
        # Raw values: nodata (0 in the masks) is a value of its own here, not left out.
        keys, numbers = np.unique(values, return_counts=True)
        counts = {str(int(key)): int(number) for key, number in zip(keys, numbers)}
    field_px = int(inside.sum())
    return {
        "id": field.id,
        "field_px": field_px,
        "outside_px": field_px - int(inside_raster.sum()),
        "counts": counts,
    }


def check_raster(dataset: Any, band: int) -> None:
    """InputError unless `dataset` has band `band` of integers on a north-up grid with a CRS."""
    if not 1 <= band <= dataset.count:
        raise InputError(f"{dataset.name}: no band {band} (it has {dataset.count})")
    if not np.issubdtype(np.dtype(dataset.dtypes[band - 1]), np.integer):
        raise InputError(f"{dataset.name}: band {band} is {dataset.dtypes[band - 1]}, not integer")
    if dataset.crs is None:
        raise InputError(f"{dataset.name}: no CRS")
    transform = dataset.transform
    if transform.b != 0 or transform.d != 0 or transform.a <= 0 or transform.e >= 0:
        raise InputError(f"{dataset.name}: the grid is not north up: {tuple(transform)[:6]}")


def answer(request: Request) -> dict[str, Any]:
    """The output for `request`: one entry per field, in the request's order."""
    try:
        dataset = rasterio.open(request.mask)
    except errors.RasterioIOError as error:
        raise InputError(f"cannot open the mask: {error}") from error
    with dataset:
        check_raster(dataset, request.band)
        return {"fields": [count_field(dataset, request.band, field) for field in request.fields]}


def main() -> int:
    """Answers the request on stdin on stdout; exit status 2 and a message on bad input."""
    try:
        output = answer(parse_request(sys.stdin.read()))
    except InputError as error:
        print(f"clearsky_reference: {error}", file=sys.stderr)
        return BAD_INPUT
    json.dump(output, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
