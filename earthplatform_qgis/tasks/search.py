"""The search task: pages off the GUI thread, each turned into footprint features there."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsFeature, QgsFields
from qgis.PyQt.QtCore import pyqtSignal

from earthplatform_qgis.map.footprints import features_from_items
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.spec import SearchSpec
from earthplatform_qgis.tasks.base import CoreTask, TaskOutcome


@dataclass(frozen=True)
class SearchBatch:
    """One page of a search, ready for the layer: features built off the GUI thread."""

    features: list[QgsFeature]
    items_so_far: int
    number_matched: int | None
    problems: list[str]


def _expected_total(spec: SearchSpec, number_matched: int | None) -> int | None:
    limits = [n for n in (spec.max_items, number_matched) if n is not None]
    return min(limits) if limits else None


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
