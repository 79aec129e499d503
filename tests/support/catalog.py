"""What the test catalog's own files say, read without the plugin's code: the reference the
tests compare the plugin's results with (see devserver/catalog.py for the layout)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from osgeo import ogr, osr

from devserver.harness import StacTestServer

S2 = "sentinel-2-l2a"
# devserver.catalog.EXTRA_ASSETS_TILE: its generated items carry a visual (TCI) asset, file:size
# and file:checksum besides red, green and blue.
VISUAL_TILE = "31TDJ"
# The tile of the real fixture items: red, green and blue, no visual asset.
RGB_TILE = "31TCJ"


def catalog_items(server: StacTestServer, collection: str = S2) -> list[dict[str, Any]]:
    """The catalog's items read from the files the server loaded (independent of the client)."""
    with open(server.catalog_dir / "items.ndjson", encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle]
    return [item for item in items if item["collection"] == collection]


def utc(text: str) -> datetime:
    """An ISO date-time, read as UTC when it names no offset."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def in_lonlat(wkt: str, epsg: int, segment: float = 0.0) -> ogr.Geometry:
    """A geometry given in EPSG:epsg, in lon/lat; its edges first cut every `segment` units
    (curves in lon/lat) where given."""
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(epsg)
    target.ImportFromEPSG(4326)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geometry = ogr.CreateGeometryFromWkt(wkt)
    if segment:
        geometry.Segmentize(segment)
    geometry.Transform(osr.CoordinateTransformation(source, target))
    return geometry
