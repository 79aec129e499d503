"""QGIS glue: the toolbar button, the Web menu entry, the dock's lifecycle, the Processing
provider and the project-wide services: the renewal of signed links and the keeper of running
tasks."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication
from qgis.gui import QgisInterface
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from earthplatform_qgis.__about__ import __title__, plugin_file
from earthplatform_qgis.gui.dock import EarthPlatformDock
from earthplatform_qgis.gui.footprint_keeper import FootprintKeeper
from earthplatform_qgis.gui.link_renewal import LinkRenewal
from earthplatform_qgis.gui.task_keeper import TaskKeeper
from earthplatform_qgis.map.footprint_store import session_store
from earthplatform_qgis.map.rasters import configure_gdal
from earthplatform_qgis.processing.provider import EarthPlatformProvider
from earthplatform_qgis.translation import PluginTranslator, tr


class EarthPlatformPlugin:
    """What QGIS loads: adds the plugin's GUI in initGui (the Processing provider alone in
    initProcessing, where qgis_process has no GUI) and removes all of it in unload."""

    def __init__(self, iface: QgisInterface) -> None:
        self.iface = iface
        # Before anything is built: every label is read through the translator as it is made.
        self.translator = PluginTranslator()
        self.translator.install()
        self.action: QAction | None = None
        self.dock: EarthPlatformDock | None = None
        self.renewal: LinkRenewal | None = None
        self.footprints: FootprintKeeper | None = None
        self.provider: EarthPlatformProvider | None = None
        self.tasks = TaskKeeper()

    def initProcessing(self) -> None:  # noqa: N802 (QGIS's name)
        """Register the Processing provider, once. qgis_process calls this alone (the plugin's
        metadata says hasProcessingProvider=yes); on the desktop initGui calls it."""
        configure_gdal()  # before any /vsicurl/ read of the session: see configure_gdal
        if self.provider is None:
            self.provider = EarthPlatformProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 (QGIS's name)
        """Add the toolbar button and menu entry that toggle the dock and the Processing
        provider; keep the project's signed links working, whether the dock is open or not."""
        self.initProcessing()
        self.renewal = LinkRenewal()
        self.footprints = FootprintKeeper(session_store(), self._warn)
        main_window = self.iface.mainWindow()
        self.action = QAction(
            QIcon(str(plugin_file("resources", "icon.svg"))), __title__, main_window
        )
        self.action.setObjectName("EarthPlatformAction")
        self.action.setToolTip(tr("Search EarthDaily's EarthPlatform catalog"))
        self.dock = EarthPlatformDock(self.iface, self.tasks, main_window)
        # The dock keeps the action's checked state in step with its visibility both ways.
        self.dock.setToggleVisibilityAction(self.action)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.iface.addWebToolBarIcon(self.action)
        self.iface.addPluginToWebMenu(__title__, self.action)

    def unload(self) -> None:
        """Remove everything initGui (or initProcessing) added."""
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.renewal is not None:
            self.renewal.stop()
            self.renewal = None
        if self.footprints is not None:
            self.footprints.stop()
            self.footprints = None
        if self.action is not None:
            self.iface.removePluginWebMenu(__title__, self.action)
            self.iface.removeWebToolBarIcon(self.action)
        if self.dock is not None:
            self.dock.detach()
            self.tasks.stop()  # the dock's last tasks: ending later, they find no dock
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.action.deleteLater()
            self.action = None
        self.translator.remove()

    def _warn(self, message: str) -> None:
        self.iface.messageBar().pushMessage(__title__, message, Qgis.MessageLevel.Critical, 0)
