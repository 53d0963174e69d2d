"""What every ``make bench`` figure is made of: a median time, and ours beside a baseline.

Medians of a few runs on a shared, noisy machine: read the ratios, not the absolute numbers.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

RUNS = 7


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def figure(name: str, ours: float, baseline: float, baseline_name: str) -> dict[str, object]:
    return {
        "name": name,
        "ms": round(ours, 2),
        "baseline": baseline_name,
        "baseline_ms": round(baseline, 2),
        "ratio": round(ours / baseline, 2) if baseline else None,
    }
