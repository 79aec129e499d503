"""The search task: pages off the GUI thread, each written to the search's footprint file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsRectangle
from qgis.PyQt.QtCore import pyqtSignal

from earthplatform_qgis.map.acquisitions import Acquisitions
from earthplatform_qgis.map.footprint_file import FootprintWriter, footprint_rows
from earthplatform_qgis.stac.chunks import DEFAULT_CONCURRENCY
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.spec import SearchSpec
from earthplatform_qgis.stac.words import tr
from earthplatform_qgis.tasks.base import CoreTask, TaskOutcome


@dataclass(frozen=True)
class SearchBatch:
    """One page of a search, written to the footprint file: the features it added (ids in
    the file, in the catalog's order), the extent of their outlines and their dates."""

    feature_ids: list[int]
    extent: QgsRectangle | None
    acquisitions: Acquisitions
    items_so_far: int
    number_matched: int | None
    problems: list[str]


def _expected_total(spec: SearchSpec, number_matched: int | None) -> int | None:
    limits = [n for n in (spec.max_items, number_matched) if n is not None]
    return min(limits) if limits else None


class SearchTask(CoreTask):
    """Searches the catalog (a long period in concurrent chunks, see stac/chunks.py) into a
    footprint file (footprint_file.py); each page written is a `batch` signal, in the
    catalog's order. The file is complete (count, extent, spatial index) once `done`."""

    batch = pyqtSignal(object)  # SearchBatch
    outcome: TaskOutcome[int]  # the items received

    def __init__(
        self,
        client: EarthPlatformClient,
        spec: SearchSpec,
        path: Path,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> None:
        description = tr("EarthPlatform search: {what}").format(
            what=", ".join(spec.collections) or tr("item ids")
        )
        super().__init__(description, TaskOutcome(0))
        self.client = client
        spec.to_request_body()  # raises here, on the GUI thread, for a spec that cannot be sent
        self.spec = spec
        self.path = path
        self.concurrency = concurrency

    def work(self) -> None:
        pages = self.client.search(
            self.spec, concurrency=self.concurrency, cancelled=self.isCanceled
        )
        with FootprintWriter(self.path) as writer:
            for page in pages:
                rows, problems = footprint_rows(page.features, page.texts)
                written = writer.write(rows)
                if page.notice:
                    problems.insert(0, page.notice)
                dates = Acquisitions()
                dates.add(row.stamp for row in rows)
                self.batch.emit(
                    SearchBatch(
                        written.feature_ids,
                        written.extent,
                        dates,
                        page.items_so_far,
                        page.number_matched,
                        problems,
                    )
                )
                self.outcome.result = page.items_so_far
                total = _expected_total(self.spec, page.number_matched)
                if total:
                    self.setProgress(100.0 * page.items_so_far / total)
