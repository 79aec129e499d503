"""Run inside real QGIS (qgis --code): load the plugin, search, unload, ten times over (every
other time unloading while the search still runs), recording after each round what is left
in QGIS into $EPQ_RESULT (JSON): docks, actions, threads, tasks, canvas connections, layers,
temporary files, and the warnings of the message log."""

import json
import os
import tempfile
import threading
from typing import Any

import qgis.utils
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QAction, QDockWidget

NAME = "earthplatform_qgis"
ROUNDS = 10
GIVE_UP_MS = 60_000
iface = qgis.utils.iface
messages: list[dict[str, object]] = []
rounds: list[dict[str, object]] = []
waiting_for: list[Any] = [None]  # the condition the current step waits for


# Success (3) sorts above Warning: "Plugin installed successfully" is no problem (QGIS 3.40+).
PROBLEM_LEVELS = (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical)
# QGIS's own modules warn on newer Pythons (qgis/utils.py's codecs.open on 3.14): a Python
# warning is the plugin's when raised from its files or through them.
PLUGIN_FILES = f"/python/plugins/{NAME}/"


def record_message(message, tag, level):
    theirs = tag == "Python warning" and PLUGIN_FILES not in message
    if level in PROBLEM_LEVELS and not theirs and tag != "EarthPlatform":
        messages.append({"tag": tag, "level": int(level), "message": message})


def dock():
    return iface.mainWindow().findChild(QDockWidget, "EarthPlatformDock")


def python_threads():
    # Task threads belong to Qt's pool: Python lists them as dummies that never go away.
    return sum(not isinstance(t, threading._DummyThread) for t in threading.enumerate())


def leftovers():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    canvas = iface.mapCanvas()
    window = iface.mainWindow()
    return {
        "docks": len(window.findChildren(QDockWidget, "EarthPlatformDock")),
        "actions": len(window.findChildren(QAction, "EarthPlatformAction")),
        "threads": python_threads(),
        "tasks": QgsApplication.taskManager().countActiveTasks(),
        "canvas_receivers": canvas.receivers(canvas.extentsChanged),
        "project_receivers": QgsProject.instance().receivers(QgsProject.instance().readProject),
        "temp_files": len(os.listdir(tempfile.gettempdir())),
    }


def steps():
    for round_number in range(ROUNDS):
        qgis.utils.loadPlugin(NAME)
        qgis.utils.startPlugin(NAME)
        dock().show()
        yield lambda: dock().search_button.isEnabled()
        finished: list[object] = []
        dock().runner.finished.connect(finished.append)
        dock().form.max_items.setValue(40)
        dock().form.page_size.setValue(10)
        dock().search()
        unload_mid_search = round_number % 2 == 1
        if not unload_mid_search:
            yield finished.__len__
        qgis.utils.unloadPlugin(NAME)
        # Let a task cancelled by the unload (and its request thread) wind down before
        # counting what is left; a leak never winds down, and the round then gives up.
        yield (
            lambda: (
                QgsApplication.taskManager().countActiveTasks() == 0
                and python_threads() <= before["threads"]
            )
        )
        state = leftovers()
        state["unloaded_mid_search"] = unload_mid_search
        rounds.append(state)
        QgsProject.instance().clear()


def finish(error=None):
    result = {"rounds": rounds, "messages": messages, "before": before}
    if error:
        result["error"] = error
    with open(os.environ["EPQ_RESULT"], "w", encoding="utf-8") as handle:
        json.dump(result, handle, indent=1)
    # QGIS 3.40 and 3.44 crash on exit while layers are loaded; a round given up may leave some.
    QgsProject.instance().clear()
    QgsApplication.exit(0)


def drive(walk, waited=0):
    """Advance the steps whenever the condition they wait for holds; give up after a while."""
    condition = waiting_for[0]
    try:
        if condition is None or condition():
            waiting_for[0] = next(walk)
            waited = 0
    except StopIteration:
        finish()
        return
    except Exception as error:  # reported to the test
        finish(repr(error))
        return
    if waited > GIVE_UP_MS:
        shown = dock()
        where = (
            f"{shown.status_label.text()!r} / {shown.form.problems_label.text()!r} / "
            f"{shown.progress_label.text()!r}"
            if shown
            else ""
        )
        finish(f"gave up waiting in round {len(rounds) + 1}: {where} {leftovers()}")
        return
    QTimer.singleShot(50, lambda: drive(walk, waited + 50))


# Where the test catalog has items, as an analyst would have panned there.
iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
iface.mapCanvas().setExtent(QgsRectangle(0.5, 43.0, 2.5, 44.8))
QgsApplication.messageLog().messageReceived.connect(record_message)
qgis.utils.unloadPlugin(NAME)  # start from the state before any load, to compare with
before = leftovers()
QTimer.singleShot(0, lambda: drive(steps()))
