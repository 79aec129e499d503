"""The results table's model: one row per footprint of the current search's layer."""

from __future__ import annotations

from itertools import count
from typing import Any

from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt

# (header, footprint field) of each column
COLUMNS = (
    ("Item", "id"),
    ("Date (UTC)", "datetime"),
    ("Cloud %", "eo:cloud_cover"),
    ("Collection", "collection"),
    ("Mask", "eda:ag_cloud_mask_available"),
)
DATE_FORMAT = "yyyy-MM-dd HH:mm"


def _display(name: str, value: Any) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if name == "datetime":
        return str(value.toString(DATE_FORMAT))
    if name == "eo:cloud_cover":
        return f"{float(value):.1f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


class ResultsModel(QAbstractTableModel):
    """Rows appended a page at a time as they arrive; the feature id is the row's key.

    Cells are formatted when the view asks for them (only the visible rows), so a page of
    thousands of items costs the GUI thread no loop over its features' attributes.
    """

    def __init__(self) -> None:
        super().__init__()
        self._features: list[QgsFeature] = []
        self._row_of: dict[int, int] = {}

    def clear(self) -> None:
        self.beginResetModel()
        self._features.clear()
        self._row_of.clear()
        self.endResetModel()

    def append(self, features: list[QgsFeature]) -> None:
        """Add rows for features already in the layer (they have their final ids)."""
        if not features:
            return
        first = len(self._features)
        self.beginInsertRows(QModelIndex(), first, first + len(features) - 1)
        self._features.extend(features)
        self._row_of.update(zip((feature.id() for feature in features), count(first)))
        self.endInsertRows()

    def feature_id(self, row: int) -> int:
        return int(self._features[row].id())

    def row_of(self, feature_id: int) -> int | None:
        return self._row_of.get(feature_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._features)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(name, self._features[index.row()][name])
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "eo:cloud_cover":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None
