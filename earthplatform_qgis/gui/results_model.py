"""The results table's model: one row per footprint of the current search's layer."""

from __future__ import annotations

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
    """Rows appended batch by batch as pages arrive; the feature id is the row's key."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[int, list[str], list[Any]]] = []
        self._row_of: dict[int, int] = {}

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._row_of.clear()
        self.endResetModel()

    def append(self, features: list[QgsFeature]) -> None:
        """Add rows for features already in the layer (they have their final ids)."""
        if not features:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(features) - 1)
        for feature in features:
            values = [feature[name] for _, name in COLUMNS]
            shown = [_display(name, value) for (_, name), value in zip(COLUMNS, values)]
            self._row_of[feature.id()] = len(self._rows)
            self._rows.append((feature.id(), shown, values))
        self.endInsertRows()

    def feature_id(self, row: int) -> int:
        return self._rows[row][0]

    def row_of(self, feature_id: int) -> int | None:
        return self._row_of.get(feature_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _, shown, values = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            # Sorting by the real value (a date, a number), not by its text.
            value = values[index.column()]
            return None if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][1] == (
            "eo:cloud_cover"
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None
