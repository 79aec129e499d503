"""Clear sky per field and item, counted from the items' cloud masks, and the task that does it.

compute_clear_sky is the whole job (used by the dock's task and by the Processing algorithm):
pair each item with the fields its footprint touches, resolve the items' masks in a few
requests, and count every field under each mask, several masks at a time (a remote mask spends
most of its time waiting on the network) and one open per mask for all its fields.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, TypeVar

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsGeometry,
    QgsMessageLog,
    QgsSpatialIndex,
)

from earthplatform_qgis.__about__ import LOG_TAG
from earthplatform_qgis.gdal_network import reading_through
from earthplatform_qgis.map.clearsky import (
    MASK_NAMES,
    ClearSky,
    ClearSkyRow,
    FieldCounts,
    MaskRaster,
    MaskReadError,
    clear_sky,
)
from earthplatform_qgis.map.clearsky_table import clear_sky_features, clear_sky_fields
from earthplatform_qgis.map.fields import Field, FieldSet
from earthplatform_qgis.map.gdal_failures import scrub
from earthplatform_qgis.map.geometry import polygon_from_geojson
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import CancelledError, EarthPlatformError
from earthplatform_qgis.stac.links import fresh_hrefs, link_expiry
from earthplatform_qgis.stac.masks import CloudMask, first_masks, resolve_masks
from earthplatform_qgis.stac.words import tr
from earthplatform_qgis.tasks.base import CoreTask, TaskOutcome
from earthplatform_qgis.tasks.heap import HEAP

# Masks read at once: enough to hide an object store's latency, few enough to be polite to it.
MAX_READERS = 8
# A link this close to its expiry is renewed before it is opened.
EXPIRY_MARGIN_S = 30
# How often the coordinating thread reports progress and looks for a cancel.
_POLL_S = 0.1
# The status with which a signed link's server refuses it once it has expired.
FORBIDDEN = 403
Item = dict[str, Any]
T = TypeVar("T")


@dataclass
class ClearSkyResult:
    """The table's rows, ordered by date, item and field; the fields no item covers; and,
    from ClearSkyTask, the rows as the table layer's features, built off the GUI thread."""

    rows: list[ClearSkyRow] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)
    features: list[QgsFeature] = field(default_factory=list)


def field_pairs(
    items: list[Item], fieldset: FieldSet, context: QgsCoordinateTransformContext
) -> dict[str, list[Field]]:
    """Item id -> the fields its footprint intersects (items touching none are left out)."""
    to_lonlat = QgsCoordinateTransform(
        fieldset.crs, QgsCoordinateReferenceSystem("EPSG:4326"), context
    )
    to_lonlat.setBallparkTransformsAreAppropriate(True)
    index = QgsSpatialIndex()
    lonlat: dict[int, QgsGeometry] = {}
    for number, each in enumerate(fieldset.fields):
        geometry = QgsGeometry(each.geometry)
        try:
            geometry.transform(to_lonlat)
        except QgsCsException:
            continue  # beyond what longitude/latitude can express: no footprint covers it
        lonlat[number] = geometry
        index.addFeature(number, geometry.boundingBox())
    pairs: dict[str, list[Field]] = {}
    for item in items:
        footprint, _ = polygon_from_geojson(item.get("geometry"))
        if footprint is None:
            continue
        engine = QgsGeometry.createGeometryEngine(footprint.constGet())
        engine.prepareGeometry()
        touching = sorted(
            number
            for number in index.intersects(footprint.boundingBox())
            if engine.intersects(lonlat[number].constGet())
        )
        if touching:
            pairs[str(item["id"])] = [fieldset.fields[number] for number in touching]
    return pairs


class _MaskReader:
    """One item's mask, opened once for all its fields; its signed link renewed once when it
    has expired (before opening, or when the server refuses it, then opened anew)."""

    def __init__(self, client: EarthPlatformClient, mask: CloudMask, renewing: threading.Lock):
        self.client, self.mask, self._renewing = client, mask, renewing
        self.href = mask.href
        self.renewed = False
        expiry = link_expiry(self.href)
        if expiry is not None and expiry < time.time() + EXPIRY_MARGIN_S:
            self._renew()
        self.raster = self._refusable(lambda: MaskRaster(self.href), reopen=False)

    def count(self, each: Field, transform: QgsCoordinateTransform) -> FieldCounts:
        return self._refusable(lambda: self.raster.count(each.geometry, transform))

    def _refusable(self, action: Callable[[], T], reopen: bool = True) -> T:
        """action(); where the server refuses the link, done again once with a renewed link
        (the mask reopened first when `reopen`)."""
        try:
            return action()
        except MaskReadError as error:
            if error.status != FORBIDDEN or self.renewed:
                raise _refusal(error, self.renewed) from None
        self._renew()
        try:
            if reopen:
                self.raster = MaskRaster(self.href)
            return action()
        except MaskReadError as error:
            raise _refusal(error, renewed=True) from None

    def _renew(self) -> None:
        self.renewed = True
        try:
            with self._renewing:  # one client, shared by the readers
                fresh = fresh_hrefs(self.client, [self.mask.ref]).get(self.mask.ref)
        except EarthPlatformError as error:
            raise MaskReadError(
                tr("its link expired and a new one could not be had: {error}").format(error=error)
            ) from None
        if fresh is None:
            raise MaskReadError(tr("its link expired and the catalog gave no new one"))
        self.href = fresh


def _refusal(error: MaskReadError, renewed: bool) -> MaskReadError:
    """The error, said as a refusal that a renewed link did not help where that is so."""
    if error.status == FORBIDDEN and renewed:
        return MaskReadError(
            tr("the server refused its link ({status}, forbidden), even once renewed").format(
                status=FORBIDDEN
            ),
            error.status,
        )
    return error


def compute_clear_sky(
    client: EarthPlatformClient,
    items: list[Item],
    fieldset: FieldSet,
    context: QgsCoordinateTransformContext,
    *,
    progress: Callable[[float], None] = lambda percent: None,
    cancelled: Callable[[], bool] = lambda: False,
    readers: int = MAX_READERS,
) -> ClearSkyResult:
    """Clear sky of every (field, item) pair where the item's footprint touches the field.

    Raises CancelledError once cancelled (within about _POLL_S plus one field's read).
    """
    pairs = field_pairs(items, fieldset, context)
    covered = {each.field_id for fields in pairs.values() for each in fields}
    result = ClearSkyResult(
        uncovered=[each.field_id for each in fieldset.fields if each.field_id not in covered]
    )
    by_id = {str(item["id"]): item for item in items if str(item["id"]) in pairs}
    resolution = resolve_masks(client, list(by_id.values()), cancelled=cancelled)
    masks = first_masks(resolution.masks)
    for item_id in pairs.keys() - masks.keys():
        reason = resolution.missing.get(item_id, tr("no cloud mask"))
        result.rows += [_row(by_id[item_id], each, None, None, reason) for each in pairs[item_id]]
    total = sum(len(pairs[item_id]) for item_id in masks) or 1
    shared = _Readers(client, cancelled)
    pool = ThreadPoolExecutor(max_workers=readers)
    try:
        pending: set[Future[list[ClearSkyRow]]] = {
            pool.submit(
                shared.rows,
                by_id[item_id],
                mask,
                pairs[item_id],
                fieldset.crs,
                context,
            )
            for item_id, mask in masks.items()
        }
        while pending:
            finished, pending = wait(pending, timeout=_POLL_S, return_when=FIRST_COMPLETED)
            for future in finished:
                result.rows += future.result()
            progress(100.0 * shared.done / total)
            if cancelled():
                raise CancelledError("Cancelled")
    finally:
        # Once cancelled, a read still in flight is left to end on its own: waiting for a
        # slow object store would hold the cancel up for as long as the read takes.
        pool.shutdown(wait=not cancelled(), cancel_futures=True)
    position = {each.field_id: number for number, each in enumerate(fieldset.fields)}
    result.rows.sort(key=lambda row: (row.datetime or "", row.item_id, position[row.field_id]))
    return result


class _Readers:
    """What the mask readers share: the client (one link renewal at a time), the count of
    fields done so far, and the cancel."""

    def __init__(self, client: EarthPlatformClient, cancelled: Callable[[], bool]) -> None:
        self.client, self.cancelled = client, cancelled
        self.renewing = threading.Lock()
        self.done = 0
        self._counting = threading.Lock()

    def _tick(self) -> None:
        with self._counting:
            self.done += 1

    def rows(
        self,
        item: Item,
        mask: CloudMask,
        fields: list[Field],
        crs: QgsCoordinateReferenceSystem,
        context: QgsCoordinateTransformContext,
    ) -> list[ClearSkyRow]:
        """One item's rows: every field under its mask, or each saying why it has no figure.

        Whatever goes wrong stays with the item (its mask cannot be opened) or the pair (its
        field cannot be read): the other rows are counted all the same.
        """
        with reading_through(self.client.network, mask.href):
            kind = mask.kind.key
            unreadable = tr("the {mask} cannot be read").format(mask=_mask_in_sentence(mask))
            try:
                reader = _MaskReader(self.client, mask, self.renewing)
                transform = reader.raster.transform_from(crs, context)
            except MaskReadError as error:
                for _ in fields:
                    self._tick()
                note = tr("{problem}: {error}").format(problem=unreadable, error=error)
                return [_row(item, each, kind, None, note) for each in fields]
            except Exception:  # a bug or a file nobody foresaw: this item's rows say so
                note = _unexpected(item, mask)
                for _ in fields:
                    self._tick()
                return [_row(item, each, kind, None, note) for each in fields]
            rows = []
            for each in fields:
                if self.cancelled():
                    break
                try:
                    counts = reader.count(each, transform)
                    sky = clear_sky(counts, kind, reader.raster.nodata)
                except MaskReadError as error:
                    note = tr("{problem}: {error}").format(problem=unreadable, error=error)
                    rows.append(_row(item, each, kind, None, note))
                except Exception:  # as above, for this pair alone
                    rows.append(_row(item, each, kind, None, _unexpected(item, mask, reader.href)))
                else:
                    rows.append(_row(item, each, kind, sky, sky.note))
                self._tick()
            return rows


def _mask_in_sentence(mask: CloudMask) -> str:
    """The mask's title inside a sentence: "Agriculture cloud mask" -> "agriculture cloud
    mask", an initialism kept ("EDA cloud mask")."""
    title = tr(mask.kind.title)
    if len(title) > 1 and title[1].islower():
        return title[0].lower() + title[1:]
    return title


def _unexpected(item: Item, mask: CloudMask, *hrefs: str) -> str:
    """The note of a pair an unforeseen error stopped; its trace goes to the log (without
    signed URLs)."""
    trace = scrub(traceback.format_exc(), (mask.href, *hrefs))
    QgsMessageLog.logMessage(
        f"Clear sky of {item.get('id')}: {trace}", LOG_TAG, Qgis.MessageLevel.Critical
    )
    return tr(
        "the {mask} cannot be counted: an unexpected error stopped it (the details are in the "
        "{log} log)"
    ).format(mask=_mask_in_sentence(mask), log=LOG_TAG)


def _row(item: Item, each: Field, kind: str | None, sky: ClearSky | None, note: str) -> ClearSkyRow:
    properties = item.get("properties") or {}
    notes = "; ".join(part for part in (each.note, note) if part)
    return ClearSkyRow(
        field_id=each.field_id,
        item_id=str(item["id"]),
        collection=str(item.get("collection") or ""),
        datetime=properties.get("datetime") or properties.get("start_datetime"),
        mask=MASK_NAMES[kind] if kind else None,
        sky=sky,
        note=notes,
    )


class ClearSkyTask(CoreTask):
    """Counts clear sky over the fields in the items' masks, off the GUI thread.

    `read_items` is called in the task: reading and parsing the items of a large footprint
    layer (a QgsVectorLayerFeatureSource, see footprints.items_of) takes seconds.
    """

    outcome: TaskOutcome[ClearSkyResult]

    def __init__(
        self,
        client: EarthPlatformClient,
        read_items: Callable[[], list[Item]],
        fieldset: FieldSet,
        context: QgsCoordinateTransformContext,
    ) -> None:
        super().__init__(
            tr("EarthPlatform: clear sky over {fields}").format(fields=fieldset.describe()),
            TaskOutcome(ClearSkyResult()),
        )
        self.client, self.read_items = client, read_items
        self.fieldset, self.context = fieldset, context
        # Made on the GUI thread, which also runs finished(): the freeze is taken and handed
        # back there, whether the task runs, fails or is cancelled before it starts.
        HEAP.hold()

    def work(self) -> None:
        result = compute_clear_sky(
            self.client,
            self.read_items(),
            self.fieldset,
            self.context,
            progress=self.setProgress,
            cancelled=self.isCanceled,
        )
        # Tens of thousands of rows take longer to build than the GUI may stall.
        result.features = clear_sky_features(result.rows, clear_sky_fields())
        self.outcome.result = result

    def finished(self, result: bool) -> None:
        HEAP.release()
        super().finished(result)
