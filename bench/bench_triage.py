"""Benchmark: how well the triage flags complaints, and what recognising them costs.

    .venv/bin/python -m bench.bench_triage [--count 20000] [--repeats 5]

Against tests/data/triage_labelled.csv (hand-labelled comments to a small shop; every 4th
row held out: the cue list was adjusted looking only at the others), prints for the triage
and, beside it, for the old scoring path (VADER, stars and harsh words alone, measured in
the same run with an empty complaint list):
  recall      share of complaints flagged negative or harsh (issue 9 goal >= 0.9)
  false flags share of praise, and of questions, flagged (goal <= 0.05 each)
  mixed       share of mixed comments flagged (no goal: each holds a complaint)
Then the time per comment, new vs old, over the labelled comments and over `--count`
generated ones (bench/fake_inbox, the shape of a big import), as a ratio; the CPU time per
generated comment against its target (issue 14: scoring is the limit of a big import), with
vaderSentiment's own polarity_scores over the same comments, in the same run, as the
machine's yardstick; and the one-off time to read and compile the complaint list.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from feedback_desk.core.model import Severity
from feedback_desk.core.triage import ComplaintWords, Triage

from .fake_inbox import comments

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "triage_labelled.csv"
FLAGGED = (Severity.NEGATIVE, Severity.HARSH)
CPU_TARGET_US = 30.0  # CPU per generated comment (was 44 us before issue 14's last pass)
Item = tuple[str, int | None]


def load_labelled() -> list[tuple[str, str, bool, str, int | None]]:
    """(label, kind, held out, text, rating) per row."""
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        return [
            (row["label"], row["kind"], i % 4 == 3, row["text"], _rating(row["rating"]))
            for i, row in enumerate(csv.DictReader(handle))
        ]


def _rating(value: object) -> int | None:
    return int(str(value)) if value not in ("", None) else None


def flagged_share(
    triage: Triage,
    rows: list[tuple[str, str, bool, str, int | None]],
    keep: Callable[[str, str, bool], bool],
) -> tuple[int, int]:
    chosen = [(text, rating) for label, kind, held, text, rating in rows if keep(label, kind, held)]
    hits = sum(triage.assess(text, rating).severity in FLAGGED for text, rating in chosen)
    return hits, len(chosen)


def per_comment_us(triage: Triage, items: list[Item]) -> float:
    started = time.perf_counter()
    for text, rating in items:
        triage.assess(text, rating)
    return (time.perf_counter() - started) / len(items) * 1e6


def cpu_per_comment_us(score: Callable[[str, int | None], object], items: list[Item]) -> float:
    started = time.process_time()
    for text, rating in items:
        score(text, rating)
    return (time.process_time() - started) / len(items) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=20_000, help="generated comments to time")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    # The list's one-off cost, read and compiled from scratch (nothing cached yet).
    lines = (
        resources.files("feedback_desk.resources")
        .joinpath("complaint_words.txt")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    started = time.perf_counter()
    ComplaintWords.parse(lines)
    load_s = time.perf_counter() - started

    new = Triage()
    old = Triage(complaint_words=ComplaintWords.parse([]))
    rows = load_labelled()
    held_count = sum(held for _, _, held, _, _ in rows)
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; {len(rows)} labelled "
        f"comments ({LABELLED.relative_to(ROOT)}), {held_count} held out (every 4th row)\n"
    )
    print(f"{'':<38}{'triage':>16}{'old path':>16}")

    def line(
        title: str, keep: Callable[[str, str, bool], bool], goal: str = ""
    ) -> tuple[float, float]:
        n_hits, n_all = flagged_share(new, rows, keep)
        o_hits, o_all = flagged_share(old, rows, keep)
        share, old_share = n_hits / n_all, o_hits / o_all
        verdict = ""
        if goal:
            bound = float(goal[3:])
            met = share >= bound if goal.startswith(">=") else share <= bound
            verdict = f"  goal {goal}: {'met' if met else 'MISSED'}"
        print(
            f"{title:<38}{f'{n_hits}/{n_all} {share:.2f}':>16}"
            f"{f'{o_hits}/{o_all} {old_share:.2f}':>16}{verdict}"
        )
        return share, old_share

    line("complaints flagged (recall)", lambda lab, _k, _h: lab == "complaint", ">= 0.9")
    line("  held out", lambda lab, _k, h: lab == "complaint" and h, ">= 0.9")
    line("  rows the list was tuned on", lambda lab, _k, h: lab == "complaint" and not h)
    for kind in ("factual", "emotional", "sarcasm", "question"):
        line(f"  {kind}", lambda lab, k, _h, kind=kind: lab == "complaint" and k == kind)
    line("praise wrongly flagged", lambda lab, _k, _h: lab == "praise", "<= 0.05")
    line("  held out", lambda lab, _k, h: lab == "praise" and h)
    line("questions wrongly flagged", lambda lab, _k, _h: lab == "question", "<= 0.05")
    line("  held out", lambda lab, _k, h: lab == "question" and h)
    line("mixed flagged (no goal)", lambda lab, _k, _h: lab == "mixed")

    labelled_items: list[Item] = [(text, rating) for _, _, _, text, rating in rows]
    generated: list[Item] = [
        (str(c["text"]), _rating(c["rating"])) for c in comments(args.count, seed=11)
    ]
    print("\nTime per comment (median of", args.repeats, "runs, new and old interleaved)")
    for title, items in (
        (f"{len(labelled_items)} labelled comments", labelled_items),
        (f"{len(generated):,} generated comments", generated),
    ):
        per_comment_us(new, items[:50])  # load VADER and the lists before timing
        per_comment_us(old, items[:50])
        new_us, old_us = [], []
        for _ in range(args.repeats):
            new_us.append(per_comment_us(new, items))
            old_us.append(per_comment_us(old, items))
        n, o = statistics.median(new_us), statistics.median(old_us)
        print(f"  {title:<30} triage {n:6.1f} us | old path {o:6.1f} us | ratio {n / o:.2f}x")

    analyzer = new._vader.analyzer

    def vader_alone(text: str, _rating: int | None) -> object:
        return analyzer.polarity_scores(text)

    cpu, yardstick = [], []
    for _ in range(args.repeats):
        cpu.append(cpu_per_comment_us(new.assess, generated))
        yardstick.append(cpu_per_comment_us(vader_alone, generated))
    c, y = statistics.median(cpu), statistics.median(yardstick)
    verdict = "met" if c <= CPU_TARGET_US else "MISSED"
    print(
        f"\nCPU per generated comment (median of {args.repeats}): triage {c:.1f} us, "
        f"target <= {CPU_TARGET_US:.0f} us: {verdict}; baseline, vaderSentiment's "
        f"polarity_scores alone: {y:.1f} us ({c / y:.2f}x)"
    )
    print(f"\nReading and compiling the complaint list, once per process: {load_s:.2f} s")


if __name__ == "__main__":
    main()
