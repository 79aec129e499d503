"""The results table (Markdown, printed and pasted into README.md) and benchmarks/results.json."""

from __future__ import annotations

import json
import platform
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from benchmarks.stats import Result

RESULTS_JSON = Path(__file__).resolve().parent / "results.json"


def _figure(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "%":
        return f"{value:.1f} %"
    if unit in ("ms", "MB"):
        return f"{value:.0f} {unit}"
    return f"{value:.0f}"


def _target(result: Result) -> str:
    if result.unit in ("requests", "left over", "differing"):
        return f"≤ {result.target:.0f}" if result.target else "0"
    return f"≤ {_figure(result.target, result.unit)}"


def table(results: list[Result]) -> str:
    """One Markdown table: median, min and max of each figure against its target."""
    lines = [
        "| # | measure | median | min | max | target | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        s = r.samples
        lines.append(
            f"| {r.number} | {r.measure} | {_figure(s.median, r.unit)} | "
            f"{_figure(s.low, r.unit)} | {_figure(s.high, r.unit)} | {_target(r)} | "
            f"{'yes' if r.ok else '**no**'} |"
        )
    return "\n".join(lines)


def write_json(
    results: list[Result], extra: dict[str, Any], seconds: float, path: Path = RESULTS_JSON
) -> Path:
    """results.json: every sample of every figure, the absolute values behind the ratios."""
    data = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cores": _cores()},
        "run_seconds": round(seconds, 1),
        "results": [r.as_json() for r in results],
        **extra,
    }
    path.write_text(json.dumps(data, indent=2, default=str) + "\n")
    return path


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0))
