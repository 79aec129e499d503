"""What the EarthPlatform algorithms share: Processing's names on every QGIS, the connection,
parameter values read in the analyst's terms, the search with its progress, warnings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

from qgis.core import (
    Qgis,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from earthplatform_qgis.__about__ import guide_url
from earthplatform_qgis.credentials import resolve_connection
from earthplatform_qgis.map.area import describe_extent
from earthplatform_qgis.settings import Settings
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection
from earthplatform_qgis.stac.errors import CancelledError, EarthPlatformError
from earthplatform_qgis.stac.paging import Page
from earthplatform_qgis.stac.spec import SearchSpec, SearchSpecError
from earthplatform_qgis.translation import tr

# Processing's enums moved into Qgis in 3.36 (WkbType in 3.30); QGIS 3.22 knows only the
# classes' own, which later releases keep only as aliases.
if hasattr(Qgis, "ProcessingSourceType"):
    POLYGON_LAYERS = Qgis.ProcessingSourceType.VectorPolygon
    TABLE = Qgis.ProcessingSourceType.Vector
    DOUBLE = Qgis.ProcessingNumberParameterType.Double
    INTEGER = Qgis.ProcessingNumberParameterType.Integer
    DATE_TIME = Qgis.ProcessingDateTimeParameterDataType.DateTime
    NO_VALIDITY_CHECKS = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
else:
    POLYGON_LAYERS = QgsProcessing.SourceType.TypeVectorPolygon
    TABLE = QgsProcessing.SourceType.TypeVector
    DOUBLE = QgsProcessingParameterNumber.Type.Double
    INTEGER = QgsProcessingParameterNumber.Type.Integer
    DATE_TIME = QgsProcessingParameterDateTime.Type.DateTime
    NO_VALIDITY_CHECKS = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
if hasattr(Qgis, "WkbType"):
    NO_GEOMETRY, MULTIPOLYGON = Qgis.WkbType.NoGeometry, Qgis.WkbType.MultiPolygon
else:
    NO_GEOMETRY, MULTIPOLYGON = QgsWkbTypes.Type.NoGeometry, QgsWkbTypes.Type.MultiPolygon
FAST_INSERT = QgsFeatureSink.Flag.FastInsert

DEFAULT_COLLECTIONS = "sentinel-2-l2a"
# Warnings beyond this many are summed up in one line.
MAX_WARNINGS = 20
# The guide's section on the algorithms (its heading's anchor).
GUIDE_SECTION = "processing"


class EarthPlatformAlgorithm(QgsProcessingAlgorithm):
    """What every EarthPlatform algorithm answers alike: its NAME (earthplatform:<NAME>) and
    TITLE, no group (they sit right under the provider), HELP beside the parameters, TAGS for
    the toolbox's search, a fresh instance of its own class for every run."""

    NAME = ""
    TITLE = ""  # marked(): shown through tr()
    HELP = ""  # marked(): shown through tr()
    TAGS: tuple[str, ...] = ()

    def name(self) -> str:
        """The id within the provider."""
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 (QGIS's name)
        """The title in the toolbox."""
        return tr(self.TITLE)

    def group(self) -> str:
        """No group."""
        return ""

    def groupId(self) -> str:  # noqa: N802 (QGIS's name)
        """No group."""
        return ""

    def tags(self) -> list[str]:
        """Words the toolbox's search finds the algorithm by."""
        return ["stac", "earthdaily", "sentinel-2", *self.TAGS]

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS's name)
        """The help shown beside the parameters, on one line: the dialog turns every line
        break into a break of its own, which would cut the HTML's paragraphs into pieces."""
        return " ".join(tr(self.HELP).split("\n"))

    def helpUrl(self) -> str:  # noqa: N802 (QGIS's name)
        """The user's guide on the algorithms (the dialog's Help button)."""
        return guide_url(GUIDE_SECTION)

    def createInstance(self) -> QgsProcessingAlgorithm:  # noqa: N802 (QGIS's name)
        """A fresh copy, as Processing makes one for every run."""
        return type(self)()

    def checkParameterValues(  # noqa: N802 (QGIS's name)
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[bool, str]:
        """Processing's checks, then the algorithm's own (check), so the dialog says what is
        wrong before anything runs."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self.check(parameters, context)
        except QgsProcessingException as error:
            return False, str(error)
        return True, ""

    def check(self, parameters: dict[str, Any], context: QgsProcessingContext) -> None:
        """QgsProcessingException saying what is wrong with the parameters, if anything."""


def utc_datetime(value: QDateTime, label: str) -> datetime:
    """The parameter's date and time in UTC: as given when it names its offset (…Z, …+02:00),
    read as UTC when it names none."""
    if not value.isValid():
        raise QgsProcessingException(
            tr("{label} is not a valid date and time.").format(label=label)
        )
    text = value.toString(Qt.DateFormat.ISODateWithMs)
    moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def optional_utc_datetime(
    algorithm: QgsProcessingAlgorithm,
    parameters: dict[str, Any],
    name: str,
    context: QgsProcessingContext,
    label: str,
) -> datetime | None:
    """An optional date-time parameter in UTC (utc_datetime); None when left empty."""
    if parameters.get(name) in (None, ""):
        return None
    return utc_datetime(algorithm.parameterAsDateTime(parameters, name, context), label)


def describe_time(moment: datetime | None) -> str:
    """e.g. "2022-06-01 00:00 UTC"."""
    return "…" if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")


def selected_only(value: Any) -> bool:
    """Whether the FIELDS value asks for the layer's selected features only."""
    return isinstance(value, QgsProcessingFeatureSourceDefinition) and bool(
        value.selectedFeaturesOnly
    )


def configured_connection() -> Connection:
    """The connection the dock uses; QgsProcessingException when none is configured."""
    try:
        connection = resolve_connection()
    except EarthPlatformError as error:
        raise QgsProcessingException(str(error)) from None
    if connection.credentials is None:
        raise QgsProcessingException(
            tr(
                "No EarthPlatform connection is configured: sign in from the EarthPlatform "
                "dock's settings, or set the EDS_CLIENT_ID and EDS_SECRET environment variables "
                "(or a ~/.earthdaily/credentials file)."
            )
        )
    return connection


def search_pages(
    client: EarthPlatformClient,
    spec: SearchSpec,
    feedback: QgsProcessingFeedback,
    share: float,
) -> Iterator[Page]:
    """The search's pages as they come, the progress bar moved up to share percent.

    CancelledError once the feedback is cancelled; QgsProcessingException when it fails.
    """
    area = describe_extent(spec.intersects) if spec.intersects else tr("the whole world")
    what = ", ".join(spec.collections) or tr("{count} item ids").format(count=len(spec.ids))
    feedback.pushInfo(
        tr("Searching {what} from {start} to {end} over {area}").format(
            what=what, start=describe_time(spec.start), end=describe_time(spec.end), area=area
        )
    )
    try:
        spec.to_request_body()
    except SearchSpecError as error:
        raise QgsProcessingException(
            tr("The search cannot be sent: {error}").format(error=error)
        ) from None
    try:
        pages = client.search(
            spec, concurrency=Settings.load().search_concurrency, cancelled=feedback.isCanceled
        )
        for page in pages:
            total = page.number_matched
            if spec.max_items is not None:
                total = min(total or spec.max_items, spec.max_items)
            if total:
                feedback.setProgress(share * min(1.0, page.items_so_far / total))
            yield page
    except CancelledError:
        raise
    except EarthPlatformError as error:
        raise QgsProcessingException(
            tr("The EarthPlatform search failed: {error}").format(error=error)
        ) from None
    feedback.setProgress(share)
    if feedback.isCanceled():
        raise CancelledError(tr("Cancelled."))


def warn_each(feedback: QgsProcessingFeedback, warnings: list[str]) -> None:
    """One warning per line, the first MAX_WARNINGS of them, then how many more there are."""
    for warning in warnings[:MAX_WARNINGS]:
        feedback.pushWarning(warning)
    if len(warnings) > MAX_WARNINGS:
        feedback.pushWarning(
            tr("… and {count} more like these").format(count=len(warnings) - MAX_WARNINGS)
        )
