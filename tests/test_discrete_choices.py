"""An item that offers formulas as the answers to choose from is not read as evaluating them
(Levin's Discrete Mathematics, Exercise 3.9.2, was read as evaluating binom(10, 4))."""

from __future__ import annotations

from formalize.tasks import read_task

CHOOSE = ("For each of the following counting problems, say whether the answer is "
          "$\\binom{10}{4}$, $P(10,4)$, or neither. If your answer is “neither,” say what the "
          "answer is instead.\n\n(a) How many shortest lattice paths are there from $(0,0)$ to "
          "$(10,4)$?\n\n(b) If you have $10$ bow ties, and you want to select $4$ of them for next "
          "week, how many choices do you have?")


def test_offered_answers_are_not_evaluated() -> None:
    task = read_task("item", CHOOSE)
    assert task.family is None and "choose from" in (task.reason or "")
    # its part is a count of its own, read as before
    part = "How many shortest lattice paths are there from $(0,0)$ to $(10,4)$?"
    assert read_task("part", part, context=CHOOSE).family == "counting.lattice_paths"
