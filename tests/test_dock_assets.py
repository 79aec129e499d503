"""Imagery beneath cloud masks, asset layers and downloads, driven from the dock."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsPalettedRasterRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QItemSelectionModel, Qt
from qgis.PyQt.QtWidgets import QMenu, QToolButton

from devserver.harness import StacTestServer
from earthplatform_qgis.gui.asset_dialogs import AssetsDialog, DownloadDialog
from earthplatform_qgis.gui.dock import EarthPlatformDock
from earthplatform_qgis.gui.link_renewal import expires_before, expiring_layers
from earthplatform_qgis.map.footprint_store import FootprintStore
from earthplatform_qgis.map.footprints import item_of
from earthplatform_qgis.map.imagery import shown_imagery
from earthplatform_qgis.map.rasters import MASK_CLASSES, streamed_asset
from earthplatform_qgis.stac.spec import SearchSpec
from earthplatform_qgis.tasks.search import SearchTask
from tests.support.catalog import RGB_TILE, S2, VISUAL_TILE, catalog_items
from tests.support.counters import faults_fired
from tests.support.dock import WAIT, click_and_wait, link_renewal, load_masks, run_search
from tests.support.links import EXPIRED, expire_links, streamed_hrefs
from tests.support.rendering import PLACES, image_of, pixel


def masked_item(server: StacTestServer, tile: str) -> dict[str, Any]:
    """A generated item of the tile with an agriculture mask (from the catalog files)."""
    return next(
        item
        for item in catalog_items(server)
        if item["properties"]["grid:code"] == f"MGRS-{tile}"
        and item["properties"].get("eda:ag_cloud_mask_available")
        and "scl" in item["assets"]
    )


def search_and_select(dock: EarthPlatformDock, qtbot: Any, server: StacTestServer) -> list[str]:
    """Search for one item with a visual asset and one without; select both rows."""
    ids = [masked_item(server, tile)["id"] for tile in (VISUAL_TILE, RGB_TILE)]
    dock.form.ids_edit.setPlainText("\n".join(ids))
    run_search(dock, qtbot)
    dock.results_view.selectAll()
    return ids


@pytest.fixture
def found(dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer) -> list[str]:
    return search_and_select(dock, qtbot, stac_control)


def imagery_group() -> QgsLayerTreeGroup:
    root = QgsProject.instance().layerTreeRoot()
    group = root.findGroup("EarthPlatform").findGroup("Imagery")
    assert group is not None
    return group


def load_imagery(dock: EarthPlatformDock, qtbot: Any) -> None:
    click_and_wait(dock, qtbot, "loadImageryButton")


def test_imagery_loads_beneath_its_mask_in_each_items_group(
    dock: EarthPlatformDock, qtbot: Any, qgis_iface: Any, found: list[str]
) -> None:
    load_imagery(dock, qtbot)
    assert (
        qgis_iface.messageBar()
        .get_messages(Qgis.MessageLevel.Success)[-1]
        .endswith(":2 images and 2 cloud masks added.")
    )
    groups = {group.name(): group for group in imagery_group().findGroups()}
    assert sorted(groups) == sorted(found)
    for item_id, source in zip(found, ("visual", "red, green, blue")):
        layers = [node.layer() for node in groups[item_id].findLayers()]
        assert [layer.name() for layer in layers] == [  # the mask above the image
            f"{item_id} — Agriculture cloud mask",
            f"{item_id} — True colour ({source})",
        ]
        assert all(layer.isValid() for layer in layers)
        assert layers[0].renderer().type() == "paletted"
        assert layers[1].renderer().type() == "multibandcolor"
    # Zoomed to the two footprints: they fill the map.
    layer = dock.runner.layer()
    assert layer is not None
    footprints = QgsRectangle(layer.extent())
    extent = qgis_iface.mapCanvas().extent()
    assert extent.contains(footprints)
    assert extent.width() < 1.5 * footprints.width() or extent.height() < 1.5 * footprints.height()


def test_one_click_hides_and_shows_every_mask_over_its_image(
    dock: EarthPlatformDock, qtbot: Any, found: list[str]
) -> None:
    load_imagery(dock, qtbot)
    nodes = imagery_group().findLayers()
    toggle = dock.findChild(QToolButton, "showMasksButton")

    def shown() -> dict[str, bool]:
        return {
            "masks": all(n.isVisible() for n in nodes if streamed_asset(n.layer())),
            "images": all(n.isVisible() for n in nodes if shown_imagery(n.layer())),
        }

    assert shown() == {"masks": True, "images": True}
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert shown() == {"masks": False, "images": True}
    assert not any(n.isVisible() for n in nodes if streamed_asset(n.layer()))
    load_masks(dock, qtbot)  # masks added while they are switched off come in hidden
    nodes = QgsProject.instance().layerTreeRoot().findGroup("EarthPlatform").findLayers()
    assert not any(n.isVisible() for n in nodes if streamed_asset(n.layer()))
    assert shown()["images"]
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert shown() == {"masks": True, "images": True}


def test_the_results_menu_offers_what_can_be_done_with_the_selection(
    dock: EarthPlatformDock, found: list[str]
) -> None:
    rect = dock.results_view.visualRect(dock.model.index(0, 0))
    dock.results_view.show_menu(rect.center())
    menu = dock.results_view.findChildren(QMenu)[-1]
    assert [action.text() for action in menu.actions() if action.text()] == [
        "Zoom to item",
        "Load imagery with cloud mask",
        "Load cloud masks",
        "Assets of this item…",
        "Download assets…",
    ]
    menu.close()


def choose_in_assets_dialog(monkeypatch: pytest.MonkeyPatch, keys: list[str], choice: str) -> None:
    """The analyst selects rows by key in the asset list and clicks the choice's button."""

    def answer(dialog: AssetsDialog) -> int:
        selection = dialog.table.selectionModel()
        for row, asset in enumerate(dialog.assets):
            if asset.key in keys:
                selection.select(
                    dialog.table.model().index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        button = dialog.add_button if choice == "layers" else dialog.download_button
        assert button.isEnabled()
        button.click()
        return dialog.result()

    monkeypatch.setattr(AssetsDialog, "exec", answer)


def test_the_asset_list_matches_the_item_and_adds_rasters_and_vectors(
    dock: EarthPlatformDock,
    qtbot: Any,
    stac_control: StacTestServer,
    monkeypatch: pytest.MonkeyPatch,
    found: list[str],
) -> None:
    layer = dock.runner.layer()
    assert layer is not None
    item = next(item_of(f) for f in layer.getFeatures() if f["id"] == found[0])
    dialog = AssetsDialog(item)
    table = dialog.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert [row[0] for row in rows] == list(item["assets"])
    for row in rows:
        asset = item["assets"][row[0]]
        assert row[1:4] == [asset.get("title", row[0]), asset["type"], ", ".join(asset["roles"])]
        assert row[4].endswith(("bytes", "kB", "MB"))
    uses = {row[0]: row[5] for row in rows}
    assert uses["red"] == uses["visual"] == "raster layer"
    assert uses["footprint"] == "vector layer"
    assert uses["thumbnail"] == uses["metadata"] == "download"

    choose_in_assets_dialog(monkeypatch, ["red", "scl", "footprint", "metadata"], "layers")
    dock.actions.show_assets(item)
    root = QgsProject.instance().layerTreeRoot().findGroup("EarthPlatform")
    qtbot.waitUntil(lambda: root.findGroup("Assets") is not None, timeout=WAIT)
    layers = [node.layer() for node in root.findGroup("Assets").findLayers()]
    added = [key for key in item["assets"] if key in ("red", "scl", "footprint")]
    assert [layer.name() for layer in layers] == [
        f"{item['id']} — {item['assets'][key]['title']}" for key in added
    ]
    by_key = dict(zip(added, layers))
    raster, vector = by_key["red"], by_key["footprint"]
    assert_coloured_as_scl(by_key["scl"])
    assert isinstance(raster, QgsRasterLayer)
    assert raster.isValid()
    assert raster.width() == item["assets"]["red"]["proj:shape"][1]
    assert isinstance(vector, QgsVectorLayer)
    assert vector.isValid()
    assert vector.featureCount() == 1


def assert_coloured_as_scl(layer: QgsMapLayer) -> None:
    """A scene classification opened on its own shows the plugin's mask colours, not grey."""
    assert isinstance(layer, QgsRasterLayer)
    assert layer.isValid()
    renderer = layer.renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer)
    assert [c.label for c in renderer.classes()] == [c.label for c in MASK_CLASSES["scl"]]


def test_download_from_the_dock_adds_the_local_files_as_layers(
    dock: EarthPlatformDock,
    qtbot: Any,
    qgis_iface: Any,
    stac_control: StacTestServer,
    monkeypatch: pytest.MonkeyPatch,
    found: list[str],
    tmp_path: Path,
) -> None:
    def answer(dialog: DownloadDialog) -> int:
        listed = [dialog.keys_list.item(row) for row in range(dialog.keys_list.count())]
        keys = {entry.data(Qt.ItemDataRole.UserRole) for entry in listed}
        assert {"red", "green", "blue", "visual", "footprint"} <= keys
        for entry in listed:
            if entry.data(Qt.ItemDataRole.UserRole) in ("red", "visual", "scl"):
                entry.setCheckState(Qt.CheckState.Checked)
        dialog.folder.setFilePath(str(tmp_path))
        dialog.add_layers.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DownloadDialog, "exec", answer)
    qtbot.mouseClick(dock.findChild(QToolButton, "downloadButton"), Qt.MouseButton.LeftButton)
    root = QgsProject.instance().layerTreeRoot().findGroup("EarthPlatform")
    qtbot.waitUntil(lambda: root.findGroup("Downloads") is not None, timeout=WAIT)
    message = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)[-1]
    # The RGB item has no visual asset: said, and the rest is there.
    assert ":5 files downloaded (" in message
    assert message.endswith("; 1 problem (see the log).")
    layers = {
        Path(node.layer().source()).relative_to(tmp_path).as_posix(): node.layer()
        for node in root.findGroup("Downloads").findLayers()
    }
    assert sorted(layers) == sorted(
        [f"{item_id}/{key}.tif" for item_id in found for key in ("red", "scl")]
        + [f"{found[0]}/visual.tif"]
    )
    for item_id in found:
        assert_coloured_as_scl(layers[f"{item_id}/scl.tif"])
    assert all((tmp_path / item_id / f"{item_id}.json").is_file() for item_id in found)
    # Named as streamed assets are: `<item id> — <asset title>`.
    for source, layer in layers.items():
        item_id, file = source.split("/")
        saved = json.loads((tmp_path / item_id / f"{item_id}.json").read_text(encoding="utf-8"))
        assert layer.name() == f"{item_id} — {saved['assets'][Path(file).stem]['title']}"


def test_a_reopened_project_gets_fresh_links_for_its_imagery(
    dock: EarthPlatformDock, qtbot: Any, found: list[str], tmp_path: Path
) -> None:
    load_imagery(dock, qtbot)
    saved = tmp_path / "imagery.qgs"

    def images() -> list[QgsRasterLayer]:
        layers = QgsProject.instance().mapLayers().values()
        return [layer for layer in layers if shown_imagery(layer) is not None]

    def stale(layer: QgsRasterLayer) -> bool:
        return any(EXPIRED in href for href in streamed_hrefs(_vrt_or_source(layer)))

    with link_renewal():  # the plugin's: it renews the links of a project read
        assert QgsProject.instance().write(str(saved))
        QgsProject.instance().clear()
        # Tomorrow: every signature saved in the project and in the VRT files has expired.
        saved.write_text(expire_links(saved.read_text("utf-8")), "utf-8")
        from earthplatform_qgis.map.imagery import imagery_folder

        for vrt in imagery_folder().glob("*.vrt"):
            vrt.write_text(expire_links(vrt.read_text("utf-8")), "utf-8")
        assert QgsProject.instance().read(str(saved))
        assert len(images()) == 2
        assert all(stale(layer) for layer in images())
        qtbot.waitUntil(
            lambda: all(layer.isValid() and not stale(layer) for layer in images()),
            timeout=WAIT,
        )
        for layer in images():
            cloud = pixel(image_of(layer), *PLACES["cloud"][0])
            assert min(cloud.red(), cloud.green(), cloud.blue()) > 200, layer.name()


def test_links_about_to_expire_are_renewed_during_the_session(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer
) -> None:
    stac_control.configure(signed_url_lifetime=2 * 3600)  # the search's links last 2 h
    search_and_select(dock, qtbot, stac_control)
    load_imagery(dock, qtbot)
    layers = [node.layer() for node in imagery_group().findLayers()]
    before = {layer.id(): _vrt_or_source(layer) for layer in layers}
    stac_control.reset_stats()
    within = {layer.id() for layer in expiring_layers(time.time() + 3 * 3600)}
    assert within == {layer.id() for layer in layers}
    assert expiring_layers(time.time() + 3600) == []
    with link_renewal() as renewal:  # the plugin's
        renewal.renew_expiring(margin=3600)  # two hours left: nothing to do yet
        assert not renewal.renewing
        assert stac_control.stats()["classes"]["stac"]["requests"] == 0

        stac_control.configure(signed_url_lifetime=12 * 3600)
        renewal.renew_expiring(margin=3 * 3600)  # now within the margin
        qtbot.waitUntil(lambda: not renewal.renewing, timeout=WAIT)
    for layer in layers:
        assert layer.isValid()
        assert _vrt_or_source(layer) != before[layer.id()]
        assert not expires_before(layer, time.time() + 3 * 3600)


def _vrt_or_source(layer: QgsRasterLayer) -> str:
    source = layer.source()
    return Path(source).read_text("utf-8") if source.endswith(".vrt") else source


@pytest.fixture(autouse=True)
def _no_leftover_vrts() -> Iterator[None]:
    yield
    from earthplatform_qgis.map.imagery import imagery_folder

    for vrt in imagery_folder().glob("*.vrt"):
        vrt.unlink()


def test_an_unforeseen_error_in_a_task_is_a_message_and_a_logged_trace(qgis_iface: Any) -> None:
    from qgis.core import QgsApplication

    from earthplatform_qgis.tasks.base import CoreTask, TaskOutcome

    class Broken(CoreTask):
        def work(self) -> None:
            raise KeyError("assets")

    task = Broken("EarthPlatform: a broken task", TaskOutcome(None))
    assert task.run() is False
    assert task.outcome.error == (
        "EarthPlatform: a broken task stopped on an unexpected error; the details are in the "
        "EarthPlatform log."
    )
    del QgsApplication  # only imported to make sure QGIS is up


def test_tasks_still_running_on_unload_are_cancelled_and_cut_off(
    dock: EarthPlatformDock, qtbot: Any, stac_control: StacTestServer, tmp_path: Path
) -> None:
    """Unloading stops the plugin's tasks: one ending later must find no one to call."""
    stac_control.inject_fault(path="/platform/v1/stac/search", action="hang", seconds=20, count=1)
    assert dock.client is not None
    path = FootprintStore(tmp_path).new_file("unloaded")
    task = SearchTask(dock.client, SearchSpec(collections=[S2]), path)
    heard: list[object] = []
    task.done.connect(heard.append)
    outcome = task.outcome  # QGIS deletes the task itself once it has ended
    dock.tasks.run(task)
    # The task's request is at the server, hanging.
    qtbot.waitUntil(lambda: faults_fired(stac_control), timeout=WAIT)
    assert dock.tasks.running == [task]
    dock.tasks.stop()
    qtbot.waitUntil(lambda: dock.tasks.running == [], timeout=WAIT)
    assert outcome.cancelled
    assert heard == []


def test_a_project_reopened_without_credentials_shows_its_imagery_from_the_saved_links(
    dock: EarthPlatformDock,
    qtbot: Any,
    found: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another session, nobody signed in, the links still good: the RGB VRT was written
    through the relay of a session that is gone (on QGIS 3.22), yet the imagery shows."""
    from earthplatform_qgis.stac.presigned_relay import RELAY

    load_imagery(dock, qtbot)
    saved = tmp_path / "imagery.qgs"

    def images() -> list[QgsRasterLayer]:
        layers = QgsProject.instance().mapLayers().values()
        return [layer for layer in layers if shown_imagery(layer) is not None]

    try:
        with link_renewal(), monkeypatch.context() as patch:
            assert QgsProject.instance().write(str(saved))
            QgsProject.instance().clear()
            # The next session: its relay has another key (URLs of the last one are refused),
            # and no credentials anywhere.
            patch.setattr(RELAY, "_key", b"another session")
            for name in ("EDS_CLIENT_ID", "EDS_SECRET"):
                patch.delenv(name)
            patch.setattr("earthplatform_qgis.credentials.CREDENTIALS_FILE", tmp_path / "none")
            gdal.VSICurlClearCache()
            assert QgsProject.instance().read(str(saved))
            assert len(images()) == 2
            assert all(layer.isValid() for layer in images())
            for layer in images():
                cloud = pixel(image_of(layer), *PLACES["cloud"][0])
                assert min(cloud.red(), cloud.green(), cloud.blue()) > 200, layer.name()
    finally:
        # GDAL remembers the URLs the pretend next session's relay refused as missing files.
        # Links signed again within the same second give this session's relay the same URLs
        # (a CI run once lost a mask so): a real next session starts with an empty cache.
        gdal.VSICurlClearCache()
