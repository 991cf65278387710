"""The parts of train/ that need no pack: recipes, tokenizer, schedule, batching, pass@k."""

from __future__ import annotations

import itertools
import math
import tomllib

import pytest
import torch
from transformers import PreTrainedTokenizerFast

from syllabus.errors import UserError
from train.config import StageConfig, available_recipes, load_recipe
from train.data import IGNORE, batch_indices, blocks
from train.evaluate import pass_at_k
from train.loop import lr_at
from train.tokenizer import train_tokenizer

TEXT = [
    "Find the gcd of 1234 and 5678. Since 5678 = 4*1234 + 742, gcd(1234, 5678) = gcd(742, 1234).",
    'def solve():\n    return sum(k**2 for k in range(1, 101))  # 338350\n',
    "Let $f(x) = x^{2} - 3x + 2$; its roots are $x = 1$ and $x = 2$. Ω ≤ ∞ √2 ∫ π",
] * 40


def test_tokenizer_round_trips_and_splits_digits(tmp_path) -> None:
    tokenizer = train_tokenizer(TEXT, vocab_size=400)
    for text in [*TEXT[:3], "  indented\n\ttab, unicode ∑ é 漢字 and 9876543210"]:
        assert tokenizer.decode(tokenizer(text)["input_ids"]) == text
    pieces = [tokenizer.decode([i]) for i in tokenizer("x = 338350 + 1234")["input_ids"]]
    digits = [p for p in pieces if any(c.isdigit() for c in p)]
    assert digits == list("3383501234")
    tokenizer.save_pretrained(tmp_path)
    again = PreTrainedTokenizerFast(tokenizer_file=str(tmp_path / "tokenizer.json"))
    assert again("gcd(12, 18)")["input_ids"] == tokenizer("gcd(12, 18)")["input_ids"]


def test_shipped_recipes_load_and_round_trip(tmp_path) -> None:
    assert {"tiny-cpu", "small-gpu", "base-gpu", "finetune-lora"} <= set(available_recipes())
    for name in available_recipes():
        base = tmp_path / "base" if name == "finetune-lora" else None
        recipe = load_recipe(name, base_model=base)
        copy = tmp_path / f"{name}.toml"
        copy.write_text(recipe.to_toml())
        assert tomllib.loads(copy.read_text())["name"] == name
        assert load_recipe(copy, base_model=base) == recipe


@pytest.mark.parametrize("text, message", [
    ("[model]\nsize = 'huge'\n", "unknown model size"),
    ("[textbook]\nsteps = 'ten'\n", "should be a int"),
    ("colour = 1\n", "unknown key 'colour'"),
    ("[train]\nprecision = 'fp8'\n", "precision"),
    ("[train\n", "not valid TOML"),
])
def test_bad_recipes_are_refused(tmp_path, text, message) -> None:
    path = tmp_path / "r.toml"
    path.write_text(text)
    with pytest.raises(UserError, match=message):
        load_recipe(path)


def test_schedule_warms_up_then_decays_to_the_floor() -> None:
    stage = StageConfig(steps=100, lr=1e-3, warmup=10, min_lr_ratio=0.1)
    rates = [lr_at(step, stage) for step in range(100)]
    assert rates[:10] == sorted(rates[:10]) and rates[9] == pytest.approx(1e-3)
    assert rates[10:] == sorted(rates[10:], reverse=True)
    assert rates[-1] == pytest.approx(1e-4, rel=0.01)


def test_batch_stream_is_epochs_of_permutations_and_slices_agree() -> None:
    stream = batch_indices(7, 0, 21, seed=3)
    for epoch in range(3):
        assert sorted(stream[epoch * 7:(epoch + 1) * 7].tolist()) == list(range(7))
    pieces = torch.cat([batch_indices(7, start, 4, seed=3) for start in range(0, 20, 4)])
    assert pieces.tolist() == stream[:20].tolist()
    assert batch_indices(7, 0, 7, seed=4).tolist() != stream[:7].tolist()


def test_blocks_keep_pieces_whole_and_cut_overlong_ones() -> None:
    pieces = [([1, 2, 3], [IGNORE, 2, 3]), ([4, 5], [4, 5]), ([6] * 9, [6] * 9)]
    inputs, labels = blocks(pieces, seq_len=4, pad_id=0)
    assert inputs.tolist() == [[1, 2, 3, 0], [4, 5, 0, 0], [6, 6, 6, 6], [6, 6, 6, 6], [6, 0, 0, 0]]
    assert labels[0].tolist() == [IGNORE, 2, 3, IGNORE]


def test_pass_at_k_matches_counting_subsets() -> None:
    for n, c, k in [(5, 0, 1), (5, 2, 1), (5, 2, 3), (6, 1, 5), (4, 4, 2)]:
        outcomes = [True] * c + [False] * (n - c)
        subsets = list(itertools.combinations(outcomes, k))
        assert pass_at_k(n, c, k) == pytest.approx(sum(any(s) for s in subsets) / math.comb(n, k))


def test_a_completion_is_cut_where_the_model_runs_on() -> None:
    from train.evaluate import clean

    one = "import math\n\n\ndef solve():\n    return math.gcd(4, 6)\n"
    assert clean(one) == one
    assert clean(one + "def solve():\n    return 1\n") == one
    assert clean(one + '"""What is 2 + 2?"""\n') == one
