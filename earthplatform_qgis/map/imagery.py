"""True-colour imagery of an item, to lay beneath its cloud mask.

The item's `visual` (TCI) asset where it has one; otherwise a GDAL VRT stacking its `red`,
`green` and `blue` COGs, each streamed over /vsicurl/, shown with a stretch suited to L2A
surface reflectance. The VRT is written to a folder on disk so a saved project can reopen it;
its XML is also kept on the layer, so newly signed links can be written into it later without
the network.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import time
import xml.etree.ElementTree as ElementTree  # nosec B405 # see resign_vrt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsContrastEnhancement,
    QgsDataProvider,
    QgsMapLayer,
    QgsMultiBandColorRenderer,
    QgsRasterLayer,
)

from earthplatform_qgis.map.names import layer_name
from earthplatform_qgis.map.rasters import configure_gdal, layer_problem, redact_hrefs, vsicurl_path
from earthplatform_qgis.stac.errors import EarthPlatformError
from earthplatform_qgis.stac.links import AssetRef, readable_href, streamed_links
from earthplatform_qgis.stac.words import tr

VISUAL_ASSET = "visual"
RGB_ASSETS = ("red", "green", "blue")
# Surface reflectance shown from black to white: bright land rarely goes above 0.3, and a
# wider range leaves fields and forest a dull grey.
REFLECTANCE_SHOWN = (0.0, 0.3)
# Sentinel-2 L2A digital numbers are reflectance x 10 000; used when an asset gives no scale.
DEFAULT_SCALE, DEFAULT_OFFSET = 0.0001, 0.0
# Custom layer property describing the imagery a layer shows (saved in projects).
IMAGERY_PROPERTY = "earthplatform/imagery"
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class ImageryError(EarthPlatformError):
    """An item has no true-colour imagery the plugin can show."""


@dataclass(frozen=True)
class TrueColour:
    """Where an item's true-colour picture comes from.

    `assets` is ("visual",) or the red, green and blue assets' keys, `hrefs` their URLs in the
    same order, `stretch` the (black, white) digital numbers of each band (none for `visual`,
    which is already made for display).
    """

    collection: str
    item_id: str
    assets: tuple[str, ...]
    hrefs: tuple[str, ...]
    stretch: tuple[tuple[float, float], ...] = ()

    @property
    def is_visual(self) -> bool:
        return self.assets == (VISUAL_ASSET,)

    @property
    def refs(self) -> tuple[AssetRef, ...]:
        return tuple(AssetRef(self.collection, self.item_id, key) for key in self.assets)

    @property
    def layer_name(self) -> str:
        """`<item id> — True colour (visual)` or `… (red, green, blue)`."""
        return layer_name(
            self.item_id, tr("True colour ({assets})").format(assets=", ".join(self.assets))
        )


def band_stretch(asset: dict[str, Any]) -> tuple[float, float]:
    """The digital numbers shown black and white for one band: REFLECTANCE_SHOWN through the
    band's `raster:bands` scale and offset, Sentinel-2's 1/10 000 where it gives none."""
    bands = asset.get("raster:bands")
    band = bands[0] if isinstance(bands, list) and bands and isinstance(bands[0], dict) else {}
    scale, offset = band.get("scale", DEFAULT_SCALE), band.get("offset", DEFAULT_OFFSET)
    if not isinstance(scale, (int, float)) or isinstance(scale, bool) or scale <= 0:
        scale = DEFAULT_SCALE
    if not isinstance(offset, (int, float)) or isinstance(offset, bool):
        offset = DEFAULT_OFFSET
    low, high = ((value - offset) / scale for value in REFLECTANCE_SHOWN)
    return max(0.0, low), high


def true_colour(item: dict[str, Any]) -> TrueColour:
    """The item's true-colour source: `visual` when readable, else red/green/blue.

    Raises ImageryError saying what the item lacks.
    """
    item_id = str(item.get("id") or "")
    collection = str(item.get("collection") or "")
    found = item.get("assets")
    assets: dict[str, Any] = found if isinstance(found, dict) else {}
    visual = assets.get(VISUAL_ASSET)
    visual_href = readable_href(visual) if isinstance(visual, dict) else None
    if visual_href:
        return TrueColour(collection, item_id, (VISUAL_ASSET,), (visual_href,))
    keys = [_band_key(assets, colour) for colour in RGB_ASSETS]
    bands = [assets.get(key) for key in keys]
    hrefs = [readable_href(band) if isinstance(band, dict) else None for band in bands]
    missing = [colour for colour, href in zip(RGB_ASSETS, hrefs) if not href]
    if missing:
        if len(missing) == 1:
            lacking = tr(
                "{item} has no true-colour imagery: no readable 'visual' asset, and no readable "
                "{assets} asset."
            )
        else:
            lacking = tr(
                "{item} has no true-colour imagery: no readable 'visual' asset, and no readable "
                "{assets} assets."
            )
        raise ImageryError(
            lacking.format(item=item_id, assets=", ".join(repr(key) for key in missing))
        )
    return TrueColour(
        collection,
        item_id,
        tuple(keys),
        tuple(href for href in hrefs if href),
        tuple(band_stretch(band) for band in bands if isinstance(band, dict)),
    )


def _band_key(assets: dict[str, Any], colour: str) -> str:
    """The key of the asset holding a colour: the colour itself (EarthPlatform's `red`), else
    the single-band asset whose `eo:bands` common name it is (`B04` in other catalogs)."""
    if colour in assets:
        return colour
    for key, asset in assets.items():
        bands = asset.get("eo:bands") if isinstance(asset, dict) else None
        single = bands[0] if isinstance(bands, list) and len(bands) == 1 else None
        if isinstance(single, dict) and single.get("common_name") == colour:
            return str(key)
    return colour


def vrt_path(folder: Path, source: TrueColour) -> Path:
    """Where an item's RGB VRT lives: named by collection, item and links, safe as a file name.

    Newly signed links get a new file: GDAL writes statistics back into an open VRT when it
    closes it, which would undo a rewrite in place.
    """
    name = _SAFE_NAME.sub("_", f"{source.collection}__{source.item_id}")
    links = hashlib.sha256("\n".join(source.hrefs).encode()).hexdigest()[:12]
    return folder / f"{name}__{links}.vrt"


def build_rgb_vrt(source: TrueColour, path: Path) -> str:
    """Write the VRT stacking the red, green and blue COGs (streamed) to path; its XML.

    Opens each COG's header over the network: call it off the GUI thread.
    """
    configure_gdal()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ImageryError(
            tr("The VRT of {item} cannot be written: {error}").format(
                item=source.item_id, error=error
            )
        ) from None
    options = gdal.BuildVRTOptions(separate=True, resolution="highest")
    sources = [vsicurl_path(href) for href in source.hrefs]
    try:
        dataset = gdal.BuildVRT(str(path), sources, options=options)
    except RuntimeError as error:  # raised instead of returned where gdal.UseExceptions() is on
        raise ImageryError(_unreadable(source, str(error))) from None
    # BuildVRT leaves out, with only a warning, any source it cannot open.
    if dataset is None or dataset.RasterCount != len(sources):
        raise ImageryError(_unreadable(source, gdal.GetLastErrorMsg()))
    for index, key in enumerate(source.assets, start=1):
        dataset.GetRasterBand(index).SetDescription(key)
    dataset = None  # closing writes the file
    return path.read_text(encoding="utf-8")


def _unreadable(source: TrueColour, reason: str) -> str:
    return tr("The {assets} images of {item} cannot be opened: {reason}").format(
        assets=", ".join(source.assets),
        item=source.item_id,
        reason=redact_hrefs(reason or tr("unknown error"), source.hrefs),
    )


def resign_vrt(xml: str, hrefs: tuple[str, ...]) -> str:
    """The VRT with its bands' sources pointed at newly signed URLs, band i at hrefs[i]."""
    root = ElementTree.fromstring(xml)  # nosec B314 # the VRT we wrote; no external entity read
    for band, href in zip(root.iter("VRTRasterBand"), hrefs):
        for name in band.iter("SourceFilename"):
            name.text = vsicurl_path(href)
            name.set("relativeToVRT", "0")
    return ElementTree.tostring(root, encoding="unicode")


def imagery_layer(source: TrueColour, vrt_folder: Path) -> QgsRasterLayer:
    """The item's true-colour layer, streamed and styled to look right as it is.

    May be invalid (an unreachable URL): check layer.isValid(). Reads over the network: call it
    off the GUI thread.
    """
    configure_gdal()
    xml = ""
    if source.is_visual:
        uri = vsicurl_path(source.hrefs[0])
    else:
        path = vrt_path(vrt_folder, source)
        xml = build_rgb_vrt(source, path)
        uri = str(path)
    layer = QgsRasterLayer(uri, source.layer_name, "gdal")
    layer.setCustomProperty(
        IMAGERY_PROPERTY,
        json.dumps(
            {
                "collection": source.collection,
                "item": source.item_id,
                "assets": list(source.assets),
                "stretch": [list(pair) for pair in source.stretch],
                "vrt": xml,
            }
        ),
    )
    style_imagery(layer, source)
    return layer


def style_imagery(layer: QgsRasterLayer, source: TrueColour) -> None:
    """Bands 1-3 as red, green, blue; RGB stretched to REFLECTANCE_SHOWN, visual as it is."""
    if not layer.isValid() or layer.bandCount() < 3:
        return
    provider = layer.dataProvider()
    renderer = QgsMultiBandColorRenderer(provider, 1, 2, 3)
    setters = (
        renderer.setRedContrastEnhancement,
        renderer.setGreenContrastEnhancement,
        renderer.setBlueContrastEnhancement,
    )
    for band, setter in enumerate(setters, start=1):
        enhancement = QgsContrastEnhancement(provider.dataType(band))
        low, high = source.stretch[band - 1] if source.stretch else (0.0, 255.0)
        enhancement.setMinimumValue(low)
        enhancement.setMaximumValue(high)
        enhancement.setContrastEnhancementAlgorithm(
            QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum
        )
        setter(enhancement)
    layer.setRenderer(renderer)


def shown_imagery(layer: QgsMapLayer) -> TrueColour | None:
    """The imagery a layer this plugin made shows (with the links it was last given)."""
    text = layer.customProperty(IMAGERY_PROPERTY)
    if not text:
        return None
    try:
        data = json.loads(text)
        return TrueColour(
            str(data["collection"]),
            str(data["item"]),
            tuple(str(key) for key in data["assets"]),
            (),
            tuple((float(low), float(high)) for low, high in data.get("stretch") or ()),
        )
    except (ValueError, KeyError, TypeError):
        return None


def imagery_links(layer: QgsMapLayer) -> list[str]:
    """The URLs an imagery layer streams: read from the VRT XML kept on the layer (no file
    read), or from its source for a visual asset."""
    try:
        data = json.loads(layer.customProperty(IMAGERY_PROPERTY) or "{}")
    except ValueError:
        return []
    xml = data.get("vrt") if isinstance(data, dict) else None
    return streamed_links(str(xml) if xml else layer.source())


def restream_imagery(
    layer: QgsRasterLayer, source: TrueColour, hrefs: tuple[str, ...], vrt_folder: Path
) -> None:
    """Point an imagery layer at newly signed URLs of its assets, keeping its style.

    An RGB layer gets a new VRT in vrt_folder, written from the XML kept on the layer (no
    network); the old file is removed once the layer has let go of it.
    """
    renewed = TrueColour(source.collection, source.item_id, source.assets, hrefs, source.stretch)
    old = Path(layer.source())
    if renewed.is_visual:
        uri = vsicurl_path(hrefs[0])
    else:
        data = json.loads(layer.customProperty(IMAGERY_PROPERTY))
        data["vrt"] = resign_vrt(str(data["vrt"]), hrefs)
        path = vrt_path(vrt_folder, renewed)
        if path.resolve() == old.resolve():  # however the project wrote the path
            # The same links again (never signed, or signed anew within the same second): the
            # layer has this file open, and GDAL may write its own copy back when it lets go.
            path = path.with_name(f"{path.stem}_{time.time_ns()}.vrt")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(data["vrt"], encoding="utf-8")
        layer.setCustomProperty(IMAGERY_PROPERTY, json.dumps(data))
        uri = str(path)
    layer.setDataSource(uri, layer.name(), "gdal", QgsDataProvider.ProviderOptions(), False)
    style_imagery(layer, renewed)
    if old.suffix == ".vrt" and str(old) != uri:
        # Tidying only: the layer has its new links either way (a render may still hold the
        # old file where the system locks open files).
        with contextlib.suppress(OSError):
            old.unlink(missing_ok=True)


def imagery_problem(layer: QgsRasterLayer, source: TrueColour) -> str | None:
    """Why an imagery layer cannot be shown, in words for the user (no signed URLs); or None."""
    what = tr("The true-colour image of {item}").format(item=source.item_id)
    problem = layer_problem(layer, what, source.hrefs)
    if problem is None and layer.bandCount() < 3:
        return tr("{what} has {count} band(s), not 3.").format(what=what, count=layer.bandCount())
    return problem


def imagery_folder() -> Path:
    """Where RGB VRTs are written: the QGIS profile, so saved projects find them again."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "earthplatform" / "imagery"
