"""The results table's model: one row per footprint of the current search's layer."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import OrderedDict
from typing import Any

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt

from earthplatform_qgis.map.footprint_file import DATETIME
from earthplatform_qgis.map.footprints import CLEAR_PCT_MIN
from earthplatform_qgis.translation import marked, tr

# (header, footprint field) of each column; the header goes through tr() where it is shown
COLUMNS = (
    (marked("Item"), "id"),
    (marked("Date (UTC)"), DATETIME),
    (marked("Cloud %"), "eo:cloud_cover"),
    # Beside the tile's cloud cover, which it corrects: the least clear of the item's fields.
    (marked("Clear % (fields)"), CLEAR_PCT_MIN),
    (marked("Collection"), "collection"),
    (marked("Mask"), "eda:ag_cloud_mask_available"),
)
# Right-aligned: the columns of figures.
_FIGURES = ("eo:cloud_cover", CLEAR_PCT_MIN)
# Rows are read from the layer a block at a time (one request), and the last few blocks kept:
# a screenful of rows costs one or two requests, scrolling a request per BLOCK rows.
BLOCK = 64
CACHED_BLOCKS = 8
_BLANK = ("",) * len(COLUMNS)


def _display(name: str, value: Any) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if name == DATETIME:  # ISO text in UTC: "2022-07-01T10:32:11.024Z" shows 2022-07-01 10:32
        return str(value)[:16].replace("T", " ")
    if name in _FIGURES:
        return f"{float(value):.1f}"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return str(value)


class ResultsModel(QAbstractTableModel):
    """Rows appended a page at a time as they arrive; the feature id is the row's key.

    The model keeps only each row's feature id (8 bytes): the values are the layer's, read
    when the view asks for a row (only the visible ones), a block of rows at a time. A
    QgsFeature per row cost a Python wrapper and an id entry each, 10,000 small long-lived
    objects strewn among the pages' parsed items, so the memory those were freed from could
    not be handed back: about 3 MB more resident after a 10,000-item search.
    """

    def __init__(self) -> None:
        super().__init__()
        self._layer_id = ""
        self._ids = array("q")
        # Feature ids come in ascending order from a search's writer: row_of bisects then.
        self._ascending = True
        self._blocks: OrderedDict[int, list[tuple[str, ...]]] = OrderedDict()

    def clear(self) -> None:
        self.show_layer(None)

    def show_layer(self, layer: QgsVectorLayer | None) -> None:
        """Start over with no rows, for features of `layer` appended from now on."""
        self.beginResetModel()
        self._layer_id = layer.id() if layer is not None else ""
        self._ids = array("q")
        self._ascending = True
        self._blocks.clear()
        self.endResetModel()

    def append(self, feature_ids: list[int]) -> None:
        """Add rows for features already in the layer (by their final ids)."""
        if not feature_ids:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(feature_ids) - 1)
        if self._ascending:
            previous = self._ids[-1] if self._ids else None
            for fid in feature_ids:
                if previous is not None and fid <= previous:
                    self._ascending = False
                    break
                previous = fid
        self._ids.extend(feature_ids)
        # The last block, if cached, was read before these rows existed.
        self._blocks.pop(first // BLOCK, None)
        self.endInsertRows()

    def show_ids(self, layer: QgsVectorLayer, feature_ids: list[int]) -> None:
        """Show exactly these features of the layer (e.g. those a filter lets through)."""
        self.show_layer(layer)
        self.append(feature_ids)

    def feature_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, feature_id: int) -> int | None:
        if self._ascending:
            row = bisect_left(self._ids, feature_id)
            return row if row < len(self._ids) and self._ids[row] == feature_id else None
        try:
            return self._ids.index(feature_id)
        except ValueError:
            return None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][1] in _FIGURES:
            # The flags themselves, which Qt 5.15 and 6 both read: no int() of Qt flags.
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][0])
        return None

    def _row(self, row: int) -> tuple[str, ...]:
        """The displayed values of a row, from the block cache or read with its block."""
        number, offset = divmod(row, BLOCK)
        block = self._blocks.get(number)
        if block is None:
            block, complete = self._read_block(number)
            if block is None:
                return _BLANK
            # A row the layer did not return is not kept blank: read again when next asked.
            if complete:
                self._blocks[number] = block
                if len(self._blocks) > CACHED_BLOCKS:
                    self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(number)
        return block[offset]

    def _read_block(self, number: int) -> tuple[list[tuple[str, ...]] | None, bool]:
        """The displayed values of a block's rows in one request (None without the layer),
        and whether the layer returned every one of them.

        It may not, while a search writes: SQLite shows a connection the file as it was when
        that connection's oldest running read began (a map render's, say), so a page just
        committed can be missing for a moment. A feature deleted since is missing for good.
        """
        layer = QgsProject.instance().mapLayer(self._layer_id) if self._layer_id else None
        if not isinstance(layer, QgsVectorLayer):
            return None, False
        ids = self._ids[number * BLOCK : (number + 1) * BLOCK]
        # The clear-sky column exists once clear sky has been counted.
        names = [name for _, name in COLUMNS if layer.fields().indexOf(name) >= 0]
        request = QgsFeatureRequest().setFilterFids(list(ids))
        request.setSubsetOfAttributes(names, layer.fields())
        values = {
            feature.id(): tuple(
                _display(name, feature[name]) if name in names else "" for _, name in COLUMNS
            )
            for feature in layer.getFeatures(request)
        }
        # A feature not returned shows as an empty row.
        return [values.get(fid, _BLANK) for fid in ids], len(values) == len(ids)
