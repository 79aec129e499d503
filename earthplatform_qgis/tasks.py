"""QgsTasks that run the core off the GUI thread and hand results back through signals.

Thin on purpose: each work() calls the core and keeps what it got in its outcome; every task
ends with one signal, done(outcome), received on the main thread (the task object lives
there), so layers are only ever touched on the main thread.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeature,
    QgsFields,
    QgsMapLayer,
    QgsMessageLog,
    QgsTask,
)
from qgis.PyQt.QtCore import pyqtSignal

from earthplatform_qgis.__about__ import LOG_TAG
from earthplatform_qgis.core.assets import AssetKind, asset_layer, item_assets
from earthplatform_qgis.core.client import CollectionInfo, ConnectionCheck, EarthPlatformClient
from earthplatform_qgis.core.cloudmask import (
    AssetRef,
    CloudMask,
    MaskResolution,
    fresh_hrefs,
    resolve_masks,
)
from earthplatform_qgis.core.download import Downloader, DownloadReport, plan_downloads
from earthplatform_qgis.core.errors import CancelledError, EarthPlatformError
from earthplatform_qgis.core.imagery import (
    ImageryError,
    imagery_layer,
    imagery_problem,
    true_colour,
)
from earthplatform_qgis.core.layers import (
    features_from_items,
    layer_problem,
    mask_layer,
    mask_layer_name,
    mask_layer_problem,
)
from earthplatform_qgis.core.search import SearchSpec


@dataclass(frozen=True)
class SearchBatch:
    """One page of a search, ready for the layer: features built off the GUI thread."""

    features: list[QgsFeature]
    items_so_far: int
    number_matched: int | None
    problems: list[str]


Result = TypeVar("Result")


@dataclass
class TaskOutcome(Generic[Result]):
    """How a task ended (ok, cancelled, or failed with a message for the user) and what it
    made: `result` keeps what was done before a cancel or failure too."""

    result: Result
    ok: bool = False
    cancelled: bool = False
    error: str = ""
    details: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CatalogCollections:
    """The catalog's collections, and the properties its /queryables names (for hints)."""

    collections: list[CollectionInfo]
    queryables: set[str]


def _expected_total(spec: SearchSpec, number_matched: int | None) -> int | None:
    limits = [n for n in (spec.max_items, number_matched) if n is not None]
    return min(limits) if limits else None


class CoreTask(QgsTask):
    """A task whose work() calls the core; `outcome` says how it ended, in the user's words,
    and `done` hands it over on the main thread once the task ends."""

    done = pyqtSignal(object)  # TaskOutcome; its result's type is given by each task

    def __init__(
        self, description: str, outcome: TaskOutcome[Any], flags: Any = QgsTask.Flag.CanCancel
    ) -> None:
        super().__init__(description, flags)
        self.outcome = outcome

    def work(self) -> None:
        """The task's job, run on a worker thread."""
        raise NotImplementedError

    def run(self) -> bool:
        try:
            self.work()
        except CancelledError:
            self.outcome.cancelled = True
            return False
        except EarthPlatformError as error:
            self.outcome.error = str(error)
            return False
        except Exception:  # a bug or input nobody foresaw: said in words, the trace logged
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            self.outcome.error = (
                f"{self.description()} stopped on an unexpected error; the details are in the "
                f"{LOG_TAG} log."
            )
            return False
        self.outcome.cancelled = self.isCanceled()
        self.outcome.ok = not self.outcome.cancelled
        return self.outcome.ok

    def finished(self, result: bool) -> None:
        # Also a task cancelled before it ran: it reads cancelled, not failed without a word.
        self.outcome.cancelled = self.outcome.cancelled or self.isCanceled()
        self.done.emit(self.outcome)


class SearchTask(CoreTask):
    """Searches the catalog page by page; each page becomes a `batch` signal."""

    batch = pyqtSignal(object)  # SearchBatch
    outcome: TaskOutcome[int]  # the items received

    def __init__(self, client: EarthPlatformClient, spec: SearchSpec, fields: QgsFields) -> None:
        description = f"EarthPlatform search: {', '.join(spec.collections) or 'item ids'}"
        super().__init__(description, TaskOutcome(0))
        self.client = client
        self.body = spec.to_request_body()
        self.spec = spec
        self.fields = fields

    def work(self) -> None:
        pages = self.client.search_pages(
            self.body, max_items=self.spec.max_items, cancelled=self.isCanceled
        )
        for page in pages:
            features, problems = features_from_items(page.features, self.fields, page.texts)
            self.batch.emit(SearchBatch(features, page.items_so_far, page.number_matched, problems))
            self.outcome.result = page.items_so_far
            total = _expected_total(self.spec, page.number_matched)
            if total:
                self.setProgress(100.0 * page.items_so_far / total)


class CollectionsTask(CoreTask):
    """Lists the catalog's collections."""

    outcome: TaskOutcome[CatalogCollections]

    def __init__(self, client: EarthPlatformClient) -> None:
        empty = TaskOutcome(CatalogCollections([], set()))
        super().__init__("EarthPlatform: listing collections", empty)
        self.client = client

    def work(self) -> None:
        collections = self.client.collections()
        try:
            queryables = self.client.queryables()
        except EarthPlatformError:
            # Only used for hints: a catalog without /queryables still searches fine.
            queryables = set()
        self.outcome.result = CatalogCollections(collections, queryables)


class _LayerTask(CoreTask):
    """A task that opens layers off the GUI thread (a /vsicurl/ raster reads its header over
    the network) and moves each to the main thread before it is handed over."""

    def _handed_over(self, layer: QgsMapLayer, problem: str | None) -> QgsMapLayer | None:
        """The layer moved to the main thread, or None with its problem in the details."""
        if problem:
            self.outcome.details.append(problem)
            return None
        layer.moveToThread(QgsApplication.instance().thread())
        return layer

    def _open_mask(self, mask: CloudMask) -> QgsMapLayer | None:
        """The mask as a styled layer, or None with the reason in the outcome's details."""
        layer = mask_layer(mask, mask_layer_name(mask))
        return self._handed_over(layer, mask_layer_problem(layer, mask))

    def _resolve_masks(self, items: list[dict[str, Any]]) -> MaskResolution:
        resolution = resolve_masks(self.client, items, cancelled=self.isCanceled)
        self.outcome.details = [f"{item}: {why}" for item, why in resolution.missing.items()]
        return resolution


class MaskTask(_LayerTask):
    """Resolves the cloud masks of items and opens each as a raster layer."""

    outcome: TaskOutcome[list[tuple[CloudMask, QgsMapLayer]]]

    def __init__(self, client: EarthPlatformClient, items: list[dict[str, Any]]) -> None:
        super().__init__("EarthPlatform: loading cloud masks", TaskOutcome([]))
        self.client = client
        self.items = items

    def work(self) -> None:
        resolution = self._resolve_masks(self.items)
        for index, mask in enumerate(resolution.masks):
            if self.isCanceled():
                return
            layer = self._open_mask(mask)
            if layer is not None:
                self.outcome.result.append((mask, layer))
            self.setProgress(100.0 * (index + 1) / len(resolution.masks))


@dataclass
class ItemImagery:
    """An item's true-colour layer and the cloud mask to lay over it (either may be missing)."""

    item_id: str
    image: QgsMapLayer | None = None
    mask: QgsMapLayer | None = None


class ImageryTask(_LayerTask):
    """Opens each item's true-colour imagery and its first cloud mask (agriculture, EDA, SCL)."""

    outcome: TaskOutcome[list[ItemImagery]]

    def __init__(
        self, client: EarthPlatformClient, items: list[dict[str, Any]], vrt_folder: Path
    ) -> None:
        super().__init__("EarthPlatform: loading imagery with cloud masks", TaskOutcome([]))
        self.client = client
        self.items = items
        self.vrt_folder = vrt_folder

    def work(self) -> None:
        resolution = self._resolve_masks(self.items)
        first_mask: dict[str, CloudMask] = {}
        for mask in resolution.masks:  # in the order of MASK_KINDS, SCL last
            first_mask.setdefault(mask.item_id, mask)
        for index, item in enumerate(self.items):
            if self.isCanceled():
                return
            found = ItemImagery(str(item["id"]))
            found.image = self._open_imagery(item)
            if found.item_id in first_mask:
                found.mask = self._open_mask(first_mask[found.item_id])
            if found.image is not None or found.mask is not None:
                self.outcome.result.append(found)
            self.setProgress(100.0 * (index + 1) / len(self.items))

    def _open_imagery(self, item: dict[str, Any]) -> QgsMapLayer | None:
        try:
            source = true_colour(item)
            layer = imagery_layer(source, self.vrt_folder)
        except ImageryError as error:
            self.outcome.details.append(str(error))
            return None
        return self._handed_over(layer, imagery_problem(layer, source))


class AssetLayersTask(_LayerTask):
    """Opens assets of one item as layers: rasters through GDAL, vectors through OGR."""

    outcome: TaskOutcome[list[QgsMapLayer]]

    def __init__(self, item: dict[str, Any], keys: list[str]) -> None:
        super().__init__(f"EarthPlatform: adding assets of {item.get('id')}", TaskOutcome([]))
        self.item = item
        self.keys = keys

    def work(self) -> None:
        assets = {asset.key: asset for asset in item_assets(self.item)}
        for key in self.keys:
            if self.isCanceled():
                return
            asset = assets.get(key)
            if asset is None or asset.href is None or asset.kind == AssetKind.FILE:
                self.outcome.details.append(f"'{key}' cannot be added as a layer.")
                continue
            item_id = str(self.item.get("id"))
            layer = asset_layer(item_id, asset)
            problem = layer_problem(layer, f"'{key}' of {item_id}", (asset.href,))
            if (handed := self._handed_over(layer, problem)) is not None:
                self.outcome.result.append(handed)


class DownloadTask(CoreTask):
    """Downloads assets of items into a folder (see core.download), with byte progress."""

    transferred = pyqtSignal(int, object)  # bytes done, bytes expected or None
    outcome: TaskOutcome[DownloadReport]

    def __init__(
        self,
        client: EarthPlatformClient,
        items: list[dict[str, Any]],
        keys: list[str],
        folder: Path,
    ) -> None:
        description = f"EarthPlatform: downloading assets to {folder}"
        super().__init__(description, TaskOutcome(DownloadReport()))
        self.client = client
        self.plan = plan_downloads(items, keys, folder)

    def work(self) -> None:
        self.outcome.details = list(self.plan.missing)
        downloader = Downloader(
            self.client.asset_session,
            lambda refs: fresh_hrefs(self.client, refs, self.isCanceled),
            self._progress,
            self.isCanceled,
        )
        try:
            downloader.run(self.plan)
        finally:  # a cancelled run keeps what it completed
            report = self.outcome.result = downloader.report
            self.outcome.details += [problem for _, problem in report.failed]
            self.outcome.details += report.problems

    def _progress(self, done: int, total: int | None) -> None:
        if total:
            self.setProgress(100.0 * done / total)
        self.transferred.emit(done, total)


class CheckTask(CoreTask):
    """ "Test connection": token, landing page and conformance, off the GUI thread."""

    outcome: TaskOutcome[ConnectionCheck]

    def __init__(self, client: EarthPlatformClient) -> None:
        not_run = TaskOutcome(ConnectionCheck(False, "The check did not run."))
        super().__init__("EarthPlatform: testing the connection", not_run, QgsTask.Flag(0))
        self.client = client

    def work(self) -> None:
        self.outcome.result = self.client.check()


class RefreshSourcesTask(CoreTask):
    """Asks the catalog for newly signed URLs of assets that saved layers stream."""

    outcome: TaskOutcome[dict[AssetRef, str]]

    def __init__(self, client: EarthPlatformClient, refs: list[AssetRef]) -> None:
        super().__init__("EarthPlatform: renewing asset links", TaskOutcome({}))
        self.client = client
        self.refs = refs

    def work(self) -> None:
        self.outcome.result = fresh_hrefs(self.client, self.refs, self.isCanceled)
