"""QGIS glue: the toolbar button, the Web menu entry, the dock's lifecycle and the project-wide
services: the renewal of signed links and the keeper of running tasks."""

from __future__ import annotations

from qgis.gui import QgisInterface
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from earthplatform_qgis.__about__ import __title__, plugin_file
from earthplatform_qgis.gui.dock import EarthPlatformDock
from earthplatform_qgis.gui.link_renewal import LinkRenewal
from earthplatform_qgis.gui.task_keeper import TaskKeeper


class EarthPlatformPlugin:
    """What QGIS loads: adds the plugin's GUI in initGui and removes all of it in unload."""

    def __init__(self, iface: QgisInterface) -> None:
        self.iface = iface
        self.action: QAction | None = None
        self.dock: EarthPlatformDock | None = None
        self.renewal: LinkRenewal | None = None
        self.tasks = TaskKeeper()

    def initGui(self) -> None:  # noqa: N802 (QGIS's name)
        """Add the toolbar button and menu entry that toggle the dock; keep the project's
        signed links working, whether the dock is open or not."""
        self.renewal = LinkRenewal()
        main_window = self.iface.mainWindow()
        self.action = QAction(
            QIcon(str(plugin_file("resources", "icon.svg"))), __title__, main_window
        )
        self.action.setObjectName("EarthPlatformAction")
        self.action.setToolTip("Search EarthDaily's EarthPlatform catalog")
        self.dock = EarthPlatformDock(self.iface, self.tasks, main_window)
        # The dock keeps the action's checked state in step with its visibility both ways.
        self.dock.setToggleVisibilityAction(self.action)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.iface.addWebToolBarIcon(self.action)
        self.iface.addPluginToWebMenu(__title__, self.action)

    def unload(self) -> None:
        """Remove everything initGui added."""
        if self.renewal is not None:
            self.renewal.stop()
            self.renewal = None
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
