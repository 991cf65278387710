"""Posed families for counting word problems: paths, bit strings, selections, anagrams,
strings over an alphabet, unions of sets, ...

The formalize stage (:mod:`formalize.counting`) reads "How many lattice paths from
$(0,0)$ to $(10,10)$ pass through $(4,7)$?", "How many 7-bit strings of weight $4$
start with $11$ or end with $00$, or both?", "How many anagrams are there of
“goggles”?" or "What is the probability that when flipping a coin twice you get
tails both times?" into these families' parameters. Each answer is an exact count
(or a ratio of counts) from the textbook formula (binomial coefficients, inclusion and
exclusion, the multinomial coefficient); each verifier counts the objects themselves:
it lists every path, string, selection or outcome with :mod:`itertools` when there are
few enough, and otherwise counts the real instance by a recurrence that uses no closed
formula and checks the formula against a listing on a shrunken instance of the same shape.
A union of sets is checked by building the sets from their Venn regions and counting the
elements of the union.
"""

from __future__ import annotations

import bisect
import inspect
import itertools
import math
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS, worded
from exercises.family import Check, Problem, family

LISTED_UP_TO = 60_000  # list the objects when there are at most this many


def _listed(objects: Iterable[Any], test: Callable[[Any], bool], size: int) -> int | None:
    """How many of the ``size`` ``objects`` pass ``test``; None when there are too many to list."""
    if size > LISTED_UP_TO:
        return None
    return sum(1 for item in objects if test(item))


def _code(formula: Callable[..., Any], params: dict[str, Any], *helpers: Callable[..., Any]) -> str:
    """``solve()``: the family's formula, applied to the item's parameters."""
    sources = "\n\n".join(inspect.getsource(f) for f in (*helpers, formula))
    arguments = {k: v for k, v in params.items() if k in inspect.signature(formula).parameters}
    return ("import itertools\nimport math\n\nimport sympy\n\n\n" + sources
            + f"\n\ndef solve():\n    return {formula.__name__}(**{arguments!r})\n")


# A count's statement in each wording: "How many {p} are there?", plain and LaTeX alike.
_COUNT_WORDED = [("How many {p} are there?", "How many {p} are there?"),
                 ("Count the {p}.", "Count the {p}."),
                 ("Find the number of {p}.", "Find the number of {p}.")]


def _tex(text: str) -> str:
    """The LaTeX statement: its points and numbers outside math set as math ("$(0,0)$", "$7$-bit")."""
    pieces = re.split(r"(\$[^$]*\$)", text)
    for i in range(0, len(pieces), 2):  # the even pieces lie outside $...$
        pieces[i] = re.sub(r"\(\d+,\d+\)|(?<![\w.])\d+(?![\w.]*\d)", lambda m: f"${m[0]}$",
                           pieces[i])
    return "".join(pieces)


def _agree(answer: sympy.Basic, counted: int | sympy.Rational | None, how: str) -> Check:
    return Check(how, counted is not None and answer == counted, str(counted))


# ---------------------------------------------------------------- lattice paths


def paths_formula(start: list[int], end: list[int], through: list = (), avoid: list = (),
                  either: list = (), want: str = "paths", or_end: list | None = None
                  ) -> sympy.Integer:
    """Paths of unit steps right and up from start to end that pass through every point of
    ``through``, through none of ``avoid`` and through at least one of ``either``:
    a product of binomial coefficients along each chain of points, by inclusion-exclusion.
    ``want`` "length" or "x_steps": the steps each path takes (all of them, or those to the
    right), the same for every path. ``or_end``: the paths to it too (to either end: no path
    ends at both, so the two counts add)."""
    if or_end is not None:
        return paths_formula(start, end) + paths_formula(start, or_end)
    if want != "paths":
        return sympy.Integer(end[0] - start[0] + (end[1] - start[1] if want == "length" else 0))
    def chain(points):
        points = sorted({tuple(p) for p in points} | {tuple(start), tuple(end)})
        total = sympy.Integer(1)
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            if x1 < x0 or y1 < y0:
                return sympy.Integer(0)
            total *= sympy.binomial(x1 - x0 + y1 - y0, x1 - x0)
        return total

    def missing(excluded):
        return sum((-1) ** len(subset) * chain(list(through) + list(subset))
                   for size in range(len(excluded) + 1)
                   for subset in itertools.combinations(excluded, size))

    avoid, either = [tuple(p) for p in avoid], [tuple(p) for p in either]
    return missing(avoid) - (missing(avoid + either) if either else 0)


def _passes(start: list[int], x_steps: tuple[int, ...], point: tuple[int, int]) -> bool:
    """Does the path (the sorted positions of its x-steps) go through ``point``? It does when
    exactly dx of its first dx + dy steps are x-steps."""
    dx, dy = point[0] - start[0], point[1] - start[1]
    return dx >= 0 and dy >= 0 and bisect.bisect_left(x_steps, dx + dy) == dx


def _paths_by_grid(params: dict[str, Any]) -> int:
    """Walk the grid once, point by point: ways[point][hit] = paths from the start to the point
    that passed the required points in ``hit`` (a bit mask), never stepping on an avoided one."""
    (x0, y0), (x1, y1) = params["start"], params["end"]
    marked = [tuple(p) for p in params.get("through", []) + params.get("either", [])]
    avoid = {tuple(p) for p in params.get("avoid", [])}
    ways: dict[tuple[int, int], Counter] = {}
    for x in range(x0, x1 + 1):
        for y in range(y0, y1 + 1):
            here: Counter = Counter()
            if (x, y) not in avoid:
                if (x, y) == (x0, y0):
                    here[0] = 1
                for previous in ((x - 1, y), (x, y - 1)):
                    here.update(ways.get(previous, Counter()))
                bits = sum(1 << i for i, p in enumerate(marked) if p == (x, y))
                here = Counter({mask | bits: n for mask, n in here.items()})
            ways[(x, y)] = here
    needed = (1 << len(params.get("through", []))) - 1
    either = sum(1 << (i + len(params.get("through", []))) for i in range(len(params.get("either", []))))
    return sum(n for mask, n in ways.get((x1, y1), Counter()).items()
               if mask & needed == needed and (not either or mask & either))


def _steps_by_grid(start: list[int], end: list[int], want: str) -> set[int]:
    """Walk the grid from the start, one step right or up at a time: the numbers of steps (or of
    steps right) with which the paths reach the end."""
    reached = {tuple(start): {(0, 0)}}  # point -> {(steps, steps right)}
    for x in range(start[0], end[0] + 1):
        for y in range(start[1], end[1] + 1):
            for dx, dy in ((1, 0), (0, 1)):
                if (x, y) in reached and x + dx <= end[0] and y + dy <= end[1]:
                    reached.setdefault((x + dx, y + dy), set()).update(
                        (steps + 1, right + dx) for steps, right in reached[(x, y)])
    return {pair[0] if want == "length" else pair[1] for pair in reached.get(tuple(end), set())}


def _verify_paths(problem: Problem) -> list[Check]:
    p = problem.params
    if p.get("or_end"):  # the paths to each end walked on the grid, the two counts added
        walked = sum(_paths_by_grid({"start": p["start"], "end": end})
                     for end in (p["end"], p["or_end"]))
        return [_agree(problem.answer, walked, "walk the grid to each end point by point, and add")]
    if p.get("want", "paths") != "paths":
        found = _steps_by_grid(p["start"], p["end"], p["want"])
        return [Check("walk the grid from the start and collect how many steps (right) each path "
                      "takes to the end: one value", found == {problem.answer}, str(found))]
    through = [tuple(q) for q in p.get("through", [])]
    avoid = [tuple(q) for q in p.get("avoid", [])]
    either = [tuple(q) for q in p.get("either", [])]
    length = p["end"][0] - p["start"][0] + p["end"][1] - p["start"][1]

    def passes(x_steps: tuple[int, ...]) -> bool:
        def on(q: tuple[int, int]) -> bool:
            return _passes(p["start"], x_steps, q)
        return (all(map(on, through)) and not any(map(on, avoid))
                and (not either or any(map(on, either))))

    checks = [_agree(problem.answer, _paths_by_grid(p),
                     "walk the grid point by point, counting paths by the points they passed")]
    listed = _listed(itertools.combinations(range(length), p["end"][0] - p["start"][0]), passes,
                     math.comb(length, p["end"][0] - p["start"][0]))
    if listed is not None:
        checks.append(_agree(problem.answer, listed, "list every path (its x-steps) and test it"))
    return checks


def _point(p: list[int]) -> str:
    return f"({p[0]},{p[1]})"


def _pose_paths(params: dict[str, Any]) -> Problem:
    """``params``: ``start``, ``end`` ([x, y]); ``through`` (points every path passes), ``avoid``
    (points none passes), ``either`` (points of which each path passes at least one); ``want``
    ("paths", the default; "length", "x_steps": the steps of each path)."""
    start, end = params["start"], params["end"]
    through, avoid, either = (params.get(k, []) for k in ("through", "avoid", "either"))
    want = params.get("want", "paths")
    if params.get("or_end"):
        return _pose_either_end(params)
    answer = paths_formula(start, end, through, avoid, either, want)
    if want != "paths":
        dx, dy = end[0] - start[0], end[1] - start[1]
        asked = "steps" if want == "length" else "steps in the x-direction"
        statement = (f"How many {asked} does each lattice path from {_point(start)} to "
                     f"{_point(end)} take?")
        steps = [f"Each path goes ${dx}$ right and ${dy}$ up, one unit a step."
                 + (f" That is ${dx} + {dy} = {answer}$ steps." if want == "length" else ""),
                 f"So ${answer}$."]
        return Problem(statement=statement, statement_latex=_tex(statement), answer=answer,
                       steps=steps, code=_code(paths_formula, params), params=params)
    conditions = [f"pass through {' and then '.join(map(_point, through))}"] if through else []
    conditions += [f"avoid {' and '.join(map(_point, avoid))}"] if avoid else []
    conditions += [f"pass through either {' or '.join(map(_point, either))}"] if either else []
    that = (" that " + " and ".join(conditions)) if conditions else ""
    what = f"lattice paths from {_point(start)} to {_point(end)}{that}"
    plain, tex = worded(params, _COUNT_WORDED, p=what)
    dx, dy = end[0] - start[0], end[1] - start[1]
    steps = [(f"A path is a string of ${dx}$ steps right and ${dy}$ up: choose where the right "
             f"steps go, $\\binom{{{dx + dy}}}{{{dx}}}$ ways.")]
    if through:
        steps.append("A path through given points is a path to the first, then on to the next: "
                     "multiply the counts of the legs.")
    if avoid or either:
        steps.append("Subtract the paths through the avoided points, and (for 'either') count the "
                     "complement: inclusion-exclusion over the points.")
    steps.append(f"There are ${answer}$ paths.")
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(paths_formula, params), params=params)


def _pose_either_end(params: dict[str, Any]) -> Problem:
    """Lattice paths from the start to ``end`` or to ``or_end``."""
    start, ends = params["start"], [params["end"], params["or_end"]]
    if any(k in params for k in ("through", "avoid", "either")) or params.get("want", "paths") != (
            "paths") or ends[0] == ends[1] or any(e[i] < start[i] for e in ends for i in (0, 1)):
        raise ValueError("two different ends up and to the right of the start, nothing else")
    answer = paths_formula(start, ends[0], or_end=ends[1])
    what = f"lattice paths from {_point(start)} to either {_point(ends[0])} or {_point(ends[1])}"
    plain, tex = worded(params, _COUNT_WORDED, p=what)
    steps = [f"To {_point(e)}: ${e[0] - start[0]}$ steps right and ${e[1] - start[1]}$ up, "
             f"$\\binom{{{e[0] - start[0] + e[1] - start[1]}}}{{{e[0] - start[0]}}} = "
             f"{paths_formula(start, e)}$ paths." for e in ends]
    steps.append(f"A path ends at one of them, not both: ${answer}$ paths in all.")
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(paths_formula, params), params=params)


@family("counting.lattice_paths", verify=_verify_paths, pose=_pose_paths)
def lattice_paths(rng: random.Random, difficulty: int) -> Problem:
    """Lattice paths between two points, perhaps through one point or avoiding it."""
    end = [rng.randint(2, 4 + difficulty), rng.randint(2, 4 + difficulty)]
    params: dict[str, Any] = {"start": [0, 0], "end": end, "template": rng.randrange(WORDINGS)}
    middle = [rng.randint(1, end[0] - 1), rng.randint(1, end[1] - 1)]
    if difficulty >= 2:
        params[rng.choice(["through", "avoid"])] = [middle]
    return _pose_paths(params)


# ---------------------------------------------------------------- bit strings


def bits_formula(length: int, weight: list | None = None, starts: list = (), ends: list = (),
                 join: str = "or", want: str = "strings") -> sympy.Integer:
    """Bit strings of the length (of weight ``weight`` = [relation, k] when given) that start
    with one of ``starts`` and/or end with one of ``ends``: a binomial coefficient for the free
    middle of each prefix-suffix pair, inclusion-exclusion for 'or'. ``want`` "ones" or "zeros":
    how many of each string's bits are 1s (its weight, = k) or 0s (the length less it); "bits":
    the bits of all the strings together (each string written out: length times their number)."""
    if want in ("ones", "zeros"):
        return sympy.Integer(weight[1] if want == "ones" else length - weight[1])
    def free(fixed_length, fixed_ones):
        middle = length - fixed_length
        if middle < 0:
            return sympy.Integer(0)
        if weight is None:
            return sympy.Integer(2) ** middle
        relation, k = weight
        wanted = {"=": [k], ">=": range(k, length + 1), "<=": range(k + 1)}[relation]
        return sum((sympy.binomial(middle, w - fixed_ones) for w in wanted if w >= fixed_ones),
                   sympy.Integer(0))

    def count(prefixes, suffixes):
        return sum(free(len(a) + len(b), a.count("1") + b.count("1"))
                   for a in prefixes or [""] for b in suffixes or [""])

    if starts and ends and join == "or":
        strings = count(starts, []) + count([], ends) - count(starts, ends)
    else:
        strings = count(starts, ends)
    return strings * length if want == "bits" else strings


def _verify_bits(problem: Problem) -> list[Check]:
    p = problem.params
    if p.get("want") in ("ones", "zeros"):  # the bits of each string of the weight, counted
        bit = "1" if p["want"] == "ones" else "0"
        found = {"".join("1" if i in ones else "0" for i in range(p["length"])).count(bit)
                 for ones in itertools.combinations(range(p["length"]), p["weight"][1])}
        return [Check(f"write out every string of the weight and count its {p['want']}: one value",
                      found == {problem.answer}, str(found))]
    starts, ends, weight = p.get("starts", []), p.get("ends", []), p.get("weight")

    def passes(bits: tuple[str, ...], length: int, weight: list | None) -> bool:
        text = "".join(bits)
        ones = text.count("1")
        heavy = weight is None or {"=": ones == weight[1], ">=": ones >= weight[1],
                                   "<=": ones <= weight[1]}[weight[0]]
        head = any(text.startswith(s) for s in starts)
        tail = any(text.endswith(e) for e in ends)
        if starts and ends:
            placed = head or tail if p.get("join", "or") == "or" else head and tail
        else:
            placed = head if starts else (tail if ends else True)
        return heavy and placed

    length = p["length"]
    if p.get("want") == "bits":  # every string written out, its bits counted
        written = "".join("".join(b) for b in itertools.product("01", repeat=length)
                          if passes(b, length, weight)) if 2 ** length <= LISTED_UP_TO else None
        return [_agree(problem.answer, None if written is None else len(written),
                       "write out every string that passes, one after another, and count the bits")]
    listed = _listed(itertools.product("01", repeat=length), lambda b: passes(b, length, weight),
                     2 ** length)
    if listed is not None:
        return [_agree(problem.answer, listed, "list every bit string of the length and test it")]
    checks = [_agree(problem.answer, _bits_by_automaton(p), "read the strings bit by bit, keeping "
                     "their first and last bits and their weight (a finite automaton)")]
    small = max(len(s) for s in starts + ends + [""]) * 2 + 4  # a shrunken instance, same shape
    small_weight = None if weight is None else [weight[0], min(weight[1], small)]
    expected = bits_formula(small, small_weight, starts, ends, p.get("join", "or"))
    listed = _listed(itertools.product("01", repeat=small), lambda b: passes(b, small, small_weight),
                     2 ** small)
    checks.append(Check(f"the formula against a listing of all {small}-bit strings (a shrunken "
                        "instance)", expected == listed, f"{expected} vs {listed}"))
    return checks


def _bits_by_automaton(p: dict[str, Any]) -> int:
    """Count the strings bit by bit: a state is (the first bits, the last bits, the weight)."""
    starts, ends, weight = p.get("starts", []), p.get("ends", []), p.get("weight")
    head_size = max(map(len, starts), default=0)
    tail_size = max(map(len, ends), default=0)
    states = Counter({("", "", 0): 1})
    for _ in range(p["length"]):
        grown: Counter = Counter()
        for (head, tail, ones), ways in states.items():
            for bit in "01":
                grown[((head + bit)[:head_size], (tail + bit)[len(tail + bit) - tail_size:]
                       if tail_size else "", ones + (bit == "1"))] += ways
        states = grown
    total = 0
    for (head, tail, ones), ways in states.items():
        heavy = weight is None or {"=": ones == weight[1], ">=": ones >= weight[1],
                                   "<=": ones <= weight[1]}[weight[0]]
        first, last = head in starts, tail in ends
        placed = ((first or last) if p.get("join", "or") == "or" else (first and last)) \
            if starts and ends else (first if starts else (last if ends else True))
        total += ways * (heavy and placed)
    return total


def _bits_phrase(params: dict[str, Any]) -> str:
    weight = params.get("weight")
    what = f"{params['length']}-bit strings"
    if weight:
        what += {"=": " of weight {}", ">=": " with {} or more 1s", "<=": " with at most {} 1s"}[
            weight[0]].format(weight[1])
    starts = " or ".join(params.get("starts", []))
    ends = " or ".join(params.get("ends", []))
    if starts and ends:
        joined = " or both" if params.get("join", "or") == "or" else ""
        return f"{what} that start with {starts} {params.get('join', 'or')} end with {ends}{joined}"
    return what + (f" that start with {starts}" if starts else "") + (
        f" that end with {ends}" if ends else "")


def _pose_bits(params: dict[str, Any]) -> Problem:
    """``params``: ``length``; ``weight`` ([relation, k], relation one of = >= <=, or absent);
    ``starts``/``ends`` (prefixes/suffixes of one length each, any of which will do); ``join``
    ("or": start or end or both; "and"); ``want`` ("strings", the default; "ones", "zeros": the
    bits of each string of weight = k; "bits": of all the strings written out)."""
    starts, ends = params.get("starts", []), params.get("ends", [])
    want = params.get("want", "strings")
    answer = bits_formula(params["length"], params.get("weight"), starts, ends,
                          params.get("join", "or"), want)
    if want == "bits":
        if params["length"] > 16:
            raise ValueError("the strings written out, a few thousand bits at most")
        statement = (f"Every {_bits_phrase(params).replace('strings', 'string', 1)} is written out. "
                     "How many bits are written in all?")
        strings = bits_formula(params["length"], params.get("weight"), starts, ends,
                               params.get("join", "or"))
        steps = [f"There are ${strings}$ such strings, each of ${params['length']}$ bits.",
                 f"So ${strings} \\cdot {params['length']} = {answer}$ bits."]
        return Problem(statement=statement, statement_latex=_tex(statement), answer=answer,
                       steps=steps, code=_code(bits_formula, params), params=params)
    if want != "strings":
        if params.get("weight", ["="])[0] != "=" or starts or ends:
            raise ValueError("the 1s or 0s of strings of one weight")
        statement = (f"How many {'1' if want == 'ones' else '0'}s are there in each "
                     f"{params['length']}-bit string of weight {params['weight'][1]}?")
        steps = [(f"Weight ${params['weight'][1]}$: each string has ${params['weight'][1]}$ 1s "
                  f"and ${params['length'] - params['weight'][1]}$ 0s."), f"So ${answer}$."]
        return Problem(statement=statement, statement_latex=_tex(statement), answer=answer,
                       steps=steps, code=_code(bits_formula, params), params=params)
    what = _bits_phrase(params)
    plain, tex = worded(params, _COUNT_WORDED, p=what)
    steps = [("Fix the given first and last bits; the rest is a free string whose 1s are chosen: "
             "a binomial coefficient for each weight allowed.")]
    if starts and ends and params.get("join", "or") == "or":
        steps.append("Start or end: $|A \\cup B| = |A| + |B| - |A \\cap B|$.")
    steps.append(f"There are ${answer}$ such strings.")
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(bits_formula, params), params=params)


@family("counting.bit_strings", verify=_verify_bits, pose=_pose_bits)
def bit_strings(rng: random.Random, difficulty: int) -> Problem:
    """Bit strings of a length and weight, perhaps starting or ending with given bits."""
    length = rng.randint(5, 7 + 2 * difficulty)
    params: dict[str, Any] = {"length": length, "weight": ["=", rng.randint(1, length - 1)],
                              "template": rng.randrange(WORDINGS)}
    if difficulty >= 2:
        params["starts"] = ["".join(rng.choice("01") for _ in range(2))]
    if difficulty >= 3:
        params["ends"] = ["".join(rng.choice("01") for _ in range(2))]
    return _pose_bits(params)


# ---------------------------------------------------------------- selections


def selections_formula(n: int, k: int | None, ordered: bool, repetition: bool,
                       reversible: bool = False) -> sympy.Integer:
    """Ways to pick k of n things: C(n, k), P(n, k), n^k or the multisets C(n + k - 1, k);
    with k = None any number of them (2^n subsets). ``reversible``: an order and its reverse are
    the same (stripes on a wand spun around), so the P(n, k) orders pair off but for those that
    are their own reverse, which without repeats are only the orders of at most one thing."""
    if k is None:
        return sympy.Integer(2) ** n
    if ordered and reversible and not repetition:
        orders = sympy.ff(n, k)
        return (orders + (orders if k <= 1 else 0)) / 2
    if ordered:
        return sympy.Integer(n) ** k if repetition else sympy.ff(n, k)
    return sympy.binomial(n + k - 1, k) if repetition else sympy.binomial(n, k)


_PICKS = {(False, False): itertools.combinations, (True, False): itertools.permutations,
          (True, True): lambda items, k: itertools.product(items, repeat=k),
          (False, True): itertools.combinations_with_replacement}


def _selections_by_rule(n: int, k: int | None, ordered: bool, repetition: bool) -> int:
    """The count built item by item (no closed formula): ways[j] = picks of j from the items so
    far; a new item is left out, or taken (once, or any number of times), in any position."""
    if k is None:
        return sum(_selections_by_rule(n, j, False, False) for j in range(n + 1))
    if ordered and repetition:
        total = 1
        for _ in range(k):
            total *= n
        return total
    ways = [1] + [0] * k
    for _ in range(n):
        new = ways[:]
        for j in range(1, k + 1):
            if repetition:  # unordered, repeats allowed: take this item once more
                new[j] = ways[j] + new[j - 1]
            else:  # the new item is one of the j chosen, in any of j places when ordered
                new[j] = ways[j] + ways[j - 1] * (j if ordered else 1)
        ways = new
    return ways[k]


def _designs(n: int, k: int) -> int | None:
    """Orders of k of n different things, an order and its reverse listed once (None when too
    many to list)."""
    return _listed({min(order, order[::-1]) for order in itertools.permutations(range(n), k)},
                   lambda _: True, 0) if math.perm(n, k) <= LISTED_UP_TO else None


def _verify_selections(problem: Problem) -> list[Check]:
    p = problem.params
    n, k, ordered, repetition = p["n"], p.get("k"), p["ordered"], p["repetition"]
    if p.get("reversible"):
        listed = _designs(n, k)
        if listed is not None:
            return [_agree(problem.answer, listed, "list every order, each with its reverse as "
                           "one design")]
        small = min(k, 4)
        expected = selections_formula(small + 2, small, True, False, True)
        orders = _selections_by_rule(n, k, True, False)  # each design is two orders (k > 1)
        return [_agree(problem.answer, orders // 2 if k > 1 else orders, "build the orders item "
                       "by item and pair each with its reverse"),
                Check(f"the formula against a listing of {small} of {small + 2} things, each "
                      "order with its reverse as one (a shrunken instance)",
                      expected == _designs(small + 2, small), str(expected))]
    ruled = _selections_by_rule(n, k, ordered, repetition)
    checks = [_agree(problem.answer, ruled,
                     "build the count item by item (leave out or take each item)")]
    if k is None:
        picks: Iterable[Any] = itertools.product([False, True], repeat=n)
    else:
        picks = _PICKS[(ordered, repetition)](range(n), k)
    listed = _listed(picks, lambda _: True, ruled)
    if listed is not None:
        checks.append(_agree(problem.answer, listed, "list every selection with itertools"))
        return checks
    small_n, small_k = min(n, 7), None if k is None else min(k, 4, n if not repetition else k)
    expected = selections_formula(small_n, small_k, ordered, repetition)
    picks = (itertools.product([False, True], repeat=small_n) if k is None
             else _PICKS[(ordered, repetition)](range(small_n), small_k))
    listed = _listed(picks, lambda _: True, int(expected))
    checks.append(Check(f"the formula against a listing for {small_n} things (a shrunken instance)",
                        expected == listed, f"{expected} vs {listed}"))
    return checks


def _pose_selections(params: dict[str, Any]) -> Problem:
    """``params``: ``n`` things, ``k`` picked (None: any number), ``ordered``, ``repetition``;
    ``things`` names them (default "items"); ``reversible`` (optional, ordered picks without
    repeats: an order and its reverse count once)."""
    n, k, ordered, repetition = params["n"], params.get("k"), params["ordered"], params["repetition"]
    answer = selections_formula(n, k, ordered, repetition, bool(params.get("reversible")))
    things = params.get("things", "items")
    if k is None:
        what, rule = f"sets of any number of {n} {things}", f"$2^{{{n}}}$"
    else:
        how = ("in order" if ordered else "in any order") + (
            ", repeats allowed" if repetition else ", no repeats")
        what = f"ways to pick {k} of {n} {things} ({how})"
        rule = {(False, False): f"$\\binom{{{n}}}{{{k}}}$", (True, False): f"$P({n},{k})$",
                (True, True): f"${n}^{{{k}}}$",
                (False, True): f"$\\binom{{{n + k - 1}}}{{{k}}}$ (stars and bars)"}[
            (ordered, repetition)]
    if params.get("reversible"):
        what = what.replace(")", ", an order and its reverse the same)")
        rule = f"$P({n},{k})/2$ (each order paired with its reverse)" if k > 1 else rule
    plain, tex = worded(params, _COUNT_WORDED, p=what)
    steps = [("Each thing is in or out" if k is None else
              "Order " + ("matters" if ordered else "does not matter") + "; repeats are "
              + ("allowed" if repetition else "not allowed")) + f": {rule}.",
             f"That is ${answer}$."]
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(selections_formula, params), params=params)


@family("counting.selections", verify=_verify_selections, pose=_pose_selections)
def selections(rng: random.Random, difficulty: int) -> Problem:
    """Ways to pick k of n things, with or without order and repeats."""
    n = rng.randint(4, 6 + 2 * difficulty)
    return _pose_selections({"n": n, "k": rng.randint(2, min(n, 2 + difficulty)),
                             "ordered": rng.random() < 0.5, "repetition": rng.random() < 0.5,
                             "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- anagrams


def anagrams_formula(word: str, first: str | None = None, avoid: str | None = None,
                     consecutive: bool = True) -> sympy.Integer:
    """Distinct arrangements of the word's letters (starting with ``first`` when given): the
    multinomial coefficient n! / (n_a! n_b! ...). Of a word of distinct letters, those without
    the sub-word ``avoid`` (k of its letters): less the (n-k+1)! with it as a block of
    ``consecutive`` letters, or the C(n,k) (n-k)! with its letters in order anywhere."""
    if avoid is not None:
        n, k = len(word), len(avoid)
        having = (sympy.factorial(n - k + 1) if consecutive
                  else sympy.binomial(n, k) * sympy.factorial(n - k))
        return sympy.factorial(n) - having
    letters = list(word)
    if first is not None:
        if first not in letters:
            return sympy.Integer(0)
        letters.remove(first)
    total = sympy.factorial(len(letters))
    for letter in set(letters):
        total /= sympy.factorial(letters.count(letter))
    return total


@cache
def _arrangements(counts: tuple[int, ...]) -> int:
    """Arrangements of a multiset by its first letter, recursively (no factorials)."""
    if not any(counts):
        return 1
    return sum(_arrangements(counts[:i] + (c - 1,) + counts[i + 1:])
               for i, c in enumerate(counts) if c)


def _contains(arrangement: tuple[str, ...], avoid: str, consecutive: bool) -> bool:
    """Is ``avoid`` in the arrangement: as a block of consecutive letters, or its letters in
    order with others perhaps between?"""
    if consecutive:
        return avoid in "".join(arrangement)
    rest = iter(arrangement)
    return all(letter in rest for letter in avoid)  # each found after the one before


def _verify_anagrams(problem: Problem) -> list[Check]:
    word, first = problem.params["word"], problem.params.get("first")
    avoid = problem.params.get("avoid")
    if avoid is not None:
        consecutive = problem.params.get("consecutive", True)
        listed = _listed(itertools.permutations(word), lambda a: not _contains(a, avoid,
                                                                               consecutive),
                         math.factorial(len(word)))
        return [_agree(problem.answer, listed, "list every arrangement of the letters and look "
                       "for the sub-word in it")]
    rest = list(word)
    if first is not None and first in rest:
        rest.remove(first)
    counts = tuple(sorted(Counter(rest).values()))
    recount = 0 if first is not None and first not in word else _arrangements(counts)
    checks = [_agree(problem.answer, recount, "count arrangements by their first letter, "
                     "recursively")]
    if len(word) <= 9:
        listed = len({p for p in itertools.permutations(word) if first is None or p[0] == first})
        checks.append(_agree(problem.answer, listed, "list every permutation of the letters and "
                             "keep the distinct ones"))
    return checks


def _pose_anagrams(params: dict[str, Any]) -> Problem:
    """``params``: ``word``; ``first`` (the letter every anagram starts with, or absent); or
    ``avoid`` (a sub-word no arrangement has, the word's letters all different) and
    ``consecutive`` (whether its letters are a block, or only in order)."""
    word, first, avoid = params["word"], params.get("first"), params.get("avoid")
    if avoid is not None:
        consecutive = params.get("consecutive", True)
        if (first is not None or len(set(word)) != len(word) or len(set(avoid)) != len(avoid)
                or not set(avoid) <= set(word) or len(word) > 9):
            raise ValueError("a sub-word of different letters of a short word of different letters")
        answer = anagrams_formula(word, avoid=avoid, consecutive=consecutive)
        n, k = len(word), len(avoid)
        how = ("consecutive letters" if consecutive else "letters in order, not necessarily "
               "consecutive")
        statement = (f"How many arrangements of the letters {', '.join(word)} do not contain the "
                     f"sub-word “{avoid}” in {how}?")
        having = (f"(n-k+1)! = {n - k + 1}!$ (“{avoid}” as one block among the other letters)"
                  if consecutive else
                  f"\\binom{{{n}}}{{{k}}}({n - k})!$ (places for “{avoid}”, the rest in any order)")
        steps = [f"All arrangements: ${n}!$. Those with the sub-word: ${having}.",
                 f"So ${answer}$."]
        return Problem(statement=statement, statement_latex=_tex(statement), answer=answer,
                       steps=steps, code=_code(anagrams_formula, params), params=params)
    answer = anagrams_formula(word, first)
    what = f"anagrams of “{word}”" + (f" that start with “{first}”" if first else "")
    plain, tex = worded(params, _COUNT_WORDED, p=what)
    rest = list(word)
    if first and first in rest:
        rest.remove(first)
    repeats = "".join(f"{c}!" for c in sorted(Counter(rest).values()) if c > 1) or "1"
    steps = ([f"Fix the first letter “{first}”; arrange the other {len(rest)} letters."] if first
             else []) + [(f"Arrange {len(rest)} letters, dividing by the orders of repeated "
                         f"letters: ${len(rest)}!/({repeats}) = {answer}$.")]
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(anagrams_formula, params), params=params)


@family("counting.anagrams", verify=_verify_anagrams, pose=_pose_anagrams)
def anagrams(rng: random.Random, difficulty: int) -> Problem:
    """Anagrams of a word with repeated letters."""
    word = "".join(rng.choice("aabeelnorsst") for _ in range(4 + difficulty))
    return _pose_anagrams({"word": word, "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- distributions


def distributions_formula(total: int, parts: int, lower: list[int], upper: list[int | None]
                          ) -> sympy.Integer:
    """Ways to share ``total`` identical things among ``parts`` recipients, recipient i getting
    between lower[i] and upper[i] (None: no upper bound): stars and bars after giving each its
    least, inclusion-exclusion over the recipients that get too many."""
    spare = total - sum(lower)
    count = sympy.Integer(0)
    capped = [i for i in range(parts) if upper[i] is not None]
    for size in range(len(capped) + 1):
        for over in itertools.combinations(capped, size):
            left = spare - sum(upper[i] - lower[i] + 1 for i in over)
            if left >= 0:
                count += (-1) ** size * sympy.binomial(left + parts - 1, parts - 1)
    return count


def _distributions_by_rule(total: int, lower: list[int], upper: list[int | None]) -> int:
    """Recipient by recipient: ways[t] = ways to hand out t things to the recipients so far."""
    ways = [1] + [0] * total
    for low, high in zip(lower, upper, strict=True):
        top = total if high is None else min(high, total)
        ways = [sum(ways[t - g] for g in range(low, min(top, t) + 1)) for t in range(total + 1)]
    return ways[total]


def _verify_distributions(problem: Problem) -> list[Check]:
    """Count the shares after giving each recipient its least (a bound may be negative:
    "x, y, z >= -3"), by a recurrence and, when few, by listing them."""
    p = problem.params
    total = p["total"] - sum(p["lower"])
    lower = [0] * len(p["lower"])
    upper = [None if high is None else high - low for low, high in zip(p["lower"], p["upper"],
                                                                      strict=True)]
    if total < 0:
        return [_agree(problem.answer, 0, "the least shares already exceed the total")]
    checks = [_agree(problem.answer, _distributions_by_rule(total, lower, upper),
                     "hand out the things recipient by recipient (a recurrence)")]
    ranges = [range(low, (total if high is None else min(high, total)) + 1)
              for low, high in zip(lower, upper, strict=True)]
    listed = _listed(itertools.product(*ranges[:-1]), lambda shares: total - sum(shares) in ranges[-1],
                     math.prod(len(r) for r in ranges[:-1]))
    if listed is not None:
        checks.append(_agree(problem.answer, listed, "list every share of the first recipients; "
                             "the last takes the rest"))
    return checks


def _pose_distributions(params: dict[str, Any]) -> Problem:
    """``params``: ``total`` identical things, ``parts`` recipients, ``lower`` and ``upper``
    (per recipient; upper None when unbounded); or the same as the integer solutions of
    x_1 + ... + x_parts = total with those bounds."""
    total, parts, lower, upper = params["total"], params["parts"], params["lower"], params["upper"]
    answer = distributions_formula(total, parts, lower, upper)
    bounds = [f"{low} \\le x_{{{i + 1}}}" + (f" \\le {high}" if high is not None else "")
              for i, (low, high) in enumerate(zip(lower, upper, strict=True))]
    equation = " + ".join(f"x_{{{i + 1}}}" for i in range(parts)) + f" = {total}"
    plain, tex = worded(params, [
        ("How many integer solutions has {e} with {b}?", ("How many integer solutions has ${e}$ "
         "with ${b}$?")),
        ("Count the integer solutions of {e} with {b}.", ("Count the integer solutions of ${e}$ "
         "with ${b}$.")),
        (("In how many ways can {t} identical things be shared among {n} people, person i getting "
         "between the bounds {b}?"), ("In how many ways can ${t}$ identical things be shared among "
         "${n}$ people with ${b}$?"))], e=equation, b=", ".join(bounds), t=total, n=parts)
    spare = total - sum(lower)
    steps = [(f"Give each its least first: ${spare}$ things remain for ${parts}$ recipients, "
             f"$\\binom{{{spare + parts - 1}}}{{{parts - 1}}}$ ways (stars and bars).")]
    if any(high is not None for high in upper):
        steps.append("Subtract the ways in which some recipients get more than allowed "
                     "(inclusion-exclusion: give each such recipient one more than its bound).")
    steps.append(f"There are ${answer}$ ways.")
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(distributions_formula, params), params=params)


@family("counting.distributions", verify=_verify_distributions, pose=_pose_distributions)
def distributions(rng: random.Random, difficulty: int) -> Problem:
    """Identical things shared among recipients with lower and upper bounds (stars and bars)."""
    parts = rng.randint(2, 3 + difficulty // 2)
    total = rng.randint(parts + 2, 6 + 3 * difficulty)
    high = rng.randint(total // parts + 1, total) if difficulty >= 3 else None
    return _pose_distributions({"total": total, "parts": parts, "lower": [rng.randint(0, 1)] * parts,
                                "upper": [high] * parts, "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- derangements


def fixed_points_formula(n: int, fixed: int) -> sympy.Integer:
    """Permutations of n things with exactly ``fixed`` of them in place: choose those, derange
    the rest, D(m) = m! (1 - 1/1! + 1/2! - ... + (-1)^m/m!)."""
    m = n - fixed
    derangements = sum((-1) ** i * sympy.factorial(m) / sympy.factorial(i) for i in range(m + 1))
    return sympy.binomial(n, fixed) * derangements


def _verify_fixed_points(problem: Problem) -> list[Check]:
    n, fixed = problem.params["n"], problem.params["fixed"]
    deranged = [1, 0]  # D(0), D(1); D(m) = (m - 1)(D(m - 1) + D(m - 2))
    for m in range(2, n - fixed + 1):
        deranged.append((m - 1) * (deranged[-1] + deranged[-2]))
    chosen = _selections_by_rule(n, fixed, False, False)
    checks = [_agree(problem.answer, chosen * deranged[n - fixed],
                     "choose the fixed things (item by item) and derange the rest by the "
                     "recurrence D(m) = (m-1)(D(m-1) + D(m-2))")]
    listed = _listed(itertools.permutations(range(n)),
                     lambda p: sum(i == v for i, v in enumerate(p)) == fixed, math.factorial(n))
    if listed is not None:
        checks.append(_agree(problem.answer, listed, "list every permutation and count its fixed "
                             "points"))
    return checks


def _pose_fixed_points(params: dict[str, Any]) -> Problem:
    """``params``: ``n`` things permuted, ``fixed`` of them exactly in their own place (0: a
    derangement)."""
    n, fixed = params["n"], params["fixed"]
    answer = fixed_points_formula(n, fixed)
    what = (f"derangements of {n} elements" if fixed == 0 else
            f"permutations of {n} elements with exactly {fixed} fixed points")
    plain, tex = worded(params, _COUNT_WORDED, p=what)
    m = n - fixed
    steps = ([f"Choose the ${fixed}$ fixed elements: $\\binom{{{n}}}{{{fixed}}}$ ways."] if fixed
             else []) + [(f"Derange the other ${m}$ (inclusion-exclusion): "
                         f"$D_{{{m}}} = {m}!\\sum_{{i=0}}^{{{m}}} (-1)^i/i!$."),
                         f"There are ${answer}$."]
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(fixed_points_formula, params), params=params)


@family("counting.fixed_points", verify=_verify_fixed_points, pose=_pose_fixed_points)
def fixed_points(rng: random.Random, difficulty: int) -> Problem:
    """Derangements, or permutations with exactly k fixed points."""
    n = rng.randint(3, 4 + difficulty)
    return _pose_fixed_points({"n": n, "fixed": rng.randint(0, min(2, n - 2)),
                               "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- strings over an alphabet


def strings_formula(alphabet: int, length: int, starts: list = (), ends: list = (),
                    join: str = "or", parity: str | None = None, evens: int = 0) -> sympy.Integer:
    """Strings of ``length`` symbols from an alphabet of ``alphabet`` symbols that start with one
    of ``starts`` and/or end with one of ``ends`` (each list of one length; empty: no condition):
    the fixed ends times alphabet^(free places), inclusion-exclusion for 'or'. The start and the
    end never overlap (the reader asks for that). Or strings of digits (``evens`` of the
    alphabet's digits even) whose digit sum has the ``parity`` "even" or "odd": expanding
    (e + o)^length and (e - o)^length, the terms with an even number of odd digits are half
    their sum, the others half their difference; a first digit from ``starts`` (no leading 0)
    makes the first factor (e' + o') and (e' - o') by the digits allowed there."""
    if parity:
        heads = [int(d) for d in starts] or None  # the first digit's choices, when limited
        rest = length - 1 if heads else length
        spread = sympy.Integer(2 * evens - alphabet) ** rest  # (e - o)^rest
        total = sympy.Integer(alphabet) ** rest
        if heads:
            spread *= sum(1 if d % 2 == 0 else -1 for d in heads)
            total *= len(heads)
        return (total + spread) / 2 if parity == "even" else (total - spread) / 2
    head = len(starts[0]) if starts else 0
    tail = len(ends[0]) if ends else 0

    def count(prefixes: int, suffixes: int, fixed: int) -> sympy.Integer:
        return prefixes * suffixes * sympy.Integer(alphabet) ** (length - fixed)

    first = count(len(starts), 1, head)
    last = count(1, len(ends), tail)
    both = count(len(starts), len(ends), head + tail)
    if starts and ends:
        return first + last - both if join == "or" else both
    return first if starts else (last if ends else count(1, 1, 0))


def _string_passes(text: tuple[str, ...] | str, starts: list, ends: list, join: str) -> bool:
    text = "".join(text)
    head = any(text.startswith(a) for a in starts)
    tail = any(text.endswith(b) for b in ends)
    if starts and ends:
        return head or tail if join == "or" else head and tail
    return head if starts else (tail if ends else True)


def _strings_by_automaton(symbols: str, length: int, starts: list, ends: list, join: str) -> int:
    """Read the strings symbol by symbol: a state is (the first symbols until there are enough to
    tell a start, then whether it was one; the last symbols an end needs)."""
    head = len(starts[0]) if starts else 0
    tail = len(ends[0]) if ends else 0
    states: Counter = Counter({("" if starts else True, ""): 1})
    for _ in range(length):
        grown: Counter = Counter()
        for (first, last), ways in states.items():
            for symbol in symbols:
                now = first if isinstance(first, bool) else first + symbol
                if isinstance(now, str) and len(now) == head:
                    now = now in starts if starts else True
                grown[(now, (last + symbol)[-tail:] if tail else "")] += ways
        states = grown
    total = 0
    for (first, last), ways in states.items():
        started = first is True
        ended = last in ends
        if starts and ends:
            total += ways * ((started or ended) if join == "or" else (started and ended))
        else:
            total += ways * (started if starts else (ended if ends else True))
    return total


def _digit_sums(symbols: str, length: int, parity: str, starts: list = ()) -> int:
    """Digit strings by the parity of their digit sum, digit by digit (the first from
    ``starts`` when given): ways[p] = the strings so far whose sum has parity p."""
    ways = [1, 0]
    for place in range(length):
        allowed = starts if place == 0 and starts else symbols
        ways = [sum(ways[(p - int(d)) % 2] for d in allowed) for p in (0, 1)]
    return ways[parity == "odd"]


def _verify_strings(problem: Problem) -> list[Check]:
    p = problem.params
    symbols, length = p["symbols"], p["length"]
    if p.get("parity"):
        wanted, heads = p["parity"] == "odd", p.get("starts", [])
        listed = _listed(itertools.product(symbols, repeat=length),
                         lambda t: sum(map(int, t)) % 2 == wanted and _string_passes(t, heads, [],
                                                                                    "or"),
                         len(symbols) ** length)
        if listed is not None:
            return [_agree(problem.answer, listed, "list every string of digits and add its digits")]
        evens = sum(int(d) % 2 == 0 for d in symbols)
        expected = strings_formula(len(symbols), 3, heads, parity=p["parity"], evens=evens)
        small = _listed(itertools.product(symbols, repeat=3),
                        lambda t: sum(map(int, t)) % 2 == wanted and _string_passes(t, heads, [],
                                                                                   "or"),
                        len(symbols) ** 3)
        return [_agree(problem.answer, _digit_sums(symbols, length, p["parity"], heads),
                       "count the strings digit by digit by the parity of their sum"),
                Check("the formula against a listing of the 3-digit strings (a shrunken instance)",
                      expected == small, f"{expected} vs {small}")]
    starts, ends, join = p.get("starts", []), p.get("ends", []), p.get("join", "or")
    listed = _listed(itertools.product(symbols, repeat=length),
                     lambda t: _string_passes(t, starts, ends, join), len(symbols) ** length)
    if listed is not None:
        return [_agree(problem.answer, listed, "list every string and test its ends")]
    checks = [_agree(problem.answer, _strings_by_automaton(symbols, length, starts, ends, join),
                     "read the strings symbol by symbol, keeping their first and last symbols "
                     "(a finite automaton)")]
    # A shrunken instance of the same shape: the symbols the ends use and one more, the shortest
    # length that keeps the start and the end apart.
    used = "".join(dict.fromkeys("".join(starts + ends)))
    small = used + next(c for c in symbols if c not in used) if len(used) < len(symbols) else used
    small_length = max(map(len, starts), default=0) + max(map(len, ends), default=0) + 1
    expected = strings_formula(len(small), small_length, starts, ends, join)
    counted = _listed(itertools.product(small, repeat=small_length),
                      lambda t: _string_passes(t, starts, ends, join), len(small) ** small_length)
    checks.append(Check(f"the formula against a listing of all {small_length}-symbol strings over "
                        f"{len(small)} symbols (a shrunken instance)", expected == counted,
                        f"{expected} vs {counted}"))
    return checks


def _pose_strings(params: dict[str, Any]) -> Problem:
    """``params``: ``symbols`` (the alphabet, one character each), ``length``; ``starts``/``ends``
    (the allowed first/last symbols, strings of one length each; absent: no condition), ``join``
    ("or": start or end or both; "and"); or ``parity`` ("even", "odd": of the digit sum, the
    symbols being digits)."""
    symbols, length = params["symbols"], params["length"]
    starts, ends, join = params.get("starts", []), params.get("ends", []), params.get("join", "or")
    parity = params.get("parity")
    evens = sum(int(d) % 2 == 0 for d in symbols) if parity else 0
    answer = strings_formula(len(symbols), length, starts, ends, join, parity, evens)
    said = [f"start with {' or '.join(starts)}"] if starts else []
    said += [f"end with {' or '.join(ends)}"] if ends else []
    said += [f"have an {parity} sum of digits"] if parity else []
    both = "and" if parity else join  # a first digit and a digit sum: both hold
    that = (" that " + f" {both} ".join(said) + (" (or both)" if len(said) == 2 and both == "or"
                                                 else "")) if said else ""
    listed = ", ".join(symbols)
    plain, tex = worded(params, [("How many {p} are there?", "How many {t} are there?"),
                                 ("Count the {p}.", "Count the {t}."),
                                 ("Find the number of {p}.", "Find the number of {t}.")],
                        p=f"strings of {length} symbols from {{{listed}}}{that}",
                        t=f"strings of {length} symbols from $\\{{{listed}\\}}${that}")
    q = len(symbols)
    steps = [(f"Each free place takes any of the ${q}$ symbols; the fixed first or last symbols "
              "take one of the allowed ones (the product principle).")]
    if parity and not starts:
        steps = [(f"Of the ${q}$ digits ${evens}$ are even: the digit sum is even when an even "
                  f"number of digits are odd, the terms of $({evens}+{q - evens})^{{{length}}}$ and "
                  f"$({evens}-{q - evens})^{{{length}}}$ that agree.")]
    elif parity:
        heads = sum(int(d) % 2 == 0 for d in starts)
        steps = [(f"The first digit is one of ${len(starts)}$ (${heads}$ even), each other one of "
                  f"${q}$ (${evens}$ even): the strings with an even number of odd digits are half "
                  f"the sum of $({heads}+{len(starts) - heads})({evens}+{q - evens})^{{{length - 1}}}$ "
                  f"and $({heads}-{len(starts) - heads})({evens}-{q - evens})^{{{length - 1}}}$.")]
    if starts and ends and join == "or":
        steps.append("Start or end: $|A \\cup B| = |A| + |B| - |A \\cap B|$.")
    steps.append(f"There are ${answer}$ such strings.")
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(strings_formula, {"alphabet": q, "length": length, "starts": starts,
                                                "ends": ends, "join": join, "parity": parity,
                                                "evens": evens}), params=params)


@family("counting.strings", verify=_verify_strings, pose=_pose_strings)
def strings(rng: random.Random, difficulty: int) -> Problem:
    """Strings over an alphabet (hexadecimal digits, letters) that start and/or end with given
    symbols, or numbers of given digits with an even or odd digit sum."""
    symbols = rng.choice(["0123456789abcdef", "abcdefghijkl", "abcde"])
    length = rng.randint(3, 4 + difficulty)
    params: dict[str, Any] = {"symbols": symbols, "length": length, "template": rng.randrange(WORDINGS)}
    if rng.random() < 0.3:  # digits with an even or odd digit sum
        digits = "".join(sorted(rng.sample("123456789", rng.randint(3, 6))))
        return _pose_strings({**params, "symbols": digits, "parity": rng.choice(["even", "odd"])})
    params["starts"] = sorted(rng.sample(symbols, rng.randint(1, 3)))
    if difficulty >= 2:
        params["ends"] = sorted(rng.sample(symbols, rng.randint(1, 3)))
        params["join"] = rng.choice(["or", "and"])
    return _pose_strings(params)


# ---------------------------------------------------------------- unions (inclusion-exclusion)


def union_formula(sizes: dict[str, int], total: int | None = None) -> sympy.Integer:
    """The size of the union of the sets ``sizes`` names by single letters ("A", "B", "C"), given
    the size of each intersection by the letters it joins ("AB", "ABC"): inclusion-exclusion,
    adding the odd intersections and subtracting the even ones. Given the ``total`` surveyed,
    those in none of the sets: the total less the union."""
    union = sympy.Integer(sum((-1) ** (len(key) + 1) * size for key, size in sizes.items()))
    return union if total is None else total - union


def venn_regions(sizes: dict[str, int]) -> dict[str, int]:
    """The Venn diagram's regions: how many elements are in exactly the sets of each key, from the
    intersections by Moebius inversion (in the sets of ``key`` and perhaps more, less the rest)."""
    return {key: sum((-1) ** (len(other) - len(key)) * size for other, size in sizes.items()
                     if set(key) <= set(other)) for key in sizes}


def _verify_union(problem: Problem) -> list[Check]:
    """Build the sets themselves from the Venn regions, check that they have the sizes the item
    gives, and count the elements of their union."""
    sizes = problem.params["sizes"]
    regions = venn_regions(sizes)
    if min(regions.values()) < 0:
        return [Check("the sizes fit a Venn diagram", False, f"regions {regions}")]
    elements = [(key, i) for key, count in regions.items() for i in range(count)]
    named = {letter: {e for e in elements if letter in e[0]} for letter in sizes if len(letter) == 1}
    built = {key: len(set.intersection(*(named[letter] for letter in key))) for key in sizes}
    union: set = set().union(*named.values())
    total = problem.params.get("total")
    if total is not None:  # those surveyed outside every set
        return [Check("the sets built from the Venn regions have the given sizes and fit in the "
                      "survey", built == sizes and len(union) <= total, str(built)),
                _agree(problem.answer, total - len(union), "build the sets from the Venn regions "
                       "and count those surveyed in none of them")]
    return [Check("the sets built from the Venn regions have the given sizes", built == sizes,
                  str(built)),
            _agree(problem.answer, len(union), "build the sets from the Venn regions and count "
                   "the elements of their union")]


def _pose_union(params: dict[str, Any]) -> Problem:
    """``params``: ``sizes`` (each set by a letter and each intersection by its letters: {"A": 7,
    "B": 5, "AB": 3}); ``names`` (what each letter's set is, optional); ``total`` (how many were
    surveyed, optional: then the answer is how many are in none of the sets)."""
    sizes, total = params["sizes"], params.get("total")
    answer = union_formula(sizes, total)
    union = union_formula(sizes)
    names = params.get("names") or {key: key for key in sizes if len(key) == 1}
    said = ", ".join(f"|{' ∩ '.join(key)}| = {size}" for key, size in sizes.items())
    plain, tex = worded(params, [
        ("Given {s}, how many elements are in the union of the sets?",
         "Given ${t}$, how many elements are in the union of the sets?"),
        ("Find the size of the union when {s}.", "Find the size of the union when ${t}$."),
        ("Use inclusion-exclusion: {s}. How many elements are in at least one of the sets?",
         "Use inclusion-exclusion: ${t}$. How many elements are in at least one of the sets?")]
        if total is None else [
        ("Of {n} surveyed, {s}. How many are in none of the sets?",
         "Of ${n}$ surveyed, ${t}$. How many are in none of the sets?"),
        ("Find how many of {n} are in none of the sets when {s}.",
         "Find how many of ${n}$ are in none of the sets when ${t}$."),
        ("Use inclusion-exclusion: {s}. How many of the {n} are in none of the sets?",
         "Use inclusion-exclusion: ${t}$. How many of the ${n}$ are in none of the sets?")],
        s=said, t=said.replace("∩", "\\cap"), n=total)
    sets = " and ".join(f"{letter} ({name})" for letter, name in names.items())
    signed = " ".join(f"{'+' if len(key) % 2 else '-'} {size}" for key, size in sizes.items())
    steps = [f"The sets: {sets}.",
             f"Inclusion-exclusion: ${signed.lstrip('+ ')} = {union}$."]
    if total is not None:
        steps.append(f"In none of them: ${total} - {union} = {answer}$.")
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(union_formula, params), params=params)


@family("counting.union", verify=_verify_union, pose=_pose_union)
def union(rng: random.Random, difficulty: int) -> Problem:
    """The size of a union of two or three sets from the sizes of the sets and intersections."""
    letters = "ABC"[:2 + (difficulty >= 2)]
    keys = ["".join(c) for r in range(1, len(letters) + 1) for c in itertools.combinations(letters, r)]
    regions = {key: rng.randint(0, 4 + 2 * difficulty) for key in keys}
    sizes = {key: sum(count for other, count in regions.items() if set(key) <= set(other))
             for key in keys}
    return _pose_union({"sizes": sizes, "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- product principle


def product_formula(sizes: list[int] = (), cases: list[list[int]] = ()) -> sympy.Integer:
    """Independent choices one after another: the product of the numbers of options; or, for
    ``cases`` (disjoint ways to choose, each a product), the sum of their products."""
    if cases:
        return sum((product_formula(case) for case in cases), sympy.Integer(0))
    return sympy.Mul(*[sympy.Integer(s) for s in sizes])


def _verify_product(problem: Problem) -> list[Check]:
    cases = problem.params.get("cases") or [problem.params["sizes"]]
    outcomes = itertools.chain.from_iterable(  # each outcome tagged with its case: disjoint
        itertools.product([index], *[range(s) for s in case]) for index, case in enumerate(cases))
    listed = _listed(outcomes, lambda _: True, sum(math.prod(case) for case in cases))
    if listed is not None:
        return [_agree(problem.answer, listed, "list every sequence of choices")]
    added = 0  # the count by repeated addition: each option of a choice adds a copy of the rest
    for case in cases:
        ways = 1
        for size in reversed(case):
            ways = sum(ways for _ in range(size))
        added += ways
    return [_agree(problem.answer, added, "add up the ways choice by choice (the sum principle)")]


def _pose_product(params: dict[str, Any]) -> Problem:
    """``params``: ``sizes`` (the number of options of each choice), ``names`` (what each
    choice picks, optional); or ``cases`` (disjoint ways to choose: the sizes of each one's
    choices) with ``names`` (a list for each case)."""
    cases = params.get("cases") or [params["sizes"]]
    answer = product_formula(params.get("sizes", []), params.get("cases", []))
    named = params.get("names") or None
    names = (named if params.get("cases") else [named]) if named else [
        [f"choice {i + 1}" for i in range(len(case))] for case in cases]
    options = " or ".join(", ".join(f"{s} options for {n}" for s, n in zip(case, each, strict=True))
                          for case, each in zip(cases, names, strict=True))
    plain, tex = worded(params, [
        ("With {o}, how many ways are there to make every choice?",
         "With {o}, how many ways are there to make every choice?"),
        ("Count the ways to choose, given {o}.", "Count the ways to choose, given {o}."),
        ("Find the number of outcomes when there are {o}.",
         "Find the number of outcomes when there are {o}.")], o=options)
    product = " + ".join(" \\cdot ".join(map(str, case)) for case in cases)
    rule = ("Product principle" if len(cases) == 1 else
            "Product principle in each case, sum principle over the cases")
    steps = [f"{rule}: ${product} = {answer}$."]
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(product_formula, params), params=params)


@family("counting.product", verify=_verify_product, pose=_pose_product)
def product(rng: random.Random, difficulty: int) -> Problem:
    """Independent choices combined by the product principle."""
    sizes = [rng.randint(2, 6 + 2 * difficulty) for _ in range(2 + difficulty // 2)]
    return _pose_product({"sizes": sizes, "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- equally likely outcomes


def cards_formula(size: int, name: str, ranks: int = 13) -> sympy.Rational:
    """A hand of ``size`` cards from a deck of ``ranks`` ranks in 4 suits (half of them red):
    all red, or four of a kind (the rank, then the other cards from the rest of the deck)."""
    hands = sympy.binomial(4 * ranks, size)
    if name == "all_red":
        return sympy.binomial(2 * ranks, size) / hands
    return ranks * sympy.binomial(4 * ranks - 4, size - 4) / hands


def probability_formula(experiment: list, event: list) -> sympy.Rational:
    """The probability of the event when every outcome is equally likely: favourable / total,
    each counted by a formula (binomial coefficients, products)."""
    kind, size = experiment
    name, value = event
    if kind == "coins":
        total = sympy.Integer(2) ** size
        wanted = {"heads": [value], "heads_at_least": range(value, size + 1),
                  "more_heads": range(size // 2 + 1, size + 1)}[name]
        return sum(sympy.binomial(size, k) for k in wanted) / total
    if kind == "cards":
        return cards_formula(size, name)
    dice = size  # the numbers of sides of the dice rolled
    total = sympy.Mul(*dice)
    if name == "faces":
        return sympy.Rational(len(value), dice[0])
    if name == "all_same":
        return sympy.Integer(min(dice)) / total
    if name == "all_different":
        if len(set(dice)) != 1:
            raise ValueError("all different is counted for dice of one size")
        return sympy.ff(dice[0], len(dice)) / total
    x = sympy.Symbol("x")  # "sum": the coefficient in a product of generating polynomials
    poly = sympy.Mul(*[sum(x ** face for face in range(1, sides + 1)) for sides in dice])
    return sympy.Poly(poly, x).coeff_monomial(x ** value) / total


def _outcomes(experiment: list[Any]) -> Iterable[tuple[Any, ...]]:
    kind, size = experiment
    if kind == "coins":
        return itertools.product("HT", repeat=size)
    if kind == "cards":
        deck = [(rank, suit) for rank in range(13) for suit in "SHDC"]
        return itertools.combinations(deck, size)
    return itertools.product(*[range(1, sides + 1) for sides in size])


def _happens(experiment: list[Any], event: list[Any], outcome: tuple[Any, ...]) -> bool:
    kind, size = experiment
    name, value = event
    if kind == "coins":
        heads = outcome.count("H")
        return {"heads": heads == value, "heads_at_least": heads >= value,
                "more_heads": heads > size - heads}[name]
    if kind == "cards":
        if name == "all_red":
            return all(suit in "HD" for _, suit in outcome)
        return max(Counter(rank for rank, _ in outcome).values()) == 4
    return {"faces": lambda: outcome[0] in value, "all_same": lambda: len(set(outcome)) == 1,
            "all_different": lambda: len(set(outcome)) == len(outcome),
            "sum": lambda: sum(outcome) == value}[name]()


def _verify_probability(problem: Problem) -> list[Check]:
    experiment, event = problem.params["experiment"], problem.params["event"]
    kind, size = experiment
    total = {"coins": lambda: 2 ** size, "dice": lambda: math.prod(size),
             "cards": lambda: math.comb(52, size)}[kind]()
    favourable = _listed(_outcomes(experiment), lambda o: _happens(experiment, event, o), total)
    if favourable is not None:
        return [_agree(problem.answer, sympy.Rational(favourable, total),
                       f"list all {total} equally likely outcomes and count the event's")]
    if kind != "cards":
        return [Check("list the outcomes", False, f"{total} outcomes: too many to list")]
    # Too many hands to list: a count rank by rank, and the formula against a listing for a
    # deck of 5 ranks.
    checks = [_agree(problem.answer, _hands_by_rank(experiment[1], event[0]),
                     "count the hands rank by rank (which suits of each rank are held)")]
    small = [(rank, suit) for rank in range(5) for suit in "SHDC"]
    size = experiment[1]
    hands = list(itertools.combinations(small, size))
    favourable = sum(_happens(experiment, event, h) for h in hands)
    expected = cards_formula(size, event[0], ranks=5)
    checks.append(Check("the formula's count against a listing of every hand from a deck of 5 "
                        "ranks (a shrunken instance)", expected == sympy.Rational(favourable,
                                                                                  len(hands)),
                        f"{expected} vs {favourable}/{len(hands)}"))
    return checks


def _hands_by_rank(size: int, name: str, ranks: int = 13) -> sympy.Rational:
    """The event's share of the hands, counted rank by rank: a state is (cards held so far,
    whether the event still can or already does hold)."""
    held = {suits: len(suits) for n in range(5) for suits in itertools.combinations("SHDC", n)}
    states = Counter({(0, name == "all_red"): 1})
    hands = Counter({0: 1})
    for _ in range(ranks):
        grown: Counter = Counter()
        counted: Counter = Counter()
        for (cards, flag), ways in states.items():
            for suits, n in held.items():
                if cards + n <= size:
                    if name == "all_red":
                        grown[(cards + n, flag and set(suits) <= {"H", "D"})] += ways
                    else:
                        grown[(cards + n, flag or n == 4)] += ways
        for cards, ways in hands.items():
            for n in held.values():
                if cards + n <= size:
                    counted[cards + n] += ways
        states, hands = grown, counted
    return sympy.Rational(states[(size, True)], hands[size])


def _experiment_phrase(experiment: list[Any]) -> str:
    kind, size = experiment
    if kind == "coins":
        return f"you flip a fair coin {size} times"
    if kind == "cards":
        return f"you are dealt {size} cards from a standard deck of 52"
    return "you roll " + ", ".join(f"a fair {s}-sided die" for s in size)


def _event_phrase(event: list[Any]) -> str:
    name, value = event
    return {"heads": f"you get exactly {value} heads", "heads_at_least":
            f"you get at least {value} heads", "more_heads": "you get more heads than tails", "all_red": "all the cards are red",
            "four_of_a_kind": "you hold four cards of the same rank",
            "faces": f"the die shows one of {value}", "all_same": "all the dice show the same number",
            "all_different": "all the dice show different numbers",
            "sum": f"the sum of the dice is {value}"}[name]


def _pose_probability(params: dict[str, Any]) -> Problem:
    """``params``: ``experiment`` (["coins", flips], ["dice", [sides, ...]] or ["cards", hand
    size]) and ``event`` ([name, value]: heads k, heads_at_least k, more_heads, all_red,
    four_of_a_kind, faces [values], all_same, all_different, sum s)."""
    experiment, event = params["experiment"], params["event"]
    answer = probability_formula(experiment, event)
    plain, tex = worded(params, [
        ("Suppose {x}. What is the probability that {e}?", ("Suppose {x}. What is the probability "
         "that {e}?")),
        ("If {x}, find the probability that {e}.", "If {x}, find the probability that {e}."),
        ("Compute the probability that {e} when {x}.", ("Compute the probability that {e} when "
         "{x}."))], x=_experiment_phrase(experiment), e=_event_phrase(event))
    steps = [("Every outcome is equally likely: the probability is the number of outcomes in the "
             "event over the number of outcomes."), f"That is ${sympy.latex(answer)}$."]
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(probability_formula, params, cards_formula), params=params)


@family("probability.equally_likely", verify=_verify_probability, pose=_pose_probability)
def equally_likely(rng: random.Random, difficulty: int) -> Problem:
    """The probability of an event among equally likely outcomes (coins, dice, cards)."""
    kind = rng.choice(["coins", "dice"])
    if kind == "coins":
        flips = rng.randint(2, 4 + 2 * difficulty)
        experiment, event = ["coins", flips], ["heads", rng.randint(0, flips)]
    else:
        dice = [6] * rng.randint(2, 2 + difficulty // 2)
        experiment, event = ["dice", dice], ["sum", rng.randint(len(dice), 6 * len(dice))]
    return _pose_probability({"experiment": experiment, "event": event,
                              "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- subsets with a condition


def subsets_formula(n: int, evens: int, condition: str, k: int = 0, size: int | None = None,
                    given: int = 0) -> sympy.Integer:
    """Subsets of an n-element set (``evens`` of its elements even) that: have at least k
    elements ("size_at_least": a sum of binomial coefficients), hold only even numbers
    ("only_even": the subsets of the evens, 2^evens), have an even number of elements
    ("even_size": half of all, 2^(n-1)); or, among all subsets or those of ``size`` elements:
    hold ``given`` named elements ("contains": choose the rest from the others), hold at least
    one odd number ("some_odd": all but those of evens only), hold exactly one even number
    ("one_even": the even one, then the rest from the odds)."""
    odds = n - evens

    def choose(m: int, j: int | None) -> sympy.Integer:  # j of m elements; None: any number
        return sympy.Integer(2) ** m if j is None else sympy.binomial(m, j)

    def less(j: int | None, by: int) -> int | None:
        return None if j is None else j - by

    if condition == "size_at_least":
        return sum((sympy.binomial(n, j) for j in range(k, n + 1)), sympy.Integer(0))
    if condition == "only_even":
        return choose(evens, size)
    if condition == "contains":
        return choose(n - given, less(size, given)) if size is None or size >= given else sympy.Integer(0)
    if condition == "some_odd":
        return choose(n, size) - choose(evens, size)
    if condition == "one_even":
        return evens * choose(odds, less(size, 1)) if size != 0 else sympy.Integer(0)
    return sympy.Integer(2) ** (n - 1) if n else sympy.Integer(1)


def _subset_passes(subset: tuple[int, ...], condition: str, k: int, size: int | None = None,
                   given: list[int] = ()) -> bool:
    if size is not None and len(subset) != size:
        return False
    evens = sum(e % 2 == 0 for e in subset)
    return {"size_at_least": lambda: len(subset) >= k, "only_even": lambda: evens == len(subset),
            "contains": lambda: set(given) <= set(subset),
            "some_odd": lambda: evens < len(subset), "one_even": lambda: evens == 1,
            "even_size": lambda: len(subset) % 2 == 0}[condition]()


def _verify_subsets(problem: Problem) -> list[Check]:
    p = problem.params
    elements, condition, k = p["elements"], p["condition"], p.get("k", 0)
    size, given = p.get("size"), p.get("given", [])
    subsets = itertools.chain.from_iterable(itertools.combinations(elements, j)
                                            for j in range(len(elements) + 1))
    listed = _listed(subsets, lambda s: _subset_passes(s, condition, k, size, given),
                     2 ** len(elements))
    if listed is not None:
        return [_agree(problem.answer, listed, "list every subset and test it")]
    small = list(dict.fromkeys(given + elements))[:12]  # the given elements kept in
    small_size = None if size is None else min(size, 12)
    expected = subsets_formula(len(small), sum(e % 2 == 0 for e in small), condition, min(k, 12),
                               small_size, len(given))
    subsets = itertools.chain.from_iterable(itertools.combinations(small, j)
                                            for j in range(len(small) + 1))
    counted = _listed(subsets, lambda s: _subset_passes(s, condition, min(k, 12), small_size, given),
                      2 ** len(small))
    return [Check("the formula against a listing of the subsets of 12 of the elements (a shrunken "
                  "instance)", expected == counted, f"{expected} vs {counted}")]


def _pose_subsets(params: dict[str, Any]) -> Problem:
    """``params``: ``elements`` (the set, integers), ``condition`` (size_at_least, only_even,
    even_size, contains, some_odd, one_even), ``k`` (for size_at_least), ``size`` (only subsets
    of this many elements; not with size_at_least or even_size), ``given`` (for contains)."""
    elements, condition, k = params["elements"], params["condition"], params.get("k", 0)
    size, given = params.get("size"), params.get("given", [])
    evens = sum(e % 2 == 0 for e in elements)
    answer = subsets_formula(len(elements), evens, condition, k, size, len(given))
    shown = "\\{" + ",".join(map(str, elements)) + "\\}"
    held = "\\{" + ",".join(map(str, given)) + "\\}"
    what = {"size_at_least": f"have {k} or more elements", "only_even":
            "contain only even numbers", "even_size": "have an even number of elements",
            "contains": "have {} as a subset", "some_odd": "contain at least one odd number",
            "one_even": "contain exactly one even number"}[condition]
    of = "" if size is None else f" of cardinality {size}"
    plain, tex = worded(params, [("How many subsets of {s}{o} {w}?", "How many subsets of ${t}${o} {x}?"),
                                 ("Count the subsets of {s}{o} that {w}.", ("Count the subsets of ${t}$"
                                  "{o} that {x}.")),
                                 ("Find the number of subsets of {s}{o} that {w}.", ("Find the number "
                                  "of subsets of ${t}${o} that {x}."))],
                        w=what.format(held.replace("\\", "")), x=what.format(f"${held}$"),
                        s=shown.replace("\\", ""), t=shown, o=of)
    n, odds = len(elements), len(elements) - evens
    pick = "any number" if size is None else f"{size}"
    step = {"size_at_least": f"Add the subsets of each size from {k} to {n}: "
            f"$\\sum_{{j={k}}}^{{{n}}} \\binom{{{n}}}{{j}}$.",
            "only_even": f"Such a subset is a subset ({pick} elements) of the {evens} even elements.",
            "even_size": "Pair each subset with the one that toggles a fixed element: exactly half "
                         f"the $2^{{{n}}}$ subsets have even size.",
            "contains": f"Put in the {len(given)} given elements, then choose the rest from the "
                        f"other {n - len(given)}.",
            "some_odd": f"Take all the subsets ({pick} elements) and remove those of the {evens} even "
                        "elements alone.",
            "one_even": f"Choose the even element ({evens} ways), then the rest from the {odds} odd "
                        "ones."}[condition]
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer,
                   steps=[step, f"There are ${answer}$."],
                   code=_code(subsets_formula, {"n": n, "evens": evens, "condition": condition,
                                                "k": k, "size": size, "given": len(given)}),
                   params=params)


@family("counting.subsets", verify=_verify_subsets, pose=_pose_subsets)
def subsets(rng: random.Random, difficulty: int) -> Problem:
    """Subsets of a set that are large enough, hold only even numbers, have even size, hold
    given elements, an odd number or exactly one even number."""
    elements = list(range(1, rng.randint(4, 6 + 2 * difficulty) + 1))
    condition = rng.choice(["size_at_least", "only_even", "even_size", "contains", "some_odd",
                            "one_even"])
    params: dict[str, Any] = {"elements": elements, "condition": condition,
                              "template": rng.randrange(WORDINGS)}
    if condition == "size_at_least":
        params["k"] = rng.randint(1, len(elements))
    if condition == "contains":
        params["given"] = sorted(rng.sample(elements, rng.randint(1, 3)))
    if condition in ("contains", "some_odd", "one_even", "only_even") and difficulty >= 2:
        params["size"] = rng.randint(1, len(elements))
    return _pose_subsets(params)


# ---------------------------------------------------------------- multiples (inclusion-exclusion)


def multiples_formula(last: int, divisors: list[int]) -> sympy.Integer:
    """The numbers 1..last that are multiples of at least one of the divisors: inclusion-exclusion,
    floor(last / lcm) for each set of divisors, with alternating signs."""
    total = sympy.Integer(0)
    for size in range(1, len(divisors) + 1):
        for chosen in itertools.combinations(divisors, size):
            total += (-1) ** (size + 1) * (last // math.lcm(*chosen))
    return total


def _verify_multiples(problem: Problem) -> list[Check]:
    last, divisors = problem.params["last"], problem.params["divisors"]
    listed = _listed(range(1, last + 1), lambda m: any(m % d == 0 for d in divisors), last)
    return [_agree(problem.answer, listed, f"test each of the numbers 1 to {last}")]


def _pose_multiples(params: dict[str, Any]) -> Problem:
    """``params``: ``last`` (the numbers are 1..last), ``divisors``."""
    last, divisors = params["last"], params["divisors"]
    answer = multiples_formula(last, divisors)
    named = ", ".join(map(str, divisors[:-1])) + f" or {divisors[-1]}"
    plain, tex = worded(params, [
        ("How many of the numbers 1 to {n} are multiples of {d}?",
         "How many of the numbers in $\\{{1, 2, \\dots, {n}\\}}$ are multiples of {d}?"),
        ("Count the numbers from 1 to {n} divisible by {d}.",
         "Count the numbers from $1$ to ${n}$ divisible by {d}."),
        ("Find how many integers 1 to {n} are multiples of {d}.",
         "Find how many integers $1$ to ${n}$ are multiples of {d}.")], n=last, d=named)
    steps = [(f"The multiples of $d$ up to ${last}$ number $\\lfloor {last}/d \\rfloor$; those of "
             "several divisors are the multiples of their lcm."),
             "Inclusion-exclusion: add the single divisors, subtract the pairs, add the triples.",
             f"There are ${answer}$."]
    return Problem(statement=plain, statement_latex=_tex(tex), answer=answer, steps=steps,
                   code=_code(multiples_formula, params), params=params)


@family("counting.multiples", verify=_verify_multiples, pose=_pose_multiples)
def multiples(rng: random.Random, difficulty: int) -> Problem:
    """How many numbers up to N are multiples of one of two or three given numbers."""
    divisors = sorted(rng.sample(range(2, 10), 2 + (difficulty >= 3)))
    return _pose_multiples({"last": rng.randint(30, 100 * difficulty), "divisors": divisors,
                            "template": rng.randrange(WORDINGS)})

