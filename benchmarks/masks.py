"""Cloud masks: requests to resolve them (#4) and bytes read to render one (#5); the map
render the streaming figures share."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from osgeo import gdal
from qgis.core import QgsMapLayer, QgsMapRendererParallelJob, QgsMapSettings
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QImage

from benchmarks.servers import (
    BIG_MASK_REL,
    SIGNED_URL_LIFETIME,
    pystac_client_on,
)
from devserver.catalog import L2A
from devserver.harness import StacTestServer
from earthplatform_qgis.map.rasters import mask_layer
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.items import IDS_PER_SEARCH
from earthplatform_qgis.stac.masks import (
    AG_MASK,
    MASK_KINDS,
    CloudMask,
    MaskKind,
    mask_refs,
    resolve_masks,
)

MAP_SIZE = QSize(800, 600)
# Requests the server counts that are part of the work (not the benchmark's own control calls).
WORK_CLASSES = ("auth", "stac", "assets", "other")


def served(server: StacTestServer) -> tuple[int, int]:
    """Requests and bytes the server answered since its last reset, control calls aside."""
    classes = server.stats()["classes"]
    return (
        sum(classes[kind]["requests"] for kind in WORK_CLASSES),
        sum(classes[kind]["bytes"] for kind in WORK_CLASSES),
    )


def masked_items(client: EarthPlatformClient, n_items: int) -> list[dict[str, Any]]:
    """The first n_items sentinel-2-l2a items that have an agriculture cloud mask."""
    body = {
        "collections": [L2A],
        "query": {AG_MASK.available: {"eq": True}},
        "limit": n_items,
    }
    items = [
        item for page in client.search_pages(body, max_items=n_items) for item in page.features
    ]
    if len(items) != n_items:
        raise RuntimeError(f"only {len(items)} masked items in the catalog")
    return items


def plugin_mask_requests(
    server: StacTestServer,
    client: EarthPlatformClient,
    items: list[dict[str, Any]],
    kinds: tuple[MaskKind, ...] = MASK_KINDS,
) -> tuple[int, int]:
    """Requests the plugin's resolve_masks sends for items (by default every mask kind they
    have, as its MaskTask asks), and how many masks it resolved."""
    if client.tokens is not None:
        client.tokens.token()  # minted now, so the token request is not counted as the masks'
    server.reset_stats()
    resolution = resolve_masks(client, items, kinds=kinds)
    requests, _ = served(server)
    return requests, len(resolution.masks)


def fewest_requests(items: list[dict[str, Any]]) -> int:
    """The fewest searches that can resolve every mask the items have: their distinct mask
    items, IDS_PER_SEARCH to a search."""
    wanted = {(ref.collection, ref.mask_item_id) for item in items for ref in mask_refs(item)}
    return math.ceil(len(wanted) / IDS_PER_SEARCH)


def vendor_mask_requests(
    server: StacTestServer, client: EarthPlatformClient, items: list[dict[str, Any]]
) -> tuple[int, float]:
    """Requests (and seconds) of EarthDaily's sample pattern: for each item,
    get_collection(mask collection).get_item(mask id) with pystac-client."""
    stac = pystac_client_on(client)
    server.reset_stats()
    start = time.perf_counter()
    for item in items:
        properties = item["properties"]
        collection = stac.get_collection(properties[AG_MASK.collection])
        if collection is None or collection.get_item(properties[AG_MASK.item_id]) is None:
            raise RuntimeError(f"no mask item for {item['id']}")
    elapsed = time.perf_counter() - start
    requests, _ = served(server)
    return requests, elapsed


@dataclass(frozen=True)
class MaskRender:
    """One full-extent render (of the big mask, or imagery beneath it): what it cost at the
    server, and how long."""

    bytes_served: int
    requests: int
    seconds: float
    drawn: bool


def render_big_mask(server: StacTestServer, run: int) -> MaskRender:
    """Open the big COG as the plugin opens masks (mask_layer, /vsicurl/) and render it at
    full extent into an 800 x 600 image; bytes and requests counted at the server.

    Each run gets its own URL (another expiry) and an empty GDAL cache: no run reads
    another's blocks from memory.
    """
    gdal.VSICurlClearCache()
    expires = int(time.time()) + SIGNED_URL_LIFETIME + run
    href = server.signed_asset_url(BIG_MASK_REL, expires)
    server.reset_stats()
    start = time.perf_counter()
    layer = mask_layer(
        CloudMask(
            item_id="bench",
            kind=AG_MASK,
            collection=AG_MASK.key,
            mask_item_id="bench",
            href=href,
            asset={},
        ),
        "bench mask",
    )
    if not layer.isValid():
        raise RuntimeError(f"the big mask does not open: {layer.error().summary()}")
    image = render([layer])
    elapsed = time.perf_counter() - start
    requests, bytes_served = served(server)
    return MaskRender(bytes_served, requests, elapsed, drawn(image))


def render(layers: list[QgsMapLayer]) -> QImage:
    """The layers (the first on top) rendered at the last one's full extent and CRS into an
    800 x 600 image, as a map canvas renders them."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[-1].crs())
    settings.setOutputSize(MAP_SIZE)
    settings.setExtent(layers[-1].extent())
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def drawn(image: QImage) -> bool:
    """Whether something other than the background colour was drawn: the render read pixels."""
    return len({image.pixel(x, y) for x in range(0, 800, 20) for y in range(0, 600, 20)}) > 1


def big_mask_size(catalog_dir: Path) -> int:
    """Bytes of the big mask file."""
    return (catalog_dir / "assets" / BIG_MASK_REL).stat().st_size
