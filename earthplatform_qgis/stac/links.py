"""Asset links: which href of an asset can be read, when a signed one expires, which links a
streamed layer holds, and fresh signed links from the catalog."""

from __future__ import annotations

import datetime as dt
import html
import re
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.items import fetch_items
from earthplatform_qgis.stac.presigned_relay import relayed_link

# The url= of a /vsicurl? path, in a layer source or (XML-escaped) in a VRT.
_STREAMED_URL = re.compile(r"/vsicurl\?(?:[^\"<\s]*?&)?url=([^&\"<\s]+)")


def streamed_links(text: str) -> list[str]:
    """The links GDAL streams for a layer, from its source or its VRT's XML (the presigned
    link itself where GDAL reads it through the loopback relay)."""
    urls = (urllib.parse.unquote(url) for url in _STREAMED_URL.findall(html.unescape(text)))
    return [relayed_link(url) or url for url in urls]


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


@dataclass(frozen=True)
class AssetRef:
    """Where an asset lives in the catalog, so its (expiring) URL can be asked for again."""

    collection: str
    item_id: str
    asset: str


def readable_href(asset: dict[str, Any]) -> str | None:
    """An https URL for the asset: `alternate.download.href` where `href` is s3:// (not readable
    without AWS credentials), else `href`."""
    href = str(asset.get("href") or "")
    if href.startswith(("http://", "https://")):
        return href
    alternates = asset.get("alternate")
    download = alternates.get("download") if isinstance(alternates, dict) else None
    alternate = download.get("href") if isinstance(download, dict) else None
    return str(alternate) if alternate else None


def fresh_hrefs(
    client: EarthPlatformClient,
    refs: Iterable[AssetRef],
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[AssetRef, str]:
    """Newly signed readable URLs of assets (signed URLs expire: a project reopened tomorrow
    needs new ones). Assets whose item or asset is gone are left out."""
    refs = list(refs)
    found, _ = fetch_items(client, [(ref.collection, ref.item_id) for ref in refs], cancelled)
    hrefs = {}
    for ref in refs:
        asset = ((found.get((ref.collection, ref.item_id)) or {}).get("assets") or {}).get(
            ref.asset
        )
        href = readable_href(asset) if asset else None
        if href:
            hrefs[ref] = href
    return hrefs
