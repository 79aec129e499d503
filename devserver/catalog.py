"""Synthetic EarthPlatform catalog for the test STAC server: collections, items and small COGs.

``ensure_catalog(root)`` returns ``root/<stamp>/`` holding:

- ``collections.json``: a JSON list of the three collections ``sentinel-2-l2a``,
  ``sentinel-2-l2a-cog-ag-cloud-mask`` and ``sentinel-2-eda-cloud-mask``;
- ``items.ndjson``: one item per line, each with its ``collection``: first the ``n_items``
  sentinel-2-l2a items (the eight real 31TCJ fixture items of devserver/fixtures, then generated
  ones), then the ag-mask items, then the EDA-mask items;
- ``assets/``: the files the items reference, one set per tile and sky (not per item; see
  Skies below): sky 0's as listed here, sky k's (k = 1, 2, 3) in a ``sky<k>/`` folder beside
  them (``sentinel-2-l2a/31TDJ/sky2/B04.tif``, ``sentinel-2-eda-cloud-mask/31TBK/sky1/
  cloud-mask.tif``), but for footprint.geojson and metadata.xml: they describe the tile, once::

      sentinel-2-l2a/<tile>/B04.tif, B03.tif, B02.tif  red, green, blue: uint16, nodata 0,
                                                       549 x 549 px of 200 m
      sentinel-2-l2a/<tile>/SCL.tif                    uint8, nodata 0, 549 x 549 px of 200 m
      sentinel-2-l2a/<tile>/thumbnail.png              128 x 128 RGB, not georeferenced
      sentinel-2-l2a/<tile>/TCI.tif                    true colour: 3 bands of uint8 (red, green,
                                                       blue; colour interpretation RGB), nodata 0,
                                                       549 x 549 px of 200 m
      sentinel-2-l2a/<tile>/footprint.geojson          a FeatureCollection of one Polygon feature:
                                                       the tile's square in lon/lat, properties
                                                       {"tile": "<tile>"}
      sentinel-2-l2a/<tile>/metadata.xml               <tile_metadata tile="<tile>" ...>: CRS,
                                                       upper-left corner, size (well-formed XML)
      sentinel-2-l2a-cog-ag-cloud-mask/<tile>/agriculture-cloud-mask.tif
                                                       uint8, nodata 0, 1098 x 1098 px of 100 m
      sentinel-2-eda-cloud-mask/<tile>/cloud-mask.tif  2 bands of uint8, otherwise the same

  The .tif files are COGs (256 px blocks, DEFLATE, internal overviews) in EPSG:32631 covering
  the whole 109 800 m tile. An asset's ``href`` is ``s3://earthplatform-test-assets/<rel>`` and
  its ``alternate.download.href`` ``https://assets.earthplatform.test/<rel>``, ``<rel>`` being
  the path under ``assets/`` (the server rewrites that placeholder host). Every file's bytes are
  deterministic (the same GDAL makes the same files), which keeps ``file:checksum`` stable.
  Sky 0's files of every tile are always made (the set of generator version 2, byte for byte);
  of the other skies' files, only those an item references.

Extra assets: only the generated sentinel-2-l2a items of tile 31TDJ (``EXTRA_ASSETS_TILE``; ids
``S2?_31TDJ_<date>_<seq>_L2A``, ``grid:code`` ``MGRS-31TDJ``; about 1/9 of the generated items,
34 of the default 300-item catalog; the real fixture items are 31TCJ and unchanged) have, besides
red, green, blue, scl and thumbnail:

=========  ====================  ======================  ============  =========================
key        file                  type                    roles         more
=========  ====================  ======================  ============  =========================
visual     TCI.tif               the COG media type      ["visual"]    title "True color image";
                                                                       ``eo:bands`` red, green,
                                                                       blue (as the band assets);
                                                                       ``raster:bands`` 3 x uint8
                                                                       nodata 0; proj:shape and
                                                                       proj:transform
footprint  footprint.geojson     application/geo+json    ["metadata"]  title "Tile footprint"
metadata   metadata.xml          application/xml         ["metadata"]  title "Tile metadata"
=========  ====================  ======================  ============  =========================

and on each of their eight assets ``file:size`` (bytes) and ``file:checksum`` (the multihash of
the file's SHA2-256 in hex: ``"1220"`` + its sha256 hexdigest), with
``https://stac-extensions.github.io/file/v2.1.0/schema.json`` appended to their
``stac_extensions``. Every other item (fixture, other tiles, masks) has neither. The collection's
``item_assets`` defines visual, footprint and metadata too. ``file_fields(tile, sky)`` gives the
file:* values of the item's sky's files, ``l2a_file(tile, sky, key)`` their bytes.

Region: the 3 x 3 MGRS tiles 31TBK 31TCK 31TDK / 31TBJ 31TCJ 31TDJ / 31TBH 31TCH 31TDH around
Toulouse; 31TCJ's upper-left corner is (300 000, 4 900 020) in UTM 31N, neighbours are 100 km
apart. Items: every 5 days per tile from 2022-06-01 to 2022-09-30 (orbits R094/R051/R008 for
columns B/C/D), sentinel-2a and sentinel-2b alternating, ``eo:cloud_cover`` over 0-100 (the
first generated items take 0, 100, 5, 9.99, 10, 10.01, 15, 19.99, 20 and 20.01), ~35 % partial
(diagonal orbit-edge) footprints, ~70 % with an ag cloud mask and ~50 % with an EDA cloud mask
(the first four generated items: both, ag only, EDA only, neither). Generated assets'
``proj:shape``, ``proj:transform`` and ``raster:bands[].spatial_resolution`` describe the test
files; ``gsd`` and titles keep Sentinel-2's nominal 10 m. Mask item ids follow the real data,
where both masks' ids end in ``_AG_CLOUD_MASK_<timestamp>`` (only the collection tells them apart).

Pixel content. The ground (border, fields, cirrus) is the same in every tile and on every date;
cloud, cloud shadow and thin cloud are those of the item's sky (see Skies; the "where" below is
sky 0's). Positions are metres from the tile's upper-left corner (x east, y south); a pixel takes
the values of the first row whose shape holds its centre. DN are digital numbers: reflectance =
DN * 0.0001 - 0.1.

============  =================================  ==  =====  =====  ===  ==============  ===========
shape         where (sky 0)                      ag  EDA 1  EDA 2  SCL  red/green/blue  TCI r/g/b
============  =================================  ==  =====  =====  ===  ==============  ===========
border        within 1 000 m of the tile edge    0   0      0      0    0/0/0           0/0/0
cloud         disc at (35 000, 40 000), r 15 000 2   2      1      9    9000/9000/9000  255/255/255
cloud shadow  disc at (20 000, 14 000), r 8 000  3   3      1      3    1200/1300/1200  17/26/17
thin cloud    x 70 000-95 000, y 15 000-40 000   1   4      1      8    5500/5500/5500  255/255/255
cirrus        x 65 000-95 000, y 65 000-95 000   1   1      2      10   2900/3300/2800  162/196/153
              over a vegetation field
cirrus        the same square over bare soil     1   1      2      10   4700/4200/3700  255/255/230
vegetation    elsewhere, x//5000 + y//5000 even  1   1      1      4    1400/1800/1300  34/68/26
bare soil     elsewhere, x//5000 + y//5000 odd   1   1      1      5    3200/2700/2200  187/144/102
============  =================================  ==  =====  =====  ===  ==============  ===========

(The fields form a 5 km checkerboard; cirrus adds 1500 to its field's DN.) The TCI value of a
band is clamp(round((DN - 1000) * 255 / 3000), 1, 255) of that band's DN, and 0 where the DN is
0 (the border); round is Python's, halves to even (green 2700 -> 144.5 -> 144). Ag mask values:
0 nodata, 1 clear, 2 cloud, 3 cloud shadow (only "1 = clear" is known of the real product; 2 and 3
are this catalog's choice). EDA mask band 1: 0 nodata, 1 clear, 2 cloud, 3 cloud shadow, 4 thin
cloud; band 2: 0 nodata, 1 non-cirrus, 2 cirrus.

Skies: an acquisition's weather is one of four skies (``SKIES``); each sky's masks, SCL, red,
green, blue, TCI and thumbnail show it. Every cloud shadow is a disc at k x (-3 000, -5 200) m
from its cloud's centre, north-north-west, away from the late-morning sun (azimuth ~150 degrees,
as the items' ``view:sun_azimuth``), k growing with the cloud's height; where the two overlap the
cloud hides its shadow. Skies 1-3 keep every shape 9 800 m or more from the tile's edges (the
overlaps with neighbouring tiles). Clear: the share of the tile's valid (non-border) pixels that
the ag mask (1), EDA band 1 (1) and the SCL (4 or 5) call clear.

===  ============  ============  ====================================  =========================
sky  weather       shape         where                                 clear
===  ============  ============  ====================================  =========================
0    version 2's   cloud         disc at (35 000, 40 000), r 15 000    ag 92.2 %
     layout        cloud shadow  disc at (20 000, 14 000), r 8 000     EDA 86.8 %
                                 (k 5)
                   thin cloud    x 70 000-95 000, y 15 000-40 000      SCL 79.1 %
1    overcast      cloud         disc at (66 000, 66 000), r 32 000    ag 65.7 %
                   cloud shadow  disc at (60 000, 55 600), r 32 000    EDA 60.6 %
                                 (k 2), a crescent beside the cloud
                   thin cloud    x 12 000-37 000, y 70 000-95 000      SCL 59.8 %
2    scattered     cloud         disc at (33 000, 75 000), r 12 000    ag 92.8 %
                   cloud shadow  disc at (24 000, 59 400), r 12 000    EDA 89.3 %
                                 (k 3)
                   thin cloud    x 45 000-65 000, y 15 000-35 000      SCL 81.6 %
3    nearly clear  cloud         none                                  ag 100 %
                   cloud shadow  none                                  EDA 99.1 %
                   thin cloud    x 85 000-95 000, y 15 000-25 000      SCL 91.4 %
===  ============  ============  ====================================  =========================

(The SCL never calls cirrus, 10, clear: the cirrus square alone is 7.7 % of the valid pixels.)

An item's sky is ``sky_variant(tile, day)`` of its acquisition (``item_sky(item)``): sky 0 for
the real fixture items' acquisitions (31TCJ on 2022-08-03, -08, -13, -18, -23 and -28), whose
files must stay version 2's; otherwise
``random.Random(f"{WEATHER_SEED}/{tile}/{day:%Y-%m-%d}").randrange(4)``. It depends on the tile
and day only, not on ``--seed``: every sequence of an acquisition (its reprocessings) shows the
same sky, and a catalog's items show the same weather whatever their number. Neighbouring tiles
overlap by 9 800 m (109 800 m tiles, 100 km apart), and only the tiles of a column (one orbit)
are sensed on the same day: as skies 1-3 keep out of the overlaps and the fields line up across
tiles (100 km is 20 fields), same-day neighbours agree where they overlap, except where a tile's
sky is 0: its shadow reaches 3 800 m into the overlap with the tile north of it.

Command line: ``python -m devserver.catalog OUT_DIR [--items N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import functools
import hashlib
import itertools
import json
import math
import random
import shutil
import tempfile
from array import array
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple, Union

from osgeo import gdal, osr

# Explicit, because GDAL 3.10 warns when the default is relied on and GDAL 4 flips it.
gdal.UseExceptions()
osr.UseExceptions()

Item = dict[str, Any]

GENERATOR_VERSION = 3
DEFAULT_SEED = 20220801
L2A = "sentinel-2-l2a"
AG_MASK = "sentinel-2-l2a-cog-ag-cloud-mask"
EDA_MASK = "sentinel-2-eda-cloud-mask"
ASSET_S3_PREFIX = "s3://earthplatform-test-assets/"
ASSET_HTTP_PREFIX = "https://assets.earthplatform.test/"
COG_TYPE = "image/tiff; application=geotiff; profile=cloud-optimized"
FILE_EXTENSION = "https://stac-extensions.github.io/file/v2.1.0/schema.json"
# The one tile whose generated sentinel-2-l2a items carry the extra assets and file:* fields.
EXTRA_ASSETS_TILE = "31TDJ"
# Salts the draw of each acquisition's sky. Any value makes a sound catalog; 29 is the smallest
# that gives sky 0 to the first generated 31TDJ and 31TCJ items with an ag mask (2022-07-01 and
# 2022-07-19 in the default catalog), whose cloud tests/test_dock_assets.py looks for at sky 0's.
WEATHER_SEED = 29
EPSG = 32631
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_ITEMS = FIXTURES / "items" / "eda_featurecollection_s2_31TCJ_2022-08.json"
FIXTURE_COLLECTION = FIXTURES / "collections" / "pc_sentinel-2-l2a.json"
TEMPLATE_ID = "S2A_31TCJ_20220808_0_L2A"

TILE_SIZE_M = 109_800
IMAGE_RES, IMAGE_PX = 200, 549
MASK_RES, MASK_PX = 100, 1098
THUMB_PX = 128
# Tile name -> upper-left corner in EPSG:32631, rows north to south, columns west to east.
TILES: dict[str, tuple[int, int]] = {
    f"31T{col}{row}": (300_000 + 100_000 * dc, 4_900_020 + 100_000 * dr)
    for row, dr in (("K", 1), ("J", 0), ("H", -1))
    for col, dc in (("B", -1), ("C", 0), ("D", 1))
}
# Tile column -> relative orbit and the date of a sentinel-2a pass on it (sentinel-2b passes
# 5 days later); R051 matches the fixtures, the others are the neighbouring tracks 3 days apart.
ORBITS = {
    "B": (94, dt.date(2022, 8, 11)),
    "C": (51, dt.date(2022, 8, 8)),
    "D": (8, dt.date(2022, 8, 5)),
}
FIRST_DAY, LAST_DAY = dt.date(2022, 6, 1), dt.date(2022, 9, 30)
FORCED_CLOUD_COVER = (0.0, 100.0, 5.0, 9.99, 10.0, 10.01, 15.0, 19.99, 20.0, 20.01)
FORCED_MASKS = ((True, True), (True, False), (False, True), (False, False))
# The alphabet of EarthDaily's 22-character tracking ids (shortuuid's).
TRACKING_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
MASK_KEYS = tuple(
    f"eda:{kind}_{field}"
    for kind in ("ag_cloud_mask", "cloud_mask")
    for field in ("available", "collection_id", "item_id")
)

# Scene classes of the pixel layout; the products map them through the tables below.
NODATA, VEG, SOIL, CLOUD, SHADOW, THIN, VEG_CIRRUS, SOIL_CIRRUS = range(8)
SCL_OF = {NODATA: 0, VEG: 4, SOIL: 5, CLOUD: 9, SHADOW: 3, THIN: 8, VEG_CIRRUS: 10, SOIL_CIRRUS: 10}
AG_OF = {NODATA: 0, VEG: 1, SOIL: 1, CLOUD: 2, SHADOW: 3, THIN: 1, VEG_CIRRUS: 1, SOIL_CIRRUS: 1}
EDA1_OF = {NODATA: 0, VEG: 1, SOIL: 1, CLOUD: 2, SHADOW: 3, THIN: 4, VEG_CIRRUS: 1, SOIL_CIRRUS: 1}
EDA2_OF = {NODATA: 0, VEG: 1, SOIL: 1, CLOUD: 1, SHADOW: 1, THIN: 1, VEG_CIRRUS: 2, SOIL_CIRRUS: 2}
RGB_DN = {
    NODATA: (0, 0, 0),
    VEG: (1400, 1800, 1300),
    SOIL: (3200, 2700, 2200),
    CLOUD: (9000, 9000, 9000),
    SHADOW: (1200, 1300, 1200),
    THIN: (5500, 5500, 5500),
    VEG_CIRRUS: (2900, 3300, 2800),
    SOIL_CIRRUS: (4700, 4200, 3700),
}
# True-colour (TCI) bytes: DN 1000-4000 scaled to 1-255 (see tci_value).
TCI_DN_LOW, TCI_DN_SPAN = 1000, 3000
THUMB_RGB = {
    NODATA: (0, 0, 0),
    VEG: (70, 120, 50),
    SOIL: (160, 130, 90),
    CLOUD: (250, 250, 250),
    SHADOW: (45, 50, 45),
    THIN: (200, 200, 200),
    VEG_CIRRUS: (130, 170, 120),
    SOIL_CIRRUS: (200, 180, 150),
}

AG_CLASSES = (
    (0, "nodata", "No data"),
    (1, "clear", "Clear"),
    (2, "cloud", "Cloud"),
    (3, "cloud_shadow", "Cloud shadow"),
)
EDA1_CLASSES = (
    (0, "nodata", "No data"),
    (1, "clear", "Clear"),
    (2, "cloud", "Cloud"),
    (3, "cloud_shadow", "Cloud shadow"),
    (4, "thin_cloud", "Thin cloud"),
)
EDA2_CLASSES = ((0, "nodata", "No data"), (1, "non_cirrus", "Non-cirrus"), (2, "cirrus", "Cirrus"))
SCL_CLASSES = (
    (0, "no_data", "No data"),
    (1, "saturated_or_defective", "Saturated or defective"),
    (2, "dark_area_pixels", "Dark area pixels"),
    (3, "cloud_shadows", "Cloud shadows"),
    (4, "vegetation", "Vegetation"),
    (5, "not_vegetated", "Not vegetated"),
    (6, "water", "Water"),
    (7, "unclassified", "Unclassified"),
    (8, "cloud_medium_probability", "Cloud medium probability"),
    (9, "cloud_high_probability", "Cloud high probability"),
    (10, "thin_cirrus", "Thin cirrus"),
    (11, "snow", "Snow or ice"),
)

AG_DESCRIPTION = (
    "EarthDaily Agro cloud mask for Sentinel-2 L2A scenes, tuned for agriculture. One band at "
    "100 m in this test catalog: 0 = no data, 1 = clear, 2 = cloud, 3 = cloud shadow. Only pixels "
    "equal to 1 are usable. Each item matches one sentinel-2-l2a item (see its "
    "eda:ag_cloud_mask_item_id)."
)
EDA_DESCRIPTION = (
    "EarthDaily cloud mask for Sentinel-2 L2A scenes. Band 1 (cloud): 0 = no data, 1 = clear, "
    "2 = cloud, 3 = cloud shadow, 4 = thin cloud. Band 2 (cirrus): 0 = no data, 1 = non-cirrus, "
    "2 = cirrus. Each item matches one sentinel-2-l2a item (see its eda:cloud_mask_item_id)."
)


class Disc(NamedTuple):
    """A disc of radius r around (x, y): metres east and south of a tile's upper-left corner."""

    x: float
    y: float
    r: float

    def contains(self, x: float, y: float) -> bool:
        return (x - self.x) ** 2 + (y - self.y) ** 2 <= self.r**2

    def bounds(self) -> tuple[float, float, float, float]:
        """West, north, east and south edges of the disc's bounding square."""
        return self.x - self.r, self.y - self.r, self.x + self.r, self.y + self.r


class Square(NamedTuple):
    """x from west to west + side, y from north to north + side (east and south edges out)."""

    west: float
    north: float
    side: float

    def contains(self, x: float, y: float) -> bool:
        return self.west <= x < self.west + self.side and self.north <= y < self.north + self.side

    def bounds(self) -> tuple[float, float, float, float]:
        """West, north, east and south edges."""
        return self.west, self.north, self.west + self.side, self.north + self.side


Shape = Union[Disc, Square]  # not `|`: a module-level alias is evaluated, and ruff targets 3.9


class Sky(NamedTuple):
    """The weather of an acquisition: a cloud, its shadow and a thin-cloud square, each optional."""

    cloud: Disc | None
    shadow: Disc | None
    thin: Square | None

    def layers(self) -> list[tuple[Shape, int]]:
        """Its shapes with their scene classes, the one that wins where they overlap first."""
        layers = ((self.cloud, CLOUD), (self.shadow, SHADOW), (self.thin, THIN))
        return [(shape, scene) for shape, scene in layers if shape is not None]


BORDER_M = 1000
CIRRUS = Square(65_000, 65_000, 30_000)
# The sky variants of the module doc's "Skies" table; sky 0 is the layout of generator version 2,
# whose files the real fixture items keep. Shadows lie k x (-3 000, -5 200) m from their cloud.
SKIES = (
    Sky(Disc(35_000, 40_000, 15_000), Disc(20_000, 14_000, 8_000), Square(70_000, 15_000, 25_000)),
    Sky(Disc(66_000, 66_000, 32_000), Disc(60_000, 55_600, 32_000), Square(12_000, 70_000, 25_000)),
    Sky(Disc(33_000, 75_000, 12_000), Disc(24_000, 59_400, 12_000), Square(45_000, 15_000, 20_000)),
    Sky(None, None, Square(85_000, 15_000, 10_000)),
)


def ground_class(x: float, y: float) -> int:
    """Scene class of the ground at (x east, y south) metres from a tile's upper-left corner:
    the border, fields and cirrus, the same under every sky (see module doc)."""
    inside = BORDER_M <= x <= TILE_SIZE_M - BORDER_M and BORDER_M <= y <= TILE_SIZE_M - BORDER_M
    if not inside:
        return NODATA
    field = VEG if (int(x // 5000) + int(y // 5000)) % 2 == 0 else SOIL
    if CIRRUS.contains(x, y):
        return VEG_CIRRUS if field == VEG else SOIL_CIRRUS
    return field


def scene_class(x: float, y: float, sky: int = 0) -> int:
    """Scene class at (x east, y south) metres from a tile's upper-left corner under a sky."""
    ground = ground_class(x, y)
    if ground == NODATA:
        return NODATA
    return next((scene for shape, scene in SKIES[sky].layers() if shape.contains(x, y)), ground)


@functools.cache
def _ground_grid(size: int) -> bytes:
    """Ground classes of a size x size pixel grid over a tile, row by row."""
    res = TILE_SIZE_M / size
    return bytes(
        ground_class((c + 0.5) * res, (r + 0.5) * res) for r in range(size) for c in range(size)
    )


def _pixels_between(low: float, high: float, res: float, size: int) -> range:
    """The pixels along a grid axis whose centres may lie from low to high metres."""
    return range(max(0, int(low // res)), min(size, int(high // res) + 1))


@functools.cache
def class_grid(size: int, sky: int) -> bytes:
    """Scene classes of a size x size pixel grid over a tile under a sky, row by row: those of
    scene_class at the pixel centres."""
    grid = bytearray(_ground_grid(size))
    res = TILE_SIZE_M / size
    # The ground once, then each shape painted over its bounding square only, the weakest first:
    # the same classes as scene_class pixel by pixel, in a fraction of the time.
    for shape, scene in reversed(SKIES[sky].layers()):
        west, north, east, south = shape.bounds()
        for row in _pixels_between(north, south, res, size):
            y = (row + 0.5) * res
            for col in _pixels_between(west, east, res, size):
                index = row * size + col
                if grid[index] != NODATA and shape.contains((col + 0.5) * res, y):
                    grid[index] = scene
    return bytes(grid)


def _lookup(mapping: dict[int, int]) -> bytes:
    """A bytes.translate table mapping scene classes to product values."""
    table = bytearray(256)
    for key, value in mapping.items():
        table[key] = value
    return bytes(table)


@functools.cache
def _utm() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


@functools.cache
def _to_lonlat() -> osr.CoordinateTransformation:
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    # Without this, GDAL >= 3 returns EPSG:4326 as (lat, lon).
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(_utm(), wgs84)


def lonlat_ring(points: Sequence[tuple[float, float]]) -> list[list[float]]:
    """UTM 31N (x, y) points as [lon, lat], rounded to 8 decimals so PROJ versions agree."""
    transform = _to_lonlat()
    out = []
    for x, y in points:
        lon, lat, _ = transform.TransformPoint(x, y)
        out.append([round(lon, 8), round(lat, 8)])
    return out


def region_bbox() -> list[float]:
    """Lon/lat bbox of the 3 x 3 tiles (outline densified: UTM edges curve in lon/lat)."""
    xs = [x for x, _ in TILES.values()]
    ys = [y for _, y in TILES.values()]
    west, east = min(xs), max(xs) + TILE_SIZE_M
    north, south = max(ys), min(ys) - TILE_SIZE_M
    steps = [i / 100 for i in range(101)]
    outline = (
        [(west + (east - west) * s, north) for s in steps]
        + [(west + (east - west) * s, south) for s in steps]
        + [(west, south + (north - south) * s) for s in steps]
        + [(east, south + (north - south) * s) for s in steps]
    )
    lons, lats = zip(*lonlat_ring(outline))
    return [
        math.floor(min(lons) * 1e4) / 1e4,
        math.floor(min(lats) * 1e4) / 1e4,
        math.ceil(max(lons) * 1e4) / 1e4,
        math.ceil(max(lats) * 1e4) / 1e4,
    ]


def _asset_location(rel: str) -> dict[str, Any]:
    return {
        "href": ASSET_S3_PREFIX + rel,
        "alternate": {"download": {"href": ASSET_HTTP_PREFIX + rel}},
    }


def _grid_metadata(tile: str, res: int, size: int) -> dict[str, Any]:
    x0, y0 = TILES[tile]
    return {
        "proj:shape": [size, size],
        "proj:transform": [float(res), 0.0, float(x0), 0.0, -float(res), float(y0)],
    }


def _classes(classes: tuple[tuple[int, str, str], ...]) -> list[dict[str, Any]]:
    return [
        {"value": v, "name": n, "description": d, **({"nodata": True} if v == 0 else {})}
        for v, n, d in classes
    ]


def _mask_band(classes: tuple[tuple[int, str, str], ...]) -> dict[str, Any]:
    return {
        "data_type": "uint8",
        "nodata": 0,
        "spatial_resolution": MASK_RES,
        "classification:classes": _classes(classes),
    }


def _mask_asset(collection: str) -> dict[str, Any]:
    """The mask asset definition of a mask collection, without location or grid."""
    if collection == AG_MASK:
        return {
            "title": "Agriculture cloud mask",
            "description": AG_DESCRIPTION,
            "type": COG_TYPE,
            "roles": ["data"],
            "raster:bands": [_mask_band(AG_CLASSES)],
        }
    return {
        "title": "Cloud mask",
        "description": EDA_DESCRIPTION,
        "type": COG_TYPE,
        "roles": ["data"],
        "raster:bands": [_mask_band(EDA1_CLASSES), _mask_band(EDA2_CLASSES)],
    }


MASK_ASSET_KEY = {AG_MASK: "agriculture-cloud-mask", EDA_MASK: "cloud-mask"}
IMAGE_FILES = {
    "red": "B04.tif",
    "green": "B03.tif",
    "blue": "B02.tif",
    "scl": "SCL.tif",
    "thumbnail": "thumbnail.png",
}
# Files of every tile that only the EXTRA_ASSETS_TILE items reference, by asset key.
EXTRA_FILES = {
    "visual": "TCI.tif",
    "footprint": "footprint.geojson",
    "metadata": "metadata.xml",
}
L2A_FILES = {**IMAGE_FILES, **EXTRA_FILES}
# The l2a files that describe the tile, not its sky: one per tile, at sky 0's place.
TILE_KEYS = ("footprint", "metadata")
RGB_KEYS = ("red", "green", "blue")
MASK_FILES = {AG_MASK: "agriculture-cloud-mask.tif", EDA_MASK: "cloud-mask.tif"}
# Mask collection -> its bands' scene-class tables and names.
MASK_BANDS = {
    AG_MASK: ((AG_OF, "agriculture cloud mask"),),
    EDA_MASK: ((EDA1_OF, "cloud mask"), (EDA2_OF, "cirrus mask")),
}
_VSIMEM_NAMES = itertools.count()


def sky_folder(sky: int) -> str:
    """The folder of a sky's files within their tile's: sky 0's stay where version 2 had them."""
    return f"sky{sky}/" if sky else ""


def asset_path(collection: str, tile: str, sky: int, name: str) -> str:
    """The path under assets/ of the file called name of a tile's acquisition under a sky."""
    return f"{collection}/{tile}/{sky_folder(sky)}{name}"


def l2a_path(tile: str, sky: int, key: str) -> str:
    """The path under assets/ of a tile's sentinel-2-l2a file under a sky, by asset key."""
    return asset_path(L2A, tile, 0 if key in TILE_KEYS else sky, L2A_FILES[key])


def tci_value(dn: int) -> int:
    """The true-colour byte of a band's DN: 0 (nodata) stays 0, others scale into 1-255.

    Python's round, so halves go to the even neighbour (144.5 -> 144)."""
    if dn == 0:
        return 0
    return min(255, max(1, round((dn - TCI_DN_LOW) * 255 / TCI_DN_SPAN)))


def _cog_bytes(
    tile: str,
    res: int,
    bands: list[bytes],
    data_type: int,
    resampling: str,
    names: list[str],
    colours: Sequence[int] = (),
) -> bytes:
    """The bytes of a COG over the tile holding bands (native-order pixel bytes).

    colours: the bands' GDAL colour interpretations, if not the default grey/undefined."""
    size = TILE_SIZE_M // res
    mem = tile_raster(tile, size, len(bands), data_type)
    for index, (data, name) in enumerate(zip(bands, names), start=1):
        band = mem.GetRasterBand(index)
        band.WriteRaster(0, 0, size, size, data)
        band.SetNoDataValue(0)
        band.SetDescription(name)
    for band_number, colour in enumerate(colours, start=1):
        mem.GetRasterBand(band_number).SetColorInterpretation(colour)
    options = [
        "BLOCKSIZE=256",
        "COMPRESS=DEFLATE",
        "PREDICTOR=YES",
        f"OVERVIEW_RESAMPLING={resampling}",
    ]
    return _create_copy("COG", mem, ".tif", options)


def tile_raster(tile: str, size: int, count: int, data_type: int) -> gdal.Dataset:
    """An in-memory raster of `count` bands, size x size pixels over the tile, in UTM 31N."""
    mem = gdal.GetDriverByName("MEM").Create("", size, size, count, data_type)
    x0, y0 = TILES[tile]
    res = TILE_SIZE_M / size
    mem.SetGeoTransform((x0, res, 0, y0, 0, -res))
    mem.SetProjection(_utm().ExportToWkt())
    return mem


def write_cog(path: Path, source: gdal.Dataset, options: list[str]) -> Path:
    """source as a COG file at path, written aside and renamed in: an interrupted run leaves
    no half file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.tif")
    gdal.GetDriverByName("COG").CreateCopy(str(partial), source, options=options)
    partial.rename(path)
    return path


def linked_names(path: Path, names: Sequence[str]) -> list[Path]:
    """`<stem>-<name>.tif` beside path for each name, hard links to it (made if missing): one
    file under several URLs, so GDAL's cache of one never serves another."""
    links = [path.with_name(f"{path.stem}-{name}{path.suffix}") for name in names]
    for link in links:
        if not link.exists():
            link.hardlink_to(path)
    return links


def _create_copy(driver: str, source: gdal.Dataset, suffix: str, options: list[str]) -> bytes:
    """The bytes of the file a GDAL driver makes of source, made in /vsimem/."""
    path = f"/vsimem/eptest-catalog-{next(_VSIMEM_NAMES)}{suffix}"
    try:
        gdal.GetDriverByName(driver).CreateCopy(path, source, options=options)
        handle = gdal.VSIFOpenL(path, "rb")
        try:
            gdal.VSIFSeekL(handle, 0, 2)
            size = gdal.VSIFTellL(handle)
            gdal.VSIFSeekL(handle, 0, 0)
            return bytes(gdal.VSIFReadL(1, size, handle))
        finally:
            gdal.VSIFCloseL(handle)
    finally:
        for leftover in (path, path + ".aux.xml"):
            if gdal.VSIStatL(leftover) is not None:
                gdal.Unlink(leftover)


@functools.cache
def _image_bands(sky: int) -> dict[str, list[bytes]]:
    """Pixel bytes of the 200 m images under a sky (the same in every tile): rgb, scl, tci."""
    image = class_grid(IMAGE_PX, sky)
    return {
        "rgb": [array("H", (RGB_DN[c][i] for c in image)).tobytes() for i in range(3)],
        "scl": [image.translate(_lookup(SCL_OF))],
        "tci": [
            image.translate(_lookup({c: tci_value(dn[i]) for c, dn in RGB_DN.items()}))
            for i in range(3)
        ],
    }


@functools.cache
def _thumbnail_png(sky: int) -> bytes:
    """The thumbnail under a sky: not georeferenced, so the same in every tile."""
    thumb = class_grid(THUMB_PX, sky)
    mem = gdal.GetDriverByName("MEM").Create("", THUMB_PX, THUMB_PX, 3, gdal.GDT_Byte)
    for index in range(3):
        data = bytes(THUMB_RGB[c][index] for c in thumb)
        mem.GetRasterBand(index + 1).WriteRaster(0, 0, THUMB_PX, THUMB_PX, data)
    return _create_copy("PNG", mem, ".png", [])


def _footprint_geojson(tile: str) -> bytes:
    """The tile's square in lon/lat as a FeatureCollection of one Polygon feature."""
    x0, top = TILES[tile]
    x1, bottom = x0 + TILE_SIZE_M, top - TILE_SIZE_M
    ring = lonlat_ring([(x0, top), (x0, bottom), (x1, bottom), (x1, top), (x0, top)])
    feature = {
        "type": "Feature",
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {"tile": tile},
    }
    collection = {"type": "FeatureCollection", "features": [feature]}
    return (json.dumps(collection, indent=2, sort_keys=True) + "\n").encode()


def _metadata_xml(tile: str) -> bytes:
    """A short tile description in XML."""
    x0, y0 = TILES[tile]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<tile_metadata tile="{tile}" collection="{L2A}">\n'
        f"  <crs>EPSG:{EPSG}</crs>\n"
        f'  <upper_left x="{x0}" y="{y0}"/>\n'
        f'  <size pixels="{IMAGE_PX}" resolution="{IMAGE_RES}"/>\n'
        "</tile_metadata>\n"
    ).encode()


@functools.cache
def l2a_file(tile: str, sky: int, key: str) -> bytes:
    """The bytes of a tile's sentinel-2-l2a file under a sky, by asset key (deterministic;
    cached, as file_fields and write_assets both want 31TDJ's)."""
    if key == "footprint":
        return _footprint_geojson(tile)
    if key == "metadata":
        return _metadata_xml(tile)
    if key == "thumbnail":
        return _thumbnail_png(sky)
    bands = _image_bands(sky)
    if key == "scl":
        return _cog_bytes(tile, IMAGE_RES, bands["scl"], gdal.GDT_Byte, "NEAREST", ["scl"])
    if key == "visual":
        colours = (gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand)
        names = list(RGB_KEYS)
        return _cog_bytes(tile, IMAGE_RES, bands["tci"], gdal.GDT_Byte, "AVERAGE", names, colours)
    band = bands["rgb"][RGB_KEYS.index(key)]
    return _cog_bytes(tile, IMAGE_RES, [band], gdal.GDT_UInt16, "AVERAGE", [key])


def mask_file(tile: str, sky: int, collection: str) -> bytes:
    """The bytes of a tile's cloud mask of a mask collection under a sky (deterministic)."""
    grid = class_grid(MASK_PX, sky)
    data = [grid.translate(_lookup(table)) for table, _ in MASK_BANDS[collection]]
    names = [name for _, name in MASK_BANDS[collection]]
    return _cog_bytes(tile, MASK_RES, data, gdal.GDT_Byte, "NEAREST", names)


@functools.cache
def file_fields(tile: str, sky: int) -> dict[str, dict[str, Any]]:
    """file:size and file:checksum (SHA2-256 multihash, hex) of a tile's l2a files under a sky,
    by asset key."""
    fields = {}
    for key in L2A_FILES:
        data = l2a_file(tile, sky, key)
        fields[key] = {
            "file:size": len(data),
            "file:checksum": "1220" + hashlib.sha256(data).hexdigest(),
        }
    return fields


def _asset_files() -> Iterator[tuple[int, str, Callable[[], bytes]]]:
    """(sky, path under assets/, maker of its bytes) of every file a catalog may hold."""
    for tile in TILES:
        for sky in range(len(SKIES)):
            for key in L2A_FILES:
                if sky == 0 or key not in TILE_KEYS:  # tile files: once, at sky 0's place
                    yield sky, l2a_path(tile, sky, key), functools.partial(l2a_file, tile, sky, key)
            for collection, name in MASK_FILES.items():
                path = asset_path(collection, tile, sky, name)
                yield sky, path, functools.partial(mask_file, tile, sky, collection)


def write_assets(assets: Path, referenced: Collection[str]) -> None:
    """Writes sky 0's files of every tile (l2a, extras, masks: version 2's set) and, of the other
    skies, those in referenced (paths under assets/): the files the items use."""
    for sky, path, make in _asset_files():
        if sky == 0 or path in referenced:
            target = assets / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(make())


def load_fixture_items() -> list[Item]:
    """The real EarthPlatform 31TCJ items of devserver/fixtures, as recorded."""
    return json.loads(FIXTURE_ITEMS.read_text(encoding="utf-8"))["features"]


def _tile_of(item: Item) -> str:
    return str(item["properties"]["grid:code"]).removeprefix("MGRS-")


def _day_of(item: Item) -> dt.date:
    return dt.date.fromisoformat(str(item["properties"]["datetime"])[:10])


@functools.cache
def _fixture_acquisitions() -> frozenset[tuple[str, dt.date]]:
    """(tile, day) of the real fixture items."""
    return frozenset((_tile_of(item), _day_of(item)) for item in load_fixture_items())


def sky_variant(tile: str, day: dt.date) -> int:
    """The sky of the tile's acquisition on day (see the module doc): sky 0 for the fixture
    items' acquisitions, whose files are version 2's; otherwise drawn from the tile and day."""
    if (tile, day) in _fixture_acquisitions():
        return 0
    return random.Random(f"{WEATHER_SEED}/{tile}/{day.isoformat()}").randrange(len(SKIES))


def item_sky(item: Item) -> int:
    """The sky of a sentinel-2-l2a item's acquisition: the sky its files show."""
    return sky_variant(_tile_of(item), _day_of(item))


def _relocate_assets(item: Item) -> Item:
    """A fixture item with its asset locations pointing at the test files of its tile and sky."""
    item = copy.deepcopy(item)
    tile, sky = _tile_of(item), item_sky(item)
    for key, asset in item["assets"].items():
        asset.update(_asset_location(l2a_path(tile, sky, key)))
    return item


def _l2a_assets(template: Item, tile: str, sky: int) -> dict[str, Any]:
    """Assets of a generated sentinel-2-l2a item under a sky: the fixture's bands plus scl and
    thumbnail (and the extras on EXTRA_ASSETS_TILE)."""
    grid = _grid_metadata(tile, IMAGE_RES, IMAGE_PX)
    assets: dict[str, Any] = {}
    for key in ("red", "green", "blue"):
        asset = copy.deepcopy(template["assets"][key])
        asset["raster:bands"][0]["spatial_resolution"] = IMAGE_RES
        assets[key] = {**asset, **grid}
    assets["scl"] = {
        "title": "Scene classification map (SCL)",
        "type": COG_TYPE,
        "roles": ["data", "reflectance"],
        "raster:bands": [{"nodata": 0, "data_type": "uint8", "spatial_resolution": IMAGE_RES}],
        **grid,
    }
    assets["thumbnail"] = {"title": "Thumbnail image", "type": "image/png", "roles": ["thumbnail"]}
    if tile == EXTRA_ASSETS_TILE:
        assets.update(_extra_assets(template))
        assets["visual"].update(grid)
        for key, fields in file_fields(tile, sky).items():
            assets[key].update(fields)
    for key, asset in assets.items():
        asset.update(_asset_location(l2a_path(tile, sky, key)))
    return assets


def _extra_assets(template: Item) -> dict[str, Any]:
    """The visual, footprint and metadata asset definitions, without location, grid or file:*."""
    bands = [
        copy.deepcopy(template["assets"][key]["eo:bands"][0]) for key in ("red", "green", "blue")
    ]
    return {
        "visual": {
            "title": "True color image",
            "type": COG_TYPE,
            "roles": ["visual"],
            "eo:bands": bands,
            "raster:bands": [
                {"nodata": 0, "data_type": "uint8", "spatial_resolution": IMAGE_RES} for _ in bands
            ],
        },
        "footprint": {
            "title": "Tile footprint",
            "type": "application/geo+json",
            "roles": ["metadata"],
        },
        "metadata": {"title": "Tile metadata", "type": "application/xml", "roles": ["metadata"]},
    }


def _slots(fixture_ids: set[str], seed: int) -> Iterator[tuple[str, dt.date, int]]:
    """Endless (tile, date, sequence) acquisitions: sequence 0 of every pass first, then 1, ...

    Pass dates are visited in a shuffled order so that any prefix spreads over the season."""
    dates: dict[str, list[dt.date]] = {tile: [] for tile in TILES}
    for tile in TILES:
        first = ORBITS[tile[3]][1]
        while first - dt.timedelta(days=5) >= FIRST_DAY:
            first -= dt.timedelta(days=5)
        day = first
        while day <= LAST_DAY:
            dates[tile].append(day)
            day += dt.timedelta(days=5)
    longest = max(len(d) for d in dates.values())
    order = random.Random(seed).sample(range(longest), longest)
    sequence = 0
    while True:
        for index in order:
            for tile in TILES:
                if index < len(dates[tile]):
                    day = dates[tile][index]
                    if _l2a_id(_platform(tile, day), tile, day, sequence) not in fixture_ids:
                        yield tile, day, sequence
        sequence += 1


def _platform(tile: str, day: dt.date) -> str:
    return "sentinel-2a" if (day - ORBITS[tile[3]][1]).days % 10 == 0 else "sentinel-2b"


def _l2a_id(platform: str, tile: str, day: dt.date, sequence: int) -> str:
    return f"S2{platform[-1].upper()}_{tile}_{day:%Y%m%d}_{sequence}_L2A"


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _footprint(tile: str, rng: random.Random) -> tuple[list[tuple[float, float]], float]:
    """A counter-clockwise UTM ring, the whole tile or cut diagonally (orbit edge); covered %."""
    x0, top = TILES[tile]
    x1, bottom = x0 + TILE_SIZE_M, top - TILE_SIZE_M
    if rng.random() >= 0.35:
        return [(x0, top), (x0, bottom), (x1, bottom), (x1, top), (x0, top)], 100.0
    west, east = (top - TILE_SIZE_M * rng.uniform(0.25, 0.8) for _ in range(2))
    north_share = ((top - west) + (top - east)) / 2 / TILE_SIZE_M
    if rng.random() < 0.5:
        return [(x0, top), (x0, west), (x1, east), (x1, top), (x0, top)], 100 * north_share
    return [(x0, west), (x0, bottom), (x1, bottom), (x1, east), (x0, west)], 100 * (1 - north_share)


def _percentages(cloud: float, rng: random.Random) -> dict[str, float]:
    """Sentinel-2 scene-classification shares consistent with the cloud cover."""
    thin = cloud * rng.uniform(0, 0.4)
    high = (cloud - thin) * rng.uniform(0.2, 0.8)
    rest = 100 - cloud
    water, dark, unclassified = (rest * rng.uniform(0, share) for share in (0.01, 0.002, 0.004))
    rest -= water + dark + unclassified
    shadow = min(rest, cloud * rng.uniform(0, 0.08))
    land = rest - shadow
    vegetation = land * rng.uniform(0.3, 0.65)
    shares = {
        "thin_cirrus": thin,
        "high_proba_clouds": high,
        "medium_proba_clouds": cloud - thin - high,
        "cloud_shadow": shadow,
        "water": water,
        "dark_features": dark,
        "unclassified": unclassified,
        "vegetation": vegetation,
        "not_vegetated": land - vegetation,
        "snow_ice": 0.0,
    }
    return {f"s2:{name}_percentage": round(value, 6) for name, value in shares.items()}


def _acquisition(tile: str, day: dt.date, sequence: int, rng: random.Random) -> dict[str, Any]:
    """Platform, times and Sentinel-2 product names of one acquisition, as in the fixtures."""
    platform = _platform(tile, day)
    s2x = f"S2{platform[-1].upper()}"
    is_a = s2x == "S2A"
    orbit = ORBITS[tile[3]][0]
    # Absolute orbits of the fixtures (S2A 2022-08-08, S2B 2022-08-03); 143 orbits per 10 days.
    reference = dt.date(2022, 8, 8) if is_a else dt.date(2022, 8, 3)
    absolute = (37_228 if is_a else 28_248) + round((day - reference).days * 14.3)
    datatake = dt.datetime.combine(day, dt.time(10, 46, 31 if is_a else 29))
    # The orbit descends: northern tiles are sensed a few seconds before southern ones.
    delay = 32 + {"K": -6, "J": 0, "H": 6}[tile[4]]
    sensed = datatake + dt.timedelta(minutes=12, seconds=delay, milliseconds=rng.randint(0, 12_000))
    # Sequences 2 h apart keep every product URI (and so every mask id) unique.
    processed = datatake.replace(hour=16 if is_a else 12, minute=0, second=0) + dt.timedelta(
        hours=2 * sequence, minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
    )
    centre = "ATOS" if is_a else "2BPS"
    take, gen = f"{datatake:%Y%m%dT%H%M%S}", f"{processed:%Y%m%dT%H%M%S}"
    strip_start = f"{datatake + dt.timedelta(seconds=1):%Y%m%dT%H%M%S}"
    item_id = _l2a_id(platform, tile, day, sequence)
    return {
        "id": item_id,
        "orbit": orbit,
        "processed": processed,
        "platform": platform,
        "datetime": _stamp(sensed),
        "s2:sequence": str(sequence),
        "s2:generation_time": _stamp(processed),
        "s2:product_uri": f"{s2x}_MSIL2A_{take}_N0400_R{orbit:03d}_T{tile}_{gen}.SAFE",
        "s2:granule_id": f"{s2x}_OPER_MSI_L2A_TL_{centre}_{gen}_A{absolute:06d}_T{tile}_N04.00",
        "s2:datatake_id": f"G{s2x}_{take}_{absolute:06d}_N04.00",
        "s2:datastrip_id": f"{s2x}_OPER_MSI_L2A_DS_{centre}_{gen}_S{strip_start}_N04.00",
        "earthsearch:s3_path": "s3://sentinel-cogs/sentinel-s2-l2a-cogs/"
        f"31/{tile[2]}/{tile[3:]}/{day.year}/{day.month}/{item_id}",
    }


def _angles(tile: str, day: dt.date, orbit: int, rng: random.Random) -> dict[str, float]:
    """Viewing and sun angles and the sun distance factor, roughly right for ~11:00 UTC."""
    doy = day.timetuple().tm_yday
    declination = 23.44 * math.sin(math.radians(360 / 365 * (doy - 81)))
    x0, top = TILES[tile]
    latitude = lonlat_ring([(x0 + TILE_SIZE_M / 2, top - TILE_SIZE_M / 2)])[0][1]
    sun_distance = 1 - 0.01672 * math.cos(math.radians(0.9856 * (doy - 4)))
    angles = {
        "view:azimuth": {94: 105.0, 51: 202.0, 8: 288.0}[orbit] + rng.uniform(-3, 3),
        "view:off_nadir": rng.uniform(1, 10),
        "view:sun_azimuth": 150 + (doy - 220) * 0.15 + rng.uniform(-1, 1),
        "view:sun_elevation": 90 - latitude + declination - 2.5 + rng.uniform(-0.3, 0.3),
        "s2:reflectance_conversion_factor": sun_distance**-2,
    }
    # Rounded so that libm differences between machines cannot change the output.
    return {key: round(value, 6) for key, value in angles.items()}


def generate_items(n_items: int, seed: int = DEFAULT_SEED) -> Iterator[Item]:
    """Yields n_items generated sentinel-2-l2a items (never a fixture id), deterministic per seed.

    Items reuse the asset files of their tile and sky, so any number can be produced without
    new COGs."""
    fixtures = load_fixture_items()
    template = next(item for item in fixtures if item["id"] == TEMPLATE_ID)
    rng = random.Random(seed)
    slots = _slots({item["id"] for item in fixtures}, seed)
    for index in range(n_items):
        tile, day, sequence = next(slots)
        acquisition = _acquisition(tile, day, sequence, rng)
        item_id, orbit = acquisition.pop("id"), acquisition.pop("orbit")
        processed = acquisition.pop("processed")
        ring, covered = _footprint(tile, rng)
        if index < len(FORCED_CLOUD_COVER):
            cloud = FORCED_CLOUD_COVER[index]
        else:
            low, high = rng.choice(((0, 10), (10, 30), (30, 100)))
            cloud = round(rng.uniform(low, high), 6)
        if index < len(FORCED_MASKS):
            ag, eda = FORCED_MASKS[index]
        else:
            ag, eda = rng.random() < 0.7, rng.random() < 0.5
        created = processed + dt.timedelta(
            days=rng.randint(80, 100),
            seconds=rng.randint(0, 86_399),
            microseconds=rng.randint(0, 999_999),
        )
        masked = {
            "ag_cloud_mask": (AG_MASK, ag, dt.datetime(2023, 8, 22, 17, 30)),
            "cloud_mask": (EDA_MASK, eda, dt.datetime(2024, 8, 30, 20, 0)),
        }
        updated = created
        geometry = lonlat_ring(ring)
        lons, lats = [p[0] for p in geometry], [p[1] for p in geometry]
        props = {k: v for k, v in template["properties"].items() if k not in MASK_KEYS}
        props.update(acquisition)
        props.update(_percentages(cloud, rng))
        props.update(_angles(tile, day, orbit, rng))
        for kind, (collection, available, batch) in masked.items():
            props[f"eda:{kind}_available"] = available
            if available:
                done = batch + dt.timedelta(seconds=rng.randint(0, 3600))
                updated = max(updated, done)
                props[f"eda:{kind}_collection_id"] = collection
                props[f"eda:{kind}_item_id"] = (
                    f"{props['s2:product_uri']}_AG_CLOUD_MASK_{done:%Y%m%d%H%M%S}"
                )
        props.update(
            {
                "grid:code": f"MGRS-{tile}",
                "mgrs:utm_zone": 31,
                "mgrs:latitude_band": tile[2],
                "mgrs:grid_square": tile[3:],
                "s2:nodata_pixel_percentage": round(100 - covered, 6),
                "eda:original_geometry": {"type": "Polygon", "coordinates": [geometry[::-1]]},
                "eda:tracking_id": "".join(rng.choice(TRACKING_ALPHABET) for _ in range(22)),
                "earthsearch:payload_id": "roda-sentinel2/workflow-sentinel2-to-stac/"
                f"{rng.getrandbits(128):032x}",
                "eo:cloud_cover": cloud,
                "created": _stamp(created),
                "updated": _stamp(updated),
                "proj:code": f"EPSG:{EPSG}",
            }
        )
        extensions = list(template["stac_extensions"])
        if tile == EXTRA_ASSETS_TILE:
            extensions.append(FILE_EXTENSION)
        yield {
            "type": "Feature",
            "stac_version": template["stac_version"],
            "stac_extensions": extensions,
            "id": item_id,
            "collection": L2A,
            "geometry": {"type": "Polygon", "coordinates": [geometry]},
            "bbox": [min(lons), min(lats), max(lons), max(lats)],
            "properties": props,
            "links": [],
            "assets": _l2a_assets(template, tile, sky_variant(tile, day)),
        }


def mask_items(item: Item) -> list[Item]:
    """The ag / EDA cloud-mask items an l2a item references (same footprint and datetime)."""
    props, tile, sky = item["properties"], _tile_of(item), item_sky(item)
    masks = []
    for kind, collection in (("ag_cloud_mask", AG_MASK), ("cloud_mask", EDA_MASK)):
        if not props.get(f"eda:{kind}_available"):
            continue
        mask_id = props[f"eda:{kind}_item_id"]
        produced = dt.datetime.strptime(mask_id.rsplit("_", 1)[1], "%Y%m%d%H%M%S")
        asset = {
            **_mask_asset(collection),
            **_grid_metadata(tile, MASK_RES, MASK_PX),
            **_asset_location(asset_path(collection, tile, sky, MASK_FILES[collection])),
        }
        masks.append(
            {
                "type": "Feature",
                "stac_version": "1.1.0",
                "stac_extensions": [
                    "https://stac-extensions.github.io/projection/v2.0.0/schema.json",
                    "https://stac-extensions.github.io/raster/v1.1.0/schema.json",
                    "https://stac-extensions.github.io/classification/v2.0.0/schema.json",
                ],
                "id": mask_id,
                "collection": props[f"eda:{kind}_collection_id"],
                "geometry": copy.deepcopy(item["geometry"]),
                "bbox": list(item["bbox"]),
                "properties": {
                    "datetime": props["datetime"],
                    "created": _stamp(produced),
                    "updated": _stamp(produced),
                    "platform": props["platform"],
                    "constellation": props["constellation"],
                    "instruments": list(props["instruments"]),
                    "grid:code": props["grid:code"],
                    "mgrs:utm_zone": props["mgrs:utm_zone"],
                    "mgrs:latitude_band": props["mgrs:latitude_band"],
                    "mgrs:grid_square": props["mgrs:grid_square"],
                    "s2:product_uri": props["s2:product_uri"],
                    "proj:code": f"EPSG:{EPSG}",
                },
                "links": [],
                "assets": {MASK_ASSET_KEY[collection]: asset},
            }
        )
    return masks


def collections() -> list[dict[str, Any]]:
    """The three collections, l2a adapted from the Planetary Computer record in fixtures/."""
    pc = json.loads(FIXTURE_COLLECTION.read_text(encoding="utf-8"))
    extent = {
        "spatial": {"bbox": [region_bbox()]},
        "temporal": {"interval": [[f"{FIRST_DAY}T00:00:00Z", f"{LAST_DAY}T23:59:59Z"]]},
    }
    esa = {
        "name": "ESA",
        "roles": ["producer", "licensor"],
        "url": "https://sentinel.esa.int/web/sentinel/missions/sentinel-2",
    }
    earthdaily = {
        "name": "EarthDaily Analytics",
        "roles": ["processor", "host"],
        "url": "https://earthdaily.com",
    }
    common = {
        "type": "Collection",
        "stac_version": "1.1.0",
        "license": "proprietary",
        "extent": extent,
        "links": [],
        "summaries": {
            "platform": ["sentinel-2a", "sentinel-2b"],
            "constellation": ["sentinel-2"],
            "instruments": ["msi"],
        },
    }
    extensions = [
        "https://stac-extensions.github.io/item-assets/v1.0.0/schema.json",
        "https://stac-extensions.github.io/classification/v2.0.0/schema.json",
    ]
    bands = [b for b in pc["summaries"]["eo:bands"] if b["name"] in ("B02", "B03", "B04")]
    item_assets = {
        key: {
            "title": title,
            "type": COG_TYPE,
            "roles": ["data", "reflectance"],
            "gsd": 10,
            "eo:bands": [b for b in bands if b["common_name"] == key],
        }
        for key, title in (
            ("red", "Red (band 4) - 10m"),
            ("green", "Green (band 3) - 10m"),
            ("blue", "Blue (band 2) - 10m"),
        )
    }
    item_assets["scl"] = {
        "title": "Scene classification map (SCL)",
        "type": COG_TYPE,
        "roles": ["data", "reflectance"],
        "gsd": 20,
        "classification:classes": _classes(SCL_CLASSES),
    }
    item_assets["thumbnail"] = {
        "title": "Thumbnail image",
        "type": "image/png",
        "roles": ["thumbnail"],
    }
    template = next(item for item in load_fixture_items() if item["id"] == TEMPLATE_ID)
    item_assets.update(_extra_assets(template))
    l2a = {
        **copy.deepcopy(common),
        "id": L2A,
        "title": pc["title"],
        "keywords": pc["keywords"],
        "stac_extensions": extensions,
        "description": (
            "The [Sentinel-2](https://sentinel.esa.int/web/sentinel/missions/sentinel-2) program "
            "provides global imagery in thirteen spectral bands at 10m-60m resolution and a "
            "revisit time of approximately five days. This test catalog holds scenes of nine "
            "MGRS tiles around Toulouse, France (UTM zone 31N), June to September 2022, "
            "processed to L2A (bottom-of-atmosphere) using "
            "[Sen2Cor](https://step.esa.int/main/snap-supported-plugins/sen2cor/) and converted to "
            "[cloud-optimized GeoTIFF](https://www.cogeo.org/) format."
        ),
        "providers": [esa, earthdaily],
        "item_assets": item_assets,
    }
    l2a["summaries"].update(
        {"gsd": [10, 20], "eo:bands": bands, "eo:cloud_cover": {"minimum": 0, "maximum": 100}}
    )
    masks = [
        {
            **copy.deepcopy(common),
            "id": collection,
            "title": title,
            "description": description,
            "keywords": keywords,
            "stac_extensions": extensions,
            "providers": [{**earthdaily, "roles": ["producer", "processor", "host", "licensor"]}],
            "item_assets": {MASK_ASSET_KEY[collection]: _mask_asset(collection)},
        }
        for collection, title, description, keywords in (
            (
                AG_MASK,
                "Sentinel-2 agriculture cloud mask",
                AG_DESCRIPTION,
                ["Sentinel", "Cloud mask", "EarthDaily", "Agriculture"],
            ),
            (
                EDA_MASK,
                "Sentinel-2 EarthDaily cloud mask",
                EDA_DESCRIPTION,
                ["Sentinel", "Cloud mask", "EarthDaily"],
            ),
        )
    ]
    return [l2a, *masks]


def catalog_items(n_items: int, seed: int = DEFAULT_SEED) -> Iterator[Item]:
    """The items of a catalog: n_items sentinel-2-l2a ones (fixtures first), then their masks."""
    fixtures = load_fixture_items()
    if n_items < len(fixtures):
        raise ValueError(f"n_items must be at least {len(fixtures)} (the fixture items)")
    l2a = [
        *(_relocate_assets(item) for item in fixtures),
        *generate_items(n_items - len(fixtures), seed),
    ]
    yield from l2a
    masks = [mask for item in l2a for mask in mask_items(item)]
    yield from (mask for mask in masks if mask["collection"] == AG_MASK)
    yield from (mask for mask in masks if mask["collection"] == EDA_MASK)


def _write_catalog(folder: Path, n_items: int, seed: int) -> None:
    # The items first: beyond sky 0's, only the files they reference are made. The 31TDJ items'
    # file:* fields describe those files: l2a_file makes (and keeps) the bytes for both.
    referenced: set[str] = set()
    with (folder / "items.ndjson").open("w", encoding="utf-8") as out:
        for item in catalog_items(n_items, seed):
            out.write(json.dumps(item, sort_keys=True, separators=(",", ":")) + "\n")
            hrefs = (asset["href"] for asset in item["assets"].values())
            referenced.update(href.removeprefix(ASSET_S3_PREFIX) for href in hrefs)
    write_assets(folder / "assets", referenced)
    with (folder / "collections.json").open("w", encoding="utf-8") as out:
        json.dump(collections(), out, indent=2, sort_keys=True)
        out.write("\n")


def ensure_catalog(root: Path, n_items: int = 300, seed: int = DEFAULT_SEED) -> Path:
    """The catalog folder root/<stamp>/, generated first if missing (built aside, renamed in)."""
    target = Path(root) / f"catalog-v{GENERATOR_VERSION}-n{n_items}-s{seed}"
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        building.chmod(0o755)  # mkdtemp's 0700 would hide the catalog from other users
        _write_catalog(building, n_items, seed)
        try:
            building.rename(target)
        except OSError:
            # A concurrent run (e.g. another pytest worker) renamed its copy in first.
            if not target.is_dir():
                raise
    finally:
        if building.exists():
            shutil.rmtree(building)
    return target


def main(argv: list[str] | None = None) -> None:
    """Command line: writes a catalog under OUT_DIR and prints its folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--items", type=int, default=300, help="sentinel-2-l2a items (default 300)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    print(ensure_catalog(args.out_dir, args.items, args.seed))


if __name__ == "__main__":
    main()
