"""Samples of a measure, their median / min / max, and the rows of the results table."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Samples:
    """Repeated values of one quantity (seconds, bytes, ratios...)."""

    values: list[float] = field(default_factory=list)

    def add(self, value: float) -> None:
        self.values.append(float(value))

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)


@dataclass
class Result:
    """One row of the table: a figure (median of samples, with min and max) and its target.

    `ok` is None when the figure cannot be judged (no target); `details` holds the absolute
    values behind a ratio, for results.json and the notes.
    """

    number: str
    measure: str
    unit: str  # "x", "ms", "requests", "%", "MB", "left over", "differing"
    samples: Samples
    target: float
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.samples.median <= self.target

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["samples"] = self.samples.values
        data.update(
            median=self.samples.median, min=self.samples.low, max=self.samples.high, ok=self.ok
        )
        return data


def paired_ratios(
    runs: int, measured: Callable[[], float], baseline: Callable[[], float]
) -> tuple[Samples, Samples, Samples]:
    """Ratios measured/baseline of `runs` back-to-back pairs, and both sides' own samples.

    Pairs alternate which side goes first, so a slow drift of the shared machine
    (another job starting) weighs on both sides alike.
    """
    ratios, ours, theirs = Samples(), Samples(), Samples()
    for run in range(runs):
        if run % 2 == 0:
            base = baseline()
            value = measured()
        else:
            value = measured()
            base = baseline()
        ours.add(value)
        theirs.add(base)
        ratios.add(value / base)
    return ratios, ours, theirs
