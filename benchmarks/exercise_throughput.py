"""Throughput of fully verified exercises, beside mathematics_dataset, and the verify pass rate.

Figures (all from one run, on this machine, printed as a table and with --json):

* per family and for an even mix: verified exercises per second per core. "Verified"
  means everything generation does: make, the independent checks, the ``solve()``
  program run in the sandbox and compared exactly, the Lean writer. One
  generation process is measured (its sandbox worker runs only while it waits),
  so exercises/s of that process is exercises/s/core. Median of --repeats runs.
* scaling: ``generate()`` on the even mix with --workers 1 and 2 (wall clock, whole pack).
* the reference: mathematics_dataset questions/s on one core, an even round-robin over
  all of its train modules, unchecked (it is what the issue compares against:
  about 385/s/core on this kind of machine).
* ``syllabus verify`` on the generated pack: share of shipped exercises that pass (must be
  100%), and the drop rate per family.

    python benchmarks/exercise_throughput.py [--count 8] [--repeats 3] [--seconds 20] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exercises.generate import generate, registered
from exercises.sandbox import Sandbox
from exercises.verify import make_exercise, verify_pack


def family_rates(count: int, repeats: int) -> dict[str, dict[str, float]]:
    """Verified exercises per second (one process) for each family: median of repeats."""
    rates: dict[str, dict[str, float]] = {}
    with Sandbox(workers=1) as sandbox:
        for name, fam in sorted(registered().items()):
            runs, shipped = [], 0
            for repeat in range(repeats):
                start = time.perf_counter()
                outcomes = [make_exercise(fam, 1000 * repeat + i, 1 + i % 5, sandbox)
                            for i in range(count)]
                runs.append(count / (time.perf_counter() - start))
                shipped += sum(o.record is not None for o in outcomes)
            rates[name] = {"attempted_per_s": round(statistics.median(runs), 2),
                           "verified_share": round(shipped / (count * repeats), 3)}
    return rates


def mix_rate(count: int, repeats: int) -> float:
    """Verified exercises per second over an even round-robin of every family."""
    families = [fam for _, fam in sorted(registered().items())]
    runs = []
    with Sandbox(workers=1) as sandbox:
        for repeat in range(repeats):
            start, shipped = time.perf_counter(), 0
            for i in range(count):
                for fam in families:
                    outcome = make_exercise(fam, 7919 * repeat + i, 1 + i % 5, sandbox)
                    shipped += outcome.record is not None
            runs.append(shipped / (time.perf_counter() - start))
    return round(statistics.median(runs), 2)


def scaling(count: int, folder: Path) -> dict[str, float]:
    """Wall-clock of ``generate`` over every family with 1 and 2 workers; the same bytes."""
    families = sorted(registered())
    seconds = {}
    for workers in (1, 2):
        out = folder / f"pack-w{workers}"
        start = time.perf_counter()
        manifest = generate(out, families, count, seed=11, workers=workers, property_examples=3)
        seconds[workers] = time.perf_counter() - start
        shipped = manifest["verification"]["exercises"]
    same = all((folder / "pack-w1" / p.name).read_bytes() == p.read_bytes()
               for p in (folder / "pack-w2").iterdir())
    return {"exercises": shipped, "seconds_w1": round(seconds[1], 2),
            "seconds_w2": round(seconds[2], 2), "speedup": round(seconds[1] / seconds[2], 2),
            "shipped_per_s_w1": round(shipped / seconds[1], 2),
            "shipped_per_s_w2": round(shipped / seconds[2], 2), "same_bytes": same}


def mathematics_dataset_rate(seconds: float) -> dict[str, object]:
    """mathematics_dataset questions/s on one core, round-robin over its train modules."""
    try:
        import sympy.solvers.diophantine.diophantine as dio

        # mathematics_dataset 1.0.1 imports a name SymPy >= 1.7 moved: alias it back.
        sys.modules["sympy.solvers.diophantine"].base_solution_linear = dio.base_solution_linear
        from mathematics_dataset.modules import modules
    except ImportError as exc:
        return {"installed": False, "error": str(exc),
                "reference_questions_per_s_per_core": 385}
    flat: dict[str, object] = {}

    def flatten(tree: dict, prefix: str = "") -> None:
        for key, value in tree.items():
            if isinstance(value, dict):
                flatten(value, f"{prefix}{key}__")
            else:
                flat[f"{prefix}{key}"] = value

    flatten(modules.train(lambda entropy_range: entropy_range))
    working, broken = [], []
    for name, module in sorted(flat.items()):
        try:
            str(module().question)
            working.append(module)
        except Exception as exc:  # noqa: BLE001 - a module broken under this SymPy is reported
            broken.append(f"{name}: {type(exc).__name__}")
    made, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for module in working:
            problem = module()
            str(problem.question), str(problem.answer)
            made += 1
    rate = made / (time.perf_counter() - start)
    return {"installed": True, "modules": len(flat), "modules_working": len(working),
            "broken": broken, "questions_per_s_per_core": round(rate, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=8, help="exercises per family per run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=20.0,
                        help="sampling time for mathematics_dataset")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    load = os.getloadavg()
    figures: dict[str, object] = {"cores": os.cpu_count(), "load_average_1min": load[0],
                                  "families": len(registered())}
    figures["per_family"] = family_rates(args.count, args.repeats)
    figures["even_mix_verified_per_s_per_core"] = mix_rate(max(args.count // 4, 1), args.repeats)
    with tempfile.TemporaryDirectory() as folder:
        figures["scaling"] = scaling(args.count, Path(folder))
        report = verify_pack(Path(folder) / "pack-w1", workers=2, property_examples=3)
        manifest = json.loads((Path(folder) / "pack-w1" / "manifest.json").read_text())
    figures["verify"] = {"exercises": report["exercises"], "passed": report["passed"],
                         "pass_rate": round(report["passed"] / max(report["exercises"], 1), 4),
                         "ok": report["ok"]}
    figures["drop_rate_per_family"] = {f: d["rate"] for f, d in manifest["drops"].items()}
    figures["drop_causes"] = {f: d["causes"] for f, d in manifest["drops"].items() if d["causes"]}
    figures["mathematics_dataset"] = mathematics_dataset_rate(args.seconds)
    reference = figures["mathematics_dataset"].get("questions_per_s_per_core") or 385
    figures["ratio_mix_vs_mathematics_dataset"] = round(
        figures["even_mix_verified_per_s_per_core"] / reference, 3)
    if args.json:
        print(json.dumps(figures, indent=1))
        return
    print(f"{figures['families']} families, {figures['cores']} cores, "
          f"load average {load[0]:.1f} at start")
    print(f"{'family':45} {'verified/s/core':>16} {'verified share':>15}")
    for name, row in figures["per_family"].items():
        print(f"{name:45} {row['attempted_per_s']:>16.1f} {row['verified_share']:>15.0%}")
    print(f"even mix: {figures['even_mix_verified_per_s_per_core']} verified exercises/s/core")
    print(f"mathematics_dataset: {figures['mathematics_dataset']}")
    print(f"ratio (ours / mathematics_dataset): {figures['ratio_mix_vs_mathematics_dataset']}")
    print(f"scaling: {figures['scaling']}")
    print(f"syllabus verify on the pack: {figures['verify']}")
    print(f"drop rate per family: {figures['drop_rate_per_family']}")
    print(f"drop causes: {figures['drop_causes']}")


if __name__ == "__main__":
    main()
