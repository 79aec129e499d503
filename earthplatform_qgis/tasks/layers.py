"""Tasks that open layers off the GUI thread: cloud masks, imagery beneath its mask, assets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import QgsApplication, QgsMapLayer

from earthplatform_qgis.gdal_network import reading_through
from earthplatform_qgis.map.asset_layers import asset_layer
from earthplatform_qgis.map.imagery import ImageryError, imagery_layer, imagery_problem, true_colour
from earthplatform_qgis.map.rasters import (
    layer_problem,
    mask_layer,
    mask_layer_name,
    mask_layer_problem,
)
from earthplatform_qgis.stac.assets import AssetKind, item_assets
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.masks import CloudMask, MaskResolution, first_masks, resolve_masks
from earthplatform_qgis.stac.network_settings import NetworkSettings
from earthplatform_qgis.stac.words import tr
from earthplatform_qgis.tasks.base import CoreTask, TaskOutcome


class _LayerTask(CoreTask):
    """A task that opens layers off the GUI thread (a /vsicurl/ raster reads its header over
    the network) and moves each to the main thread before it is handed over."""

    network: NetworkSettings

    def _handed_over(self, layer: QgsMapLayer, problem: str | None) -> QgsMapLayer | None:
        """The layer moved to the main thread, or None with its problem in the details."""
        if problem:
            self.outcome.details.append(problem)
            return None
        layer.moveToThread(QgsApplication.instance().thread())
        return layer

    def _open_mask(self, mask: CloudMask) -> QgsMapLayer | None:
        """The mask as a styled layer, or None with the reason in the outcome's details."""
        with reading_through(self.network, mask.href):
            layer = mask_layer(mask, mask_layer_name(mask))
            problem = mask_layer_problem(layer, mask)
        return self._handed_over(layer, problem)

    def _resolve_masks(self, items: list[dict[str, Any]]) -> MaskResolution:
        resolution = resolve_masks(self.client, items, cancelled=self.isCanceled)
        self.outcome.details = [
            tr("{item}: {problem}").format(item=item, problem=why)
            for item, why in resolution.missing.items()
        ]
        return resolution


class MaskTask(_LayerTask):
    """Resolves the cloud masks of items and opens each as a raster layer."""

    outcome: TaskOutcome[list[tuple[CloudMask, QgsMapLayer]]]

    def __init__(self, client: EarthPlatformClient, items: list[dict[str, Any]]) -> None:
        super().__init__(tr("EarthPlatform: loading cloud masks"), TaskOutcome([]))
        self.client = client
        self.network = client.network
        self.items = items

    def work(self) -> None:
        resolution = self._resolve_masks(self.items)
        for index, mask in enumerate(resolution.masks):
            if self.isCanceled():
                return
            layer = self._open_mask(mask)
            if layer is not None:
                self.outcome.result.append((mask, layer))
            self.setProgress(100.0 * (index + 1) / len(resolution.masks))


@dataclass
class ItemImagery:
    """An item's true-colour layer and the cloud mask to lay over it (either may be missing)."""

    item_id: str
    image: QgsMapLayer | None = None
    mask: QgsMapLayer | None = None


class ImageryTask(_LayerTask):
    """Opens each item's true-colour imagery and its first cloud mask (agriculture, EDA, SCL)."""

    outcome: TaskOutcome[list[ItemImagery]]

    def __init__(
        self, client: EarthPlatformClient, items: list[dict[str, Any]], vrt_folder: Path
    ) -> None:
        super().__init__(tr("EarthPlatform: loading imagery with cloud masks"), TaskOutcome([]))
        self.client = client
        self.network = client.network
        self.items = items
        self.vrt_folder = vrt_folder

    def work(self) -> None:
        resolution = self._resolve_masks(self.items)
        first_mask = first_masks(resolution.masks)
        for index, item in enumerate(self.items):
            if self.isCanceled():
                return
            found = ItemImagery(str(item["id"]))
            found.image = self._open_imagery(item)
            if found.item_id in first_mask:
                found.mask = self._open_mask(first_mask[found.item_id])
            if found.image is not None or found.mask is not None:
                self.outcome.result.append(found)
            self.setProgress(100.0 * (index + 1) / len(self.items))

    def _open_imagery(self, item: dict[str, Any]) -> QgsMapLayer | None:
        try:
            source = true_colour(item)
            # An item's bands are files side by side, behind one proxy.
            with reading_through(self.network, source.hrefs[0]):
                layer = imagery_layer(source, self.vrt_folder)
                problem = imagery_problem(layer, source)
        except ImageryError as error:
            self.outcome.details.append(str(error))
            return None
        return self._handed_over(layer, problem)


class AssetLayersTask(_LayerTask):
    """Opens assets of one item as layers: rasters through GDAL, vectors through OGR."""

    outcome: TaskOutcome[list[QgsMapLayer]]

    def __init__(self, item: dict[str, Any], keys: list[str], network: NetworkSettings) -> None:
        super().__init__(
            tr("EarthPlatform: adding assets of {item}").format(item=item.get("id")),
            TaskOutcome([]),
        )
        self.item = item
        self.keys = keys
        self.network = network

    def work(self) -> None:
        assets = {asset.key: asset for asset in item_assets(self.item)}
        for key in self.keys:
            if self.isCanceled():
                return
            asset = assets.get(key)
            if asset is None or asset.href is None or asset.kind == AssetKind.FILE:
                self.outcome.details.append(
                    tr("'{asset}' cannot be added as a layer.").format(asset=key)
                )
                continue
            item_id = str(self.item.get("id"))
            with reading_through(self.network, asset.href):
                layer = asset_layer(item_id, asset)
                what = tr("'{asset}' of {item}").format(asset=key, item=item_id)
                problem = layer_problem(layer, what, (asset.href,))
            if (handed := self._handed_over(layer, problem)) is not None:
                self.outcome.result.append(handed)
