"""earthplatform:searchitems as analysts run it, against the test STAC API: processing.run in
QGIS's Python (an extent, fields and their selection, every filter of the dock), in a model,
loaded with the dock's look, and `qgis_process run` on the command line.

The items expected are worked out from the catalog's own files (footprints, dates and
properties, with GDAL's ogr/osr), never with the plugin's code.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from osgeo import ogr
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from devserver.harness import StacTestServer
from earthplatform_qgis.__about__ import plugin_file
from tests.support.catalog import S2, catalog_items, in_lonlat, utc
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

ALGORITHM = "earthplatform:searchitems"
UTM_EPSG = 32631
# Boxes in UTM 31N, (x0, y0, x1, y1), 40 km from the edges of tiles 31TCJ and 31TDJ.
WEST = (340_000, 4_830_000, 360_000, 4_850_000)
EAST = (440_000, 4_830_000, 460_000, 4_850_000)
START, END = "2022-06-01T00:00:00", "2022-07-31T23:59:59"
# The footprint layer's columns, as the dock's footprint file has them.
COLUMNS = [
    "id",
    "collection",
    "datetime",
    "eo:cloud_cover",
    "platform",
    "eda:ag_cloud_mask_available",
    "eda:ag_cloud_mask_item_id",
    "eda:cloud_mask_item_id",
    "thumbnail",
    "self",
    "item_json",
]


def box_wkt(box: tuple[int, int, int, int]) -> str:
    x0, y0, x1, y1 = box
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def expected_ids(
    server: StacTestServer,
    boxes: list[tuple[int, int, int, int]],
    keep: Callable[[dict[str, Any]], bool] = lambda properties: True,
) -> set[str]:
    """The sentinel-2-l2a items of START..END whose footprint meets a box and whose
    properties `keep` keeps."""
    # The boxes' edges as the curves they are in lon/lat.
    areas = [in_lonlat(box_wkt(box), UTM_EPSG, segment=500) for box in boxes]
    found = set()
    for item in catalog_items(server, S2):
        properties = item["properties"]
        if not utc(START) <= utc(properties["datetime"]) <= utc(END) or not keep(properties):
            continue
        footprint = ogr.CreateGeometryFromJson(json.dumps(item["geometry"]))
        if any(footprint.Intersects(area) for area in areas):
            found.add(item["id"])
    return found


def run(feedback: Feedback | None = None, **parameters: Any) -> QgsVectorLayer:
    values = {
        "COLLECTIONS": S2,
        "START": START,
        "END": END,
        "MAX_ITEMS": 0,
        "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
        **parameters,
    }
    results = processing().run(ALGORITHM, values, feedback=feedback or Feedback())
    return output_layer(results["OUTPUT"])


def rows(layer: QgsVectorLayer) -> list[dict[str, Any]]:
    names = layer.fields().names()
    return [dict(zip(names, map(plain, f.attributes()))) for f in layer.getFeatures()]


def extent_parameter(box: tuple[int, int, int, int]) -> str:
    x0, y0, x1, y1 = box
    return f"{x0},{x1},{y0},{y1} [EPSG:{UTM_EPSG}]"


@pytest.mark.usefixtures("provider")
def test_an_extent_gives_the_items_there_with_the_docks_columns(
    connected: StacTestServer,
) -> None:
    layer = run(EXTENT=extent_parameter(WEST))
    found = rows(layer)
    expected = expected_ids(connected, [WEST])
    assert expected  # the box holds items: the comparison means something
    assert sorted(row["id"] for row in found) == sorted(expected)
    # A temporary output is a GeoPackage, which puts its fid in front.
    assert layer.fields().names()[-len(COLUMNS) :] == COLUMNS
    assert layer.crs().authid() == "EPSG:4326"
    by_id = {item["id"]: item for item in catalog_items(connected, S2)}
    for row in found:
        item = json.loads(row["item_json"])
        assert item["id"] == row["id"]
        assert row["eo:cloud_cover"] == by_id[row["id"]]["properties"]["eo:cloud_cover"]
        assert utc(row["datetime"]) == utc(by_id[row["id"]]["properties"]["datetime"])


@pytest.mark.usefixtures("provider")
def test_fields_search_their_outline_and_only_the_selected_ones_when_so_asked(
    connected: StacTestServer,
) -> None:
    fields = named_layer(
        "parcels",
        f"Polygon?crs=EPSG:{UTM_EPSG}",
        {"west": box_wkt(WEST), "east": box_wkt(EAST)},
    )
    QgsProject.instance().addMapLayer(fields)
    try:
        both = {row["id"] for row in rows(run(FIELDS=fields))}
        assert both == expected_ids(connected, [WEST, EAST])
        fields.selectByExpression("\"name\" = 'west'")
        selected = QgsProcessingFeatureSourceDefinition(fields.id(), selectedFeaturesOnly=True)
        west = {row["id"] for row in rows(run(FIELDS=selected))}
        assert west == expected_ids(connected, [WEST])
        assert west < both
    finally:
        QgsProject.instance().removeMapLayer(fields.id())


@pytest.mark.usefixtures("provider")
def test_every_filter_of_the_dock_applies(connected: StacTestServer) -> None:
    # Query and mask only: the items of one platform that have an agriculture cloud mask.
    found = rows(
        run(
            EXTENT=extent_parameter(WEST),
            QUERY='{"platform": {"eq": "sentinel-2b"}}',
            MASK_ONLY=True,
            MAX_CLOUD=60,
        )
    )
    expected = expected_ids(
        connected,
        [WEST],
        lambda p: (
            p["platform"] == "sentinel-2b"
            and p.get("eda:ag_cloud_mask_available") is True
            and p["eo:cloud_cover"] <= 60
        ),
    )
    assert expected
    assert {row["id"] for row in found} == expected
    # Sort, page size and maximum items: the 10 least cloudy, in order, 3 to a page.
    least = rows(
        run(
            EXTENT=extent_parameter(WEST),
            SORT_FIELD="eo:cloud_cover",
            SORT_DESCENDING=False,
            PAGE_SIZE=3,
            MAX_ITEMS=10,
        )
    )
    by_id = {item["id"]: item for item in catalog_items(connected, S2)}
    clouds = sorted(
        by_id[i]["properties"]["eo:cloud_cover"] for i in expected_ids(connected, [WEST])
    )
    assert [row["eo:cloud_cover"] for row in least] == clouds[:10]
    # Ids: exactly those items, wherever they are (no area, no collection).
    wanted = sorted(by_id)[:3]
    found_ids = rows(run(COLLECTIONS="", START=None, END=None, IDS="\n".join(wanted)))
    assert sorted(row["id"] for row in found_ids) == wanted


@pytest.mark.usefixtures("provider")
@pytest.mark.parametrize(
    ("parameters", "words"),
    [
        ({"QUERY": '{"platform": {"eq": "sentinel-2b"}'}, "Query: Line 1, column"),
        ({"START": "2022-08-01T00:00:00", "END": "2022-06-01T00:00:00"}, "is before the start"),
        ({"COLLECTIONS": "", "START": None}, "Choose at least one collection"),
    ],
)
def test_bad_parameters_are_said_before_anything_is_sent(
    connected: StacTestServer, parameters: dict[str, Any], words: str
) -> None:
    connected.reset_stats()
    with pytest.raises(QgsProcessingException) as raised:
        run(EXTENT=extent_parameter(WEST), **parameters)
    assert words in str(raised.value)
    assert connected.stats()["classes"]["stac"]["requests"] == 0


@pytest.mark.usefixtures("provider")
def test_loaded_footprints_look_as_the_docks(connected: StacTestServer) -> None:
    """Run with the output to load into the project, then loaded and post-processed as
    Processing's dialog does it (processing.runAndLoadResults needs the desktop's iface)."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = Feedback()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
    parameters = {
        "EXTENT": extent_parameter(WEST),
        "COLLECTIONS": S2,
        "START": START,
        "END": END,
        "OUTPUT": QgsProcessingOutputLayerDefinition(
            QgsProcessing.TEMPORARY_OUTPUT, QgsProject.instance()
        ),
    }
    results, ok = algorithm.run(parameters, context, feedback)
    assert ok, feedback.infos
    [loaded] = context.layersToLoadOnCompletion()
    assert loaded == results["OUTPUT"]
    layer = QgsProcessingUtils.mapLayerFromString(loaded, context)
    context.layerToLoadOnCompletionDetails(loaded).postProcessor().postProcessLayer(
        layer, context, feedback
    )
    style = ElementTree.parse(plugin_file("resources", "footprints.qml")).getroot()
    renderer = style.find("renderer-v2")
    assert renderer is not None
    assert layer.renderer().type() == renderer.get("type")
    temporal = layer.temporalProperties()
    assert temporal.isActive()
    assert temporal.mode() == Qgis.VectorTemporalMode.FeatureDateTimeStartAndEndFromExpressions
    assert "thumbnail" in layer.mapTipTemplate()


@pytest.mark.usefixtures("provider")
def test_it_feeds_the_next_step_of_a_model(connected: StacTestServer, tmp_path: Path) -> None:
    """searchitems, then QGIS's own field calculator on its footprints: saved and loaded back
    as the modeler does."""
    model = QgsProcessingModelAlgorithm("footprints", "tests")
    statics = {
        "EXTENT": extent_parameter(WEST),
        "COLLECTIONS": S2,
        "START": START,
        "END": END,
        "MAX_ITEMS": 0,
    }
    model.addChildAlgorithm(model_step(ALGORITHM, "search", statics))
    area = model_step(
        "native:fieldcalculator",
        "area",
        {"FIELD_NAME": "area_deg2", "FIELD_TYPE": 0, "FORMULA": "$area"},
        {"INPUT": QgsProcessingModelChildParameterSource.fromChildOutput("search", "OUTPUT")},
    )
    with_output(area, "footprints", "Footprints with area")
    model.addChildAlgorithm(area)
    loaded, destination = saved_and_loaded(model, tmp_path / "footprints.model3")
    target = tmp_path / "footprints.gpkg"
    results = processing().run(loaded, {destination: str(target)})
    found = rows(output_layer(results[destination]))
    assert {row["id"] for row in found} == expected_ids(connected, [WEST])
    assert all(row["area_deg2"] > 0 for row in found)


def test_qgis_process_writes_the_footprints_to_a_geopackage(
    profiles: Path, stac_server: StacTestServer, tmp_path: Path
) -> None:
    target = tmp_path / "footprints.gpkg"
    process = run_qgis_process(
        profiles,
        stac_server,
        "run",
        ALGORITHM,
        "--",
        f"EXTENT={extent_parameter(WEST)}",
        f"COLLECTIONS={S2}",
        f"START={START}",
        f"END={END}",
        "MAX_ITEMS=0",
        f"OUTPUT={target}",
    )
    assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
    found = {row["id"] for row in rows(output_layer(str(target)))}
    assert found == expected_ids(stac_server, [WEST])
    assert f"{len(found)} footprints written" in process.stdout


def test_qgis_process_explains_every_parameter(profiles: Path, stac_server: StacTestServer) -> None:
    process = run_qgis_process(profiles, stac_server, "help", ALGORITHM)
    assert process.returncode == 0, process.stderr[-3000:]
    for name in ("EXTENT", "FIELDS", "QUERY", "SORT_FIELD", "PAGE_SIZE", "MAX_ITEMS", "IDS"):
        assert name in process.stdout
    assert "STAC query extension" in process.stdout
