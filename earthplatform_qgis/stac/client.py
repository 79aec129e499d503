"""One connection to an EarthPlatform STAC API: token, session, collections, search pages."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any

import requests

from earthplatform_qgis.stac.auth import BearerAuth, TokenProvider
from earthplatform_qgis.stac.chunks import DEFAULT_CONCURRENCY, search_chunked
from earthplatform_qgis.stac.connection import Connection
from earthplatform_qgis.stac.errors import ApiError, EarthPlatformError
from earthplatform_qgis.stac.http import (
    api_error,
    describe_network_error,
    make_session,
    redact_url,
    url_origin,
)
from earthplatform_qgis.stac.network_settings import DIRECT, NetworkSettings
from earthplatform_qgis.stac.order import (
    DATETIME,
    TIEBREAKERS,
    ItemOrder,
    Kind,
    kinds_from_queryables,
)
from earthplatform_qgis.stac.paging import Page, iter_pages
from earthplatform_qgis.stac.spec import SearchSpec
from earthplatform_qgis.stac.words import tr

# Conformance classes a catalog must declare for the plugin's searches to work, by the names
# the STAC API specification gives them (not translated).
REQUIRED_CONFORMANCE = {
    "core": "https://api.stacspec.org/v1.0.0/core",
    "item search": "https://api.stacspec.org/v1.0.0/item-search",
}


@dataclass(frozen=True)
class CollectionInfo:
    """What the dock shows of a collection."""

    id: str
    title: str
    description: str


@dataclass(frozen=True)
class ConnectionCheck:
    """The answer of "Test connection": ok or not, and in words why."""

    ok: bool
    message: str


class EarthPlatformClient:
    """Talks to one catalog with one requests session shared by all threads.

    Requests carry a bearer token from the connection's credentials (minted and refreshed as
    needed); collections are cached for the life of the client.
    """

    def __init__(
        self,
        connection: Connection,
        *,
        network: NetworkSettings = DIRECT,
        agent: str | None = None,
    ) -> None:
        self.connection = connection
        self.network = network
        self.api_url = connection.api_url.rstrip("/")
        self.session = make_session(network=network, agent=agent)
        # The token endpoint gets a session of its own: it must not send a bearer token.
        self._token_session = make_session(network=network, agent=agent)
        # Asset links are presigned and often on another host (S3, a CDN): they get no bearer
        # token, which such a host would refuse and should never see.
        self.asset_session = make_session(network=network, agent=agent)
        self.tokens: TokenProvider | None = None
        if connection.credentials is not None:
            self.tokens = TokenProvider(
                connection.token_url, connection.credentials, self._token_session
            )
            self.session.auth = BearerAuth(
                self.tokens, url_origin(connection.api_url), connection.trusted_origins
            )
        self._collections: list[CollectionInfo] | None = None
        self._collections_lock = threading.Lock()
        self._sort_kinds: dict[str, Kind] | None = None

    def close(self) -> None:
        """Release the connection pools."""
        self.session.close()
        self._token_session.close()
        self.asset_session.close()

    def get_json(self, url: str, what: str) -> Any:
        """GET url and parse its JSON; errors say what was being fetched (what, through tr())
        and why it failed."""
        try:
            response = self.session.get(url)
        except requests.RequestException as error:
            raise ApiError(describe_network_error(error, url), url=redact_url(url)) from None
        if not response.ok:
            raise api_error(response, what)
        try:
            return response.json()
        except ValueError:
            raise ApiError(
                tr("{what}: the answer is not JSON. Is {url} a STAC API?").format(
                    what=what, url=redact_url(url)
                ),
                status=response.status_code,
                url=redact_url(url),
            ) from None

    def landing_page(self) -> dict[str, Any]:
        """The catalog's landing page."""
        page = self.get_json(self.api_url, tr("Reading the catalog's landing page"))
        if not isinstance(page, dict) or "links" not in page:
            raise ApiError(
                tr("{url} answers, but it is not a STAC API (no links).").format(url=self.api_url)
            )
        return page

    def check(self) -> ConnectionCheck:
        """Token, landing page and conformance, answering in words what is wrong."""
        if self.tokens is None:
            return ConnectionCheck(False, tr("No client id and secret are set."))
        try:
            self.tokens.token()
            landing = self.landing_page()
            conforms = landing.get("conformsTo")
            if not isinstance(conforms, list):
                conforms = self.get_json(f"{self.api_url}/conformance", tr("Reading conformance"))
                conforms = conforms.get("conformsTo", []) if isinstance(conforms, dict) else []
        except EarthPlatformError as error:
            return ConnectionCheck(False, str(error))
        missing = [name for name, uri in REQUIRED_CONFORMANCE.items() if uri not in conforms]
        if missing:
            classes = (
                tr("{first} and {second}").format(first=missing[0], second=missing[1])
                if len(missing) == 2
                else missing[0]
            )
            return ConnectionCheck(
                False,
                tr("{url} is not a STAC API with {classes}.").format(
                    url=self.api_url, classes=classes
                ),
            )
        title = landing.get("title") or landing.get("id") or self.api_url
        return ConnectionCheck(True, tr("Signed in to {title}.").format(title=title))

    def collections(self, *, refresh: bool = False) -> list[CollectionInfo]:
        """Every collection of the catalog (all pages), cached after the first call."""
        with self._collections_lock:
            if self._collections is None or refresh:
                self._collections = list(self._fetch_collections())
            return list(self._collections)

    def _fetch_collections(self) -> Iterator[CollectionInfo]:
        url: str | None = f"{self.api_url}/collections"
        seen: set[str] = set()
        while url and url not in seen:
            seen.add(url)
            page = self.get_json(url, tr("Listing collections"))
            for collection in page.get("collections", []):
                yield CollectionInfo(
                    id=str(collection["id"]),
                    title=str(collection.get("title") or collection["id"]),
                    description=str(collection.get("description") or ""),
                )
            url = next(
                (ln.get("href") for ln in page.get("links", []) if ln.get("rel") == "next"), None
            )

    def queryables(self) -> set[str]:
        """The property names the catalog says it can filter on (its /queryables)."""
        schema = self.get_json(f"{self.api_url}/queryables", tr("Reading queryables"))
        properties = schema.get("properties") if isinstance(schema, dict) else None
        return set(properties) if isinstance(properties, dict) else set()

    def item_order(self, spec: SearchSpec) -> ItemOrder:
        """The order the catalog sends this search's results in.

        Where a sort field is a property, the catalog's queryables say how it compares (read
        once; a catalog without them has its properties compared as text).
        """
        named = {field.field for field in spec.sortby} - {DATETIME, *TIEBREAKERS}
        if named and self._sort_kinds is None:
            try:
                schema = self.get_json(f"{self.api_url}/queryables", tr("Reading queryables"))
            except EarthPlatformError:
                schema = None
            self._sort_kinds = kinds_from_queryables(schema)
        return ItemOrder(spec.sortby, self._sort_kinds or {})

    def collection(self, collection_id: str) -> dict[str, Any]:
        """One collection's full JSON."""
        collection: dict[str, Any] = self.get_json(
            f"{self.api_url}/collections/{collection_id}",
            tr("Reading collection {id}").format(id=collection_id),
        )
        return collection

    def search_pages(
        self,
        body: dict[str, Any],
        *,
        max_items: int | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Generator[Page, None, None]:
        """The pages of POST /search with this body, as they arrive (see paging.iter_pages)."""
        return iter_pages(
            self.session,
            f"{self.api_url}/search",
            body,
            max_items=max_items,
            cancelled=cancelled,
        )

    def search(
        self,
        spec: SearchSpec,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> Generator[Page, None, None]:
        """The pages of the search, in the catalog's order, as they can be handed over: the
        datetime range in concurrent chunks where that is faster (see chunks.py), one page
        after another otherwise (concurrency 1, item ids, an open range)."""
        if concurrency < 2 or spec.ids or spec.start is None or spec.end is None:
            return self.search_pages(
                spec.to_request_body(), max_items=spec.max_items, cancelled=cancelled
            )
        return search_chunked(
            self.session,
            f"{self.api_url}/search",
            spec,
            self.item_order(spec),
            concurrency=concurrency,
            cancelled=cancelled,
        )
