"""Milliseconds per verified exercise for the calculus, linear-algebra, ODE, counting,
probability and statistics families: generate + verify, and the ``solve()`` program run
in-process (the engine's sandbox adds its own process overhead on top).

Run: python benchmarks/families_b_speed.py [--seeds N] [prefix ...]
Prints one line per family: median over difficulties of ms per exercise.
"""

from __future__ import annotations

import argparse
import statistics
import time

import exercises.families  # noqa: F401  (fills the registry)
from exercises.family import DIFFICULTIES, FAMILIES

TOPICS = ("calculus", "linear_algebra", "differential_equations", "combinatorics",
          "probability", "statistics")


def measure(name: str, seeds: int) -> tuple[float, float]:
    """(ms per generate+verify, ms per solve() run), averaged over seeds and difficulties."""
    fam = FAMILIES[name]
    gen_verify = code = 0.0
    for difficulty in DIFFICULTIES:
        for seed in range(seeds):
            start = time.perf_counter()
            problem = fam.make(seed, difficulty)
            checks = fam.verify(problem)
            assert all(c.passed for c in checks), (name, seed, difficulty, checks)
            middle = time.perf_counter()
            scope: dict = {}
            exec(problem.code, scope)  # noqa: S102  (trusted, our own programs)
            scope["solve"]()
            code += time.perf_counter() - middle
            gen_verify += middle - start
    total = seeds * len(DIFFICULTIES)
    return 1000 * gen_verify / total, 1000 * code / total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("prefixes", nargs="*", default=list(TOPICS))
    args = parser.parse_args()
    names = [n for n in sorted(FAMILIES) if n.startswith(tuple(args.prefixes))]
    rows = []
    for name in names:
        gv, code = measure(name, args.seeds)
        rows.append(gv + code)
        print(f"{name:45s} gen+verify {gv:8.2f} ms   solve() {code:8.2f} ms")
    print(f"{len(names)} families; median total {statistics.median(rows):.2f} ms, "
          f"mean {statistics.mean(rows):.2f} ms per verified exercise")


if __name__ == "__main__":
    main()
