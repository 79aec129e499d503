"""Run inside real QGIS (qgis --code) by `make run`: open the EarthPlatform dock; when
$EPQ_SCREENSHOT is set (headless runs), search the demo area, load the first result's
true-colour image beneath its cloud mask, save a picture of the main window there and quit."""

import os

import qgis.utils
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QTime, QTimer, QTimeZone
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDockWidget

iface = qgis.utils.iface
# The demo catalog's tiles around Toulouse, in lon/lat; shown in Web Mercator like a web map.
DEMO_AREA = QgsRectangle(0.3, 43.0, 2.7, 44.9)
# Headless steps wait for the dock's background work, but never forever.
GIVE_UP_MS = 120_000


def earthplatform_dock():
    return iface.mainWindow().findChild(QDockWidget, "EarthPlatformDock")


def open_dock():
    action = next(
        (a for a in iface.webToolBar().actions() if a.objectName() == "EarthPlatformAction"), None
    )
    if action is not None and not action.isChecked():
        action.trigger()


def show_demo_area():
    canvas = iface.mapCanvas()
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    QgsProject.instance().setCrs(mercator)
    to_mercator = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), mercator, QgsProject.instance()
    )
    canvas.setExtent(to_mercator.transformBoundingBox(DEMO_AREA))
    canvas.refresh()


def when(condition, then, waited=0):
    """Call then() once condition() holds, polling the event loop; quit if it never does."""
    if condition():
        then()
    elif waited > GIVE_UP_MS:
        screenshot_and_quit()
    else:
        QTimer.singleShot(200, lambda: when(condition, then, waited + 200))


def search():
    """A typical analyst's search: summer 2022, little cloud."""
    dock = earthplatform_dock()
    dock.form.start_edit.setDateTime(QDateTime(QDate(2022, 7, 1), QTime(0, 0), QTimeZone.utc()))
    dock.form.end_edit.setDateTime(QDateTime(QDate(2022, 8, 31), QTime(23, 59), QTimeZone.utc()))
    dock.form.cloud_cover.setValue(20)
    dock.runner.finished.connect(lambda _outcome: load_imagery(dock))
    dock.search()


def load_imagery(dock):
    """Select the first footprint with a cloud mask and load its image beneath the mask."""
    layer = dock.runner.layer()
    masked = [f.id() for f in layer.getFeatures() if f["eda:ag_cloud_mask_available"]]
    if not masked:
        screenshot_and_quit()
        return
    layer.selectByIds(masked[:1])
    dock.load_imagery()  # zooms to the footprint
    when(dock.load_imagery_button.isEnabled, lambda: show_imagery(layer))


def show_imagery(footprints):
    """The image and its mask on a dark background (no basemap can be fetched offline)."""
    footprints.removeSelection()
    canvas = iface.mapCanvas()
    canvas.setCanvasColor(QColor(52, 62, 72))
    canvas.refresh()
    when(lambda: not canvas.isDrawing(), lambda: QTimer.singleShot(500, screenshot_and_quit))


def screenshot_and_quit():
    QCoreApplication.processEvents()
    iface.mainWindow().grab().save(os.environ["EPQ_SCREENSHOT"])
    # QGIS 3.40 and 3.44 crash on exit while layers are loaded (their bug, without any plugin).
    QgsProject.instance().clear()
    QgsApplication.exit(0)


def run():
    iface.mainWindow().showMaximized()
    show_demo_area()
    open_dock()
    if os.environ.get("EPQ_SCREENSHOT"):
        dock = earthplatform_dock()
        when(lambda: dock.search_button.isEnabled(), search)


QTimer.singleShot(0, run)
