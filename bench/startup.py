"""Start-up speed: `feedback-desk --version` and the first painted inbox, each beside its
baseline measured in the same run, alternately, median of the runs.

    .venv/bin/python -m bench.startup [--sizes 10000 100000 1000000] [--runs 5]
                                      [--home SIZE=DIR ...] [--work DIR]

  version  `feedback-desk --version` (the installed console script)  vs  `python -c pass`
           target <= 2x; `--help` is shown beside it (no target: it imports no Qt either)
  paint    start to the first painted inbox (bench/first_paint.py: through the command
           line's own entry, as `feedback-desk --home DIR` starts)  vs  an empty PySide6
           window started the same way; target <= 2x at every size
           (CPU seconds at the paint are shown too: other programs on the machine shake
           them less than the wall time)

  --instructions  also count the instructions each executes up to its first paint under
           valgrind (callgrind), once each: steady where the wall time shakes (a busy
           machine), and the same ratio target

A size's data folder is made by importing bench/fake_inbox.py's comments with
`feedback-desk import` (a million takes minutes), unless --home SIZE=DIR names one.
Bytecode is compiled first (`compileall`), as installing does (scripts/setup.sh, pip for
a wheel; the bundle carries it): a checkout run with PYTHONDONTWRITEBYTECODE would
otherwise compile every module of the app at each start.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .fake_inbox import write_csv

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SCRIPT = Path(PYTHON).with_name("feedback-desk")
TARGET = 2.0


def verdict(ratio: float) -> str:
    return "met" if ratio <= TARGET else "MISSED"


def timed(args: list[str], env: dict[str, str] | None = None) -> tuple[float, str, str]:
    started = time.perf_counter()
    done = subprocess.run(
        args, capture_output=True, text=True, cwd=ROOT, env=env, check=False, timeout=600
    )
    took = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr}")
    return took, done.stdout, done.stderr


def compile_bytecode() -> None:
    subprocess.run(
        [PYTHON, "-m", "compileall", "-q", str(ROOT / "feedback_desk")], check=True, cwd=ROOT
    )


def bench_version(runs: int) -> float:
    ours: list[float] = []
    helps: list[float] = []
    bare: list[float] = []
    for _ in range(runs):  # alternately, so a busy moment hits all three alike
        ours.append(timed([str(SCRIPT), "--version"])[0])
        bare.append(timed([PYTHON, "-c", "pass"])[0])
        helps.append(timed([str(SCRIPT), "--help"])[0])
    ours_ms, bare_ms = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    help_ms = statistics.median(helps) * 1000
    ratio = ours_ms / bare_ms
    print(
        f"version `feedback-desk --version` {ours_ms:.1f} ms | `python -c pass` {bare_ms:.1f} ms"
        f" | ratio {ratio:.2f}x (target <= {TARGET:g}x) {verdict(ratio)}"
    )
    print(f"        `feedback-desk --help` {help_ms:.1f} ms ({help_ms / bare_ms:.2f}x, no target)")
    return ratio


def make_home(count: int, work: Path) -> Path:
    home = work / f"home-{count}"
    if (home / "feedback-desk.db").exists() or any(home.glob("*.db")):
        return home
    print(f"        making a data folder of {count:,} comments…", flush=True)
    work.mkdir(parents=True, exist_ok=True)  # --work may name a folder not made yet
    csv_path = write_csv(work / f"comments-{count}.csv", count)
    timed([PYTHON, "-m", "feedback_desk", "--home", str(home), "import", str(csv_path)])
    csv_path.unlink()
    return home


def first_paint(kind: str, home: Path | None, env: dict[str, str]) -> tuple[float, float, int]:
    args = [PYTHON, "bench/first_paint.py", repr(time.time()), kind]
    if home is not None:
        args.append(str(home))
    _, out, err = timed(args, env)
    first, _peak, rows = out.split()
    cpu = re.search(r"^cpu ([0-9.]+)$", err, re.MULTILINE)
    return float(first), float(cpu.group(1)) if cpu else float("nan"), int(rows)


def bench_paint(count: int, home: Path, runs: int) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    ours: list[float] = []
    ours_cpu: list[float] = []
    empty: list[float] = []
    empty_cpu: list[float] = []
    rows = 0
    first_paint("empty", None, env)  # warm the page cache for both
    first_paint("app", home, env)
    for _ in range(runs):
        seconds, cpu, rows = first_paint("app", home, env)
        ours.append(seconds)
        ours_cpu.append(cpu)
        seconds, cpu, _ = first_paint("empty", None, env)
        empty.append(seconds)
        empty_cpu.append(cpu)
    ours_ms, empty_ms = statistics.median(ours) * 1000, statistics.median(empty) * 1000
    ratio = ours_ms / empty_ms
    cpu_ours, cpu_empty = statistics.median(ours_cpu) * 1000, statistics.median(empty_cpu) * 1000
    print(
        f"paint   {count:>9,} comments: ours {ours_ms:.0f} ms | empty PySide6 window "
        f"{empty_ms:.0f} ms | ratio {ratio:.2f}x (target <= {TARGET:g}x) {verdict(ratio)}"
        f"  [CPU {cpu_ours:.0f} vs {cpu_empty:.0f} ms: {cpu_ours / cpu_empty:.2f}x; "
        f"{rows} rows at the paint; runs {', '.join(f'{s * 1000:.0f}' for s in ours)} vs "
        f"{', '.join(f'{s * 1000:.0f}' for s in empty)}]",
        flush=True,
    )
    return ratio


def instructions(kind: str, home: Path | None, env: dict[str, str]) -> int:
    with tempfile.TemporaryDirectory(prefix="fd-callgrind-") as scratch:
        out = Path(scratch) / "callgrind.out"
        args = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", PYTHON]
        args += ["bench/first_paint.py", repr(time.time()), kind]
        if home is not None:
            args.append(str(home))
        timed(args, {**env, "FIRST_PAINT_EXIT": "1", "PYTHONHASHSEED": "0"})
        found = re.search(r"^summary: (\d+)$", out.read_text(), re.MULTILINE)
        if not found:
            raise SystemExit("valgrind wrote no instruction count")
        return int(found.group(1))


def bench_instructions(count: int, home: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    ours, empty = instructions("app", home, env), instructions("empty", None, env)
    ratio = ours / empty
    print(
        f"paint   {count:>9,} comments, instructions to the first paint (valgrind): ours "
        f"{ours / 1e6:,.0f}M | empty PySide6 window {empty / 1e6:,.0f}M | ratio {ratio:.2f}x "
        f"(target <= {TARGET:g}x) {verdict(ratio)}",
        flush=True,
    )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5, help="runs of each (the median counts)")
    parser.add_argument(
        "--home", action="append", default=[], metavar="SIZE=DIR", help="a data folder to use"
    )
    parser.add_argument("--work", type=Path, help="where to keep the data folders made")
    parser.add_argument("--no-version", action="store_true", help="only the first paint")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions under valgrind"
    )
    args = parser.parse_args()
    homes = {int(size): Path(path) for size, _, path in (h.partition("=") for h in args.home)}
    compile_bytecode()
    print(f"start-up, median of {args.runs} runs each, alternately with the baseline")
    results = []
    if not args.no_version:
        results.append(bench_version(max(args.runs, 3) * 3))
    with tempfile.TemporaryDirectory(prefix="fd-startup-") as scratch:
        work = args.work or Path(scratch)
        for count in args.sizes:
            home = homes.get(count) or make_home(count, work)
            results.append(bench_paint(count, home, args.runs))
            if args.instructions:
                results.append(bench_instructions(count, home))
    print("all met" if all(r <= TARGET for r in results) else "some MISSED")


if __name__ == "__main__":
    main()
