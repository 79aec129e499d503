"""Cloud masks as rasters streamed by GDAL's /vsicurl/ (only the byte ranges a render needs),
coloured by what each value means; their links renewed, their problems said in words."""

from __future__ import annotations

import functools
import json
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass

from osgeo import gdal
from qgis.core import (
    QgsDataProvider,
    QgsMapLayer,
    QgsPalettedRasterRenderer,
    QgsRasterLayer,
)
from qgis.PyQt.QtGui import QColor

from earthplatform_qgis.map.names import layer_name
from earthplatform_qgis.stac.http import redact_url
from earthplatform_qgis.stac.links import AssetRef
from earthplatform_qgis.stac.masks import AG_MASK, EDA_MASK, SCL_MASK, CloudMask
from earthplatform_qgis.stac.presigned_relay import RELAY, relayed_link, s3_like_signed
from earthplatform_qgis.stac.words import marked, tr

# What a mask value says of the ground beneath, for counting clear sky: NODATA pixels are not
# counted at all; the others are the valid pixels, each in one of the four summed categories.
NODATA, CLEAR, CLOUD, SHADOW, OTHER = "nodata", "clear", "cloud", "shadow", "other"


@dataclass(frozen=True)
class MaskClass:
    """A mask value's meaning, its category and its colour (RGBA, alpha 0 where the map shows
    through)."""

    value: int
    label: str  # marked(): shown through tr()
    category: str
    rgba: tuple[int, int, int, int]


# Hues no land, cloud or shadow has, so a mask stays visible over the image it was made from
# (white over a white cloud would hide a correct mask) as well as on its own.
_SEE_THROUGH = (0, 0, 0, 0)
_CLOUD = (235, 40, 200, 170)
_SHADOW = (255, 160, 0, 170)
_THIN = (0, 200, 255, 130)
_AG_CLASSES = (
    MaskClass(0, marked("No data"), NODATA, _SEE_THROUGH),
    MaskClass(1, marked("Clear"), CLEAR, _SEE_THROUGH),
    MaskClass(2, marked("Cloud"), CLOUD, _CLOUD),
    MaskClass(3, marked("Cloud shadow"), SHADOW, _SHADOW),
)
# Values as documented by each product; the EDA mask's first band is the cloud band and
# has the agriculture mask's classes plus thin cloud. In SCL, only what is seen of the ground
# itself (vegetation, bare soil, water) is clear; defects, dark areas, unclassified pixels and
# snow are valid but "other", as EarthDaily's own clear-cover counts leave them out of "clear".
MASK_CLASSES: dict[str, tuple[MaskClass, ...]] = {
    AG_MASK.key: _AG_CLASSES,
    EDA_MASK.key: (*_AG_CLASSES, MaskClass(4, marked("Thin cloud"), CLOUD, _THIN)),
    SCL_MASK.key: (
        MaskClass(0, marked("No data"), NODATA, _SEE_THROUGH),
        MaskClass(1, marked("Saturated or defective"), OTHER, (230, 0, 0, 170)),
        MaskClass(2, marked("Dark area or topographic shadow"), OTHER, (70, 70, 70, 120)),
        MaskClass(3, marked("Cloud shadow"), SHADOW, _SHADOW),
        MaskClass(4, marked("Vegetation"), CLEAR, _SEE_THROUGH),
        MaskClass(5, marked("Bare soil"), CLEAR, _SEE_THROUGH),
        MaskClass(6, marked("Water"), CLEAR, _SEE_THROUGH),
        MaskClass(7, marked("Unclassified"), OTHER, _SEE_THROUGH),
        MaskClass(8, marked("Cloud, medium probability"), CLOUD, (240, 130, 220, 140)),
        MaskClass(9, marked("Cloud, high probability"), CLOUD, _CLOUD),
        MaskClass(10, marked("Thin cirrus"), CLOUD, _THIN),
        MaskClass(11, marked("Snow or ice"), OTHER, (170, 225, 255, 150)),
    ),
}
MASK_BAND = 1
# Custom layer property naming the catalog asset a mask layer streams (saved in projects).
ASSET_PROPERTY = "earthplatform/asset"


# /vsicurl/'s read granularity. GDAL's 16 KB default fetches about five times the bytes of a
# compressed 512 px mask block (~3.4 KB); 4 KB still takes a whole block in one request
# (a read fetches every chunk it needs at once) and brings what clear sky reads down from
# 3.8x to 1.9x the blocks' bytes (make bench #9).
CHUNK_SIZE = 4096
# GDAL 3.6.0 to 3.6.2 download the whole file behind an S3-presigned link to learn its size
# (GDAL issue 7150, fixed in 3.6.3).
WHOLE_FILE_SIZE_PROBE = int(gdal.VersionInfo()) < 3060300


@functools.cache
def configure_gdal() -> None:
    """GDAL settings for streaming masks, made once per session and only where the user set none.

    Called when the plugin starts: GDAL reads the chunk size once, at the first /vsicurl/ read
    of the session. Directory listing is turned off per layer (vsicurl_path), not here: a global
    GDAL_DISABLE_READDIR_ON_OPEN or CPL_VSIL_CURL_ALLOWED_EXTENSIONS would also change how
    the user's own local and remote layers open.
    """
    # Adjacent blocks of a render then come in one request instead of one each.
    if gdal.GetConfigOption("GDAL_HTTP_MERGE_CONSECUTIVE_RANGES") is None:
        gdal.SetConfigOption("GDAL_HTTP_MERGE_CONSECUTIVE_RANGES", "YES")
    if gdal.GetConfigOption("CPL_VSIL_CURL_CHUNK_SIZE") is None:
        gdal.SetConfigOption("CPL_VSIL_CURL_CHUNK_SIZE", str(CHUNK_SIZE))


def streamed_url(href: str) -> str:
    """The URL GDAL reads for href: href itself, or where this GDAL would read a presigned
    link whole to learn its size, the loopback relay's URL for it (see presigned_relay)."""
    if WHOLE_FILE_SIZE_PROBE and s3_like_signed(href):
        return RELAY.url_for(href)
    return href


def vsicurl_path(href: str) -> str:
    """The GDAL path streaming href with range requests.

    list_dir=no: no listing of the asset's folder. empty_dir=yes: no probe for sidecar files
    either, which GDAL 3.10 still makes without it, appending ".aux.xml" to the whole signed
    URL: requests the server refuses, and warnings that print the signed URL into the log.
    """
    query = urllib.parse.urlencode(
        {"list_dir": "no", "empty_dir": "yes", "url": streamed_url(href)}
    )
    return f"/vsicurl?{query}"


def saved_source(path: str) -> str:
    """A layer source as a project saves it: a /vsicurl? path names the presigned link itself,
    never this session's loopback relay (gone when QGIS closes); other sources as they are."""
    return _with_streamed_url(path, lambda url: relayed_link(url) or url)


def read_source(path: str) -> str:
    """A layer source read from a project: a /vsicurl? path streams its link as this GDAL
    should (see streamed_url), whichever QGIS saved it; other sources as they are."""
    return _with_streamed_url(path, lambda url: streamed_url(relayed_link(url) or url))


def _with_streamed_url(path: str, change: Callable[[str], str]) -> str:
    if not path.startswith("/vsicurl?"):
        return path
    params = urllib.parse.parse_qsl(path.removeprefix("/vsicurl?"), keep_blank_values=True)
    changed = [(key, change(value) if key == "url" else value) for key, value in params]
    if changed == params:
        return path
    return f"/vsicurl?{urllib.parse.urlencode(changed)}"


def mask_layer_name(mask: CloudMask) -> str:
    """`<item id> — <mask kind title>`."""
    return layer_name(mask.item_id, tr(mask.kind.title))


def mask_layer(mask: CloudMask, name: str) -> QgsRasterLayer:
    """The mask asset as a raster layer, streamed, coloured by what each value means.

    Clear and no-data pixels are transparent, so what lies below shows through. The layer may
    be invalid (unreachable URL): check with mask_layer_problem.
    """
    configure_gdal()
    layer = QgsRasterLayer(vsicurl_path(mask.href), name, "gdal")
    # Saved with the project, so an expired signed URL can be replaced when it is reopened.
    ref = mask.ref
    layer.setCustomProperty(
        ASSET_PROPERTY,
        json.dumps(
            {
                "collection": ref.collection,
                "item": ref.item_id,
                "asset": ref.asset,
                "kind": mask.kind.key,
            }
        ),
    )
    style_mask(layer, mask.kind.key)
    return layer


def style_mask(layer: QgsRasterLayer, kind: str) -> None:
    """Colour a valid mask layer by what each value of its kind means."""
    if not layer.isValid():
        return
    classes = [
        QgsPalettedRasterRenderer.Class(c.value, QColor(*c.rgba), tr(c.label))
        for c in MASK_CLASSES[kind]
    ]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), MASK_BAND, classes))


def streamed_asset(layer: QgsMapLayer) -> tuple[AssetRef, str] | None:
    """The catalog asset a layer streams and the mask kind, for layers this plugin made."""
    text = layer.customProperty(ASSET_PROPERTY)
    if not text:
        return None
    try:
        data = json.loads(text)
        return AssetRef(data["collection"], data["item"], data["asset"]), str(data["kind"])
    except (ValueError, KeyError, TypeError):
        return None


def restream(layer: QgsRasterLayer, href: str, kind: str) -> None:
    """Point a mask layer at a freshly signed URL of the same asset, keeping its style."""
    layer.setDataSource(
        vsicurl_path(href), layer.name(), "gdal", QgsDataProvider.ProviderOptions(), False
    )
    style_mask(layer, kind)


def redact_hrefs(text: str, hrefs: tuple[str, ...]) -> str:
    """text with every signed URL (and its /vsicurl/ form) shown without its query string."""
    for href in hrefs:
        safe = redact_url(href)
        url = streamed_url(href)
        text = text.replace(vsicurl_path(href), safe).replace(url, safe).replace(href, safe)
    return text


def layer_problem(layer: QgsMapLayer, what: str, hrefs: tuple[str, ...]) -> str | None:
    """Why a layer streaming hrefs cannot be shown, in words without signed URLs; or None."""
    if layer.isValid():
        return None
    if isinstance(layer, QgsRasterLayer):
        reason = layer.error().summary()
    else:
        # error() of an OGR layer that failed to open crashes QGIS 3.22; GDAL's last message
        # (kept per thread) is the same reason.
        reason = gdal.GetLastErrorMsg() or tr("unreachable, or not in a format OGR reads")
    return tr("{what} cannot be opened: {reason}").format(
        what=what, reason=redact_hrefs(reason, hrefs)
    )


def mask_layer_problem(layer: QgsRasterLayer, mask: CloudMask) -> str | None:
    """Why a mask layer cannot be shown, in words for the user; None when it can."""
    what = tr("The {mask} of {item}").format(mask=tr(mask.kind.title), item=mask.item_id)
    return layer_problem(layer, what, (mask.href,))
