"""Issue 12's table: each target beside its figure and baseline, and whether it holds.

A target names the figure it reads; a figure this run did not measure (3M only with
``make bench SIZE=3000000``) is said so, never counted as holding.
"""

from __future__ import annotations

from dataclasses import dataclass

Figures = dict[str, dict[str, object]]


@dataclass(frozen=True, slots=True)
class Target:
    what: str
    figure: str
    below_ms: float | None = None  # the figure must stay under this many ms
    max_ratio: float | None = None  # ... and within this multiple of its baseline

    def judge(self, figures: Figures) -> dict[str, object]:
        found = figures.get(self.figure)
        limit = " and ".join(
            part
            for part in (
                f"< {self.below_ms:g} ms" if self.below_ms is not None else "",
                f"<= {self.max_ratio:g}x baseline" if self.max_ratio is not None else "",
            )
            if part
        )
        row: dict[str, object] = {"target": self.what, "limit": limit, "figure": self.figure}
        if found is None:
            row["verdict"] = "not measured"
            return row
        ms, ratio = float(found["ms"]), found.get("ratio")  # type: ignore[arg-type]
        row.update(
            ms=ms,
            baseline=found.get("baseline"),
            baseline_ms=found.get("baseline_ms"),
            ratio=ratio,
        )
        holds = (self.below_ms is None or ms < self.below_ms) and (
            self.max_ratio is None or (ratio is not None and float(ratio) <= self.max_ratio)  # type: ignore[arg-type]
        )
        row["verdict"] = "holds" if holds else "misses"
        return row


TARGETS = (
    Target("start-up to first paint, passphrase store", "startup_to_first_paint_passphrase", 700),
    Target("start-up to first paint, keyring store", "startup_to_first_paint_keyring", 500),
    Target(
        "People first paint from launch, 1M people, keyring",
        "people_1m_first_paint_from_launch_keyring",
        700,
    ),
    Target(
        "People first paint from launch, 1M people, passphrase",
        "people_1m_first_paint_from_launch_passphrase",
        700,
    ),
    Target(
        "People first paint from launch, 3M people, keyring",
        "people_3m_first_paint_from_launch_keyring",
        1000,
    ),
    Target(
        "1,000 access responses into one PDF",
        "letters_access_responses_1000_one_pdf",
        6000,
        1.5,
    ),
    Target("search p95 at 3M people", "people_3m_search_p95", 30),
    Target(
        "search p95 at 3M people, starts most rows share (domain, ID and phone prefixes)",
        "people_3m_search_p95_shared_starts",
        30,
    ),
    Target(
        "search p95 flat in N (3M beside 100k as its baseline)",
        "people_search_p95_3m_beside_100k",
        None,
        1.5,
    ),
    Target("count at 3M people", "people_3m_count", None, 1.3),
    Target("last page at 3M people", "people_3m_rows_at_end", None, 1.3),
    Target(
        "first query on a fresh connection, 3M people",
        "people_3m_fresh_connection_first_query",
        None,
        1.3,
    ),
    Target("quitting right after launch, 1M people", "quit_right_after_launch_1m", 1000),
)


def verdicts(results: list[dict[str, object]]) -> list[dict[str, object]]:
    figures: Figures = {str(r["name"]): r for r in results if "name" in r}
    return [target.judge(figures) for target in TARGETS]
