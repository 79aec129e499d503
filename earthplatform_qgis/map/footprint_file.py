"""The GeoPackage a search's footprints live in: its schema, rows made from STAC items, and
the writer the search task appends each page with.

The footprints are on disk, not in QGIS's memory: a 100,000-item search keeps about 8 KB of
item JSON per item, which a memory layer would hold in RAM for as long as the layer lives.
The search task writes through GDAL in its own thread (QGIS's provider belongs to the layer,
on the GUI thread), one transaction a page, in WAL mode so that QGIS reads the committed
pages while the next one is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr, osr
from qgis.core import QgsRectangle
from qgis.PyQt.QtCore import QDateTime, Qt, QTimeZone

from earthplatform_qgis.map.geometry import polygon_from_geojson
from earthplatform_qgis.stac.errors import EarthPlatformError
from earthplatform_qgis.stac.links import readable_href
from earthplatform_qgis.stac.masks import AG_MASK, EDA_MASK
from earthplatform_qgis.stac.words import tr

TABLE = "footprints"
DATETIME = "datetime"
CLOUD_COVER = "eo:cloud_cover"
ITEM_JSON = "item_json"
# Field name -> kind, in table order. Names are the STAC ones so expressions read like the API.
# item_json comes last: SQLite then reads a row's other columns without its ~8 KB of JSON.
# The datetime is ISO 8601 text in UTC to the millisecond ("2022-07-01T10:32:11.024Z"): text
# sorts and compares in time order, and QGIS 3.22 reads GeoPackage datetimes up to 1 ms off.
FOOTPRINT_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("collection", "string"),
    (DATETIME, "string"),
    (CLOUD_COVER, "double"),
    ("platform", "string"),
    (AG_MASK.available, "bool"),
    (AG_MASK.item_id, "string"),
    (EDA_MASK.item_id, "string"),
    ("thumbnail", "string"),
    ("self", "string"),
    (ITEM_JSON, "string"),
)
# What a NUL character (which SQLite text cannot hold) or a lone UTF-16 surrogate becomes in
# an attribute; item_json then keeps the item with both \u-escaped.
REPLACEMENT = "\ufffd"
# Compact and without the circular-reference check: item_json is most of the write time.
_ITEM_ENCODER = json.JSONEncoder(check_circular=False, separators=(",", ":"))
_OGR_TYPES = {"string": ogr.OFTString, "double": ogr.OFTReal, "bool": ogr.OFTInteger}
# Typed setters where the bindings have them: ogr.Feature.SetField works out the type at each
# call, a third of a write (there is no SetFieldDouble before GDAL 3.8).
_SETTERS = {
    "string": ogr.Feature.SetFieldString,
    "double": ogr.Feature.SetField,
    "bool": ogr.Feature.SetFieldInteger64,
}


@dataclass(frozen=True)
class FootprintRow:
    """One item's attributes, in FOOTPRINT_FIELDS order, and its outline as WKB (or none)."""

    values: tuple[Any, ...]
    wkb: bytes | None
    extent: QgsRectangle | None

    @property
    def stamp(self) -> tuple[str | None, float | None]:
        """Its datetime (ISO text in UTC) and cloud cover."""
        return self.values[2], self.values[3]


class FootprintFileError(EarthPlatformError):
    """The footprint file cannot be made or written (disk full, folder gone): the message
    names the file and GDAL's reason."""


def create_footprint_file(path: Path) -> None:
    """An empty footprint GeoPackage at path (EPSG:4326 multipolygons, FOOTPRINT_FIELDS)."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    if source is None:
        raise FootprintFileError(
            tr("{path} cannot be created: {reason}").format(path=path, reason=gdal_reason())
        )
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    table = source.CreateLayer(TABLE, wgs84, ogr.wkbMultiPolygon, ["FID=fid"])
    if table is None:
        raise FootprintFileError(
            tr("{path} cannot be created: {reason}").format(path=path, reason=gdal_reason())
        )
    for name, kind in FOOTPRINT_FIELDS:
        field = ogr.FieldDefn(name, _OGR_TYPES[kind])
        if kind == "bool":
            field.SetSubType(ogr.OFSTBoolean)
        table.CreateField(field)
    # Readers see each committed page while the next is written, and never block the writer.
    _execute(source, "PRAGMA journal_mode=WAL")
    source = None  # closed: the table is on disk before any layer opens it


def _execute(source: Any, statement: str) -> None:
    """Run an SQL statement on the file, its result set (if any) handed back to GDAL."""
    result = source.ExecuteSQL(statement)
    if result is not None:  # a result set GDAL wants back before the file is closed
        source.ReleaseResultSet(result)


@contextmanager
def kept_in_wal(path: Path) -> Iterator[None]:
    """Hold the footprint file at path open in WAL mode for the block: QGIS opens its layer
    in it (open_footprint_layer).

    QGIS 3.22's OGR provider first opens a GeoPackage in update mode and, closing that handle
    while no other of its own has the file open, sets the journal back to DELETE; its readers
    then open the file with GDAL's NOLOCK=ON, which GDAL honours for a rollback journal (SQLite
    takes no lock at all) and refuses in WAL mode. The search's writer would then commit pages
    under readers that read them half written ("database disk image is malformed", "invalid
    rootpage"). SQLite leaves WAL mode only on a connection with the file to itself, so while
    this one is open QGIS's switch fails (quietly) and its readers open as WAL readers; from
    then on the layer's own connection keeps the file open, and in WAL, until the search ends.
    """
    try:
        source = ogr.Open(str(path), 0)
    except RuntimeError:  # GDAL's, where gdal.UseExceptions() is on
        source = None  # nor can QGIS read it: its layer comes out invalid, and says so
    try:
        yield
    finally:
        del source  # closed: the layer's own connection holds the file from now on


def layer_source(path: Path) -> str:
    """The OGR data source QGIS opens the footprint table of path with."""
    return f"{path}|layername={TABLE}"


def file_of_source(source: str) -> Path | None:
    """The GeoPackage an OGR layer source reads (None for any other source)."""
    path = source.split("|", 1)[0]
    return Path(path) if path.lower().endswith(".gpkg") else None


def footprint_rows(
    items: Iterable[Any], texts: Sequence[bytes] | None = None
) -> tuple[list[FootprintRow], list[str]]:
    """Rows for STAC items, and what was wrong with any of them, for the log.

    `texts`, where given, are the items' JSON as the server sent them (UTF-8, one per item):
    item_json keeps them as they are instead of encoding each item again.

    Never raises: an item whose geometry is missing or unusable keeps its attributes without
    a geometry, and anything that is not an item at all is skipped; both are reported.
    """
    rows: list[FootprintRow] = []
    problems: list[str] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or item.get("id") is None:
            problems.append(
                tr("result {number}: skipped, not a STAC item (no id)").format(number=index + 1)
            )
            continue
        try:
            row, problem = _row(item, texts[index] if texts else None)
        except Exception as error:  # one malformed item must not lose the rest of the search
            problems.append(
                tr("{item}: skipped, not a readable STAC item ({error})").format(
                    item=_text(item["id"]), error=repr(error)
                )
            )
            continue
        rows.append(row)
        if problem:
            problems.append(tr("{item}: {problem}").format(item=row.values[0], problem=problem))
    return rows, problems


def _row(item: dict[str, Any], text: bytes | None) -> tuple[FootprintRow, str | None]:
    """One item's row, and what is wrong with its geometry, datetime or texts if anything."""
    properties = item.get("properties") or {}
    assets = item.get("assets") or {}
    thumbnail = assets.get("thumbnail")
    when = properties.get(DATETIME) or properties.get("start_datetime")
    instant, problem = stac_datetime(when)
    texts = [
        item["id"],
        item.get("collection"),
        properties.get("platform"),
        properties.get(AG_MASK.item_id),
        properties.get(EDA_MASK.item_id),
        readable_href(thumbnail) if isinstance(thumbnail, dict) else None,
        _self_href(item.get("links")),
    ]
    shown = [_text(value) for value in texts]
    if shown != [None if value is None else str(value) for value in texts]:
        problem = _joined(
            problem,
            tr("NUL characters and lone surrogates are shown as {replacement}").format(
                replacement=REPLACEMENT
            ),
        )
    item_id, collection, platform, ag_mask_id, eda_mask_id, thumbnail_href, self_href = shown
    stamp = None if instant is None else instant.toString(Qt.DateFormat.ISODateWithMs)
    if stamp == "":  # Qt writes no ISO text outside the years 1-9999, which UTC may leave
        problem = _joined(
            problem,
            tr("datetime {value} cannot be read in UTC (a year beyond 1-9999)").format(
                value=repr(_text(when))
            ),
        )
        stamp = None
    values = (
        item_id,
        collection,
        stamp,
        _number(properties.get(CLOUD_COVER)),
        platform,
        _flag(properties.get(AG_MASK.available)),
        ag_mask_id,
        eda_mask_id,
        thumbnail_href,
        self_href,
        _item_json(item, text),
    )
    try:
        geometry, geometry_problem = polygon_from_geojson(item.get("geometry"))
    except (TypeError, ValueError, IndexError, KeyError, AttributeError):
        geometry, geometry_problem = None, tr("no map outline: the geometry cannot be read")
    wkb, extent = None, None
    if geometry is not None:
        geometry.convertToMultiType()  # the table holds multipolygons, as GeoPackage asks
        wkb, extent = bytes(geometry.asWkb()), geometry.boundingBox()
    return FootprintRow(values, wkb, extent), _joined(geometry_problem, problem)


def _joined(*problems: str | None) -> str | None:
    return "; ".join(p for p in problems if p) or None


def _item_json(item: dict[str, Any], text: bytes | None) -> str:
    if text is not None:
        decoded = text.decode("utf-8", "replace")
        if "\0" not in decoded:
            return decoded
    # ASCII with \u escapes: NULs and lone surrogates survive as JSON says them.
    return _ITEM_ENCODER.encode(item)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).replace("\0", REPLACEMENT)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, from a "\ud800" escape: not UTF-8
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _number(value: Any) -> float | None:
    # bool is an int to Python, but `true` is no cloud cover.
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    try:
        return float(value)
    except OverflowError:  # a JSON integer beyond any double, 1 followed by 400 zeros
        return None


def _flag(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _self_href(links: Any) -> str | None:
    for link in links or ():
        if isinstance(link, dict) and link.get("rel") == "self" and link.get("href"):
            return str(link["href"])
    return None


def stac_datetime(value: Any) -> tuple[QDateTime | None, str | None]:
    """An RFC 3339 timestamp as a UTC QDateTime (millisecond precision; item_json keeps all)."""
    if value is None:
        return None, None
    instant = QDateTime.fromString(str(value), Qt.DateFormat.ISODateWithMs)
    if not instant.isValid():
        return None, tr("datetime {value} cannot be read").format(value=repr(_text(value)))
    if instant.timeSpec() == Qt.TimeSpec.LocalTime:
        # No offset given: STAC times are UTC, never the local time of whoever searches.
        # (setTimeZone, not setTimeSpec: Qt 6.9 deprecates the time-spec setters.)
        instant.setTimeZone(QTimeZone.utc())
    return instant.toUTC(), None


@dataclass(frozen=True)
class WrittenPage:
    """What one page added to the file: the new features' ids and the extent they cover."""

    feature_ids: list[int]
    extent: QgsRectangle | None


class FootprintWriter:
    """Appends rows to a footprint file, one transaction a page (for one thread: the search
    task's). close() (or leaving the with block) makes the file complete: feature count,
    extent and spatial index written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._source = ogr.Open(str(path), 1)
        if self._source is None:
            raise FootprintFileError(
                tr("{path} cannot be opened for writing: {reason}").format(
                    path=path, reason=gdal_reason()
                )
            )
        # A commit then waits for no disk flush (WAL keeps the file consistent, it may lose
        # the last pages if the machine loses power): 3 ms a page less, on the search's path.
        _execute(self._source, "PRAGMA synchronous=NORMAL")
        self._table = self._source.GetLayerByName(TABLE)
        self._definition = self._table.GetLayerDefn()
        self._setters = [_SETTERS[kind] for _, kind in FOOTPRINT_FIELDS]

    def __enter__(self) -> FootprintWriter:
        return self

    def __exit__(self, *_exception: object) -> None:
        self.close()

    def write(self, rows: Sequence[FootprintRow]) -> WrittenPage:
        """Add rows in one transaction; raises FootprintFileError (nothing of the page kept)
        if any cannot be written."""
        extent: QgsRectangle | None = None
        ids: list[int] = []
        try:
            self._check(self._source.StartTransaction(), tr("start a transaction"))
            for row in rows:
                ids.append(self._insert(row))
                if row.extent is not None:
                    extent = QgsRectangle(row.extent) if extent is None else extent
                    extent.combineExtentWith(row.extent)
            self._check(self._source.CommitTransaction(), tr("commit a page"))
        except RuntimeError as error:  # GDAL's, where gdal.UseExceptions() is on
            self._source.RollbackTransaction()
            raise FootprintFileError(f"{self.path}: {error}") from error
        except BaseException:
            self._source.RollbackTransaction()
            raise
        return WrittenPage(ids, extent)

    def _insert(self, row: FootprintRow) -> int:
        feature = ogr.Feature(self._definition)
        for index, (value, setter) in enumerate(zip(row.values, self._setters)):
            if value is None:
                feature.SetFieldNull(index)
            else:
                setter(feature, index, value)
        if row.wkb is not None:
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(row.wkb))
        self._check(
            self._table.CreateFeature(feature), tr("write item {item}").format(item=row.values[0])
        )
        return int(feature.GetFID())

    def _check(self, code: Any, doing: str) -> None:
        # Returned as a code, or raised as RuntimeError where gdal.UseExceptions() is on.
        if code not in (0, None):
            raise FootprintFileError(
                tr("{path}: cannot {doing}: {reason}").format(
                    path=self.path, doing=doing, reason=gdal_reason()
                )
            )

    def close(self) -> None:
        if self._source is not None:
            # Days picked in the calendar are ranges of the datetime text: an index reads them
            # without a pass over every footprint (0.3 s at 100,000 on QGIS's thread).
            index = f'CREATE INDEX IF NOT EXISTS {TABLE}_{DATETIME} ON {TABLE}("{DATETIME}")'
            _execute(self._source, index)
            self._table = self._definition = None
            self._source = None  # GDAL writes the extent and spatial index on closing


def gdal_reason() -> str:
    """GDAL's last error message, or words saying it gave none."""
    return gdal.GetLastErrorMsg() or tr("no reason given")
