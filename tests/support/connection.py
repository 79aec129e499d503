"""The core client connected to the test STAC API, and the searches tests make through it."""

from __future__ import annotations

from typing import Any

from devserver.harness import StacTestServer
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection
from tests.support.catalog import S2


def connect(server: StacTestServer, **overrides: Any) -> EarthPlatformClient:
    """A client of the server with its test credentials; `overrides` replace Connection fields."""
    values: dict[str, Any] = {
        "api_url": server.api_url,
        "token_url": server.token_url,
        "credentials": Credentials(server.client_id, server.client_secret),
        "source": "test",
    }
    values.update(overrides)
    return EarthPlatformClient(Connection(**values))


def items_of_tile(client: EarthPlatformClient, tile: str, count: int = 3) -> list[dict[str, Any]]:
    """The first `count` sentinel-2-l2a items of the MGRS tile, by id, as the server sends them."""
    body = {
        "collections": [S2],
        "limit": count,
        "query": {"grid:code": {"eq": f"MGRS-{tile}"}},
        "sortby": [{"field": "id", "direction": "asc"}],
    }
    page = next(iter(client.search_pages(body, max_items=count)))
    assert page.features, f"the catalog has items on {tile}"
    return page.features
