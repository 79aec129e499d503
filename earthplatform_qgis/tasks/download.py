"""The download task: assets of items into a folder, with byte progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.download import Downloader, DownloadReport, plan_downloads
from earthplatform_qgis.stac.links import fresh_hrefs
from earthplatform_qgis.stac.words import tr
from earthplatform_qgis.tasks.base import CoreTask, TaskOutcome


class DownloadTask(CoreTask):
    """Downloads assets of items into a folder (see stac.download), with byte progress."""

    outcome: TaskOutcome[DownloadReport]

    def __init__(
        self,
        client: EarthPlatformClient,
        items: list[dict[str, Any]],
        keys: list[str],
        folder: Path,
    ) -> None:
        description = tr("EarthPlatform: downloading assets to {folder}").format(folder=folder)
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
