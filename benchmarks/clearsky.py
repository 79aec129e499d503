"""Clear sky over fields from full-size mask COGs (#9-#12): bytes, latency, the GUI, cancel.

A catalog of its own (made once into .cache/bench/clearsky-v<N>/): for each block size of
BLOCKS, 40 sentinel-2-l2a items of tile 31TCJ, each with an agriculture cloud mask that is a
10980 x 10980 uint8 COG in UTM (DEFLATE, overviews; 0 no data, 1 clear, 2 cloud, 3 cloud
shadow). The masks are VARIANTS different files a block size (other scattered clouds), each
served under 10 items' own paths (hard links), so every item has its own URL, as in the real
catalog, and GDAL's cache of one item's mask never serves another's.

- #9: compute_clear_sky on 50 fields x 40 items (2,000 pairs) with BLOCK px blocks (OTHER_BLOCK
  beside it): bytes of asset replies the server sent, over the bytes of the full-resolution COG
  blocks that intersect the fields, counted from each file's block index (BLOCK_OFFSET_x_y /
  BLOCK_SIZE_x_y of GDAL's TIFF metadata domain), once per item; and whether any reply was a
  whole file.
- #10: the same with the server waiting ASSET_LATENCY_MS before each asset reply, against a
  sequential loop written here: for each pair, one GDAL open (the product's MaskRaster, over
  /vsicurl/) and one windowed read.
- #11, #12: ClearSkyTask on 1,000 fields x 20 items (20,000 pairs) in QGIS's task manager with
  the GUI heartbeat on; then again, cancelled once its progress passes CANCEL_AT_PERCENT.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import math
import os
import random
import statistics
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from osgeo import gdal, osr
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)

from benchmarks.qgisapp import Heartbeat, spin_for, spin_until
from benchmarks.servers import BIG_MASK_TILE, CACHE, client_for, mask_cog
from benchmarks.stats import Result, Samples
from devserver.catalog import AG_MASK as AG_COLLECTION
from devserver.catalog import EPSG, L2A, TILE_SIZE_M, TILES
from devserver.harness import StacTestServer
from earthplatform_qgis.map.clearsky import ClearSky, MaskRaster, clear_sky
from earthplatform_qgis.map.fields import Field, FieldSet
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.masks import first_masks, resolve_masks
from earthplatform_qgis.tasks.clearsky import (
    MAX_READERS,
    ClearSkyResult,
    ClearSkyTask,
    compute_clear_sky,
    field_pairs,
)

CATALOG_VERSION = 1
# The judged block size, and one more shown beside it.
BLOCK, OTHER_BLOCK = 512, 1024
BLOCKS = (BLOCK, OTHER_BLOCK)
VARIANTS = 4
VARIANT_SEED = 100
N_ITEMS, N_FIELDS = 40, 50
TASK_ITEMS, TASK_FIELDS = 20, 1_000
FIELD_SEED, TASK_FIELD_SEED = 9, 10
# Field sides (m): 1 to 64 ha, as farm fields. Kept this far from the tile's edge (so inside
# every footprint); the mask's 1 km no-data border still reaches under some of them.
FIELD_SIDE_M = (100.0, 800.0)
FIELD_MARGIN_M = 600.0
ASSET_LATENCY_MS = 50
CANCEL_AT_PERCENT = 30.0
CONTROL_S = 3.0
TASK_TIMEOUT = 600.0
MASK_ASSET = "agriculture-cloud-mask"
COG_TYPE = "image/tiff; application=geotiff; profile=cloud-optimized"
FIRST_DAY = dt.date(2022, 6, 1)
ASSET_HOST = "https://assets.earthplatform.test/"
ASSET_S3 = "s3://earthplatform-test-assets/"

Item = dict[str, Any]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- the catalog ------------------------------------------------------------------------------


def clearsky_catalog() -> Path:
    """The clear-sky catalog folder (collections.json, items.ndjson, assets/), made once."""
    folder = CACHE / f"clearsky-v{CATALOG_VERSION}"
    items_file = folder / "items.ndjson"
    if items_file.is_file():
        return folder
    assets = folder / "assets"
    began = time.monotonic()
    footprint = _tile_footprint()
    bbox = _bbox(footprint)
    lines = []
    masks = []
    for sequence, block in enumerate(BLOCKS):
        variants = [
            mask_cog(variant_path(folder, block, k), block, VARIANT_SEED + k)
            for k in range(VARIANTS)
        ]
        for number in range(N_ITEMS):
            day = FIRST_DAY + dt.timedelta(days=3 * number)
            # The block size's own processing sequence: S2A_31TCJ_20220601_0_L2A (512 px) and
            # S2A_31TCJ_20220601_1_L2A (1024 px).
            item_id = f"S2{'AB'[number % 2]}_{BIG_MASK_TILE}_{day:%Y%m%d}_{sequence}_L2A"
            mask_id = f"{item_id}_AG_CLOUD_MASK"
            rel = f"{AG_COLLECTION}/{mask_id}/{MASK_ASSET}.tif"
            target = assets / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                os.link(variants[number % VARIANTS], target)
            when = f"{day:%Y-%m-%d}T10:56:{number % 60:02d}Z"
            properties = {
                "datetime": when,
                "eo:cloud_cover": 10.0,
                "eda:ag_cloud_mask_available": True,
                "eda:ag_cloud_mask_collection_id": AG_COLLECTION,
                "eda:ag_cloud_mask_item_id": mask_id,
                "eda:cloud_mask_available": False,
                "bench:block_px": block,
                "bench:variant": number % VARIANTS,
            }
            lines.append(_item(item_id, L2A, footprint, bbox, properties, {}))
            asset = {
                "href": ASSET_S3 + rel,
                "alternate": {"download": {"href": ASSET_HOST + rel}},
                "type": COG_TYPE,
                "roles": ["data"],
                "title": "Agriculture cloud mask",
            }
            mask_assets = {MASK_ASSET: asset}
            masks.append(
                _item(mask_id, AG_COLLECTION, footprint, bbox, {"datetime": when}, mask_assets)
            )
    collections = [_collection(L2A, bbox), _collection(AG_COLLECTION, bbox)]
    (folder / "collections.json").write_text(json.dumps(collections))
    # items.ndjson last, renamed in: its presence says the catalog is whole.
    partial = folder / "items.ndjson.partial"
    partial.write_text("".join(json.dumps(item) + "\n" for item in lines + masks))
    partial.rename(items_file)
    log(f"  clear-sky catalog made in {time.monotonic() - began:.0f} s: {folder}")
    return folder


def variant_path(folder: Path, block: int, variant: int) -> Path:
    """Where one of the mask files of a block size is (the items' paths are links to it)."""
    return folder / "assets" / "bench-masks" / f"b{block}" / f"variant-{variant}.tif"


def _tile_footprint() -> dict[str, Any]:
    """The tile's square in lon/lat, 50 points an edge (so it stays the UTM square)."""
    utm, lonlat = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(EPSG)
    lonlat.ImportFromEPSG(4326)
    lonlat.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_lonlat = osr.CoordinateTransformation(utm, lonlat)
    x0, y0 = TILES[BIG_MASK_TILE]
    corners = [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]
    ring = []
    steps = 50
    for (ax, ay), (bx, by) in zip(corners, corners[1:]):
        for step in range(steps):
            t = step / steps
            x = x0 + TILE_SIZE_M * (ax + (bx - ax) * t)
            y = y0 - TILE_SIZE_M * (ay + (by - ay) * t)
            lon, lat, _ = to_lonlat.TransformPoint(x, y)
            ring.append([round(lon, 7), round(lat, 7)])
    ring.append(ring[0])
    ring.reverse()  # counter-clockwise, as GeoJSON wants
    return {"type": "Polygon", "coordinates": [ring]}


def _bbox(geometry: dict[str, Any]) -> list[float]:
    lons = [point[0] for point in geometry["coordinates"][0]]
    lats = [point[1] for point in geometry["coordinates"][0]]
    return [min(lons), min(lats), max(lons), max(lats)]


def _item(
    item_id: str,
    collection: str,
    geometry: dict[str, Any],
    bbox: list[float],
    properties: dict[str, Any],
    assets: dict[str, Any],
) -> Item:
    return {
        "type": "Feature",
        "stac_version": "1.0.0",
        "stac_extensions": [],
        "id": item_id,
        "collection": collection,
        "geometry": geometry,
        "bbox": bbox,
        "properties": properties,
        "assets": assets,
        "links": [],
    }


def _collection(collection_id: str, bbox: list[float]) -> dict[str, Any]:
    return {
        "type": "Collection",
        "stac_version": "1.0.0",
        "stac_extensions": [],
        "id": collection_id,
        "title": collection_id,
        "description": f"{collection_id} (clear-sky benchmark catalog)",
        "license": "proprietary",
        "extent": {
            "spatial": {"bbox": [bbox]},
            "temporal": {"interval": [["2022-06-01T00:00:00Z", "2022-12-31T23:59:59Z"]]},
        },
        "links": [],
    }


# --- fields and the blocks under them --------------------------------------------------------


def make_fields(count: int, seed: int) -> FieldSet:
    """`count` farm fields (rotated, slightly irregular quadrilaterals) over the tile, in UTM."""
    rng = random.Random(seed)
    x0, y0 = TILES[BIG_MASK_TILE]
    fields = []
    for number in range(count):
        width, height = (rng.uniform(*FIELD_SIDE_M) for _ in range(2))
        angle = rng.uniform(0, math.pi)
        cx = x0 + rng.uniform(FIELD_MARGIN_M, TILE_SIZE_M - FIELD_MARGIN_M)
        cy = y0 - rng.uniform(FIELD_MARGIN_M, TILE_SIZE_M - FIELD_MARGIN_M)
        ring = []
        for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
            dx = sx * width / 2 * rng.uniform(0.85, 1.0)
            dy = sy * height / 2 * rng.uniform(0.85, 1.0)
            ring.append(
                QgsPointXY(
                    cx + dx * math.cos(angle) - dy * math.sin(angle),
                    cy + dx * math.sin(angle) + dy * math.cos(angle),
                )
            )
        ring.append(ring[0])
        fields.append(Field(f"field-{number:04d}", QgsGeometry.fromPolygonXY([ring])))
    crs = QgsCoordinateReferenceSystem(f"EPSG:{EPSG}")
    return FieldSet("bench fields", crs, fields=fields)


@dataclass(frozen=True)
class BlockCount:
    """The full-resolution blocks of one mask file that intersect the fields, and their bytes
    as the file's block index gives them."""

    blocks: int
    bytes: int
    block_px: tuple[int, int]
    file_bytes: int


def intersecting_blocks(path: Path, fieldset: FieldSet) -> BlockCount:
    """Blocks of the file's full-resolution band that a field's polygon intersects (each
    counted once, whatever the number of fields over it), from the TIFF block index."""
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    block_w, block_h = band.GetBlockSize()
    x0, pixel_w, _, y0, _, pixel_h = dataset.GetGeoTransform()
    across = math.ceil(dataset.RasterXSize / block_w)
    down = math.ceil(dataset.RasterYSize / block_h)
    to_mask = QgsCoordinateTransform(
        fieldset.crs,
        QgsCoordinateReferenceSystem.fromWkt(dataset.GetProjection()),
        QgsProject.instance().transformContext(),
    )
    blocks: set[tuple[int, int]] = set()
    for each in fieldset.fields:
        geometry = QgsGeometry(each.geometry)
        geometry.transform(to_mask)
        box = geometry.boundingBox()
        first_x = max(0, math.floor((box.xMinimum() - x0) / pixel_w / block_w))
        last_x = min(across - 1, math.floor((box.xMaximum() - x0) / pixel_w / block_w))
        first_y = max(0, math.floor((box.yMaximum() - y0) / pixel_h / block_h))
        last_y = min(down - 1, math.floor((box.yMinimum() - y0) / pixel_h / block_h))
        for bx in range(first_x, last_x + 1):
            for by in range(first_y, last_y + 1):
                block = QgsRectangle(
                    x0 + bx * block_w * pixel_w,
                    y0 + (by + 1) * block_h * pixel_h,
                    x0 + (bx + 1) * block_w * pixel_w,
                    y0 + by * block_h * pixel_h,
                )
                if geometry.intersects(block):
                    blocks.add((bx, by))
    total = 0
    for bx, by in blocks:
        offset = band.GetMetadataItem(f"BLOCK_OFFSET_{bx}_{by}", "TIFF")
        size = band.GetMetadataItem(f"BLOCK_SIZE_{bx}_{by}", "TIFF")
        if offset is None or size is None:
            raise RuntimeError(f"{path.name} has no block index entry for block {bx}, {by}")
        total += int(size)
    return BlockCount(len(blocks), total, (block_w, block_h), path.stat().st_size)


# --- the runs ---------------------------------------------------------------------------------


@dataclass
class Served:
    """What the server sent for asset requests during one run."""

    asset_requests: int
    asset_bytes: int
    whole_files: int
    largest_reply: int
    stac_requests: int


def served(server: StacTestServer) -> Served:
    stats = server.stats()
    classes, replies = stats["classes"], stats["asset_replies"]
    return Served(
        classes["assets"]["requests"],
        classes["assets"]["bytes"],
        replies["whole_files"],
        replies["largest_bytes"],
        classes["stac"]["requests"],
    )


@dataclass
class Run:
    """One computation of every pair: seconds, what the server sent, and the figures."""

    seconds: float
    served: Served
    skies: dict[tuple[str, str], ClearSky | None] = field(repr=False)


def cold(server: StacTestServer, client: EarthPlatformClient) -> None:
    """Before a run: GDAL's /vsicurl/ cache emptied, a token at hand, the counters zeroed."""
    gdal.VSICurlClearCache()
    if client.tokens is not None:
        client.tokens.token()
    server.reset_stats()


def product_run(
    server: StacTestServer,
    client: EarthPlatformClient,
    items: list[Item],
    fieldset: FieldSet,
    context: QgsCoordinateTransformContext,
) -> Run:
    """compute_clear_sky as the dock's task and the Processing algorithm call it."""
    cold(server, client)
    start = time.perf_counter()
    result = compute_clear_sky(client, items, fieldset, context)
    seconds = time.perf_counter() - start
    return Run(seconds, served(server), _skies(result))


def sequential_run(
    server: StacTestServer,
    client: EarthPlatformClient,
    items: list[Item],
    fieldset: FieldSet,
    context: QgsCoordinateTransformContext,
) -> Run:
    """The baseline: the same pairs and masks, one pair after another, each with its own GDAL
    open (MaskRaster over /vsicurl/) and one windowed read."""
    cold(server, client)
    start = time.perf_counter()
    pairs = field_pairs(items, fieldset, context)
    wanted = [item for item in items if str(item["id"]) in pairs]
    masks = first_masks(resolve_masks(client, wanted).masks)
    skies: dict[tuple[str, str], ClearSky | None] = {}
    for item_id, fields in pairs.items():
        mask = masks[item_id]
        for each in fields:
            raster = MaskRaster(mask.href)
            counts = raster.count(each.geometry, raster.transform_from(fieldset.crs, context))
            skies[(each.field_id, item_id)] = clear_sky(counts, mask.kind.key, raster.nodata)
            del raster
    seconds = time.perf_counter() - start
    return Run(seconds, served(server), skies)


def _skies(result: ClearSkyResult) -> dict[tuple[str, str], ClearSky | None]:
    return {(row.field_id, row.item_id): row.sky for row in result.rows}


def _check(run: Run, pairs: int, what: str) -> None:
    missing = [key for key, sky in run.skies.items() if sky is None]
    if len(run.skies) != pairs or missing:
        raise RuntimeError(f"{what}: {len(run.skies)} pairs, {len(missing)} without figures")


@dataclass
class TaskRun:
    """ClearSkyTask in the task manager: as the GUI thread saw it."""

    seconds: float
    longest_gap_ms: float
    progress_updates: int
    last_progress: float
    ok: bool
    cancelled: bool
    rows: int
    cancel_to_done_ms: float | None = None
    progress_at_cancel: float | None = None
    # The longest time the GUI thread spent in the task's progress slot.
    longest_slot_ms: float = 0.0
    # Full garbage collections while the task ran (they stop every Python thread), the longest.
    full_collections: int = 0
    longest_full_collection_ms: float = 0.0


def task_run(
    client: EarthPlatformClient,
    items: list[Item],
    fieldset: FieldSet,
    context: QgsCoordinateTransformContext,
    heartbeat: Heartbeat,
    cancel_at: float | None = None,
) -> TaskRun:
    """Run ClearSkyTask in QGIS's task manager with the heartbeat on, counting its progress
    updates (received on the GUI thread); with cancel_at, cancel it (as the dock's Cancel
    button does) at the first update at or past that percentage, timing cancel to done."""
    gdal.VSICurlClearCache()
    task = ClearSkyTask(client, lambda: items, fieldset, context)
    updates: list[float] = []
    cancelled_at: list[float] = []
    ended: list[float] = []
    outcomes: list[Any] = []
    slots: list[float] = []

    def on_progress(value: float) -> None:
        began = time.perf_counter()
        updates.append(value)
        if cancel_at is not None and value >= cancel_at and not cancelled_at:
            cancelled_at.append(time.perf_counter())
            task.cancel()
        slots.append(time.perf_counter() - began)

    def on_done(outcome: Any) -> None:
        ended.append(time.perf_counter())
        outcomes.append(outcome)

    task.progressChanged.connect(on_progress)
    task.done.connect(on_done)
    collections = FullCollections()
    heartbeat.start()
    start = time.perf_counter()
    QgsApplication.taskManager().addTask(task)
    try:
        with collections:
            spin_until(lambda: bool(ended), TASK_TIMEOUT, "clear-sky task")
    finally:
        gap = heartbeat.stop()
    outcome = outcomes[0]
    run = TaskRun(
        seconds=ended[0] - start,
        longest_gap_ms=gap * 1000,
        progress_updates=len(updates),
        last_progress=max(updates, default=0.0),
        ok=outcome.ok,
        cancelled=outcome.cancelled,
        rows=len(outcome.result.rows),
        longest_slot_ms=max(slots, default=0.0) * 1000,
        full_collections=len(collections.seconds),
        longest_full_collection_ms=max(collections.seconds, default=0.0) * 1000,
    )
    if cancelled_at:
        run.cancel_to_done_ms = (ended[0] - cancelled_at[0]) * 1000
        run.progress_at_cancel = next(value for value in updates if value >= (cancel_at or 0))
    return run


class FullCollections:
    """While in the block: how long each full (generation 2) garbage collection took."""

    def __init__(self) -> None:
        self.seconds: list[float] = []
        self._began = 0.0

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._began = time.perf_counter()
        else:
            self.seconds.append(time.perf_counter() - self._began)

    def __enter__(self) -> FullCollections:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._callback)


def busy_machine_gap(heartbeat: Heartbeat, threads: int, seconds: float) -> float:
    """The heartbeat's longest gap (ms) while `threads` threads keep the CPUs busy in C without
    holding Python's lock (hashing): what this many busy threads alone do to the GUI thread
    on this machine. With threads=0, the idle machine's own gap."""
    stop = threading.Event()
    data = b"\0" * (1 << 22)

    def burn() -> None:
        while not stop.is_set():
            hashlib.sha256(data).digest()  # releases the GIL for large inputs

    workers = [threading.Thread(target=burn, name=f"bench-burn-{n}") for n in range(threads)]
    heartbeat.start()
    for worker in workers:
        worker.start()
    try:
        spin_for(seconds)
    finally:
        gap = heartbeat.stop()
        stop.set()
        for worker in workers:
            worker.join()
    return gap * 1000


# --- the figures ------------------------------------------------------------------------------


@dataclass
class Setting:
    """What the figures share: the server and client, the items of each block size, the
    fields, and the transform context."""

    folder: Path
    server: StacTestServer
    client: EarthPlatformClient
    items: dict[int, list[Item]]
    fieldset: FieldSet
    context: QgsCoordinateTransformContext
    pairs: int


def clearsky_results(
    runs: int, baseline_runs: int, task_runs: int
) -> tuple[list[Result], dict[str, Any]]:
    """#9-#12 on the clear-sky catalog."""
    folder = clearsky_catalog()
    fieldset = make_fields(N_FIELDS, FIELD_SEED)
    context = QgsProject.instance().transformContext()
    with StacTestServer(folder) as server:
        client = client_for(server)
        items = _l2a_items(client)
        pairs = sum(len(fields) for fields in field_pairs(items[BLOCK], fieldset, context).values())
        if pairs != N_ITEMS * N_FIELDS:
            raise RuntimeError(f"{pairs} field-item pairs, not {N_ITEMS * N_FIELDS}")
        setting = Setting(folder, server, client, items, fieldset, context, pairs)
        results = [
            bytes_result(setting, runs),
            latency_result(setting, runs, baseline_runs),
            *task_results(setting, task_runs),
        ]
        client.close()
    return results, {"clearsky_catalog": str(folder)}


def reference_bytes(setting: Setting, block: int) -> tuple[int, dict[str, BlockCount]]:
    """#9's reference: for each item, the bytes of the blocks under the fields in its own mask
    file (the file's block index), summed over the items; and each file's count."""
    counts = {
        f"variant-{k}": intersecting_blocks(
            variant_path(setting.folder, block, k), setting.fieldset
        )
        for k in range(VARIANTS)
    }
    total = 0
    for item in setting.items[block]:
        total += counts[f"variant-{item['properties']['bench:variant']}"].bytes
    return total, counts


def bytes_result(setting: Setting, runs: int) -> Result:
    """#9: bytes of asset replies against the bytes of the blocks under the fields."""
    server, client, fieldset, context = (
        setting.server,
        setting.client,
        setting.fieldset,
        setting.context,
    )
    log(f"clear sky: bytes served for {N_FIELDS} fields x {N_ITEMS} items (no added latency)")
    product_run(server, client, setting.items[BLOCK], fieldset, context)  # warm-up
    references = {block: reference_bytes(setting, block) for block in BLOCKS}
    ratios: dict[int, Samples] = {block: Samples() for block in BLOCKS}
    served_runs: dict[int, list[dict[str, Any]]] = {block: [] for block in BLOCKS}
    for run in range(runs):
        # The other block size once: a side figure (the bytes do not vary from run to run).
        for block in BLOCKS if run == 0 else (BLOCK,):
            reference = references[block][0]
            result = product_run(server, client, setting.items[block], fieldset, context)
            _check(result, setting.pairs, "compute_clear_sky")
            served_runs[block].append(asdict(result.served) | {"seconds": result.seconds})
            ratios[block].add(result.served.asset_bytes / reference)
            log(
                f"  run {run + 1}/{runs}, {block} px blocks: {result.seconds:.1f} s, "
                f"{result.served.asset_bytes / 1e6:.2f} MB in {result.served.asset_requests} "
                f"asset requests, {result.served.asset_bytes / reference:.2f}x the "
                f"{reference / 1e6:.2f} MB of blocks under the fields; largest reply "
                f"{result.served.largest_reply / 1e3:.0f} KB, whole files "
                f"{result.served.whole_files}"
            )
    reference, counts = references[BLOCK]
    judged = served_runs[BLOCK]
    whole = sum(run["whole_files"] for block in BLOCKS for run in served_runs[block])
    largest = max(run["largest_reply"] for run in judged)
    file_bytes = min(count.file_bytes for count in counts.values())
    blocks = statistics.mean(count.blocks for count in counts.values())
    requests = statistics.median(run["asset_requests"] for run in judged)
    return Result(
        "9",
        f"bytes of asset replies to count clear sky over {N_FIELDS} fields x {N_ITEMS} items "
        f"(10980² uint8 mask COGs, {BLOCK} px blocks, one URL an item) / bytes of the "
        f"full-resolution blocks the fields intersect, from each file's block index "
        f"({blocks:.0f} blocks, {reference / N_ITEMS / 1e3:.0f} KB a mask; {requests:.0f} "
        f"requests; largest reply {largest / 1e3:.0f} KB, {100 * largest / file_bytes:.1f} % "
        f"of a file; whole files served: {whole}; with {OTHER_BLOCK} px blocks: "
        f"{ratios[OTHER_BLOCK].median:.2f}x)",
        "x",
        ratios[BLOCK],
        2.0,
        {
            str(block): {
                "reference_bytes": references[block][0],
                "blocks": {name: asdict(count) for name, count in references[block][1].items()},
                "runs": served_runs[block],
                "ratios": ratios[block].values,
            }
            for block in BLOCKS
        }
        | {"whole_files": whole},
    )


def latency_result(setting: Setting, runs: int, baseline_runs: int) -> Result:
    """#10: compute_clear_sky against one pair after another, with latency on asset requests."""
    server, client, fieldset, context = (
        setting.server,
        setting.client,
        setting.fieldset,
        setting.context,
    )
    items = setting.items[BLOCK]
    log(f"clear sky: {ASSET_LATENCY_MS} ms an asset request, against one pair at a time")
    # The baseline between product runs: P B P P, or P B P B P B with as many of each.
    plan: list[str] = []
    for number in range(max(runs, baseline_runs)):
        plan += ["product"] * (number < runs) + ["baseline"] * (number < baseline_runs)
    ours: list[Run] = []
    theirs: list[Run] = []
    server.configure(asset_latency_ms=ASSET_LATENCY_MS)
    try:
        for side in plan:
            if side == "product":
                one = product_run(server, client, items, fieldset, context)
                ours.append(one)
            else:
                one = sequential_run(server, client, items, fieldset, context)
                theirs.append(one)
            _check(one, setting.pairs, side)
            log(
                f"  {side}: {one.seconds:.1f} s, {one.served.asset_requests} asset requests, "
                f"{one.served.asset_bytes / 1e6:.2f} MB"
            )
    finally:
        server.configure(asset_latency_ms=0)
    baseline_s = statistics.median(run.seconds for run in theirs)
    ratios = Samples([run.seconds / baseline_s for run in ours])
    # Both sides count the same pixels: any pair whose figures differ is a bug.
    differing = sum(run.skies[key] != theirs[0].skies[key] for run in ours for key in run.skies)
    if differing:
        log(f"  !! {differing} pair figures differ between compute_clear_sky and the baseline")
    requests_ours = statistics.median(run.served.asset_requests for run in ours)
    requests_theirs = statistics.median(run.served.asset_requests for run in theirs)
    ours_s = statistics.median(run.seconds for run in ours)
    return Result(
        "10",
        f"the same with {ASSET_LATENCY_MS} ms added to each asset request: compute_clear_sky's "
        f"wall time / reading one pair after another, a GDAL open and a windowed read each "
        f"({ours_s:.1f} s against {baseline_s:.1f} s, the baseline run "
        f"{'once' if len(theirs) == 1 else f'{len(theirs)} times'}; {requests_ours:.0f} asset "
        f"requests against {requests_theirs:.0f}; pairs whose figures differ: {differing})",
        "x",
        ratios,
        0.3,
        {
            "latency_ms": ASSET_LATENCY_MS,
            "compute_clear_sky_s": [run.seconds for run in ours],
            "sequential_s": [run.seconds for run in theirs],
            "compute_clear_sky_served": [asdict(run.served) for run in ours],
            "sequential_served": [asdict(run.served) for run in theirs],
            "pairs_differing": differing,
        },
    )


def task_results(setting: Setting, task_runs: int) -> list[Result]:
    """#11 and #12: ClearSkyTask in the task manager, the GUI heartbeat on; then cancelled."""
    items = setting.items[BLOCK][:TASK_ITEMS]
    fields = make_fields(TASK_FIELDS, TASK_FIELD_SEED)
    pairs = TASK_ITEMS * TASK_FIELDS
    client, context = setting.client, setting.context
    log(f"clear sky: ClearSkyTask on {TASK_FIELDS:,} fields x {TASK_ITEMS} items")
    heartbeat = Heartbeat()
    complete: list[TaskRun] = []
    for run in range(task_runs):
        done = task_run(client, items, fields, context, heartbeat)
        if not done.ok or done.rows != pairs:
            raise RuntimeError(f"the clear-sky task did not complete: {done}")
        complete.append(done)
        log(
            f"  run {run + 1}/{task_runs}: {done.seconds:.1f} s, longest GUI gap "
            f"{done.longest_gap_ms:.0f} ms, {done.progress_updates} progress updates (last at "
            f"{done.last_progress:.0f} %), longest progress slot {done.longest_slot_ms:.1f} ms"
        )
        spin_for(1.0)
    stopped: list[TaskRun] = []
    for run in range(task_runs):
        stop = task_run(client, items, fields, context, heartbeat, CANCEL_AT_PERCENT)
        if not stop.cancelled or stop.cancel_to_done_ms is None:
            raise RuntimeError(f"the clear-sky task was not cancelled: {stop}")
        stopped.append(stop)
        log(
            f"  cancel {run + 1}/{task_runs}: cancelled at {stop.progress_at_cancel:.0f} %, "
            f"done {stop.cancel_to_done_ms:.0f} ms later (longest GUI gap "
            f"{stop.longest_gap_ms:.0f} ms)"
        )
        spin_for(1.0)
    # What the machine alone does to the heartbeat: idle, and with as many busy threads as the
    # task has readers.
    idle = busy_machine_gap(heartbeat, 0, CONTROL_S)
    busy = busy_machine_gap(heartbeat, MAX_READERS, CONTROL_S)
    log(
        f"  the same heartbeat, idle: {idle:.0f} ms; with {MAX_READERS} threads busy in C: "
        f"{busy:.0f} ms"
    )
    wall = statistics.median(run.seconds for run in complete)
    gcs = max(run.longest_full_collection_ms for run in complete)
    updates = statistics.median(run.progress_updates for run in complete)
    slot = max(run.longest_slot_ms for run in complete + stopped)
    return [
        Result(
            "11",
            f"longest gap of a 5 ms GUI heartbeat while ClearSkyTask counts {TASK_FIELDS:,} "
            f"fields x {TASK_ITEMS} items ({pairs:,} pairs, no added latency) in QGIS's task "
            f"manager: it took {wall:.1f} s, with {updates:.0f} progress updates, the last at "
            f"{min(run.last_progress for run in complete):.0f} % (same machine, idle: {idle:.0f} "
            f"ms; with {MAX_READERS} threads busy in C, as many as its readers: {busy:.0f} ms; "
            f"longest full garbage collection in the task: {gcs:.0f} ms; longest GUI-thread "
            f"progress slot: {slot:.1f} ms)",
            "ms",
            Samples([run.longest_gap_ms for run in complete]),
            50,
            {
                "runs": [asdict(run) for run in complete],
                "idle_gap_ms": idle,
                "busy_threads_gap_ms": busy,
            },
        ),
        Result(
            "12",
            f"the same task cancelled at its first progress update past {CANCEL_AT_PERCENT:.0f} "
            f"%: cancel() to its done signal on the GUI thread (longest GUI gap "
            f"{max(run.longest_gap_ms for run in stopped):.0f} ms)",
            "ms",
            Samples([run.cancel_to_done_ms or 0.0 for run in stopped]),
            1000,
            {"runs": [asdict(run) for run in stopped]},
        ),
    ]


def _l2a_items(client: EarthPlatformClient) -> dict[int, list[Item]]:
    """The catalog's sentinel-2-l2a items, as a search returns them to the dock: block size
    -> its N_ITEMS items."""
    wanted = N_ITEMS * len(BLOCKS)
    pages = client.search_pages({"collections": [L2A], "limit": wanted}, max_items=wanted)
    items = sorted((item for page in pages for item in page.features), key=lambda i: i["id"])
    by_block = {
        block: [item for item in items if item["properties"]["bench:block_px"] == block]
        for block in BLOCKS
    }
    if any(len(group) != N_ITEMS for group in by_block.values()):
        raise RuntimeError(f"not {N_ITEMS} items a block size in the clear-sky catalog")
    return by_block
