"""Training throughput and model FLOPs utilisation (MFU) of the 30M and 100M sizes on a GPU.

For each size, the training step of ``train.loop`` (bf16 autocast, SDPA attention,
optionally torch.compile, AdamW) runs on random tokens at the recipe's batch
shape; throughput does not depend on the data. Model FLOPs per token follow the
PaLM appendix: 6 N (N = non-embedding + embedding matmul parameters) plus
12 * layers * hidden * seq_len for attention scores and values. MFU is reported
against the issue's ceiling (790 TFLOP/s, what an H100 does on a large bf16
matrix product) and against a large bf16 matmul measured in the same run.

Usage: python benchmarks/train_gpu.py [--steps 30] [--no-compile] [--peak-tflops 790]
Needs an NVIDIA GPU; prints JSON and writes benchmarks/results/train_gpu.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CASES = [("30m", "small-gpu"), ("100m", "base-gpu")]


def matmul_tflops(torch, n: int = 8192, repeats: int = 20) -> float:
    """Measured bf16 dense matmul throughput: the practical ceiling on this GPU."""
    a = torch.randn(n, n, device="cuda", dtype=torch.bfloat16)
    b = torch.randn(n, n, device="cuda", dtype=torch.bfloat16)
    for _ in range(3):
        a @ b
    torch.cuda.synchronize()
    start = time.perf_counter()
    for _ in range(repeats):
        a @ b
    torch.cuda.synchronize()
    return 2 * n**3 * repeats / (time.perf_counter() - start) / 1e12


def measure(torch, size: str, recipe_name: str, steps: int, compile_model: bool) -> dict:
    """Tokens/s of full training steps (forward, backward, AdamW) at the recipe's shape."""
    from train.config import load_recipe
    from train.model import build_model, count_parameters

    recipe = load_recipe(recipe_name)
    vocab, seq_len, batch = recipe.tokenizer.vocab_size, recipe.train.seq_len, recipe.train.batch_size
    model = build_model(size, vocab, seq_len, sdpa=True).cuda()
    params = count_parameters(model)
    config = model.config
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4, fused=True)
    step_model = torch.compile(model) if compile_model else model
    tokens = torch.randint(0, vocab, (batch, seq_len), device="cuda")

    def step() -> None:
        with torch.autocast("cuda", dtype=torch.bfloat16):
            loss = step_model(input_ids=tokens, labels=tokens).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)

    for _ in range(5):  # warm up (and compile)
        step()
    torch.cuda.synchronize()
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        step()
        torch.cuda.synchronize()
        times.append(time.perf_counter() - start)
    seconds = statistics.median(times)
    flops_per_token = 6 * params + 12 * config.num_hidden_layers * config.hidden_size * seq_len
    return {"size": size, "recipe": recipe_name, "parameters": params, "batch": batch,
            "seq_len": seq_len, "vocab": vocab, "compile": compile_model,
            "step_seconds_median": round(seconds, 5),
            "tokens_per_s": round(batch * seq_len / seconds),
            "flops_per_token": flops_per_token,
            "model_tflops": round(flops_per_token * batch * seq_len / seconds / 1e12, 1),
            "peak_memory_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=30, help="timed steps per size (median)")
    parser.add_argument("--no-compile", action="store_true", help="skip torch.compile")
    parser.add_argument("--peak-tflops", type=float, default=790.0, help="the MFU ceiling")
    args = parser.parse_args()

    import torch

    if not torch.cuda.is_available():
        sys.exit("train_gpu.py needs an NVIDIA GPU (torch.cuda.is_available() is False)")
    ceiling = matmul_tflops(torch)
    report = {"gpu": torch.cuda.get_device_name(), "torch": torch.__version__,
              "peak_tflops": args.peak_tflops, "measured_matmul_tflops": round(ceiling, 1),
              "sizes": []}
    for size, recipe in CASES:
        row = measure(torch, size, recipe, args.steps, not args.no_compile)
        row["mfu"] = round(row["model_tflops"] / args.peak_tflops, 4)
        row["mfu_vs_measured_matmul"] = round(row["model_tflops"] / ceiling, 4)
        report["sizes"].append(row)
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    text = json.dumps(report, indent=1)
    print(text)
    out = Path(__file__).parent / "results" / "train_gpu.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(text + "\n")


if __name__ == "__main__":
    main()
