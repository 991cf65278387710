"""Exercise packs: the folder format that ``train`` and ``build`` read.

A pack is a folder::

    manifest.json      {"schema": "syllabus.pack", "version": 1, ...}: seed, counts per family
                       and difficulty, verification figures, drops and their causes, sha256 per file
    train.jsonl        one exercise per line (also validation.jsonl, test.jsonl); each split
    train.parquet      is also written as Parquet when pyarrow is installed
    passages.jsonl     optional textbook passages {"id", "text", "source"} (the build stage)
    README.md          the dataset card

An exercise record (one JSON object per line; every record has every field, so
``datasets.load_dataset("json", ...)`` and pyarrow infer one schema):

    id, family, topic, difficulty, seed, split, statement, statement_latex, steps (list),
    answer (sympy srepr), answer_latex, answer_text, code (defines solve()), params (JSON text),
    verification {checks: [{method, passed, detail}], code_run {status, equal, value},
                  property_test {test, outcome, examples, detail},
                  lean {statement, status, checker, axioms} | null, machine {...}},
    provenance null | {book, item_id, label, page}

Splits never leak: a record's split is a hash of its *group* (the book item it
came from, else its family and parameters), so every variant of one item lands
in the same split. Exact and near duplicates are removed before splitting
(:mod:`exercises.dedup`). Nothing here depends on timing or worker count, so
the same inputs give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exercises.dedup import NGRAM, OVERLAP, Contamination, math_key, normalise
from syllabus.errors import UserError
from syllabus.files import atomic_dir, read_versioned_json, sha256_file, write_json

SCHEMA, VERSION = "syllabus.pack", 1
SPLITS = ("train", "validation", "test")
FRACTIONS = {"train": 0.8, "validation": 0.1, "test": 0.1}


def group_key(record: dict[str, Any]) -> str:
    """What must stay together in one split: the source item, else family and parameters."""
    provenance = record.get("provenance") or {}
    if provenance.get("item_id"):
        return f"{provenance.get('book')}#{provenance['item_id']}"
    return f"{record['family']}|{record['params']}"


def assign_split(key: str, seed: int) -> str:
    """The split of a group, from a hash of its key: stable, and independent of order."""
    digest = hashlib.sha256(f"{seed}|{key}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") / 2**64
    edge = 0.0
    for name in SPLITS:
        edge += FRACTIONS[name]
        if point < edge:
            return name
    return SPLITS[-1]


@dataclass
class Filtered:
    """Records that survive de-duplication and decontamination, and what was dropped."""

    records: list[dict[str, Any]]
    drops: dict[str, Counter[str]]  # family -> cause -> count


def filter_records(records: Iterable[dict[str, Any]], contamination: Contamination | None
                   ) -> Filtered:
    """Drop exact duplicates, near duplicates and contaminated records, first one wins."""
    seen_exact: set[str] = set()
    seen_near: set[str] = set()
    kept: list[dict[str, Any]] = []
    drops: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        exact, near = normalise(record["statement"]), math_key(record)
        if exact in seen_exact:
            drops[record["family"]]["duplicate"] += 1
        elif near in seen_near:
            drops[record["family"]]["near duplicate"] += 1
        elif contamination and contamination.overlaps(record["statement"]):
            drops[record["family"]]["contaminated"] += 1
        else:
            kept.append(record)
        seen_exact.add(exact)
        seen_near.add(near)
    return Filtered(kept, drops)


def write_pack(
    path: str | Path,
    records: Iterable[dict[str, Any]],
    *,
    seed: int,
    drops: dict[str, Counter[str]] | None = None,
    attempted: dict[str, int] | None = None,
    contamination: Contamination | None = None,
    passages: list[dict[str, Any]] | None = None,
    extra: dict[str, Any] | None = None,
    replace: bool = False,
) -> dict[str, Any]:
    """Filter, split and write ``records`` as a pack at ``path``, atomically; return the manifest.

    ``drops`` are the causes recorded while generating (family -> cause ->
    count), ``attempted`` the exercises tried per family; both feed the drop
    rates. ``extra`` adds fields to the manifest (e.g. the generation options).
    """
    import syllabus

    target = Path(path)
    if target.exists() and not replace:
        raise UserError(f"{target}: already exists; choose a new output folder")
    filtered = filter_records(records, contamination)
    all_drops: dict[str, Counter[str]] = defaultdict(Counter)
    for source in (drops or {}, filtered.drops):
        for fam, causes in source.items():
            all_drops[fam].update(causes)
    by_split: dict[str, list[dict[str, Any]]] = {name: [] for name in SPLITS}
    for record in filtered.records:
        record["split"] = assign_split(group_key(record), seed)
        by_split[record["split"]].append(record)
    manifest: dict[str, Any] = {
        "schema": SCHEMA,
        "version": VERSION,
        "syllabus_version": syllabus.__version__,
        "seed": seed,
        **(extra or {}),
        "counts": _counts(filtered.records),
        "splits": {name: len(rows) for name, rows in by_split.items()},
        "verification": _verification_figures(filtered.records),
        "drops": _drop_figures(all_drops, attempted, filtered.records),
        "decontamination": None if contamination is None else {
            "ngram": NGRAM, "overlap": OVERLAP,
            "dropped": sum(c["contaminated"] for c in filtered.drops.values())},
    }
    with atomic_dir(target, replace=replace) as folder:
        for name, rows in by_split.items():
            _write_jsonl(folder / f"{name}.jsonl", rows)
            _write_parquet(folder / f"{name}.parquet", rows)
        if passages:
            _write_jsonl(folder / "passages.jsonl", passages)
        (folder / "README.md").write_text(dataset_card(manifest), encoding="utf-8")
        manifest["checksums"] = {
            p.name: sha256_file(p) for p in sorted(folder.iterdir()) if p.is_file()}
        write_json(folder / "manifest.json", manifest)
    return manifest


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _write_parquet(path: Path, rows: list[dict[str, Any]]) -> None:
    """Parquet beside the JSON Lines when pyarrow is installed (the ``parquet`` extra)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return
    if rows:
        pq.write_table(pa.Table.from_pylist(rows), path, compression="zstd")


def _counts(records: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        counts[record["family"]][str(record["difficulty"])] += 1
    return {fam: dict(sorted(c.items())) for fam, c in sorted(counts.items())}


def _verification_figures(records: list[dict[str, Any]]) -> dict[str, Any]:
    lean = Counter((r["verification"].get("lean") or {}).get("status", "none") for r in records)
    properties = {
        r["family"]: (r["verification"].get("property_test") or {}).get("outcome", "not run")
        for r in records}
    return {
        "exercises": len(records),
        "checks_passed": sum(all(c["passed"] for c in r["verification"]["checks"])
                             for r in records),
        "independent_checks": sum(len(r["verification"]["checks"]) for r in records),
        "code_equal": sum(bool(r["verification"]["code_run"]["equal"]) for r in records),
        "property_tests": dict(Counter(properties.values())),
        "lean": dict(sorted(lean.items())),
    }


def _drop_figures(drops: dict[str, Counter[str]], attempted: dict[str, int] | None,
                  kept: list[dict[str, Any]]) -> dict[str, Any]:
    shipped = Counter(r["family"] for r in kept)
    families = sorted(set(drops) | set(shipped) | set(attempted or {}))
    figures = {}
    for fam in families:
        tried = (attempted or {}).get(fam, shipped[fam] + sum(drops.get(fam, {}).values()))
        dropped = tried - shipped[fam]
        figures[fam] = {"attempted": tried, "shipped": shipped[fam], "dropped": dropped,
                        "rate": round(dropped / tried, 4) if tried else 0.0,
                        "causes": dict(sorted(drops.get(fam, Counter()).items()))}
    return figures


def dataset_card(manifest: dict[str, Any]) -> str:
    """A README with the Hugging Face dataset-card header, so the folder loads as a dataset."""
    configs = "\n".join(f"      - split: {name}\n        path: {name}.jsonl" for name in SPLITS)
    families = "\n".join(
        f"| {fam} | {sum(c.values())} | {manifest['drops'].get(fam, {}).get('rate', 0):.1%} |"
        for fam, c in manifest["counts"].items())
    figures = manifest["verification"]
    return f"""---
configs:
  - config_name: default
    data_files:
{configs}
---
# Verified exercise pack

Made by syllabus {manifest['syllabus_version']} with seed {manifest['seed']}.
{figures['exercises']} exercises ({", ".join(f"{k}: {v}" for k, v in manifest['splits'].items())}).

Every exercise was checked by an independent method recorded in
`verification.checks`, its `code` (a `solve()` function) was run in a sandbox and
computed the answer (exact SymPy comparison), and its family's hypothesis
property test is named in `verification.property_test`. Lean statements are
marked "Lean-verified" only when a `lean` executable checked them.
Re-check everything with `syllabus verify <this folder>`.

Splits are assigned by hashing each exercise's group (its source item, or its
family and parameters), so variants of one item never straddle splits. The
`answer` field is `sympy.srepr` text; rebuild it with `exercises.answers.parse_srepr`.

| family | exercises | drop rate |
| --- | ---: | ---: |
{families}
"""


@dataclass
class Pack:
    """A pack read back from disk."""

    path: Path
    manifest: dict[str, Any]

    def split(self, name: str) -> list[dict[str, Any]]:
        """The records of one split (``train``, ``validation`` or ``test``)."""
        if name not in SPLITS:
            raise UserError(f"unknown split {name!r}; choose one of {', '.join(SPLITS)}")
        source = self.path / f"{name}.jsonl"
        if not source.is_file():
            return []
        with open(source, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]

    def records(self) -> list[dict[str, Any]]:
        """All records, train then validation then test."""
        return [record for name in SPLITS for record in self.split(name)]

    def passages(self) -> list[dict[str, Any]]:
        source = self.path / "passages.jsonl"
        if not source.is_file():
            return []
        with open(source, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]


def is_pack(path: str | Path) -> bool:
    return (Path(path) / "manifest.json").is_file()


def load_pack(path: str | Path) -> Pack:
    """Open a pack folder; a folder that is not a pack is a :class:`UserError`."""
    folder = Path(path)
    if not folder.is_dir():
        raise UserError(f"{folder}: no such folder; pass a pack written by `syllabus generate`")
    if not is_pack(folder):
        raise UserError(f"{folder}: not a pack (no manifest.json); pass a folder written by "
                        "`syllabus generate`")
    return Pack(folder, read_versioned_json(folder / "manifest.json", SCHEMA, VERSION))
