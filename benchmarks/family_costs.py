"""Where a family's time goes: making the problem, its independent checks, and its solve() program.

A family author's profile, beside ``exercise_throughput.py`` (which measures whole verified
exercises through the sandbox): CPU milliseconds per exercise, in this process, for

* make: ``Family.make`` (drawing, building the answer backwards, statement, steps, code text);
* verify: the family's independent checks;
* solve: exec of the ``solve()`` program in-process (no sandbox overhead);

median of --repeats runs over --count seeds spread over the difficulties. CPU time
(``time.process_time``) rather than wall clock, so that figures stay comparable on a busy
machine. The SymPy cache is cleared before each run so repeated seeds do not flatter a family.

    python benchmarks/family_costs.py [--families algebra.,trigonometry.] [--count 40] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sympy

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES, Family


def costs(fam: Family, count: int, repeats: int) -> dict[str, float]:
    """Median CPU milliseconds per exercise for make, verify and solve."""
    runs: dict[str, list[float]] = {"make": [], "verify": [], "solve": []}
    for repeat in range(repeats):
        sympy.core.cache.clear_cache()
        spent = dict.fromkeys(runs, 0.0)
        for i in range(count):
            start = time.process_time()
            problem = fam.make(1000 * repeat + i, 1 + i % 5)
            made = time.process_time()
            fam.verify(problem)
            verified = time.process_time()
            namespace: dict = {}
            exec(problem.code, namespace)  # noqa: S102  (the family's own program)
            namespace["solve"]()
            spent["make"] += made - start
            spent["verify"] += verified - made
            spent["solve"] += time.process_time() - verified
        for key, total in spent.items():
            runs[key].append(1000 * total / count)
    return {key: round(statistics.median(values), 3) for key, values in runs.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", default="", help="comma-separated name prefixes")
    parser.add_argument("--count", type=int, default=40, help="exercises per run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    prefixes = tuple(p for p in args.families.split(",") if p) or ("",)
    names = sorted(n for n in FAMILIES if n.startswith(prefixes))
    figures = {name: costs(FAMILIES[name], args.count, args.repeats) for name in names}
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    print(f"{'family':40s} {'make':>7s} {'verify':>7s} {'solve':>7s}  (CPU ms per exercise)")
    for name, f in figures.items():
        print(f"{name:40s} {f['make']:7.2f} {f['verify']:7.2f} {f['solve']:7.2f}")
    made_checked = [f["make"] + f["verify"] for f in figures.values()]
    print(f"median make+verify over {len(figures)} families: "
          f"{statistics.median(made_checked):.2f} ms")


if __name__ == "__main__":
    main()
