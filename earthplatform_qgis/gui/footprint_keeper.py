"""Keeps each search's footprint file exactly as long as something needs it: a layer of the
session, or a saved project (see map/footprint_store.py for where the files live)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import Qgis, QgsMessageLog, QgsPathResolver, QgsProject
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtXml import QDomDocument

from earthplatform_qgis.__about__ import LOG_TAG
from earthplatform_qgis.map.footprint_file import file_of_source
from earthplatform_qgis.map.footprint_store import (
    SAVED_SUFFIX,
    FootprintSaveError,
    FootprintStore,
    saved_folder,
)
from earthplatform_qgis.translation import tr


class FootprintKeeper(QObject):
    """Copies footprint files beside a project as it is saved (the project names the copies),
    and deletes a session file once no layer uses it. `warn` tells the user when a saved
    project cannot keep its footprints.

    Copied files: this session's, and those a project reopened from elsewhere read from its
    own folder (Save As to another folder takes them along).
    """

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
        # The project file being written, between QgsProject.writeProject and the end of the
        # write: QGIS also writes paths to drag a layer or export its definition, and those
        # must neither copy a file nor name a copy.
        self._saving: Path | None = None
        # Files the save under way could not copy: a project names a file several times.
        self._failed: set[Path] = set()
        store.sweep()
        project = QgsProject.instance()
        project.layersWillBeRemoved.connect(self._layers_going)
        project.layersRemoved.connect(self._layers_gone)
        project.writeProject.connect(self._save_started)
        project.projectSaved.connect(self._save_ended)
        self._writer = QgsPathResolver.setPathWriter(self._saved_path)

    def stop(self) -> None:
        """Stop keeping (on unload); delete the session files no layer uses."""
        project = QgsProject.instance()
        project.layersWillBeRemoved.disconnect(self._layers_going)
        project.layersRemoved.disconnect(self._layers_gone)
        project.writeProject.disconnect(self._save_started)
        project.projectSaved.disconnect(self._save_ended)
        QgsPathResolver.removePathWriter(self._writer)
        self.store.tidy(_files_in_use())

    def _save_started(self, document: QDomDocument) -> None:
        project = QgsProject.instance()
        self._failed.clear()
        if project.projectStorage() is not None:  # in a database: no folder beside it
            self._saving = None
            if any(self._keeps(file, None) for file in _files_in_use()):
                self._tell(
                    tr(
                        "Only a project saved as a file keeps its search footprints beside it: "
                        "this one will not find them once QGIS closes."
                    )
                )
            return
        self._saving = Path(project.absoluteFilePath())
        # A failed write emits no projectSaved: the save ends with this turn of the loop.
        QTimer.singleShot(0, self._save_ended)
        # The layer tree was written before this signal, naming the session's files.
        self._rename_in_layer_tree(document)

    def _save_ended(self) -> None:
        self._saving = None

    def _saved_path(self, path: str) -> str:
        """A path as the project being saved writes it: a footprint file's copy beside it.

        Never raises: QGIS would write an empty source for the layer.
        """
        try:
            return self._copy_for(path)
        except Exception as error:  # a bug or an unforeseen failure: the path as it was
            self._tell(
                tr(
                    "The footprints in {path} could not be saved beside the project: {error}"
                ).format(path=path, error=error)
            )
            return path

    def _copy_for(self, path: str) -> str:
        file = file_of_source(path)
        if self._saving is None or file is None or not self._keeps(file, self._saving):
            return path
        if file in self._failed:
            return path
        try:
            copy = self.store.copy_beside(file, self._saving)
        except FootprintSaveError as error:
            self._failed.add(file)
            self._tell(
                tr("{error}. The project will not find these footprints once QGIS closes.").format(
                    error=error
                )
            )
            return path
        return str(copy) + path[len(path.split("|", 1)[0]) :]

    def _keeps(self, file: Path, project_file: Path | None) -> bool:
        """Whether a saved project gets its own copy of file: the session's files, and those
        of another project's footprint folder."""
        if self.store.holds(file):
            return True
        # QGIS 3.22 also hands over paths it has already made relative to the project.
        if project_file is None or not file.is_absolute():
            return False
        theirs = file.parent.name.endswith(SAVED_SUFFIX)
        return theirs and file.parent != saved_folder(project_file)

    def _rename_in_layer_tree(self, document: QDomDocument) -> None:
        resolver = QgsProject.instance().pathResolver()
        nodes = document.elementsByTagName("layer-tree-layer")
        for index in range(nodes.count()):
            element = nodes.item(index).toElement()
            source = element.attribute("source")
            if source:
                element.setAttribute("source", resolver.writePath(resolver.readPath(source)))

    def _tell(self, message: str) -> None:
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Critical)
        if self._warn is not None:
            self._warn(message)

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
