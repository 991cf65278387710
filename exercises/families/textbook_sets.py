"""A posed family for finite sets: unions, intersections, differences, complements, products,
power sets and cardinalities of sets a book lists ("Let $A = \\{1,2,3\\}$ ... Find $A \\cup B$").

The formalize stage (:mod:`formalize.sets`) reads the book's sets and the expressions it asks
about into parameters: each set as a list of element strings ("1", "a", "{2,3}" for a set that
is an element) or, for a set the book describes ("$B=\\{x\\in\\mathbb{N}: x$ is even$\\}$"), a
description ``{"in": "N", "is": "even"}`` (also odd, prime, composite; over N or Z); each asked
expression as a small tree of JSON lists (``["union", "A", "B"]``, ``["card", ["pow", "C"]]``,
``["between", "B", "A"]``: every set C with B a subset of C and C a subset of A).

A described set is infinite, so an expression is posed only when it is *bounded*: its value lies
inside the listed sets it is built from (an intersection with a listed set, a listed set minus
anything). Such a value does not change when each described set is cut to the numbers no larger
(in size) than the largest listed number, which is how the answer computes it. An expression
of even and odd numbers and listed sets ("$B \\cap C$" with $B$ the even and $C$ the odd natural
numbers, "$A \\cup B$" with $A = \\{3, ..., 13\\}$) is *periodic* instead: beyond the listed
numbers whether a number is in it depends on its parity only, so it is the empty set, the evens,
the odds or all of N (or Z), with the listed numbers where it differs added or taken away.

An asked relation (``["relation", "proper", "A", "B"]``: subset, proper subset, element of,
less than) between sets and elements is true, false, or :data:`MEANINGLESS` (3 is no set to be a
subset of anything; sets have no order).

A second family, ``sets.least_element``, finds the least element of a set of natural numbers
given by a polynomial inequality or as the values of a polynomial (:func:`least_element`),
checked by walking the natural numbers.

SymPy's set algebra finds the answer (SymPy's ``isprime`` for the described sets); the check walks
the same trees with Python's frozensets, a second evaluator that shares nothing with SymPy's,
with the described sets cut at a window twice as wide and primes found by trial division (the
same value from both windows also confirms the value is bounded).
"""

from __future__ import annotations

import inspect
import random
import re
from itertools import combinations, product
from typing import Any

import sympy as sp

from exercises.families.textbook import latex
from exercises.family import Check, Problem, family

# An asked relation ["relation", op, X, Y] between two terms (a set name, a listed set, or an
# element such as "3"): true, false, or this when it is no statement about its terms (3 is no
# set to be a subset of anything; a set is not less than another).
MEANINGLESS = sp.Symbol("meaningless")
RELATIONS = {"subset": "\\subseteq", "proper": "\\subset", "in": "\\in", "less": "<"}
# What each operation is called in a tree, and how it is written.
OPERATIONS = {"union": "\\cup", "inter": "\\cap", "minus": "\\setminus", "prod": "\\times"}
UNARY = ("comp", "pow", "card")
# The properties a described set's elements have, as SymPy tests of one whole number.
PROPERTIES = {"even": lambda n: n % 2 == 0, "odd": lambda n: n % 2 == 1,
              "prime": sp.isprime, "composite": lambda n: n > 1 and not sp.isprime(n)}
DOMAINS = {"N": "\\mathbb{N}", "Z": "\\mathbb{Z}"}


def bounded(tree: Any, described: set[str], universe: str | None = None) -> bool:
    """Does the expression's value lie inside listed sets, whatever the ``described`` (infinite)
    sets hold beyond the listed numbers?"""
    if isinstance(tree, str):
        return tree not in described
    operation, *arguments = tree
    if operation == "set":
        return True
    if operation == "inter":
        return any(bounded(a, described, universe) for a in arguments)
    if operation in ("minus", "pow", "card"):
        return bounded(arguments[0], described, universe)
    if operation == "comp":
        return universe is not None and universe not in described
    if operation == "between":
        return bounded(arguments[1], described, universe)
    if operation == "relation":
        return all(bounded(a, described, universe) for a in arguments[1:])
    return all(bounded(a, described, universe) for a in arguments)  # union, prod


def periodic(tree: Any, sets: dict[str, Any]) -> str | None:
    """The domain ("N" or "Z") when the expression is unions, intersections and differences of
    described even and odd sets over that one domain and listed sets of whole numbers, and
    nothing else: beyond the listed numbers its value repeats with period 2. None otherwise."""
    domains = set()

    def walk(tree: Any) -> bool:
        elements = tree[1:] if isinstance(tree, list) and tree[0] == "set" else sets.get(tree) \
            if isinstance(tree, str) else None
        if isinstance(elements, dict):
            domains.add(elements["in"])
            return elements["is"] in ("even", "odd")
        if elements is not None:
            return all(re.fullmatch(r"-?\d+", e) for e in elements)
        return tree[0] in ("union", "inter", "minus") and all(map(walk, tree[1:]))

    return domains.pop() if walk(tree) and len(domains) == 1 else None


def periodic_value(tree: Any, params: dict[str, Any]) -> sp.Set:
    """A periodic expression's value. Beyond the listed numbers (outside :func:`window`) it is
    the expression with every listed set empty: the empty set, the evens, the odds or the whole
    domain, named from which of 0 and 1 it holds. Inside the window it is computed exactly; the
    numbers where the two differ are added to, or taken from, the periodic set."""
    cut = {n: sp.FiniteSet(*[sp.Integer(k) for k in (0, 1) if PROPERTIES[e["is"]](k)])
           if isinstance(e, dict) else sp.S.EmptySet for n, e in params["sets"].items()}
    emptied = _sympy_value(_without_listed(tree), cut, None)
    whole = sp.S.Naturals0 if periodic(tree, params["sets"]) == "N" else sp.S.Integers
    n = sp.Symbol("n")
    repeating = whole if emptied == sp.FiniteSet(0, 1) else sp.S.EmptySet if emptied.is_empty \
        else sp.ImageSet(sp.Lambda(n, 2 * n + min(emptied)), whole)
    inside = _sympy_value(tree, finite_sets(params), None)
    near = [sp.Integer(k) for k in window(params) if repeating.contains(k) == sp.true]
    added = sp.Complement(inside, sp.FiniteSet(*near))
    taken = sp.FiniteSet(*[k for k in near if k not in inside])
    value = sp.Complement(repeating, taken, evaluate=False) if taken else repeating
    return sp.Union(added, value, evaluate=False) if added and value else added or value


def _without_listed(tree: Any) -> Any:
    """The expression with each listed set empty (what it is beyond every listed number)."""
    if isinstance(tree, str) or tree[0] == "set":
        return tree if isinstance(tree, str) else ["set"]
    return [tree[0], *map(_without_listed, tree[1:])]


def _numbers(params: dict[str, Any]) -> list[int]:
    """Every whole number the listed sets and the asked expressions name."""
    listed = [e for es in params["sets"].values() if isinstance(es, list) for e in es]

    def named(tree: Any) -> list[str]:
        if isinstance(tree, str):
            return []
        if tree[0] == "set":
            return list(tree[1:])
        return [e for a in tree[1:] for e in named(a)]

    listed += [e for t in params["asks"] for e in named(t)]
    return [int(n) for e in listed for n in re.findall(r"-?\d+", e)]


def window(params: dict[str, Any], wider: bool = False) -> range:
    """The numbers each described set is cut to: up to the largest listed number in size (from 0
    for a set in N), or twice as far and ten more for the check."""
    largest = max([abs(n) for n in _numbers(params)], default=0)
    largest = 2 * largest + 10 if wider else largest
    return range(-largest, largest + 1)


def split_elements(text: str) -> list[str]:
    """The elements of a listed set's inside, split at commas outside braces: "1,{2,3},4"."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += (char == "{") - (char == "}")
        if char == "," and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def sympy_element(text: str) -> sp.Basic:
    """An element string as SymPy: 3, the letter a, or the set {1,2} (nested as written)."""
    if text.startswith("{"):
        return sp.FiniteSet(*[sympy_element(e) for e in split_elements(text[1:-1])])
    if re.fullmatch(r"-?\d+", text):
        return sp.Integer(int(text))
    return sp.Symbol(text)


def _sympy_value(tree: Any, sets: dict[str, sp.Set], universe: str | None) -> sp.Basic:
    """The SymPy value of an asked expression: set algebra, then FiniteSet of tuples for a
    product and FiniteSet of FiniteSets for a power set."""
    if isinstance(tree, str):
        return sets[tree]
    operation, *arguments = tree
    if operation == "set":
        return sp.FiniteSet(*[sympy_element(e) for e in arguments])
    if operation == "relation":
        kind, left, right = arguments
        x, y = (_sympy_value(t, sets, universe) if isinstance(t, list) or t in sets
                else sympy_element(t) for t in (left, right))
        if kind == "in":
            return y.contains(x) if isinstance(y, sp.Set) else sp.Symbol("meaningless")
        if not (isinstance(x, sp.Set) and isinstance(y, sp.Set)) or kind == "less":
            return sp.Symbol("meaningless")  # (no order on sets is defined)
        return sp.sympify(x.is_subset(y) and (kind == "subset" or x != y))
    values = [_sympy_value(a, sets, universe) for a in arguments]
    if operation == "between":
        low, high = values
        if not low.is_subset(high):
            return sp.S.EmptySet
        return sp.FiniteSet(*[sp.Union(low, s)
                              for s in sp.PowerSet(sp.Complement(high, low)).rewrite(sp.FiniteSet)])
    if operation == "union":
        return sp.Union(*values)
    if operation == "inter":
        return sp.Intersection(*values)
    if operation == "minus":
        return sp.Complement(*values)
    if operation == "comp":
        return sp.Complement(sets[universe], values[0])
    if operation == "prod":
        return sp.FiniteSet(*[sp.Tuple(*p) for p in sp.ProductSet(*values)])
    if operation == "pow":
        return sp.PowerSet(values[0]).rewrite(sp.FiniteSet)
    if operation == "card":
        return sp.Integer(len(values[0]))
    raise ValueError(f"unknown set operation {operation!r}")


def finite_sets(params: dict[str, Any]) -> dict[str, sp.Set]:
    """Each set as a SymPy FiniteSet: a described one cut to :func:`window` (exact for a bounded
    expression)."""
    numbers = window(params)
    sets = {}
    for name, elements in params["sets"].items():
        if isinstance(elements, dict):
            test = PROPERTIES[elements["is"]]
            sets[name] = sp.FiniteSet(*[sp.Integer(n) for n in numbers
                                        if (n >= 0 or elements["in"] == "Z") and test(n)])
        else:
            sets[name] = sp.FiniteSet(*[sympy_element(e) for e in elements])
    return sets


def evaluate(params: dict[str, Any]) -> sp.Basic:
    """The answer: one value per asked expression (a Tuple when several are asked)."""
    described = {n for n, e in params["sets"].items() if isinstance(e, dict)}
    if not all(bounded(t, described, params.get("universe")) or periodic(t, params["sets"])
               for t in params["asks"]):
        raise ValueError("an asked set is infinite")
    return asked_values(params)


def asked_values(params: dict[str, Any]) -> sp.Basic:
    """Each asked expression's value: a periodic one named from 0 and 1, any other (bounded)
    computed on the described sets cut to :func:`window`."""
    sets = finite_sets(params)
    described = {n for n, e in params["sets"].items() if isinstance(e, dict)}
    values = [_sympy_value(t, sets, params.get("universe"))
              if bounded(t, described, params.get("universe")) else periodic_value(t, params)
              for t in params["asks"]]
    return values[0] if len(values) == 1 else sp.Tuple(*values)


def written(tree: Any, outer: bool = True) -> str:
    """The LaTeX of an asked expression (brackets around any inner operation)."""
    if isinstance(tree, str):
        return tree
    operation, *arguments = tree
    if operation == "set":
        return "\\{" + ", ".join(arguments) + "\\}" if arguments else "\\emptyset"
    if operation == "comp":
        return f"\\overline{{{written(arguments[0])}}}"
    if operation == "pow":
        return f"\\mathcal{{P}}({written(arguments[0])})"
    if operation == "card":
        return f"|{written(arguments[0])}|"
    if operation == "relation":
        kind, left, right = arguments
        return f"{written(left)} {RELATIONS[kind]} {written(right)}"
    if operation == "between":
        return f"\\{{C : {written(arguments[0])} \\subseteq C \\subseteq {written(arguments[1])}\\}}"
    inner = f" {OPERATIONS[operation]} ".join(written(a, False) for a in arguments)
    return inner if outer else f"({inner})"


_PLAIN = [("\\subseteq", "⊆"), ("\\subset", "⊂"), ("\\in", "∈"), ("\\cup", "∪"), ("\\cap", "∩"), ("\\setminus", "∖"), ("\\times", "×"),
          ("\\mathcal{P}", "P"), ("\\emptyset", "∅"), ("\\{", "{"), ("\\}", "}"), ("$", "")]


def _plain(text: str) -> str:
    """The statement without LaTeX: set symbols as Unicode, a complement as X^c."""
    text = re.sub(r"\\overline\{([^{}]*)\}", r"(\1)^c", text)
    for command, symbol in _PLAIN:
        text = text.replace(command, symbol)
    return text


def _listed(name: str, elements: list[str] | dict[str, str]) -> str:
    if isinstance(elements, dict):
        return (f"{name} = \\{{x \\in {DOMAINS[elements['in']]} : x \\text{{ is "
                f"{elements['is']}}}\\}}")
    return f"{name} = \\{{{', '.join(elements)}\\}}"


def _pose_sets(params: dict[str, Any]) -> Problem:
    """``params``: ``sets`` (name -> element strings), ``universe`` (the name of the universe, or
    None), ``asks`` (expression trees)."""
    if not params["asks"]:
        raise ValueError("nothing is asked")
    answer = evaluate(params)
    given = ", ".join(_listed(n, e) for n, e in params["sets"].items())
    asked = [written(t) for t in params["asks"]]
    values = list(answer) if len(asked) > 1 else [answer]
    statement = (f"Let ${given}$" + (f" (the universe is ${params['universe']}$)"
                                     if params.get("universe") else "")
                 + (". Determine which of the following are true, false, or meaningless: "
                    if any(t[0] == "relation" for t in params["asks"]) else ". Find ")
                 + ", ".join(f"${a}$" for a in asked) + ".")
    return Problem(
        statement=_plain(statement),
        statement_latex=statement,
        answer=answer,
        steps=[f"${a} = {latex(v)}$." for a, v in zip(asked, values, strict=True)],
        code=("import re\nfrom typing import Any\n\nimport sympy\n\n"
              "PROPERTIES = {'even': lambda n: n % 2 == 0, 'odd': lambda n: n % 2 == 1, "
              "'prime': sympy.isprime, 'composite': lambda n: n > 1 and not sympy.isprime(n)}\n\n"
              + "\n\n".join(inspect.getsource(f) for f in (
                  split_elements, sympy_element, _numbers, window, finite_sets, _sympy_value,
                  bounded, periodic, periodic_value, _without_listed, asked_values))
              + f"\n\ndef solve():\n    return asked_values({params!r})\n"
              ).replace("sp.", "sympy."),
        params=params,
    )


def _python_element(text: str) -> Any:
    if text.startswith("{"):
        return frozenset(_python_element(e) for e in split_elements(text[1:-1]))
    return int(text) if re.fullmatch(r"-?\d+", text) else text


def _python_value(tree: Any, sets: dict[str, frozenset], universe: str | None) -> Any:
    """The same expression walked with frozensets: the independent evaluator."""
    if isinstance(tree, str):
        return sets[tree]
    operation, *arguments = tree
    if operation == "set":
        return frozenset(_python_element(e) for e in arguments)
    if operation == "relation":  # the definitions, element by element
        kind, left, right = arguments
        x, y = (_python_value(t, sets, universe) if isinstance(t, list) or t in sets
                else _python_element(t) for t in (left, right))
        if kind == "in":
            return any(x == e for e in y) if isinstance(y, frozenset) else "meaningless"
        if kind == "less" or not (isinstance(x, frozenset) and isinstance(y, frozenset)):
            return "meaningless"
        inside = all(any(e == f for f in y) for e in x)
        return inside and (kind == "subset" or any(all(f != e for e in x) for f in y))
    values = [_python_value(a, sets, universe) for a in arguments]
    if operation == "between":  # every subset of the larger set that holds the smaller
        low, _ = values
        return frozenset(c for c in _python_value(["pow", arguments[1]], sets, universe)
                         if low <= c)
    first = values[0]
    for other in values[1:]:
        first = {"union": first | other, "inter": first & other, "minus": first - other,
                 "prod": frozenset(product(first, other))}[operation]
    if operation == "comp":
        return sets[universe] - first
    if operation == "pow":
        items = list(first)  # every subset: one bit per element
        return frozenset(frozenset(x for i, x in enumerate(items) if mask >> i & 1)
                         for mask in range(2 ** len(items)))
    if operation == "card":
        return len(first)
    return first


def as_python(value: sp.Basic) -> Any:
    """A SymPy answer as frozensets, tuples, ints and letters, to compare with the walk."""
    if isinstance(value, sp.FiniteSet) or value is sp.S.EmptySet:
        return frozenset(as_python(v) for v in value)
    if isinstance(value, sp.Tuple):
        return tuple(as_python(v) for v in value)
    if isinstance(value, sp.Integer):
        return int(value)
    if value in (sp.true, sp.false):
        return bool(value)
    return str(value)


def _trial_division(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


_PYTHON_PROPERTIES = {"even": lambda n: n % 2 == 0, "odd": lambda n: n % 2 != 0,
                      "prime": _trial_division,
                      "composite": lambda n: n > 1 and not _trial_division(n)}


def _verify_sets(problem: Problem) -> list[Check]:
    params = problem.params
    wide = window(params, wider=True)
    sets = {n: frozenset(k for k in wide if (k >= 0 or es["in"] == "Z")
                         and _PYTHON_PROPERTIES[es["is"]](k)) if isinstance(es, dict)
            else frozenset(_python_element(e) for e in es) for n, es in params["sets"].items()}
    expected = [_python_value(t, sets, params.get("universe")) for t in params["asks"]]
    found = [problem.answer] if len(expected) == 1 else list(problem.answer)
    # an infinite answer (the evens, all of N) is compared on the window: period 2 fits in it
    found = tuple(frozenset(k for k in wide if value.contains(k) == sp.true)
                  if isinstance(value, sp.Set) and not value.is_finite_set else as_python(value)
                  for value in found)
    return [Check("the expressions walked with Python frozensets", tuple(expected) == found)]


@family("sets.set_operations", verify=_verify_sets, pose=_pose_sets)
def set_operations(rng: random.Random, difficulty: int) -> Problem:
    """Unions, intersections, differences, complements and power sets of small listed sets."""
    universe = [str(i) for i in range(1, 7 + difficulty)]
    sets = {n: sorted(rng.sample(universe, rng.randint(2, 5)), key=int) for n in "AB"}
    trees: list[Any] = [["union", "A", "B"], ["inter", "A", "B"], ["minus", "A", "B"],
                        ["comp", ["union", "A", "B"]], ["card", ["prod", "A", "B"]]]
    if difficulty <= 2:
        trees.append(["pow", ["inter", "A", "B"]])
    return _pose_sets({"sets": {**sets, "U": universe}, "universe": "U",
                       "asks": rng.sample(trees, 1 + difficulty // 2)})


def vary_sets(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same expressions over new sets of the same sizes: numbers re-drawn from a range twice
    as wide, letters kept (a set of letters keeps its letters), nested sets kept, described
    sets kept; a set the question lists is renamed with the sets."""
    numbers = sorted(set(_numbers(params)))
    if not numbers:
        return params
    pool = list(range(min(numbers), min(numbers) + 2 * (max(numbers) - min(numbers)) + 3))
    renamed = dict(zip(map(str, numbers), map(str, sorted(rng.sample(pool, len(numbers)))),
                       strict=True))
    # one renaming for every set, so overlaps and the universe's containment are kept

    def new(element: str) -> str:
        if element.startswith("{"):
            return "{" + ",".join(new(e) for e in split_elements(element[1:-1])) + "}"
        return renamed.get(element, element)

    def renamed_tree(tree: Any) -> Any:
        if isinstance(tree, str):
            return tree
        if tree[0] == "set":
            return ["set", *map(new, tree[1:])]
        return [tree[0], *map(renamed_tree, tree[1:])]

    return {**params, "sets": {n: [new(e) for e in es] if isinstance(es, list) else es
                               for n, es in params["sets"].items()},
            "asks": [renamed_tree(t) for t in params["asks"]]}


# ---------------------------------------------------------------- least elements

NONE = sp.Symbol("none")  # "if there is one": a set of natural numbers with no element
_SCAN = 1000  # how far the check walks the natural numbers


def least_element(spec: dict[str, str]) -> sp.Basic:
    """The least element of ``{n in N : condition}`` (``where``: a polynomial inequality in n)
    or of ``{p(n) : n in N}`` (``image``: a polynomial p), or :data:`NONE`.

    SymPy solves the inequality over the reals and meets it with N; an image's least value is
    at 0 or next to a critical point of p (p grows past the last one, its leading coefficient
    positive)."""
    n = sp.Symbol("n", real=True)
    if "where" in spec:
        condition = sp.sympify(spec["where"], locals={"n": n})
        found = sp.Intersection(sp.solveset(condition, n, sp.S.Reals), sp.S.Naturals0)
        return NONE if found is sp.S.EmptySet else sp.Integer(found.inf)
    p = sp.Poly(sp.sympify(spec["image"], locals={"n": n}), n)
    if p.LC() < 0 and p.degree() > 0:
        return NONE  # p falls without end
    critical = [r for r in sp.real_roots(p.diff(n)) if r >= 0] if p.degree() > 1 else []
    candidates = {0} | {int(sp.floor(r)) for r in critical} | {int(sp.ceiling(r)) for r in critical}
    return min(sp.Integer(p.eval(c)) for c in candidates)


def _set_spec_latex(spec: dict[str, str]) -> str:
    n = sp.Symbol("n")
    if "where" in spec:
        return f"\\{{n \\in \\mathbb{{N}} : {sp.latex(sp.sympify(spec['where'], locals={'n': n}))}\\}}"
    return f"\\{{{sp.latex(sp.sympify(spec['image'], locals={'n': n}))} : n \\in \\mathbb{{N}}\\}}"


def _pose_least(params: dict[str, Any]) -> Problem:
    """``params``: ``sets``, each ``{"where": "n**2 - 3 >= 4"}`` or ``{"image": "n**2 + 4"}``
    (SymPy text in n; n runs over N = {0, 1, 2, ...})."""
    values = [least_element(s) for s in params["sets"]]
    shown = [_set_spec_latex(s) for s in params["sets"]]
    ask = "Find the least element of each set, if there is one: " + ", ".join(f"${s}$" for s in shown)
    return Problem(
        statement=ask + ".",
        statement_latex=ask + ".",
        answer=values[0] if len(values) == 1 else sp.Tuple(*values),
        steps=[("Solve each condition over the real numbers and take the first natural number in "
               "the solution; for a set of values $p(n)$, compare $p$ at $0$ and at the whole "
               "numbers next to its critical points.")]
        + [f"${s}$: {'no least element' if v == NONE else f'${v}$'}."
           for s, v in zip(shown, values, strict=True)],
        code=("import sympy\n\n" + inspect.getsource(least_element).replace("sp.", "sympy.")
              .replace("NONE", "sympy.Symbol('none')")
              + f"\n\ndef solve():\n    values = [least_element(s) for s in {params['sets']!r}]\n"
              "    return values[0] if len(values) == 1 else sympy.Tuple(*values)\n"),
        params=params,
    )


def _scanned(spec: dict[str, str]) -> int | None:
    """The least element found by walking n = 0, 1, 2, ... (values of p over that walk; None
    when nothing is found, or the values still fall at its end)."""
    n = sp.Symbol("n")
    if "where" in spec:
        test = sp.lambdify(n, sp.sympify(spec["where"], locals={"n": n}))
        return next((k for k in range(_SCAN) if test(k)), None)
    value = sp.lambdify(n, sp.sympify(spec["image"], locals={"n": n}))
    walked = [int(value(k)) for k in range(_SCAN)]
    return None if walked[-1] < walked[-2] else min(walked)  # still falling: no least value


def _verify_least(problem: Problem) -> list[Check]:
    values = list(problem.answer) if isinstance(problem.answer, sp.Tuple) else [problem.answer]
    found = [_scanned(s) for s in problem.params["sets"]]
    return [Check(f"the natural numbers walked from 0 to {_SCAN - 1}",
                  all((v == NONE and f is None) or (f is not None and v == f)
                      for v, f in zip(values, found, strict=True)))]


@family("sets.least_element", verify=_verify_least, pose=_pose_least)
def least_elements(rng: random.Random, difficulty: int) -> Problem:
    """The least element of {n in N : n^2 - a >= b} and of {n^2 + c : n in N}."""
    a, b, c = rng.randint(1, 10 * difficulty), rng.randint(0, 20), rng.randint(-5, 9)
    return _pose_least({"sets": [{"where": f"n**2 - {a} >= {b}"},
                                 {"image": f"(n - {rng.randint(0, 3)})**2 + {c}"}]})


def vary_least(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New whole constants of about the same size in each set's polynomial (exponents kept)."""
    n = sp.Symbol("n")

    def nearby(expr: sp.Basic) -> sp.Basic:
        if expr.is_Integer and abs(expr) > 1:
            return sp.Integer(int(expr) + rng.choice([-3, -2, -1, 1, 2, 3]))
        if expr.is_Atom:
            return expr
        if expr.is_Pow:
            return sp.Pow(nearby(expr.base), expr.exp)
        return expr.func(*map(nearby, expr.args))

    return {**params, "sets": [{k: sp.sstr(nearby(sp.sympify(v, locals={"n": n})))
                                for k, v in spec.items()} for spec in params["sets"]]}


# ---------------------------------------------------------------- sets that list their sizes

def _with_sizes(listed: dict[str, list[str]], sizes: dict[str, int]) -> dict[str, frozenset]:
    """Each set's elements with every "|X|" replaced by the size given for X."""
    return {name: frozenset(sizes[e[1:-1]] if e.startswith("|") else int(e) for e in elements)
            for name, elements in listed.items()}


def self_sizing(listed: dict[str, list[str]]) -> list[dict[str, frozenset]]:
    """Every way the sets can be what they list, sizes included ("A = {3, |B|}"): each set's
    size tried from 1 to the length of its list, kept when the sets it makes have those sizes."""
    names = sorted(listed)
    found = []
    for sizes in product(*[range(1, len(listed[n]) + 1) for n in names]):
        chosen = dict(zip(names, sizes, strict=True))
        made = _with_sizes(listed, chosen)
        if all(len(made[n]) == chosen[n] for n in names):
            found.append(made)
    return found


def _solutions_answer(solutions: list[dict[str, frozenset]], names: list[str]) -> sp.Basic:
    tuples = [sp.Tuple(*[sp.FiniteSet(*sorted(s[n])) for n in names]) for s in solutions]
    return tuples[0] if len(tuples) == 1 else sp.FiniteSet(*tuples)


def _pose_sizing(params: dict[str, Any]) -> Problem:
    """``params``: ``sets``, name -> elements ("3", or "|B|" for B's size)."""
    listed = params["sets"]
    names = sorted(listed)
    solutions = self_sizing(listed)
    if not solutions:
        raise ValueError("no sets are what they list")
    shown = ", ".join(f"{n} = \\{{{', '.join(listed[n])}\\}}" for n in names)
    return Problem(
        statement=f"Find all sets {', '.join(names)} with ${shown}$.",
        statement_latex=f"Find all sets {', '.join(names)} with ${shown}$.",
        answer=_solutions_answer(solutions, names),
        steps=[("Each set has at least one and at most as many elements as it lists: try each "
               "choice of the sizes, build the sets, and keep the choices whose sets have the "
               "sizes chosen.")]
        + ["; ".join(f"${n} = {sp.latex(sp.FiniteSet(*sorted(s[n])))}$" for n in names)
           for s in solutions],
        code=("from itertools import product\n\nimport sympy\n\n"
              + "\n\n".join(inspect.getsource(f) for f in (_with_sizes, self_sizing,
                                                            _solutions_answer))
              .replace("sp.", "sympy.")
              + f"\n\ndef solve():\n    listed = {listed!r}\n"
              "    return _solutions_answer(self_sizing(listed), sorted(listed))\n"),
        params=params,
    )


def _verify_sizing(problem: Problem) -> list[Check]:
    """Every choice of the sets among the subsets of the numbers that can appear (the listed
    numbers and the possible sizes), kept when each equals its list read with the chosen sets'
    sizes."""
    listed = problem.params["sets"]
    names = sorted(listed)
    numbers = sorted({int(e) for es in listed.values() for e in es if not e.startswith("|")}
                     | set(range(1, max(map(len, listed.values())) + 1)))
    subsets = [frozenset(c) for k in range(1, len(numbers) + 1)
               for c in combinations(numbers, k)]
    found = []
    for chosen in product(subsets, repeat=len(names)):
        sets = dict(zip(names, chosen, strict=True))
        if all(sets[n] == frozenset(len(sets[e[1:-1]]) if e.startswith("|") else int(e)
                                    for e in listed[n]) for n in names):
            found.append(sets)
    return [Check("every choice of the sets among subsets of the numbers that can appear",
                  bool(found) and _solutions_answer(found, names) == problem.answer)]


@family("sets.self_sizing", verify=_verify_sizing, pose=_pose_sizing)
def self_sizing_sets(rng: random.Random, difficulty: int) -> Problem:
    """Two sets that list numbers and each other's sizes."""
    for _ in range(100):
        listed = {"A": [str(rng.randint(1, 4)), "|B|"],
                  "B": [str(rng.randint(1, 4)), "|A|", "|B|"][: 2 + (difficulty > 1)]}
        if self_sizing(listed):
            return _pose_sizing({"sets": listed})
    return _pose_sizing({"sets": {"A": ["3", "|B|"], "B": ["1", "|A|", "|B|"]}})


def vary_sizing(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New listed numbers (1 to 5), the sizes listed kept, until some sets are what they list."""
    for _ in range(50):
        listed = {n: [e if e.startswith("|") else str(rng.randint(1, 5)) for e in es]
                  for n, es in params["sets"].items()}
        if listed != params["sets"] and self_sizing(listed):
            return {**params, "sets": listed}
    return params
