"""`earthplatform:searchitems`: the dock's search as an algorithm, into the dock's footprint
layer (its columns, its look), for models and `qgis_process`.

The search is the dock's own (stac core paging, concurrent where the catalog allows); this
module reads the parameters, checks them in the analyst's words and writes each page as it
comes.
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from earthplatform_qgis.map.area import ExtentError, extent_to_intersects
from earthplatform_qgis.map.footprint_features import footprint_features, footprint_fields
from earthplatform_qgis.map.footprint_file import footprint_rows
from earthplatform_qgis.map.footprints import dress_footprint_layer
from earthplatform_qgis.network import client_for
from earthplatform_qgis.processing.common import (
    DATE_TIME,
    DEFAULT_COLLECTIONS,
    DOUBLE,
    FAST_INSERT,
    INTEGER,
    MULTIPOLYGON,
    POLYGON_LAYERS,
    EarthPlatformAlgorithm,
    configured_connection,
    optional_utc_datetime,
    search_pages,
    warn_each,
)
from earthplatform_qgis.processing.fields_input import read_fieldset, search_area
from earthplatform_qgis.stac.errors import CancelledError, EarthPlatformError
from earthplatform_qgis.stac.spec import (
    DEFAULT_LIMIT,
    DEFAULT_MAX_ITEMS,
    MAX_LIMIT,
    SearchSpec,
    SearchSpecError,
    SortField,
    parse_ids,
    parse_query,
)
from earthplatform_qgis.translation import marked, tr

EXTENT, FIELDS, COLLECTIONS, START, END = "EXTENT", "FIELDS", "COLLECTIONS", "START", "END"
MAX_CLOUD, MASK_ONLY, QUERY, SORT_FIELD = "MAX_CLOUD", "MASK_ONLY", "QUERY", "SORT_FIELD"
SORT_DESCENDING, PAGE_SIZE, MAX_ITEMS, IDS = "SORT_DESCENDING", "PAGE_SIZE", "MAX_ITEMS", "IDS"
OUTPUT = "OUTPUT"

HELP = marked(
    """<p>Searches EarthPlatform's catalog as the EarthPlatform dock does and writes one
footprint per item, with the dock's columns (id, collection, datetime as UTC text, eo:cloud_cover,
platform, the cloud-mask flag and ids, thumbnail, self link, and the item's JSON) and, once
loaded, the dock's look: outlines coloured by cloud cover, a date for the temporal controller,
the thumbnail as map tip.</p>
<p><b>Search area</b>: an <b>extent</b> (in any CRS), or <b>fields</b>, a polygon layer (with
<i>Selected features only</i>, only those) whose outline is searched; the fields win when both
are given. Neither: the whole world.</p>
<p><b>Collections</b>: collection ids, separated by commas (may be empty when item ids are
given). <b>Start</b> and <b>End</b> bound the acquisition time in UTC; either may be left empty.
<b>Maximum cloud cover</b> (eo:cloud_cover, %): 100 keeps every item. <b>Only items with an
agriculture cloud mask</b> keeps those whose eda:ag_cloud_mask_available is true.</p>
<p><b>Query</b>: more property filters as the STAC query extension's JSON, e.g.
<code>{"platform": {"eq": "sentinel-2a"}}</code>. <b>Sort by</b>: a property (datetime,
eo:cloud_cover, id…), descending or not; empty keeps the catalog's order. <b>Page size</b>:
items asked per request (1 to 10,000). <b>Maximum items</b>: 0 for every match. <b>Item
ids</b>: separated by commas, spaces or new lines.</p>
<p>Signs in as the EarthPlatform dock does: the credentials saved in its settings (QGIS
Authentication Manager), else the EDS_CLIENT_ID and EDS_SECRET environment variables, else
~/.earthdaily/credentials. Goes out through QGIS's proxy.</p>"""
)


class SearchItemsAlgorithm(EarthPlatformAlgorithm):
    """Search the catalog and write the footprints, page by page."""

    NAME = "searchitems"
    TITLE = marked("Search items")
    HELP = HELP
    TAGS = ("search", "footprint", "item", "catalog")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        """The parameters, in the order the dialog shows them."""
        self.addParameter(QgsProcessingParameterExtent(EXTENT, tr("Search extent"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                FIELDS, tr("Or search over fields (polygons)"), [POLYGON_LAYERS], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                COLLECTIONS,
                tr("Collections (ids, comma-separated)"),
                DEFAULT_COLLECTIONS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterDateTime(START, tr("Start (UTC)"), DATE_TIME, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterDateTime(END, tr("End (UTC)"), DATE_TIME, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                MAX_CLOUD,
                tr("Maximum cloud cover (%)"),
                DOUBLE,
                100.0,
                minValue=0.0,
                maxValue=100.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                MASK_ONLY, tr("Only items with an agriculture cloud mask"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                QUERY, tr("Query (STAC query extension, JSON)"), multiLine=True, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(SORT_FIELD, tr("Sort by (a property)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterBoolean(SORT_DESCENDING, tr("Descending"), True))
        self.addParameter(
            QgsProcessingParameterNumber(
                PAGE_SIZE, tr("Page size"), INTEGER, DEFAULT_LIMIT, minValue=1, maxValue=MAX_LIMIT
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                MAX_ITEMS, tr("Maximum items (0: all)"), INTEGER, DEFAULT_MAX_ITEMS, minValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterString(IDS, tr("Item ids"), multiLine=True, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(OUTPUT, tr("Footprints"), POLYGON_LAYERS)
        )

    def check(self, parameters: dict[str, Any], context: QgsProcessingContext) -> None:
        """The search's own checks (dates in order, collection ids, query…)."""
        self._spec(parameters, context)

    def processAlgorithm(  # noqa: N802 (QGIS's name)
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback | None,
    ) -> dict[str, Any]:
        """Search and write each page's footprints; QgsProcessingException says what is
        wrong. A cancelled search keeps the footprints written so far."""
        feedback = feedback or QgsProcessingFeedback()
        spec = self._spec(parameters, context)
        spec.intersects = self._area(parameters, context, feedback)
        connection = configured_connection()
        fields = footprint_fields()
        sink, destination = self.parameterAsSink(
            parameters,
            OUTPUT,
            context,
            fields,
            MULTIPOLYGON,
            QgsCoordinateReferenceSystem("EPSG:4326"),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        client = client_for(connection)
        written, problems = 0, []
        try:
            for page in search_pages(client, spec, feedback, 100.0):
                rows, page_problems = footprint_rows(page.features, page.texts)
                problems += page_problems
                if not sink.addFeatures(footprint_features(rows, fields), FAST_INSERT):
                    raise QgsProcessingException(self.writeFeatureError(sink, parameters, OUTPUT))
                written += len(rows)
        except CancelledError:
            feedback.pushInfo(
                tr("Cancelled: {count} footprints written before it.").format(count=written)
            )
        finally:
            client.close()
        warn_each(feedback, problems)
        feedback.pushInfo(tr("{count} footprints written.").format(count=written))
        if context.willLoadLayerOnCompletion(destination):
            context.layerToLoadOnCompletionDetails(destination).setPostProcessor(LOOK)
        return {OUTPUT: destination}

    def _spec(self, parameters: dict[str, Any], context: QgsProcessingContext) -> SearchSpec:
        """The search the parameters describe (without its area), checked."""
        try:
            query = parse_query(self.parameterAsString(parameters, QUERY, context))
        except SearchSpecError as error:
            words = " ".join(problem.message for problem in error.problems)
            raise QgsProcessingException(tr("Query: {problems}").format(problems=words)) from None
        sort_field = self.parameterAsString(parameters, SORT_FIELD, context).strip()
        descending = self.parameterAsBoolean(parameters, SORT_DESCENDING, context)
        max_items = self.parameterAsInt(parameters, MAX_ITEMS, context)
        spec = (
            SearchSpec(
                collections=parse_ids(self.parameterAsString(parameters, COLLECTIONS, context)),
                start=optional_utc_datetime(self, parameters, START, context, tr("Start")),
                end=optional_utc_datetime(self, parameters, END, context, tr("End")),
                query=query,
                sortby=[SortField(sort_field, descending)] if sort_field else [],
                limit=self.parameterAsInt(parameters, PAGE_SIZE, context),
                max_items=max_items or None,
                ids=parse_ids(self.parameterAsString(parameters, IDS, context)),
            )
            .with_max_cloud_cover(self.parameterAsDouble(parameters, MAX_CLOUD, context))
            .with_mask_only(self.parameterAsBoolean(parameters, MASK_ONLY, context))
        )
        problems = spec.validate()
        if problems:
            raise QgsProcessingException(" ".join(problem.message for problem in problems))
        return spec

    def _area(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any] | None:
        """The search's `intersects`: the fields' outline, else the extent, else none."""
        if parameters.get(FIELDS):
            fieldset = read_fieldset(self, parameters, FIELDS, context, feedback)
            return search_area(fieldset, context.transformContext())
        if not parameters.get(EXTENT):
            return None
        crs = self.parameterAsExtentCrs(parameters, EXTENT, context)
        extent = self.parameterAsExtent(parameters, EXTENT, context, crs)
        try:
            return extent_to_intersects(extent, crs, context.transformContext())
        except ExtentError as error:
            raise QgsProcessingException(
                tr("The extent cannot be searched: {error}").format(error=error)
            ) from None


class FootprintLook(QgsProcessingLayerPostProcessorInterface):
    """Gives the loaded output the dock's look (dress_footprint_layer), on the GUI thread."""

    def postProcessLayer(  # noqa: N802 (QGIS's name)
        self, layer: QgsMapLayer, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> None:
        """Style, temporal settings and map tip, where the output kept the footprint columns."""
        if not isinstance(layer, QgsVectorLayer):
            return
        try:
            dress_footprint_layer(layer)
        except EarthPlatformError as error:
            feedback.pushWarning(
                tr("The footprints keep QGIS's default look: {error}").format(error=error)
            )


# One for the session: Processing keeps only a pointer to it, so it must outlive every run.
LOOK = FootprintLook()
