"""`earthplatform:fieldclearsky`: how much clear sky each field had in every image of a period,
as a table of one row per field and item, counted from the items' cloud masks.

The search and the counting are the dock's own (stac core paging, tasks.clearsky); this module
reads the parameters, checks them in the analyst's words and writes the table.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any, Generic, TypeVar

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from earthplatform_qgis.credentials import resolve_connection
from earthplatform_qgis.map.area import ExtentError, describe_extent, fields_to_intersects
from earthplatform_qgis.map.clearsky import ClearSkyRow
from earthplatform_qgis.map.clearsky_table import clear_sky_features, clear_sky_fields
from earthplatform_qgis.map.compat import POLYGON_GEOMETRY
from earthplatform_qgis.map.fields import FieldSet, read_fields
from earthplatform_qgis.network import client_for
from earthplatform_qgis.settings import Settings
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection
from earthplatform_qgis.stac.errors import CancelledError, EarthPlatformError
from earthplatform_qgis.stac.spec import SearchSpec, SearchSpecError, parse_ids
from earthplatform_qgis.tasks.clearsky import ClearSkyResult, compute_clear_sky

T = TypeVar("T")
Item = dict[str, Any]

# Processing's enums moved into Qgis in 3.36 (WkbType in 3.30); QGIS 3.22 knows only the
# classes' own, which later releases keep only as aliases.
if hasattr(Qgis, "ProcessingSourceType"):
    POLYGON_LAYERS = Qgis.ProcessingSourceType.VectorPolygon
    TABLE = Qgis.ProcessingSourceType.Vector
    DOUBLE = Qgis.ProcessingNumberParameterType.Double
    DATE_TIME = Qgis.ProcessingDateTimeParameterDataType.DateTime
    NO_VALIDITY_CHECKS = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
else:
    POLYGON_LAYERS = QgsProcessing.SourceType.TypeVectorPolygon
    TABLE = QgsProcessing.SourceType.TypeVector
    DOUBLE = QgsProcessingParameterNumber.Type.Double
    DATE_TIME = QgsProcessingParameterDateTime.Type.DateTime
    NO_VALIDITY_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
NO_GEOMETRY = Qgis.WkbType.NoGeometry if hasattr(Qgis, "WkbType") else QgsWkbTypes.Type.NoGeometry
FAST_INSERT = QgsFeatureSink.Flag.FastInsert

FIELDS, FIELD_ID, COLLECTIONS = "FIELDS", "FIELD_ID", "COLLECTIONS"
START, END, MAX_CLOUD, MIN_CLEAR, OUTPUT = "START", "END", "MAX_CLOUD", "MIN_CLEAR", "OUTPUT"
DEFAULT_COLLECTIONS = "sentinel-2-l2a"
# The share of the progress bar the search takes; the counting takes the rest.
SEARCH_SHARE = 10.0
# How often the algorithm relays the counting's progress and looks for a cancel.
POLL_S = 0.1
# Per-field warnings beyond this many are summed up in one line.
MAX_WARNINGS = 20
WORKER_NAME = "earthplatform-fieldclearsky"

HELP = """<p>How much clear sky each field had in every image of a period: one row per field
and EarthPlatform item whose footprint touches it, counted pixel by pixel from the item's cloud
mask (the agriculture cloud mask where the item has one, else the EDA cloud mask, else
Sentinel-2's scene classification).</p>
<p><b>Fields</b>: a polygon layer; with <i>Selected features only</i>, only those. Invalid
polygons are repaired (the row's note says so); features without an area are left out, with a
warning. <b>Field id attribute</b> names the fields in the table (the feature id when empty).</p>
<p><b>Collections</b>: collection ids, separated by commas. <b>Start</b> and <b>End</b> bound
the acquisition time, in UTC; a date alone means 00:00 UTC that day. <b>Maximum tile cloud
cover</b> skips items whose whole-tile cloud cover (eo:cloud_cover) is higher, before anything
is counted; 100 keeps every item. <b>Minimum clear sky</b> leaves out the rows of fields that
had less clear sky than that, in percent of their valid pixels; rows without a figure (no
readable mask, the field outside the mask) are kept only when it is 0.</p>
<p>Columns: field_id, item_id, collection, datetime (UTC), mask (agriculture, eda or scl),
clear_pct, cloud_pct, shadow_pct, other_pct (percent of valid_px), valid_px (the field's
pixels with a mask value), field_px (the field's pixels), note (what is odd about the row).</p>
<p>An item whose cloud mask cannot be read (missing, refused, damaged) does not stop the count:
its rows have no figures, their note says why, and the log names the item.</p>
<p>Signs in as the EarthPlatform dock does: the credentials saved in its settings (QGIS
Authentication Manager), else the EDS_CLIENT_ID and EDS_SECRET environment variables, else
~/.earthdaily/credentials.</p>"""


@dataclass(frozen=True)
class Choices:
    """What the analyst asked for, read and checked: the search and the table's threshold."""

    spec: SearchSpec
    min_clear: float


class FieldClearSkyAlgorithm(QgsProcessingAlgorithm):
    """Clear sky over fields: search the catalog over the fields, count each item's cloud mask
    under each field, write the table."""

    def name(self) -> str:
        """The id within the provider: earthplatform:fieldclearsky."""
        return "fieldclearsky"

    def displayName(self) -> str:  # noqa: N802 (QGIS's name)
        """The title in the toolbox."""
        return "Clear sky over fields"

    def group(self) -> str:
        """No group: the algorithm sits right under the provider."""
        return ""

    def groupId(self) -> str:  # noqa: N802 (QGIS's name)
        """No group."""
        return ""

    def tags(self) -> list[str]:
        """Words the toolbox's search finds the algorithm by."""
        return ["stac", "earthdaily", "sentinel-2", "cloud", "mask", "clear", "sky", "field"]

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS's name)
        """The help shown beside the parameters."""
        return HELP

    def createInstance(self) -> FieldClearSkyAlgorithm:  # noqa: N802 (QGIS's name)
        """A fresh copy, as Processing makes one for every run."""
        return FieldClearSkyAlgorithm()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        """The parameters, in the order the dialog shows them."""
        self.addParameter(QgsProcessingParameterFeatureSource(FIELDS, "Fields", [POLYGON_LAYERS]))
        self.addParameter(
            QgsProcessingParameterField(
                FIELD_ID,
                "Field id attribute",
                parentLayerParameterName=FIELDS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                COLLECTIONS, "Collections (ids, comma-separated)", DEFAULT_COLLECTIONS
            )
        )
        self.addParameter(QgsProcessingParameterDateTime(START, "Start (UTC)", DATE_TIME))
        self.addParameter(QgsProcessingParameterDateTime(END, "End (UTC)", DATE_TIME))
        for name, description, default in (
            (MAX_CLOUD, "Maximum tile cloud cover (%)", 100.0),
            (MIN_CLEAR, "Minimum clear sky over the field (%)", 0.0),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    name, description, DOUBLE, default, minValue=0.0, maxValue=100.0
                )
            )
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, "Clear sky table", TABLE))

    def processAlgorithm(  # noqa: N802 (QGIS's name)
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback | None,
    ) -> dict[str, Any]:
        """Search, count and write the table; QgsProcessingException says what is wrong."""
        feedback = feedback or QgsProcessingFeedback()
        choices = self._choices(parameters, context)
        fieldset = self._fieldset(parameters, context, feedback)
        choices.spec.intersects = search_area(fieldset, context.transformContext())
        connection = configured_connection()
        sink, destination = self.parameterAsSink(
            parameters,
            OUTPUT,
            context,
            clear_sky_fields(),
            NO_GEOMETRY,
            QgsCoordinateReferenceSystem(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        client = client_for(connection)
        try:
            items = search_items(client, choices.spec, feedback)
            result = count_clear_sky(client, items, fieldset, context.transformContext(), feedback)
        except CancelledError:
            feedback.pushInfo("Cancelled: the table is left empty.")
            return {OUTPUT: destination}
        finally:
            client.close()
        rows = [row for row in result.rows if keep_row(row, choices.min_clear)]
        if not sink.addFeatures(clear_sky_features(rows, clear_sky_fields()), FAST_INSERT):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, OUTPUT))
        warn_each(feedback, [f"Field {f}: no item found covers it" for f in result.uncovered])
        warn_each(feedback, without_figures(result.rows))
        feedback.pushInfo(summary(rows, result, fieldset, items, choices.min_clear))
        return {OUTPUT: destination}

    def checkParameterValues(  # noqa: N802 (QGIS's name)
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[bool, str]:
        """Processing's checks, then the search's own (dates in order, collection ids), so the
        dialog says what is wrong before anything runs."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self._choices(parameters, context)
        except QgsProcessingException as error:
            return False, str(error)
        return True, ""

    def _choices(self, parameters: dict[str, Any], context: QgsProcessingContext) -> Choices:
        """The search (without its area yet) and the threshold, checked."""
        collections = parse_ids(self.parameterAsString(parameters, COLLECTIONS, context))
        if not collections:
            raise QgsProcessingException(
                f"Enter at least one collection id under Collections, e.g. {DEFAULT_COLLECTIONS}."
            )
        spec = SearchSpec(
            collections=collections,
            start=utc_datetime(self.parameterAsDateTime(parameters, START, context), "Start"),
            end=utc_datetime(self.parameterAsDateTime(parameters, END, context), "End"),
            max_items=None,
        ).with_max_cloud_cover(self.parameterAsDouble(parameters, MAX_CLOUD, context))
        problems = spec.validate()
        if problems:
            raise QgsProcessingException(" ".join(problem.message for problem in problems))
        return Choices(spec, self.parameterAsDouble(parameters, MIN_CLEAR, context))

    def _fieldset(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> FieldSet:
        """The usable fields of the source (its selection when so asked), in its CRS; a warning
        for each feature left out."""
        source = self.parameterAsSource(parameters, FIELDS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, FIELDS))
        name = source.sourceName()
        # The dialog offers polygon layers only; a script or a model may pass any layer.
        if QgsWkbTypes.geometryType(source.wkbType()) != POLYGON_GEOMETRY:
            raise QgsProcessingException(
                f"'{name}' is not a polygon layer: fields must be polygons."
            )
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                f"'{name}' has no coordinate reference system: set one in its Layer Properties."
            )
        id_attribute = self.parameterAsString(parameters, FIELD_ID, context)
        if id_attribute and source.fields().lookupField(id_attribute) < 0:
            raise QgsProcessingException(f"'{name}' has no attribute '{id_attribute}'.")
        selected = selected_only(parameters.get(FIELDS))
        # Invalid polygons are repaired by read_fields (and noted), not filtered out.
        features = source.getFeatures(QgsFeatureRequest(), NO_VALIDITY_CHECKS)
        fields, skipped = read_fields(features, id_attribute)
        warn_each(feedback, [f"Left out {reason}" for reason in skipped])
        if not fields:
            raise QgsProcessingException(no_fields_message(name, selected, skipped))
        warn_shared_ids(feedback, [each.field_id for each in fields])
        return FieldSet(name, source.sourceCrs(), fields, skipped, selected)


def utc_datetime(value: QDateTime, label: str) -> datetime:
    """The parameter's date and time in UTC: as given when it names its offset (…Z, …+02:00),
    read as UTC when it names none."""
    if not value.isValid():
        raise QgsProcessingException(f"{label} is not a valid date and time.")
    text = value.toString(Qt.DateFormat.ISODateWithMs)
    moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def describe_time(moment: datetime | None) -> str:
    """e.g. "2022-06-01 00:00 UTC"."""
    return "…" if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")


def selected_only(value: Any) -> bool:
    """Whether the FIELDS value asks for the layer's selected features only."""
    return isinstance(value, QgsProcessingFeatureSourceDefinition) and bool(
        value.selectedFeaturesOnly
    )


def no_fields_message(name: str, selected: bool, skipped: list[str]) -> str:
    """Why there is nothing to count over, in the analyst's words."""
    if not skipped:
        return (
            f"No features of '{name}' are selected." if selected else f"'{name}' has no features."
        )
    reasons = "; ".join(skipped[:3]) + ("; …" if len(skipped) > 3 else "")
    return f"No feature of '{name}' has a usable polygon: {reasons}."


def search_area(fieldset: FieldSet, context: QgsCoordinateTransformContext) -> dict[str, Any]:
    """The search's `intersects`: the fields' union in lon/lat, simplified outward."""
    try:
        return fields_to_intersects(
            [each.geometry for each in fieldset.fields], fieldset.crs, context
        )
    except ExtentError as error:
        raise QgsProcessingException(f"The fields cannot be searched over: {error}.") from None


def configured_connection() -> Connection:
    """The connection the dock uses; QgsProcessingException when none is configured."""
    try:
        connection = resolve_connection()
    except EarthPlatformError as error:
        raise QgsProcessingException(str(error)) from None
    if connection.credentials is None:
        raise QgsProcessingException(
            "No EarthPlatform connection is configured: sign in from the EarthPlatform dock's "
            "settings, or set the EDS_CLIENT_ID and EDS_SECRET environment variables "
            "(or a ~/.earthdaily/credentials file)."
        )
    return connection


def search_items(
    client: EarthPlatformClient, spec: SearchSpec, feedback: QgsProcessingFeedback
) -> list[Item]:
    """Every item the search matches, all pages; progress up to SEARCH_SHARE.

    CancelledError once the feedback is cancelled; QgsProcessingException when it fails.
    """
    area = describe_extent(spec.intersects) if spec.intersects else "the whole world"
    feedback.pushInfo(
        f"Searching {', '.join(spec.collections)} from {describe_time(spec.start)} to "
        f"{describe_time(spec.end)} over {area}"
    )
    spec = replace(spec, max_items=None)
    try:
        spec.to_request_body()
    except SearchSpecError as error:
        raise QgsProcessingException(f"The search cannot be sent: {error}") from None
    items: list[Item] = []
    try:
        pages = client.search(
            spec, concurrency=Settings.load().search_concurrency, cancelled=feedback.isCanceled
        )
        for page in pages:
            items += page.features
            if page.number_matched:
                share = min(1.0, page.items_so_far / page.number_matched)
                feedback.setProgress(SEARCH_SHARE * share)
    except CancelledError:
        raise
    except EarthPlatformError as error:
        raise QgsProcessingException(f"The EarthPlatform search failed: {error}") from None
    feedback.setProgress(SEARCH_SHARE)
    if feedback.isCanceled():
        raise CancelledError("Cancelled.")
    feedback.pushInfo(f"{len(items)} items found; counting clear sky under their cloud masks")
    return items


def count_clear_sky(
    client: EarthPlatformClient,
    items: list[Item],
    fieldset: FieldSet,
    context: QgsCoordinateTransformContext,
    feedback: QgsProcessingFeedback,
) -> ClearSkyResult:
    """compute_clear_sky, its progress from SEARCH_SHARE to 100; CancelledError within POLL_S
    of a cancel, QgsProcessingException when it fails."""
    work = Background(
        lambda progress: compute_clear_sky(
            client, items, fieldset, context, progress=progress, cancelled=feedback.isCanceled
        )
    )
    try:
        return work.result(
            feedback,
            lambda percent: feedback.setProgress(
                SEARCH_SHARE + (100 - SEARCH_SHARE) * percent / 100
            ),
        )
    except CancelledError:
        raise
    except EarthPlatformError as error:
        raise QgsProcessingException(f"Counting clear sky failed: {error}") from None


class Background(Generic[T]):
    """work(progress) in a thread of its own: the algorithm's thread relays its progress to
    the feedback and gives up on it as soon as the analyst cancels. A mask read in flight then
    finishes (or times out) on its own, as an abandoned page request does in the stac core."""

    def __init__(self, work: Callable[[Callable[[float], None]], T]) -> None:
        self.percent = 0.0
        self._done = threading.Event()
        self._outcome: dict[str, Any] = {}
        threading.Thread(target=self._run, args=(work,), name=WORKER_NAME, daemon=True).start()

    def _run(self, work: Callable[[Callable[[float], None]], T]) -> None:
        try:
            self._outcome["result"] = work(self._progress)
        except BaseException as error:  # handed to the waiting thread, which re-raises it
            self._outcome["error"] = error
        finally:
            self._done.set()

    def _progress(self, percent: float) -> None:
        self.percent = percent

    def result(self, feedback: QgsProcessingFeedback, progress: Callable[[float], None]) -> T:
        """The work's result once done, its progress relayed meanwhile; CancelledError within
        POLL_S of the feedback being cancelled."""
        while not self._done.wait(POLL_S):
            if feedback.isCanceled():
                raise CancelledError("Cancelled.")
            progress(self.percent)
        if "error" in self._outcome:
            raise self._outcome["error"]
        result: T = self._outcome["result"]
        return result


def keep_row(row: ClearSkyRow, min_clear: float) -> bool:
    """Whether the row reaches the minimum clear sky (a row without a figure: only at 0)."""
    clear = row.sky.clear_pct if row.sky is not None else None
    if clear is None:
        return min_clear == 0
    return clear >= min_clear


def warn_each(feedback: QgsProcessingFeedback, warnings: list[str]) -> None:
    """One warning per line, the first MAX_WARNINGS of them, then how many more there are."""
    for warning in warnings[:MAX_WARNINGS]:
        feedback.pushWarning(warning)
    if len(warnings) > MAX_WARNINGS:
        feedback.pushWarning(f"… and {len(warnings) - MAX_WARNINGS} more like these")


def without_figures(rows: list[ClearSkyRow]) -> list[str]:
    """A warning for each item (and reason) that left fields without figures, its mask missing
    or unreadable: e.g. "S2B_31TCJ_20220803_0_L2A: the agriculture cloud mask cannot be read:
    the server answered 404 (not found) (fields a, b)"."""
    fields: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        if row.sky is None:
            fields.setdefault((row.item_id, row.note), []).append(row.field_id)
    warnings = []
    for (item_id, note), ids in fields.items():
        named = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
        warnings.append(f"{item_id}: {note} ({'field' if len(ids) == 1 else 'fields'} {named})")
    return warnings


def warn_shared_ids(feedback: QgsProcessingFeedback, field_ids: Iterable[str]) -> None:
    """A warning naming the ids that more than one field has: their rows look alike."""
    shared = sorted(field_id for field_id, n in Counter(field_ids).items() if n > 1)
    if shared:
        feedback.pushWarning(
            f"{len(shared)} field ids belong to more than one feature ({', '.join(shared[:5])}"
            f"{', …' if len(shared) > 5 else ''}): choose a Field id attribute that is unique."
        )


def summary(
    rows: list[ClearSkyRow],
    result: ClearSkyResult,
    fieldset: FieldSet,
    items: list[Item],
    min_clear: float,
) -> str:
    """e.g. "42 rows for 3 fields over 14 items (5 rows below 30% clear sky left out)"."""
    text = f"{len(rows)} rows for {len(fieldset.fields)} fields over {len(items)} items"
    left_out = len(result.rows) - len(rows)
    if left_out:
        text += f" ({left_out} rows below {min_clear:g}% clear sky left out)"
    return text
