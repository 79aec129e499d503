"""Runs one search at a time: a footprint layer that grows page by page, and the results model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayerTreeGroup,
    QgsMessageLog,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from earthplatform_qgis.__about__ import LOG_TAG
from earthplatform_qgis.gui.results_model import ResultsModel
from earthplatform_qgis.map.acquisitions import Acquisitions
from earthplatform_qgis.map.footprint_store import session_store
from earthplatform_qgis.map.footprints import open_footprint_layer, show_complete, show_written
from earthplatform_qgis.map.names import layer_name
from earthplatform_qgis.settings import Settings
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import EarthPlatformError
from earthplatform_qgis.stac.spec import SearchSpec
from earthplatform_qgis.tasks.base import TaskOutcome
from earthplatform_qgis.tasks.heap import HEAP
from earthplatform_qgis.tasks.search import SearchBatch, SearchTask
from earthplatform_qgis.translation import tr

GROUP_NAME = "EarthPlatform"
# Beside a layer's name while its search still writes to it: a project saved meanwhile keeps
# a layer that says it is not complete.
SEARCHING = " (searching…)"


def plugin_group() -> QgsLayerTreeGroup:
    """The layer tree group every EarthPlatform layer goes into, created on first use."""
    root = QgsProject.instance().layerTreeRoot()
    group = root.findGroup(GROUP_NAME)
    return group if group is not None else root.insertGroup(0, GROUP_NAME)


def plugin_subgroup(name: str) -> QgsLayerTreeGroup:
    """A group of that name inside the plugin's group, created on first use."""
    group = plugin_group()
    return group.findGroup(name) or group.addGroup(name)


@dataclass
class _Run:
    """One search's state: its task, its layer and how far it got."""

    task: SearchTask
    layer_id: str
    name: str
    acquisitions: Acquisitions = field(default_factory=Acquisitions)
    count: int = 0
    matched: int | None = None
    done: bool = False


class SearchRunner(QObject):
    """Starts searches (cancelling the one running), feeds their pages to a layer and the model."""

    progress = pyqtSignal(str)
    layer_created = pyqtSignal(object)  # QgsVectorLayer of a new search
    finished = pyqtSignal(object)  # TaskOutcome, with `error`/`cancelled` for the dock to show

    def __init__(self, model: ResultsModel) -> None:
        super().__init__()
        self.model = model
        # The running search, if any, and the latest one (running or not), whose layer and
        # messages the dock shows.
        self._run: _Run | None = None
        self._latest: _Run | None = None
        # Tasks still winding down after a cancel, kept alive until their last signal.
        self._stopping: list[_Run] = []
        self._when_idle: list[Callable[[], None]] = []

    @property
    def running(self) -> bool:
        return self._run is not None

    def layer(self) -> QgsVectorLayer | None:
        """The latest search's layer, while it is in the project."""
        if self._latest is None:
            return None
        layer = QgsProject.instance().mapLayer(self._latest.layer_id)
        return layer if isinstance(layer, QgsVectorLayer) else None

    def acquisitions(self) -> Acquisitions:
        """The dates of the latest search's footprints (counted as they were written: reading
        them back from a 100,000-footprint layer would hold up QGIS)."""
        return self._latest.acquisitions if self._latest is not None else Acquisitions()

    def start(self, client: EarthPlatformClient, spec: SearchSpec) -> None:
        """Replace any running search (its unfinished layer goes too), then search with spec
        into a new layer."""
        replaced = self._run
        self.cancel()
        if replaced is not None:
            QgsProject.instance().removeMapLayer(replaced.layer_id)
        when = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        name = layer_name("EarthPlatform", ", ".join(spec.collections) or tr("item ids"), when)
        try:
            path = session_store().new_file(name)
            layer = open_footprint_layer(path, name + SEARCHING)
        except EarthPlatformError as error:  # the profile folder is full or read-only
            self.progress.emit(tr("Not searched: {error}").format(error=error))
            self.finished.emit(TaskOutcome(0, error=str(error)))
            return
        QgsProject.instance().addMapLayer(layer, False)
        plugin_group().insertLayer(0, layer)
        self.layer_created.emit(layer)
        self.model.show_layer(layer)
        task = SearchTask(client, spec, path, Settings.load().search_concurrency)
        run = _Run(task, layer.id(), name)
        # Closing the project or removing the layer stops the search feeding it, and takes
        # its rows from the table (they are read from the layer).
        layer.willBeDeleted.connect(lambda: self._layer_going(run))
        task.batch.connect(lambda batch: self._on_batch(run, batch))
        task.done.connect(lambda outcome: self._on_done(run, outcome))
        self._run = self._latest = run
        self.progress.emit(tr("Searching…"))
        HEAP.hold()  # released in _on_done, which every task reaches
        QgsApplication.taskManager().addTask(task)

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Call back once no search runs or winds down (now, if none does)."""
        if self._run is None and not self._stopping:
            callback()
        else:
            self._when_idle.append(callback)

    def cancel(self) -> None:
        """Ask the running search to stop; its layer keeps what arrived, marked partial."""
        if self._run is not None:
            self._stopping.append(self._run)
            self._run.task.cancel()
            self._run = None

    def _layer_going(self, run: _Run) -> None:
        # Once done, the task manager has deleted the task: only a running one can be stopped.
        if not run.done:
            run.task.cancel()
        if run is self._latest:
            self.model.clear()

    def _on_batch(self, run: _Run, batch: SearchBatch) -> None:
        layer = QgsProject.instance().mapLayer(run.layer_id)
        if not isinstance(layer, QgsVectorLayer):  # the user removed it: stop filling it
            run.task.cancel()
            return
        show_written(layer, batch.extent)
        run.acquisitions.merge(batch.acquisitions)
        run.count = batch.items_so_far
        run.matched = batch.number_matched
        for problem in batch.problems:
            QgsMessageLog.logMessage(problem, LOG_TAG, Qgis.MessageLevel.Warning)
        if run is self._latest:
            self.model.append(batch.feature_ids)
            self.progress.emit(self._describe(run))

    def _on_done(self, run: _Run, outcome: TaskOutcome[int]) -> None:
        run.done = True
        HEAP.release()
        if run in self._stopping:
            self._stopping.remove(run)
        if run is self._run:
            self._run = None
        if self._run is None and not self._stopping:
            while self._when_idle:
                self._when_idle.pop(0)()
        layer = QgsProject.instance().mapLayer(run.layer_id)
        if isinstance(layer, QgsVectorLayer):
            show_complete(layer)
        complete = outcome.ok and not outcome.cancelled
        if layer is not None and complete:
            layer.setName(run.name)
        if layer is not None and not complete:
            total = "?" if run.matched is None else str(run.matched)
            layer.setName(f"{run.name} (partial: {run.count} of {total})")
        if layer is not None and complete and run.count == 0:
            QgsProject.instance().removeMapLayer(run.layer_id)
        if outcome.error:
            QgsMessageLog.logMessage(outcome.error, LOG_TAG, Qgis.MessageLevel.Critical)
        if run is self._latest:
            self.progress.emit(self._describe(run, outcome))
            self.finished.emit(outcome)

    @staticmethod
    def _describe(run: _Run, outcome: TaskOutcome[int] | None = None) -> str:
        matched = (
            "" if run.matched is None else tr(" of {matched} matched").format(matched=run.matched)
        )
        text = tr("{count} shown{matched}").format(count=run.count, matched=matched)
        if outcome is None:
            return text + "…"
        if outcome.cancelled:
            return tr("Cancelled: {count} kept{matched}").format(count=run.count, matched=matched)
        if outcome.error:
            return tr("Failed after {count} items: {error}").format(
                count=run.count, error=outcome.error
            )
        if run.count == 0:
            return tr("No items match these filters in this area.")
        return text
