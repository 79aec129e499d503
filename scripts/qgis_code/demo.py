"""Run inside real QGIS (qgis --code) by `make run` and `make docs`: open the EarthPlatform dock.

When $EPQ_SHOTS names a folder (headless runs), take the tour of the user's guide and save there
every picture the guide shows, each as the analyst would see it at that step: search the demo
area, try the connection settings, load a footprint's true-colour image beneath its cloud mask,
look at its assets, save searches, search over a layer of fields, count clear sky over them, map
it and keep the footprints at least 80 % clear. Then save the main window to $EPQ_SCREENSHOT and
quit (with 1, and that picture of where it stopped, if a step fails or never finishes)."""

import importlib
import os
import sys
import traceback
from pathlib import Path

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
    Qt,
    QTime,
    QTimer,
    QTimeZone,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDockWidget, QTableView

# The plugin's own parts: the tour drives the dock, its dialogs and its layer groups as a user
# would, and reuses the field type every QGIS version takes and the per-date summary.
from earthplatform_qgis.gui.asset_dialogs import AssetsDialog, DownloadDialog
from earthplatform_qgis.gui.item_actions import IMAGERY_GROUP
from earthplatform_qgis.gui.search_runner import plugin_group
from earthplatform_qgis.gui.settings_dialog import SettingsDialog
from earthplatform_qgis.map.clearsky_summary import FieldRule, clear_by_date
from earthplatform_qgis.map.compat import field_types
from earthplatform_qgis.map.footprints import item_of
from earthplatform_qgis.saved_searches import PROFILE, PROJECT

iface = qgis.utils.iface
# The demo catalog's nine tiles around Toulouse, in lon/lat; shown in Web Mercator like a web map.
DEMO_AREA = QgsRectangle(-1.0, 42.2, 3.3, 45.2)
# Headless steps wait for the dock's background work, but never forever.
GIVE_UP_MS = 120_000
POLL_MS = 200
# The pictures' main window: the Xvfb screen's width (scripts/qgis_desktop.py), tall enough for
# a dozen results in the dock; the Layers panel wide enough for the imagery's legend.
WINDOW_WIDTH, WINDOW_HEIGHT = 1600, 1200
LAYERS_WIDTH = 380
PROCESSING_DIALOG_SIZE = (960, 720)  # QGIS's first size squeezes the algorithm's help
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


# ---- the tour's machinery: steps that wait, pictures ----------------------------------------


def follow(steps, waiting="the first step", condition=lambda: True, waited=0):
    """Run the tour: resume it whenever what it waits for (a condition it yields, after what
    that is in words) holds. A step that fails, or waits longer than GIVE_UP_MS, ends it."""
    try:
        if condition():
            waiting, condition = next(steps)
            waited = 0
        elif waited > GIVE_UP_MS:
            raise TimeoutError(f"gave up waiting for {waiting}")
    except StopIteration:
        screenshot_and_quit(0)
        return
    except Exception:  # whatever stopped it: said, and seen on the picture of where it stopped
        sys.stderr.write(f"The demo tour failed (its last wait: {waiting}):\n")
        traceback.print_exc()
        screenshot_and_quit(1)
        return
    QTimer.singleShot(POLL_MS, lambda: follow(steps, waiting, condition, waited + POLL_MS))


def fired(signal):
    """A condition that holds once signal has fired (from now on)."""
    seen = []

    def note(*_args):
        signal.disconnect(note)
        seen.append(True)

    signal.connect(note)
    return lambda: bool(seen)


def shot(name, widget):
    """Save one of the guide's pictures: widget as it is drawn now."""
    QCoreApplication.processEvents()  # layouts and paints still queued
    path = Path(os.environ["EPQ_SHOTS"]) / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not save {path}")


def dialog_shot(name, dialog):
    """A picture of a dialog shown the way the dock shows it, then closed untouched: shown
    without exec(), which would wait for a click."""
    dialog.show()
    shot(name, dialog)
    dialog.reject()


def processing_dialog(algorithm):
    """The algorithm's dialog, as the Processing Toolbox opens it."""
    # QGIS's Processing plugin: on QGIS's sys.path, not on the type checker's.
    return importlib.import_module("processing").createAlgorithmDialog(algorithm)


def map_drawn():
    """Redraw the map; a condition that holds once it is drawn with every layer's data."""
    canvas = iface.mapCanvas()
    refreshed = fired(canvas.mapCanvasRefreshed)
    canvas.refresh()
    return lambda: refreshed() and not canvas.isDrawing()


def searched(dock):
    """Start the dock's search; a condition that holds once it has finished."""
    done = fired(dock.runner.finished)
    dock.search()
    return done


def utc(year, month, day, hour=0, minute=0):
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone.utc())


# ---- the tour -------------------------------------------------------------------------------


def tour(dock):
    """The guide's pictures, in the order an analyst meets what they show. Yields what it waits
    for: its name in words, and a condition that holds once it is there (see follow)."""
    yield "signing in to the demo catalog", dock.search_button.isEnabled
    show_demo_area()  # again, now that the window has the pictures' size
    yield from search_demo_area(dock)
    dock.save_search("Toulouse, summer 2022", [PROJECT])
    algorithm = processing_dialog("earthplatform:searchitems")
    algorithm.resize(*PROCESSING_DIALOG_SIZE)
    dialog_shot("processing-search.png", algorithm)
    yield from settings(dock)
    item = yield from imagery(dock)
    dialog_shot("asset-list.png", AssetsDialog(item, dock))
    dialog_shot("download-dialog.png", DownloadDialog([item], ["red", "green", "blue"], dock))
    yield from search_fields(dock)
    yield from clear_sky(dock)


def frame_for_pictures():
    """The same window for every picture, whatever QGIS's defaults: no window manager under
    Xvfb maximises it. The Browser panel (not the plugin's) is closed for a taller Layers
    panel."""
    window = iface.mainWindow()
    window.findChild(QDockWidget, "Browser").hide()
    window.resize(WINDOW_WIDTH, WINDOW_HEIGHT)
    layers = window.findChild(QDockWidget, "Layers")
    window.resizeDocks([layers], [LAYERS_WIDTH], Qt.Orientation.Horizontal)


def search_demo_area(dock):
    """A typical analyst's search: summer 2022, little cloud; the footprint whose imagery the
    tour looks at selected."""
    dock.form.start_edit.setDateTime(utc(2022, 7, 1))
    dock.form.end_edit.setDateTime(utc(2022, 8, 31, 23, 59))
    dock.form.cloud_cover.setValue(20)
    yield "the search of the demo area", searched(dock)
    layer = dock.runner.layer()
    # The richest to look at: masked, with a true-colour asset and sizes in its asset list.
    chosen = next(
        feature.id()
        for feature in layer.getFeatures()
        if feature["eda:ag_cloud_mask_available"] and "visual" in item_of(feature)["assets"]
    )
    layer.selectByIds([chosen])
    view = dock.results_view  # its row selected too, brought into view
    view.scrollTo(view.selectionModel().selectedRows()[0], view.ScrollHint.PositionAtCenter)
    yield "the footprints drawn", map_drawn()
    shot("dock-search.png", iface.mainWindow())


def settings(dock):
    """The settings as the ⚙ button opens them, after a successful Test connection; closed
    without saving."""
    dialog = SettingsDialog(dock)
    dialog.show()
    dialog.test_button.click()
    answer = dialog.test_result.text
    yield "the connection test", lambda: answer().startswith(("✔", "✖"))
    if not answer().startswith("✔"):
        raise RuntimeError(f"the connection test failed: {answer()}")
    shot("settings.png", dialog)
    dialog.reject()


def imagery(dock):
    """The selected footprint's true-colour image beneath its cloud mask, with the mask's
    legend in the Layers panel. Returns the footprint's item."""
    iface.messageBar().clearWidgets()  # the picture's message is the imagery's
    dock.load_imagery()  # zooms to the footprint
    yield "the imagery", dock.load_imagery_button.isEnabled
    footprints = dock.runner.layer()
    item = item_of(next(footprints.getSelectedFeatures()))
    # The selection's fill is drawn above the image: the analyst clicks elsewhere to see it.
    footprints.removeSelection()
    group = plugin_group()
    imagery_group = group.findGroup(IMAGERY_GROUP)
    imagery_layers = set(imagery_group.findLayerIds())
    for node in group.findLayers():  # the footprints' legends would push the imagery's away
        node.setExpanded(node.layerId() in imagery_layers)
    yield "the imagery drawn", map_drawn()
    shot("masks-imagery.png", iface.mainWindow())
    imagery_group.setExpanded(False)  # the later pictures are about the fields
    return item


def search_fields(dock):
    """Search the summer over the fields (every cloud cover: the fields decide). Saved first,
    beside the demo area's search: the picture of the saved searches."""
    fields = parcels()
    dock.area.layer_combo.setLayer(fields)
    dock.area.source_combo.setCurrentIndex(dock.area.source_combo.findData("all"))
    dock.form.start_edit.setDateTime(utc(2022, 6, 1))
    dock.form.end_edit.setDateTime(utc(2022, 9, 30, 23, 59))
    dock.form.cloud_cover.setValue(100)
    dock.save_search("Parcels, June–September", [PROFILE])  # noqa: RUF001 (the guide's dash)
    dock.saved.setCollapsed(False)
    shot("saved-searches.png", dock.saved)
    dock.saved.setCollapsed(True)  # as the dock starts: the clear-sky pictures need the room
    yield "the search over the fields", searched(dock)


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


def clear_sky(dock):
    """Count clear sky over the fields, map it on them on the date they differ most, and keep
    the footprints at least 80 % clear over every field."""
    panel = dock.clear_sky
    panel.id_field.setField("name")
    iface.messageBar().clearWidgets()  # the pictures' message is the clear-sky map's
    panel.count()
    yield "the clear-sky count", lambda: panel.result is not None
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
        start = utc(day.year, day.month, day.day)
        canvas.setTemporalRange(QgsDateTimeRange(start, start.addDays(1)))
    yield "the clear-sky map drawn", map_drawn()
    shot("clear-sky-dock.png", iface.mainWindow())
    shot("calendar.png", panel.calendar)
    clear_sky_table()


def clear_sky_table():
    """The clear-sky table's attribute table."""
    # The EarthPlatform group's one layer without geometry, whatever its name's language.
    table = next(
        node.layer() for node in plugin_group().findLayers() if not node.layer().isSpatial()
    )
    dialog = iface.showAttributeTable(table)
    dialog.resize(1100, 420)
    # Each column as wide as its values, as a double click on the header's edges makes it.
    dialog.findChild(QTableView).resizeColumnsToContents()
    shot("clear-sky-table.png", dialog)
    dialog.close()


def screenshot_and_quit(code):
    QCoreApplication.processEvents()
    iface.mainWindow().grab().save(os.environ["EPQ_SCREENSHOT"])
    # QGIS 3.40 and 3.44 crash on exit while layers are loaded (their bug, without any plugin).
    QgsProject.instance().clear()
    QgsApplication.exit(code)


def run():
    iface.mainWindow().showMaximized()
    show_demo_area()
    open_dock()
    if os.environ.get("EPQ_SHOTS"):
        frame_for_pictures()
        follow(tour(earthplatform_dock()))


QTimer.singleShot(0, run)
