"""The EarthPlatform dock: where the analyst searches the catalog."""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from earthplatform_qgis.__about__ import __title__, __version__
from earthplatform_qgis.core.settings import ConnectionSettings


class EarthPlatformDock(QgsDockWidget):
    """Dock widget holding the connection status and, later, the search form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(__title__, parent)
        self.setObjectName("EarthPlatformDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("connectionStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        version = QLabel(f"{__title__} {__version__}", body)
        version.setObjectName("versionLabel")
        version.setEnabled(False)
        layout.addWidget(version)
        self.setWidget(body)
        self.show_connection(ConnectionSettings.load())

    def show_connection(self, settings: ConnectionSettings) -> None:
        """Show which catalog the dock talks to."""
        self.status_label.setText(f"Catalog: {settings.api_url}")
        self.status_label.setToolTip(f"Token URL: {settings.token_url}")
