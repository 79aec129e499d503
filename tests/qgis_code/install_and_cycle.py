"""Run inside real QGIS (qgis --code): install the release zip as a user does (when $EPQ_PLUGIN_ZIP
is set; otherwise the plugin is expected to have loaded at start-up), then unload and load the
plugin again, recording what is left behind at each step into $EPQ_RESULT (JSON)."""

import json
import os

import qgis.utils
from pyplugin_installer import instance as plugin_installer
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget

NAME = "earthplatform_qgis"
iface = qgis.utils.iface
messages: list[dict[str, object]] = []


# Success (3) sorts above Warning: "Plugin installed successfully" is no problem (QGIS 3.40+).
PROBLEM_LEVELS = (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical)
# QGIS's own modules warn on newer Pythons (qgis/utils.py's codecs.open on 3.14): a Python
# warning is the plugin's when raised from its files or through them.
PLUGIN_FILES = f"/python/plugins/{NAME}/"


def record_message(message, tag, level):
    theirs = tag == "Python warning" and PLUGIN_FILES not in message
    if level in PROBLEM_LEVELS and not theirs:
        messages.append({"tag": tag, "level": int(level), "message": message})


def flush_deletions():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def snapshot():
    flush_deletions()
    window = iface.mainWindow()
    web_toolbar = iface.webToolBar()
    return {
        "loaded": NAME in qgis.utils.plugins,
        "active": NAME in qgis.utils.active_plugins,
        "docks": [
            d.objectName()
            for d in window.findChildren(QDockWidget)
            if d.objectName() == "EarthPlatformDock"
        ],
        "actions": [
            a.objectName()
            for a in window.findChildren(QAction)
            if a.objectName() == "EarthPlatformAction"
        ],
        "web_menu": [a.text() for a in iface.webMenu().actions()],
        "web_toolbar": [a.objectName() for a in web_toolbar.actions()],
    }


def toggle_dock():
    action = next(
        a for a in iface.webToolBar().actions() if a.objectName() == "EarthPlatformAction"
    )
    dock = next(
        d
        for d in iface.mainWindow().findChildren(QDockWidget)
        if d.objectName() == "EarthPlatformDock"
    )
    shown = []
    for _ in range(2):
        action.trigger()
        QCoreApplication.processEvents()
        shown.append({"dock_visible": dock.isVisible(), "action_checked": action.isChecked()})
    return {
        "toggles": shown,
        "area": int(iface.mainWindow().dockWidgetArea(dock)),
        "title": dock.windowTitle(),
    }


def warn_from_the_plugin():
    """Whether a warning raised in the plugin's files is counted (the filter must keep them)."""
    probe = os.path.join(os.path.dirname(str(__import__(NAME).__file__)), "probe.py")
    counted = len(messages)
    exec(compile("import warnings\nwarnings.warn('probe')", probe, "exec"), {})
    QCoreApplication.processEvents()
    ours = [m for m in messages[counted:] if "probe" in str(m["message"])]
    del messages[counted:]
    return bool(ours)


def run():
    result: dict[str, object] = {"messages": messages}
    try:
        if "EPQ_PLUGIN_ZIP" in os.environ:
            plugin_installer().installFromZipFile(os.environ["EPQ_PLUGIN_ZIP"])
        result["after_install"] = snapshot()
        result["toggle"] = toggle_dock()
        result["unload_ok"] = qgis.utils.unloadPlugin(NAME)
        result["after_unload"] = snapshot()
        result["reload_ok"] = qgis.utils.loadPlugin(NAME) and qgis.utils.startPlugin(NAME)
        result["after_reload"] = snapshot()
        result["plugin_file"] = __import__(NAME).__file__
        result["plugin_warning_counted"] = warn_from_the_plugin()
    except Exception as error:  # reported to the test, which shows it
        result["error"] = repr(error)
    with open(os.environ["EPQ_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    QgsApplication.exit(0)


QgsApplication.messageLog().messageReceived.connect(record_message)
QTimer.singleShot(0, run)
