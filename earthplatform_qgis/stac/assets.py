"""An item's assets as the analyst sees them: what each is (raster, vector or a file), how big,
and the file name extension to save it under."""

from __future__ import annotations

import enum
import posixpath
import urllib.parse
from dataclasses import dataclass
from typing import Any

from earthplatform_qgis.stac.links import readable_href
from earthplatform_qgis.stac.masks import AG_MASK, EDA_MASK, SCL_MASK
from earthplatform_qgis.stac.words import tr


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
        return tr("{size} bytes").format(size=size)
    value = size / 1000
    # French writes ko, Mo, Go.
    for unit in (tr("{size} kB"), tr("{size} MB")):
        if value < 1000:
            return unit.format(size=f"{value:.1f}")
        value /= 1000
    return tr("{size} GB").format(size=f"{value:.1f}")
