"""Dialogs over items' assets: the asset list of one item, and the choices of a download."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QShowEvent
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from earthplatform_qgis.gui.widgets import add_choice, checked_choices
from earthplatform_qgis.settings import Settings, remember
from earthplatform_qgis.stac.assets import AssetInfo, AssetKind, describe_size, item_assets
from earthplatform_qgis.translation import plural, tr


def asset_columns() -> list[str]:
    """The asset list's column titles."""
    return [tr("Key"), tr("Title"), tr("Media type"), tr("Roles"), tr("Size"), tr("Use")]


def asset_use(asset: AssetInfo) -> str:
    """What the plugin can do with an asset, in words."""
    if not asset.href:
        return tr("no readable link")
    uses = {
        AssetKind.RASTER: tr("raster layer"),
        AssetKind.VECTOR: tr("vector layer"),
        AssetKind.FILE: tr("download"),
    }
    return uses[asset.kind]


class AssetsDialog(QDialog):
    """An item's assets (key, title, media type, roles, size); selected ones are added as layers
    or downloaded. `choice` is "layers" or "download" after accept(), with `keys` the selection."""

    def __init__(self, item: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EarthPlatformAssets")
        self.setWindowTitle(tr("Assets of {id}").format(id=item.get("id")))
        self.assets = item_assets(item)
        self.choice = ""
        self.keys: list[str] = []
        columns = asset_columns()
        self.table = QTableWidget(len(self.assets), len(columns), self)
        self.table.setObjectName("assetsTable")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, asset in enumerate(self.assets):
            cells = (
                asset.key,
                asset.title,
                asset.media_type,
                ", ".join(asset.roles),
                describe_size(asset.size),
                asset_use(asset),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(tr("Add as layers"), self)
        self.add_button.setObjectName("addAssetLayersButton")
        self.add_button.setToolTip(tr("Stream the selected rasters and vectors as layers"))
        self.download_button = QPushButton(tr("Download…"), self)
        self.download_button.setObjectName("downloadAssetsButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.download_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(lambda: self._choose("layers"))
        self.download_button.clicked.connect(lambda: self._choose("download"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self._fitted = False
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Widened to its columns once first laid out (only then are their widths final)."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self._widen_to_every_column)

    def _widen_to_every_column(self) -> None:
        """As wide as the table's columns, so no column hides behind a scroll bar (a media
        type alone can be 400 px), but never wider than most of the screen."""
        overflow = self.table.horizontalHeader().length() - self.table.viewport().width()
        if overflow > 0:
            screen = self.screen().availableGeometry().width()
            self.resize(min(self.width() + overflow, screen * 9 // 10), self.height())

    def selected(self) -> list[AssetInfo]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.assets[row] for row in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.add_button.setEnabled(
            any(asset.href and asset.kind != AssetKind.FILE for asset in chosen)
        )
        self.download_button.setEnabled(any(asset.href for asset in chosen))

    def _choose(self, choice: str) -> None:
        chosen = self.selected()
        if choice == "layers":
            chosen = [asset for asset in chosen if asset.kind != AssetKind.FILE]
        self.choice, self.keys = choice, [asset.key for asset in chosen if asset.href]
        self.accept()


class DownloadDialog(QDialog):
    """Which asset keys of the chosen items to download, where, and whether to add the files
    as layers; the folder and that choice are remembered."""

    def __init__(
        self,
        items: list[dict[str, Any]],
        preselected: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EarthPlatformDownload")
        self.setWindowTitle(
            tr("Download assets of {items}").format(
                items=plural(len(items), tr("{n} item"), tr("{n} items"))
            )
        )
        settings = Settings.load()
        counts: Counter[str] = Counter()
        titles: dict[str, str] = {}
        for item in items:
            for asset in item_assets(item):
                counts[asset.key] += 1
                titles.setdefault(asset.key, asset.title)
        self.keys_list = QListWidget(self)
        self.keys_list.setObjectName("assetKeysList")
        for key in counts:
            text = tr("{key} — {title} ({count} of {total})").format(
                key=key, title=titles[key], count=counts[key], total=len(items)
            )
            add_choice(self.keys_list, text, key, key in (preselected or ()))
        self.folder = QgsFileWidget(self)
        self.folder.setObjectName("downloadFolder")
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(settings.download_folder or str(Path.home()))
        self.add_layers = QCheckBox(tr("Add the downloaded files as layers"), self)
        self.add_layers.setObjectName("addDownloadedCheck")
        self.add_layers.setChecked(settings.add_downloaded_layers)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Download"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.keys_list.itemChanged.connect(self._update_ok)
        self.folder.fileChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Assets"), self))
        layout.addWidget(self.keys_list)
        layout.addWidget(QLabel(tr("Into folder (one sub-folder per item, with its JSON)"), self))
        layout.addWidget(self.folder)
        layout.addWidget(self.add_layers)
        layout.addWidget(self.buttons)
        self._update_ok()

    def keys(self) -> list[str]:
        return checked_choices(self.keys_list)

    def target(self) -> Path:
        return Path(self.folder.filePath())

    def _update_ok(self) -> None:
        ok = bool(self.keys()) and bool(self.folder.filePath().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        remember(
            download_folder=self.folder.filePath(),
            add_downloaded_layers=self.add_layers.isChecked(),
        )
        super().accept()
