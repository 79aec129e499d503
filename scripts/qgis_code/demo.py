"""Run inside real QGIS (qgis --code) by `make run`: open the EarthPlatform dock; when
$EPQ_SCREENSHOT is set (headless runs), search the demo area, load the first result's
true-colour image beneath its cloud mask, then search over a layer of fields, count clear sky
over them, map it and keep the footprints at least 80 % clear; save a picture of the main
window there (and of the clear-sky table beside it, *-table.png) and quit."""

import os

import qgis.utils
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDateTimeRange,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QTime,
    QTimer,
    QTimeZone,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDockWidget

# The plugin's own helpers: the field type every QGIS version takes, the per-date summary.
from earthplatform_qgis.map.clearsky_summary import FieldRule, clear_by_date
from earthplatform_qgis.map.compat import field_types

iface = qgis.utils.iface
# The demo catalog's tiles around Toulouse, in lon/lat; shown in Web Mercator like a web map.
DEMO_AREA = QgsRectangle(0.3, 43.0, 2.7, 44.9)
# Headless steps wait for the dock's background work, but never forever.
GIVE_UP_MS = 120_000
# Twelve 3 km fields on tile 31TCJ (UTM 31N), in three rows from the thin cloud to the clear
# checkerboard: some dates clear over them all, some over a few.
FIELD_ORIGIN = (300_000, 4_900_020)
FIELD_SIZE = 3_000
FIELD_CORNERS = [(x, y) for y in (20_000, 45_000, 70_000) for x in (52_000, 62_000, 72_000, 82_000)]


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
    once(dock.runner.finished, lambda: load_imagery(dock))
    dock.search()


def once(signal, then):
    """Call then() the next time signal fires, and not after."""

    def fired(*_args):
        signal.disconnect(fired)
        then()

    signal.connect(fired)


def load_imagery(dock):
    """Select the first footprint with a cloud mask and load its image beneath the mask."""
    layer = dock.runner.layer()
    masked = [f.id() for f in layer.getFeatures() if f["eda:ag_cloud_mask_available"]]
    if not masked:
        screenshot_and_quit()
        return
    layer.selectByIds(masked[:1])
    dock.load_imagery()  # zooms to the footprint
    when(dock.load_imagery_button.isEnabled, lambda: search_fields(dock, layer))


def parcels():
    """The analyst's fields: a polygon layer in UTM with a name per field."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:32631", "parcels", "memory")
    layer.dataProvider().addAttributes([QgsField("name", field_types()["string"])])
    layer.updateFields()
    x0, y0 = FIELD_ORIGIN
    features = []
    for number, (x, y) in enumerate(FIELD_CORNERS, start=1):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"parcel {number:02d}"])
        left, top, right, bottom = x0 + x, y0 - y, x0 + x + FIELD_SIZE, y0 - y - FIELD_SIZE
        feature.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({left} {top},{right} {top},{right} {bottom},{left} {bottom},"
                f"{left} {top}))"
            )
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    # Outlines only: the clear-sky map beneath colours them.
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "white", "outline_width": "0.5"}
    )
    layer.renderer().setSymbol(symbol)
    return QgsProject.instance().addMapLayer(layer)


def search_fields(dock, footprints):
    """Search the summer over the fields (every cloud cover: the fields decide)."""
    footprints.removeSelection()
    fields = parcels()
    dock.area.layer_combo.setLayer(fields)
    dock.area.source_combo.setCurrentIndex(dock.area.source_combo.findData("all"))
    dock.form.start_edit.setDateTime(QDateTime(QDate(2022, 6, 1), QTime(0, 0), QTimeZone.utc()))
    dock.form.end_edit.setDateTime(QDateTime(QDate(2022, 9, 30), QTime(23, 59), QTimeZone.utc()))
    dock.form.cloud_cover.setValue(100)
    once(dock.runner.finished, lambda: count_clear_sky(dock))
    dock.search()


def count_clear_sky(dock):
    panel = dock.clear_sky
    panel.id_field.setField("name")
    panel.count()
    when(lambda: panel.result is not None, lambda: show_clear_sky(dock))


def show_clear_sky(dock):
    """The fields coloured by clear sky on a partly clear date, and the footprints at least
    80 % clear over every field."""
    panel = dock.clear_sky
    panel.map_on_fields()
    panel.min_clear.setValue(80)
    canvas = iface.mapCanvas()
    canvas.setCanvasColor(QColor(52, 62, 72))  # no basemap can be fetched offline
    fields = QgsProject.instance().mapLayersByName("parcels")[0]
    to_canvas = QgsCoordinateTransform(
        fields.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    )
    around = to_canvas.transformBoundingBox(fields.extent())
    canvas.setExtent(around.buffered(around.width() / 3))
    # The day the fields differ most: clear over some, clouded over others.
    least = clear_by_date(panel.result.rows, FieldRule.EVERY)
    most = clear_by_date(panel.result.rows, FieldRule.ANY)
    if least:
        day = max(least, key=lambda date: most[date] - least[date])
        start = QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0), QTimeZone.utc())
        canvas.setTemporalRange(QgsDateTimeRange(start, start.addDays(1)))
    canvas.refresh()
    when(lambda: not canvas.isDrawing(), lambda: QTimer.singleShot(500, screenshot_and_quit))


def screenshot_table():
    """The clear-sky table's attribute table, beside the main window's picture."""
    tables = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if " clear sky " in layer.name() and not layer.name().endswith("map")
    ]
    if not tables:
        return
    dialog = iface.showAttributeTable(tables[0])
    dialog.resize(1100, 420)
    QCoreApplication.processEvents()
    dialog.grab().save(os.environ["EPQ_SCREENSHOT"].replace(".png", "-table.png"))
    dialog.close()


def screenshot_and_quit():
    QCoreApplication.processEvents()
    iface.mainWindow().grab().save(os.environ["EPQ_SCREENSHOT"])
    screenshot_table()
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
