"""The dock driven as an analyst drives it (pytest-qgis, offscreen): open it over the catalog's
region, search, click a button and wait for what it started; beside it, the project-wide link
renewal the plugin runs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QListWidget, QPushButton

from devserver.harness import StacTestServer
from earthplatform_qgis.gui.dock import EarthPlatformDock
from earthplatform_qgis.gui.link_renewal import LinkRenewal
from earthplatform_qgis.gui.task_keeper import TaskKeeper

# The catalog's region around Toulouse, a little inside so the canvas is not the whole region.
TOULOUSE = QgsRectangle(0.6, 43.2, 2.4, 44.6)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
WAIT = 30_000  # ms: a bound for the slowest machine, not a pause


def open_dock(qgis_iface: Any, qtbot: Any) -> EarthPlatformDock:
    """The dock shown in the main window over the Toulouse area, its collections loaded."""
    widget = show_dock(qgis_iface, qtbot)
    collections = widget.findChild(QListWidget, "collectionsList")
    qtbot.waitUntil(lambda: collections.count() == 3, timeout=WAIT)
    return widget


def show_dock(qgis_iface: Any, qtbot: Any) -> EarthPlatformDock:
    """The dock shown in the main window over the Toulouse area: it starts connecting."""
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(WGS84)
    canvas.setExtent(TOULOUSE)
    main_window = qgis_iface.mainWindow()
    widget = EarthPlatformDock(qgis_iface, TaskKeeper(), main_window)
    qtbot.addWidget(widget)
    # pytest-qgis's iface.addDockWidget does nothing: dock it to the main window as QGIS does.
    main_window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
    main_window.show()
    widget.show()
    return widget


def click_and_wait(dock: EarthPlatformDock, qtbot: Any, name: str) -> None:
    """Click the push button and wait until what it started has put its layers in."""
    button = dock.findChild(QPushButton, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # busy until the layers are in
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)


def load_masks(dock: EarthPlatformDock, qtbot: Any) -> None:
    """Load the cloud masks of the selected (or all) footprints and wait until they are in."""
    click_and_wait(dock, qtbot, "loadCloudMasksButton")


def run_search(dock: EarthPlatformDock, qtbot: Any) -> None:
    """Click Search and wait until the search has finished."""
    button = dock.findChild(QPushButton, "searchButton")
    assert button.isEnabled(), dock.form.problems_label.text()
    with qtbot.waitSignal(dock.runner.finished, timeout=WAIT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@contextmanager
def link_renewal() -> Iterator[LinkRenewal]:
    """The signed-link renewal the plugin starts in initGui, stopped (as on unload) after."""
    renewal = LinkRenewal()
    try:
        yield renewal
    finally:
        renewal.stop()


def first_page_then_hang(dock: EarthPlatformDock, qtbot: Any, server: StacTestServer) -> None:
    """Click Search on a catalog that answers the first page of 10, then hangs."""
    server.inject_fault(path="/platform/v1/stac/search", action="hang", seconds=20, after=1)
    dock.form.page_size.setValue(10)
    dock.form.max_items.setValue(0)
    with qtbot.waitSignal(
        dock.runner.progress, timeout=WAIT, check_params_cb=lambda text: "shown" in text
    ):
        qtbot.mouseClick(dock.findChild(QPushButton, "searchButton"), Qt.MouseButton.LeftButton)
