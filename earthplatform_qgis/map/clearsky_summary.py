"""The clear-sky table summed up per item and per date, and the mask-aware filter's rule.

"Every field" asks that all the fields an item (or a date) covers be clear enough; "any field"
that at least one is. Pairs without a figure (no mask, no valid pixel) count for neither.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from earthplatform_qgis.map.clearsky import ClearSkyRow


class FieldRule(Enum):
    """Which of an item's fields must be clear enough for the item to pass."""

    EVERY = "every"
    ANY = "any"


@dataclass(frozen=True)
class ItemClearSky:
    """An item's clear % over the fields it covers that have a figure."""

    minimum: float
    mean: float
    maximum: float
    fields: int

    def score(self, rule: FieldRule) -> float:
        """The figure the rule compares with the threshold."""
        return self.minimum if rule is FieldRule.EVERY else self.maximum


def clear_by_item(rows: Iterable[ClearSkyRow]) -> dict[str, ItemClearSky]:
    """Item id -> its clear % over its fields; items with no figure at all are left out."""
    figures: dict[str, list[float]] = {}
    for row in rows:
        if row.sky is not None and row.sky.clear_pct is not None:
            figures.setdefault(row.item_id, []).append(row.sky.clear_pct)
    return {
        item_id: ItemClearSky(min(values), sum(values) / len(values), max(values), len(values))
        for item_id, values in figures.items()
    }


def clear_by_date(rows: Iterable[ClearSkyRow], rule: FieldRule) -> dict[dt.date, float]:
    """Date (UTC) -> how clear the fields were that day: each field's best clear % among the
    day's items, then the least of them (every field) or the most (any field)."""
    best: dict[dt.date, dict[str, float]] = {}
    for row in rows:
        day = _day(row.datetime)
        if day is None or row.sky is None or row.sky.clear_pct is None:
            continue
        fields = best.setdefault(day, {})
        fields[row.field_id] = max(fields.get(row.field_id, 0.0), row.sky.clear_pct)
    pick = min if rule is FieldRule.EVERY else max
    return {day: pick(fields.values()) for day, fields in best.items()}


def _day(stamp: str | None) -> dt.date | None:
    """The UTC date of an RFC 3339 timestamp."""
    if not stamp:
        return None
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.date()
