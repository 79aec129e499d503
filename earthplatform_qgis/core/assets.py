"""An item's assets as the analyst sees them: what each is, how big, and how QGIS opens it."""

from __future__ import annotations

import datetime as dt
import enum
import html
import posixpath
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

from qgis.core import QgsMapLayer, QgsRasterLayer, QgsVectorLayer

from earthplatform_qgis.core.cloudmask import AG_MASK, EDA_MASK, SCL_MASK, readable_href
from earthplatform_qgis.core.layers import configure_gdal, style_mask, vsicurl_path


class AssetKind(enum.Enum):
    """How QGIS can use an asset: streamed raster, vector through OGR, or a file to download."""

    RASTER = "raster"
    VECTOR = "vector"
    FILE = "file"


# Media types (lower case, parameters ignored) QGIS opens as layers.
RASTER_TYPES = frozenset({"image/tiff", "image/geotiff", "application/geotiff"})
VECTOR_TYPES = frozenset(
    {
        "application/geo+json",
        "application/geopackage+sqlite3",
        "application/vnd.flatgeobuf",
        "application/flatgeobuf",
    }
)
# File name extensions by media type, for assets saved to disk; the href's own wins when it has one.
EXTENSIONS = {
    "image/tiff": ".tif",
    "image/geotiff": ".tif",
    "application/geotiff": ".tif",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/jp2": ".jp2",
    "application/geo+json": ".geojson",
    "application/json": ".json",
    "application/geopackage+sqlite3": ".gpkg",
    "application/vnd.flatgeobuf": ".fgb",
    "application/flatgeobuf": ".fgb",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/plain": ".txt",
    "text/html": ".html",
    "application/x-netcdf": ".nc",
    "application/x-hdf5": ".h5",
    "application/zip": ".zip",
}
RASTER_EXTENSIONS = frozenset({".tif", ".tiff"})
VECTOR_EXTENSIONS = frozenset({".geojson", ".gpkg", ".fgb"})
# Asset keys of cloud masks -> their kind, so such an asset opened on its own (streamed or
# downloaded) is coloured as the plugin's mask layers are, not as a grey band.
MASK_ASSETS = {kind.asset: kind.key for kind in (AG_MASK, EDA_MASK, SCL_MASK)}


@dataclass(frozen=True)
class AssetInfo:
    """One asset of an item: its key and description, where to read it, and how to use it.

    `href` is readable over https (None when the asset has no such location); `size` and
    `checksum` come from the file extension (`file:size`, `file:checksum`) where given.
    """

    key: str
    title: str
    media_type: str
    roles: tuple[str, ...]
    href: str | None
    size: int | None
    checksum: str | None
    kind: AssetKind

    @property
    def extension(self) -> str:
        """The file name extension to save the asset under, with its dot."""
        return asset_extension(self.media_type, self.href)


def _base_type(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _href_extension(href: str | None) -> str:
    if not href:
        return ""
    path = urllib.parse.urlsplit(href).path
    return posixpath.splitext(path)[1].lower()


def asset_extension(media_type: str, href: str | None) -> str:
    """The extension of the asset's file: the href's, else its media type's, else `.bin`."""
    return _href_extension(href) or EXTENSIONS.get(_base_type(media_type), ".bin")


def asset_kind(media_type: str, href: str | None) -> AssetKind:
    """Raster for (cloud-optimised) GeoTIFFs, vector for GeoJSON/GeoPackage/FlatGeobuf."""
    base = _base_type(media_type)
    extension = _href_extension(href)
    if base in RASTER_TYPES or (not base and extension in RASTER_EXTENSIONS):
        return AssetKind.RASTER
    if base in VECTOR_TYPES or (not base and extension in VECTOR_EXTENSIONS):
        return AssetKind.VECTOR
    return AssetKind.FILE


def _size(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def item_assets(item: dict[str, Any]) -> list[AssetInfo]:
    """The item's assets in the item's order; anything that is not an asset object is skipped."""
    assets = item.get("assets")
    if not isinstance(assets, dict):
        return []
    found = []
    for key, asset in assets.items():
        if not isinstance(asset, dict):
            continue
        media_type = str(asset.get("type") or "")
        href = readable_href(asset)
        roles = asset.get("roles")
        checksum = asset.get("file:checksum")
        found.append(
            AssetInfo(
                key=str(key),
                title=str(asset.get("title") or key),
                media_type=media_type,
                roles=tuple(str(role) for role in roles) if isinstance(roles, list) else (),
                href=href,
                size=_size(asset.get("file:size")),
                checksum=str(checksum) if isinstance(checksum, str) and checksum else None,
                kind=asset_kind(media_type, href),
            )
        )
    return found


def describe_size(size: int | None) -> str:
    """`1.2 MB`-style size for people; empty when unknown."""
    if size is None:
        return ""
    if size < 1000:
        return f"{size} bytes"
    value = size / 1000
    for unit in ("kB", "MB"):
        if value < 1000:
            return f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"


def counted(count: int, noun: str) -> str:
    """`1 file`, `3 files`: a count with its noun (regular plurals only)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def asset_layer_name(item_id: str, asset: AssetInfo) -> str:
    """`<item id> — <asset title>`."""
    return f"{item_id} \N{EM DASH} {asset.title}"


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
        raise ValueError(f"'{asset.key}' has no readable link")
    configure_gdal()
    name = asset_layer_name(item_id, asset)
    return open_layer(vsicurl_path(asset.href), name, asset.kind, asset.key)


# The url= of a /vsicurl? path, in a layer source or (XML-escaped) in a VRT.
_STREAMED_URL = re.compile(r"/vsicurl\?(?:[^\"<\s]*?&)?url=([^&\"<\s]+)")


def streamed_links(text: str) -> list[str]:
    """The URLs GDAL streams for a layer, from its source or its VRT's XML."""
    return [urllib.parse.unquote(url) for url in _STREAMED_URL.findall(html.unescape(text))]


def link_expiry(href: str) -> float | None:
    """When a presigned URL stops working (POSIX seconds), where the URL says: `X-Expires` or
    `Expires`, or S3's `X-Amz-Date` plus `X-Amz-Expires`. None when it does not say."""
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)
    for key in ("X-Expires", "Expires"):
        value = query.get(key, [""])[0]
        if value.isdigit():
            return float(value)
    signed, lifetime = query.get("X-Amz-Date", [""])[0], query.get("X-Amz-Expires", [""])[0]
    try:
        start = dt.datetime.strptime(signed, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        return None
    return start.timestamp() + int(lifetime) if lifetime.isdigit() else None
