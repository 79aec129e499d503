"""Keeps each search's footprint file exactly as long as something needs it: a layer of the
session, or a saved project (see map/footprint_store.py for where the files live)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsPathResolver, QgsProject
from qgis.PyQt.QtCore import QObject

from earthplatform_qgis.__about__ import LOG_TAG
from earthplatform_qgis.map.footprint_file import file_of_source
from earthplatform_qgis.map.footprint_store import FootprintSaveError, FootprintStore


class FootprintKeeper(QObject):
    """Copies the session's footprint files beside a project as it is saved (the project
    names the copies), and deletes a session file once no layer uses it. `warn` tells the
    user when a copy fails."""

    def __init__(
        self,
        store: FootprintStore,
        warn: Callable[[str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._warn = warn
        self._going: set[Path] = set()
        # What failed during the save under way: a project names a file several times.
        self._failed: set[Path] = set()
        store.sweep()
        project = QgsProject.instance()
        project.layersWillBeRemoved.connect(self._layers_going)
        project.layersRemoved.connect(self._layers_gone)
        project.projectSaved.connect(self._failed.clear)
        self._writer = QgsPathResolver.setPathWriter(self._saved_path)

    def stop(self) -> None:
        """Stop keeping (on unload); delete the session files no layer uses."""
        project = QgsProject.instance()
        project.layersWillBeRemoved.disconnect(self._layers_going)
        project.layersRemoved.disconnect(self._layers_gone)
        project.projectSaved.disconnect(self._failed.clear)
        QgsPathResolver.removePathWriter(self._writer)
        self.store.tidy(_files_in_use())

    def _saved_path(self, path: str) -> str:
        """A path as the project being saved writes it: a session file's copy beside it."""
        file = file_of_source(path)
        project_file = QgsProject.instance().fileName()
        if file is None or not project_file or not self.store.holds(file):
            return path
        if file in self._failed:
            return path
        try:
            copy = self.store.copy_beside(file, Path(project_file))
        except FootprintSaveError as error:
            self._failed.add(file)
            message = f"{error}. The project will not find these footprints once QGIS closes."
            QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Critical)
            if self._warn is not None:
                self._warn(message)
            return path
        return path.replace(str(file), str(copy), 1)

    def _layers_going(self, layer_ids: list[str]) -> None:
        project = QgsProject.instance()
        for layer_id in layer_ids:
            layer = project.mapLayer(layer_id)
            file = file_of_source(layer.source()) if layer is not None else None
            if file is not None and self.store.holds(file):
                self._going.add(file)

    def _layers_gone(self, _layer_ids: list[str]) -> None:
        in_use = _files_in_use()
        for file in self._going - in_use:
            self.store.discard(file)
        self._going.clear()


def _files_in_use() -> set[Path]:
    """The GeoPackages the project's layers read."""
    layers = QgsProject.instance().mapLayers().values()
    return {file for layer in layers if (file := file_of_source(layer.source())) is not None}
