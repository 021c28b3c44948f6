"""`make bench`: speed and memory figures, each beside a baseline measured in the same run.

Each module `benchmarks/bench_*.py` defines `run() -> list[Figure]`. Figures are ratios to a
baseline on this machine, so they stay comparable across machines; targets are printed beside.
"""
