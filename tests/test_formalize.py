"""Formalize: book items read into posed families, solved, compared with the book, varied."""

import random

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.latex import to_sympy
from formalize.tasks import FormalTask, load_tasks, read_task, save_tasks
from formalize.variants import vary
from syllabus.errors import UserError

x = sp.Symbol("x")

# (item text, family it must be read into, the answer a person computes by hand)
ITEMS = [
    ("Solve $7x - 3 = 4x + 9$ for $x$.", "algebra.solve_polynomial_equation", sp.FiniteSet(4)),
    ("Solve $x^2 + 2x - 15 = 0$.", "algebra.solve_polynomial_equation", sp.FiniteSet(-5, 3)),
    ("Expand $(2x - 1)(x + 4)$.", "algebra.expand_expression", 2 * x**2 + 7 * x - 4),
    ("Factor $x^2 - 9$.", "algebra.factor_expression", (x - 3) * (x + 3)),
    (r"Find $\lim_{x \to 3} \frac{x^2 - 9}{x - 3}$.", "calculus.limit_expression", sp.Integer(6)),
    (r"Find $\lim_{x \to \infty} \frac{2x^2 + 1}{x^2 - 5}$.", "calculus.limit_expression", sp.Integer(2)),
    ("Differentiate $f(x) = x e^x$.", "calculus.differentiate_expression", sp.exp(x) + x * sp.exp(x)),
    ("Find the slope of the tangent line to $y = x^3$ at $x = 2$.", "calculus.differentiate_expression", sp.Integer(12)),
    (r"Evaluate $\int_1^3 2x\,dx$.", "calculus.definite_integral_expression", sp.Integer(8)),
    (r"Evaluate $\int_0^{\pi} \sin x\,dx$.", "calculus.definite_integral_expression", sp.Integer(2)),
    (r"Find $\int (6x^2 + 2x)\,dx$.", "calculus.integrate_expression", 2 * x**3 + x**2),
]


@pytest.mark.parametrize("text, family, expected", ITEMS)
def test_items_are_read_solved_and_verified(text, family, expected) -> None:
    task = read_task("item", text)
    assert task.family == family, task.reason
    problem = FAMILIES[family].pose(task.params)
    assert sp.simplify(problem.answer - expected) == 0 if isinstance(expected, sp.Expr) else problem.answer == expected
    assert all(check.passed for check in FAMILIES[family].verify(problem))


def test_proof_style_and_unparseable_items_say_why() -> None:
    assert read_task("a", "Show that $ax + b = 0$ has no solution when $a = 0$.").reason == "several variables"
    assert read_task("b", "Prove that there are infinitely many primes.").reason == "no formula SymPy can parse"


def test_items_that_do_not_ask_for_their_formula_say_why() -> None:
    """Levin's Exercise 3.7.7.1(a) fixes an assumption ("so that the sample space has size
    $\\binom{52}{5}$") for the probability its exercise asks: the binomial is not the answer.
    4.1.7.11(b) asks to write a sum out the long way, not to expand it algebraically. A
    WeBWorK value drawn at random is not in the source (the PDF prints the server's draw)."""
    poker = ("Find the probability of being dealt a full house in two different ways:\n\n(a) Assume "
             "that all five cards are dealt at once, so that the sample space has size "
             "$\\binom{52}{5}$.")
    part = read_task("a", poker.split("(a) ")[1], context=poker)
    assert (part.family, part.reason) == (None, "its formula is an assumption the item makes, not what it asks")
    # the whole exercise as the source holds it: every formula in a sentence that assumes
    whole = read_task("w", "When playing 5-card poker, a full house is a hand that contains three "
                      "cards of one rank and two cards of another rank.\nFind the probability of "
                      "being dealt a full house in two different ways:\nAssume that all five cards "
                      "are dealt at once, so that the sample space has size $\\binom{52}{5}$.\n"
                      "Assume that the cards are dealt one at a time, so that the sample space has "
                      "size $P(52,5)$.\nAre the two answers the same? Why does this make sense?")
    assert (whole.family, whole.reason) == (None, "its formula is an assumption the item makes, not what it asks")
    sums = "Expand the following sums and products. That is, write them out the long way."
    long_way = read_task("b", "$\\displaystyle\\sum_{k=0}^n 2^k$.", context=sums)
    assert (long_way.family, long_way.reason) == (None, "no posed family for this expand")
    drawn = read_task("c", "Consider the recurrence relation $a_n = a_{n-1} + \\text{[WeBWorK random "
                      "value]}$. Find the first five terms of the sequence.")
    assert drawn.family is None and drawn.reason.startswith("a WeBWorK value drawn at random")


def test_verifier_rejects_a_wrong_answer() -> None:
    task = read_task("item", "Differentiate $f(x) = x^4 + 3x^2 - 5$.")
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    problem.answer = 4 * x**3 + 6 * x + 1
    assert not all(check.passed for check in family.verify(problem))


def test_book_answers_are_compared_by_equivalence() -> None:
    assert compare_with_book(sp.FiniteSet(3, 4), "$x = 4$ or $x = 3$.").status == "match"
    assert compare_with_book(sp.FiniteSet(3, 5), "$x = 3$ or $x = 4$.").status == "differs"
    assert compare_with_book(x**2 - 9, "$(x - 3)(x + 3)$").status == "match"
    assert compare_with_book(x**2 + 1, "$x^2 + 3$").status == "differs"
    antiderivative = compare_with_book(2 * x**3 + x**2, "$2x^3 + x^2 + C$.", up_to_constant=True)
    assert antiderivative.status == "match" and "derivatives" in antiderivative.method
    assert compare_with_book(sp.Integer(2), "See the text.").status == "unreadable"
    # As the primer's PDF sets it: one display, the values joined by text and ended by a line break.
    assert compare_with_book(sp.FiniteSet(-5, 3), r"$$x=-5\text{or}x=3. \\$$").status == "match"
    chain = "$$(x+3)(x-5) = x^2 - 5x + 3x - 15 = x^2 - 2x - 15.$$"
    assert compare_with_book(x**2 - 2 * x - 15, chain).status == "match"
    assert compare_with_book(x**2 - 2 * x - 14, chain).status == "differs"


def test_latex_scripts_take_one_token_as_in_tex() -> None:
    assert to_sympy(r"\int_1^3 2x\,dx") == sp.Integral(2 * x, (x, 1, 3))
    assert to_sympy(r"e^{x} + \pi") == sp.exp(x) + sp.pi


def test_variants_keep_the_shape_that_makes_the_exercise() -> None:
    factor = read_task("f", "Factor $x^3 - 2x^2 - x + 2$.")
    limit = read_task("l", r"Find $\lim_{x \to 3} \frac{x^2 - 9}{x - 3}$.")
    for seed in range(5):
        rng = random.Random(seed)
        params = vary(factor.family, factor.params, rng)
        answer = FAMILIES[factor.family].pose(params).answer
        assert len(sp.Mul.make_args(answer)) == 3 and params != factor.params
        params = vary(limit.family, limit.params, rng)
        f, point = sp.sympify(params["expr"]), sp.sympify(params["point"])
        numerator, denominator = sp.fraction(f)
        assert numerator.subs(x, point) == 0 and denominator.subs(x, point) == 0
        problem = FAMILIES[limit.family].pose(params)
        assert all(check.passed for check in FAMILIES[limit.family].verify(problem))


def test_variants_of_equations_with_fractions_stay_equations() -> None:
    task = read_task("e", r"Solve $\frac{x}{4} + 1 = 3$ for $x$.")
    family = FAMILIES[task.family]
    for seed in range(5):
        params = vary(task.family, task.params, random.Random(seed))
        problem = family.pose(params)
        assert len(problem.answer) == 1 and problem.answer != sp.FiniteSet(8)
        assert all(check.passed for check in family.verify(problem))


def test_tasks_round_trip_and_refuse_other_files(tmp_path) -> None:
    tasks = [read_task("a", "Factor $x^2 - 9$."), read_task("b", "Prove it.")]
    path = tmp_path / "tasks.jsonl"
    save_tasks(path, tasks)
    assert load_tasks(path) == tasks
    assert isinstance(load_tasks(path)[0], FormalTask)
    path.write_text('{"schema": "other"}\n')
    with pytest.raises(UserError, match="not a syllabus.tasks"):
        load_tasks(path)
