"""A search over a bounded datetime range, fetched as concurrent chunks of time and merged
back into the order and the result a page-by-page search would give.

The first page of the whole search comes first, alone: it shows footprints after one round
trip, gives the exact numberMatched, and tells whether more than a page or two is left. The
rest is searched as chunks of the datetime range (closed intervals, so neighbours share their
boundary instant), at most `concurrency` requests in flight, each chunk page by page. Each
chunk is sorted by the server, so a merge on the server's sort key (order.ItemOrder) gives the
global order; items met twice (at a boundary, or spanning chunks with start/end_datetime) are
taken once. Where the first sort field is the datetime, chunks follow one another in the order:
a chunk not yet read cannot hold anything before its boundary, so the merge goes on without it
and chunks are read in order, a few ahead. Items read ahead of the merge are held in memory:
no more is asked for once `concurrency` chunks' worth (CHUNK_PAGES pages each) is held, but by
the chunk the merge waits for.

Pages whose order disagrees with the keys (a catalog that sorts differently) end the
concurrent part: the search goes on page by page from the first page's next link, skipping
what was already handed over, and says so in the page's notice.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import islice
from typing import Any

import requests

from earthplatform_qgis.stac.errors import CancelledError
from earthplatform_qgis.stac.http import CANCEL_POLL
from earthplatform_qgis.stac.order import DATETIME, ItemOrder, parse_instant
from earthplatform_qgis.stac.paging import (
    Page,
    PageRequest,
    PendingPage,
    endless_paging,
    follow_pages,
    next_request,
    number_matched,
)
from earthplatform_qgis.stac.spec import SearchSpec, format_interval
from earthplatform_qgis.stac.words import marked, tr

# Most pages a chunk of a datetime-ordered search is planned to hold. Every request in flight
# may be a chunk read ahead of the merge, so up to `concurrency` times that many pages are
# held: 4,000 items, about 40 MB of parsed JSON, at page size 100 and 4 requests at once.
CHUNK_PAGES = 10
MAX_CHUNKS = 1000
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 16
OUT_OF_ORDER = marked(
    "The catalog sorts results differently from what the plugin expects, so the rest of this "
    "search was fetched one page at a time."
)


class _OrderMismatchError(Exception):
    """A page's items are not in the order the merge assumes."""


@dataclass(frozen=True)
class _Entry:
    key: tuple[Any, ...]
    item: dict[str, Any]
    text: bytes | None

    @property
    def item_id(self) -> Any:
        return self.item.get("id")


class _Chunk:
    """One datetime interval of the search, read page by page into a buffer."""

    def __init__(self, request: PageRequest, bound: tuple[Any, ...] | None) -> None:
        self.request: PageRequest | None = request  # the next page to ask for
        self.pending: PendingPage | None = None
        self.buffer: deque[_Entry] = deque()
        # Where its unread items can start at the earliest: the last key taken from it, the
        # interval's bound before that, None while nothing is known (the merge waits for it).
        self.frontier = bound
        self.last_key: tuple[Any, ...] | None = None
        self.seen = {request.key()}

    @property
    def finished(self) -> bool:
        return self.request is None and self.pending is None and not self.buffer

    def urgency(self) -> tuple[Any, ...]:
        """Sorts chunks by how soon the merge will need their next page."""
        if self.buffer:
            return (1, self.buffer[-1].key)
        return (0,) if self.frontier is None else (1, self.frontier)


def plan_intervals(
    spec: SearchSpec,
    order: ItemOrder,
    first: list[dict[str, Any]],
    matched: int | None,
    concurrency: int,
) -> list[tuple[datetime, datetime]]:
    """The datetime intervals to search concurrently after the first page, in the order of
    the results; [] where page by page is as good (little left, or nothing to split)."""
    if spec.start is None or spec.end is None or spec.ids or concurrency < 2:
        return []
    start, end = spec.start, spec.end
    wanted = min(n for n in (matched, spec.max_items, math.inf) if n is not None)
    left = wanted - len(first)
    if left <= spec.limit:
        return []
    if order.by_datetime and first:
        # The first page holds every item that sorts before its last one: only the rest of
        # the period is searched, from that item's datetime on (others may share it).
        last = parse_instant(_datetime_of(first[-1]))
        if last is not None and order.newest_first:
            end = max(start, min(end, last))
        elif last is not None:
            start = min(end, max(start, last))
    count = concurrency
    if order.by_datetime and math.isfinite(left):
        # Chunks small enough that the items wanted spread over `concurrency` of them at least.
        remaining = left if matched is None else matched - len(first)
        per_chunk = max(1, min(math.ceil(left / concurrency), CHUNK_PAGES * spec.limit))
        count = min(MAX_CHUNKS, max(concurrency, math.ceil(remaining / per_chunk)))
    step = (end - start) / count
    if step < timedelta(milliseconds=1):
        return []
    edges = [start + step * index for index in range(count)] + [end]
    intervals = list(zip(edges, edges[1:]))
    return intervals[::-1] if order.by_datetime and order.newest_first else intervals


def _datetime_of(item: dict[str, Any]) -> Any:
    properties = item.get("properties")
    if not isinstance(properties, dict):
        return None
    value = properties.get(DATETIME)
    return value if value is not None else properties.get("start_datetime")


def search_chunked(
    session: requests.Session,
    search_url: str,
    spec: SearchSpec,
    order: ItemOrder,
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    cancelled: Callable[[], bool] = lambda: False,
) -> Generator[Page, None, None]:
    """The pages of the search (merged, in the server's order), as they can be handed over.

    Yields the same items, in the same order and with the same numberMatched, as following
    rel=next from the first page (paging.iter_pages) would; stops after max_items, or with
    CancelledError when `cancelled()` turns true. Errors of any chunk end the search with
    what was handed over so far.
    """
    stopped = threading.Event()

    def given_up() -> bool:
        return stopped.is_set() or cancelled()

    try:
        yield from _ChunkedSearch(
            session, search_url, spec, order, concurrency, cancelled, given_up
        ).pages()
    finally:
        stopped.set()


class _ChunkedSearch:
    def __init__(
        self,
        session: requests.Session,
        search_url: str,
        spec: SearchSpec,
        order: ItemOrder,
        concurrency: int,
        cancelled: Callable[[], bool],
        given_up: Callable[[], bool],
    ) -> None:
        self.session = session
        self.search_url = search_url
        self.spec = spec
        self.body = spec.to_request_body()
        self.order = order
        self.concurrency = concurrency
        self.cancelled = cancelled
        self.given_up = given_up
        self.wanted = math.inf if spec.max_items is None else spec.max_items
        self.taken: set[Any] = set()
        self.count = 0
        self.index = 0
        self.matched: int | None = None
        self.last_key: tuple[Any, ...] | None = None
        self.arrived = threading.Event()
        self.chunks_dropped = threading.Event()

    def pages(self) -> Iterator[Page]:
        first_request = PageRequest("POST", self.search_url, self.body, {})
        page, texts = PendingPage(self.session, first_request, self.given_up).result(self.cancelled)
        self.matched = number_matched(page)
        features = page["features"][: self.spec.max_items]
        entries = self._entries(features, texts)
        following = next_request(page, first_request) if features else None
        yield self._page(entries)
        if following is None or self.count >= self.wanted:
            return
        try:
            self._check(entries, None)
        except _OrderMismatchError:
            yield from self._one_by_one(following, tr(OUT_OF_ORDER))
            return
        intervals = plan_intervals(self.spec, self.order, features, self.matched, self.concurrency)
        if intervals:
            try:
                yield from self._merge(intervals)
                return
            except _OrderMismatchError:
                # Read on page by page; nothing handed over so far is handed over again.
                self.chunks_dropped.set()
                yield from self._one_by_one(following, tr(OUT_OF_ORDER))
                return
        yield from self._one_by_one(following, None)

    def _entries(self, features: list[Any], texts: list[bytes] | None) -> list[_Entry]:
        return [
            _Entry(self.order.key(item) if isinstance(item, dict) else (), item, text)
            for item, text in zip(features, _texts(texts, len(features)))
        ]

    def _take(self, entry: _Entry) -> None:
        """Remember an item as handed over (items without an id are never met twice)."""
        if isinstance(entry.item, dict) and entry.item_id is not None:
            self.taken.add(entry.item_id)

    def _page(self, entries: list[_Entry], notice: str | None = None) -> Page:
        """Hand these entries over as the next page, counting and remembering them."""
        for entry in entries:
            self._take(entry)
        self.count += len(entries)
        texts = [entry.text for entry in entries if entry.text is not None]
        page = Page(
            self.index,
            [entry.item for entry in entries],
            self.matched,
            self.count,
            texts if len(texts) == len(entries) else None,
            notice,
        )
        self.index += 1
        if entries and entries[-1].key:
            self.last_key = entries[-1].key
        return page

    @staticmethod
    def _check(entries: list[_Entry], previous: tuple[Any, ...] | None) -> None:
        """_OrderMismatchError unless the entries follow `previous` and each other in key order."""
        for entry in entries:
            if not entry.key:
                raise _OrderMismatchError()
            if previous is not None and entry.key < previous:
                raise _OrderMismatchError()
            previous = entry.key

    def _one_by_one(self, following: PageRequest, notice: str | None) -> Iterator[Page]:
        for page in follow_pages(self.session, following, None, self.cancelled, self.given_up):
            fresh = [
                _Entry((), item, text)
                for item, text in zip(page.features, _texts(page.texts, len(page.features)))
                # Items without an id are never taken, so never skipped.
                if not (isinstance(item, dict) and item.get("id") in self.taken)
            ]
            if math.isfinite(self.wanted):
                fresh = fresh[: int(self.wanted) - self.count]
            yield self._page(fresh, notice)
            notice = None
            if self.count >= self.wanted:
                return

    def _merge(self, intervals: list[tuple[datetime, datetime]]) -> Iterator[Page]:
        chunks: deque[_Chunk] = deque()
        for position, (start, end) in enumerate(intervals):
            body = dict(self.body, datetime=format_interval(start, end))
            bound = None
            if self.order.by_datetime and position > 0:
                bound = self.order.bound(end if self.order.newest_first else start)
            chunks.append(_Chunk(PageRequest("POST", self.search_url, body, {}), bound))
        live: list[_Chunk] = []
        batch: list[_Entry] = []
        self._schedule(live, chunks, None)
        while self.count + len(batch) < self.wanted:
            try:
                if self._collect(live):
                    self._schedule(live, chunks, None)
            except Exception:
                if batch:
                    yield self._page(batch)
                raise
            head = self._head(live, chunks)
            if head is None:
                break
            chunk, entry = head
            if entry is None:
                # The merge needs this chunk's next page: hand over what is ready meanwhile.
                if batch:
                    yield self._page(batch)
                    batch = []
                self._schedule(live, chunks, chunk)
                self._wait()
                continue
            chunk.buffer.popleft()
            chunk.frontier = entry.key
            if entry.item_id in self.taken:
                continue
            if self.last_key is not None and entry.key < self.last_key:
                raise _OrderMismatchError()
            self.last_key = entry.key
            self._take(entry)
            batch.append(entry)
            if len(batch) >= self.spec.limit:
                yield self._page(batch)
                batch = []
        if batch:
            yield self._page(batch)

    def _head(
        self, live: list[_Chunk], chunks: deque[_Chunk]
    ) -> tuple[_Chunk, _Entry | None] | None:
        """The chunk whose next item comes first, with that item, or with None where it must
        be read first; None when every chunk is done."""
        best: tuple[Any, ...] | None = None
        found: tuple[_Chunk, _Entry | None] | None = None
        # Chunks not started yet come in the order of their bounds: the first one speaks for all.
        for chunk in [*live, *islice(chunks, 1)]:
            if chunk.buffer:
                key, entry = chunk.buffer[0].key, chunk.buffer[0]
            elif chunk.finished:
                continue
            elif chunk.frontier is None:
                return chunk, None
            else:
                key, entry = chunk.frontier, None
            # On equal keys an item goes before a frontier: it is the same item, met again.
            if best is None or key < best or (key == best and entry is not None):
                best, found = key, (chunk, entry)
        return found

    def _start(self, chunk: _Chunk, live: list[_Chunk], chunks: deque[_Chunk]) -> None:
        if chunk in chunks:  # not started before
            chunks.remove(chunk)
            live.append(chunk)
        assert chunk.request is not None  # nosec B101 # for mypy: _schedule checked it
        chunk.pending = PendingPage(
            self.session, chunk.request, self._chunk_given_up, self.arrived.set
        )
        chunk.request = None

    def _chunk_given_up(self) -> bool:
        return self.chunks_dropped.is_set() or self.given_up()

    def _schedule(self, live: list[_Chunk], chunks: deque[_Chunk], needed: _Chunk | None) -> None:
        """Start page requests while fewer than `concurrency` are in flight: the one the merge
        waits for (`needed`) first, then those it will need soonest while little is held."""
        live[:] = [chunk for chunk in live if not chunk.finished]
        slots = self.concurrency - sum(chunk.pending is not None for chunk in live)
        if slots > 0 and needed is not None and needed.pending is None and needed.request:
            self._start(needed, live, chunks)
            slots -= 1
        held = sum(len(chunk.buffer) for chunk in live)
        if slots <= 0 or held >= self.concurrency * CHUNK_PAGES * self.spec.limit:
            return
        ready = [c for c in live if c.pending is None and c.request is not None]
        ready += islice(chunks, slots)
        ready.sort(key=_Chunk.urgency)
        for chunk in ready[:slots]:
            self._start(chunk, live, chunks)

    def _collect(self, live: list[_Chunk]) -> bool:
        """Move the pages that have arrived into their chunks' buffers; whether any did."""
        moved = False
        for chunk in live:
            if chunk.pending is None or not chunk.pending.done():
                continue
            pending, chunk.pending = chunk.pending, None
            page, texts = pending.result(self.cancelled)
            entries = self._entries(page["features"], texts)
            self._check(entries, chunk.last_key)
            if entries:
                chunk.last_key = entries[-1].key
                chunk.buffer.extend(entries)
                chunk.request = self._following(chunk, page, pending.request)
            moved = True
        return moved

    @staticmethod
    def _following(chunk: _Chunk, page: dict[str, Any], request: PageRequest) -> PageRequest | None:
        following = next_request(page, request)
        if following is None:
            return None
        if following.key() in chunk.seen:
            raise endless_paging(following.url)
        chunk.seen.add(following.key())
        return following

    def _wait(self) -> None:
        """Until a page arrives; CancelledError as soon as the search is cancelled."""
        while not self.arrived.wait(CANCEL_POLL):
            if self.cancelled():
                raise CancelledError(tr("Search cancelled."))
        self.arrived.clear()


def _texts(texts: list[bytes] | None, count: int) -> list[bytes | None]:
    """The features' own texts, or None for each where the page had none."""
    return list(texts) if texts is not None else [None] * count
