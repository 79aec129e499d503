"""`earthplatform:downloadassets`: the dock's download as an algorithm: assets of the items of
a footprint layer (or of item ids) into a folder, resumable and checksum-verified, with a
report table of one row per (item, asset).

The download is the dock's own (stac.download: a file complete on disk is kept, a `.part`
resumed, file:checksum verified, an expired link signed anew, a local STAC catalog written);
this module reads the parameters and writes the report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from earthplatform_qgis.map.compat import qgs_fields
from earthplatform_qgis.map.footprint_file import ITEM_JSON
from earthplatform_qgis.map.footprints import item_json_request, item_of
from earthplatform_qgis.network import client_for
from earthplatform_qgis.processing.common import (
    FAST_INSERT,
    NO_GEOMETRY,
    TABLE,
    EarthPlatformAlgorithm,
    configured_connection,
    search_pages,
    warn_each,
)
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.download import Downloader, DownloadFile, plan_downloads
from earthplatform_qgis.stac.errors import CancelledError
from earthplatform_qgis.stac.links import fresh_hrefs
from earthplatform_qgis.stac.spec import SearchSpec, parse_ids
from earthplatform_qgis.translation import marked, tr

INPUT, IDS, ASSETS, FOLDER, OUTPUT = "INPUT", "IDS", "ASSETS", "FOLDER", "OUTPUT"
# The report's columns.
REPORT_COLUMNS = (
    ("item_id", "string"),
    ("asset", "string"),
    ("status", "string"),
    ("path", "string"),
    ("bytes", "double"),
    ("checksum", "string"),
    ("note", "string"),
)
DOWNLOADED, ALREADY_THERE, FAILED, MISSING = "downloaded", "already there", "failed", "missing"

HELP = marked(
    """<p>Downloads assets of EarthPlatform items into a folder, as the EarthPlatform dock
does: <code>&lt;folder&gt;/&lt;item id&gt;/&lt;asset&gt;.&lt;extension&gt;</code>, each item's
JSON beside its files, and a <code>catalog.json</code> that makes the folder a STAC catalog.</p>
<p><b>Footprints</b>: a footprint layer made by the dock or by <i>Search items</i> (its
item_json column); with <i>Selected features only</i>, only those. Or <b>item ids</b>,
separated by commas, spaces or new lines, looked up in the catalog.</p>
<p><b>Assets</b>: asset keys, separated by commas, e.g. <code>red, green, blue</code> or
<code>scl</code>.</p>
<p>A file already complete in the folder is kept; one broken off is resumed from where it
stopped; the bytes are checked against the item's file:checksum and file:size where it has
them; an expired link is signed anew by the catalog. One file failing does not stop the
others. Cancelling keeps what is complete.</p>
<p>The report: one row per item and asset: status (downloaded, already there, failed,
missing), path, bytes, checksum (verified, or not checked), note (why it failed or is
missing).</p>"""
)


class DownloadAssetsAlgorithm(EarthPlatformAlgorithm):
    """Assets of items into a folder, with a report table."""

    NAME = "downloadassets"
    TITLE = marked("Download assets")
    HELP = HELP
    TAGS = ("download", "asset", "item", "cog", "footprint")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        """The parameters, in the order the dialog shows them."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(INPUT, tr("Footprints"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(IDS, tr("Or item ids"), multiLine=True, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(ASSETS, tr("Assets (keys, comma-separated)"))
        )
        self.addParameter(QgsProcessingParameterFolderDestination(FOLDER, tr("Folder")))
        self.addParameter(QgsProcessingParameterFeatureSink(OUTPUT, tr("Download report"), TABLE))

    def check(self, parameters: dict[str, Any], context: QgsProcessingContext) -> None:
        """Items named one way or the other, and at least one asset key."""
        self._keys(parameters, context)
        if not parameters.get(INPUT) and not self._ids(parameters, context):
            raise QgsProcessingException(
                tr("Choose a footprint layer, or enter item ids, to say which items to download.")
            )

    def processAlgorithm(  # noqa: N802 (QGIS's name)
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback | None,
    ) -> dict[str, Any]:
        """Download and write the report; QgsProcessingException says what is wrong."""
        feedback = feedback or QgsProcessingFeedback()
        self.check(parameters, context)
        keys = self._keys(parameters, context)
        folder = Path(self.parameterAsString(parameters, FOLDER, context))
        fields = qgs_fields(REPORT_COLUMNS)
        sink, destination = self.parameterAsSink(
            parameters, OUTPUT, context, fields, NO_GEOMETRY, QgsCoordinateReferenceSystem()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, OUTPUT))
        client = client_for(configured_connection())
        try:
            items = self._items(parameters, context, client, feedback)
            plan = plan_downloads(items, keys, folder)
            feedback.pushInfo(
                tr("Downloading {files} files of {items} items to {folder}").format(
                    files=len(plan.files), items=len(items), folder=folder
                )
            )
            downloader = Downloader(
                client.asset_session,
                lambda refs: fresh_hrefs(client, refs, feedback.isCanceled),
                lambda done, total: feedback.setProgress(100.0 * done / total) if total else None,
                feedback.isCanceled,
            )
            try:
                downloader.run(plan)
            except CancelledError:
                feedback.pushInfo(tr("Cancelled: the files complete so far are kept."))
        except CancelledError:
            feedback.pushInfo(tr("Cancelled before any download: the report is left empty."))
            return {FOLDER: str(folder), OUTPUT: destination}
        finally:
            client.close()
        report = downloader.report
        features = [
            *(
                _row(fields, file, DOWNLOADED, file not in report.unverified)
                for file in report.written
            ),
            *(_row(fields, file, ALREADY_THERE) for file in report.present),
            *(_row(fields, file, FAILED, note=why) for file, why in report.failed),
            *_missing_rows(fields, items, keys, plan.files),
        ]
        if not sink.addFeatures(features, FAST_INSERT):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, OUTPUT))
        warn_each(feedback, [why for _, why in report.failed] + plan.missing + report.problems)
        feedback.pushInfo(
            tr(
                "{written} files downloaded ({bytes} bytes), {present} already there, "
                "{failed} failed, {missing} missing"
            ).format(
                written=len(report.written),
                bytes=f"{report.bytes:,}",
                present=len(report.present),
                failed=len(report.failed),
                missing=len(plan.missing),
            )
        )
        return {FOLDER: str(folder), OUTPUT: destination}

    def _keys(self, parameters: dict[str, Any], context: QgsProcessingContext) -> list[str]:
        keys = parse_ids(self.parameterAsString(parameters, ASSETS, context))
        if not keys:
            raise QgsProcessingException(
                tr("Enter at least one asset key under Assets, e.g. red, green, blue.")
            )
        return keys

    def _ids(self, parameters: dict[str, Any], context: QgsProcessingContext) -> list[str]:
        return parse_ids(self.parameterAsString(parameters, IDS, context))

    def _items(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        client: EarthPlatformClient,
        feedback: QgsProcessingFeedback,
    ) -> list[dict[str, Any]]:
        """The items of the footprints (their JSON), or those of the ids from the catalog."""
        if not parameters.get(INPUT):
            ids = self._ids(parameters, context)
            spec = SearchSpec(ids=ids, max_items=None)
            items = [
                item for page in search_pages(client, spec, feedback, 0.0) for item in page.features
            ]
            found = {str(item.get("id")) for item in items}
            warn_each(
                feedback,
                [
                    tr("{id}: not in the catalog").format(id=item_id)
                    for item_id in ids
                    if item_id not in found
                ],
            )
            return items
        source = self.parameterAsSource(parameters, INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, INPUT))
        if source.fields().lookupField(ITEM_JSON) < 0:
            raise QgsProcessingException(
                tr(
                    "'{layer}' is not a footprint layer: it has no {column} column (make one "
                    "with the EarthPlatform dock or Search items)."
                ).format(layer=source.sourceName(), column=ITEM_JSON)
            )
        items, unreadable = [], 0
        for feature in source.getFeatures(item_json_request(source.fields())):
            item = _item(feature)
            if item is None:
                unreadable += 1
            else:
                items.append(item)
        if unreadable:
            feedback.pushWarning(
                tr("{count} footprints have no readable {column}: left out").format(
                    count=unreadable, column=ITEM_JSON
                )
            )
        return items


def _item(feature: QgsFeature) -> dict[str, Any] | None:
    """The STAC item a footprint holds, or None when its item_json is not one."""
    try:
        item = item_of(feature)
    except (TypeError, ValueError):
        return None
    return item if isinstance(item, dict) and item.get("id") is not None else None


def _row(
    fields: QgsFields,
    file: DownloadFile,
    status: str,
    verified: bool | None = None,
    note: str = "",
) -> QgsFeature:
    """The report's row of a planned file; `verified`: whether its checksum was checked
    (None: not downloaded in this run)."""
    feature = QgsFeature(fields)
    on_disk = file.path.stat().st_size if file.path.is_file() else None
    checksum = None
    if file.checksum and verified is not None:
        checksum = "verified" if verified else "not checked"
    feature.setAttributes(
        [
            file.ref.item_id,
            file.ref.asset,
            status,
            str(file.path),
            float(on_disk) if on_disk is not None else None,
            checksum,
            note or None,
        ]
    )
    return feature


def _missing_rows(
    fields: QgsFields, items: list[dict[str, Any]], keys: list[str], files: list[DownloadFile]
) -> list[QgsFeature]:
    """A row for each (item, asset) the plan has no file for: the item lacks the asset, or
    the asset has no downloadable URL."""
    planned = {(file.ref.item_id, file.ref.asset) for file in files}
    rows = []
    for item in items:
        item_id = str(item.get("id") or "")
        for key in keys:
            if (item_id, key) in planned:
                continue
            feature = QgsFeature(fields)
            has = key in (item.get("assets") or {})
            note = "no downloadable URL" if has else f"the item has no asset '{key}'"
            feature.setAttributes([item_id, key, MISSING, None, None, None, note])
            rows.append(feature)
    return rows
