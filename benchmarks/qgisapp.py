"""A headless QgsApplication for the benchmarks, event-loop spinning and a GUI heartbeat."""

from __future__ import annotations

import atexit
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QTimer

from earthplatform_qgis.map.footprint_store import session_store

HEARTBEAT_MS = 5

_APP: Any = None
# Python exceptions raised in Qt slots during the run, as QGIS would show them to the user.
SLOT_ERRORS: list[str] = []


def _record_exception(kind: type[BaseException], error: BaseException, tb: Any) -> None:
    """sys.excepthook as QGIS has one: report and go on (PyQt without a hook aborts)."""
    text = "".join(traceback.format_exception(kind, error, tb))
    SLOT_ERRORS.append(text)
    print(f"Python error in a Qt slot (QGIS would show it in a dialog):\n{text}", file=sys.stderr)


def start_app(settings_dir: Path) -> Any:
    """The QgsApplication (GUI enabled, offscreen), started once, as pytest-qgis starts it.

    Settings go to settings_dir so a bench run never reads or writes the user's QGIS profile.
    """
    global _APP
    if _APP is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        settings_dir.mkdir(parents=True, exist_ok=True)
        QCoreApplication.setOrganizationName(QgsApplication.QGIS_ORGANIZATION_NAME)
        QCoreApplication.setOrganizationDomain(QgsApplication.QGIS_ORGANIZATION_DOMAIN)
        QCoreApplication.setApplicationName(QgsApplication.QGIS_APPLICATION_NAME)
        _APP = QgsApplication([], True, str(settings_dir))
        _APP.initQgis()
        sys.excepthook = _record_exception
        # No plugin keeps the searches' footprint files here: those of runs that ended go
        # now, this run's when it ends (a 100,000-item search's is about 900 MB).
        session_store().sweep()
        atexit.register(_delete_footprint_files)
    return _APP


def _delete_footprint_files() -> None:
    QgsProject.instance().clear()
    session_store().tidy(set())


def spin_until(done: Callable[[], bool], timeout: float, what: str) -> None:
    """Run the Qt event loop (tasks' queued signals, timers) until done() or timeout.

    A real QEventLoop that sleeps between events, checked every millisecond: a busy
    processEvents() loop would take one of the machine's two cores from the worker
    threads and the server being measured.
    """
    if done():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    expired = False

    def check() -> None:
        nonlocal expired
        if done():
            loop.quit()
        elif time.monotonic() > deadline:
            expired = True
            loop.quit()

    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if expired:
        raise TimeoutError(f"{what}: not done after {timeout:.0f} s")


def spin_for(seconds: float) -> None:
    """Run the event loop for a while (deferred deletes, task manager clean-up)."""
    deadline = time.monotonic() + seconds
    spin_until(lambda: time.monotonic() > deadline, seconds + 5, "spin_for")


def clear_project() -> None:
    """Remove every layer and group from the project."""
    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.layerTreeRoot().removeAllChildren()


class Heartbeat:
    """A HEARTBEAT_MS QTimer on the GUI thread; `longest_gap` is the worst time between beats.

    A gap much longer than the interval means the GUI thread was busy (or the loop not
    spun): exactly what a user would feel as a frozen QGIS.
    """

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.longest_gap = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest_gap = max(self.longest_gap, now - self.last)
        self.last = now

    def start(self) -> None:
        self.longest_gap = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        """Stop beating; the longest gap in seconds, including the one up to now."""
        self.timer.stop()
        self._beat()
        return self.longest_gap
