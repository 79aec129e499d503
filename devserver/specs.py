"""Random searches over the test catalog, for checking one way of running a search against
another (the concurrent search against the page-by-page one, in tests and benchmarks)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from earthplatform_qgis.stac.spec import SearchSpec, SortField

SORTS: tuple[tuple[SortField, ...], ...] = (
    (),
    (SortField("datetime", descending=True),),
    (SortField("datetime", descending=False),),
    (SortField("eo:cloud_cover"),),
    (SortField("eo:cloud_cover", descending=True),),
    (SortField("platform", descending=True),),  # ties everywhere: collection and id decide
    (SortField("created"),),
    (SortField("id", descending=True),),
)


def random_spec(
    rng: random.Random,
    collections: list[str],
    instants: list[datetime],
    page_sizes: tuple[int, ...],
    max_items: tuple[int | None, ...],
) -> SearchSpec:
    """A search of a random period around the catalog's acquisition `instants`, sorted at
    random. Half the periods are centred on an acquisition, so that with two chunks their
    shared boundary is that very instant."""
    if rng.random() < 0.5:
        middle = rng.choice(instants)
        half = timedelta(days=rng.randint(3, 60), microseconds=rng.choice([0, 500]))
        start, end = middle - half, middle + half
    else:
        start = rng.choice(instants) - timedelta(days=rng.randint(0, 10))
        end = start + timedelta(days=rng.randint(2, 120), hours=rng.randint(0, 23))
    return SearchSpec(
        collections=list(collections),
        start=start,
        end=end,
        sortby=list(rng.choice(SORTS)),
        limit=rng.choice(page_sizes),
        max_items=rng.choice(max_items),
    )
