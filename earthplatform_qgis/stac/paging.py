"""Stream the pages of a STAC API item search: each page once, as it arrives, cancellable."""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import Any

import requests

from earthplatform_qgis.stac.errors import ApiError, CancelledError
from earthplatform_qgis.stac.http import (
    CANCEL_POLL,
    api_error,
    describe_network_error,
    no_retries_once,
    redact_url,
)
from earthplatform_qgis.stac.words import tr

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True)
class Page:
    """One page of search results as the server sent it (features possibly cut at max_items)."""

    index: int
    features: list[dict[str, Any]]
    number_matched: int | None
    items_so_far: int
    # Each feature's JSON exactly as the server sent it (UTF-8), where the page could be split so.
    texts: list[bytes] | None = field(default=None, compare=False, repr=False)
    # Something the user should read in the log about how this page was found, if anything.
    notice: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class PageRequest:
    method: str
    url: str
    body: dict[str, Any] | None
    headers: dict[str, str]

    def key(self) -> str:
        return json.dumps([self.method, self.url, self.body], sort_keys=True)


def next_request(page: dict[str, Any], previous: PageRequest) -> PageRequest | None:
    """The request for the page after `page`, exactly as its rel=next link describes it."""
    links = page.get("links")
    link = next(
        (
            ln
            for ln in (links if isinstance(links, list) else [])
            if isinstance(ln, dict) and ln.get("rel") == "next"
        ),
        None,
    )
    if not link or not link.get("href"):
        return None
    method = str(link.get("method", "GET")).upper()
    body: dict[str, Any] | None = None
    if method == "POST":
        body = _object(link.get("body"))
        if link.get("merge") and previous.body:
            body = {**previous.body, **body}
    return PageRequest(method, str(link["href"]), body, _object(link.get("headers")))


def _object(value: Any) -> dict[str, Any]:
    """A JSON object as a dict; anything else (absent, a list, a string) as {}."""
    return dict(value) if isinstance(value, dict) else {}


def number_matched(page: dict[str, Any]) -> int | None:
    matched = page.get("numberMatched")
    if matched is None:
        matched = _object(page.get("context")).get("matched")
    if isinstance(matched, bool) or not isinstance(matched, (int, float)):
        return None
    if isinstance(matched, float) and not math.isfinite(matched):
        return None
    return int(matched)


def _skip_space(text: str, at: int) -> int:
    match = _SPACE.match(text, at)
    return match.end() if match else at


def _next_member(text: str, at: int, close: str) -> tuple[int, bool]:
    """After a value in an object or array: where the next one starts and whether there is
    one (after a comma), or the position after the closing bracket."""
    at = _skip_space(text, at)
    if text.startswith(",", at):
        return _skip_space(text, at + 1), True
    if text.startswith(close, at):
        return at + 1, False
    raise ValueError(f"expected ',' or '{close}' at {at}")


def parse_page(content: bytes) -> tuple[Any, list[bytes] | None]:
    """The page (UTF-8 JSON) as json.loads reads it, and the exact bytes of each feature.

    Keeping each item's own text spares encoding every item again for the layer's item_json
    (most of the layer's build time otherwise). The page's top-level object is walked with
    json's own decoder, value by value; anything else is read by json.loads alone (texts None).
    Raises ValueError where json.loads would (UnicodeDecodeError is one).
    """
    text = content.decode("utf-8")
    # Where every character is one byte, a feature's bytes are the page's at the same offsets.
    cut = content if len(text) == len(content) else None
    at = _skip_space(text, 0)
    if not text.startswith("{", at):
        return json.loads(text), None
    page: dict[str, Any] = {}
    features: list[Any] | None = None
    texts: list[bytes] = []
    at = _skip_space(text, at + 1)
    more = not text.startswith("}", at)
    at = at if more else at + 1
    while more:
        key, at = _DECODER.raw_decode(text, at)
        at = _skip_space(text, at)
        if not isinstance(key, str) or not text.startswith(":", at):
            raise ValueError(f"expected a key and ':' at {at}")
        at = _skip_space(text, at + 1)
        if key == "features" and text.startswith("[", at):
            features, texts = [], []
            at = _skip_space(text, at + 1)
            element = not text.startswith("]", at)
            at = at if element else at + 1
            while element:
                value, end = _DECODER.raw_decode(text, at)
                features.append(value)
                texts.append(cut[at:end] if cut is not None else text[at:end].encode("utf-8"))
                at, element = _next_member(text, end, "]")
            page[key] = features
        else:
            page[key], at = _DECODER.raw_decode(text, at)
        at, more = _next_member(text, at, "}")
    if _skip_space(text, at) != len(text):
        raise ValueError("extra data after the JSON object")
    # A later "features" key of another kind replaced the array: no texts to go with it.
    return page, texts if page.get("features") is features else None


def _bad_page(message: str, request: PageRequest, status: int) -> ApiError:
    """message: through tr(), with the page's {url}."""
    url = redact_url(request.url)
    return ApiError(message.format(url=url), status=status, url=url)


def _fetch(
    session: requests.Session, request: PageRequest
) -> tuple[dict[str, Any], list[bytes] | None]:
    """One page, parsed, with its features' own texts; raises ApiError with words for the user."""
    try:
        response = session.request(
            request.method, request.url, json=request.body, headers=request.headers
        )
    except requests.RequestException as error:
        raise ApiError(
            describe_network_error(error, request.url), url=redact_url(request.url)
        ) from None
    except ValueError as error:  # urllib3 refuses a method that is no HTTP token, say "G ET"
        raise ApiError(
            tr("The catalog's next-page link cannot be followed: {error}").format(error=error),
            url=redact_url(request.url),
        ) from None
    if not response.ok:
        raise api_error(response, tr("Search"))
    try:
        # JSON is UTF-8 (RFC 8259); requests' text guessing is slow on big pages.
        page, texts = parse_page(response.content)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than json reads
        raise _bad_page(
            tr("The catalog sent a page of results that is not valid JSON: {url}"),
            request,
            response.status_code,
        ) from None
    if not isinstance(page, dict) or page.get("type") != "FeatureCollection":
        raise _bad_page(
            tr("The catalog sent a page of results that is not a GeoJSON FeatureCollection: {url}"),
            request,
            response.status_code,
        )
    if not isinstance(page.get("features"), list):
        raise _bad_page(
            tr("The catalog sent a page of results without a list of features: {url}"),
            request,
            response.status_code,
        )
    return page, texts


class PendingPage:
    """One page request running in a helper thread, so the caller can work on the previous
    page meanwhile and a cancel is honoured within CANCEL_POLL even while the server is still
    thinking; an abandoned request finishes (or times out) on its own."""

    def __init__(
        self,
        session: requests.Session,
        request: PageRequest,
        cancelled: Callable[[], bool],
        notify: Callable[[], None] = lambda: None,
    ) -> None:
        self.request = request
        self.cancelled = cancelled
        self._notify = notify
        self._done = threading.Event()
        self._outcome: dict[str, Any] = {}
        threading.Thread(
            target=self._work, args=(session,), name="earthplatform-page", daemon=True
        ).start()

    def _work(self, session: requests.Session) -> None:
        try:
            with no_retries_once(self.cancelled):
                self._outcome["page"] = _fetch(session, self.request)
        except Exception as error:  # handed to the waiting thread, which re-raises it
            self._outcome["error"] = error
        finally:
            self._done.set()
            self._notify()

    def done(self) -> bool:
        """Whether the answer (or the error) is in."""
        return self._done.is_set()

    def result(self, cancelled: Callable[[], bool]) -> tuple[dict[str, Any], list[bytes] | None]:
        """The parsed page and its features' texts, once in; CancelledError as soon as
        `cancelled()` is true."""
        while not self._done.wait(CANCEL_POLL):
            if cancelled():
                raise CancelledError(tr("Search cancelled."))
        if "error" in self._outcome:
            raise self._outcome["error"]
        page: tuple[dict[str, Any], list[bytes] | None] = self._outcome["page"]
        return page


def iter_pages(
    session: requests.Session,
    search_url: str,
    body: dict[str, Any],
    *,
    max_items: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Generator[Page, None, None]:
    """POST the search and follow rel=next once per page, yielding each page as it arrives.

    The next page is requested before the current one is handed over, so the caller's work on
    a page overlaps the server's on the next. Stops after max_items items (the last page cut to
    fit), at the last page, or with CancelledError when `cancelled()` turns true, between
    pages or during a request.
    """
    stopped = threading.Event()

    def given_up() -> bool:
        # Cancelled, or the caller stopped iterating: a request in flight is not retried.
        return stopped.is_set() or cancelled()

    try:
        yield from follow_pages(
            session, PageRequest("POST", search_url, body, {}), max_items, cancelled, given_up
        )
    finally:
        stopped.set()


def follow_pages(
    session: requests.Session,
    first: PageRequest,
    max_items: int | None,
    cancelled: Callable[[], bool],
    given_up: Callable[[], bool],
) -> Iterator[Page]:
    """The pages from `first` on, following rel=next (see iter_pages); `given_up` marks the
    page requests it starts (no_retries_once)."""
    seen = {first.key()}
    pending: PendingPage | None = PendingPage(session, first, given_up)
    count = 0
    index = 0
    while pending is not None:
        if cancelled():
            raise CancelledError(tr("Search cancelled."))
        page, texts = pending.result(cancelled)
        features = page["features"]
        if max_items is not None and count + len(features) > max_items:
            features = features[: max_items - count]
            texts = None if texts is None else texts[: len(features)]
        count += len(features)
        finished = not features or (max_items is not None and count >= max_items)
        following = None if finished else next_request(page, pending.request)
        # A next link back at a page already read would make an endless search.
        loop_url = following.url if following is not None and following.key() in seen else None
        pending = None
        if following is not None and loop_url is None:
            seen.add(following.key())
            pending = PendingPage(session, following, given_up)
        yield Page(index, features, number_matched(page), count, texts)
        index += 1
        if loop_url is not None:
            raise endless_paging(loop_url)


def endless_paging(url: str) -> ApiError:
    """The error for a next link back at a page already read (followed, it never ends)."""
    return ApiError(
        tr(
            "The catalog's next-page link points back at a page already read; "
            "stopped to avoid an endless search."
        ),
        url=redact_url(url),
    )
