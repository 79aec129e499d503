"""earthplatform:fieldclearsky as analysts run it, against the test STAC API: processing.run in
QGIS's Python, inside a model, and `qgis_process run` on the command line with the plugin
installed in a throwaway profile.

The rows expected are worked out here from the catalog's own files (footprints and dates, with
GDAL's ogr/osr), never with the plugin's code.
"""

from __future__ import annotations

import csv
import importlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from functools import cache
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
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)

from devserver.harness import StacTestServer
from earthplatform_qgis.processing.field_clear_sky import (
    POLYGON_LAYERS,
    SEARCH_SHARE,
    WORKER_NAME,
)
from earthplatform_qgis.processing.provider import EarthPlatformProvider
from earthplatform_qgis.settings import Settings
from scripts import qgis_desktop
from scripts.package import PLUGIN, assemble
from tests.support.catalog import S2, catalog_items
from tests.support.fields import CLEAR_SKY_COLUMNS, named_layer

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
WAIT_S = 60  # a bound for the slowest machine, not a pause


def field_wkt(name: str) -> str:
    x0, y0, x1, y1 = FIELDS[name]
    ox, oy = TCJ
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    return "POLYGON((" + ",".join(f"{ox + x} {oy - y}" for x, y in corners) + "))"


# --- The reference: which (field, item) pairs the table must hold ---------------------------


def utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def field_in_lonlat(name: str) -> ogr.Geometry:
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(UTM_EPSG)
    target.ImportFromEPSG(4326)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geometry = ogr.CreateGeometryFromWkt(field_wkt(name))
    geometry.Transform(osr.CoordinateTransformation(source, target))
    return geometry


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


def processing() -> Any:
    """QGIS's `processing` package (its plugins folder is on sys.path once pytest-qgis runs)."""
    return importlib.import_module("processing")


def processing_core() -> Any:
    """processing.core.Processing, the module that initialises Processing's providers."""
    return importlib.import_module("processing.core.Processing")


class Feedback(QgsProcessingFeedback):
    """A feedback that keeps what the algorithm said."""

    def __init__(self) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info: str) -> None:  # noqa: N802 (QGIS's name)
        self.infos.append(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802 (QGIS's name)
        self.warnings.append(warning)


@pytest.fixture
def provider() -> Iterator[None]:
    """Processing initialised, and the plugin's provider in the registry, as initProcessing
    puts it there."""
    processing_core().Processing.initialize()
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("earthplatform") is None
    registry.addProvider(EarthPlatformProvider())
    yield
    registry.removeProvider("earthplatform")


@pytest.fixture
def connected(
    stac_control: StacTestServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[StacTestServer]:
    """The dock's connection set up as an analyst sets it: catalog URLs in the plugin's
    settings, credentials in EDS_CLIENT_ID / EDS_SECRET (and no credentials file)."""
    QgsSettings().remove("earthplatform")
    Settings(api_url=stac_control.api_url, token_url=stac_control.token_url).save()
    monkeypatch.setattr("earthplatform_qgis.credentials.CREDENTIALS_FILE", tmp_path / "none")
    for name in ("EDS_API_URL", "EDS_AUTH_URL", "EDS_INI_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("EDS_CLIENT_ID", stac_control.client_id)
    monkeypatch.setenv("EDS_SECRET", stac_control.client_secret)
    yield stac_control
    QgsSettings().remove("earthplatform")


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
    layer = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output, "t", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    rows = [dict(zip(names, map(plain, f.attributes()))) for f in layer.getFeatures()]
    return names, rows


def plain(value: Any) -> Any:
    """An attribute value, NULL as None (QGIS gives a null QVariant on Qt5 builds)."""
    if value is None or (type(value).__name__ == "QVariant" and value.isNull()):
        return None
    return value


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
    assert [algorithm.id() for algorithm in provider.algorithms()] == [ALGORITHM]
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
    step = QgsProcessingModelChildAlgorithm(ALGORITHM)
    step.setChildId("clearsky")
    step.addParameterSources(
        "FIELDS", [QgsProcessingModelChildParameterSource.fromModelParameter("parcels")]
    )
    for name, value in {"FIELD_ID": "name", "START": START, "END": END, "MIN_CLEAR": 0}.items():
        step.addParameterSources(
            name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)]
        )
    output = QgsProcessingModelOutput("table", "Clear sky")
    output.setChildId("clearsky")
    output.setChildOutputName("OUTPUT")
    step.setModelOutputs({"table": output})
    model.addChildAlgorithm(step)
    saved = tmp_path / "clear_sky.model3"
    assert model.toFile(str(saved))
    loaded = QgsProcessingModelAlgorithm()
    assert loaded.fromFile(str(saved))
    # The table's parameter: "clearsky:table" on QGIS 3.22, named otherwise by later releases.
    [destination] = [p.name() for p in loaded.destinationParameterDefinitions()]
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


@cache
def qgis_process() -> list[str]:
    """The qgis_process command. Debian 12's wrapper passes /etc/default/qgis's QGIS_OPTS
    (--noversioncheck, meant for the desktop) to qgis_process, which refuses it ("Command
    --noversioncheck not known!", qgis/QGIS#57683; later Debian packages strip it): there, the
    binary the wrapper runs is called directly."""
    wrapper = shutil.which("qgis_process")
    assert wrapper, "QGIS's qgis_process is installed"
    probe = subprocess.run(
        [wrapper, "--version"], capture_output=True, text=True, timeout=WAIT_S, check=False
    )
    binary = Path(f"{wrapper}.bin")
    if "--noversioncheck not known" in probe.stdout + probe.stderr and binary.exists():
        return [str(binary)]
    return [wrapper]


@pytest.fixture(scope="module")
def profiles(stac_server: StacTestServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway QGIS profile with the plugin installed and enabled and the test catalog in
    its settings."""
    root = tmp_path_factory.mktemp("qgis-process")
    settings = qgis_desktop.profile_ini(
        api_url=stac_server.api_url, token_url=stac_server.token_url
    )
    qgis_desktop.make_profile(root, plugins={PLUGIN: True}, settings=settings)
    with tempfile.TemporaryDirectory() as tmp:
        qgis_desktop.install_plugin_folder(root, assemble(Path(tmp)))
    return root


def run_qgis_process(
    profiles: Path, server: StacTestServer, *arguments: str
) -> subprocess.CompletedProcess[str]:
    """qgis_process on the throwaway profile (QGIS_CUSTOM_CONFIG_PATH: it takes the profile
    named `default` under <path>/profiles), signed in through the EDS_* variables."""
    env = dict(os.environ)
    for name in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV", "EDS_API_URL", "EDS_AUTH_URL"):
        env.pop(name, None)  # QGIS's Python is Debian's, not the venv's
    env.update(
        {
            "QGIS_CUSTOM_CONFIG_PATH": str(profiles),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(profiles / "xdg-runtime"),
            "EDS_CLIENT_ID": server.client_id,
            "EDS_SECRET": server.client_secret,
            "HOME": str(profiles),  # no ~/.earthdaily/credentials but the test's
        }
    )
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    return subprocess.run(
        [*qgis_process(), *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_S * 3,
        check=False,
    )


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
