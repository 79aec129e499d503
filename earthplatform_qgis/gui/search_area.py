"""The search area, in words beside an eye button that shows it on the map: the map canvas
extent, followed as the analyst pans and zooms, or the fields of a polygon layer (its selected
features or all of them), followed as the selection and the layer change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsMapLayerComboBox, QgsRubberBand
from qgis.PyQt.QtCore import QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from earthplatform_qgis.gui.widgets import named
from earthplatform_qgis.map.area import (
    ExtentError,
    describe_extent,
    extent_to_intersects,
    fields_to_intersects,
)
from earthplatform_qgis.map.compat import POLYGON_GEOMETRY
from earthplatform_qgis.map.fields import FieldsError, FieldSet, fields_of_layer
from earthplatform_qgis.map.geometry import polygon_from_geojson
from earthplatform_qgis.saved_searches import EXTENT_AREA, FIELDS_AREA, SavedArea
from earthplatform_qgis.translation import marked, tr

# Where the search area comes from.
EXTENT, SELECTED_FIELDS, ALL_FIELDS = "extent", "selected", "all"
SOURCES = (
    (marked("Map canvas extent"), EXTENT),
    (marked("Selected features of a layer"), SELECTED_FIELDS),
    (marked("All features of a layer"), ALL_FIELDS),
)
# Qgis.LayerFilter arrived in QGIS 3.34; QgsMapLayerProxyModel.Filter, all that 3.22 has, is
# only an alias of it since, which QGIS 4 may drop.
POLYGON_LAYERS = (
    Qgis.LayerFilter.PolygonLayer
    if hasattr(Qgis, "LayerFilter")
    else QgsMapLayerProxyModel.Filter.PolygonLayer
)
# The chosen layer's signals after which its fields are read again (besides its selection's):
# edits (undone, rolled back or saved too), a reload from the data source, its CRS, its name.
LAYER_CHANGES = ("layerModified", "afterCommitChanges", "dataChanged", "crsChanged", "nameChanged")


class SearchArea(QWidget):
    """The search area: `intersects` is the canvas extent or the fields' union in lon/lat
    (None where there is none, with `problem` saying why), announced through `changed` at every
    change; `fieldset` holds the fields it was made of (None for the canvas extent). detach()
    stops following and takes the area off the map."""

    changed = pyqtSignal(object, str)  # the intersects geometry (dict or None), the problem

    def __init__(self, canvas: QgsMapCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.intersects: dict[str, Any] | None = None
        self.problem = ""
        self.fieldset: FieldSet | None = None
        self._band: QgsRubberBand | None = None
        self._layer: QgsVectorLayer | None = None  # the layer whose signals are connected
        # A burst of edits (a paste, an undo of many) is read once, when it is over.
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(0)
        self._build()
        self._reread.timeout.connect(self.follow)
        self.source_combo.currentIndexChanged.connect(self._choose)
        # Not layerChanged: QGIS 3.22 leaves it out when a removed layer's row goes.
        self.layer_combo.currentIndexChanged.connect(self._choose)
        self.show_button.toggled.connect(self._show)
        canvas.extentsChanged.connect(self._map_changed)
        canvas.destinationCrsChanged.connect(self._map_changed)

    def _build(self) -> None:
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        self.source_combo = named(
            QComboBox(self), "areaSourceCombo", tr("Search the map canvas extent, or over fields")
        )
        for text, source in SOURCES:
            text = tr(text)
            self.source_combo.addItem(text, source)
        self.layer_combo = named(
            QgsMapLayerComboBox(self),
            "areaLayerCombo",
            tr("The polygon layer whose features are the fields"),
        )
        self.layer_combo.setFilters(POLYGON_LAYERS)
        self.layer_combo.setVisible(False)
        self.label = named(QLabel(self), "searchAreaLabel", tr("The search area"))
        self.label.setWordWrap(True)
        self.show_button = named(
            QToolButton(self), "showAreaButton", tr("Show the search area on the map")
        )
        self.show_button.setCheckable(True)
        self.show_button.setIcon(QgsApplication.getThemeIcon("/mActionShowSelectedLayers.svg"))
        line = QHBoxLayout()
        line.addWidget(self.label, 1)
        line.addWidget(self.show_button)
        rows.addWidget(self.source_combo)
        rows.addWidget(self.layer_combo)
        rows.addLayout(line)

    def detach(self) -> None:
        """Stop following the canvas and the layers (they outlive the dock) and take the area
        off the map."""
        self.canvas.extentsChanged.disconnect(self._map_changed)
        self.canvas.destinationCrsChanged.disconnect(self._map_changed)
        # The layer list follows the project, which outlives the dock too.
        self.layer_combo.currentIndexChanged.disconnect(self._choose)
        self._watch(None)
        self._reread.stop()
        self._show(False)

    def source(self) -> str:
        """EXTENT, SELECTED_FIELDS or ALL_FIELDS."""
        return str(self.source_combo.currentData())

    def follow(self) -> None:
        """Read the area from its source again and announce it."""
        self.fieldset = None
        try:
            self.intersects, text = self._read()
            self.problem = ""
        except (ExtentError, FieldsError) as error:
            self.intersects = None
            self.problem = text = str(error)
        self.label.setText(text)
        if self.show_button.isChecked():
            self._show(True)
        self.changed.emit(self.intersects, self.problem)

    def saved(self) -> SavedArea:
        """The area as a saved search keeps it: the canvas extent, or the layer and, for the
        selected fields, the ids selected now."""
        if self.source() == EXTENT:
            extent = self.canvas.extent()
            return SavedArea(
                EXTENT_AREA,
                extent=(
                    extent.xMinimum(),
                    extent.yMinimum(),
                    extent.xMaximum(),
                    extent.yMaximum(),
                ),
                crs=self.canvas.mapSettings().destinationCrs().toWkt(),
            )
        layer = self.layer_combo.currentLayer()
        selected = None
        if self.source() == SELECTED_FIELDS and isinstance(layer, QgsVectorLayer):
            selected = tuple(sorted(layer.selectedFeatureIds()))
        return SavedArea(
            FIELDS_AREA,
            layer_id=layer.id() if layer else "",
            layer_name=layer.name() if layer else "",
            selected_ids=selected,
        )

    def restore(self, area: SavedArea) -> str:
        """Make area the search area (the map zoomed to a saved extent; the layer chosen and,
        for selected fields, the saved ids selected); why it cannot be, or ""."""
        if area.kind == EXTENT_AREA:
            self.source_combo.setCurrentIndex(self.source_combo.findData(EXTENT))
            crs = QgsCoordinateReferenceSystem.fromWkt(area.crs)
            extent = QgsRectangle(*area.extent)
            transform = QgsCoordinateTransform(
                crs, self.canvas.mapSettings().destinationCrs(), QgsProject.instance()
            )
            try:
                self.canvas.setExtent(transform.transformBoundingBox(extent))
            except QgsCsException:
                return tr("Its extent cannot be shown in the map's coordinate reference system.")
            self.canvas.refresh()
            self.follow()
            return ""
        layer = QgsProject.instance().mapLayer(area.layer_id)
        if not isinstance(layer, QgsVectorLayer):
            named_alike = [
                each
                for each in QgsProject.instance().mapLayersByName(area.layer_name)
                if isinstance(each, QgsVectorLayer)
            ]
            layer = named_alike[0] if len(named_alike) == 1 else None
        if layer is None:
            return tr(
                "Its fields layer, {layer}, is no longer in this project: its filters are "
                "back; choose the fields again."
            ).format(layer=area.layer_name)
        source = ALL_FIELDS if area.selected_ids is None else SELECTED_FIELDS
        self.source_combo.setCurrentIndex(self.source_combo.findData(source))
        self.layer_combo.setLayer(layer)
        if area.selected_ids is not None:
            layer.selectByIds(list(area.selected_ids))
        self.follow()
        return ""

    def _read(self) -> tuple[dict[str, Any], str]:
        """The area from its source and its words; ExtentError or FieldsError if none."""
        if self.source() == EXTENT:
            extent = extent_to_intersects(
                self.canvas.extent(), self.canvas.mapSettings().destinationCrs()
            )
            return extent, describe_extent(extent)
        fieldset = fields_of_layer(
            self.layer_combo.currentLayer(), selected_only=self.source() == SELECTED_FIELDS
        )
        union = fields_to_intersects(
            [field.geometry for field in fieldset.fields],
            fieldset.crs,
            QgsProject.instance().transformContext(),
        )
        self.fieldset = fieldset
        return union, fieldset.describe()

    def _choose(self) -> None:
        """Another source or layer was chosen: follow that layer (for fields), read the area."""
        fields = self.source() != EXTENT
        self.layer_combo.setVisible(fields)
        self._watch(self.layer_combo.currentLayer() if fields else None)
        self.follow()

    def _map_changed(self) -> None:
        """The canvas moved: the extent area follows it, a shown band keeps to its CRS."""
        if self.source() == EXTENT:
            self.follow()
        elif self.show_button.isChecked():
            self._show(True)

    def _watch(self, layer: Any) -> None:
        """Re-read the area when `layer` changes, instead of when the last one did."""
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        if layer is self._layer:
            return
        if self._layer is not None:
            for signal, slot in self._layer_links(self._layer):
                signal.disconnect(slot)
        self._layer = layer
        if layer is not None:
            for signal, slot in self._layer_links(layer):
                signal.connect(slot)

    def _layer_links(self, layer: QgsVectorLayer) -> list[tuple[Any, Callable[[], None]]]:
        """The layer's signals that change the area, each with the slot that follows it."""
        return [
            (layer.selectionChanged, self._selection_changed),
            *((getattr(layer, name), self._layer_changed) for name in LAYER_CHANGES),
        ]

    def _selection_changed(self) -> None:
        if self.source() == SELECTED_FIELDS:
            self._reread.start()

    def _layer_changed(self) -> None:
        self._reread.start()

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
