"""The networks: Llama-style decoders at named sizes, or a local base model to fine-tune.

Everything is a transformers ``PreTrainedModel``, so a checkpoint is a
``save_pretrained`` folder (safetensors + config.json) that any transformers
user loads with ``AutoModelForCausalLM.from_pretrained``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from transformers import (
    AutoConfig,
    AutoModelForCausalLM,
    LlamaConfig,
    LlamaForCausalLM,
    PreTrainedModel,
)

from syllabus.errors import UserError


@dataclass(frozen=True)
class Size:
    """Shape of a from-scratch model; parameter counts quoted for a 8192-token vocabulary."""

    hidden: int
    layers: int
    heads: int
    intermediate: int


SIZES = {
    "tiny": Size(hidden=128, layers=4, heads=4, intermediate=384),  # ~1M at 1-2k vocab: minutes on a CPU
    "10m": Size(hidden=256, layers=8, heads=8, intermediate=1024),  # ~10M
    "30m": Size(hidden=384, layers=12, heads=6, intermediate=1536),  # ~31M
    "100m": Size(hidden=768, layers=12, heads=12, intermediate=2304),  # ~98M
}


def build_model(size: str, vocab_size: int, seq_len: int, *, sdpa: bool = True,
                bos_id: int | None = None, eos_id: int | None = None,
                pad_id: int | None = None) -> PreTrainedModel:
    """A freshly initialised Llama-style model of the named size (tied embeddings)."""
    shape = SIZES[size]
    config = LlamaConfig(
        vocab_size=vocab_size,
        hidden_size=shape.hidden,
        num_hidden_layers=shape.layers,
        num_attention_heads=shape.heads,
        num_key_value_heads=shape.heads,
        intermediate_size=shape.intermediate,
        max_position_embeddings=seq_len,
        tie_word_embeddings=True,
        bos_token_id=bos_id,
        eos_token_id=eos_id,
        pad_token_id=pad_id,
    )
    config._attn_implementation = "sdpa" if sdpa else "eager"
    return LlamaForCausalLM(config)


def check_causal_lm(folder: str | Path) -> None:
    """Refuse, with one line, a folder that does not hold a causal language model."""
    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING

    path = Path(folder)
    if not (path / "config.json").is_file():
        raise UserError(f"{path}: not a model folder (no config.json); pass a save_pretrained folder")
    try:
        config = AutoConfig.from_pretrained(str(path))
    except (ValueError, KeyError, OSError) as exc:
        raise UserError(f"{path}: unreadable model config ({type(exc).__name__}); "
                        "pass a save_pretrained folder") from None
    if type(config) not in MODEL_FOR_CAUSAL_LM_MAPPING:
        raise UserError(f"{path}: a {config.model_type!r} model is not a causal language model; "
                        "pass a decoder such as Llama, GPT-2, Qwen or Phi")


def load_causal_lm(folder: str | Path, **kwargs) -> PreTrainedModel:
    """Load a local causal LM after :func:`check_causal_lm`."""
    check_causal_lm(folder)
    return AutoModelForCausalLM.from_pretrained(str(folder), **kwargs)


def add_lora(model: PreTrainedModel, rank: int, alpha: int) -> PreTrainedModel:
    """Wrap ``model`` with LoRA adapters on every linear layer; only they will train."""
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(r=rank, lora_alpha=alpha, target_modules="all-linear", task_type="CAUSAL_LM")
    return get_peft_model(model, config)


def count_parameters(model: PreTrainedModel) -> int:
    """Distinct parameters (tied embeddings counted once)."""
    return sum(p.numel() for p in {id(p): p for p in model.parameters()}.values())
