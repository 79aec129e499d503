"""Fuzz tests (issue 7): random STAC pages, items and search text must never crash the plugin.

Hypothesis generates what a catalog or an analyst could send: JSON values of every type in every
field, geometries of any GeoJSON type with malformed or extreme coordinates, missing fields,
non-ASCII and lone-surrogate text, and occasionally strings of up to 1 MB. They go through

* footprint building: ``footprint_rows`` written page by page to a real footprint file, then
  read back through its QGIS layer;
* page parsing: ``iter_pages`` driving a fake ``requests`` session that answers with generated
  pages, errors and broken JSON, and validates URLs, headers and methods as requests does;
* search text: ``parse_query``, ``parse_ids`` and ``SearchSpec.from_dict``.

The contract checked is the issue's: nothing escapes but the plugin's own typed errors
(``EarthPlatformError`` subclasses; ``SearchSpecError`` for search text), and what comes back
is well formed (attribute types as the fields declare, page counts that add up, paging that ends).

The examples add up to 1,500 (see ``EXAMPLES``) and run in well under a minute on two cores.

Profile: ``FUZZ`` is derandomized and has no example database. CI then runs the same examples
on every machine and every run, so a red build is reproducible locally with the same pytest
command, and no ``.hypothesis`` folder is written; the price is that CI explores no new inputs.
To explore, set ``EARTHPLATFORM_FUZZ=explore``: random seeds, more examples, failures printed
with ``@reproduce_failure`` blobs (and a database, so a local re-run replays them).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from qgis.core import QgsFeature
from qgis.PyQt.QtCore import QVariant

from earthplatform_qgis.map.footprint_file import FOOTPRINT_FIELDS, REPLACEMENT
from earthplatform_qgis.stac.errors import ApiError, CancelledError, EarthPlatformError
from earthplatform_qgis.stac.paging import Page, iter_pages
from earthplatform_qgis.stac.spec import (
    ID_SEPARATORS,
    QUERY_OPERATORS,
    Problem,
    SearchSpec,
    SearchSpecError,
    parse_ids,
    parse_query,
)
from earthplatform_qgis.tasks.base import CoreTask, TaskOutcome
from tests.support.footprints import footprint_layer

EXPLORE = os.environ.get("EARTHPLATFORM_FUZZ") == "explore"
# Examples per test; they add up to 1,500 (the issue asks for at least 1,000 in CI).
EXAMPLES = {
    "items": 400,
    "pages": 400,
    "page_loops": 100,
    "query": 250,
    "ids": 100,
    "stored_spec": 250,
}
FUZZ = settings(
    derandomize=not EXPLORE,
    database=settings().database if EXPLORE else None,
    # Timing varies with the machine (a 1 MB string, a 20,000-vertex ring); only hangs matter,
    # and the fake session below turns those into failures.
    deadline=None,
    print_blob=EXPLORE,
    # Huge strings and rings are built from a small draw (character times length), so
    # data_too_large never fires; too_slow can, on a loaded CI runner, for the same reason as
    # the deadline: the examples are meant to be heavy.
    suppress_health_check=[HealthCheck.too_slow],
)


def examples(name: str) -> settings:
    """The FUZZ profile with this test's share of EXAMPLES (ten times more when exploring)."""
    return settings(FUZZ, max_examples=EXAMPLES[name] * (10 if EXPLORE else 1))


def weighted(*choices: tuple[int, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """A draw from one of the strategies, each picked `weight` times in the sum of weights.

    st.one_of picks its branches evenly and drops repeated ones, so it cannot weight them.
    """
    pool = [strategy for weight, strategy in choices for _ in range(weight)]
    return st.integers(0, len(pool) - 1).flatmap(pool.__getitem__)


def rarely(common: st.SearchStrategy[Any], rare: st.SearchStrategy[Any], one_in: int) -> Any:
    """`common`, except about one draw in `one_in` from `rare`."""
    return weighted((one_in - 1, common), (1, rare))


# --- JSON values of every kind ------------------------------------------------------------

# Python's json reads lone surrogates ("\ud800" escapes), NUL, and ints up to 4,300 digits.
CHARACTERS = st.one_of(st.characters(), st.sampled_from(["\ud800", "\udfff", "\x00", "\u202e"]))
SHORT_TEXT = st.text(CHARACTERS, max_size=12)
HUGE_TEXT = st.builds(
    lambda unit, count: unit * count,
    st.sampled_from(["x", "é", "漢", "\U0001f6f0", "\x00", " ,;", "2020-01-01T00:00:00Z"]),
    st.integers(1_000, 1_000_000),
)
TEXT = rarely(SHORT_TEXT, HUGE_TEXT, 25)
# Beyond any double (1e308); built from a digit count so the strategy's repr stays short.
HUGE_INTS = st.builds(
    lambda digits, sign: sign * (10**digits - 1), st.integers(19, 4000), st.sampled_from([1, -1])
)
NUMBERS = st.one_of(
    st.integers(),
    st.floats(),  # NaN and ±inf too: Python's json reads NaN, Infinity and 1e400
    st.floats(0, 100),
    rarely(st.integers(-(2**63), 2**63), HUGE_INTS, 4),
)
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(SHORT_TEXT, inner, max_size=4)
    ),
    max_leaves=8,
)


def with_extra_keys(known: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[Any]:
    """Dicts of the known keys plus any others, or any other JSON value instead."""
    extended = st.builds(
        lambda extra, base: {**extra, **base},
        st.dictionaries(SHORT_TEXT, JSON, max_size=3),
        known,
    )
    return weighted((3, extended), (1, JSON))


# --- Geometries ---------------------------------------------------------------------------

LON = st.floats(-180, 180)
LAT = st.floats(-90, 90)
COORDINATE = st.one_of(
    LON,
    LAT,
    st.floats(),
    st.integers(-(10**30), 10**30),
    HUGE_INTS,
    st.none(),
    st.booleans(),
    SHORT_TEXT,
    st.lists(st.floats(), max_size=2),
)
POSITION = st.one_of(
    st.tuples(LON, LAT).map(list),
    st.tuples(LON, LAT, st.floats(-1e4, 1e4)).map(list),
    st.lists(COORDINATE, max_size=4),
    JSON,
)


def nested(depth: int) -> st.SearchStrategy[Any]:
    """Positions nested `depth` lists deep (2 is a Polygon's), short lists at every level."""
    return POSITION if depth == 0 else st.lists(nested(depth - 1), max_size=4)


def box(west: float, south: float, width: float, height: float) -> list[list[float]]:
    """A closed rectangular ring; east of 180 when west + width is (antimeridian-crossing)."""
    east, north = west + width, south + height
    return [[west, south], [east, south], [east, north], [west, north], [west, south]]


def wrapped(ring: list[list[float]]) -> list[list[float]]:
    """The ring with longitudes east of 180 written west of it, as an unsplit crossing is."""
    return [[x - 360 if x > 180 else x, y] for x, y in ring]


def circle(count: int, radius: float) -> list[list[float]]:
    """A closed ring of `count` vertices (up to 20,000: a huge footprint)."""
    ring = [
        [radius * math.cos(2 * math.pi * i / count), radius * math.sin(2 * math.pi * i / count)]
        for i in range(count)
    ]
    return [*ring, ring[0]]


RING = st.one_of(
    st.builds(box, LON, LAT, st.floats(0, 40), st.floats(0, 40)),
    st.builds(box, st.floats(170, 180), LAT, st.floats(0.5, 20), st.floats(0.5, 5)).map(wrapped),
    st.builds(box, LON, LAT, st.floats(0, 5), st.floats(0, 5)).map(lambda r: r[:-1]),  # open
    st.builds(
        lambda r: [r[0], r[2], r[1], r[3], r[0]],
        st.builds(box, LON, LAT, st.just(1.0), st.just(1.0)),
    ),  # bowtie
    st.lists(st.tuples(LON, LAT).map(list), max_size=3),  # too few positions
    rarely(st.just([[0.0, 0.0]]), st.builds(circle, st.integers(4, 20_000), st.floats(0, 90)), 8),
)
POLYGON = st.lists(RING, max_size=3)
BOX = st.builds(box, LON, LAT, st.floats(0.001, 40), st.floats(0.001, 40))
SOUND_POLYGON = st.lists(BOX, min_size=1, max_size=2)  # valid unless the "hole" is outside
COORDINATES = st.one_of(
    POLYGON, st.lists(POLYGON, max_size=3), st.integers(0, 4).flatmap(nested), JSON
)
GEOMETRY_TYPE = st.one_of(
    st.sampled_from(["Polygon", "MultiPolygon"]),
    st.sampled_from(["Point", "MultiPoint", "LineString", "MultiLineString", "GeometryCollection"]),
    SCALARS,
)
GEOMETRY = weighted(
    (
        3,
        with_extra_keys(
            st.fixed_dictionaries(
                {}, optional={"type": GEOMETRY_TYPE, "coordinates": COORDINATES, "bbox": JSON}
            )
        ),
    ),
    (4, st.fixed_dictionaries({"type": st.just("Polygon"), "coordinates": SOUND_POLYGON})),
    (2, st.fixed_dictionaries({"type": st.just("Polygon"), "coordinates": POLYGON})),
    (2, st.fixed_dictionaries({"type": st.just("MultiPolygon"), "coordinates": st.lists(POLYGON)})),
    (1, st.none()),
)

# --- Items --------------------------------------------------------------------------------

OFFSET_MINUTES = st.integers(-24 * 60 + 1, 24 * 60 - 1)


def rfc3339(moment: dt.datetime, offset_minutes: int | None, digits: int, lower: bool) -> str:
    """`moment` as RFC 3339 text: offset None is "Z", digits of fractional seconds 0 to 6."""
    text = moment.isoformat(timespec="seconds")
    if digits:
        text += "." + f"{moment.microsecond:06d}"[:digits]
    if offset_minutes is None:
        text += "Z"
    else:
        sign = "-" if offset_minutes < 0 else "+"
        hours, minutes = divmod(abs(offset_minutes), 60)
        text += f"{sign}{hours:02d}:{minutes:02d}"
    return text.lower() if lower else text


TIMESTAMP = st.builds(
    rfc3339, st.datetimes(), st.none() | OFFSET_MINUTES, st.integers(0, 6), st.booleans()
)
DATETIME = weighted((4, TIMESTAMP), (1, st.dates().map(str)), (1, JSON))
ASSET = with_extra_keys(
    st.fixed_dictionaries(
        {},
        optional={
            "href": st.one_of(
                st.sampled_from(["https://x.test/t.png", "s3://bucket/t.png", "http://x"]), JSON
            ),
            "alternate": with_extra_keys(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "download": with_extra_keys(
                            st.fixed_dictionaries({}, optional={"href": JSON})
                        )
                    },
                )
            ),
            "type": JSON,
        },
    )
)
PROPERTIES = with_extra_keys(
    st.fixed_dictionaries(
        {},
        optional={
            "datetime": DATETIME,
            "start_datetime": DATETIME,
            "end_datetime": DATETIME,
            "eo:cloud_cover": st.one_of(NUMBERS, JSON),
            "platform": st.one_of(TEXT, JSON),
            "eda:ag_cloud_mask_available": st.one_of(st.booleans(), JSON),
            "eda:ag_cloud_mask_item_id": st.one_of(TEXT, JSON),
            "eda:cloud_mask_item_id": st.one_of(TEXT, JSON),
        },
    )
)
LINK = with_extra_keys(
    st.fixed_dictionaries(
        {},
        optional={
            "rel": st.one_of(st.sampled_from(["self", "parent", "next"]), JSON),
            "href": st.one_of(st.just("https://x.test/items/a"), TEXT, JSON),
        },
    )
)
ITEM_ID = weighted((6, SHORT_TEXT), (1, HUGE_TEXT), (2, SCALARS), (1, JSON))
ITEM = with_extra_keys(
    st.fixed_dictionaries(
        {"id": ITEM_ID},
        optional={
            "type": st.one_of(st.just("Feature"), JSON),
            "stac_version": st.one_of(st.just("1.0.0"), JSON),
            "collection": st.one_of(TEXT, JSON),
            "geometry": GEOMETRY,
            "bbox": JSON,
            "properties": PROPERTIES,
            "assets": with_extra_keys(st.fixed_dictionaries({}, optional={"thumbnail": ASSET})),
            "links": st.one_of(st.lists(LINK, max_size=3), JSON),
        },
    )
)

# What a field of each kind may hold once read back from the file: the Python type, or NULL.
FIELD_KINDS: dict[str, type] = {"string": str, "double": float, "bool": bool}


def item_json(item: dict[str, Any]) -> str:
    """item_json as map/footprint_file.py writes it where the server's text is not given
    (ASCII, with NULs and lone surrogates as \\u escapes)."""
    return json.dumps(item, check_circular=False, separators=(",", ":"))


def is_null(value: Any) -> bool:
    """NULL as QGIS hands it to Python (an invalid QVariant before QGIS 4, else None)."""
    return value is None or (isinstance(value, QVariant) and value.isNull())


def readable(item: Any) -> bool:
    """Whether an item is one footprint_rows promises a feature for, whatever its geometry.

    That is a dict with an id whose properties, assets, thumbnail and links have the JSON types
    STAC gives them (or are absent); the values inside may be anything.
    """
    if not isinstance(item, dict) or item.get("id") is None:
        return False
    properties, assets = item.get("properties") or {}, item.get("assets") or {}
    if not isinstance(properties, dict) or not isinstance(assets, dict):
        return False
    thumbnail = assets.get("thumbnail")
    if isinstance(thumbnail, dict):
        alternate = thumbnail.get("alternate") or {}
        if not isinstance(alternate, dict) or not isinstance(alternate.get("download") or {}, dict):
            return False
    return isinstance(item.get("links") or [], list)


RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?(Z|[+-]\d\d:\d\d)", re.I)
# The datetime attribute: ISO 8601 in UTC to the millisecond.
UTC_MILLIS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def expected_utc_millis(text: str) -> int | None:
    """Milliseconds since the epoch of an RFC 3339 timestamp by the standard library (cut to
    whole milliseconds); None when Python cannot place it (year 0 or 10000)."""
    if not RFC3339.fullmatch(text):
        return None
    try:
        moment = dt.datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
        return (moment.astimezone(dt.timezone.utc) - EPOCH) // dt.timedelta(milliseconds=1)
    except (ValueError, OverflowError):
        return None


def utc_millis_text(millis: int) -> str:
    """An instant (milliseconds since the epoch) as %Y-%m-%dT%H:%M:%S.mmmZ, by the standard
    library (isoformat: strftime's %Y leaves years before 1000 unpadded on Linux)."""
    moment = EPOCH + dt.timedelta(milliseconds=millis)
    return moment.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


# What SQLite text cannot hold (NUL) and what UTF-8 cannot say (a lone UTF-16 surrogate).
UNSHOWABLE = re.compile("[\x00\ud800-\udfff]")


def shown(value: Any) -> str | None:
    """A text attribute as the item's JSON says it: a string as JSON reads it back (an escaped
    surrogate pair is one character there), anything else as its str(); NULs and lone
    surrogates then replaced."""
    if value is None:
        return None
    text = json.loads(json.dumps(value)) if isinstance(value, str) else str(value)
    return UNSHOWABLE.sub(REPLACEMENT, text)


def expected_number(value: Any) -> float | None:
    """A number attribute as the item's JSON says it: NULL for anything but a number (true is
    no cloud cover), one beyond any double, or NaN (SQLite stores NaN as NULL)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return None if math.isnan(number) else number


def self_href(links: Any) -> Any:
    """The href of the item's first self link with one, as STAC links are read."""
    for link in links or ():
        if isinstance(link, dict) and link.get("rel") == "self" and link.get("href"):
            return link["href"]
    return None


def check_feature(feature: QgsFeature, item: dict[str, Any], problems: list[str]) -> None:
    """The feature's attributes have their fields' types, and say what the item says."""
    assert feature["fid"] == feature.id()
    assert len(feature.attributes()) == 1 + len(FOOTPRINT_FIELDS)
    for (name, kind), value in zip(FOOTPRINT_FIELDS, feature.attributes()[1:]):
        assert is_null(value) or isinstance(value, FIELD_KINDS[kind]), (name, value)
    # Problems name the item by its id as shown.
    prefix = f"{shown(item['id'])}: "
    properties = item.get("properties") or {}
    texts = {
        "id": item["id"],
        "collection": item.get("collection"),
        "platform": properties.get("platform"),
        "eda:ag_cloud_mask_item_id": properties.get("eda:ag_cloud_mask_item_id"),
        "eda:cloud_mask_item_id": properties.get("eda:cloud_mask_item_id"),
        "self": self_href(item.get("links")),
    }
    for name, value in texts.items():
        if value is None:
            assert is_null(feature[name]), name
        else:
            assert feature[name] == shown(value), name
    if any(isinstance(value, str) and UNSHOWABLE.search(value) for value in texts.values()):
        said = f"NUL characters and lone surrogates are shown as {REPLACEMENT}"
        assert any(p.startswith(prefix) and said in p[len(prefix) :] for p in problems)
    cloud_cover = expected_number(properties.get("eo:cloud_cover"))
    if cloud_cover is None:
        assert is_null(feature["eo:cloud_cover"])
    else:
        assert feature["eo:cloud_cover"] == cloud_cover
    flag = properties.get("eda:ag_cloud_mask_available")
    if isinstance(flag, bool):
        assert feature["eda:ag_cloud_mask_available"] is flag
    else:
        assert is_null(feature["eda:ag_cloud_mask_available"])
    assert feature["item_json"] == item_json(item)
    assert json.dumps(json.loads(feature["item_json"])) == json.dumps(item)  # NaN != NaN
    if not feature.hasGeometry():
        assert any(p.startswith(f"{prefix}no map outline") for p in problems)
    stamp = properties.get("datetime") or properties.get("start_datetime")
    instant = feature["datetime"]
    if is_null(instant):
        assert stamp is None or any(
            p.startswith(prefix) and "cannot be read" in p for p in problems
        )
        return
    assert isinstance(instant, str)
    assert UTC_MILLIS.fullmatch(instant), (stamp, instant)
    if isinstance(stamp, str) and (millis := expected_utc_millis(stamp)) is not None:
        # Qt rounds sub-millisecond digits (.0005 s is 1 ms) where Python's division cuts them.
        fraction = re.search(r"\.(\d+)", stamp)
        rounds = fraction is not None and len(fraction.group(1)) > 3
        assert instant == utc_millis_text(millis) or (
            rounds and instant == utc_millis_text(millis + 1)
        ), (stamp, instant)


@given(items=st.lists(weighted((5, ITEM), (1, JSON)), max_size=6))
@examples("items")
@example(items=[{"id": "a", "properties": {"eo:cloud_cover": 10**400}}]).via("bug report")
@example(items=[{"id": "\0", "collection": "a\0b"}]).via("QGIS 3.40+ cuts text at a NUL")
@example(
    items=[
        {"id": "a", "properties": {"datetime": "0001-01-01T00:30:00+01:00"}},
        {"id": "b", "properties": {"datetime": "9999-12-31T23:30:00-01:00"}},
    ]
).via("bug report: a UTC year outside 1 to 9999 has no ISO text in Qt")
def test_any_items_become_typed_footprints_or_reported_skips(items: list[Any]) -> None:
    """footprint_rows never raises; every item is a feature or one reported skip; items with an
    id and STAC-typed fields are never skipped (a bad geometry only loses the outline); every
    row is written to a real footprint file, whose layer reads it back with its fields' types."""
    layer, problems, ids = footprint_layer([items], name="fuzz")
    assert layer.fields().names() == ["fid", *(name for name, _ in FOOTPRINT_FIELDS)]
    stored = {f.id(): f for f in layer.getFeatures()}
    assert len(ids) == len(stored) == layer.featureCount()
    assert sorted(stored) == sorted(ids)
    features = [stored[fid] for fid in ids]

    kept: list[Any] = []  # features follow their items' order; equal items fare equally
    remaining = iter(features)
    feature = next(remaining, None)
    for item in items:
        encoded = item_json(item) if isinstance(item, dict) else None
        if feature is not None and feature["item_json"] == encoded:
            kept.append(item)
            feature = next(remaining, None)
        else:
            assert not readable(item), f"item skipped: {problems}"
    assert feature is None, "a feature matches no item"
    skipped = len(items) - len(kept)
    event(f"items kept: {len(kept)} of {len(items)}")
    event(f"outlines: {sum(f.hasGeometry() for f in features)} of {len(features)} features")
    assert sum(": skipped, not a" in p for p in problems) >= skipped
    assert skipped <= len(problems) <= len(items)
    for item, stored_feature in zip(kept, features):
        check_feature(stored_feature, item, problems)


# --- Pages --------------------------------------------------------------------------------

SEARCH_URL = "https://api.example.test/v1/search"
SEARCH_BODY: dict[str, Any] = {"collections": ["sentinel-2-l2a"], "limit": 2}
PAGE_URL = st.builds("{}?page={}".format, st.just(SEARCH_URL), st.integers(1, 6))
HREF = weighted(
    (6, PAGE_URL),
    (
        2,
        st.sampled_from(
            [
                SEARCH_URL,  # back to the search: a loop when the body matches
                f"{SEARCH_URL}?token=abc",  # a secret that must stay out of messages
                "http://h:abc/search",  # a port that is not a number
                "https://api.example.test:99999/search",  # a port out of range
                "http://[broken/search",  # an unclosed IPv6 bracket
                "/search?page=3",  # relative
                "not a url",
            ]
        ),
    ),
    (1, TEXT),
    (1, JSON),
)
METHOD = weighted(
    (4, st.sampled_from(["GET", "POST"])),
    (1, st.sampled_from(["post", "Get", "PUT", "G ET", "GET\n", ""])),
    (1, JSON),
)
WELL_FORMED_NEXT = st.fixed_dictionaries(
    {"rel": st.just("next"), "href": HREF},
    optional={
        "method": METHOD,
        "body": st.dictionaries(SHORT_TEXT, JSON, max_size=3),
        "merge": st.booleans(),
        "headers": st.dictionaries(SHORT_TEXT, SHORT_TEXT, max_size=2),
    },
)
NEXT_LINK = weighted(
    (3, WELL_FORMED_NEXT),
    (
        1,
        with_extra_keys(
            st.fixed_dictionaries(
                {"rel": st.just("next")},
                optional={
                    "href": HREF,
                    "method": METHOD,
                    "body": JSON,
                    "merge": JSON,
                    "headers": JSON,
                },
            )
        ),
    ),
)
PAGE_LINKS = weighted(
    (4, st.lists(weighted((3, NEXT_LINK), (1, LINK)), min_size=1, max_size=3)), (1, JSON)
)
PAGE_ITEM = st.one_of(
    st.fixed_dictionaries({"id": SHORT_TEXT}), ITEM_ID.map(lambda i: {"id": i}), JSON
)
NUMBER_MATCHED = st.one_of(NUMBERS, JSON)
CONTEXT = with_extra_keys(
    st.fixed_dictionaries({}, optional={"matched": NUMBER_MATCHED, "returned": NUMBERS})
)
GOOD_PAGE = st.fixed_dictionaries(
    {
        "type": st.just("FeatureCollection"),
        "features": st.lists(PAGE_ITEM, min_size=1, max_size=4),
        "links": PAGE_LINKS,
    },
    optional={"numberMatched": NUMBER_MATCHED, "context": CONTEXT},
)
ODD_PAGE = with_extra_keys(
    st.fixed_dictionaries(
        {"type": st.one_of(st.just("FeatureCollection"), JSON)},
        optional={
            "features": st.one_of(st.lists(PAGE_ITEM, max_size=4), JSON),
            "links": PAGE_LINKS,
            "numberMatched": NUMBER_MATCHED,
            "context": CONTEXT,
        },
    )
)
PAGE = weighted((4, GOOD_PAGE), (1, ODD_PAGE))
NETWORK_ERRORS: list[requests.RequestException] = [
    requests.ConnectionError("Connection refused"),
    requests.ConnectTimeout(),
    requests.ReadTimeout(),
    requests.exceptions.SSLError(),
    requests.exceptions.ChunkedEncodingError(),
]
BODY_TEXT = weighted(
    (8, st.builds(json.dumps, PAGE)),
    # As servers that do not escape send it: each feature's bytes are then re-encoded, not cut.
    (4, st.builds(lambda page: json.dumps(page, ensure_ascii=False), PAGE)),
    (1, st.builds(json.dumps, JSON)),
    (1, TEXT),  # not JSON, mostly
    (1, st.builds(lambda depth: "[" * depth + "]" * depth, st.integers(1, 100_000))),
)


@dataclass(frozen=True)
class Reply:
    """What the fake server answers to one request."""

    status: int = 200
    text: str = ""
    reason: str | None = "OK"
    content_type: str = "application/geo+json"
    network_error: requests.RequestException | None = None


REPLY = weighted(
    (12, st.builds(Reply, st.just(200), BODY_TEXT)),
    (
        2,
        st.builds(
            Reply,
            st.sampled_from([201, 204, 301, 400, 401, 403, 404, 413, 429, 500, 502, 503]),
            BODY_TEXT,
            st.none() | SHORT_TEXT,
            st.sampled_from(["application/json", "text/html", "text/plain", ""]),
        ),
    ),
    (1, st.builds(Reply, network_error=st.sampled_from(NETWORK_ERRORS))),
)


class FakeResponse:
    """The parts of requests.Response the plugin reads."""

    def __init__(self, url: str, reply: Reply) -> None:
        self.url = url
        self.status_code = reply.status
        self.ok = reply.status < 400
        self.reason = reply.reason
        self.text = reply.text
        # Lone surrogates survive as bytes no UTF-8 decoder accepts, as on the wire.
        self.content = reply.text.encode("utf-8", "surrogatepass")
        self.headers = {"Content-Type": reply.content_type}

    def json(self) -> Any:
        """The body parsed as Response.json() does (ValueError when it is not JSON)."""
        return json.loads(self.text)


# urllib3 2 refuses methods that are not an HTTP token with ValueError, before connecting.
HTTP_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]*")


@dataclass
class FakeSession:
    """A requests.Session that answers with `replies` in turn, then the last one again.

    Each request is first prepared by requests itself, so a URL, header or body requests would
    refuse raises the same RequestException; more requests than `limit` mean paging does not
    stop, and fail the test.
    """

    replies: list[Reply]
    limit: int
    calls: list[tuple[str, str, Any]] = field(default_factory=list)

    def request(self, method: str, url: str, json: Any = None, headers: Any = None) -> FakeResponse:
        """The next reply to `method url`, or the error requests would raise for it."""
        self.calls.append((method, url, json))
        assert len(self.calls) <= self.limit, "paging does not stop"
        requests.Request(method, url, json=json, headers=headers).prepare()
        if not HTTP_TOKEN.fullmatch(method):
            raise ValueError(f"Method cannot contain non-token characters {method!r}")
        reply = self.replies[min(len(self.calls), len(self.replies)) - 1]
        if reply.network_error is not None:
            raise reply.network_error
        return FakeResponse(url, reply)


def read_pages(
    session: FakeSession, max_items: int | None, cancelled: Callable[[], bool]
) -> tuple[list[Page], EarthPlatformError | None]:
    """The pages iter_pages yields until it ends, and the plugin error that ended it if any."""
    pages: list[Page] = []
    try:
        for page in iter_pages(
            session,  # type: ignore[arg-type]
            SEARCH_URL,
            SEARCH_BODY,
            max_items=max_items,
            cancelled=cancelled,
        ):
            pages.append(page)
    except EarthPlatformError as error:
        return pages, error
    return pages, None


@given(
    replies=st.lists(REPLY, min_size=1, max_size=5),
    max_items=st.none() | st.integers(0, 12),
    cancel_after=st.none() | st.integers(0, 5),
)
@examples("pages")
@example(
    replies=[Reply(text=json.dumps({"type": "FeatureCollection", "features": [], "links": {}}))],
    max_items=None,
    cancel_after=None,
).via("bug report")
def test_any_pages_parse_or_end_with_a_typed_error(
    replies: list[Reply], max_items: int | None, cancel_after: int | None
) -> None:
    """iter_pages raises nothing but ApiError or CancelledError, whatever the server sends;
    the pages it yields are well formed and add up; it stops after at most one repeat."""
    session = FakeSession(replies, limit=len(replies) + 2)

    def cancelled() -> bool:
        return cancel_after is not None and len(session.calls) >= cancel_after

    pages, error = read_pages(session, max_items, cancelled)
    event(f"requests: {len(session.calls)}")
    event(f"ended by: {type(error).__name__ if error else 'last page'}")

    assert isinstance(error, (ApiError, CancelledError, type(None)))
    if isinstance(error, CancelledError):
        assert cancelled()
    if isinstance(error, ApiError):
        assert str(error)
        assert "token=abc" not in error.url
    assert len(session.calls) <= len(replies) + 1
    assert session.calls[:1] in ([], [("POST", SEARCH_URL, SEARCH_BODY)])
    total = 0
    for index, page in enumerate(pages):
        assert page.index == index
        assert isinstance(page.features, list)
        if page.texts is not None:  # each feature's own JSON, read back, is the feature
            assert len(page.texts) == len(page.features)
            for text, feature in zip(page.texts, page.features):
                assert json.dumps(json.loads(text)) == json.dumps(feature)
        total += len(page.features)
        assert page.items_so_far == total
        assert page.number_matched is None or type(page.number_matched) is int
    if max_items is not None:
        assert total <= max_items


def looping_page(href: str, method: str, body: Any, merge: bool) -> str:
    """A page of one item whose next link is `method href` with this body."""
    link = {"rel": "next", "href": href, "method": method, "body": body, "merge": merge}
    return json.dumps({"type": "FeatureCollection", "features": [{"id": "a"}], "links": [link]})


@given(
    distinct=st.lists(st.integers(0, 10**6), max_size=3, unique=True),
    target=st.sampled_from(["search", "first GET", "last"]),
    merge=st.booleans(),
)
@examples("page_loops")
def test_a_next_link_back_to_a_page_already_read_ends_with_api_error(
    distinct: list[int], target: str, merge: bool
) -> None:
    """A next link leading back to any page already read ends paging with ApiError, not a hang.

    Pages go search -> ?page=n for each n in `distinct` -> the target: the search again (POST
    with its body, or an empty body merged into it), the first GET page, or the last page itself.
    """
    hops = [f"{SEARCH_URL}?page={n}" for n in distinct]
    loop: tuple[str, str, Any, bool]
    if target == "search" or not hops:
        loop = (SEARCH_URL, "POST", {} if merge else SEARCH_BODY, merge)
    else:
        loop = (hops[0] if target == "first GET" else hops[-1], "GET", None, False)
    nexts: list[tuple[str, str, Any, bool]] = [*((h, "GET", None, False) for h in hops), loop]
    session = FakeSession([Reply(text=looping_page(*n)) for n in nexts], limit=len(nexts) + 2)

    pages, error = read_pages(session, None, lambda: False)

    assert isinstance(error, ApiError)
    assert "points back at a page already read" in str(error)
    assert len(pages) == len(session.calls)


# --- Search text --------------------------------------------------------------------------


def search_text(parse: Callable[[Any], Any], value: Any) -> tuple[Any, list[Problem]]:
    """What `parse` makes of the value, or None and the problems of its SearchSpecError."""
    try:
        return parse(value), []
    except SearchSpecError as error:
        return None, error.problems


QUERY_VALUE = st.one_of(NUMBERS, SHORT_TEXT, st.booleans(), st.lists(SCALARS, max_size=3), JSON)
QUERY = st.dictionaries(
    st.one_of(
        st.sampled_from(["eo:cloud_cover", "platform", "eda:ag_cloud_mask_available"]), SHORT_TEXT
    ),
    st.one_of(
        st.dictionaries(
            st.one_of(st.sampled_from(QUERY_OPERATORS), SHORT_TEXT), QUERY_VALUE, max_size=3
        ),
        JSON,
    ),
    max_size=3,
)


def damaged(text: str, cut: int, insert: str) -> str:
    """The text with a piece of it replaced, as a half-edited query is."""
    at = cut % (len(text) + 1)
    return text[:at] + insert + text[at + 1 :]


QUERY_TEXT = st.one_of(
    st.builds(json.dumps, QUERY),
    st.builds(lambda q, indent: json.dumps(q, indent=indent), QUERY, st.integers(0, 4)),
    st.builds(
        damaged,
        st.builds(json.dumps, QUERY),
        st.integers(0, 200),
        st.sampled_from(
            ["", "{", "}", '"', ",", "NaN", "Infinity", "-Infinity", "1e400", "-1e999", '"a": 1,']
        ),
    ),
    st.builds(json.dumps, JSON),
    TEXT,
    st.sampled_from(['{"a": {"eq": 1}, "a": {"lt": 2}}', "{} {}", "\ufeff{}", "  \n\t"]),
    st.builds(lambda depth: "[" * depth + "]" * depth, st.integers(1, 100_000)),
    st.builds(lambda depth: '{"a":' * depth + "1" + "}" * depth, st.integers(1, 100_000)),
)


@given(text=QUERY_TEXT)
@examples("query")
@example(text="[" * 100_000).via("bug report")
@example(text='{"platform": {"lt": 1e400}}').via("bug report")
@example(text='{"eo:cloud_cover": {"lt": 1' + "0" * 400 + "}}").via("bug report")
def test_query_text_parses_to_valid_strict_json_or_raises_search_spec_error(text: str) -> None:
    """parse_query returns a query object of operators, which the API can read (strict JSON:
    no NaN or Infinity), or raises SearchSpecError with its problems; nothing else escapes."""
    query, problems = search_text(parse_query, text)
    if query is None:
        assert problems
        assert all(p.field == "query" and p.message for p in problems)
        return
    assert isinstance(query, dict)
    for operators in query.values():
        assert isinstance(operators, dict)
        assert operators
        assert set(operators) <= set(QUERY_OPERATORS)
    json.dumps(query, allow_nan=False)
    assert SearchSpec(collections=["c"], query=query).validate() == []


@given(
    text=st.one_of(
        TEXT,
        st.lists(
            st.one_of(SHORT_TEXT, st.sampled_from([" ", ",", ";", "\n", "\u2028", "\u00a0"])),
            max_size=20,
        ).map("".join),
    )
)
@examples("ids")
def test_id_text_parses_to_unique_separator_free_ids(text: str) -> None:
    """parse_ids never raises; its ids are non-empty, unique, free of separators, from the text,
    and read back as they are when written one per line."""
    ids = parse_ids(text)
    assert all(ids)
    assert len(set(ids)) == len(ids)
    assert not any(ID_SEPARATORS.search(part) for part in ids)
    assert all(part in text for part in ids)
    assert parse_ids("\n".join(reversed(ids))) == ids[::-1]


STORED_TIME = st.one_of(
    st.builds(lambda m: m.isoformat(), st.datetimes()),
    st.builds(
        lambda m, o: m.replace(tzinfo=dt.timezone(dt.timedelta(minutes=o))).isoformat(),
        st.datetimes(),
        OFFSET_MINUTES,
    ),
    TIMESTAMP,
    st.none(),
    JSON,
)
SORT_FIELD = with_extra_keys(
    st.fixed_dictionaries(
        {},
        optional={
            "field": st.one_of(SHORT_TEXT, JSON),
            "descending": st.one_of(st.booleans(), JSON),
        },
    )
)
STORED_SPEC = with_extra_keys(
    st.fixed_dictionaries(
        {},
        optional={
            "collections": st.one_of(st.lists(SHORT_TEXT, max_size=3), JSON),
            "start": STORED_TIME,
            "end": STORED_TIME,
            "intersects": GEOMETRY,
            "query": st.one_of(QUERY, JSON),
            "sortby": st.one_of(st.lists(SORT_FIELD, max_size=3), JSON),
            "limit": st.one_of(st.integers(-5, 20_000), JSON),
            "max_items": st.one_of(st.none(), st.integers(-5, 20_000), JSON),
            "ids": st.one_of(st.lists(SHORT_TEXT, max_size=3), JSON),
        },
    )
)


@given(data=STORED_SPEC)
@examples("stored_spec")
@example(data={"start": "0001-01-01T00:00:00+01:00"}).via("bug report")
@example(data=[]).via("bug report")
@example(data={"intersects": {"type": "Point", "coordinates": [10**400, 0]}}).via("bug report")
def test_stored_spec_loads_or_raises_search_spec_error(data: Any) -> None:
    """SearchSpec.from_dict loads any JSON value (the dock reads it from the settings, which
    anyone can edit) as a spec or raises SearchSpecError; a loaded spec validates
    without raising, stores back to the same dict, and, when valid, gives a request body and
    a Python script that compiles."""
    spec, problems = search_text(SearchSpec.from_dict, data)
    if spec is None:
        assert problems
        return
    problems = spec.validate()
    assert all(isinstance(p, Problem) for p in problems)
    stored = json.dumps(spec.to_dict())
    assert json.dumps(SearchSpec.from_dict(json.loads(stored)).to_dict()) == stored
    if not problems:
        body = spec.to_request_body()
        assert isinstance(body, dict)
        compile(spec.to_python_code("https://api.example.test", "https://auth.test"), "s", "exec")


NEXT_PAGE = looping_page(f"{SEARCH_URL}?page=2", "GET", None, False)


@pytest.mark.parametrize(
    ("replies", "said"),
    [
        ([Reply(text="{not json")], "The catalog sent a page of results that is not valid JSON"),
        ([Reply(text=json.dumps({"type": "Feature"}))], "not a GeoJSON FeatureCollection"),
        (
            [Reply(500, json.dumps({"message": "on fire"}), "Internal Server Error")],
            "Search failed: HTTP 500 Internal Server Error: on fire",
        ),
        ([Reply(network_error=requests.ReadTimeout())], "api.example.test stopped answering"),
        ([Reply(text=NEXT_PAGE), Reply(text=NEXT_PAGE)], "points back at a page already read"),
        ([Reply(text=NEXT_PAGE)], None),  # cancelled after the first request
    ],
)
def test_what_paging_lets_escape_reaches_the_analyst_in_its_own_words(
    replies: list[Reply], said: str | None
) -> None:
    """The errors the fuzz tests let out of iter_pages (ApiError, CancelledError) are the ones
    a task turns into the analyst's words: the error's own message, or a cancelled search,
    never "stopped on an unexpected error" (what any other exception becomes). SearchSpecError
    goes next to its field instead (test_dock's invalid-input test)."""
    session = FakeSession(replies, limit=len(replies) + 2)

    class ReadPages(CoreTask):
        def work(self) -> None:
            cancelled = (lambda: len(session.calls) >= 1) if said is None else (lambda: False)
            for _ in iter_pages(
                session,  # type: ignore[arg-type]
                SEARCH_URL,
                SEARCH_BODY,
                cancelled=cancelled,
            ):
                pass

    task = ReadPages("EarthPlatform: search", TaskOutcome(None))
    assert task.run() is False
    if said is None:
        assert (task.outcome.cancelled, task.outcome.error) == (True, "")
    else:
        assert said in task.outcome.error
        assert "unexpected error" not in task.outcome.error
        assert not task.outcome.cancelled
