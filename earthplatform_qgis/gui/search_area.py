"""The search area: the map canvas extent, followed as the analyst pans and zooms, in words
beside an eye button that shows it on the map."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
)
from qgis.gui import QgsMapCanvas, QgsRubberBand
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from earthplatform_qgis.gui.widgets import named
from earthplatform_qgis.map.area import ExtentError, describe_extent, extent_to_intersects
from earthplatform_qgis.map.compat import POLYGON_GEOMETRY
from earthplatform_qgis.map.geometry import polygon_from_geojson


class SearchArea(QWidget):
    """Follows the canvas: `intersects` is its extent in lon/lat (None where it cannot be, with
    `problem` saying why), announced through `changed` at every change. detach() stops
    following and takes the area off the map."""

    changed = pyqtSignal(object, str)  # the intersects geometry (dict or None), the problem

    def __init__(self, canvas: QgsMapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.intersects: dict[str, Any] | None = None
        self.problem = ""
        self._band: QgsRubberBand | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = named(QLabel(self), "searchAreaLabel", "The map canvas extent")
        self.label.setWordWrap(True)
        self.show_button = named(
            QToolButton(self), "showAreaButton", "Show the search area on the map"
        )
        self.show_button.setCheckable(True)
        self.show_button.setIcon(QgsApplication.getThemeIcon("/mActionShowSelectedLayers.svg"))
        row.addWidget(self.label, 1)
        row.addWidget(self.show_button)
        self.show_button.toggled.connect(self._show)
        canvas.extentsChanged.connect(self.follow)
        canvas.destinationCrsChanged.connect(self.follow)

    def detach(self) -> None:
        """Stop following the canvas (it outlives the dock) and take the area off the map."""
        self.canvas.extentsChanged.disconnect(self.follow)
        self.canvas.destinationCrsChanged.disconnect(self.follow)
        self._show(False)

    def follow(self) -> None:
        """Follow the map canvas: its extent is the search area."""
        try:
            self.intersects = extent_to_intersects(
                self.canvas.extent(), self.canvas.mapSettings().destinationCrs()
            )
            self.problem = ""
            self.label.setText(describe_extent(self.intersects))
        except ExtentError as error:
            self.intersects = None
            self.problem = str(error)
            self.label.setText(str(error))
        if self.show_button.isChecked():
            self._show(True)
        self.changed.emit(self.intersects, self.problem)

    def _show(self, show: bool) -> None:
        if self._band is not None:
            self.canvas.scene().removeItem(self._band)
            self._band = None
        if not show or self.intersects is None:
            return
        geometry, _ = polygon_from_geojson(self.intersects)
        if geometry is None:
            return
        geometry.transform(
            QgsCoordinateTransform(
                QgsCoordinateReferenceSystem("EPSG:4326"),
                self.canvas.mapSettings().destinationCrs(),
                QgsProject.instance(),
            )
        )
        band = QgsRubberBand(self.canvas, POLYGON_GEOMETRY)
        band.setToGeometry(geometry, None)
        band.setColor(QColor(242, 169, 0, 200))
        band.setFillColor(QColor(242, 169, 0, 30))
        band.setWidth(2)
        self._band = band
