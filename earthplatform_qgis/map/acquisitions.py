"""Each UTC date's footprints and its best tile clear sky: what the calendar shows before
clear sky is counted over the fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Acquisitions:
    """Footprints a date (UTC), and the date's best tile clear sky (100 - eo:cloud_cover)."""

    counts: dict[dt.date, int] = field(default_factory=dict)
    clear: dict[dt.date, float] = field(default_factory=dict)

    def add(self, stamps: Iterable[tuple[str | None, float | None]]) -> None:
        """Count footprints by (ISO datetime text in UTC, eo:cloud_cover); those without a
        datetime are on no date."""
        for stamp, cover in stamps:
            if not stamp:
                continue
            day = dt.date.fromisoformat(stamp[:10])
            self.counts[day] = self.counts.get(day, 0) + 1
            if cover is not None:
                self.clear[day] = max(self.clear.get(day, 0.0), 100.0 - cover)

    def merge(self, other: Acquisitions) -> None:
        """Add another set of footprints' dates (another page of the same search)."""
        for day, count in other.counts.items():
            self.counts[day] = self.counts.get(day, 0) + count
        for day, clear in other.clear.items():
            self.clear[day] = max(self.clear.get(day, 0.0), clear)

    def total(self) -> int:
        """Footprints on any date."""
        return sum(self.counts.values())
