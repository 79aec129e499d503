"""The reference clear-sky counter (tests/support/clearsky_reference.py) against counts made by
hand, so that the plugin's counts can later be checked against it.

The mask is a 10 x 10 COG of 10 m pixels in UTM 31N whose every pixel holds its own number,
row * 10 + col + 1, but for a 2 x 2 nodata block (0): a histogram then says which pixels were
counted, not only how many. Fields are drawn on the pixel grid, in pixel units.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from osgeo import gdal, osr

from tests.support.reference import reference_counts

gdal.UseExceptions()
osr.UseExceptions()

UTM = "EPSG:32631"
X0, Y0, PIXEL = 600_000.0, 5_000_000.0, 10.0  # the mask's upper-left corner and pixel size
SIZE = 10  # rows and columns
NODATA_ROWS = NODATA_COLS = range(8, 10)
BAND_2 = 7  # band 2 holds this value everywhere

Ring = list[list[float]]


def pixel_value(row: int, col: int) -> int:
    """The mask's band 1 at (row, col)."""
    return 0 if row in NODATA_ROWS and col in NODATA_COLS else row * SIZE + col + 1


@pytest.fixture
def mask(tmp_path: Path) -> Path:
    """The mask described above, band 2 all BAND_2, written with Debian's GDAL."""
    memory = gdal.GetDriverByName("MEM").Create("", SIZE, SIZE, 2, gdal.GDT_Byte)
    memory.SetGeoTransform((X0, PIXEL, 0.0, Y0, 0.0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    memory.SetProjection(srs.ExportToWkt())
    values = bytes(pixel_value(row, col) for row in range(SIZE) for col in range(SIZE))
    memory.GetRasterBand(1).WriteRaster(0, 0, SIZE, SIZE, values)
    memory.GetRasterBand(2).WriteRaster(0, 0, SIZE, SIZE, bytes([BAND_2]) * SIZE * SIZE)
    for band in (1, 2):
        memory.GetRasterBand(band).SetNoDataValue(0)
    path = tmp_path / "mask.tif"
    gdal.GetDriverByName("COG").CreateCopy(str(path), memory)
    return path


def rect(col0: float, row0: float, col1: float, row1: float) -> Ring:
    """A closed ring in UTM 31N around columns col0..col1 and rows row0..row1 of the mask's grid
    (pixel units, continued past the mask; whole numbers fall on pixel edges)."""
    x0, x1 = X0 + col0 * PIXEL, X0 + col1 * PIXEL
    y0, y1 = Y0 - row0 * PIXEL, Y0 - row1 * PIXEL
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]


def polygon(*rings: Ring) -> dict[str, Any]:
    """A GeoJSON Polygon: the outer ring, then its holes."""
    return {"type": "Polygon", "coordinates": list(rings)}


def field(geometry: dict[str, Any], field_id: Any = "f", crs: str = UTM) -> dict[str, Any]:
    """A field of the reference's request."""
    return {"id": field_id, "crs": crs, "geometry": geometry}


def block(rows: range, cols: range) -> dict[str, int]:
    """The histogram of band 1 over a block of pixels, as the reference keys it."""
    counts: dict[str, int] = {}
    for row in rows:
        for col in cols:
            key = str(pixel_value(row, col))
            counts[key] = counts.get(key, 0) + 1
    return counts


def ones(*values: int) -> dict[str, int]:
    """The histogram of pixels that each hold one of `values`, as the reference keys it."""
    return {str(value): 1 for value in values}


def only(mask: Path, geometry: dict[str, Any], band: int = 1) -> dict[str, Any]:
    """The reference's entry for the one field `geometry` (UTM 31N)."""
    [entry] = reference_counts(mask, [field(geometry)], band)
    return entry


def test_a_square_on_pixel_edges_counts_the_nine_pixels_it_covers(mask: Path) -> None:
    entry = only(mask, polygon(rect(2, 1, 5, 4)))

    assert entry == {
        "id": "f",
        "field_px": 9,
        "outside_px": 0,
        "counts": ones(13, 14, 15, 23, 24, 25, 33, 34, 35),
    }


def test_a_pixel_counts_when_its_centre_is_inside_not_when_the_field_only_touches_it(
    mask: Path,
) -> None:
    # Touches columns 2-5 and rows 1-4 (16 pixels); holds the centres of columns 3-4, rows 2-3.
    entry = only(mask, polygon(rect(2.7, 1.7, 5.3, 4.3)))

    assert entry["field_px"] == 4
    assert entry["counts"] == ones(24, 25, 34, 35)


def test_a_field_smaller_than_a_pixel_counts_the_centre_it_holds_or_nothing(mask: Path) -> None:
    # Both inside pixel (4, 4), whose centre is at (4.5, 4.5).
    fields = [
        field(polygon(rect(4.1, 4.1, 4.4, 4.4)), "no centre"),
        field(polygon(rect(4.3, 4.3, 4.7, 4.7)), "centre"),
    ]

    assert reference_counts(mask, fields) == [
        {"id": "no centre", "field_px": 0, "outside_px": 0, "counts": {}},
        {"id": "centre", "field_px": 1, "outside_px": 0, "counts": {"45": 1}},
    ]


def test_the_pixels_of_a_field_beyond_the_raster_count_as_outside(mask: Path) -> None:
    fields = [
        # Columns -2..2 and rows 7..11: 25 pixels, of which columns 0-2 of rows 7-9 on the mask.
        field(polygon(rect(-2, 7, 3, 12)), "across the corner"),
        field(polygon(rect(12, 0, 14, 2)), "beside the mask"),
    ]

    assert reference_counts(mask, fields) == [
        {
            "id": "across the corner",
            "field_px": 25,
            "outside_px": 16,
            "counts": ones(71, 72, 73, 81, 82, 83, 91, 92, 93),
        },
        {"id": "beside the mask", "field_px": 4, "outside_px": 4, "counts": {}},
    ]


def test_the_pixels_in_a_hole_are_not_counted(mask: Path) -> None:
    entry = only(mask, polygon(rect(1, 1, 7, 7), rect(3, 3, 5, 5)))

    expected = block(range(1, 7), range(1, 7))
    for hole in ("34", "35", "44", "45"):
        del expected[hole]
    assert (entry["field_px"], entry["outside_px"]) == (32, 0)
    assert entry["counts"] == expected


def test_a_multipolygon_counts_both_parts_and_nodata_as_a_value_of_its_own(mask: Path) -> None:
    # Rows and columns 7-9 hold the nodata block of rows and columns 8-9.
    geometry = {"type": "MultiPolygon", "coordinates": [[rect(0, 0, 2, 2)], [rect(7, 7, 10, 10)]]}

    entry = only(mask, geometry)

    assert entry == {
        "id": "f",
        "field_px": 13,
        "outside_px": 0,
        "counts": {"0": 4, **ones(1, 2, 11, 12, 78, 79, 80, 88, 98)},
    }


def test_a_field_in_wgs84_is_taken_to_the_masks_crs(mask: Path) -> None:
    # The edges lie on pixel edges, 5 m from the centres on either side: far more than the
    # round trip through longitude and latitude moves a corner.
    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32631)
    wgs84.ImportFromEPSG(4326)
    for srs in (utm, wgs84):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs84 = osr.CoordinateTransformation(utm, wgs84)
    ring = [list(to_wgs84.TransformPoint(x, y)[:2]) for x, y in rect(3, 2, 8, 7)]
    assert all(0 < lon < 6 and 40 < lat < 50 for lon, lat in ring)  # degrees, UTM 31N's zone

    [entry] = reference_counts(mask, [field(polygon(ring), crs="EPSG:4326")])

    assert (entry["field_px"], entry["outside_px"]) == (25, 0)
    assert entry["counts"] == block(range(2, 7), range(3, 8))


def test_a_crs_given_as_wkt_counts_as_its_epsg_code(mask: Path) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    geometry = polygon(rect(0.7, 0.7, 3.3, 2.3))

    by_code, by_wkt = reference_counts(
        mask, [field(geometry), field(geometry, crs=srs.ExportToWkt())]
    )

    assert by_code == by_wkt
    assert by_code["counts"] == block(range(1, 2), range(1, 3))


def test_the_band_asked_for_is_the_one_counted(mask: Path) -> None:
    assert only(mask, polygon(rect(0, 0, 3, 3)), band=2)["counts"] == {str(BAND_2): 9}


@pytest.mark.parametrize(
    ("fields", "band", "message"),
    [
        ([field({"type": "Point", "coordinates": [X0, Y0]})], 1, "Polygon or MultiPolygon"),
        ([field(polygon([[X0, Y0], [X0 + 1, Y0], [X0, Y0 - 1]]))], 1, "rings"),
        ([field(polygon(rect(0, 0, 1, 1)), crs="EPSG:0")], 1, "crs"),
        ([field(polygon(rect(0, 0, 1, 1)))], 3, "no band 3"),
    ],
)
def test_a_bad_request_exits_2_saying_why(
    mask: Path, fields: list[dict[str, Any]], band: int, message: str
) -> None:
    with pytest.raises(subprocess.CalledProcessError) as raised:
        reference_counts(mask, fields, band)

    assert raised.value.returncode == 2
    assert message in raised.value.stderr


def test_a_missing_raster_exits_2_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.tif"

    with pytest.raises(subprocess.CalledProcessError) as raised:
        reference_counts(missing, [field(polygon(rect(0, 0, 1, 1)))])

    assert raised.value.returncode == 2
    assert str(missing) in raised.value.stderr
