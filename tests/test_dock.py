"""The dock driven as an analyst drives it (pytest-qgis, offscreen), against the test STAC API."""

from __future__ import annotations

import gc
import json
import re
from datetime import datetime, timezone
from typing import Any

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsSettings,
)
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QEvent, Qt, QTimeZone
from qgis.PyQt.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from devserver.harness import StacTestServer
from earthplatform_qgis.gui.dock import EarthPlatformDock
from earthplatform_qgis.gui.results_model import BLOCK, COLUMNS
from earthplatform_qgis.gui.task_keeper import TaskKeeper
from earthplatform_qgis.settings import KEY_PREFIX, Settings
from tests.support.catalog import S2, catalog_items
from tests.support.dock import (
    TOULOUSE,
    WAIT,
    WGS84,
    first_page_then_hang,
    link_renewal,
    load_masks,
    run_search,
)
from tests.support.links import EXPIRED, expire_links, holds_relay_url, streamed_hrefs

EDA_MASKS = "sentinel-2-eda-cloud-mask"


def search_masked_and_load_masks(dock: EarthPlatformDock, qtbot: Any, count: int) -> None:
    """Search `count` items that have a cloud mask and load their masks."""
    dock.form.mask_only.setChecked(True)
    dock.form.max_items.setValue(count)
    run_search(dock, qtbot)
    load_masks(dock, qtbot)


def footprint_ids(dock: EarthPlatformDock) -> list[str]:
    layer = dock.runner.layer()
    assert layer is not None
    return [feature["id"] for feature in layer.getFeatures()]


def expected_ids(server: StacTestServer, area: QgsGeometry, **filters: Any) -> set[str]:
    """What the catalog files say matches (independent of the plugin's code)."""
    start, end = filters.get("start"), filters.get("end")
    cloud = filters.get("cloud")
    found = set()
    for item in catalog_items(server):
        properties = item["properties"]
        moment = datetime.fromisoformat(properties["datetime"].replace("Z", "+00:00"))
        if (start and moment < start) or (end and moment > end):
            continue
        if cloud is not None and properties["eo:cloud_cover"] > cloud:
            continue
        footprint = QgsGeometry.fromWkt(_wkt(item["geometry"]))
        if footprint.intersects(area):
            found.add(item["id"])
    return found


def _wkt(geometry: dict[str, Any]) -> str:
    from osgeo import ogr

    return str(ogr.CreateGeometryFromJson(json.dumps(geometry)).ExportToWkt())


def set_date(dock: EarthPlatformDock, name: str, moment: datetime) -> None:
    value = QDateTime(moment.date(), moment.time(), QTimeZone.utc())
    dock.findChild(object, name).setDateTime(value)


def test_collections_load_with_titles_and_descriptions(dock: EarthPlatformDock) -> None:
    collections = dock.findChild(QListWidget, "collectionsList")
    items = [collections.item(i) for i in range(collections.count())]
    ids = {item.data(Qt.ItemDataRole.UserRole) for item in items}
    assert ids == {S2, "sentinel-2-l2a-cog-ag-cloud-mask", "sentinel-2-eda-cloud-mask"}
    s2 = next(item for item in items if item.data(Qt.ItemDataRole.UserRole) == S2)
    assert s2.text().startswith("Sentinel-2 Level-2A")
    assert s2.toolTip()
    assert s2.checkState() == Qt.CheckState.Checked  # the analyst's usual collection
    assert dock.findChild(QLabel, "connectionStatus").text().startswith("Signed in to")


def test_search_fills_one_layer_with_what_the_catalog_matches(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer
) -> None:
    start = datetime(2022, 7, 1, tzinfo=timezone.utc)
    end = datetime(2022, 8, 31, 23, 59, tzinfo=timezone.utc)
    set_date(dock, "startDateTime", start)
    set_date(dock, "endDateTime", end)
    dock.form.cloud_cover.setValue(40)
    dock.form.max_items.setValue(0)  # all matches
    dock.form.page_size.setValue(25)
    run_search(dock, qtbot)
    area = QgsGeometry.fromRect(TOULOUSE)
    expected = expected_ids(stac_control, area, start=start, end=end, cloud=40)
    assert len(expected) > 25  # more than one page, fewer than the catalog
    ids = footprint_ids(dock)
    assert len(ids) == len(set(ids))
    assert set(ids) == expected
    assert dock.model.rowCount() == len(expected)
    assert dock.model.data(dock.model.index(0, 0)) in expected
    assert dock.progress_label.text() == f"{len(expected)} shown of {len(expected)} matched"
    layers = QgsProject.instance().mapLayers().values()
    assert [layer.name().startswith("EarthPlatform — sentinel-2-l2a — ") for layer in layers] == [
        True
    ]


@pytest.mark.parametrize("crs", ["EPSG:3857", "EPSG:32631"])
def test_projected_canvas_searches_its_visible_area(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer, qgis_iface: Any, crs: str
) -> None:
    canvas = qgis_iface.mapCanvas()
    target = QgsCoordinateReferenceSystem(crs)
    to_target = QgsCoordinateTransform(WGS84, target, QgsProject.instance())
    canvas.setDestinationCrs(target)
    small = QgsRectangle(1.2, 43.5, 1.6, 43.8)  # near Toulouse, a few items' footprints
    canvas.setExtent(to_target.transformBoundingBox(small))
    visible = QgsGeometry.fromRect(canvas.extent())
    visible.transform(QgsCoordinateTransform(target, WGS84, QgsProject.instance()))
    dock.form.max_items.setValue(0)
    run_search(dock, qtbot)
    expected = expected_ids(stac_control, visible)
    assert 0 < len(expected) < len(catalog_items(stac_control))
    assert set(footprint_ids(dock)) == expected


def test_invalid_input_is_marked_at_the_field_and_search_disabled(
    dock: EarthPlatformDock,
) -> None:
    end_edit = dock.findChild(object, "endDateTime")
    help_text = end_edit.toolTip()
    assert help_text
    set_date(dock, "startDateTime", datetime(2022, 9, 1, tzinfo=timezone.utc))
    set_date(dock, "endDateTime", datetime(2022, 8, 1, tzinfo=timezone.utc))
    assert not dock.findChild(QPushButton, "searchButton").isEnabled()
    assert "before" in end_edit.property("problem")
    assert "before" in end_edit.toolTip()
    dock.form.query_edit.setPlainText('{"eo:cloud_cover": {"lt": ')
    assert dock.findChild(object, "queryEdit").property("problem")
    dock.form.query_edit.setPlainText("")
    dock.form.end_edit.clear()
    assert dock.findChild(QPushButton, "searchButton").isEnabled()
    assert not end_edit.property("problem")
    assert end_edit.toolTip() == help_text  # the field's own help is back


def test_filters_are_remembered_for_the_next_session(
    dock: EarthPlatformDock, qgis_iface: Any, qtbot: Any
) -> None:
    set_date(dock, "startDateTime", datetime(2022, 7, 1, 10, 30, tzinfo=timezone.utc))
    dock.form.cloud_cover.setValue(15)
    dock.form.mask_only.setChecked(True)
    dock.form.ids_edit.setPlainText("a, b")
    dock.form.query_edit.setPlainText('{"platform": {"eq": "sentinel-2b"}}')
    saved = json.loads(Settings.load().last_search)
    assert saved["ids"] == ["a", "b"]
    assert saved["intersects"] is None  # the area follows the map, it is not a filter
    again = EarthPlatformDock(qgis_iface, TaskKeeper(), qgis_iface.mainWindow())
    qtbot.addWidget(again)
    assert again.form.cloud_cover.value() == 15
    assert again.form.mask_only.isChecked()
    assert again.form.ids_edit.toPlainText() == "a\nb"
    assert json.loads(again.form.query_edit.toPlainText()) == {"platform": {"eq": "sentinel-2b"}}
    start = again.form.start_edit.dateTime().toUTC()
    assert (start.date().month(), start.time().hour(), start.time().minute()) == (7, 10, 30)
    again.detach()


def test_the_last_sessions_collections_are_ticked_again_with_ids_in_the_filters(
    dock: EarthPlatformDock, qgis_iface: Any, qtbot: Any
) -> None:
    """A search by ids alone is valid before the collections are listed: it must not be
    remembered then, or the collections ticked last time would be forgotten."""
    dock.form.ids_edit.setPlainText("a")
    ticked = [EDA_MASKS, S2]
    for row in range(dock.form.collections_list.count()):
        item = dock.form.collections_list.item(row)
        on = item.data(Qt.ItemDataRole.UserRole) in ticked
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    assert sorted(json.loads(Settings.load().last_search)["collections"]) == ticked
    again = EarthPlatformDock(qgis_iface, TaskKeeper(), qgis_iface.mainWindow())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.form.collections_list.count() == 3, timeout=WAIT)
    assert sorted(again.form.checked_collections()) == ticked
    again.detach()


def test_panning_the_map_writes_no_settings(dock: EarthPlatformDock, qgis_iface: Any) -> None:
    dock.form.cloud_cover.setValue(15)
    key = f"{KEY_PREFIX}search/last"
    # The same filters written another way: any write by the dock would replace this text.
    marked = QgsSettings().value(key) + " "
    QgsSettings().setValue(key, marked)
    canvas = qgis_iface.mapCanvas()
    for extent in (QgsRectangle(0.5, 43.0, 1.5, 44.0), QgsRectangle(1.0, 43.5, 2.0, 44.5)):
        area = dock.area.intersects
        canvas.setExtent(extent)
        assert dock.area.intersects != area  # the dock followed the pan
        assert QgsSettings().value(key) == marked


def test_cancel_keeps_what_arrived_and_says_partial(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer
) -> None:
    first_page_then_hang(dock, qtbot, stac_control)
    with qtbot.waitSignal(dock.runner.finished, timeout=2_000):  # cancel answers within 1 s
        qtbot.mouseClick(dock.findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    layer = dock.runner.layer()
    assert layer is not None
    assert layer.featureCount() == 10
    assert "(partial: 10 of " in layer.name()
    assert dock.progress_label.text().startswith("Cancelled: 10 kept")


def test_a_new_search_replaces_the_running_one_and_results_never_mix(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer
) -> None:
    first_page_then_hang(dock, qtbot, stac_control)
    first = dock.runner.layer()
    assert first is not None
    first_id = first.id()
    dock.form.max_items.setValue(5)
    run_search(dock, qtbot)
    second = dock.runner.layer()
    assert second is not None
    assert second.id() != first_id
    assert second.featureCount() == 5
    assert dock.model.rowCount() == 5
    # The replaced search's unfinished layer went with it: one search, one layer.
    assert list(QgsProject.instance().mapLayers()) == [second.id()]


def test_qgis_objects_leave_the_collectors_walk_only_while_searches_run(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer
) -> None:
    """The freeze that keeps garbage-collection pauses short ends with the last search, be it
    replaced, cancelled or complete: QGIS's garbage is collected again afterwards."""
    first_page_then_hang(dock, qtbot, stac_control)
    assert gc.get_freeze_count() > 0
    dock.form.max_items.setValue(5)
    run_search(dock, qtbot)  # replaces the hanging one, which winds down on its own
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=WAIT)


def test_server_error_reaches_the_message_bar_with_status_and_words(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer, qgis_iface: Any
) -> None:
    stac_control.inject_fault(
        path="/platform/v1/stac/search",
        action="status",
        status=400,
        body={"code": "BadRequest", "description": "unsupported operator 'like'"},
        count=-1,
    )
    run_search(dock, qtbot)
    errors = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert len(errors) == 1
    assert "HTTP 400" in errors[0]
    assert "unsupported operator 'like'" in errors[0]
    assert "None" not in errors[0]


def test_each_row_shows_its_footprint_and_the_rows_go_with_the_layer(
    dock: EarthPlatformDock, qtbot: Any
) -> None:
    dock.form.max_items.setValue(0)  # all matches: rows in several of the model's blocks
    dock.form.page_size.setValue(50)
    run_search(dock, qtbot)
    layer = dock.runner.layer()
    assert layer is not None
    model = dock.model
    assert model.rowCount() == layer.featureCount() > 2 * BLOCK
    # From the last row up, so blocks are read out of order and evicted on the way.
    for row in reversed(range(model.rowCount())):
        feature = layer.getFeature(model.feature_id(row))
        assert model.row_of(feature.id()) == row
        shown = [model.data(model.index(row, column)) for column in range(len(COLUMNS))]
        assert shown[0] == feature["id"]
        stamp = json.loads(feature["item_json"])["properties"]["datetime"]
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(timezone.utc)
        assert shown[1] == moment.strftime("%Y-%m-%d %H:%M")
        assert shown[2] == f"{feature['eo:cloud_cover']:.1f}"
        assert shown[3] == ""  # no clear sky counted
        assert shown[4] == feature["collection"]
        assert shown[5] in ("yes", "no", "")
    assert model.row_of(-1) is None
    QgsProject.instance().removeMapLayer(layer.id())
    assert model.rowCount() == 0


def test_cloud_cover_lines_up_on_the_right_and_text_on_the_left(
    dock: EarthPlatformDock, qtbot: Any
) -> None:
    dock.form.max_items.setValue(5)
    run_search(dock, qtbot)
    delegate = QStyledItemDelegate()  # made in Python, so its initStyleOption can be called

    def alignment(column: int) -> Any:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, dock.model.index(0, column))
        return option.displayAlignment

    cloud_cover = [field for _, field in COLUMNS].index("eo:cloud_cover")
    assert alignment(cloud_cover) & Qt.AlignmentFlag.AlignRight
    assert alignment(cloud_cover) & Qt.AlignmentFlag.AlignVCenter
    assert not alignment(0) & Qt.AlignmentFlag.AlignRight


def test_footprints_that_outlive_the_dock_can_still_be_selected(
    dock: EarthPlatformDock, qgis_iface: Any, qtbot: Any
) -> None:
    """Unloading the plugin deletes its dock; the footprint layers stay in the project, and
    selecting footprints there must reach nothing that was deleted."""
    # Not through qtbot, which would close it again after the test: it is deleted here.
    other = EarthPlatformDock(qgis_iface, TaskKeeper(), qgis_iface.mainWindow())
    other.show()
    collections = other.findChild(QListWidget, "collectionsList")
    qtbot.waitUntil(lambda: collections.count() == 3, timeout=WAIT)
    other.form.max_items.setValue(5)
    run_search(other, qtbot)
    layer = other.runner.layer()
    assert layer is not None
    other.detach()
    other.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    layer.selectByIds(layer.allFeatureIds())
    assert layer.selectedFeatureCount() == 5
    layer.removeSelection()


def test_the_table_shows_whole_dates_on_rows_one_line_high(
    dock: EarthPlatformDock, qtbot: Any
) -> None:
    dock.form.max_items.setValue(5)
    run_search(dock, qtbot)
    view = dock.results_view
    metrics = view.fontMetrics()
    shown = dock.model.data(dock.model.index(0, 1))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", shown)
    assert view.columnWidth(1) > metrics.horizontalAdvance(shown)
    assert view.rowHeight(0) < 2 * metrics.height()


def test_selection_follows_between_table_and_map(dock: EarthPlatformDock, qtbot: Any) -> None:
    dock.form.max_items.setValue(20)
    run_search(dock, qtbot)
    layer = dock.runner.layer()
    assert layer is not None
    dock.results_view.selectRow(3)
    assert layer.selectedFeatureIds() == [dock.model.feature_id(3)]
    layer.selectByIds([dock.model.feature_id(7)])
    rows = [index.row() for index in dock.results_view.selectionModel().selectedRows()]
    assert rows == [7]


def test_cloud_masks_load_as_valid_rasters_under_the_footprints(
    dock: EarthPlatformDock, qtbot: Any, qgis_iface: Any
) -> None:
    search_masked_and_load_masks(dock, qtbot, 3)
    successes = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert successes[-1].endswith("cloud mask layers added.")
    rasters = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if isinstance(layer, QgsRasterLayer)
    ]
    assert len(rasters) >= 3  # every item has an agriculture mask, some an EDA one too
    assert all(layer.isValid() for layer in rasters)
    assert {layer.renderer().type() for layer in rasters} == {"paletted"}
    group = QgsProject.instance().layerTreeRoot().findGroup("EarthPlatform")
    masks = group.findGroup("Cloud masks")
    assert {node.layerId() for node in masks.findLayers()} == {layer.id() for layer in rasters}


def test_masks_of_many_unselected_footprints_load_only_once_confirmed(
    dock: EarthPlatformDock, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock.form.mask_only.setChecked(True)
    dock.form.max_items.setValue(4)
    run_search(dock, qtbot)
    monkeypatch.setattr("earthplatform_qgis.gui.dock.MASK_CONFIRM_ABOVE", 3)
    asked: list[str] = []

    def refuse(question: str) -> bool:
        asked.append(question)
        return False

    monkeypatch.setattr(dock, "_confirm", refuse)
    button = dock.findChild(QPushButton, "loadCloudMasksButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [
        "Load the cloud masks of all 4 footprints? Each mask is a raster layer. "
        "Select footprints to load fewer."
    ]
    assert button.isEnabled()  # nothing started
    assert not [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if isinstance(layer, QgsRasterLayer)
    ]
    monkeypatch.setattr(dock, "_confirm", lambda question: True)
    load_masks(dock, qtbot)
    assert any(
        isinstance(layer, QgsRasterLayer) for layer in QgsProject.instance().mapLayers().values()
    )


def test_copy_as_code_puts_a_runnable_search_without_secrets_on_the_clipboard(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer
) -> None:
    from qgis.PyQt.QtWidgets import QApplication, QToolButton

    dock.form.cloud_cover.setValue(10)
    qtbot.mouseClick(dock.findChild(QToolButton, "copyCodeButton"), Qt.MouseButton.LeftButton)
    code = QApplication.clipboard().text()
    compile(code, "clipboard", "exec")
    assert stac_control.api_url in code
    assert "{'eo:cloud_cover': {'lte': 10}}" in code
    assert stac_control.client_secret not in code


def test_reopened_project_gets_fresh_links_for_expired_mask_urls(
    dock: EarthPlatformDock, qtbot: Any, tmp_path: Any
) -> None:
    search_masked_and_load_masks(dock, qtbot, 2)
    saved = tmp_path / "masks.qgs"

    def rasters() -> list[QgsRasterLayer]:
        layers = QgsProject.instance().mapLayers().values()
        return [layer for layer in layers if isinstance(layer, QgsRasterLayer)]

    # The plugin's: the project keeps the presigned links themselves (not the URLs of this
    # session's loopback relay, where GDAL reads through one), and a project read gets new ones.
    with link_renewal():
        links = [href for layer in rasters() for href in streamed_hrefs(layer.source())]
        assert QgsProject.instance().write(str(saved))
        text = saved.read_text(encoding="utf-8")
        assert set(streamed_hrefs(text)) == set(links)
        assert not holds_relay_url(text)
        # Tomorrow: every saved signature has expired (here: is no longer valid).
        saved.write_text(expire_links(text), encoding="utf-8")
        QgsProject.instance().clear()
        assert QgsProject.instance().read(str(saved))
        assert rasters()
        assert not any(layer.isValid() for layer in rasters())  # as saved, they cannot open
        qtbot.waitUntil(lambda: all(layer.isValid() for layer in rasters()), timeout=WAIT)
        renewed = [href for layer in rasters() for href in streamed_hrefs(layer.source())]
        assert renewed
        assert not any(EXPIRED in href for href in renewed)
        assert {layer.renderer().type() for layer in rasters()} == {"paletted"}


def test_an_unknown_query_property_is_pointed_out_when_nothing_matches(
    dock: EarthPlatformDock, qtbot: Any, qgis_iface: Any
) -> None:
    dock.form.query_edit.setPlainText('{"eo:cloudcover": {"lt": 5}}')
    run_search(dock, qtbot)
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert len(warnings) == 1
    assert "'eo:cloudcover'" in warnings[0]
    assert dock.progress_label.text() == "No items match these filters in this area."
    assert dock.runner.layer() is None  # no empty layer left behind


def test_closing_the_project_while_searching_stops_the_search_cleanly(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer
) -> None:
    first_page_then_hang(dock, qtbot, stac_control)
    with qtbot.waitSignal(dock.runner.finished, timeout=2_000):  # not when the server answers
        QgsProject.instance().clear()  # New project: the layer being filled is gone
    assert not dock.runner.running
    assert QgsProject.instance().mapLayers() == {}
    assert dock.findChild(QPushButton, "searchButton").isEnabled()
