"""Training recipes: plain dataclasses read from TOML files in ``train/recipes/``.

A recipe names everything a run depends on (model size, tokenizer, the two
stages' lengths and learning rates, batch size, precision, evaluation
settings), so a run folder's ``recipe.toml`` is enough to reproduce it. Unknown
keys are refused rather than ignored: a typo must not silently train the
default.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from syllabus.errors import UserError

RECIPES = Path(__file__).parent / "recipes"
PRECISIONS = ("auto", "fp32", "bf16")


@dataclass
class ModelConfig:
    """Which network: a named size trained from scratch, or a local base model to fine-tune."""

    size: str = "tiny"  # a key of train.model.SIZES; ignored when base_model is set
    base_model: str | None = None  # folder of any AutoModelForCausalLM (fine-tuning path)
    lora: bool = False  # train LoRA adapters (peft) instead of every weight
    lora_rank: int = 8
    lora_alpha: int = 16


@dataclass
class TokenizerConfig:
    """The byte-level BPE trained on the run's corpus (unused when fine-tuning a base model)."""

    vocab_size: int = 2048


@dataclass
class StageConfig:
    """One training stage: how long, and its warmup + cosine learning-rate schedule."""

    steps: int = 100
    lr: float = 1e-3
    warmup: int = 10
    min_lr_ratio: float = 0.1  # the cosine decays to lr * min_lr_ratio


@dataclass
class TrainConfig:
    """Batching, precision and bookkeeping shared by both stages."""

    seq_len: int = 256
    batch_size: int = 16  # sequences per device per micro-batch
    grad_accum: int = 1
    weight_decay: float = 0.1
    grad_clip: float = 1.0
    precision: str = "auto"  # auto: bf16 on CUDA GPUs that support it, fp32 elsewhere
    compile: bool = False  # torch.compile the model (CUDA only; it slows short CPU runs)
    sdpa: bool = True  # PyTorch's fused scaled-dot-product attention
    checkpoint_every: int = 100  # steps between resumable checkpoints
    log_every: int = 10
    seed: int = 0


@dataclass
class EvalConfig:
    """How ``syllabus eval`` samples: greedy for pass@1, ``samples`` draws for pass@k."""

    max_new_tokens: int = 192
    k: int = 5
    samples: int = 10  # n in the unbiased pass@k estimator; 0 turns sampling off
    temperature: float = 0.8
    timeout: float = 5.0  # seconds per program in the sandbox
    batch_size: int = 32


@dataclass
class Recipe:
    """A whole recipe; ``textbook`` is phi-1's first stage, ``exercises`` the second."""

    name: str = "custom"
    description: str = ""
    model: ModelConfig = field(default_factory=ModelConfig)
    tokenizer: TokenizerConfig = field(default_factory=TokenizerConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    textbook: StageConfig = field(default_factory=StageConfig)
    exercises: StageConfig = field(default_factory=StageConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)

    def to_toml(self) -> str:
        """The recipe as TOML, as written into a run folder."""
        lines = [f"name = {_toml_value(self.name)}", f"description = {_toml_value(self.description)}"]
        for section in dataclasses.fields(self):
            value = getattr(self, section.name)
            if dataclasses.is_dataclass(value):
                lines.append(f"\n[{section.name}]")
                for key, item in dataclasses.asdict(value).items():
                    if item is not None:
                        lines.append(f"{key} = {_toml_value(item)}")
        return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return repr(value)


def available_recipes() -> list[str]:
    """The names of the shipped recipes."""
    return sorted(path.stem for path in RECIPES.glob("*.toml"))


def load_recipe(name_or_path: str | Path, base_model: str | Path | None = None) -> Recipe:
    """A shipped recipe by name (``tiny-cpu``) or any recipe TOML file by path.

    ``base_model`` (the CLI's ``--base-model``) overrides the recipe's.
    """
    path = Path(name_or_path)
    if path.suffix != ".toml":
        path = RECIPES / f"{name_or_path}.toml"
        if not path.is_file():
            raise UserError(
                f"unknown recipe {str(name_or_path)!r}; choose one of {', '.join(available_recipes())} "
                "or pass a .toml file"
            )
    elif not path.is_file():
        raise UserError(f"{path}: no such recipe file; check the path")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path}: not valid TOML ({exc}); fix the file") from None
    recipe = _build(Recipe, data, str(path))
    if recipe.name == "custom":
        recipe.name = path.stem
    if base_model is not None:
        recipe.model.base_model = str(Path(base_model).resolve())
    validate(recipe)
    return recipe


def _build(cls: type, data: dict[str, Any], where: str) -> Any:
    """Construct dataclass ``cls`` from a TOML table, refusing unknown keys and wrong types."""
    known = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise UserError(
            f"{where}: unknown key {unknown[0]!r} in [{cls.__name__}]; known keys: {', '.join(known)}"
        )
    values = {}
    for key, value in data.items():
        default = getattr(cls(), key)
        if dataclasses.is_dataclass(default):
            if not isinstance(value, dict):
                raise UserError(f"{where}: {key!r} must be a [{key}] table")
            values[key] = _build(type(default), value, where)
        elif default is not None and not _same_kind(default, value):
            raise UserError(
                f"{where}: {key} = {value!r} should be a {type(default).__name__}; fix the recipe"
            )
        else:
            values[key] = value
    return cls(**values)


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


def validate(recipe: Recipe) -> None:
    """Refuse values no run could use, with a message that names the key."""
    from train.model import SIZES

    if recipe.model.base_model is None and recipe.model.size not in SIZES:
        raise UserError(f"unknown model size {recipe.model.size!r}; choose one of {', '.join(SIZES)}")
    if recipe.model.lora and not recipe.model.base_model:
        raise UserError("LoRA fine-tunes an existing model; pass --base-model DIR")
    if recipe.train.precision not in PRECISIONS:
        raise UserError(f"precision {recipe.train.precision!r}: choose one of {', '.join(PRECISIONS)}")
    for stage in ("textbook", "exercises"):
        if getattr(recipe, stage).steps < 0:
            raise UserError(f"[{stage}] steps must be 0 or more")
    if min(recipe.train.batch_size, recipe.train.grad_accum, recipe.train.seq_len) < 1:
        raise UserError("[train] batch_size, grad_accum and seq_len must be positive")
