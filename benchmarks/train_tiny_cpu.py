"""The tiny-cpu recipe end to end on this CPU, with the phi-1 ablation.

Generates a pack of short-program families, trains ``tiny-cpu`` on it (stage 1
textbook, stage 2 exercises), and scores held-out pass@1 (greedy, programs run
in the sandbox) for three models of the same shape and tokenizer:

- untrained: freshly initialised with the run's seed (the "before" model);
- textbook only: the run's model after stage 1 (phi-1-base, the ablation);
- textbook + exercises: the finished run.

Usage: python benchmarks/train_tiny_cpu.py [--work DIR] [--count N] [--samples N] [--recipe R]
On a machine shared with other jobs, run it with OMP_NUM_THREADS=1: two torch
threads on two oversubscribed cores ran about 3x slower than one here.
Prints a JSON report and writes it to benchmarks/results/train_tiny_cpu.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FAMILIES = [
    "number_theory.gcd",
    "number_theory.lcm",
    "number_theory.remainder",
    "number_theory.modular_power",
    "arithmetic.add_fractions",
    "arithmetic.multiply_fractions",
    "arithmetic.percentage",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="folder for the pack, the run and the models")
    parser.add_argument("--count", type=int, default=120, help="exercises per family")
    parser.add_argument("--samples", type=int, default=0, help="samples per problem for pass@k")
    parser.add_argument("--recipe", default="tiny-cpu")
    args = parser.parse_args()

    import torch

    from exercises.generate import generate
    from train.config import load_recipe
    from train.evaluate import evaluate
    from train.loop import read_log, train
    from train.model import build_model
    from train.tokenizer import load_tokenizer

    work = args.work or Path(tempfile.mkdtemp(prefix="syllabus-bench-"))
    pack, run = work / "pack", work / "run"
    recipe = load_recipe(args.recipe)
    report: dict = {"recipe": recipe.name, "families": FAMILIES, "count_per_family": args.count,
                    "cpu_cores": os.cpu_count(), "load_average_start": os.getloadavg()}

    start = time.perf_counter()
    if not pack.exists():
        generate(pack, FAMILIES, count=args.count, seed=2026, difficulties=(1, 2), workers=2)
    report["pack_seconds"] = round(time.perf_counter() - start, 1)

    start = time.perf_counter()
    summary = train([pack], run, recipe)
    report["train_wall_seconds"] = round(time.perf_counter() - start, 1)
    report["train"] = summary
    report["log_tail"] = read_log(run)[-2:]

    untrained = work / "untrained"
    if not untrained.exists():
        tokenizer = load_tokenizer(run / "tokenizer")
        torch.manual_seed(recipe.train.seed)
        model = build_model(recipe.model.size, len(tokenizer), recipe.train.seq_len,
                            eos_id=tokenizer.eos_token_id, pad_id=tokenizer.pad_token_id)
        model.save_pretrained(untrained)
        tokenizer.save_pretrained(untrained)

    config = recipe.eval
    config.samples = args.samples
    report["models"] = {}
    for name, folder in [("untrained", untrained), ("textbook_only", run / "stages" / "textbook"),
                         ("textbook_and_exercises", run / "model")]:
        start = time.perf_counter()
        result = evaluate(folder, pack, config, output=work / "eval" / name)
        report["models"][name] = {**result["overall"], "families": result["families"],
                                  "eval_seconds": round(time.perf_counter() - start, 1)}
    report["load_average_end"] = os.getloadavg()
    text = json.dumps(report, indent=1)
    print(text)
    out = Path(__file__).parent / "results" / "train_tiny_cpu.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(text + "\n")
    print("\npass@1 on held-out exercises (test split):")
    for name, entry in report["models"].items():
        print(f"  {name:24s} {entry['pass@1']:.3f}  ({entry['problems']} problems)")
    print(f"train wall time {report['train_wall_seconds']} s (limit 600 s), "
          f"{summary['tokens_per_s']} tokens/s")


if __name__ == "__main__":
    main()
