"""The build's cost bounds: no variants for an unsolved item, an item's variants given up after
one overruns or once they have taken VARIANT_TOTAL seconds together (a variant's redraws within
its one budget), cached outcomes reused only under the same fingerprint."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
import sympy

from benchmarks.build_books import run_measured, tree_cpu
from exercises.family import FAMILIES, Check, Family, Problem
from exercises.kit import program
from formalize.tasks import FormalTask
from syllabus import build
from syllabus.build import _outcomes, _silent
from tests.cpu_work import spin

NAME = "test.posed_number"


def _pose(params: dict[str, Any]) -> Problem:
    """The book's own number (3) is quick; any other is slow (a variant off the cheap path);
    zero cannot be posed at all."""
    value = int(params["expr"])
    if value == 0:
        raise ValueError("nothing to ask about zero")
    if value != 3:
        spin(build.VARIANT_FLOOR * 3)
    return Problem(statement=f"What is {value}?", statement_latex=f"What is ${value}$?",
                   answer=sympy.Integer(value), steps=["It is given."],
                   code=program(f"return {value}"), params=params)


@pytest.fixture
def posed_family(monkeypatch):
    monkeypatch.setattr(build, "VARIANT_FLOOR", 0.3)  # a variant's budget: 0.3 s of CPU time
    fam = Family(NAME, "test", lambda rng, d: _pose({"expr": "3"}),
                 lambda p: [Check("given", True)], "made in a test", pose=_pose)
    monkeypatch.setitem(FAMILIES, NAME, fam)
    return fam


def _task(item: str, expr: str) -> FormalTask:
    return FormalTask(item, f"Exercise {item}", 1, f"What is ${expr}$?", NAME, {"expr": expr})


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_variants_stop_after_an_overrun_and_unsolved_items_get_none(posed_family, tmp_path):
    path = tmp_path / "outcomes.jsonl"
    tasks = [_task("quick", "3"), _task("unsolved", "0")]
    outcomes = _outcomes(tasks, 4, 0, 1, path, _silent)
    assert outcomes["quick/v0"]["record"] is not None
    # One variant ran into its budget; the other three were never tried.
    causes = [outcomes[f"quick/v{v}"]["cause"] for v in range(1, 5)]
    assert causes == ["time budget", "gave up", "gave up", "gave up"]
    assert outcomes["unsolved/v0"]["cause"] == "generator error"
    assert not any(key.startswith("unsolved/v") and key != "unsolved/v0" for key in outcomes)
    assert len(_rows(path)) == 6


def test_cached_outcomes_are_reused_only_under_the_same_fingerprint(posed_family, tmp_path):
    path = tmp_path / "outcomes.jsonl"
    tasks = [_task("quick", "3")]
    _outcomes(tasks, 0, 0, 1, path, _silent)
    _outcomes(tasks, 0, 0, 1, path, _silent)
    assert len(_rows(path)) == 1  # reused
    stale = _rows(path)[0] | {"fingerprint": "made-by-other-code"}
    path.write_text(json.dumps(stale) + "\n")
    _outcomes(tasks, 0, 0, 1, path, _silent)
    assert len(_rows(path)) == 2  # made again, not reused
    _outcomes(tasks, 0, 1, 1, path, _silent)  # another seed is another outcome
    assert len(_rows(path)) == 3


def test_an_items_variants_stop_after_their_total_budget(monkeypatch, tmp_path):
    """Each variant is within its own budget, but together they may not take more than
    VARIANT_TOTAL: the ones after it are given up with that cause."""
    def pose(params: dict[str, Any]) -> Problem:
        value = int(params["expr"])
        spin(0.3 if value != 3 else 0)
        return Problem(statement=f"What is {value}?", statement_latex=f"What is ${value}$?",
                       answer=sympy.Integer(value), steps=["It is given."],
                       code=program(f"return {value}"), params=params)

    fam = Family(NAME, "test", lambda rng, d: pose({"expr": "3"}),
                 lambda p: [Check("given", True)], "made in a test", pose=pose)
    monkeypatch.setitem(FAMILIES, NAME, fam)
    monkeypatch.setattr(build, "VARIANT_TOTAL", 1.0)
    outcomes = _outcomes([_task("quick", "3")], 8, 0, 1, tmp_path / "outcomes.jsonl", _silent)
    causes = [outcomes[f"quick/v{v}"]["cause"] for v in range(1, 9)]
    made = causes.index("item time budget")
    assert 1 <= made <= 4 and all(c is None for c in causes[:made])  # 0.3 s each, 1 s in all
    assert set(causes[made:]) == {"item time budget"}
    # the last variant is cut short when the total runs out, not let run past it
    assert sum(outcomes[f"quick/v{v}"]["cpu"] for v in range(1, 9)) < 1.0 + 0.15


def test_a_variants_redraws_share_its_budget(monkeypatch, tmp_path):
    """Parameters the family cannot pose are drawn again, but all the draws of one variant
    stay within its budget together: three slow failures do not take three budgets."""
    def pose(params: dict[str, Any]) -> Problem:
        if params["expr"] != "30":  # any variant (15 to 62): slow, and cannot be posed
            spin(0.45)
            raise ValueError("cannot be posed")
        return Problem(statement="What is 30?", statement_latex="What is $30$?",
                       answer=sympy.Integer(30), steps=["It is given."],
                       code=program("return 30"), params=params)

    fam = Family(NAME, "test", lambda rng, d: pose({"expr": "30"}),
                 lambda p: [Check("given", True)], "made in a test", pose=pose)
    monkeypatch.setitem(FAMILIES, NAME, fam)
    monkeypatch.setattr(build, "VARIANT_FLOOR", 0.6)  # the variant's budget
    outcomes = _outcomes([_task("quick", "30")], 1, 0, 1, tmp_path / "outcomes.jsonl", _silent)
    variant = outcomes["quick/v1"]
    assert variant["cause"] == "time budget"  # the second draw ran into what the first left
    assert variant["cpu"] < 0.6 + 0.15  # not 3 x 0.45 s


def test_the_benchmark_counts_the_cpu_of_short_lived_children():
    # A process that forks 8 children, each computing 0.1 s of CPU time and reaped at once:
    # each lives less than the 0.2 s between samples (as the sandbox's child per program run
    # often does), so only their parent's reaped seconds can count them. The parent then
    # computes 0.4 s itself, so that a sample falls after the last child was reaped however
    # loaded the machine (its own last 0.2 s may be missed): 0.8 + 0.4 - 0.2 s and more,
    # where its own time alone is at most 0.4 s and some.
    code = ("import os\nfrom tests.cpu_work import spin\nfor _ in range(8):\n"
            "    pid = os.fork()\n    if pid == 0:\n        spin(0.1)\n        os._exit(0)\n"
            "    os.waitpid(pid, 0)\nspin(0.4)\n")
    result, _, _, cpu = run_measured([sys.executable, "-c", code], Path(__file__).parents[1])
    assert result is not None and result.returncode == 0, result
    assert cpu >= 0.95


def test_a_reaped_process_is_counted_once():
    # (sample number, parent, own, reaped): 2 ended after sample 1 and its parent 1, seen again
    # at sample 3, holds its 0.5 s in its reaped seconds; 3 was alive at the last sample.
    seen = {1: (3, 0, 1.0, 0.5), 2: (1, 1, 0.4, 0.0), 3: (3, 1, 0.2, 0.0)}
    assert tree_cpu(seen) == pytest.approx(1.0 + 0.5 + 0.2)
