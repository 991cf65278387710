"""The training loop: two stages (textbook, then exercises), resumable, one file to read.

A run folder holds everything::

    RUN/run.json          what was trained on, status, figures
    RUN/recipe.toml       the recipe, as resolved
    RUN/tokenizer/        the BPE trained on the corpus (tokenizer.json)
    RUN/log.jsonl         loss, learning rate and tokens/s every ``log_every`` steps
    RUN/checkpoints/step-NNNNNN/   model (save_pretrained) + trainer_state.pt
    RUN/stages/textbook/  the model after stage 1 (phi-1-base; the ablation)
    RUN/model/            the final model + tokenizer: from_pretrained loads it

Resuming needs only the step: the learning rate and the data position are pure
functions of it (see :func:`lr_at` and :func:`train.data.batch_indices`), and
the optimizer state is in the checkpoint, so an interrupted run continues on
the loss path it would have taken. Devices, bf16 and several GPUs come from
accelerate's ``Accelerator``; launch with ``torchrun`` or ``accelerate launch``.
"""

from __future__ import annotations

import contextlib
import json
import math
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import torch

from syllabus.errors import UserError
from syllabus.files import atomic_dir, atomic_write, read_versioned_json, write_json
from syllabus.progress import Advance
from train.config import Recipe, StageConfig, validate
from train.data import Corpus, batch_indices, build_corpus, exercise_blocks, textbook_blocks
from train.model import add_lora, build_model, check_causal_lm, count_parameters, load_causal_lm
from train.tokenizer import load_tokenizer, train_tokenizer

SCHEMA = "syllabus.run"
VERSION = 1
STAGES = ("textbook", "exercises")
KEEP_CHECKPOINTS = 2


@dataclass
class Stage:
    """One stage as the loop runs it: its global step range and its token blocks."""

    name: str
    start: int  # global step at which it begins
    config: StageConfig
    inputs: torch.Tensor
    labels: torch.Tensor
    validation: tuple[torch.Tensor, torch.Tensor] | None

    @property
    def end(self) -> int:
        return self.start + self.config.steps


def lr_at(step: int, stage: StageConfig) -> float:
    """Linear warmup to ``lr``, then a cosine down to ``lr * min_lr_ratio`` (stage-local step)."""
    if step < stage.warmup:
        return stage.lr * (step + 1) / stage.warmup
    progress = (step - stage.warmup) / max(1, stage.steps - stage.warmup)
    cosine = 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))
    return stage.lr * (stage.min_lr_ratio + (1 - stage.min_lr_ratio) * cosine)


def train(packs: list[str | Path], output: str | Path, recipe: Recipe, *,
          documents: list[str | Path] = (), progress: Advance | None = None) -> dict:
    """Train (or resume) the run in ``output`` and return its figures."""
    from accelerate import Accelerator
    from transformers.utils import logging

    logging.disable_progress_bar()  # ours is the one bar; save_pretrained would draw its own
    output = Path(output)
    validate(recipe)
    if recipe.model.base_model:
        check_causal_lm(recipe.model.base_model)
    state = _open_run(output, recipe, packs, documents)
    if state.get("status") == "done":
        return state["summary"]
    accelerator = Accelerator(mixed_precision=_mixed_precision(recipe.train.precision),
                              cpu=not torch.cuda.is_available())
    torch.manual_seed(recipe.train.seed)

    corpus = build_corpus(packs, documents)
    with accelerator.main_process_first():
        tokenizer = _tokenizer(output, recipe, corpus, accelerator.is_main_process)
    stages = _stages(recipe, corpus, tokenizer)
    total = stages[-1].end

    checkpoint = _latest_checkpoint(output)
    model = _model(recipe, tokenizer, checkpoint)
    parameters = count_parameters(model)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad],
                                  lr=stages[0].config.lr, betas=(0.9, 0.95),
                                  weight_decay=recipe.train.weight_decay)
    step, tokens, elapsed = 0, 0, 0.0
    if checkpoint is not None:
        saved = torch.load(checkpoint / "trainer_state.pt", weights_only=False)
        optimizer.load_state_dict(saved["optimizer"])
        step, tokens, elapsed = saved["step"], saved["tokens"], saved["elapsed"]
    if recipe.train.compile and accelerator.device.type == "cuda":
        model = torch.compile(model)
    model, optimizer = accelerator.prepare(model, optimizer)
    if accelerator.is_main_process:
        _truncate_log(output / "log.jsonl", step)

    micro, accum = recipe.train.batch_size, recipe.train.grad_accum
    per_step = micro * accum * accelerator.num_processes  # sequences in one optimizer step
    seq_len = recipe.train.seq_len
    window_loss, window_steps, window_start, window_tokens = 0.0, 0, time.perf_counter(), 0
    model.train()
    while step < total:
        stage = next(s for s in stages if s.start <= step < s.end)
        lr = lr_at(step - stage.start, stage.config)
        for group in optimizer.param_groups:
            group["lr"] = lr
        first = (step - stage.start) * per_step + accelerator.process_index * micro * accum
        order = batch_indices(len(stage.inputs), first, micro * accum, recipe.train.seed)
        step_loss = 0.0
        for i in range(accum):
            rows = order[i * micro:(i + 1) * micro]
            inputs = stage.inputs[rows].to(accelerator.device)
            labels = stage.labels[rows].to(accelerator.device)
            sync = i == accum - 1
            with contextlib.nullcontext() if sync else accelerator.no_sync(model):
                loss = model(input_ids=inputs, labels=labels).loss / accum
                accelerator.backward(loss)
            step_loss += loss.item()
        if recipe.train.grad_clip > 0:
            accelerator.clip_grad_norm_(model.parameters(), recipe.train.grad_clip)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        tokens += per_step * seq_len
        window_tokens += per_step * seq_len
        window_loss += step_loss
        window_steps += 1

        if step % recipe.train.log_every == 0 or step == stage.end:
            now = time.perf_counter()
            elapsed += now - window_start
            loss_mean = accelerator.reduce(torch.tensor(window_loss / window_steps,
                                                        device=accelerator.device), "mean").item()
            record = {"step": step, "stage": stage.name, "loss": round(loss_mean, 5), "lr": lr,
                      "tokens": tokens, "tokens_per_s": round(window_tokens / (now - window_start), 1),
                      "elapsed_s": round(elapsed, 2)}
            if step == stage.end and stage.validation is not None:
                record["validation_loss"] = round(_validation_loss(model, stage, accelerator), 5)
            if accelerator.is_main_process:
                with open(output / "log.jsonl", "a", encoding="utf-8") as log:
                    log.write(json.dumps(record) + "\n")
            window_loss, window_steps, window_tokens = 0.0, 0, 0
            window_start = time.perf_counter()
        if step == stage.end and stage.name == "textbook" and step < total:
            _save_model(accelerator, model, tokenizer, output / "stages" / "textbook", recipe)
        if step % recipe.train.checkpoint_every == 0 or step == total:
            _checkpoint(accelerator, model, optimizer, tokenizer, output,
                        {"step": step, "tokens": tokens, "elapsed": elapsed})
        if progress is not None:
            progress(step, total)

    _save_model(accelerator, model, tokenizer, output / "model", recipe)
    summary = {"steps": total, "parameters": parameters, "tokens": tokens,
               "train_seconds": round(elapsed, 2),
               "tokens_per_s": round(tokens / elapsed, 1) if elapsed else None,
               "final_loss": _last_logged(output / "log.jsonl", "loss"),
               "examples": {split: len(ex) for split, ex in corpus.exercises.items()},
               "textbook_passages": len(corpus.textbook.get("train", [])), "model": str(output / "model")}
    if accelerator.is_main_process:
        write_json(output / "run.json", {**state, "status": "done", "summary": summary})
    return summary


def _mixed_precision(precision: str) -> str:
    """accelerate's mixed-precision name for a recipe's precision."""
    if precision == "auto":
        use_bf16 = torch.cuda.is_available() and torch.cuda.is_bf16_supported()
        return "bf16" if use_bf16 else "no"
    return "bf16" if precision == "bf16" else "no"


def _open_run(output: Path, recipe: Recipe, packs, documents) -> dict:
    """Start a run folder, or reopen one to resume with the same recipe."""
    marker = output / "run.json"
    if marker.exists():
        state = read_versioned_json(marker, SCHEMA, VERSION)
        if (output / "recipe.toml").read_text(encoding="utf-8") != recipe.to_toml():
            raise UserError(f"{output}: a run with another recipe is there; "
                            "resume with the same recipe or choose another -o folder")
        if state["packs"] != [str(Path(p).resolve()) for p in packs]:
            raise UserError(f"{output}: that run trained on other packs; "
                            "resume with the same packs or choose another -o folder")
        return state
    if output.exists() and any(output.iterdir()):
        raise UserError(f"{output}: exists and is not a training run; choose another -o folder")
    output.mkdir(parents=True, exist_ok=True)
    atomic_write(output / "recipe.toml", recipe.to_toml())
    state = {"schema": SCHEMA, "version": VERSION, "recipe": recipe.name,
             "packs": [str(Path(p).resolve()) for p in packs],
             "documents": [str(Path(d).resolve()) for d in documents], "status": "running"}
    write_json(marker, state)
    return state


def _tokenizer(output: Path, recipe: Recipe, corpus: Corpus, main: bool):
    """The base model's tokenizer, or ours: trained once on the corpus, then reused on resume."""
    if recipe.model.base_model:
        return load_tokenizer(recipe.model.base_model)
    folder = output / "tokenizer"
    if not folder.exists() and main:
        tokenizer = train_tokenizer(corpus.all_text(), recipe.tokenizer.vocab_size)
        with atomic_dir(folder) as tmp:
            tokenizer.save_pretrained(tmp)
    return load_tokenizer(folder)


def _stages(recipe: Recipe, corpus: Corpus, tokenizer) -> list[Stage]:
    """Tokenize both stages' training and validation data into blocks."""
    seq_len, stages, start = recipe.train.seq_len, [], 0
    for name in STAGES:
        config = getattr(recipe, name)
        if config.steps == 0:
            continue
        if name == "textbook":
            data = textbook_blocks(corpus.textbook["train"], tokenizer, seq_len)
            held = corpus.textbook.get("validation")
            validation = textbook_blocks(held, tokenizer, seq_len) if held else None
        else:
            data = exercise_blocks(corpus.exercises["train"], tokenizer, seq_len)
            held = corpus.exercises.get("validation")
            validation = exercise_blocks(held, tokenizer, seq_len) if held else None
        stages.append(Stage(name, start, config, *data, validation))
        start += config.steps
    if not stages:
        raise UserError("the recipe trains for 0 steps; set [textbook] or [exercises] steps")
    return stages


def _model(recipe: Recipe, tokenizer, checkpoint: Path | None):
    """A fresh model, a base model (with LoRA adapters if asked), or the one in a checkpoint."""
    spec = recipe.model
    if spec.base_model and spec.lora:
        from peft import PeftModel

        base = load_causal_lm(spec.base_model)
        if checkpoint is not None:
            return PeftModel.from_pretrained(base, str(checkpoint), is_trainable=True)
        return add_lora(base, spec.lora_rank, spec.lora_alpha)
    if checkpoint is not None:
        return load_causal_lm(checkpoint)
    if spec.base_model:
        return load_causal_lm(spec.base_model)
    return build_model(spec.size, len(tokenizer), recipe.train.seq_len, sdpa=recipe.train.sdpa,
                       eos_id=tokenizer.eos_token_id, pad_id=tokenizer.pad_token_id)


def _latest_checkpoint(output: Path) -> Path | None:
    found = sorted((output / "checkpoints").glob("step-*"))
    return found[-1] if found else None


def _checkpoint(accelerator, model, optimizer, tokenizer, output: Path, state: dict) -> None:
    """Write a resumable checkpoint atomically and drop all but the newest few."""
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        target = output / "checkpoints" / f"step-{state['step']:06d}"
        with atomic_dir(target, replace=True) as tmp:
            accelerator.unwrap_model(model).save_pretrained(tmp)
            tokenizer.save_pretrained(tmp)
            torch.save({**state, "optimizer": optimizer.state_dict()}, tmp / "trainer_state.pt")
        for old in sorted((output / "checkpoints").glob("step-*"))[:-KEEP_CHECKPOINTS]:
            shutil.rmtree(old)
    accelerator.wait_for_everyone()


def _save_model(accelerator, model, tokenizer, target: Path, recipe: Recipe) -> None:
    """Save a from_pretrained-loadable model + tokenizer (LoRA adapters merged in)."""
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        network = accelerator.unwrap_model(model)
        if recipe.model.lora:
            import copy

            network = copy.deepcopy(network).merge_and_unload()
        with atomic_dir(target, replace=True) as tmp:
            network.save_pretrained(tmp)
            tokenizer.save_pretrained(tmp)
    accelerator.wait_for_everyone()


@torch.no_grad()
def _validation_loss(model, stage: Stage, accelerator, max_blocks: int = 64) -> float:
    """Mean loss on (up to ``max_blocks`` of) the stage's validation blocks."""
    model.eval()
    inputs, labels = (t[:max_blocks].to(accelerator.device) for t in stage.validation)
    losses = [model(input_ids=inputs[i:i + 16], labels=labels[i:i + 16]).loss.item()
              for i in range(0, len(inputs), 16)]
    model.train()
    return sum(losses) / len(losses)


def _truncate_log(path: Path, step: int) -> None:
    """On resume, forget log lines from steps the checkpoint does not include."""
    if path.exists():
        kept = [line for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip() and json.loads(line)["step"] <= step]
        atomic_write(path, "".join(line + "\n" for line in kept))


def _last_logged(path: Path, key: str) -> float | None:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return lines[-1].get(key) if lines else None


def read_log(run: str | Path) -> list[dict]:
    """The run's log records, in order."""
    path = Path(run) / "log.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
