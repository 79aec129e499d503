"""Streaming presigned links (#19, and the window reads beside #5): bytes the server sends when
GDAL reads S3-presigned COGs the plugin's way, against the files' sizes and against GDAL alone.

The band COG is a 10980 x 10980 uint16 image with 512 px blocks, as large as a real L2A band
at 10 m (DEFLATE of a smooth field with a little noise: 86 MB). An item's red, green and
blue assets are three names (hard links) of it, so each has its own URL and GDAL's cache of one
never serves another.
"""

from __future__ import annotations

import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from osgeo import gdal

from benchmarks.masks import MaskRender, drawn, render, served
from benchmarks.servers import BIG_MASK_PX, BIG_MASK_REL, BIG_MASK_TILE, SIGNED_URL_LIFETIME
from devserver.catalog import L2A, linked_names, tile_raster, write_cog
from devserver.harness import StacTestServer
from earthplatform_qgis.map.imagery import TrueColour, imagery_layer
from earthplatform_qgis.map.rasters import mask_layer, vsicurl_path
from earthplatform_qgis.stac.masks import AG_MASK, CloudMask

BAND_REL = "bench/band-10980.tif"
# The test API paces asset bodies to a desktop's link: GDAL 3.10+ cuts its size GET short
# after the headers, and what the server sends meanwhile is what a network carries in that
# time, not the megabytes loopback's buffers would take.
LINK_MBPS = 100
RGB = ("red", "green", "blue")
WINDOW = 256
SEED = 19


def band_cog(catalog_dir: Path) -> Path:
    """The big band COG under the catalog's assets/ and its three RGB names; written once."""
    path = catalog_dir / "assets" / BAND_REL
    if not path.is_file():
        _write_band(path)
    linked_names(path, RGB)
    return path


def _rgb_rel(key: str) -> str:
    return BAND_REL.replace(".tif", f"-{key}.tif")


def _write_band(path: Path) -> None:
    size = BIG_MASK_PX
    mem = tile_raster(BIG_MASK_TILE, size, 1, gdal.GDT_UInt16)
    band = mem.GetRasterBand(1)
    rng = np.random.default_rng(SEED)
    columns = np.arange(size)
    step = 366
    for first in range(0, size, step):
        rows = np.arange(first, min(first + step, size))[:, None]
        field = 1000 + 800 * np.sin(columns / 700.0) * np.cos(rows / 900.0)
        noise = rng.integers(0, 8, (len(rows), size))
        band.WriteArray((field + noise).astype(np.uint16), 0, first)
    options = ["BLOCKSIZE=512", "COMPRESS=DEFLATE", "PREDICTOR=YES", "OVERVIEW_RESAMPLING=AVERAGE"]
    write_cog(path, mem, options)


def _href(server: StacTestServer, rel: str, run: int) -> str:
    """A presigned link of its own for each run, so GDAL's cache serves no run from another."""
    return server.signed_asset_url(rel, int(time.time()) + SIGNED_URL_LIFETIME + run)


@dataclass(frozen=True)
class WindowRead:
    """Opening the band COG and reading one 256 x 256 window: bytes and requests served."""

    way: str
    bytes_served: int
    requests: int


def window_reads(server: StacTestServer, run: int) -> list[WindowRead]:
    """The band COG's presigned link opened as GDAL alone opens it (`/vsicurl?url=` with the
    link as it is) and as the plugin does (vsicurl_path); one window read in its middle."""
    href = _href(server, BAND_REL, run)
    alone = "/vsicurl?" + urllib.parse.urlencode(
        {"list_dir": "no", "empty_dir": "yes", "url": href}
    )
    reads = []
    for way, path in (("GDAL alone", alone), ("the plugin", vsicurl_path(href))):
        gdal.VSICurlClearCache()
        server.reset_stats()
        dataset = gdal.Open(path)
        middle = (BIG_MASK_PX - WINDOW) // 2
        if dataset.GetRasterBand(1).ReadRaster(middle, middle, WINDOW, WINDOW) is None:
            raise RuntimeError(f"{way}: the window read failed")
        dataset = None
        requests, bytes_served = served(server)
        reads.append(WindowRead(way, bytes_served, requests))
    return reads


def imagery_with_mask(server: StacTestServer, run: int) -> MaskRender:
    """The item's red, green and blue COGs as the dock loads them (imagery_layer: a VRT of the
    three, streamed) with its agriculture mask above (mask_layer), rendered together at the
    imagery's full extent in an 800 x 600 map; bytes and requests counted at the server."""
    gdal.VSICurlClearCache()
    hrefs = tuple(_href(server, _rgb_rel(key), run) for key in RGB)
    source = TrueColour(L2A, f"bench-{run}", RGB, hrefs, ((900.0, 2000.0),) * 3)
    mask = CloudMask(
        item_id=source.item_id,
        kind=AG_MASK,
        collection=AG_MASK.key,
        mask_item_id=source.item_id,
        href=_href(server, BIG_MASK_REL, run),
        asset={},
    )
    server.reset_stats()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-vrt-") as folder:
        imagery = imagery_layer(source, Path(folder))
        masked = mask_layer(mask, "bench mask")
        if not imagery.isValid() or not masked.isValid():
            raise RuntimeError("the imagery or its mask does not open")
        image = render([masked, imagery])
        del imagery, masked
    elapsed = time.perf_counter() - start
    requests, bytes_served = served(server)
    return MaskRender(bytes_served, requests, elapsed, drawn(image))


def rgb_bytes(catalog_dir: Path) -> int:
    """The three band files' sizes added up."""
    return sum(path.stat().st_size for path in linked_names(catalog_dir / "assets" / BAND_REL, RGB))
