"""What the dock does with result items beyond their footprints: cloud masks, imagery beneath
the cloud mask, any asset as a layer, downloads. Each runs a task and puts what it got on the
map."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsMapLayer,
    QgsMessageLog,
    QgsProject,
)
from qgis.gui import QgisInterface
from qgis.PyQt.QtWidgets import QDialog, QWidget

from earthplatform_qgis.__about__ import LOG_TAG, __title__
from earthplatform_qgis.gui.asset_dialogs import AssetsDialog, DownloadDialog
from earthplatform_qgis.gui.search_runner import plugin_group, plugin_subgroup
from earthplatform_qgis.map.asset_layers import open_layer
from earthplatform_qgis.map.imagery import imagery_folder
from earthplatform_qgis.map.names import layer_name
from earthplatform_qgis.map.rasters import streamed_asset
from earthplatform_qgis.network import qgis_network
from earthplatform_qgis.stac.assets import AssetKind, asset_kind, describe_size, item_assets
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.download import DownloadReport
from earthplatform_qgis.stac.masks import CloudMask
from earthplatform_qgis.tasks.base import CoreTask, TaskOutcome
from earthplatform_qgis.tasks.download import DownloadTask
from earthplatform_qgis.tasks.layers import AssetLayersTask, ImageryTask, ItemImagery, MaskTask
from earthplatform_qgis.translation import plural, tr

MASKS_GROUP = "Cloud masks"
IMAGERY_GROUP = "Imagery"
ASSETS_GROUP = "Assets"
DOWNLOADS_GROUP = "Downloads"


class ItemActions:
    """Cloud masks, imagery, asset layers and downloads for the dock.

    `client` gives the dock's current connection (None when not connected), `run_task` starts a
    task in the plugin's TaskKeeper, `parent` is the dialogs' parent.
    """

    def __init__(
        self,
        iface: QgisInterface,
        client: Callable[[], EarthPlatformClient | None],
        run_task: Callable[[CoreTask], None],
        parent: QWidget,
    ) -> None:
        self.iface = iface
        self.client = client
        self.run_task = run_task
        self.parent = parent
        self.masks_shown = True

    def _load(
        self,
        items: list[dict[str, Any]],
        done: Callable[[], None],
        task_for: Callable[[EarthPlatformClient], CoreTask],
        loaded: Callable[[Any], None],
    ) -> None:
        """Run the task made for the current connection; then done() and loaded(outcome).
        Without a connection or items, only done()."""
        client = self.client()
        if client is None or not items:
            done()
            return
        task = task_for(client)

        def finished(outcome: TaskOutcome[Any]) -> None:
            done()
            loaded(outcome)

        task.done.connect(finished)
        self.run_task(task)

    # ---- cloud masks -------------------------------------------------------------------------

    def load_masks(self, items: list[dict[str, Any]], done: Callable[[], None]) -> None:
        """Every cloud mask of the items, as raster layers under the masks' group; done() is
        called once they are in (or nothing could be loaded)."""
        self._load(items, done, lambda client: MaskTask(client, items), self._masks_loaded)

    def _masks_loaded(self, outcome: TaskOutcome[list[tuple[CloudMask, QgsMapLayer]]]) -> None:
        masks = plugin_subgroup(MASKS_GROUP)
        layers = [layer for _, layer in outcome.result]
        for layer in layers:
            QgsProject.instance().addMapLayer(layer, False)
            # Hidden while the analyst has the masks switched off to compare.
            masks.addLayer(layer).setItemVisibilityChecked(self.masks_shown)
        # Details here are mostly items without a mask: "K without" reads better than problems.
        self._report(
            outcome,
            tr("{count} cloud mask layers added").format(count=len(layers)),
            problems=tr("{count} without").format(count=len(outcome.details)),
        )

    # ---- imagery beneath its cloud mask ------------------------------------------------------

    def load_imagery(self, items: list[dict[str, Any]], done: Callable[[], None]) -> None:
        """Each item's true-colour image with its cloud mask above, in the item's sub-group;
        done() is called once they are in (or nothing could be loaded)."""
        self._load(
            items,
            done,
            lambda client: ImageryTask(client, items, imagery_folder()),
            self._imagery_loaded,
        )

    def _imagery_loaded(self, outcome: TaskOutcome[list[ItemImagery]]) -> None:
        imagery = outcome.result
        parent = plugin_subgroup(IMAGERY_GROUP)
        project = QgsProject.instance()
        for found in imagery:
            old = parent.findGroup(found.item_id)
            if old is not None:  # loaded again: the new layers replace the old ones
                project.removeMapLayers(old.findLayerIds())
                parent.removeChildNode(old)
            group = parent.addGroup(found.item_id)
            for layer in (found.mask, found.image):  # the mask above the image
                if layer is not None:
                    project.addMapLayer(layer, False)
                    node = group.addLayer(layer)
                    if layer is found.mask:
                        node.setItemVisibilityChecked(self.masks_shown)
        images = sum(1 for found in imagery if found.image is not None)
        masks = sum(1 for found in imagery if found.mask is not None)
        self._report(
            outcome,
            tr("{images} and {masks} added").format(
                images=plural(images, tr("{n} image"), tr("{n} images")),
                masks=plural(masks, tr("{n} cloud mask"), tr("{n} cloud masks")),
            ),
        )

    def show_masks(self, shown: bool) -> None:
        """Show or hide every cloud mask layer of the plugin at once, to compare with the image."""
        self.masks_shown = shown
        for node in plugin_group().findLayers():
            layer = node.layer()
            if layer is not None and streamed_asset(layer) is not None:
                node.setItemVisibilityChecked(shown)

    # ---- any asset ---------------------------------------------------------------------------

    def show_assets(self, item: dict[str, Any]) -> None:
        """The item's asset list; from it, assets become layers or downloads."""
        dialog = AssetsDialog(item, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.keys:
            return
        if dialog.choice == "download":
            self.download([item], dialog.keys)
            return
        task = AssetLayersTask(item, dialog.keys, qgis_network())
        task.done.connect(self._assets_loaded)
        self.run_task(task)

    def _assets_loaded(self, outcome: TaskOutcome[list[QgsMapLayer]]) -> None:
        group = plugin_subgroup(ASSETS_GROUP)
        layers = outcome.result
        for layer in layers:
            QgsProject.instance().addMapLayer(layer, False)
            group.addLayer(layer)
        self._report(
            outcome,
            tr("{layers} added").format(
                layers=plural(len(layers), tr("{n} asset layer"), tr("{n} asset layers"))
            ),
        )

    # ---- downloads ---------------------------------------------------------------------------

    def download(self, items: list[dict[str, Any]], preselected: list[str] | None = None) -> None:
        """Ask which assets and where, then download them in the background."""
        client = self.client()
        if client is None or not items:
            return
        dialog = DownloadDialog(items, preselected, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        add_layers = dialog.add_layers.isChecked()
        task = DownloadTask(client, items, dialog.keys(), dialog.target())
        # Downloaded files are named as the streamed assets are: by the asset's title.
        titles = {
            (str(item.get("id")), asset.key): asset.title
            for item in items
            for asset in item_assets(item)
        }
        task.done.connect(lambda outcome: self._downloaded(outcome, add_layers, titles))
        self.run_task(task)

    def _downloaded(
        self,
        outcome: TaskOutcome[DownloadReport],
        add_layers: bool,
        titles: dict[tuple[str, str], str],
    ) -> None:
        report = outcome.result
        if add_layers:
            group = plugin_subgroup(DOWNLOADS_GROUP)
            for file in report.files:
                ref = file.ref
                name = layer_name(ref.item_id, titles.get((ref.item_id, ref.asset), ref.asset))
                layer = _local_layer(file.path, name, ref.asset)
                if layer is not None:
                    QgsProject.instance().addMapLayer(layer, False)
                    group.addLayer(layer)
        summary = tr("{files} downloaded ({size})").format(
            files=plural(len(report.written), tr("{n} file"), tr("{n} files")),
            size=describe_size(report.bytes),
        )
        if report.present:
            summary += tr(", {count} already there").format(count=len(report.present))
        if report.unverified:
            summary += tr("; {count} without a checksum to check them by").format(
                count=len(report.unverified)
            )
        if outcome.cancelled:
            summary = tr("Download cancelled: {summary}; run it again to resume").format(
                summary=summary
            )
        self._report(outcome, summary)

    # ---- messages ----------------------------------------------------------------------------

    def _report(self, outcome: TaskOutcome[Any], summary: str, problems: str = "") -> None:
        """Details to the log, one line to the message bar: the summary, and how many details
        there are (`problems`, where the count of problems is not the word for them)."""
        for detail in outcome.details:
            QgsMessageLog.logMessage(detail, LOG_TAG, Qgis.MessageLevel.Warning)
        if outcome.error:
            self.iface.messageBar().pushMessage(
                __title__, outcome.error, Qgis.MessageLevel.Critical, 10
            )
            return
        problems = problems or plural(len(outcome.details), tr("{n} problem"), tr("{n} problems"))
        seen = tr("; {problems} (see the log)").format(problems=problems) if outcome.details else ""
        level = Qgis.MessageLevel.Warning if outcome.details else Qgis.MessageLevel.Success
        self.iface.messageBar().pushMessage(__title__, f"{summary}{seen}.", level, 8)


def _local_layer(path: Path, name: str, key: str) -> QgsMapLayer | None:
    """A downloaded asset file as a layer, where it is one (rasters through GDAL, vectors OGR)."""
    kind = asset_kind("", str(path))
    if kind == AssetKind.FILE:
        return None
    layer = open_layer(str(path), name, kind, key)
    return layer if layer.isValid() else None
