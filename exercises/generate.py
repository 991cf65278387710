"""Generate a verified pack: plan the exercises, make and check them in parallel, write the pack.

Work is split into tasks ``(family, index, seed, difficulty)`` planned up
front from the seed, so the result never depends on how many workers ran or in
what order they finished (:func:`exercises.workers.ordered_map` returns results
in task order). Finished units are kept beside the output until the pack is
written, so an interrupted run resumes; the pack itself appears atomically. CAS time limits (SIGPROF) work in the workers because each
task runs in a process's main thread.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import hashlib
import json
import shutil
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import syllabus
from exercises.dedup import Contamination, read_eval_texts
from exercises.family import DIFFICULTIES, FAMILIES
from exercises.pack import is_pack, write_pack
from exercises.properties import EXAMPLES, property_test
from exercises.verify import Outcome, make_exercises
from exercises.workers import ordered_map, worker_sandbox
from syllabus.errors import UserError
from syllabus.files import atomic_write
from syllabus.progress import Advance

CHUNK = 16  # exercises per unit of work: one sandbox batch, one message between processes


@dataclass(frozen=True)
class Task:
    family: str
    index: int
    seed: int
    difficulty: int


def registered() -> dict[str, Any]:
    """All families, after importing every topic module."""
    import exercises.compose
    import exercises.families  # noqa: F401 - registers the families

    return FAMILIES


def select_families(patterns: list[str]) -> list[str]:
    """Family names matching any of ``patterns`` (globs: ``arithmetic.*``, ``*gcd*``; a topic
    name alone selects the topic); a pattern matching nothing is a :class:`UserError`."""
    names = sorted(registered())
    chosen: list[str] = []
    for pattern in (p.strip() for p in patterns if p.strip()):
        matched = [n for n in names if fnmatch.fnmatchcase(n, pattern)
                   or n.split(".", 1)[0] == pattern]
        if not matched:
            raise UserError(f"unknown family {pattern!r}; `syllabus families` lists them")
        chosen += [n for n in matched if n not in chosen]
    if not chosen:
        raise UserError("no families chosen; pass --families, e.g. --families 'arithmetic.*'")
    return chosen


def parse_difficulty(text: str) -> tuple[int, ...]:
    """``"3"`` or ``"1-5"`` to the difficulties it names."""
    try:
        low, _, high = text.partition("-")
        lo, hi = int(low), int(high or low)
    except ValueError:
        lo = hi = 0
    if not (1 <= lo <= hi <= 5):
        raise UserError(f"difficulty {text!r}: give a level 1-5 or a range such as 1-5")
    return tuple(range(lo, hi + 1))


def plan(families: list[str], count: int, seed: int, difficulties: tuple[int, ...]
         ) -> list[Task]:
    """``count`` tasks per family, difficulties cycled evenly, item seeds derived from ``seed``."""
    tasks = []
    for fam in families:
        for index in range(count):
            digest = hashlib.sha256(f"{seed}|{fam}|{index}".encode()).digest()
            item_seed = int.from_bytes(digest[:4], "big")
            tasks.append(Task(fam, index, item_seed, difficulties[index % len(difficulties)]))
    return tasks


def _work(item: str | list[Task], property_examples: int) -> dict[str, Any] | list[Outcome]:
    """One unit of work: a family's property test (item is its name), or a chunk of exercises."""
    families = registered()
    if isinstance(item, str):
        return property_test(families[item], worker_sandbox(), property_examples)
    return make_exercises([(families[t.family], t.seed, t.difficulty) for t in item],
                          worker_sandbox())


class _Resume:
    """Finished units of work kept beside the output until the pack is written.

    An interrupted ``generate`` re-run with the same options picks up where it
    stopped: the folder name carries a hash of the options, so a run with other
    options never reuses these results.
    """

    def __init__(self, target: Path, key: str) -> None:
        self.folder = target.with_name(f".{target.name}.partial-{key}")

    def _path(self, index: int) -> Path:
        return self.folder / f"{index:06d}.json"

    def has(self, index: int) -> bool:
        return self._path(index).is_file()

    def save(self, index: int, result: dict[str, Any] | list[Outcome]) -> None:
        data = result if isinstance(result, dict) else [dataclasses.asdict(o) for o in result]
        atomic_write(self._path(index), json.dumps(data))

    def load(self, index: int) -> Any:
        return json.loads(self._path(index).read_text(encoding="utf-8"))

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _apply_property_tests(outcomes: list[Outcome], properties: dict[str, dict[str, Any]]
                          ) -> None:
    """Record each family's property test in its exercises; drop them if the test failed."""
    for outcome in outcomes:
        result = properties[outcome.family]
        if outcome.record is None:
            continue
        if result["outcome"] == "passed":
            outcome.record["verification"]["property_test"] = result
        else:
            outcome.record, outcome.cause = None, "property test failed"
            outcome.detail = result["detail"][:500]


def generate(
    output: str | Path,
    families: list[str],
    count: int,
    seed: int,
    difficulties: tuple[int, ...] = DIFFICULTIES,
    workers: int = 1,
    decontaminate: str | Path | None = None,
    property_examples: int = EXAMPLES,
    progress: Advance | None = None,
) -> dict[str, Any]:
    """Make ``count`` exercises per family, keep the verified ones, write the pack.

    Returns the manifest plus run figures (seconds, exercises per second) that
    are not written into the pack, so that the pack's bytes do not depend on them.
    """
    if count < 1:
        raise UserError(f"count {count}: give a positive number of exercises per family")
    target = Path(output)
    if target.exists() and not is_pack(target):
        raise UserError(f"{target}: exists and is not a pack; choose a new output folder")
    contamination = None
    if decontaminate is not None:
        contamination = Contamination(read_eval_texts(Path(decontaminate)))
    names = select_families(families)
    tasks = plan(names, count, seed, difficulties)
    advance = progress or (lambda done, total: None)
    start = time.monotonic()
    work = functools.partial(_work, property_examples=property_examples)
    chunks = [tasks[i : i + CHUNK] for i in range(0, len(tasks), CHUNK)]
    items: list[str | list[Task]] = [*names, *chunks]
    run_key = json.dumps([names, count, seed, difficulties, property_examples,
                          syllabus.__version__])
    cache = _Resume(target, hashlib.sha256(run_key.encode()).hexdigest()[:16])
    todo = [i for i in range(len(items)) if not cache.has(i)]
    done = len(items) - len(todo)
    advance(done, len(items))
    for index, result in zip(todo, ordered_map(work, [items[i] for i in todo], workers, chunk=1)):
        cache.save(index, result)
        done += 1
        advance(done, len(items))
    results = [cache.load(i) for i in range(len(items))]
    properties = dict(zip(names, results[: len(names)]))
    outcomes = [Outcome(**o) for chunk in results[len(names) :] for o in chunk]
    _apply_property_tests(outcomes, properties)
    seconds = time.monotonic() - start
    drops: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for outcome in outcomes:
        if outcome.record is None:
            drops[outcome.family][outcome.cause or "unknown"] += 1
            examples[outcome.family].append(f"{outcome.cause}: {outcome.detail}")
    manifest = write_pack(
        target,
        (o.record for o in outcomes if o.record is not None),
        seed=seed,
        drops=drops,
        attempted=dict(Counter(t.family for t in tasks)),
        contamination=contamination,
        extra={"generation": {"families": names, "count_per_family": count,
                              "difficulties": list(difficulties),
                              "property_examples": property_examples,
                              "drop_examples": {f: e[:3] for f, e in sorted(examples.items())}}},
        replace=target.exists(),
    )
    cache.clear()
    shipped = manifest["verification"]["exercises"]
    return {**manifest, "run": {"seconds": round(seconds, 3), "workers": workers,
                                "attempted": len(tasks),
                                "shipped_per_second": round(shipped / seconds, 2)}}


def sample_families(seed: int = 0, difficulty: int = 2) -> list[dict[str, Any]]:
    """Every family with its description and one sample problem (unchecked, for listing)."""
    listing = []
    for name, fam in sorted(registered().items()):
        try:
            problem = fam.make(seed, difficulty)
            sample, answer = problem.statement, problem.answer_text or str(problem.answer)
        except Exception as exc:  # noqa: BLE001 - a broken family is listed with its error
            sample, answer = f"(cannot make a sample: {type(exc).__name__}: {exc})", ""
        listing.append({"family": name, "topic": fam.topic, "description": fam.description,
                        "composable": fam.composable, "sample": sample, "answer": answer})
    return listing
