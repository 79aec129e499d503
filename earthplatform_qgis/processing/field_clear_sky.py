"""`earthplatform:fieldclearsky`: how much clear sky each field had in every image of a period,
as a table of one row per field and item, counted from the items' cloud masks.

The search and the counting are the dock's own (stac core paging, tasks.clearsky); this module
reads the parameters, checks them in the analyst's words and writes the table.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from earthplatform_qgis.map.clearsky import ClearSkyRow
from earthplatform_qgis.map.clearsky_table import clear_sky_features, clear_sky_fields
from earthplatform_qgis.map.fields import FieldSet
from earthplatform_qgis.network import client_for
from earthplatform_qgis.processing.common import (
    DATE_TIME,
    DEFAULT_COLLECTIONS,
    DOUBLE,
    FAST_INSERT,
    NO_GEOMETRY,
    POLYGON_LAYERS,
    TABLE,
    EarthPlatformAlgorithm,
    configured_connection,
    search_pages,
    utc_datetime,
    warn_each,
)
from earthplatform_qgis.processing.fields_input import read_fieldset, search_area
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import CancelledError, EarthPlatformError
from earthplatform_qgis.stac.spec import SearchSpec, parse_ids
from earthplatform_qgis.tasks.clearsky import ClearSkyResult, compute_clear_sky
from earthplatform_qgis.translation import marked, tr

T = TypeVar("T")
Item = dict[str, Any]

FIELDS, FIELD_ID, COLLECTIONS = "FIELDS", "FIELD_ID", "COLLECTIONS"
START, END, MAX_CLOUD, MIN_CLEAR, OUTPUT = "START", "END", "MAX_CLOUD", "MIN_CLEAR", "OUTPUT"
# The share of the progress bar the search takes; the counting takes the rest.
SEARCH_SHARE = 10.0
# How often the algorithm relays the counting's progress and looks for a cancel.
POLL_S = 0.1
WORKER_NAME = "earthplatform-fieldclearsky"

HELP = marked(
    """<p>How much clear sky each field had in every image of a period: one row per field
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
)


@dataclass(frozen=True)
class Choices:
    """What the analyst asked for, read and checked: the search and the table's threshold."""

    spec: SearchSpec
    min_clear: float


class FieldClearSkyAlgorithm(EarthPlatformAlgorithm):
    """Clear sky over fields: search the catalog over the fields, count each item's cloud mask
    under each field, write the table."""

    NAME = "fieldclearsky"
    TITLE = marked("Clear sky over fields")
    HELP = HELP
    TAGS = ("cloud", "mask", "clear", "sky", "field")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        """The parameters, in the order the dialog shows them."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(FIELDS, tr("Fields"), [POLYGON_LAYERS])
        )
        self.addParameter(
            QgsProcessingParameterField(
                FIELD_ID,
                tr("Field id attribute"),
                parentLayerParameterName=FIELDS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                COLLECTIONS, tr("Collections (ids, comma-separated)"), DEFAULT_COLLECTIONS
            )
        )
        self.addParameter(QgsProcessingParameterDateTime(START, tr("Start (UTC)"), DATE_TIME))
        self.addParameter(QgsProcessingParameterDateTime(END, tr("End (UTC)"), DATE_TIME))
        for name, description, default in (
            (MAX_CLOUD, tr("Maximum tile cloud cover (%)"), 100.0),
            (MIN_CLEAR, tr("Minimum clear sky over the field (%)"), 0.0),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    name, description, DOUBLE, default, minValue=0.0, maxValue=100.0
                )
            )
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Clear sky table"), TABLE))

    def processAlgorithm(  # noqa: N802 (QGIS's name)
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback | None,
    ) -> dict[str, Any]:
        """Search, count and write the table; QgsProcessingException says what is wrong."""
        feedback = feedback or QgsProcessingFeedback()
        choices = self._choices(parameters, context)
        fieldset = read_fieldset(self, parameters, FIELDS, context, feedback, FIELD_ID)
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
            feedback.pushInfo(tr("Cancelled: the table is left empty."))
            return {OUTPUT: destination}
        finally:
            client.close()
        rows = [row for row in result.rows if keep_row(row, choices.min_clear)]
        if not sink.addFeatures(clear_sky_features(rows, clear_sky_fields()), FAST_INSERT):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, OUTPUT))
        warn_each(
            feedback,
            [tr("Field {id}: no item found covers it").format(id=f) for f in result.uncovered],
        )
        warn_each(feedback, without_figures(result.rows))
        feedback.pushInfo(summary(rows, result, fieldset, items, choices.min_clear))
        return {OUTPUT: destination}

    def check(self, parameters: dict[str, Any], context: QgsProcessingContext) -> None:
        """The search's own checks (dates in order, collection ids, query…)."""
        self._choices(parameters, context)

    def _choices(self, parameters: dict[str, Any], context: QgsProcessingContext) -> Choices:
        """The search (without its area yet) and the threshold, checked."""
        collections = parse_ids(self.parameterAsString(parameters, COLLECTIONS, context))
        if not collections:
            raise QgsProcessingException(
                tr("Enter at least one collection id under Collections, e.g. {example}.").format(
                    example=DEFAULT_COLLECTIONS
                )
            )
        spec = SearchSpec(
            collections=collections,
            start=utc_datetime(self.parameterAsDateTime(parameters, START, context), tr("Start")),
            end=utc_datetime(self.parameterAsDateTime(parameters, END, context), tr("End")),
            max_items=None,
        ).with_max_cloud_cover(self.parameterAsDouble(parameters, MAX_CLOUD, context))
        problems = spec.validate()
        if problems:
            raise QgsProcessingException(" ".join(problem.message for problem in problems))
        return Choices(spec, self.parameterAsDouble(parameters, MIN_CLEAR, context))


def search_items(
    client: EarthPlatformClient, spec: SearchSpec, feedback: QgsProcessingFeedback
) -> list[Item]:
    """Every item the search matches, all pages; progress up to SEARCH_SHARE.

    CancelledError once the feedback is cancelled; QgsProcessingException when it fails.
    """
    items: list[Item] = []
    for page in search_pages(client, replace(spec, max_items=None), feedback, SEARCH_SHARE):
        items += page.features
    feedback.pushInfo(
        tr("{count} items found; counting clear sky under their cloud masks").format(
            count=len(items)
        )
    )
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
        raise QgsProcessingException(
            tr("Counting clear sky failed: {error}").format(error=error)
        ) from None


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
                raise CancelledError(tr("Cancelled."))
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
        named = ", ".join(ids[:5])
        if len(ids) > 5:
            named += tr(" and {count} more").format(count=len(ids) - 5)
        noun = tr("field") if len(ids) == 1 else tr("fields")
        warnings.append(f"{item_id}: {note} ({noun} {named})")
    return warnings


def summary(
    rows: list[ClearSkyRow],
    result: ClearSkyResult,
    fieldset: FieldSet,
    items: list[Item],
    min_clear: float,
) -> str:
    """e.g. "42 rows for 3 fields over 14 items (5 rows below 30% clear sky left out)"."""
    text = tr("{rows} rows for {fields} fields over {items} items").format(
        rows=len(rows), fields=len(fieldset.fields), items=len(items)
    )
    left_out = len(result.rows) - len(rows)
    if left_out:
        text += tr(" ({count} rows below {threshold}% clear sky left out)").format(
            count=left_out, threshold=f"{min_clear:g}"
        )
    return text
