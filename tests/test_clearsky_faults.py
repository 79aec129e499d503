"""Clear sky over fields when something is wrong, against the test STAC API: an item's mask
missing (404), its link expired or refused, its COG damaged, a read failing under one field, a
read hanging when the analyst cancels; and fields that cannot be counted at all.

Each fault is said in words on the rows it concerns (the item's, or the one pair's) and every
other row is the same as in a run without faults: a failed pair never fails the table. The
faults are the server's own (devserver/harness.py: inject_fault, configure), so the shared
catalog's files are never touched.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from devserver.harness import StacTestServer
from earthplatform_qgis.map.clearsky import ClearSkyRow, FieldCounts
from earthplatform_qgis.map.fields import Field, FieldsError, FieldSet, fields_of_layer
from earthplatform_qgis.map.gdal_failures import describe_failure, http_status
from earthplatform_qgis.map.rasters import vsicurl_path
from earthplatform_qgis.processing.common import MAX_WARNINGS
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import CancelledError
from earthplatform_qgis.tasks import clearsky as clearsky_task
from earthplatform_qgis.tasks.clearsky import compute_clear_sky
from tests.support.catalog import S2, catalog_items
from tests.support.counters import faults_fired, search_count
from tests.support.fields import named_layer
from tests.support.links import expiry_of, shows_no_link_secret
from tests.support.processing import processing
from tests.support.reference import reference_counts

UTM = "EPSG:32631"
# 31TCJ's upper-left corner in UTM 31N (devserver/catalog.py's layout).
TCJ = (300_000, 4_900_020)
# id -> rectangle in metres east and south of 31TCJ's corner (x0, y0, x1, y1): on 31TCJ alone
# (10 km and more from its edges, which neighbouring tiles overlap), each on a block of 256
# mask pixels of its own, so that no field's read is served by another's.
FIELDS = {
    "west": (12_010, 60_020, 16_030, 64_040),
    "centre": (60_010, 45_020, 64_030, 49_040),
    "east": (85_030, 85_050, 89_970, 89_950),
}
ASSET_PREFIX = "s3://earthplatform-test-assets/"
SEARCH = "/platform/v1/stac/search"
ALGORITHM = "earthplatform:fieldclearsky"
# Mask kind (the table's `mask` column) -> (the catalog properties naming its mask item, its
# asset) and the name the analyst reads in a note.
MASK_ASSETS = {
    "agriculture": ("eda:ag_cloud_mask", "agriculture-cloud-mask"),
    "eda": ("eda:cloud_mask", "cloud-mask"),
}
TITLES = {
    "agriculture": "the agriculture cloud mask",
    "eda": "the EDA cloud mask",
    "scl": "the scene classification (SCL)",
}
# The values of each kind that are clear sky, as the products document them (0 is no data).
CLEAR_VALUES = {"agriculture": {1}, "eda": {1}, "scl": {4, 5, 6}}
HANG_S = 4  # how long a hanging mask read lasts: far beyond the second a cancel may take
WAIT_S = 60  # a bound for the slowest machine, not a pause
Pair = tuple[str, str]


# --- The catalog's own files: which mask each item is counted from ------------------------


def mask_files(server: StacTestServer) -> dict[str, tuple[str, str]]:
    """Item id -> (mask kind, the mask file's path under the assets folder), from the catalog's
    files: the agriculture mask, else the EDA one, else the item's own SCL."""
    mask_items = {
        (item["collection"], item["id"]): item
        for collection in ("sentinel-2-l2a-cog-ag-cloud-mask", "sentinel-2-eda-cloud-mask")
        for item in catalog_items(server, collection)
    }

    def mask_of(item: dict[str, Any]) -> tuple[str, str]:
        properties = item["properties"]
        for kind, (prefix, asset) in MASK_ASSETS.items():
            if properties.get(f"{prefix}_available"):
                key = (properties[f"{prefix}_collection_id"], properties[f"{prefix}_item_id"])
                return kind, mask_items[key]["assets"][asset]["href"]
        return "scl", item["assets"]["scl"]["href"]

    return {
        item["id"]: (kind, href.removeprefix(ASSET_PREFIX))
        for item in catalog_items(server, S2)
        for kind, href in [mask_of(item)]
    }


@pytest.fixture
def chosen(stac_control: StacTestServer) -> dict[str, tuple[str, str]]:
    """Mask kind -> (item id, URL path of its mask file): a whole-tile 31TCJ item of each kind,
    each counted from a file no other chosen item uses."""
    files = mask_files(stac_control)
    picked: dict[str, tuple[str, str]] = {}
    for item in sorted(catalog_items(stac_control, S2), key=lambda item: item["id"]):
        properties = item["properties"]
        if (
            properties["grid:code"] == "MGRS-31TCJ"
            and properties["s2:nodata_pixel_percentage"] == 0
        ):
            kind, path = files[item["id"]]
            picked.setdefault(kind, (item["id"], f"/assets/{path}"))
    assert sorted(picked) == sorted(TITLES)
    assert len({path for _, path in picked.values()}) == len(picked)
    return picked


def fetch(client: EarthPlatformClient, ids: list[str]) -> list[dict[str, Any]]:
    """The items as a search returns them (their SCL links signed now), in the order of ids."""
    pages = client.search_pages({"collections": [S2], "ids": ids, "limit": 100})
    found = {feature["id"]: feature for page in pages for feature in page.features}
    return [found[item_id] for item_id in ids]


@pytest.fixture
def items(client: EarthPlatformClient, chosen: dict[str, tuple[str, str]]) -> list[dict[str, Any]]:
    return fetch(client, [item_id for item_id, _ in chosen.values()])


# --- The fields, and runs of compute_clear_sky ----------------------------------------------


def field_wkt(x0: float, y0: float, x1: float, y1: float) -> str:
    ox, oy = TCJ
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    return "POLYGON((" + ",".join(f"{ox + x} {oy - y}" for x, y in corners) + "))"


def parcels() -> QgsVectorLayer:
    """The FIELDS in UTM 31N."""
    wkts = {name: field_wkt(*box) for name, box in FIELDS.items()}
    return named_layer("parcels", f"Polygon?crs={UTM}", wkts)


@pytest.fixture
def fieldset() -> FieldSet:
    return fields_of_layer(parcels(), selected_only=False, id_attribute="name")


@pytest.fixture(autouse=True)
def nothing_cached() -> Iterator[None]:
    """GDAL's /vsicurl/ keeps what it read of a URL for the whole process, and a link signed in
    the same second as one of an earlier test is the same URL: each test starts without it."""
    gdal.VSICurlClearCache()
    yield
    gdal.VSICurlClearCache()


def run(
    client: EarthPlatformClient,
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    **options: Any,
) -> dict[Pair, ClearSkyRow]:
    """(field, item) -> its row, from compute_clear_sky; no row says anything secret."""
    context = QgsProject.instance().transformContext()
    rows = compute_clear_sky(client, items, fieldset, context, **options).rows
    for row in rows:
        assert shows_no_link_secret(row.note), row
        for secret in ("?", "/vsicurl"):
            assert secret not in row.note, row
    by_pair = {(row.field_id, row.item_id): row for row in rows}
    assert len(by_pair) == len(rows)
    return by_pair


@pytest.fixture
def baseline(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    items: list[dict[str, Any]],
    fieldset: FieldSet,
) -> dict[Pair, ClearSkyRow]:
    """The rows of a run without faults (every pair with figures); then GDAL's cache and the
    server's counters as if it had not been."""
    rows = run(client, items, fieldset)
    assert set(rows) == {(name, item["id"]) for name in FIELDS for item in items}
    assert all(row.sky is not None and row.sky.valid_px > 0 for row in rows.values())
    gdal.VSICurlClearCache()
    stac_control.reset_stats()
    return rows


def check(
    rows: dict[Pair, ClearSkyRow],
    baseline: dict[Pair, ClearSkyRow],
    broken: dict[Pair, str],
) -> None:
    """The broken pairs have no figures and say why in `note`; every other row is as the run
    without faults had it."""
    assert rows.keys() == baseline.keys()
    for pair, row in rows.items():
        if pair in broken:
            assert row.sky is None, row
            assert row.note == broken[pair], row
            assert row.mask == baseline[pair].mask
        else:
            assert row == baseline[pair]


def pairs_of(item_id: str) -> list[Pair]:
    return [(name, item_id) for name in FIELDS]


def note(kind: str, reason: str) -> str:
    return f"{TITLES[kind]} cannot be read: {reason}"


NOT_FOUND = "the server answered 404 (not found)"
REFUSED_TWICE = "the server refused its link (403, forbidden), even once renewed"
NOT_A_TIFF = "the file is not a GeoTIFF that can be read (it is damaged, or not an image at all)"
PART_UNREAD = (
    "part of the file could not be read: it is damaged or incomplete, or its download broke off"
)


# --- The run without faults is right ------------------------------------------------------


def test_the_rows_without_faults_match_the_reference(
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    baseline: dict[Pair, ClearSkyRow],
) -> None:
    """What the other tests compare with: counted as rasterio counts the same files."""
    assets = stac_control.catalog_dir / "assets"
    for kind, (item_id, path) in chosen.items():
        fields = [
            {"id": name, "crs": UTM, "geometry": json.loads(QgsGeometry.fromWkt(wkt).asJson())}
            for name, wkt in ((name, field_wkt(*box)) for name, box in FIELDS.items())
        ]
        mask = assets / path.removeprefix("/assets/")
        for reference in reference_counts(mask, fields):
            row = baseline[(reference["id"], item_id)]
            assert row.mask == kind
            assert row.sky is not None
            assert row.sky.field_px == reference["field_px"]
            counts = {int(value): pixels for value, pixels in reference["counts"].items()}
            valid = reference["field_px"] - reference["outside_px"] - counts.get(0, 0)
            assert row.sky.valid_px == valid
            clear = sum(counts.get(value, 0) for value in CLEAR_VALUES[kind])
            assert row.sky.clear_pct == pytest.approx(100 * clear / valid, abs=1e-9)


# --- An item's mask: missing, refused, expired, damaged ------------------------------------


@pytest.mark.parametrize("kind", sorted(TITLES))
def test_a_missing_mask_is_said_on_its_items_rows_and_the_others_are_counted(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
    kind: str,
) -> None:
    item_id, path = chosen[kind]
    stac_control.inject_fault(path=path, action="status", status=404, count=-1)
    rows = run(client, items, fieldset)
    check(rows, baseline, dict.fromkeys(pairs_of(item_id), note(kind, NOT_FOUND)))


def test_an_item_pointing_at_a_file_that_is_not_there_says_404(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
) -> None:
    """No fault: the server signs a link to a file its catalog folder does not have."""
    item_id, path = chosen["scl"]
    [item] = [item for item in items if item["id"] == item_id]
    missing = path.removeprefix("/assets/").replace("SCL.tif", "SCL-gone.tif")
    item["assets"]["scl"]["href"] = stac_control.signed_asset_url(missing, int(time.time()) + 3600)
    rows = run(client, items, fieldset)
    check(rows, baseline, dict.fromkeys(pairs_of(item_id), note("scl", NOT_FOUND)))


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ({"action": "status", "status": 200, "body": {"message": "not a TIFF"}}, NOT_A_TIFF),
        ({"action": "truncate"}, PART_UNREAD),
        ({"action": "cut"}, PART_UNREAD),
    ],
    ids=["not-a-tiff", "truncated", "cut-off"],
)
def test_a_damaged_mask_gives_its_rows_no_figures_never_wrong_ones(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
    fault: dict[str, Any],
    reason: str,
) -> None:
    """Every answer for the file is damaged: a body that is no TIFF, the first half of the file
    (as a whole file), or half of each answer and the connection dropped. Where a field's
    pixels lie in the part that came whole, its row may have figures: the right ones."""
    item_id, path = chosen["agriculture"]
    stac_control.inject_fault(path=path, count=-1, **fault)
    rows = run(client, items, fieldset)
    said = note("agriculture", reason)
    unread = {pair for pair in pairs_of(item_id) if rows[pair].sky is None}
    assert unread, "the damage was noticed"
    check(rows, baseline, dict.fromkeys(unread, said))


def test_a_link_refused_once_is_renewed_once_and_its_rows_are_right(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
) -> None:
    """The server refuses the mask's link as it refuses an expired one; the new link it signs
    may be the very same URL (signed in the same second), which must not be refused again from
    GDAL's memory of the refusal."""
    rows = run(client, items, fieldset)
    searches = search_count(stac_control)
    gdal.VSICurlClearCache()
    stac_control.reset_stats()
    _, path = chosen["agriculture"]
    stac_control.inject_fault(path=path, action="status", status=403, count=1)
    rows = run(client, items, fieldset)
    check(rows, baseline, {})
    assert search_count(stac_control) == searches + 1  # one renewal


def test_a_link_refused_twice_is_said_on_its_items_rows_and_renewed_only_once(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
) -> None:
    run(client, items, fieldset)
    searches = search_count(stac_control)
    gdal.VSICurlClearCache()
    stac_control.reset_stats()
    item_id, path = chosen["agriculture"]
    stac_control.inject_fault(path=path, action="status", status=403, count=-1)
    rows = run(client, items, fieldset)
    check(rows, baseline, dict.fromkeys(pairs_of(item_id), note("agriculture", REFUSED_TWICE)))
    assert search_count(stac_control) == searches + 1


def test_a_link_that_expired_before_the_count_is_renewed_before_it_is_opened(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
) -> None:
    """Items searched long ago: the SCL link in the item has expired (the masks' own links are
    asked for at the count, and are fresh). The expired link is never sent."""
    stac_control.configure(signed_url_lifetime=-3600)
    stale = fetch(client, [item_id for item_id, _ in chosen.values()])
    stac_control.reset_config()
    stac_control.reset_stats()
    rows = run(client, stale, fieldset)
    check(rows, baseline, {})
    sent = [
        (expiry_of(entry["query"]), entry["time"])
        for entry in stac_control.stats()["recent"]
        if entry["class"] == "assets"
    ]
    assert sent
    assert all(expires > when for expires, when in sent)


def test_links_that_stay_expired_are_said_on_their_items_rows(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
) -> None:
    """Every link the catalog signs from now on has already expired, renewed ones too: the
    masks asked for at the count cannot be read; the SCL links of the search still can."""
    stac_control.configure(signed_url_lifetime=-3600)
    rows = run(client, items, fieldset)
    broken = {
        pair: note(kind, REFUSED_TWICE)
        for kind, (item_id, _) in chosen.items()
        if kind != "scl"
        for pair in pairs_of(item_id)
    }
    check(rows, baseline, broken)


def test_a_renewal_the_catalog_fails_is_said_on_its_items_rows(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
) -> None:
    """The mask's link is refused, and the search that would renew it fails: that item's rows
    say so; the table is not lost."""
    run(client, items, fieldset)
    searches = search_count(stac_control)
    gdal.VSICurlClearCache()
    stac_control.reset_stats()
    item_id, path = chosen["agriculture"]
    stac_control.inject_fault(path=path, action="status", status=403, count=-1)
    stac_control.inject_fault(
        path=SEARCH,
        action="status",
        status=400,
        body={"message": "the catalog is closed"},
        after=searches,
        count=-1,
    )
    rows = run(client, items, fieldset)
    said = rows[pairs_of(item_id)[0]].note
    assert said.startswith(
        note("agriculture", "its link expired and a new one could not be had: Search failed:")
    )
    assert "the catalog is closed" in said
    check(rows, baseline, dict.fromkeys(pairs_of(item_id), said))


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ({"action": "status", "status": 404, "count": 1}, NOT_FOUND),
        # Its size (HEAD) and its first bytes (GET): a size alone is a short file.
        ({"action": "status", "status": 200, "body": {"message": "no"}, "count": 2}, NOT_A_TIFF),
        ({"action": "truncate", "count": 1}, PART_UNREAD),  # the size: half the file
    ],
    ids=["404", "not-a-tiff", "truncated"],
)
def test_a_failure_once_is_not_remembered_by_the_next_count(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
    fault: dict[str, Any],
    reason: str,
) -> None:
    """The first answers for the SCL file are wrong, the next ones right. The analyst counts
    again with the same items, so with the very same SCL link: the count goes back to the
    server rather than to GDAL's memory of the failure (the file's absence, or its size)."""
    item_id, path = chosen["scl"]
    stac_control.inject_fault(path=path, **fault)
    first = run(client, items, fieldset)
    unread = {pair for pair in pairs_of(item_id) if first[pair].sky is None}
    assert unread
    check(first, baseline, dict.fromkeys(unread, note("scl", reason)))
    assert faults_fired(stac_control)
    again = run(client, items, fieldset)
    check(again, baseline, {})


SIGNED = (
    "http://127.0.0.1:8/assets/a/SCL.tif?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261206T000000Z"
    "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=f00d"
)


@pytest.mark.parametrize(
    ("messages", "words"),
    [
        (["HTTP response code: 404"], NOT_FOUND),
        (
            ["HTTP response code: 503"],
            "the server answered 503 (service unavailable); try again later",
        ),
        (
            ["CURL error: Could not resolve host: nohost.invalid"],
            "the server's name could not be found: check the network",
        ),
        (
            ["CURL error: Failed to connect to 127.0.0.1 port 1: Couldn't connect to server"],
            "the server could not be reached: check the network",
        ),
        (  # GDAL 3.6
            [f"`{vsicurl_path(SIGNED)}' not recognized as a supported file format."],
            NOT_A_TIFF,
        ),
        (  # GDAL 3.10
            [f"`{SIGNED.split('?')[0]}' not recognized as being in a supported file format."],
            NOT_A_TIFF,
        ),
        (
            [
                "TIFFFillTile:Read error at row 512, col 512, tile 13; got 0 bytes, expected 577",
                "TIFFReadEncodedTile() failed.",
                "IReadBlock failed at X offset 3, Y offset 2: TIFFReadEncodedTile() failed.",
            ],
            PART_UNREAD,
        ),
        (
            [f"`{vsicurl_path(SIGNED)}' does not exist in the file system, and is not recognized"],
            "the file cannot be reached",
        ),
        (  # words nobody foresaw: GDAL's own, without the signed link
            [f"Something odd about {SIGNED} and {urllib.parse.quote(SIGNED, safe='')}"],
            "Something odd about http://127.0.0.1:8/assets/a/SCL.tif and http%3A%2F%2F127.0.0.1"
            "%3A8%2Fassets%2Fa%2FSCL.tif",
        ),
    ],
    ids=["404", "503", "dns", "refused", "not-a-tiff", "not-a-tiff-3.10", "tiff", "gone", "odd"],
)
def test_what_gdal_says_becomes_the_analysts_words(messages: list[str], words: str) -> None:
    assert describe_failure(messages, http_status(messages), (SIGNED,)) == words


# --- One pair: a read failing under one field -----------------------------------------------


def test_a_read_failing_under_one_field_leaves_only_that_pair_without_figures(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
) -> None:
    """One reader, the agriculture item first: its mask is open and its first field counted
    when the file goes missing, until its second field's read has failed.

    compute_clear_sky looks for a cancel before each field's read, on the reader's thread:
    that is when the fault is set and lifted. The COGs of the test catalog are small enough
    for GDAL to hold them whole from the open on; the fault drops that, as if the file were too
    large to be held, so the read goes to the server.
    """
    item_id, path = chosen["agriculture"]
    order = sorted(items, key=lambda item: item["id"] != item_id)
    reads: list[str] = []

    def before_each_read() -> bool:
        if threading.current_thread() is threading.main_thread():
            return False  # the coordinating thread's own look
        reads.append(threading.current_thread().name)
        if len(reads) == 2:
            gdal.VSICurlClearCache()  # however GDAL reads the link (relay or not)
            stac_control.inject_fault(path=path, action="status", status=404, count=-1)
        elif len(reads) == 3:
            stac_control.clear_faults()
        return False

    rows = run(client, order, fieldset, cancelled=before_each_read, readers=1)
    assert len(reads) == len(rows)
    assert len(set(reads)) == 1
    second = list(FIELDS)[1]
    check(rows, baseline, {(second, item_id): note("agriculture", NOT_FOUND)})


def test_a_link_refused_between_two_fields_is_renewed_and_every_field_counted(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The agriculture mask's link is refused from its second field's read on, as a link that
    expires during the count is, until a new one is asked for. GDAL's failed read does not say
    why: the server's answer does."""
    item_id, path = chosen["agriculture"]
    order = sorted(items, key=lambda item: item["id"] != item_id)
    reads: list[str] = []
    renewals: list[str] = []
    renew = clearsky_task.fresh_hrefs

    def before_each_read() -> bool:
        if threading.current_thread() is not threading.main_thread():
            reads.append(threading.current_thread().name)
            if len(reads) == 2:  # as in the test above
                gdal.VSICurlClearCache()  # however GDAL reads the link (relay or not)
                stac_control.inject_fault(path=path, action="status", status=403, count=-1)
        return False

    def fresh_hrefs(*args: Any, **kwargs: Any) -> Any:
        # The faults match paths, not links: the new link's path is the old one's.
        stac_control.clear_faults()
        renewals.append(threading.current_thread().name)
        return renew(*args, **kwargs)

    monkeypatch.setattr(clearsky_task, "fresh_hrefs", fresh_hrefs)
    rows = run(client, order, fieldset, cancelled=before_each_read, readers=1)
    check(rows, baseline, {})
    assert len(renewals) == 1


def test_an_unforeseen_error_under_one_field_stays_with_that_pair(
    client: EarthPlatformClient,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
    baseline: dict[Pair, ClearSkyRow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bug, or a mask nobody foresaw, breaks the count of one pair: the table is not lost."""
    item_id, _ = chosen["eda"]
    reader = clearsky_task._MaskReader
    counting = reader.count

    def count(self: Any, each: Field, transform: Any) -> FieldCounts:
        if self.mask.item_id == item_id and each.field_id == "east":
            raise ZeroDivisionError("a bug")
        return counting(self, each, transform)

    monkeypatch.setattr(reader, "count", count)
    rows = run(client, items, fieldset)
    said = (
        "the EDA cloud mask cannot be counted: an unexpected error stopped it (the details are "
        "in the EarthPlatform log)"
    )
    check(rows, baseline, {("east", item_id): said})


# --- Cancel -----------------------------------------------------------------------------------


def test_a_cancel_while_a_mask_read_hangs_returns_within_a_second(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
    items: list[dict[str, Any]],
    fieldset: FieldSet,
) -> None:
    """The agriculture mask's server takes HANG_S to answer; the analyst cancels once the
    request is there. The count does not wait for it."""
    _, path = chosen["agriculture"]
    stac_control.inject_fault(path=path, action="hang", seconds=HANG_S, count=1)
    cancelled_at: list[float] = []

    def progress(_percent: float) -> None:
        if not cancelled_at and faults_fired(stac_control):
            cancelled_at.append(time.monotonic())

    before = set(threading.enumerate())
    try:
        with pytest.raises(CancelledError):
            run(client, items, fieldset, progress=progress, cancelled=lambda: bool(cancelled_at))
        assert time.monotonic() - cancelled_at[0] < 1.0
        answered = [entry["path"] for entry in stac_control.stats()["recent"]]
        assert path not in answered  # the read was still hanging when the count returned
    finally:
        # The abandoned read ends when the server answers; it may not reach the next test.
        for thread in set(threading.enumerate()) - before:
            thread.join(WAIT_S)


# --- Fields that cannot be counted at all ---------------------------------------------------


def points_layer() -> QgsVectorLayer:
    return named_layer("points", f"Point?crs={UTM}", {"well": "POINT(350000 4850000)"})


def parcels_without_crs() -> QgsVectorLayer:
    layer = parcels()
    layer.setCrs(QgsCoordinateReferenceSystem())
    return layer


def empty_parcels() -> QgsVectorLayer:
    return named_layer("parcels", f"Polygon?crs={UTM}", {})


def parcels_without_geometry() -> QgsVectorLayer:
    return named_layer("parcels", f"Polygon?crs={UTM}", {"nowhere": ""})


NO_FIELDS: list[tuple[Callable[[], QgsVectorLayer], bool, str]] = [
    (points_layer, False, "'points' is not a polygon layer: fields must be polygons"),
    (parcels, True, "No features of 'parcels' are selected"),
    (empty_parcels, False, "'parcels' has no features"),
    (
        parcels_without_crs,
        False,
        "'parcels' has no coordinate reference system: set one in its Layer Properties",
    ),
    (
        parcels_without_geometry,
        False,
        "No feature of 'parcels' has a usable polygon: field nowhere: no geometry",
    ),
]
NO_FIELDS_IDS = ["points", "nothing-selected", "empty", "no-crs", "no-geometry"]


@pytest.mark.parametrize(("make", "selected", "message"), NO_FIELDS, ids=NO_FIELDS_IDS)
def test_a_layer_that_gives_no_fields_says_why(
    make: Callable[[], QgsVectorLayer], selected: bool, message: str
) -> None:
    with pytest.raises(FieldsError) as raised:
        fields_of_layer(make(), selected_only=selected, id_attribute="name")
    assert str(raised.value) == message


def test_no_layer_at_all_asks_for_a_polygon_layer() -> None:
    with pytest.raises(FieldsError, match=r"^Choose a polygon layer for the fields$"):
        fields_of_layer(None, selected_only=False)


# --- The Processing algorithm -------------------------------------------------------------


@pytest.fixture
def algorithm(provider: None, connected: StacTestServer) -> Iterator[Callable[..., dict[str, Any]]]:
    """processing.run of earthplatform:fieldclearsky, signed in to the test catalog as the dock
    is (its URLs in the plugin's settings, the credentials in EDS_CLIENT_ID / EDS_SECRET)."""
    layers: list[str] = []

    def run_algorithm(feedback: QgsProcessingFeedback, **parameters: Any) -> dict[str, Any]:
        for value in parameters.values():
            if isinstance(value, QgsVectorLayer):
                layers.append(QgsProject.instance().addMapLayer(value).id())
        values = {"FIELD_ID": "name", "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT, **parameters}
        return dict(processing().run(ALGORITHM, values, feedback=feedback))

    yield run_algorithm
    QgsProject.instance().removeMapLayers(layers)


class Feedback(QgsProcessingFeedback):
    """A feedback that keeps the warnings the algorithm gave."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:  # noqa: N802 (QGIS's name)
        self.warnings.append(warning)


@pytest.mark.parametrize(
    ("make", "selected", "message"),
    [case for case in NO_FIELDS if case[0] is not parcels_without_geometry],
    ids=[name for name in NO_FIELDS_IDS if name != "no-geometry"],
)
def test_the_algorithm_refuses_a_layer_that_gives_no_fields_before_any_search(
    algorithm: Callable[..., dict[str, Any]],
    stac_control: StacTestServer,
    make: Callable[[], QgsVectorLayer],
    selected: bool,
    message: str,
) -> None:
    layer = make()
    fields: Any = layer
    if selected:
        QgsProject.instance().addMapLayer(layer)
        fields = QgsProcessingFeatureSourceDefinition(layer.id(), True)
    try:
        with pytest.raises(QgsProcessingException) as raised:
            algorithm(Feedback(), FIELDS=fields, START="2022-06-01", END="2022-07-15")
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert str(raised.value) == f"{message}."
    assert stac_control.stats()["classes"]["stac"]["requests"] == 0


def plain(value: Any) -> Any:
    """An attribute value, NULL as None (QGIS gives a null QVariant on Qt5 builds)."""
    if value is None or (type(value).__name__ == "QVariant" and value.isNull()):
        return None
    return value


def test_the_algorithm_names_the_items_whose_mask_is_missing_and_writes_every_row(
    algorithm: Callable[..., dict[str, Any]],
    stac_control: StacTestServer,
    chosen: dict[str, tuple[str, str]],
) -> None:
    """Every item over the fields from the agriculture item's day to the SCL item's: those
    counted from the missing file have rows without figures that say why, and a warning each;
    the others' rows have figures."""
    _, path = chosen["agriculture"]
    days = sorted(
        item["properties"]["datetime"][:10]
        for item in catalog_items(stac_control, S2)
        if item["id"] in {chosen["agriculture"][0], chosen["scl"][0]}
    )
    stac_control.inject_fault(path=path, action="status", status=404, count=-1)
    feedback = Feedback()
    result = algorithm(
        feedback, FIELDS=parcels(), START=f"{days[0]}T00:00:00", END=f"{days[-1]}T23:59:59"
    )
    table = result["OUTPUT"]
    names = table.fields().names()
    rows = [dict(zip(names, map(plain, each.attributes()))) for each in table.getFeatures()]
    files = mask_files(stac_control)
    broken = [row["item_id"] for row in rows if f"/assets/{files[row['item_id']][1]}" == path]
    assert chosen["agriculture"][0] in broken
    assert chosen["scl"][0] not in broken
    said = note("agriculture", NOT_FOUND)
    for row in rows:
        if row["item_id"] in broken:
            assert (row["note"], row["valid_px"], row["clear_pct"]) == (said, None, None), row
        else:
            assert row["valid_px"] is not None, row
    assert len(set(broken)) <= MAX_WARNINGS, "one warning for each: the test needs fewer"
    fields = ", ".join(FIELDS)
    expected = [f"{item_id}: {said} (fields {fields})" for item_id in dict.fromkeys(broken)]
    assert feedback.warnings == expected
    assert not [warning for warning in feedback.warnings if "Signature" in warning]
