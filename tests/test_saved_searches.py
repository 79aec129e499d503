"""Saved searches in the dock, as an analyst uses them: name the search (filters and area) in
the project or the profile, put it back in one click, run it again since its last run, rename
and delete it, and a saved search whose fields layer has gone."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProject, QgsRectangle, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from qgis.PyQt.QtWidgets import QDialog, QInputDialog, QListWidget, QMessageBox

from devserver.harness import StacTestServer
from earthplatform_qgis.gui.dock import EarthPlatformDock
from earthplatform_qgis.gui.saved_searches_panel import SaveSearchDialog
from earthplatform_qgis.gui.search_area import ALL_FIELDS, EXTENT, SELECTED_FIELDS
from earthplatform_qgis.saved_searches import PROFILE, PROJECT, store_saved
from tests.support.catalog import S2, catalog_items, utc

# Inside tiles 31TCJ / 31TDJ, in lon/lat.
EXTENT_BOX = QgsRectangle(1.2, 43.5, 1.6, 43.8)
ELSEWHERE = QgsRectangle(-5.0, 40.0, -4.0, 41.0)


@pytest.fixture
def saving(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Answers the Save dialog (name, places) as the analyst would, for the next Save."""
    answer: dict[str, Any] = {}

    def exec_(dialog: SaveSearchDialog) -> QDialog.DialogCode:
        dialog.name_edit.setText(answer["name"])
        dialog.in_project.setChecked(PROJECT in answer["places"])
        dialog.in_profile.setChecked(PROFILE in answer["places"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SaveSearchDialog, "exec", exec_)
    QgsSettings().remove("earthplatform/search/saved")
    yield lambda name, places: answer.update(name=name, places=places)
    QgsSettings().remove("earthplatform/search/saved")


def expand(dock: EarthPlatformDock, qtbot: Any) -> None:
    """Open the Saved searches box, its buttons laid out."""
    dock.saved.setCollapsed(False)
    qtbot.waitUntil(lambda: dock.saved.save_button.height() > 0)


def save(dock: EarthPlatformDock, qtbot: Any, saving: Any, name: str, *places: str) -> None:
    saving(name, list(places))
    expand(dock, qtbot)
    qtbot.mouseClick(dock.saved.save_button, Qt.MouseButton.LeftButton)


def click(dock: EarthPlatformDock, qtbot: Any, text: str) -> None:
    """Click the saved search whose line starts with text."""
    listed = dock.findChild(QListWidget, "savedSearchList")
    [item] = [
        listed.item(row)
        for row in range(listed.count())
        if listed.item(row).text().startswith(text)
    ]
    listed.scrollToItem(item)
    qtbot.mouseClick(
        listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualItemRect(item).center()
    )


def listed(dock: EarthPlatformDock) -> list[str]:
    return [dock.saved.list.item(row).text() for row in range(dock.saved.list.count())]


def set_filters(dock: EarthPlatformDock) -> None:
    form = dock.form
    form.start_edit.setDateTime(QDateTime(QDate(2022, 6, 1), QTime(0, 0), QTimeZone.utc()))
    form.end_edit.setDateTime(QDateTime(QDate(2022, 8, 31), QTime(23, 59), QTimeZone.utc()))
    form.cloud_cover.setValue(40)
    form.mask_only.setChecked(True)
    form.query_edit.setPlainText('{"platform": {"eq": "sentinel-2b"}}')
    form.sort_field.setCurrentText("eo:cloud_cover")
    form.sort_descending.setChecked(False)
    form.page_size.setValue(25)
    form.max_items.setValue(0)


def test_a_saved_search_comes_back_in_one_click_filters_and_extent(
    dock: EarthPlatformDock, qtbot: Any, qgis_iface: Any, saving: Any
) -> None:
    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(EXTENT_BOX)
    set_filters(dock)
    wanted, _ = dock.form.spec()
    save(dock, qtbot, saving, "Toulouse, summer", PROFILE)
    assert listed(dock) == ["Toulouse, summer  (your profile)"]

    # Everything changed: other filters, the map elsewhere.
    dock.form.cloud_cover.setValue(100)
    dock.form.mask_only.setChecked(False)
    dock.form.query_edit.clear()
    dock.form.start_edit.clear()
    canvas.setExtent(ELSEWHERE)
    click(dock, qtbot, "Toulouse, summer")

    spec, problems = dock.form.spec()
    assert problems == []
    assert replace(spec, intersects=None) == replace(wanted, intersects=None)
    assert dock.area.source() == EXTENT
    shown = canvas.extent()
    assert shown.contains(EXTENT_BOX)
    assert shown.width() < EXTENT_BOX.width() * 3  # zoomed there, not to the world
    # Kept in the profile: another project lists it too.
    QgsProject.instance().clear()
    assert listed(dock) == ["Toulouse, summer  (your profile)"]


def write_parcels(path: Path) -> None:
    """Two fields a few km apart near Toulouse, as a GeoPackage (a layer a project keeps)."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("parcels", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name, x in (("a", 1.30), ("b", 1.45)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        wkt = f"POLYGON(({x} 43.6,{x + 0.02} 43.6,{x + 0.02} 43.62,{x} 43.62,{x} 43.6))"
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    source = None


def test_fields_and_their_selection_travel_with_the_project(
    dock: EarthPlatformDock, qtbot: Any, qgis_iface: Any, saving: Any, tmp_path: Path
) -> None:
    write_parcels(tmp_path / "parcels.gpkg")
    parcels = QgsVectorLayer(f"{tmp_path / 'parcels.gpkg'}|layername=parcels", "parcels", "ogr")
    QgsProject.instance().addMapLayer(parcels)
    parcels.selectByExpression("\"name\" = 'b'")
    chosen = set(parcels.selectedFeatureIds())
    dock.area.source_combo.setCurrentIndex(dock.area.source_combo.findData(SELECTED_FIELDS))
    dock.area.layer_combo.setLayer(parcels)
    save(dock, qtbot, saving, "field b", PROJECT)
    assert QgsProject.instance().isDirty()  # the project has something new to save
    project = tmp_path / "farm.qgz"
    assert QgsProject.instance().write(str(project))
    QgsProject.instance().clear()
    assert listed(dock) == []

    assert QgsProject.instance().read(str(project))
    assert listed(dock) == ["field b  (this project)"]
    reopened = QgsProject.instance().mapLayersByName("parcels")[0]
    reopened.removeSelection()
    dock.area.source_combo.setCurrentIndex(dock.area.source_combo.findData(EXTENT))
    click(dock, qtbot, "field b")
    assert dock.area.source() == SELECTED_FIELDS
    assert dock.area.layer_combo.currentLayer() is reopened
    assert set(reopened.selectedFeatureIds()) == chosen
    assert dock.area.fieldset is not None
    assert len(dock.area.fieldset.fields) == 1

    # The layer gone: the filters come back, and the message says what to do.
    QgsProject.instance().removeMapLayer(reopened.id())
    qgis_iface.messageBar().clear_messages()
    click(dock, qtbot, "field b")
    said = " ".join(str(m) for m in qgis_iface.messageBar().get_messages(1))
    assert "parcels, is no longer in this project" in said
    assert "choose the fields again" in said


def test_run_since_last_run_searches_from_the_last_runs_time(
    dock: EarthPlatformDock,
    qtbot: Any,
    qgis_iface: Any,
    saving: Any,
    stac_control: StacTestServer,
) -> None:
    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(EXTENT_BOX)
    dock.form.start_edit.clear()
    dock.form.end_edit.clear()
    dock.form.max_items.setValue(0)
    save(dock, qtbot, saving, "weekly", PROFILE)
    # Its first run: as saved. The run is noted.
    before = datetime.now(timezone.utc).replace(microsecond=0)
    with qtbot.waitSignal(dock.runner.finished, timeout=60_000):
        qtbot.mouseClick(dock.saved.run_button, Qt.MouseButton.LeftButton)
    [stored] = json.loads(QgsSettings().value("earthplatform/search/saved"))
    assert before <= datetime.fromisoformat(stored["last_run"]) <= datetime.now(timezone.utc)
    assert dock.form.spec()[0].start is None

    # As if it had last run on 2022-07-15 at noon: the next run looks from then on.
    last = "2022-07-15T12:00:00+00:00"
    [search] = dock.saved.searches
    store_saved([replace(search, last_run=last)], QgsProject.instance())
    dock.saved.reload()
    dock.saved.list.setCurrentRow(0)
    with qtbot.waitSignal(dock.runner.finished, timeout=60_000):
        qtbot.mouseClick(dock.saved.run_button, Qt.MouseButton.LeftButton)
    assert dock.form.spec()[0].start == utc(last)
    layer = dock.runner.layer()
    assert layer is not None
    found = {feature["id"] for feature in layer.getFeatures()}
    area = dock.form.spec()[0].intersects
    assert area is not None
    since = {
        item["id"]
        for item in catalog_items(stac_control, S2)
        if utc(item["properties"]["datetime"]) >= utc(last)
        and ogr.CreateGeometryFromJson(json.dumps(item["geometry"])).Intersects(
            ogr.CreateGeometryFromJson(json.dumps(area))
        )
    }
    assert since  # the comparison means something
    assert found == since
    [stored] = json.loads(QgsSettings().value("earthplatform/search/saved"))
    assert stored["last_run"] > last.replace("+00:00", "")


def test_rename_and_delete(
    dock: EarthPlatformDock, qtbot: Any, saving: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(dock, qtbot, saving, "draft", PROFILE, PROJECT)
    assert listed(dock) == ["draft  (this project)", "draft  (your profile)"]
    dock.saved.list.setCurrentRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("June fields", True))
    qtbot.mouseClick(dock.saved.rename_button, Qt.MouseButton.LeftButton)
    assert listed(dock) == ["draft  (this project)", "June fields  (your profile)"]
    [stored] = json.loads(QgsSettings().value("earthplatform/search/saved"))
    assert stored["name"] == "June fields"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dock.saved.list.setCurrentRow(0)
    qtbot.mouseClick(dock.saved.delete_button, Qt.MouseButton.LeftButton)
    assert listed(dock) == ["June fields  (your profile)"]
    assert not dock.saved.delete_button.isEnabled()  # nothing chosen now


def test_all_fields_of_a_layer_are_saved_as_all_not_as_a_selection(
    dock: EarthPlatformDock, qtbot: Any, saving: Any, tmp_path: Path
) -> None:
    write_parcels(tmp_path / "parcels.gpkg")
    parcels = QgsVectorLayer(f"{tmp_path / 'parcels.gpkg'}|layername=parcels", "parcels", "ogr")
    QgsProject.instance().addMapLayer(parcels)
    dock.area.source_combo.setCurrentIndex(dock.area.source_combo.findData(ALL_FIELDS))
    dock.area.layer_combo.setLayer(parcels)
    save(dock, qtbot, saving, "all parcels", PROFILE)
    parcels.selectByExpression("\"name\" = 'a'")
    dock.area.source_combo.setCurrentIndex(dock.area.source_combo.findData(SELECTED_FIELDS))
    click(dock, qtbot, "all parcels")
    assert dock.area.source() == ALL_FIELDS
    assert dock.area.fieldset is not None
    assert len(dock.area.fieldset.fields) == 2
