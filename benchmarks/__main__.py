"""Run every benchmarks/bench_*.py (or those named on the command line) and print one table."""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

from benchmarks.harness import Figure, table


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = argv or sorted(p.stem for p in here.glob("bench_*.py"))
    figures: list[Figure] = []
    failed = False
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"running {name}…", file=sys.stderr, flush=True)
        try:
            figures.extend(module.run())
        except Exception:
            traceback.print_exc()
            failed = True
    print(table(figures))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
