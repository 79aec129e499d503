"""Run inside real QGIS (qgis --code), the plugin loaded at start: record the dock's labels and
the plugin action's tooltip into $EPQ_RESULT (JSON), then quit."""

import json
import os

import qgis.utils
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QGroupBox, QPushButton


def record():
    try:
        window = qgis.utils.iface.mainWindow()
        dock = window.findChild(QDockWidget, "EarthPlatformDock")
        action = window.findChild(QAction, "EarthPlatformAction")
        result = {
            "locale": QgsSettings().value("locale/userLocale", ""),
            "buttons": {b.objectName(): b.text() for b in dock.findChildren(QPushButton)},
            "boxes": {b.objectName(): b.title() for b in dock.findChildren(QGroupBox)},
            "action_tooltip": action.toolTip(),
        }
    except Exception as error:  # reported to the test, which fails with it
        result = {"error": repr(error)}
    with open(os.environ["EPQ_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False)
    QgsApplication.exit(0)


QTimer.singleShot(0, record)
