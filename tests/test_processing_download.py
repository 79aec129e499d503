"""earthplatform:downloadassets as analysts run it, against the test STAC API: the footprints of
a search (or item ids) into a folder, resumed and checked, with a report; and from qgis_process.

The files expected are the catalog's own asset files, compared byte for byte.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProject,
    QgsVectorLayer,
)

from devserver.harness import StacTestServer
from tests.support.catalog import S2, VISUAL_TILE, catalog_items
from tests.support.fields import named_layer
from tests.support.processing import (
    Feedback,
    model_step,
    output_layer,
    plain,
    processing,
    run_qgis_process,
    saved_and_loaded,
    with_output,
)

ALGORITHM = "earthplatform:downloadassets"
KEYS = ["visual", "red"]


def tile_items(server: StacTestServer, count: int = 2) -> list[dict[str, Any]]:
    """The first items of the tile whose assets carry file:size and file:checksum."""
    items = [
        item
        for item in catalog_items(server, S2)
        if item["properties"]["grid:code"].endswith(VISUAL_TILE)
    ]
    return sorted(items, key=lambda item: item["id"])[:count]


def source_file(server: StacTestServer, item: dict[str, Any], key: str) -> Path:
    """The file the server serves for an asset of the catalog's item."""
    path = unquote(urlsplit(item["assets"][key]["href"]).path)
    return server.catalog_dir / "assets" / path.split("/assets/", 1)[-1].lstrip("/")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def footprints(connected: StacTestServer) -> Any:
    """The footprints of the tile's items, as earthplatform:searchitems writes them."""
    ids = [item["id"] for item in tile_items(connected)]
    result = processing().run(
        "earthplatform:searchitems",
        {
            "COLLECTIONS": S2,
            "IDS": ",".join(ids),
            "MAX_CLOUD": 100,
            "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
        },
        feedback=Feedback(),
    )
    layer = output_layer(result["OUTPUT"])
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def download(folder: Path, **parameters: Any) -> list[dict[str, Any]]:
    values = {
        "ASSETS": ", ".join(KEYS),
        "FOLDER": str(folder),
        "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
        **parameters,
    }
    result = processing().run(ALGORITHM, values, feedback=Feedback())
    report = output_layer(result["OUTPUT"])
    names = report.fields().names()
    return [dict(zip(names, map(plain, f.attributes()))) for f in report.getFeatures()]


@pytest.mark.usefixtures("provider")
def test_the_footprints_assets_land_in_the_folder_whole_and_checked(
    connected: StacTestServer, footprints: QgsVectorLayer, tmp_path: Path
) -> None:
    report = download(tmp_path, INPUT=footprints)
    items = tile_items(connected)
    assert {(row["item_id"], row["asset"]) for row in report} == {
        (item["id"], key) for item in items for key in KEYS
    }
    assert {row["status"] for row in report} == {"downloaded"}
    assert {row["checksum"] for row in report} == {"verified"}
    for item in items:
        for key in KEYS:
            [row] = [r for r in report if (r["item_id"], r["asset"]) == (item["id"], key)]
            written = Path(row["path"])
            assert written.parent == tmp_path / item["id"]
            assert digest(written) == digest(source_file(connected, item, key))
            assert row["bytes"] == written.stat().st_size
        saved = json.loads((tmp_path / item["id"] / f"{item['id']}.json").read_text("utf-8"))
        assert saved["id"] == item["id"]
    assert (tmp_path / "catalog.json").is_file()

    # Again: every file is already there, and no byte is asked of the server.
    connected.reset_stats()
    again = download(tmp_path, INPUT=footprints)
    assert {row["status"] for row in again} == {"already there"}
    assert connected.stats()["classes"]["assets"]["requests"] == 0


@pytest.mark.usefixtures("provider")
def test_a_file_broken_off_is_resumed_from_where_it_stopped(
    connected: StacTestServer, footprints: QgsVectorLayer, tmp_path: Path
) -> None:
    item = tile_items(connected)[0]
    source = source_file(connected, item, "visual")
    half = source.stat().st_size // 2
    part = tmp_path / item["id"] / "visual.tif.part"
    part.parent.mkdir(parents=True)
    part.write_bytes(source.read_bytes()[:half])
    footprints.selectByExpression(f"\"id\" = '{item['id']}'")
    selected = QgsProcessingFeatureSourceDefinition(footprints.id(), selectedFeaturesOnly=True)
    connected.reset_stats()
    [row] = download(tmp_path, INPUT=selected, ASSETS="visual")
    assert row["status"] == "downloaded"
    assert digest(Path(row["path"])) == digest(source)
    # Only the missing half crossed the network.
    assert connected.stats()["classes"]["assets"]["bytes"] <= source.stat().st_size - half + 4096


@pytest.mark.usefixtures("provider")
def test_ids_are_looked_up_and_a_missing_asset_is_a_row_that_says_so(
    connected: StacTestServer, tmp_path: Path
) -> None:
    item = tile_items(connected, 1)[0]
    report = download(tmp_path, IDS=item["id"], ASSETS="red, no-such-asset")
    by_asset = {row["asset"]: row for row in report}
    assert by_asset["red"]["status"] == "downloaded"
    assert by_asset["no-such-asset"]["status"] == "missing"
    assert "no asset 'no-such-asset'" in by_asset["no-such-asset"]["note"]


@pytest.mark.usefixtures("provider")
def test_a_layer_that_is_no_footprint_layer_is_refused_in_words(
    connected: StacTestServer, tmp_path: Path
) -> None:
    parcels = named_layer("parcels", "Polygon?crs=EPSG:4326", {"a": "POLYGON((0 0,1 0,1 1,0 0))"})
    QgsProject.instance().addMapLayer(parcels)
    try:
        with pytest.raises(QgsProcessingException, match="is not a footprint layer"):
            download(tmp_path, INPUT=parcels)
        with pytest.raises(QgsProcessingException, match="Choose a footprint layer"):
            download(tmp_path)
    finally:
        QgsProject.instance().removeMapLayer(parcels.id())


@pytest.mark.usefixtures("provider")
def test_search_then_download_as_one_model(connected: StacTestServer, tmp_path: Path) -> None:
    """The batch workflow the modeler builds: searchitems feeding downloadassets, saved and
    loaded back, run once."""
    item = tile_items(connected, 1)[0]
    model = QgsProcessingModelAlgorithm("week's imagery", "tests")
    search = {"COLLECTIONS": S2, "IDS": item["id"], "MAX_ITEMS": 0}
    model.addChildAlgorithm(model_step("earthplatform:searchitems", "search", search))
    fetch = model_step(
        ALGORITHM,
        "download",
        {"ASSETS": "red", "FOLDER": str(tmp_path / "imagery")},
        {"INPUT": QgsProcessingModelChildParameterSource.fromChildOutput("search", "OUTPUT")},
    )
    with_output(fetch, "report", "Download report")
    model.addChildAlgorithm(fetch)
    loaded, destination = saved_and_loaded(model, tmp_path / "imagery.model3")
    results = processing().run(loaded, {destination: str(tmp_path / "report.csv")})
    report = output_layer(results[destination])
    assert [f["status"] for f in report.getFeatures()] == ["downloaded"]
    written = tmp_path / "imagery" / item["id"] / "red.tif"
    assert digest(written) == digest(source_file(connected, item, "red"))


def test_qgis_process_downloads_by_item_id(
    profiles: Path, stac_server: StacTestServer, tmp_path: Path
) -> None:
    item = tile_items(stac_server, 1)[0]
    report = tmp_path / "report.csv"
    process = run_qgis_process(
        profiles,
        stac_server,
        "run",
        ALGORITHM,
        "--",
        f"IDS={item['id']}",
        "ASSETS=red",
        f"FOLDER={tmp_path / 'assets'}",
        f"OUTPUT={report}",
    )
    assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
    written = tmp_path / "assets" / item["id"] / "red.tif"
    assert digest(written) == digest(source_file(stac_server, item, "red"))
    assert "1 files downloaded" in process.stdout
