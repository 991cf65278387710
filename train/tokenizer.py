"""A byte-level BPE tokenizer trained on the run's own corpus.

Digits are split one by one before BPE (as in LLaMA and phi-1's successors), so
a number is always its digits: the model can copy and compare numbers digit by
digit instead of memorising a merge table for "1234". Byte-level means every
string round-trips, whatever symbols a book uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast

from syllabus.errors import UserError

EOS = "<|endoftext|>"
PAD = "<|pad|>"


def train_tokenizer(texts: Iterable[str], vocab_size: int) -> PreTrainedTokenizerFast:
    """Train the BPE on ``texts`` and wrap it for transformers (EOS and PAD set)."""
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Digits(individual_digits=True),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True),
        ]
    )
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=[EOS, PAD],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(texts, trainer=trainer)
    return wrap(tokenizer)


def wrap(tokenizer: Tokenizer) -> PreTrainedTokenizerFast:
    """The transformers view of a ``tokenizers`` object, with our special tokens named."""
    return PreTrainedTokenizerFast(tokenizer_object=tokenizer, eos_token=EOS, pad_token=PAD)


def load_tokenizer(folder: str | Path) -> PreTrainedTokenizerFast:
    """Load a tokenizer saved by :func:`train_tokenizer` (or any transformers tokenizer folder)."""
    from transformers import AutoTokenizer

    path = Path(folder)
    if not any((path / name).is_file() for name in ("tokenizer.json", "tokenizer_config.json")):
        raise UserError(f"{path}: no tokenizer (tokenizer.json); save the tokenizer beside the model")
    tokenizer = AutoTokenizer.from_pretrained(str(path))
    if tokenizer.pad_token is None:  # base models often have none; padding reuses EOS
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer
