"""Where a search's footprint file lives: a saved project keeps its footprints, an unsaved
search leaves no file, and ended sessions' folders are swept (map/footprint_store.py,
gui/footprint_keeper.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from qgis.core import Qgis, QgsLayerDefinition, QgsProject, QgsVectorLayer

from devserver.catalog import generate_items
from devserver.harness import StacTestServer
from earthplatform_qgis.gui.dock import EarthPlatformDock
from earthplatform_qgis.gui.footprint_keeper import FootprintKeeper
from earthplatform_qgis.gui.results_model import ResultsModel
from earthplatform_qgis.map import footprint_store
from earthplatform_qgis.map.clearsky_summary import ItemClearSky
from earthplatform_qgis.map.footprint_file import FootprintWriter, file_of_source, footprint_rows
from earthplatform_qgis.map.footprint_store import FootprintStore
from earthplatform_qgis.map.footprints import (
    CLEAR_PCT_MIN,
    item_of,
    open_footprint_layer,
    set_clear_sky,
)
from tests.support.catalog import catalog_items
from tests.support.dock import WAIT, first_page_then_hang, run_search


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FootprintStore:
    """The session's footprint files, in a folder of the test's own."""
    session = FootprintStore(tmp_path / "searches")
    monkeypatch.setattr(footprint_store, "_SESSION", [session])
    return session


@pytest.fixture
def keeper(store: FootprintStore) -> Iterator[tuple[FootprintKeeper, list[str]]]:
    """The plugin's keeper of footprint files, and the warnings it gave the user."""
    warnings: list[str] = []
    kept = FootprintKeeper(store, warnings.append)
    yield kept, warnings
    kept.stop()


def rows_of(path: Path) -> dict[str, str]:
    """id -> item_json of a footprint GeoPackage, read by SQLite alone."""
    with sqlite3.connect(path) as database:
        return dict(database.execute('SELECT "id", "item_json" FROM footprints'))


def searched_layer(dock: EarthPlatformDock, qtbot: Any) -> tuple[QgsVectorLayer, Path]:
    run_search(dock, qtbot)
    layer = dock.runner.layer()
    assert layer is not None
    path = file_of_source(layer.source())
    assert path is not None
    return layer, path


def test_a_saved_project_reopens_with_its_footprints_where_it_was_saved(
    dock: EarthPlatformDock,
    qtbot: Any,
    tmp_path: Path,
    store: FootprintStore,
    keeper: tuple[FootprintKeeper, list[str]],
    stac_control: StacTestServer,
) -> None:
    layer, session_file = searched_layer(dock, qtbot)
    assert session_file.parent == store.folder
    found = {feature["id"] for feature in layer.getFeatures()}
    catalog = {item["id"]: item for item in catalog_items(stac_control)}
    assert found <= set(catalog)
    assert found

    project_file = tmp_path / "fields" / "season.qgz"
    project_file.parent.mkdir()
    assert QgsProject.instance().write(str(project_file))
    saved = tmp_path / "fields" / "season_earthplatform" / session_file.name
    assert set(rows_of(saved)) == found
    with zipfile.ZipFile(project_file) as archive:
        document = archive.read("season.qgs").decode()
    assert f"./season_earthplatform/{session_file.name}" in document  # relative to the project
    assert str(store.folder) not in document

    # Clear sky counted after the first save reaches the copy at the next save.
    first = sorted(found)[0]
    set_clear_sky(layer, {first: ItemClearSky(42.0, 50.0, 60.0, 2)})
    assert QgsProject.instance().write(str(project_file))
    with sqlite3.connect(saved) as database:
        figures = dict(database.execute(f'SELECT "id", "{CLEAR_PCT_MIN}" FROM footprints'))
    assert figures[first] == 42.0
    assert sum(value is not None for value in figures.values()) == 1

    name = layer.name()
    QgsProject.instance().clear()
    assert not session_file.exists()  # its layer is gone; the project has its own copy
    assert QgsProject.instance().read(str(project_file))
    (reopened,) = QgsProject.instance().mapLayersByName(name)
    assert isinstance(reopened, QgsVectorLayer)
    assert reopened.isValid()
    assert file_of_source(reopened.source()) == saved
    features = {feature["id"]: feature for feature in reopened.getFeatures()}
    assert set(features) == found
    for item_id, feature in features.items():
        assert item_of(feature)["properties"] == catalog[item_id]["properties"]
    assert features[first][CLEAR_PCT_MIN] == 42.0

    # Save As elsewhere: the new project gets its own copy, not a path into the old folder.
    other = tmp_path / "elsewhere" / "autumn.qgs"
    other.parent.mkdir()
    assert QgsProject.instance().write(str(other))
    assert set(rows_of(other.parent / "autumn_earthplatform" / saved.name)) == found
    assert "season_earthplatform" not in other.read_text()

    QgsProject.instance().clear()
    assert saved.exists()  # the project's, never the session's to delete
    assert keeper[1] == []


def test_paths_written_outside_a_save_copy_nothing(
    dock: EarthPlatformDock,
    qtbot: Any,
    tmp_path: Path,
    keeper: tuple[FootprintKeeper, list[str]],
) -> None:
    """QGIS writes layer paths to drag a layer in the Layers panel or export its definition:
    those must neither copy a session file beside the project nor name a copy."""
    _, first_file = searched_layer(dock, qtbot)
    assert QgsProject.instance().write(str(tmp_path / "season.qgs"))
    qtbot.wait(10)  # the save ends with the event loop's turn
    _, second_file = searched_layer(dock, qtbot)
    definition = tmp_path / "footprints.qlr"
    assert QgsLayerDefinition.exportLayerDefinition(
        str(definition), [QgsProject.instance().layerTreeRoot()]
    )[0]
    assert second_file.name in definition.read_text()
    assert not (tmp_path / "season_earthplatform" / second_file.name).exists()
    assert (tmp_path / "season_earthplatform" / first_file.name).exists()


def test_an_unsaved_search_leaves_no_file(
    dock: EarthPlatformDock, qtbot: Any, store: FootprintStore
) -> None:
    keeper = FootprintKeeper(store)
    layer, first_file = searched_layer(dock, qtbot)
    copy = QgsVectorLayer(layer.source(), "the same footprints", "ogr")
    assert copy.isValid()
    QgsProject.instance().addMapLayer(copy)
    QgsProject.instance().removeMapLayer(layer.id())
    assert first_file.exists()  # the second layer still reads it
    QgsProject.instance().removeMapLayer(copy.id())
    assert not first_file.exists()

    _, second_file = searched_layer(dock, qtbot)
    keeper.stop()  # as on unload: a layer still reads it
    assert second_file.exists()
    QgsProject.instance().clear()
    store.tidy(set())  # as the next unload or QGIS session does
    assert not store.folder.exists()


def test_a_failed_copy_warns_and_keeps_the_session_file(
    dock: EarthPlatformDock,
    qtbot: Any,
    tmp_path: Path,
    keeper: tuple[FootprintKeeper, list[str]],
) -> None:
    layer, session_file = searched_layer(dock, qtbot)
    project_file = tmp_path / "season.qgs"
    (tmp_path / "season_earthplatform").write_text("a file where the folder would go")
    assert QgsProject.instance().write(str(project_file))
    (warning,) = keeper[1]
    assert warning.startswith(f"The footprints in {session_file.name} cannot be saved in")
    assert "will not find these footprints once QGIS closes" in warning
    assert session_file.exists()
    assert layer.isValid()
    # Saved again where it can be: copied, whatever failed before.
    good = tmp_path / "good" / "season.qgs"
    good.parent.mkdir()
    assert QgsProject.instance().write(str(good))
    assert (tmp_path / "good" / "season_earthplatform" / session_file.name).exists()
    assert len(keeper[1]) == 1


HOLD_LOCK = """
import os, sys
from qgis.PyQt.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
if sys.argv[2] == "crash":
    os._exit(0)  # as a killed QGIS: the lock file stays behind
sys.stdin.read()
"""


def session_folder(root: Path, name: str, how: str) -> tuple[Path, subprocess.Popen[str]]:
    """A session folder with a footprint file, locked by a process that then crashes or
    goes on running."""
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "search.gpkg").write_bytes(b"footprints")
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder / "session.lock"), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "locked\n"
    if how == "crash":
        process.wait()
    return folder, process


def test_the_folders_of_ended_sessions_are_swept(tmp_path: Path) -> None:
    root = tmp_path / "searches"
    crashed, _ = session_folder(root, "101", "crash")
    running, process = session_folder(root, "102", "run")
    try:
        assert (crashed / "session.lock").exists()
        FootprintStore(root).sweep()
        assert not crashed.exists()
        assert (running / "search.gpkg").exists()
    finally:
        process.communicate("")


def test_a_search_that_cannot_make_its_file_says_why_and_adds_no_layer(
    dock: EarthPlatformDock, qtbot: Any, qgis_iface: Any, store: FootprintStore
) -> None:
    store.folder.parent.mkdir(parents=True)
    store.folder.write_text("a file where the session's folder goes")
    run_search(dock, qtbot)
    (error,) = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert f"{store.folder}/" in error
    assert "cannot be created" in error
    assert dock.runner.layer() is None
    assert not dock.runner.running
    assert QgsProject.instance().mapLayers() == {}


def test_a_project_saved_while_searching_keeps_a_layer_that_says_so(
    dock: EarthPlatformDock,
    qtbot: Any,
    tmp_path: Path,
    stac_control: StacTestServer,
    keeper: tuple[FootprintKeeper, list[str]],
) -> None:
    first_page_then_hang(dock, qtbot, stac_control)
    layer = dock.runner.layer()
    assert layer is not None
    assert layer.name().endswith(" (searching…)")
    project_file = tmp_path / "season.qgs"
    assert QgsProject.instance().write(str(project_file))
    with qtbot.waitSignal(dock.runner.finished, timeout=WAIT):
        dock.cancel_button.click()
    assert "(partial: 10 of " in layer.name()

    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(project_file))
    (reopened,) = QgsProject.instance().mapLayers().values()
    assert reopened.name().endswith(" (searching…)")  # not presented as complete
    assert reopened.featureCount() == 10  # the pages committed when it was saved
    assert keeper[1] == []


def test_a_project_kept_in_a_geopackage_says_its_footprints_stay_in_the_session(
    dock: EarthPlatformDock,
    qtbot: Any,
    tmp_path: Path,
    keeper: tuple[FootprintKeeper, list[str]],
) -> None:
    _, session_file = searched_layer(dock, qtbot)
    assert QgsProject.instance().write(f"geopackage:{tmp_path / 'projects.gpkg'}?projectName=p")
    (warning,) = keeper[1]
    assert warning.startswith("Only a project saved as a file keeps its search footprints")
    assert session_file.exists()
    assert list(tmp_path.glob("*_earthplatform")) == []


def test_a_table_row_read_before_its_page_shows_is_read_again(tmp_path: Path) -> None:
    """While a search writes, the table may ask for a row the layer does not return yet: it
    shows empty for that moment, never for good."""
    items = list(generate_items(3))
    path = FootprintStore(tmp_path).new_file("rows")
    layer = open_footprint_layer(path, "rows")
    QgsProject.instance().addMapLayer(layer)
    model = ResultsModel()
    model.show_layer(layer)
    with FootprintWriter(path) as writer:
        ids = writer.write(footprint_rows(items[:2])[0]).feature_ids
        model.append([*ids, ids[-1] + 1])  # the next feature, not yet written
        assert model.data(model.index(2, 0)) == ""
        assert model.data(model.index(0, 0)) == items[0]["id"]
        writer.write(footprint_rows(items[2:])[0])
    assert [model.data(model.index(row, 0)) for row in range(3)] == [i["id"] for i in items]
    QgsProject.instance().removeMapLayer(layer.id())


def journal_mode(path: Path) -> str:
    """The journal mode a new SQLite connection finds the file in."""
    with closing(sqlite3.connect(path)) as database:
        return str(database.execute("PRAGMA journal_mode").fetchone()[0])


def test_a_footprint_file_stays_in_wal_mode_once_its_layer_is_open(tmp_path: Path) -> None:
    """Only in WAL mode do QGIS's readers see each page the search commits whole: QGIS 3.22
    opens a GeoPackage in update mode first, sets its journal back to DELETE as it closes that
    handle, and reads a file in DELETE mode without any lock (GDAL's NOLOCK), so a page being
    committed read as a "database disk image is malformed" error."""
    items = list(generate_items(3))
    path = FootprintStore(tmp_path).new_file("wal")
    assert journal_mode(path) == "wal"
    layer = open_footprint_layer(path, "wal")
    assert journal_mode(path) == "wal"
    with FootprintWriter(path) as writer:
        writer.write(footprint_rows(items)[0])
        assert journal_mode(path) == "wal"
        assert sorted(f["id"] for f in layer.getFeatures()) == sorted(i["id"] for i in items)
