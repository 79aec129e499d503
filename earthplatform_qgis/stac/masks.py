"""Cloud masks of search results, resolved in batches, with readable asset URLs.

EarthPlatform items point at their masks by property: `eda:ag_cloud_mask_*` (agriculture mask,
asset `agriculture-cloud-mask`) and `eda:cloud_mask_*` (EDA mask, asset `cloud-mask`), each
naming a mask item in another collection. Instead of one request per item, the mask items are
fetched with POST /search `ids` + `collections` (stac.items).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.items import fetch_items
from earthplatform_qgis.stac.links import AssetRef, readable_href
from earthplatform_qgis.stac.words import marked, tr

NATIVE_ASSET = "scl"


@dataclass(frozen=True)
class MaskKind:
    """One kind of cloud mask and the item properties that point at it."""

    key: str
    title: str  # marked(): shown through tr()
    available: str
    collection: str
    item_id: str
    asset: str


AG_MASK = MaskKind(
    "ag",
    marked("Agriculture cloud mask"),
    "eda:ag_cloud_mask_available",
    "eda:ag_cloud_mask_collection_id",
    "eda:ag_cloud_mask_item_id",
    "agriculture-cloud-mask",
)
EDA_MASK = MaskKind(
    "eda",
    marked("EDA cloud mask"),
    "eda:cloud_mask_available",
    "eda:cloud_mask_collection_id",
    "eda:cloud_mask_item_id",
    "cloud-mask",
)
# Sentinel-2's own scene classification, offered where EarthDaily has no mask for an item.
SCL_MASK = MaskKind("scl", marked("Scene classification (SCL)"), "", "", "", NATIVE_ASSET)
MASK_KINDS = (AG_MASK, EDA_MASK)


@dataclass(frozen=True)
class MaskRef:
    """An item's pointer to one of its mask items."""

    item_id: str
    kind: MaskKind
    collection: str
    mask_item_id: str


@dataclass(frozen=True)
class CloudMask:
    """A mask asset ready to open: which item it masks, its kind and a readable URL.

    `collection`/`mask_item_id` name the item holding the asset (the item itself for SCL).
    """

    item_id: str
    kind: MaskKind
    collection: str
    mask_item_id: str
    href: str
    asset: dict[str, Any] = field(compare=False, repr=False)

    @property
    def ref(self) -> AssetRef:
        return AssetRef(self.collection, self.mask_item_id, self.kind.asset)


@dataclass
class MaskResolution:
    """Masks found, and for each item without one, why not."""

    masks: list[CloudMask] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)
    requests: int = 0


def first_masks(masks: Iterable[CloudMask]) -> dict[str, CloudMask]:
    """Item id -> the mask to use for it: the first kind of MASK_KINDS it has, its SCL last
    (the order resolve_masks gives)."""
    first: dict[str, CloudMask] = {}
    for mask in masks:
        first.setdefault(mask.item_id, mask)
    return first


def mask_refs(item: dict[str, Any], kinds: Iterable[MaskKind] = MASK_KINDS) -> list[MaskRef]:
    """The masks an item says it has (available true and both ids present)."""
    properties = item.get("properties") or {}
    refs = []
    for kind in kinds:
        collection, mask_id = properties.get(kind.collection), properties.get(kind.item_id)
        if properties.get(kind.available) is True and collection and mask_id:
            refs.append(MaskRef(str(item["id"]), kind, str(collection), str(mask_id)))
    return refs


def resolve_masks(
    client: EarthPlatformClient,
    items: Iterable[dict[str, Any]],
    *,
    kinds: Iterable[MaskKind] = MASK_KINDS,
    native_fallback: bool = True,
    cancelled: Callable[[], bool] = lambda: False,
) -> MaskResolution:
    """The cloud masks of `items` (every requested kind each item has), in few requests.

    An item with no EarthDaily mask gets its own SCL asset when native_fallback is on;
    otherwise, and for dangling references, `missing` says why it has none.
    """
    items = list(items)
    kinds = tuple(kinds)
    refs = {str(item["id"]): mask_refs(item, kinds) for item in items}
    keys = [(ref.collection, ref.mask_item_id) for item_refs in refs.values() for ref in item_refs]
    found, requests = fetch_items(client, keys, cancelled)
    result = MaskResolution(requests=requests)
    for item in items:
        item_id = str(item["id"])
        reasons = []
        masked = False
        for ref in refs[item_id]:
            mask_item = found.get((ref.collection, ref.mask_item_id))
            asset: dict[str, Any] = ((mask_item or {}).get("assets") or {}).get(
                ref.kind.asset
            ) or {}
            href = readable_href(asset) if asset else None
            if mask_item is None:
                reasons.append(
                    tr("{mask} item {item} does not exist").format(
                        mask=tr(ref.kind.title), item=ref.mask_item_id
                    )
                )
            elif href is None:
                reasons.append(
                    tr("{mask} item has no readable '{asset}' asset").format(
                        mask=tr(ref.kind.title), asset=ref.kind.asset
                    )
                )
            else:
                result.masks.append(
                    CloudMask(item_id, ref.kind, ref.collection, ref.mask_item_id, href, asset)
                )
                masked = True
        if masked:
            continue
        native: dict[str, Any] = (item.get("assets") or {}).get(NATIVE_ASSET) or {}
        native_href = readable_href(native) if native_fallback and native else None
        if native_href and not reasons:
            collection = str(item.get("collection") or "")
            result.masks.append(
                CloudMask(item_id, SCL_MASK, collection, item_id, native_href, native)
            )
        else:
            result.missing[item_id] = "; ".join(reasons) or tr("no cloud mask")
    return result
