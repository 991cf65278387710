"""Judge a model by running its code: pass@1 (greedy) and pass@k (sampled).

The model continues each held-out problem's prompt with a program; the
program runs in the exercise engine's sandbox (separate process, time and
memory limits), and its ``solve()`` result is compared with the verified
answer there, by SymPy equality. pass@k uses the unbiased estimator of Chen et
al. (2021, "Evaluating Large Language Models Trained on Code") from ``n``
samples per problem. Failures go to a Markdown file a person can read.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import torch

from syllabus.errors import UserError
from syllabus.files import atomic_write, write_json
from syllabus.progress import Advance
from train.config import EvalConfig, load_recipe
from train.data import Example, as_example, prompt_for, question_file
from train.model import load_causal_lm
from train.tokenizer import load_tokenizer

SCHEMA = "syllabus.eval"
VERSION = 1


@dataclass
class Attempt:
    """One program the model wrote for one problem, and what running it gave."""

    example: Example
    code: str
    status: str
    value: str | None
    error: str | None
    passed: bool


def model_folder(run: str | Path) -> Path:
    """A run folder's final model, or any save_pretrained folder given directly."""
    path = Path(run)
    if (path / "model" / "config.json").is_file():
        return path / "model"
    if (path / "config.json").is_file():
        return path
    raise UserError(f"{path}: neither a training run nor a model folder; pass RUN/ from `syllabus train`")


def run_recipe_eval(run: str | Path) -> EvalConfig:
    """The evaluation settings of the run's recipe, or the defaults for a bare model folder."""
    recipe = Path(run) / "recipe.toml"
    return load_recipe(recipe).eval if recipe.is_file() else EvalConfig()


def load_model(run: str | Path):
    """The model and tokenizer to generate with (eval mode, left padding for batches)."""
    from transformers.utils import logging

    logging.disable_progress_bar()
    folder = model_folder(run)
    model = load_causal_lm(folder).eval()
    tokenizer = load_tokenizer(folder)
    tokenizer.padding_side = "left"
    return model, tokenizer


@torch.no_grad()
def complete(model, tokenizer, prompts: list[str], *, samples: int = 0, temperature: float = 0.8,
             max_new_tokens: int = 192, batch_size: int = 32, seed: int = 0,
             progress: Advance | None = None) -> list[list[str]]:
    """Completions per prompt: one greedy when ``samples`` is 0, else ``samples`` draws."""
    torch.manual_seed(seed)
    draws = max(samples, 1)
    jobs = [prompt for prompt in prompts for _ in range(draws)]
    texts: list[str] = []
    for start in range(0, len(jobs), batch_size):
        batch = tokenizer(jobs[start:start + batch_size], return_tensors="pt", padding=True,
                          add_special_tokens=False)
        out = model.generate(**batch, max_new_tokens=max_new_tokens, do_sample=samples > 0,
                             temperature=temperature if samples else None, top_k=0 if samples else None,
                             top_p=None, eos_token_id=tokenizer.eos_token_id,
                             pad_token_id=tokenizer.pad_token_id)
        new = out[:, batch["input_ids"].shape[1]:]
        texts.extend(clean(text) for text in tokenizer.batch_decode(new, skip_special_tokens=True))
        if progress is not None:
            progress(len(texts), len(jobs))
    return [texts[i * draws:(i + 1) * draws] for i in range(len(prompts))]


def clean(completion: str) -> str:
    """The program only: a model that runs on past its end mark is cut where it starts
    a new problem (a docstring) or a second ``solve()``."""
    program = completion.split('"""', 1)[0]
    first = program.find("def solve(")
    second = program.find("\ndef solve(", first + 1) if first >= 0 else -1
    return (program[:second] if second > 0 else program).rstrip() + "\n"


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k from ``n`` samples of which ``c`` passed: 1 - C(n-c, k) / C(n, k)."""
    if n - c < k:
        return 1.0
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


def run_programs(sandbox, examples: list[Example], programs: list[list[str]]) -> list[list[Attempt]]:
    """Run every program in ``sandbox`` against its problem's verified answer."""
    items = [(code, ex.answer) for ex, codes in zip(examples, programs) for code in codes]
    results = iter(sandbox.run_many(items))
    attempts = []
    for example, codes in zip(examples, programs):
        row = []
        for code in codes:
            result = next(results)
            row.append(Attempt(example, code, result.status, result.value, result.error,
                               result.status == "ok" and bool(result.equal)))
        attempts.append(row)
    return attempts


def eval_examples(target: str | Path) -> tuple[str, list[Example]]:
    """The held-out problems: a pack's test split, or a JSONL file of questions."""
    path = Path(target)
    if path.is_dir():
        from exercises.pack import load_pack

        rows = load_pack(path).split("test")
        if not rows:
            raise UserError(f"{path}: the pack's test split is empty; generate a larger pack")
        return path.name, [as_example(row) for row in rows]
    return path.stem, question_file(path)


def scores(greedy: list[list[Attempt]], sampled: list[list[Attempt]] | None, k: int) -> dict:
    """pass@1 (greedy) and pass@k (sampled), overall and per family."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(greedy):
        groups["overall"].append(index)
        groups[row[0].example.family].append(index)
    table = {}
    for name, indices in groups.items():
        entry = {"problems": len(indices),
                 "pass@1": sum(greedy[i][0].passed for i in indices) / len(indices)}
        if sampled:
            n = len(sampled[0])
            entry[f"pass@{k}"] = sum(pass_at_k(n, sum(a.passed for a in sampled[i]), k)
                                     for i in indices) / len(indices)
        table[name] = entry
    overall = table.pop("overall")
    return {"overall": overall, "families": dict(sorted(table.items()))}


def evaluate(run: str | Path, target: str | Path, config: EvalConfig, *,
             output: str | Path | None = None, limit: int | None = None,
             progress: Advance | None = None) -> dict:
    """Evaluate the model in ``run`` on ``target``; write report.json and failures.md."""
    from exercises.sandbox import Sandbox

    name, examples = eval_examples(target)
    examples = examples[:limit] if limit else examples
    model, tokenizer = load_model(run)
    prompts = [e.prompt for e in examples]
    settings = {"max_new_tokens": config.max_new_tokens, "batch_size": config.batch_size}
    with Sandbox(timeout=config.timeout) as sandbox:
        greedy = run_programs(sandbox, examples,
                              complete(model, tokenizer, prompts, progress=progress, **settings))
        sampled = None
        if config.samples > 0:
            programs = complete(model, tokenizer, prompts, samples=config.samples,
                                temperature=config.temperature, progress=progress, **settings)
            sampled = run_programs(sandbox, examples, programs)
    report = {"schema": SCHEMA, "version": VERSION, "model": str(model_folder(run)),
              "target": str(target), "samples": config.samples, "k": config.k,
              "temperature": config.temperature, **scores(greedy, sampled, config.k)}
    folder = Path(output) if output else model_folder(run) / "eval" / name
    write_json(folder / "report.json", report)
    atomic_write(folder / "failures.md", failures_markdown([row[0] for row in greedy]))
    report["failures"] = str(folder / "failures.md")
    return report


def failures_markdown(attempts: list[Attempt]) -> str:
    """The greedy failures, each with its problem, program, result and expected answer."""
    failed = [a for a in attempts if not a.passed]
    lines = [f"# Failures: {len(failed)} of {len(attempts)} problems (greedy)\n"]
    for attempt in failed:
        got = attempt.value if attempt.status == "ok" else f"{attempt.status}: {attempt.error}"
        problem = attempt.example.prompt.strip().strip('"')
        lines += [f"## {attempt.example.id} ({attempt.example.family})\n", f"Problem: {problem}\n",
                  "```python", attempt.code.rstrip(), "```\n",
                  f"Result: {got}\n", f"Expected: {attempt.example.answer_text}\n"]
    return "\n".join(lines)


def sample(run: str | Path, problem: str, *, max_new_tokens: int = 192,
           timeout: float = 5.0) -> tuple[str, object]:
    """The program the model writes for ``problem`` and the sandbox's RunResult for it."""
    from exercises.sandbox import Sandbox

    model, tokenizer = load_model(run)
    code = complete(model, tokenizer, [prompt_for(problem)], max_new_tokens=max_new_tokens)[0][0]
    with Sandbox(timeout=timeout) as sandbox:
        return code, sandbox.run(code)
