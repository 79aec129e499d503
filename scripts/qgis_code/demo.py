"""Run inside real QGIS (qgis --code) by `make run`: open the EarthPlatform dock and, when
$EPQ_SCREENSHOT is set (headless runs), save a picture of the main window there and quit."""

import os

import qgis.utils
from qgis.core import QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication, QTimer

iface = qgis.utils.iface


def open_dock():
    action = next(
        (a for a in iface.webToolBar().actions() if a.objectName() == "EarthPlatformAction"), None
    )
    if action is None:
        QgsMessageLog.logMessage("EarthPlatform plugin is not loaded", "EarthPlatform")
        return
    if not action.isChecked():
        action.trigger()


def screenshot_and_quit(path):
    QCoreApplication.processEvents()
    iface.mainWindow().grab().save(path)
    QgsApplication.exit(0)


def run():
    iface.mainWindow().showMaximized()
    open_dock()
    screenshot = os.environ.get("EPQ_SCREENSHOT")
    if screenshot:
        # Let the maximised window lay out its docks before it is painted into the picture.
        QTimer.singleShot(1000, lambda: screenshot_and_quit(screenshot))


QTimer.singleShot(0, run)
