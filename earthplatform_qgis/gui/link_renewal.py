"""Signed links kept working for the whole project: the cloud mask and imagery layers of a
project just read get newly signed URLs (the saved ones last 12 h), and during a long session
the links that stop working within the hour are renewed every ten minutes. Projects save the
links themselves, not the loopback relay's URLs GDAL may read them through. The plugin owns one
LinkRenewal from initGui to unload; no dock needs to be open."""

from __future__ import annotations

import time
from typing import Any

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMapLayer,
    QgsMessageLog,
    QgsPathResolver,
    QgsProject,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QObject, QTimer

from earthplatform_qgis.__about__ import LOG_TAG
from earthplatform_qgis.credentials import resolve_connection
from earthplatform_qgis.map.imagery import (
    TrueColour,
    imagery_folder,
    imagery_links,
    restream_imagery,
    shown_imagery,
)
from earthplatform_qgis.map.rasters import read_source, restream, saved_source, streamed_asset
from earthplatform_qgis.network import client_for
from earthplatform_qgis.settings import Settings
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import EarthPlatformError
from earthplatform_qgis.stac.links import AssetRef, link_expiry, streamed_links
from earthplatform_qgis.tasks.base import TaskOutcome
from earthplatform_qgis.tasks.catalog import RefreshSourcesTask
from earthplatform_qgis.translation import tr

# Signed links are checked this often, and renewed when they expire within RENEW_MARGIN_S.
RENEW_CHECK_MS = 10 * 60 * 1000
RENEW_MARGIN_S = 3600.0


def expires_before(layer: QgsMapLayer, deadline: float) -> bool:
    """Whether a link a layer of this plugin streams expires before `deadline` (seconds since
    the epoch); other layers are never looked into."""
    if streamed_asset(layer) is not None:
        links = streamed_links(layer.source())
    elif shown_imagery(layer) is not None:
        links = imagery_links(layer)
    else:
        return False
    expiries = (link_expiry(href) for href in links)
    return any(expiry is not None and expiry < deadline for expiry in expiries)


def expiring_layers(deadline: float) -> list[QgsMapLayer]:
    """The project's layers with a link that expires before `deadline`."""
    layers = QgsProject.instance().mapLayers().values()
    return [layer for layer in layers if expires_before(layer, deadline)]


class LinkRenewal(QObject):
    """Renews the signed links of the project's mask and imagery layers in the background, on
    its own connection (resolved from the settings at each renewal, closed after it); the
    layers keep their place and style. `renewing` is true while a renewal runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: list[RefreshSourcesTask] = []  # keeps their Python side alive
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(RENEW_CHECK_MS)
        self._timer.timeout.connect(self.renew_expiring)
        QgsProject.instance().readProject.connect(self.renew_all)
        # Projects keep the presigned links themselves, whatever URL GDAL reads them through.
        self._writer = QgsPathResolver.setPathWriter(saved_source)
        self._reader = QgsPathResolver.setPathPreprocessor(read_source)
        self._timer.start()

    @property
    def renewing(self) -> bool:
        return bool(self._running)

    def stop(self) -> None:
        """Renew nothing more (on unload): a renewal under way is cancelled."""
        if self._stopped:
            return
        self._stopped = True
        QgsProject.instance().readProject.disconnect(self.renew_all)
        QgsPathResolver.removePathWriter(self._writer)
        QgsPathResolver.removePathPreprocessor(self._reader)
        self._timer.stop()
        for task in self._running:
            task.cancel()

    def renew_all(self, *_document: Any) -> None:
        """Renew every streamed link of the project now (it was just read: its saved links may
        have expired long ago)."""
        self._renew(list(QgsProject.instance().mapLayers().values()), quiet=False)

    def renew_expiring(self, margin: float = RENEW_MARGIN_S) -> None:
        """Renew the links of layers that stop working within `margin` seconds, so a long
        session keeps rendering; a renewal still under way is left to finish."""
        self._renew(expiring_layers(time.time() + margin), quiet=True)

    def _renew(self, layers: list[QgsMapLayer], *, quiet: bool) -> None:
        masks = {
            layer.id(): found for layer in layers if (found := streamed_asset(layer)) is not None
        }
        imagery = {
            layer.id(): shown for layer in layers if (shown := shown_imagery(layer)) is not None
        }
        # The periodic check leaves a renewal under way alone; a project just read never waits.
        if (not masks and not imagery) or (quiet and self.renewing) or self._stopped:
            return
        client, why_not = self._signed_in_client()
        if client is None:
            if not quiet:
                _log(
                    tr("Asset layers keep their links: {why}").format(why=why_not),
                    Qgis.MessageLevel.Info,
                )
                _reopen_imagery(imagery)
            return
        refs = {ref for ref, _ in masks.values()}
        refs.update(ref for source in imagery.values() for ref in source.refs)
        task = RefreshSourcesTask(client, sorted(refs, key=str))
        task.done.connect(lambda outcome: self._renewed(task, masks, imagery, outcome))
        self._running.append(task)
        QgsApplication.taskManager().addTask(task)

    @staticmethod
    def _signed_in_client() -> tuple[EarthPlatformClient | None, str]:
        """A client signed in as the settings say, or None and why not, in words."""
        try:
            connection = resolve_connection(Settings.load())
        except EarthPlatformError as error:
            return None, str(error)
        if connection.credentials is None:
            return None, tr("not signed in.")
        return client_for(connection), ""

    def _renewed(
        self,
        task: RefreshSourcesTask,
        masks: dict[str, tuple[AssetRef, str]],
        imagery: dict[str, TrueColour],
        outcome: TaskOutcome[dict[AssetRef, str]],
    ) -> None:
        task.client.close()
        self._running.remove(task)
        if not self._stopped:
            self._restream(masks, imagery, outcome)

    def _restream(
        self,
        masks: dict[str, tuple[AssetRef, str]],
        imagery: dict[str, TrueColour],
        outcome: TaskOutcome[dict[AssetRef, str]],
    ) -> None:
        hrefs = outcome.result
        if outcome.cancelled:
            return
        if outcome.error:
            _log(
                tr("Could not renew asset links: {error}").format(error=outcome.error),
                Qgis.MessageLevel.Warning,
            )
            return
        for layer_id, (ref, kind) in masks.items():
            layer = QgsProject.instance().mapLayer(layer_id)
            if not isinstance(layer, QgsRasterLayer):
                continue
            if ref in hrefs:
                restream(layer, hrefs[ref], kind)
            else:
                _gone(layer, ref)
        for layer_id, source in imagery.items():
            layer = QgsProject.instance().mapLayer(layer_id)
            if not isinstance(layer, QgsRasterLayer):
                continue
            missing = [ref for ref in source.refs if ref not in hrefs]
            if missing:
                _gone(layer, missing[0])
                continue
            renewed = tuple(hrefs[ref] for ref in source.refs)
            try:
                restream_imagery(layer, source, renewed, imagery_folder())
            except OSError as error:  # the profile folder cannot take the new VRT
                _log(
                    tr("{layer}: links not renewed: {error}").format(
                        layer=layer.name(), error=error
                    ),
                    Qgis.MessageLevel.Warning,
                )


def _reopen_imagery(imagery: dict[str, TrueColour]) -> None:
    """Point the RGB imagery of a project just read at the links its VRTs keep, as this GDAL
    reads them: a VRT written through an earlier session's relay (QGIS 3.22) names URLs of a
    relay that is gone; the links themselves may still be good for hours. Mask and visual
    layers need none of this: their sources went through read_source."""
    for layer_id, source in imagery.items():
        layer = QgsProject.instance().mapLayer(layer_id)
        if source.is_visual or not isinstance(layer, QgsRasterLayer):
            continue
        links = tuple(imagery_links(layer))
        if len(links) != len(source.assets):
            continue
        try:
            restream_imagery(layer, source, links, imagery_folder())
        except OSError as error:  # the profile folder cannot take the new VRT
            _log(
                tr("{layer}: not reopened: {error}").format(layer=layer.name(), error=error),
                Qgis.MessageLevel.Warning,
            )


def _gone(layer: QgsRasterLayer, ref: AssetRef) -> None:
    _log(
        tr("{layer}: the catalog no longer has {asset} of {item}.").format(
            layer=layer.name(), asset=ref.asset, item=ref.item_id
        ),
        Qgis.MessageLevel.Warning,
    )


def _log(message: str, level: Qgis.MessageLevel) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG, level)
