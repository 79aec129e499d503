"""The benchmark catalogs (2,000 and 10,000 items), their test STAC API and a plugin client."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal
from pystac_client import Client
from pystac_client.stac_api_io import StacApiIO

from devserver.catalog import (
    AG_OF,
    CLOUD,
    NODATA,
    SHADOW,
    TILE_SIZE_M,
    VEG,
    ensure_catalog,
    tile_raster,
    write_cog,
)
from devserver.harness import REPO_ROOT, StacTestServer
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection

CACHE = REPO_ROOT / ".cache" / "bench"
# A Sentinel-2 tile at 10 m: the size of a real full-resolution cloud mask.
BIG_MASK_PX = 10_980
BIG_MASK_REL = "bench/cloud-mask-10980.tif"
BIG_MASK_TILE = "31TCJ"
SIGNED_URL_LIFETIME = 3600
N_CLOUDS = 300
SEED = 6

gdal.UseExceptions()


def catalog(n_items: int) -> Path:
    """The generated catalog of n_items sentinel-2-l2a items (and their masks), cached."""
    return ensure_catalog(CACHE, n_items=n_items)


def client_for(server: StacTestServer) -> EarthPlatformClient:
    """A plugin client signed in to the test server, as the dock would make it."""
    credentials = Credentials(server.client_id, server.client_secret)
    return EarthPlatformClient(Connection(server.api_url, server.token_url, credentials, "bench"))


def pystac_client_on(client: EarthPlatformClient) -> Client:
    """pystac-client as the baselines use it: on the plugin's session (token, retries, headers),
    so only the client's own work differs."""
    stac_io = StacApiIO(max_retries=None)
    stac_io.session = client.session
    return Client.open(client.api_url, stac_io=stac_io)


def _mask_rows(first: int, count: int, size: int, clouds: np.ndarray) -> np.ndarray:
    """Agriculture-mask values of rows [first, first + count) of a size x size tile grid.

    The scene of devserver/catalog.py (border, a big cloud and its shadow), vectorised
    (its per-pixel Python takes minutes at 10 m), plus what makes a real mask compress less
    well than two discs: scattered small clouds (`clouds`: x, y, radius in metres), each with
    its shadow offset to the north-west, and single-pixel speckle.
    """
    res = TILE_SIZE_M / size
    x = (np.arange(size) + 0.5) * res
    y = ((np.arange(first, first + count) + 0.5) * res)[:, None]
    border = 1000
    inside = (x >= border) & (x <= TILE_SIZE_M - border) & (y >= border)
    inside &= y <= TILE_SIZE_M - border
    cloud = (x - 35_000) ** 2 + (y - 40_000) ** 2 <= 15_000**2
    shadow = (x - 20_000) ** 2 + (y - 14_000) ** 2 <= 8_000**2
    top, bottom = y[0, 0] - 3000, y[-1, 0] + 3000
    for cx, cy, radius in clouds:
        if top - radius <= cy <= bottom + radius:
            cloud |= (x - cx) ** 2 + (y - cy) ** 2 <= radius**2
            shadow |= (x - cx + 1.5 * radius) ** 2 + (y - cy + 1.5 * radius) ** 2 <= radius**2
    speckle = np.random.default_rng(first).random((count, size)) < 0.002
    values = np.full((count, size), AG_OF[VEG], dtype=np.uint8)
    values[shadow] = AG_OF[SHADOW]
    values[cloud | speckle] = AG_OF[CLOUD]
    values[~inside] = AG_OF[NODATA]
    return values


def big_mask(catalog_dir: Path) -> Path:
    """A 10980 x 10980 uint8 agriculture-mask COG (DEFLATE, 256 px tiles, overviews) under the
    catalog's assets/, where the server serves it; written once."""
    return mask_cog(catalog_dir / "assets" / BIG_MASK_REL)


def mask_cog(path: Path, block: int = 256, seed: int = SEED, size: int = BIG_MASK_PX) -> Path:
    """A size x size uint8 agriculture-mask COG of tile BIG_MASK_TILE in UTM (DEFLATE, block x
    block px tiles, overviews; 0 = no data, 1 clear, 2 cloud, 3 cloud shadow), its scattered
    clouds drawn from `seed`; written once, at `path`."""
    if path.is_file():
        return path
    mem = tile_raster(BIG_MASK_TILE, size, 1, gdal.GDT_Byte)
    band = mem.GetRasterBand(1)
    band.SetNoDataValue(0)
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, TILE_SIZE_M, (N_CLOUDS, 2))
    clouds = np.column_stack([centres, rng.uniform(100, 2500, N_CLOUDS)])
    step = 366
    for first in range(0, size, step):
        count = min(step, size - first)
        band.WriteArray(_mask_rows(first, count, size, clouds), 0, first)
    options = [
        f"BLOCKSIZE={block}",
        "COMPRESS=DEFLATE",
        "PREDICTOR=YES",
        "OVERVIEW_RESAMPLING=NEAREST",
    ]
    return write_cog(path, mem, options)
