"""An item's assets as layers: rasters through GDAL (a cloud mask coloured by its values),
vectors through OGR, streamed from their links."""

from __future__ import annotations

from qgis.core import QgsMapLayer, QgsRasterLayer, QgsVectorLayer

from earthplatform_qgis.map.names import layer_name
from earthplatform_qgis.map.rasters import configure_gdal, style_mask, vsicurl_path
from earthplatform_qgis.stac.assets import MASK_ASSETS, AssetInfo, AssetKind
from earthplatform_qgis.stac.words import tr


def asset_layer_name(item_id: str, asset: AssetInfo) -> str:
    """`<item id> — <asset title>`."""
    return layer_name(item_id, asset.title)


def open_layer(uri: str, name: str, kind: AssetKind, key: str) -> QgsMapLayer:
    """uri, the asset `key`, as the layer its kind makes it: a raster through GDAL (a cloud
    mask coloured by what its values mean), a vector through OGR."""
    if kind == AssetKind.RASTER:
        layer = QgsRasterLayer(uri, name, "gdal")
        if key in MASK_ASSETS:
            style_mask(layer, MASK_ASSETS[key])
        return layer
    if kind == AssetKind.VECTOR:
        return QgsVectorLayer(uri, name, "ogr")
    raise ValueError(f"{name} is not a layer")


def asset_layer(item_id: str, asset: AssetInfo) -> QgsMapLayer:
    """A raster or vector asset as a layer streamed from its URL (GDAL/OGR /vsicurl/).

    Reads over the network: call it off the GUI thread. May be invalid: see layer_problem.
    """
    if asset.href is None:
        raise ValueError(tr("'{asset}' has no readable link").format(asset=asset.key))
    configure_gdal()
    name = asset_layer_name(item_id, asset)
    return open_layer(vsicurl_path(asset.href), name, asset.kind, asset.key)
