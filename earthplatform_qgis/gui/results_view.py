"""The results table: rows selected select footprints on the map and the other way round,
double-click zooms to a footprint, right-click offers what can be done with the selection."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsFeature, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    pyqtSignal,
)
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from earthplatform_qgis.gui.results_model import ResultsModel
from earthplatform_qgis.gui.search_runner import SearchRunner
from earthplatform_qgis.gui.widgets import named
from earthplatform_qgis.map.footprints import item_of
from earthplatform_qgis.translation import tr

# The widest text each column usually shows below its header, for its starting width (the
# header's, where wider): sizing to contents would measure every row of every page.
COLUMN_SAMPLES = (
    "S2A_31TCJ_20220828_0_L2A",
    "2022-08-28 10:59",
    "100.0",
    "100.0",
    "sentinel-2-l2a",
    "yes",
)
# Room around a cell's text (Qt's item margins and a little air).
CELL_PADDING = 16


class ResultsView(QTableView):
    """The latest search's footprints (the runner's layer, shown through the model), in step
    with their selection on the map. What the menu offers beyond zooming is asked for through
    signals: the view loads and downloads nothing itself."""

    imagery_wanted = pyqtSignal()  # imagery of the selected footprints
    masks_wanted = pyqtSignal()  # cloud masks of the selected footprints
    download_wanted = pyqtSignal()  # assets of the selected footprints, to download
    assets_wanted = pyqtSignal(object)  # the item (a dict) whose asset list to show

    def __init__(
        self,
        model: ResultsModel,
        runner: SearchRunner,
        canvas: QgsMapCanvas,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "resultsView")
        self._results = model
        self.runner = runner
        self.canvas = canvas
        self._syncing_selection = False
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows one line high, so the table shows as many items as the dock has room for.
        metrics = self.fontMetrics()
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(metrics.height() + CELL_PADDING // 2)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, sample in enumerate(COLUMN_SAMPLES):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            self.setColumnWidth(column, width + CELL_PADDING)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.show_menu)
        self.selectionModel().selectionChanged.connect(self._rows_selected)
        self.doubleClicked.connect(self._zoom_to_row)
        runner.layer_created.connect(self._follow_map_selection)

    def selected_footprints(self) -> list[QgsFeature]:
        """The selected footprints of the latest search's layer."""
        layer = self.runner.layer()
        return list(layer.getSelectedFeatures()) if layer is not None else []

    def zoom_to(self, features: list[QgsFeature]) -> None:
        """Fit the map to footprints (of the latest search's layer)."""
        layer = self.runner.layer()
        shapes = [feature.geometry() for feature in features if feature.hasGeometry()]
        if layer is None or not shapes:
            return
        transform = QgsCoordinateTransform(
            layer.crs(), self.canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        extent = shapes[0].boundingBox()
        for shape in shapes[1:]:
            extent.combineExtentWith(shape.boundingBox())
        extent = transform.transformBoundingBox(extent)
        extent.scale(1.1)
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    def show_menu(self, position: QPoint) -> None:
        """Right-click at `position` (in the viewport): what can be done with the selected
        items, and the asset list of the item there."""
        layer = self.runner.layer()
        features = self.selected_footprints()
        if layer is None or not features:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(tr("Zoom to item"), lambda: self.zoom_to(features))
        menu.addAction(tr("Load imagery with cloud mask"), lambda: self.imagery_wanted.emit())
        menu.addAction(tr("Load cloud masks"), lambda: self.masks_wanted.emit())
        menu.addSeparator()
        row = self.indexAt(position)
        if row.isValid():
            under = layer.getFeature(self._results.feature_id(row.row()))
            menu.addAction(
                tr("Assets of this item…"), lambda: self.assets_wanted.emit(item_of(under))
            )
        menu.addAction(tr("Download assets…"), lambda: self.download_wanted.emit())
        menu.popup(self.viewport().mapToGlobal(position))

    # ---- the table and the map in step ----------------------------------------------------

    def _rows_selected(self) -> None:
        layer = self.runner.layer()
        if layer is None or self._syncing_selection:
            return
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        self._syncing_selection = True
        layer.selectByIds([self._results.feature_id(row) for row in rows])
        self._syncing_selection = False

    def _follow_map_selection(self, layer: QgsVectorLayer) -> None:
        # A method of this view, not a lambda: Qt drops the connection with the view, so a
        # footprint layer that outlives the dock (the plugin unloaded) calls nothing deleted.
        layer.selectionChanged.connect(self._footprints_selected)

    def _footprints_selected(self) -> None:
        """Mirror the map selection of the latest search's footprints in the table."""
        layer = self.runner.layer()
        if self._syncing_selection or layer is None or self.sender() is not layer:
            return
        selection = QItemSelection()
        for fid in layer.selectedFeatureIds():
            row = self._results.row_of(fid)
            if row is not None:
                selection.select(self._results.index(row, 0), self._results.index(row, 0))
        self._syncing_selection = True
        self.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._syncing_selection = False

    def _zoom_to_row(self, index: QModelIndex) -> None:
        layer = self.runner.layer()
        if layer is not None:
            self.zoom_to([layer.getFeature(self._results.feature_id(index.row()))])
