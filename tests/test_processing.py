"""earthplatform:fieldclearsky as analysts run it, against the test STAC API: processing.run in
QGIS's Python, inside a model, and `qgis_process run` on the command line with the plugin
installed in a throwaway profile.

The rows expected are worked out here from the catalog's own files (footprints and dates, with
GDAL's ogr/osr), never with the plugin's code.
"""

from __future__ import annotations

import csv
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from osgeo import ogr, osr
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsVectorLayer,
)

from devserver.harness import StacTestServer
from earthplatform_qgis.processing.common import POLYGON_LAYERS
from earthplatform_qgis.processing.field_clear_sky import SEARCH_SHARE, WORKER_NAME
from tests.support.catalog import S2, catalog_items, in_lonlat, utc
from tests.support.fields import CLEAR_SKY_COLUMNS, named_layer
from tests.support.processing import (
    WAIT_S,
    Feedback,
    model_step,
    output_layer,
    plain,
    processing,
    run_qgis_process,
    saved_and_loaded,
    with_output,
)

ALGORITHM = "earthplatform:fieldclearsky"
UTM_EPSG = 32631
# 31TCJ's upper-left corner in UTM 31N (devserver/catalog.py's layout).
TCJ = (300_000, 4_900_020)
START, END = "2022-06-01T00:00:00", "2022-07-15T23:59:59"
# id -> rectangle in metres east and south of 31TCJ's upper-left corner (x0, y0, x1, y1).
FIELDS = {
    "clear": (51_030, 51_050, 53_970, 53_950),  # one vegetation cell: all clear
    "cloud_edge": (45_010, 35_030, 55_020, 45_040),  # across the cloud disc's edge
    "shadow": (12_010, 6_020, 28_030, 22_040),  # over the shadow disc, in 31TCK's overlap too
    # In 31TCJ's no-data border (no figures there), well inside 31TBJ (figures).
    "border": (200, 30_000, 800, 31_000),
}


def field_wkt(name: str) -> str:
    x0, y0, x1, y1 = FIELDS[name]
    ox, oy = TCJ
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    return "POLYGON((" + ",".join(f"{ox + x} {oy - y}" for x, y in corners) + "))"


# --- The reference: which (field, item) pairs the table must hold ---------------------------


def field_in_lonlat(name: str) -> ogr.Geometry:
    return in_lonlat(field_wkt(name), UTM_EPSG)


def expected_pairs(
    server: StacTestServer, names: list[str], start: str = START, end: str = END
) -> set[tuple[str, str]]:
    """(field, item) for every sentinel-2-l2a item of the period whose footprint meets the field."""
    fields = {name: field_in_lonlat(name) for name in names}
    pairs = set()
    for item in catalog_items(server, S2):
        if not utc(start) <= utc(item["properties"]["datetime"]) <= utc(end):
            continue
        footprint = ogr.CreateGeometryFromJson(json.dumps(item["geometry"]))
        pairs |= {
            (name, item["id"]) for name, field in fields.items() if footprint.Intersects(field)
        }
    return pairs


# --- Running the algorithm in this QGIS -------------------------------------------------------


@pytest.fixture
def fields_layer() -> Iterator[QgsVectorLayer]:
    """The FIELDS as a memory layer of the project, in UTM 31N, named by attribute `name`."""
    wkts = {name: field_wkt(name) for name in FIELDS}
    layer = named_layer("parcels", f"Polygon?crs=EPSG:{UTM_EPSG}", wkts)
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def run(feedback: QgsProcessingFeedback | None = None, **parameters: Any) -> dict[str, Any]:
    values = {
        "FIELD_ID": "name",
        "START": START,
        "END": END,
        "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
        **parameters,
    }
    return dict(processing().run(ALGORITHM, values, feedback=feedback or Feedback()))


def table(output: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """The output's column names and rows (NULL as None)."""
    layer = output_layer(output)
    names = layer.fields().names()
    rows = [dict(zip(names, map(plain, f.attributes()))) for f in layer.getFeatures()]
    return names, rows


def pairs_of(rows: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(row["field_id"], row["item_id"]) for row in rows}


# --- (a) processing.run ----------------------------------------------------------------------


def test_the_plugin_registers_its_provider_once_and_removes_it_on_unload(qgis_iface: Any) -> None:
    from earthplatform_qgis.plugin import EarthPlatformPlugin

    registry = QgsApplication.processingRegistry()
    plugin = EarthPlatformPlugin(qgis_iface)
    plugin.initProcessing()  # qgis_process calls it
    plugin.initProcessing()  # initGui calls it again on the desktop
    assert [each.id() for each in registry.providers()].count("earthplatform") == 1
    provider = registry.providerById("earthplatform")
    assert provider.name() == "EarthPlatform"
    assert {algorithm.id() for algorithm in provider.algorithms()} == {
        "earthplatform:searchitems",
        "earthplatform:downloadassets",
        ALGORITHM,
    }
    assert Path(provider.svgIconPath()).is_file()
    plugin.unload()
    assert registry.providerById("earthplatform") is None


@pytest.mark.usefixtures("provider")
def test_table_has_the_columns_and_a_row_per_field_and_item_its_footprint_meets(
    connected: StacTestServer, fields_layer: QgsVectorLayer
) -> None:
    feedback = Feedback()
    names, rows = table(run(feedback, FIELDS=fields_layer)["OUTPUT"])
    assert names == CLEAR_SKY_COLUMNS
    expected = expected_pairs(connected, list(FIELDS))
    assert {field for field, _ in expected} == set(FIELDS)
    assert len(rows) == len(expected)
    assert pairs_of(rows) == expected
    for row in rows:
        assert row["collection"] == S2
        if row["clear_pct"] is not None:
            parts = [row[name] for name in ("clear_pct", "cloud_pct", "shadow_pct", "other_pct")]
            assert sum(parts) == pytest.approx(100.0)
            assert 0 < row["valid_px"] <= row["field_px"]
    items = len({item for _, item in expected})
    assert f"{len(rows)} rows for {len(FIELDS)} fields over {items} items" in feedback.infos
    assert feedback.warnings == []


@pytest.mark.usefixtures("provider")
def test_min_clear_leaves_out_exactly_the_rows_below_it(
    connected: StacTestServer, fields_layer: QgsVectorLayer
) -> None:
    _, every = table(run(FIELDS=fields_layer)["OUTPUT"])
    feedback = Feedback()
    _, kept = table(run(feedback, FIELDS=fields_layer, MIN_CLEAR=50)["OUTPUT"])
    above = [r for r in every if r["clear_pct"] is not None and r["clear_pct"] >= 50]
    below = [r for r in every if r["clear_pct"] is not None and r["clear_pct"] < 50]
    without = [r for r in every if r["clear_pct"] is None]
    # The fields give rows of every kind.
    assert above
    assert below
    assert without
    assert pairs_of(kept) == pairs_of(above)
    assert len(kept) == len(above)
    left_out = len(below) + len(without)
    assert any(f"({left_out} rows below 50% clear sky left out)" in info for info in feedback.infos)


@pytest.mark.usefixtures("provider")
def test_selected_features_only_counts_the_selection_alone(
    connected: StacTestServer, fields_layer: QgsVectorLayer
) -> None:
    chosen = ["shadow", "border"]
    fields_layer.selectByIds(
        [f.id() for f in fields_layer.getFeatures() if f.attribute("name") in chosen]
    )
    selection = QgsProcessingFeatureSourceDefinition(fields_layer.id(), selectedFeaturesOnly=True)
    _, rows = table(run(FIELDS=selection)["OUTPUT"])
    assert pairs_of(rows) == expected_pairs(connected, chosen)


@pytest.mark.usefixtures("provider")
def test_max_cloud_keeps_the_items_at_or_below_it(
    connected: StacTestServer, fields_layer: QgsVectorLayer
) -> None:
    cover = {
        item["id"]: item["properties"]["eo:cloud_cover"] for item in catalog_items(connected, S2)
    }
    _, rows = table(run(FIELDS=fields_layer, MAX_CLOUD=30)["OUTPUT"])
    expected = {(f, i) for f, i in expected_pairs(connected, list(FIELDS)) if cover[i] <= 30}
    assert expected
    assert pairs_of(rows) == expected


@pytest.mark.usefixtures("provider")
def test_the_fields_may_come_without_an_id_attribute(
    connected: StacTestServer, fields_layer: QgsVectorLayer
) -> None:
    fields_layer.selectByIds(
        [f.id() for f in fields_layer.getFeatures() if f.attribute("name") == "clear"]
    )
    clear_fid = str(fields_layer.selectedFeatureIds()[0])
    selection = QgsProcessingFeatureSourceDefinition(fields_layer.id(), selectedFeaturesOnly=True)
    _, rows = table(run(FIELDS=selection, FIELD_ID="")["OUTPUT"])
    assert rows
    assert {row["field_id"] for row in rows} == {clear_fid}


def error_of(**parameters: Any) -> str:
    with pytest.raises(QgsProcessingException) as raised:
        run(**parameters)
    return str(raised.value)


@pytest.mark.usefixtures("provider")
def test_reversed_dates_say_so(connected: StacTestServer, fields_layer: QgsVectorLayer) -> None:
    message = error_of(FIELDS=fields_layer, START="2022-07-15", END="2022-06-01")
    assert "The end, 2022-06-01 00:00:00 UTC, is before the start, 2022-07-15 00:00:00 UTC" in (
        message
    )
    assert connected.stats()["classes"]["stac"]["requests"] == 0


@pytest.mark.usefixtures("provider")
def test_without_a_connection_it_says_how_to_set_one_up(
    connected: StacTestServer, fields_layer: QgsVectorLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EDS_CLIENT_ID")
    monkeypatch.delenv("EDS_SECRET")
    message = error_of(FIELDS=fields_layer)
    assert "No EarthPlatform connection is configured" in message
    assert "EDS_CLIENT_ID" in message


@pytest.mark.usefixtures("provider")
def test_a_failing_search_says_so(connected: StacTestServer, fields_layer: QgsVectorLayer) -> None:
    connected.inject_fault(
        path="/platform/v1/stac/search", action="status", status=400, body={"detail": "no way"}
    )
    message = error_of(FIELDS=fields_layer)
    assert message.startswith("The EarthPlatform search failed:"), message
    assert "no way" in message


@pytest.mark.usefixtures("provider")
def test_a_layer_without_a_usable_polygon_says_so(connected: StacTestServer) -> None:
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:{UTM_EPSG}", "empty parcels", "memory")
    layer.dataProvider().addFeatures([QgsFeature(layer.fields())])  # no geometry
    message = error_of(FIELDS=layer, FIELD_ID="")
    assert "No feature of 'empty parcels' has a usable polygon" in message
    assert "no geometry" in message


@pytest.mark.usefixtures("provider")
def test_fields_no_item_covers_are_reported(
    connected: StacTestServer, fields_layer: QgsVectorLayer
) -> None:
    far = QgsFeature(fields_layer.fields())
    far.setAttributes(["far_away"])  # 900 km south of the catalog's region
    far.setGeometry(
        QgsGeometry.fromWkt(
            "POLYGON((350000 4000000,351000 4000000,351000 4001000,350000 4001000,350000 4000000))"
        )
    )
    assert fields_layer.dataProvider().addFeatures([far])[0]
    feedback = Feedback()
    _, rows = table(run(feedback, FIELDS=fields_layer)["OUTPUT"])
    assert "far_away" not in {row["field_id"] for row in rows}
    assert feedback.warnings == ["Field far_away: no item found covers it"]
    assert pairs_of(rows) == expected_pairs(connected, list(FIELDS))


@pytest.mark.usefixtures("provider")
def test_it_runs_as_a_step_of_a_model(
    connected: StacTestServer, fields_layer: QgsVectorLayer, tmp_path: Path
) -> None:
    """A model as the graphical modeler builds it, saved and loaded back, then run."""
    model = QgsProcessingModelAlgorithm("clear sky", "tests")
    model.addModelParameter(
        QgsProcessingParameterFeatureSource("parcels", "Parcels", [POLYGON_LAYERS]),
        QgsProcessingModelParameter("parcels"),
    )
    step = model_step(
        ALGORITHM,
        "clearsky",
        {"FIELD_ID": "name", "START": START, "END": END, "MIN_CLEAR": 0},
        {"FIELDS": QgsProcessingModelChildParameterSource.fromModelParameter("parcels")},
    )
    with_output(step, "table", "Clear sky")
    model.addChildAlgorithm(step)
    loaded, destination = saved_and_loaded(model, tmp_path / "clear_sky.model3")
    target = tmp_path / "table.gpkg"
    results = processing().run(loaded, {"parcels": fields_layer, destination: str(target)})
    names, rows = table(results[destination])
    # A GeoPackage adds its fid in front.
    assert names[-len(CLEAR_SKY_COLUMNS) :] == CLEAR_SKY_COLUMNS
    assert pairs_of(rows) == expected_pairs(connected, list(FIELDS))


# --- (b) cancel ------------------------------------------------------------------------------


@pytest.mark.usefixtures("provider")
@pytest.mark.parametrize(
    "after", [-1.0, SEARCH_SHARE], ids=["at-the-first-progress", "while-counting"]
)
def test_a_cancel_ends_the_run_within_a_second(
    connected: StacTestServer, fields_layer: QgsVectorLayer, after: float
) -> None:
    """Every mask read hangs for seconds: a run that went on counting after the cancel would
    take many of them."""
    connected.inject_fault(path="/assets/*", action="hang", seconds=2, count=-1)
    feedback = Feedback()
    cancelled_at: list[tuple[float, float]] = []

    def cancel_once(progress: float) -> None:
        if not cancelled_at and progress > after:
            cancelled_at.append((time.monotonic(), progress))
            feedback.cancel()

    feedback.progressChanged.connect(cancel_once)
    results = run(feedback, FIELDS=fields_layer)
    returned_at = time.monotonic()
    try:
        assert cancelled_at, "progress was reported"
        when, progress = cancelled_at[0]
        assert returned_at - when < 1.0
        if after >= 0:
            assert progress > SEARCH_SHARE  # the cancel came while masks were being read
        _, rows = table(results["OUTPUT"])
        assert rows == []
        assert "Cancelled: the table is left empty." in feedback.infos
    finally:
        # The abandoned mask reads wind down on their own; none may reach the next test.
        for thread in threading.enumerate():
            if thread.name == WORKER_NAME:
                thread.join(WAIT_S)


# --- (c) qgis_process ------------------------------------------------------------------------


def write_gpkg(path: Path, names: list[str]) -> None:
    """The fields as a GeoPackage layer, written with ogr."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(UTM_EPSG)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("parcels", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name in names:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(field_wkt(name)))
        layer.CreateFeature(feature)
    source = None  # closes the file


def test_qgis_process_lists_the_algorithm(profiles: Path, stac_server: StacTestServer) -> None:
    process = run_qgis_process(profiles, stac_server, "list")
    assert process.returncode == 0, process.stderr[-3000:]
    assert ALGORITHM in process.stdout
    assert "EarthPlatform" in process.stdout


def test_qgis_process_runs_the_algorithm_into_a_csv(
    profiles: Path, stac_server: StacTestServer, tmp_path: Path
) -> None:
    fields, output = tmp_path / "parcels.gpkg", tmp_path / "clear sky.csv"
    write_gpkg(fields, list(FIELDS))
    process = run_qgis_process(
        profiles,
        stac_server,
        "run",
        ALGORITHM,
        "--",
        f"FIELDS={fields}",
        "FIELD_ID=name",
        f"START={START}",
        f"END={END}",
        f"OUTPUT={output}",
    )
    assert process.returncode == 0, process.stdout[-3000:] + process.stderr[-3000:]
    with open(output, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == CLEAR_SKY_COLUMNS
    expected = expected_pairs(stac_server, list(FIELDS))
    assert len(rows) == len(expected)
    assert pairs_of(rows) == expected
    items = len({item for _, item in expected})
    assert f"{len(rows)} rows for {len(FIELDS)} fields over {items} items" in process.stdout
