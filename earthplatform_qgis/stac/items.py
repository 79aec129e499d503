"""Items by collection and id, in batched searches (a GET each only where a search misses)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import ApiError
from earthplatform_qgis.stac.words import tr

IDS_PER_SEARCH = 100


def _chunks(keys: list[tuple[str, str]], size: int) -> Iterable[list[tuple[str, str]]]:
    for start in range(0, len(keys), size):
        yield keys[start : start + size]


def fetch_items(
    client: EarthPlatformClient,
    keys: Iterable[tuple[str, str]],
    cancelled: Callable[[], bool] = lambda: False,
) -> tuple[dict[tuple[str, str], dict[str, Any]], int]:
    """Items by (collection, id), with the number of requests it took.

    Batched searches first; a GET per item only for ids the searches did not return
    (a catalog whose search ignores `ids` for some collection still works).
    """
    wanted = sorted(set(keys))
    found: dict[tuple[str, str], dict[str, Any]] = {}
    requests = 0
    for chunk in _chunks(wanted, IDS_PER_SEARCH):
        body = {
            "collections": sorted({collection for collection, _ in chunk}),
            "ids": sorted({item_id for _, item_id in chunk}),
            "limit": len(chunk),
        }
        for page in client.search_pages(body, cancelled=cancelled):
            requests += 1
            for feature in page.features:
                found[(str(feature.get("collection")), str(feature.get("id")))] = feature
    for collection, item_id in wanted:
        if (collection, item_id) in found:
            continue
        requests += 1
        try:
            found[(collection, item_id)] = client.get_json(
                f"{client.api_url}/collections/{collection}/items/{item_id}",
                tr("Reading mask item {item}").format(item=item_id),
            )
        except ApiError as error:
            if error.status != 404:
                raise
    return found, requests
