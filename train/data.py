"""The two stages' corpora, built from verified packs (and an ingested book).

phi-1 trained first on "textbook-quality" text, then on short exercises. Here:

- **textbook** (stage 1): the book's passages, and every training exercise
  rendered as a worked example in prose (statement, steps, answer);
- **exercises** (stage 2): each exercise as a prompt (the problem as a
  docstring) and a completion (its verified ``solve()`` program).

Splits follow the packs' own splits, so no test exercise is seen in training,
not even as a worked example. Text becomes fixed-length token blocks; a block
holds whole examples where they fit, and stage 2 learns only the completions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import torch

from syllabus.errors import UserError

IGNORE = -100  # label value cross-entropy skips (prompts, padding)


@dataclass
class Example:
    """One exercise as the model sees it in stage 2 and at evaluation."""

    id: str
    family: str
    prompt: str
    completion: str  # the reference solve() program ("" for user questions)
    answer: str  # sympy.srepr of the verified answer, compared inside the sandbox
    answer_text: str  # the answer as a person reads it, for the failures file


@dataclass
class Corpus:
    """Everything a run trains and evaluates on, per split."""

    textbook: dict[str, list[str]] = field(default_factory=dict)  # split -> passages
    exercises: dict[str, list[Example]] = field(default_factory=dict)  # split -> examples

    def all_text(self) -> Iterable[str]:
        """Every string the tokenizer should learn from (training split only)."""
        yield from self.textbook.get("train", [])
        for example in self.exercises.get("train", []):
            yield example.prompt + example.completion


def prompt_for(statement: str) -> str:
    """The problem as a module docstring; the model continues with the program."""
    return f'"""{statement.strip()}"""\n'


def worked_example(exercise: dict) -> str:
    """An exercise as textbook prose: the problem, its worked solution, the answer."""
    steps = "\n".join(step.strip() for step in exercise.get("steps", []))
    return (
        f"Example. {exercise['statement'].strip()}\n"
        f"Solution. {steps}\n"
        f"Answer: {exercise.get('answer_text') or exercise['answer']}.\n"
    )


def as_example(exercise: dict) -> Example:
    """An exercise as a (prompt, completion) pair with its answer to check against."""
    return Example(
        id=str(exercise["id"]),
        family=exercise["family"],
        prompt=prompt_for(exercise["statement"]),
        completion=exercise["code"].strip() + "\n",
        answer=exercise["answer"],
        answer_text=exercise.get("answer_text") or exercise["answer"],
    )


def read_jsonl(path: Path) -> list[dict]:
    """Rows of a JSON Lines file; a malformed line is a one-line error naming it."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                raise UserError(f"{path}:{number}: not a JSON line; fix or regenerate the file") from None
    return rows


def document_passages(path: Path) -> list[str]:
    """The prose of an ingested book (``syllabus ingest`` output), one passage per section."""
    from ingest.document import load_document

    document = load_document(path)
    sections: dict[str | None, list[str]] = {}
    for block in document.blocks:
        if block.kind in ("paragraph", "list_item", "display_math") and block.text.strip():
            text = f"$${block.text}$$" if block.kind == "display_math" else block.text
            sections.setdefault(block.section, []).append(text.strip())
    return ["\n".join(texts) for texts in sections.values()]


def build_corpus(packs: Sequence[str | Path], documents: Sequence[str | Path] = ()) -> Corpus:
    """Read the packs (and ingested books) into the two stages' corpora, split by split."""
    from exercises.pack import load_pack

    if not packs:
        raise UserError("no pack given; pass at least one folder written by `syllabus generate`")
    corpus = Corpus()
    for folder in packs:
        pack = load_pack(folder)
        for split in ("train", "validation", "test"):
            rows = pack.split(split)
            corpus.textbook.setdefault(split, []).extend(worked_example(row) for row in rows)
            corpus.exercises.setdefault(split, []).extend(as_example(row) for row in rows)
        # The book's own passages are textbook text, never held-out exercises.
        corpus.textbook["train"].extend(row["text"] for row in pack.passages())
    for document in documents:
        corpus.textbook["train"].extend(document_passages(Path(document)))
    if not corpus.exercises["train"]:
        raise UserError("the packs have no training exercises; generate a larger pack")
    return corpus


def question_file(path: str | Path) -> list[Example]:
    """A user's evaluation set: JSON Lines of {"question", "answer"} (answer as text)."""
    from sympy import srepr
    from sympy.parsing.sympy_parser import TokenError, parse_expr

    source = Path(path)
    if not source.is_file():
        raise UserError(f"{source}: no such file; pass a pack folder or a JSONL of questions")
    examples = []
    for number, row in enumerate(read_jsonl(source), 1):
        if not isinstance(row, dict) or not {"question", "answer"} <= set(row):
            raise UserError(f"{source}:{number}: each line needs \"question\" and \"answer\"")
        try:
            answer = parse_expr(str(row["answer"]))
        except (SyntaxError, TypeError, ValueError, TokenError, AttributeError):
            raise UserError(f"{source}:{number}: answer {row['answer']!r} is not a SymPy expression") from None
        examples.append(Example(str(row.get("id", number)), row.get("family", "questions"),
                                prompt_for(row["question"]), "", srepr(answer), str(row["answer"])))
    if not examples:
        raise UserError(f"{source}: no questions in the file")
    return examples


def blocks(pieces: Iterable[tuple[list[int], list[int]]], seq_len: int,
           pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Fill ``seq_len`` blocks with whole pieces (ids, labels); overlong pieces are cut.

    Keeping an exercise inside one block keeps its prompt in view of its code.
    Returns ``(input_ids, labels)``, each ``[n_blocks, seq_len]``.
    """
    rows: list[tuple[list[int], list[int]]] = []
    ids: list[int] = []
    labels: list[int] = []

    def flush() -> None:
        if ids:
            padding = seq_len - len(ids)
            rows.append((ids + [pad_id] * padding, labels + [IGNORE] * padding))

    for piece_ids, piece_labels in pieces:
        for start in range(0, len(piece_ids), seq_len):
            chunk, chunk_labels = piece_ids[start:start + seq_len], piece_labels[start:start + seq_len]
            if len(ids) + len(chunk) > seq_len:
                flush()
                ids, labels = [], []
            ids, labels = ids + chunk, labels + chunk_labels
    flush()
    if not rows:
        raise UserError("the corpus is empty after tokenizing; generate a larger pack")
    return torch.tensor([r[0] for r in rows]), torch.tensor([r[1] for r in rows])


def textbook_blocks(texts: Sequence[str], tokenizer, seq_len: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Stage 1: every token of every passage is learned."""
    eos = tokenizer.eos_token_id
    encoded = tokenizer(list(texts), add_special_tokens=False)["input_ids"]
    return blocks(((ids + [eos], ids + [eos]) for ids in encoded), seq_len, tokenizer.pad_token_id)


def exercise_blocks(examples: Sequence[Example], tokenizer,
                    seq_len: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Stage 2: the prompt is context only; the program and its end mark are learned."""
    eos = tokenizer.eos_token_id
    prompts = tokenizer([e.prompt for e in examples], add_special_tokens=False)["input_ids"]
    codes = tokenizer([e.completion for e in examples], add_special_tokens=False)["input_ids"]
    pieces = ((p + c + [eos], [IGNORE] * len(p) + c + [eos]) for p, c in zip(prompts, codes))
    return blocks(pieces, seq_len, tokenizer.pad_token_id)


def batch_indices(n_blocks: int, start: int, count: int, seed: int) -> torch.Tensor:
    """Positions ``start .. start+count`` of an endless stream of shuffled epochs.

    The stream depends only on ``seed``, so the data position after step ``s`` is
    a pure function of ``s``: a resumed run reads exactly the batches it would have.
    """
    out = []
    while count > 0:
        epoch, offset = divmod(start, n_blocks)
        order = torch.randperm(n_blocks, generator=torch.Generator().manual_seed(seed * 100003 + epoch))
        take = order[offset:offset + count]
        out.append(take)
        start, count = start + len(take), count - len(take)
    return torch.cat(out)
