"""Posed families for relations and functions on sets a book lists.

:mod:`formalize.relations` reads "Define relations $R_1 = \\{(2,2),(2,3)\\}$, ... on $\\{1,2,3,4\\}$.
Determine whether each is reflexive, irreflexive, symmetric, antisymmetric, transitive" and
"Consider $f:\\{1,\\dots,6\\} \\to \\{a,b,c,d\\}$ given by $f = \\begin{pmatrix}...\\end{pmatrix}$.
Find $f(\\{1,2,3\\})$ and $f^{-1}(\\{a,b\\})$" (or $g:\\mathbb{Z} \\to \\mathbb{Z}$, $g(n) = n^2 + 1$)
into these families' parameters.

Relations: SymPy finds the properties from the relation's 0/1 matrix M (the diagonal, M against
its transpose, the boolean square of M); the check walks every pair and triple of elements.
Functions: SymPy evaluates the rule and solves ``f(n) = b`` over the integers (``solveset``);
the check evaluates the rule in exact fractions and, for an inverse image, tries every integer
within Cauchy's bound on the roots of ``f(n) - b``, so no SymPy algebra is shared.
"""

from __future__ import annotations

import inspect
import itertools
import random
import re
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.families.textbook_sets import split_elements, sympy_element
from exercises.family import Check, Problem, family

PROPERTIES = ("reflexive", "irreflexive", "symmetric", "antisymmetric", "transitive")
N = sp.Symbol("n")

# ---------------------------------------------------------------- properties of relations


def _matrix(domain: list[str], pairs: list[list[str]]) -> sp.Matrix:
    return sp.Matrix(len(domain), len(domain), lambda i, j: int([domain[i], domain[j]] in pairs))


def _properties_by_matrix(domain: list[str], pairs: list[list[str]]) -> set[str]:
    """The properties read off the relation's matrix M with SymPy."""
    m = _matrix(domain, pairs)
    diagonal = [m[i, i] for i in range(m.rows)]
    square = m * m
    both = m.multiply_elementwise(m.T)
    found = {"reflexive": all(diagonal), "irreflexive": not any(diagonal),
             "symmetric": m == m.T,
             "antisymmetric": all(both[i, j] == 0 for i in range(m.rows) for j in range(m.rows)
                                  if i != j),
             "transitive": all(m[i, j] or not square[i, j] for i in range(m.rows)
                               for j in range(m.rows))}
    return {name for name, holds in found.items() if holds}


def _properties_by_walk(domain: list[str], pairs: list[list[str]]) -> set[str]:
    """The same properties from their definitions, walking every pair and triple."""
    related = {tuple(p) for p in pairs}
    found = {
        "reflexive": all((a, a) in related for a in domain),
        "irreflexive": all((a, a) not in related for a in domain),
        "symmetric": all((b, a) in related for a, b in related),
        "antisymmetric": all(a == b or (b, a) not in related for a, b in related),
        "transitive": all((a, c) in related for a, b, c in itertools.product(domain, repeat=3)
                          if (a, b) in related and (b, c) in related),
    }
    return {name for name, holds in found.items() if holds}


def _holding(found: set[str], asked: list[str]) -> sp.Basic:
    return sp.FiniteSet(*[sp.Symbol(p) for p in asked if p in found])


def _relation_answer(params: dict[str, Any], properties: Any) -> sp.Basic:
    values = [_holding(properties(params["domain"], pairs), params["properties"])
              for pairs in params["relations"].values()]
    return values[0] if len(values) == 1 else sp.Tuple(*values)


def _pairs_latex(pairs: list[list[str]]) -> str:
    return "\\{" + ", ".join(f"({a},{b})" for a, b in pairs) + "\\}"


def _pose_relation(params: dict[str, Any]) -> Problem:
    """``params``: ``domain`` (element strings), ``relations`` (name -> list of [a, b] pairs),
    ``properties`` (which of :data:`PROPERTIES` are asked, in the book's order)."""
    answer = _relation_answer(params, _properties_by_matrix)
    names = list(params["relations"])
    asked = ", ".join(params["properties"])
    defined = "; ".join(f"${n} = {_pairs_latex(p)}$" for n, p in params["relations"].items())
    domain = "\\{" + ", ".join(params["domain"]) + "\\}"
    holding = [answer] if len(names) == 1 else list(answer)
    return Problem(
        statement=(f"On the set {{{', '.join(params['domain'])}}}, "
                   + "; ".join(f"{n} = {{{', '.join(f'({a},{b})' for a, b in p)}}}"
                               for n, p in params["relations"].items())
                   + f". Which of these properties does each relation have: {asked}?"),
        statement_latex=(f"On the set ${domain}$, let {defined}. For each relation, determine "
                         f"which of these properties it has: {asked}."),
        answer=answer,
        answer_text="; ".join(f"{n}: {', '.join(sorted(map(str, h))) or 'none of them'}"
                              for n, h in zip(names, holding, strict=True)),
        steps=["Write each relation as its 0/1 matrix $M$ over the set, in the order listed.",
               ("Reflexive: every diagonal entry is 1; irreflexive: every one is 0. Symmetric: "
               "$M = M^T$. Antisymmetric: no off-diagonal 1 in both $M$ and $M^T$. Transitive: "
               "every nonzero entry of $M^2$ is an entry of $M$."),
               *[f"${n}$: {', '.join(sorted(map(str, h))) or 'none of the asked properties'}."
                 for n, h in zip(names, holding, strict=True)]],
        code=("import sympy\n\n\ndef solve():\n"
              f"    domain = {params['domain']!r}\n"
              f"    relations = {list(params['relations'].values())!r}\n"
              f"    asked = {params['properties']!r}\n"
              "    found = []\n"
              "    for pairs in relations:\n"
              "        m = sympy.Matrix(len(domain), len(domain),\n"
              "                         lambda i, j: int([domain[i], domain[j]] in pairs))\n"
              "        s, both = m * m, m.multiply_elementwise(m.T)\n"
              "        k = range(len(domain))\n"
              "        has = {'reflexive': all(m[i, i] for i in k),\n"
              "               'irreflexive': not any(m[i, i] for i in k),\n"
              "               'symmetric': m == m.T,\n"
              "               'antisymmetric': all(both[i, j] == 0 for i in k for j in k if i != j),\n"
              "               'transitive': all(m[i, j] or not s[i, j] for i in k for j in k)}\n"
              "        found.append(sympy.FiniteSet(*[sympy.Symbol(p) for p in asked if has[p]]))\n"
              "    return found[0] if len(found) == 1 else sympy.Tuple(*found)\n"),
        params=params,
    )


def _verify_relation(problem: Problem) -> list[Check]:
    expected = _relation_answer(problem.params, _properties_by_walk)
    return [Check("each property walked over every pair and triple of elements",
                  expected == problem.answer)]


@family("relations.properties", verify=_verify_relation, pose=_pose_relation)
def relation_properties(rng: random.Random, difficulty: int) -> Problem:
    """Which properties a relation given by its pairs on a small set has."""
    domain = [str(i) for i in range(1, 3 + difficulty)]
    return _pose_relation({"domain": domain, "relations": {"R": draw_pairs(rng, domain, 2 + 2 * difficulty)},
                           "properties": list(PROPERTIES)})


def draw_pairs(rng: random.Random, domain: list[str], count: int) -> list[list[str]]:
    """``count`` distinct pairs of the set's elements, in the order they are listed."""
    every = [[a, b] for a in domain for b in domain]
    return sorted(rng.sample(every, min(count, len(every))), key=every.index)


# ---------------------------------------------------------------- images and inverse images

def _value(tree: Any, params: dict[str, Any]) -> sp.Basic:
    """An asked expression's value by SymPy: the rule evaluated, ``f(n) = b`` solved over the
    integers and cut to the domain, set algebra for the rest."""
    if isinstance(tree, str):
        return sp.FiniteSet(*map(sympy_element, params["sets"][tree]))
    op, *args = tree
    if op == "set":
        return sp.FiniteSet(*map(sympy_element, args))
    if op == "only":  # "find an n such that ...": asked only where exactly one n is
        found = _value(args[0], params)
        if not isinstance(found, sp.FiniteSet) or len(found) != 1:
            raise ValueError(f"not one element but {found}")
        return next(iter(found))
    if op in ("union", "inter", "minus"):
        return {"union": sp.Union, "inter": sp.Intersection,
                "minus": sp.Complement}[op](*[_value(a, params) for a in args])
    spec = params["functions"][args[0]]
    table = spec["rule"] if isinstance(spec["rule"], dict) else None
    n = sp.Symbol("n")
    rule = None if table else sp.sympify(spec["rule"], locals={"n": n})
    if op == "value":
        x = sympy_element(args[1])
        return sympy_element(table[str(x)]) if table else rule.subs(n, x)
    inner = _value(args[1], params)
    if op == "image":
        return sp.FiniteSet(*[sympy_element(table[str(x)]) if table else rule.subs(n, x)
                              for x in inner])
    if table:
        return sp.FiniteSet(*[sympy_element(a) for a, b in table.items()  # == is structural:
                              if any(sympy_element(b) == y for y in inner)])  # letters differ
    domain = sp.S.Naturals0 if spec["domain"] == "N" else sp.S.Integers  # the book's N has 0
    found = sp.Union(*[sp.Intersection(sp.solveset(rule - b, n, sp.S.Integers), domain)
                       for b in inner]) if inner else sp.S.EmptySet
    if not isinstance(found, sp.FiniteSet) and found is not sp.S.EmptySet:
        raise ValueError(f"an inverse image SymPy leaves unsolved: {found}")
    return found


def function_answer(params: dict[str, Any]) -> sp.Basic:
    """One value per asked expression (a Tuple when several are asked)."""
    values = [_value(t, params) for t in params["asks"]]
    return values[0] if len(values) == 1 else sp.Tuple(*values)


def _set_of(tree: Any, params: dict[str, Any]) -> Any:
    """The same expression walked with frozensets of element strings: the table read entry by
    entry, a rule evaluated in exact fractions, an inverse image found by trying integers."""
    if isinstance(tree, str):
        return frozenset(params["sets"][tree])
    operation, *arguments = tree
    if operation == "set":
        return frozenset(arguments)
    if operation == "value":
        return _walk_image(params["functions"][arguments[0]], [arguments[1]])[0]
    if operation == "only":
        found = _set_of(arguments[0], params)
        if len(found) != 1:
            raise ValueError(f"not one element but {sorted(found)}")
        return next(iter(found))
    if operation in ("image", "preimage"):
        inner = sorted(_set_of(arguments[1], params))
        walk = _walk_image if operation == "image" else _walk_preimage
        return frozenset(walk(params["functions"][arguments[0]], inner))
    values = [_set_of(a, params) for a in arguments]
    first = values[0]
    for other in values[1:]:
        first = {"union": first | other, "inter": first & other, "minus": first - other}[operation]
    return first


def _as_sympy(value: Any) -> sp.Basic:
    """A walked value (a frozenset of element strings, or one element) as SymPy."""
    if isinstance(value, frozenset):
        return sp.FiniteSet(*[sympy_element(e) for e in value])
    return sympy_element(value)


def written(tree: Any) -> str:
    """The LaTeX of an asked expression."""
    if isinstance(tree, str):
        return tree
    operation, *arguments = tree
    if operation == "set":
        return "\\{" + ", ".join(arguments) + "\\}" if arguments else "\\emptyset"
    if operation == "value":
        return f"{arguments[0]}({arguments[1]})"
    if operation == "image":
        return f"{arguments[0]}({written(arguments[1])})"
    if operation == "preimage":
        return f"{arguments[0]}^{{-1}}({written(arguments[1])})"
    if operation == "only":
        return f"\\text{{the one element of }} {written(arguments[0])}"
    symbol = {"union": "\\cup", "inter": "\\cap", "minus": "\\setminus"}[operation]
    return f" {symbol} ".join(f"({written(a)})" if isinstance(a, list) and a[0] in
                              ("union", "inter", "minus") else written(a) for a in arguments)


def _set_latex(value: Any) -> str:
    if isinstance(value, list):
        return "\\{" + ", ".join(value) + "\\}"
    return {"N": "\\mathbb{N}", "Z": "\\mathbb{Z}"}[value]


def _definition(name: str, spec: dict[str, Any]) -> str:
    head = f"{name}: {_set_latex(spec['domain'])} \\to {_set_latex(spec['codomain'])}"
    if isinstance(spec["rule"], list):
        even, odd = (sp.latex(sp.sympify(r, locals={"n": N})) for r in spec["rule"][1:])
        return (f"${head}$ given by ${name}(n) = \\begin{{cases}}{even} & n \\text{{ even}} \\\\ "
                f"{odd} & n \\text{{ odd}}\\end{{cases}}$")
    found = _rule(spec)
    if isinstance(found, dict):
        top, bottom = " & ".join(found), " & ".join(found.values())
        return f"${head}$ given by ${name} = \\begin{{pmatrix}}{top} \\\\ {bottom}\\end{{pmatrix}}$"
    return f"${head}$ given by ${name}(n) = {sp.latex(found)}$"


_PLAIN = [("\\mathbb{N}", "N"), ("\\mathbb{Z}", "Z"), ("\\to", "->"), ("\\{", "{"), ("\\}", "}"),
          ("\\cup", "∪"), ("\\cap", "∩"), ("\\setminus", "∖"), ("\\emptyset", "∅"), ("$", "")]


def _plain(text: str) -> str:
    """A statement without LaTeX: a table as its pairs, set symbols as Unicode."""
    def pairs(match: re.Match) -> str:
        top, bottom = ([c.strip() for c in row.split("&")] for row in match.group(1).split("\\\\"))
        return "{" + ", ".join(f"{a}->{b}" for a, b in zip(top, bottom, strict=True)) + "}"

    text = re.sub(r"\\begin\{pmatrix\}(.*?)\\end\{pmatrix\}", pairs, text)
    text = re.sub(r"\^\{-1\}", "^-1", text)
    text = re.sub(r"\\text\{([^{}]*)\}", r"\1", text)
    for command, plain in _PLAIN:
        text = text.replace(command, plain)
    return text


def _pose_function(params: dict[str, Any]) -> Problem:
    """``params``: ``functions`` (name -> ``domain`` and ``codomain``, each "N", "Z" or a list
    of elements, and ``rule``, a table {element: element} or a polynomial in n as SymPy text),
    ``sets`` (name -> elements) and ``asks``: trees of ["value", f, a], ["image", f, S],
    ["preimage", f, S], set names, ["set", ...] and union/inter/minus of these, and
    ["only", S]: the one element of a set that has exactly one ("find an n with f(n) = 4")."""
    answer = function_answer(params)
    definitions = "; ".join(_definition(n, s) for n, s in params["functions"].items())
    sets = "".join(f" Let ${n} = {_set_latex(e)}$." for n, e in params["sets"].items())
    asks = ", ".join(f"${written(t)}$" for t in params["asks"])
    values = [answer] if len(params["asks"]) == 1 else list(answer)
    return Problem(
        statement=_plain(f"Consider {definitions}.{sets} Find {asks}."),
        statement_latex=f"Consider {definitions}.{sets} Find {asks}.",
        answer=answer,
        steps=[("The image of a set is the set of the outputs of its elements; the inverse image "
               "of a set is every element of the domain whose output lies in it (for a rule "
               "$f(n)$, solve $f(n) = b$ over the domain for each $b$)."),
               *[f"${written(t)} = {sp.latex(v)}$." for t, v in
                 zip(params["asks"], values, strict=True)]],
        code=("import re\nfrom typing import Any\n\nimport sympy\n\n" + inspect.getsource(split_elements)
              + "\n\n" + inspect.getsource(sympy_element) + "\n\n"
              + inspect.getsource(_value).replace("_value", "value")
              + f"\n\ndef solve():\n    values = [value(t, {params!r}) for t in {params['asks']!r}]\n"
              "    return values[0] if len(values) == 1 else sympy.Tuple(*values)\n"
              ).replace("sp.", "sympy."),
        params=params,
    )


def _horner(coefficients: list[Fraction], value: int) -> Fraction:
    total = Fraction(0)
    for c in coefficients:
        total = total * value + c
    return total


def _coefficients(spec: dict[str, Any]) -> list[Fraction]:
    return [Fraction(int(c.p), int(c.q)) for c in sp.Poly(_rule(spec), N).all_coeffs()]


def _rule(spec: dict[str, Any]) -> sp.Expr | dict[str, str]:
    return spec["rule"] if isinstance(spec["rule"], dict) else sp.sympify(spec["rule"],
                                                                          locals={"n": N})


def _walk_image(spec: dict[str, Any], elements: list[str]) -> list[str]:
    found = _rule(spec)
    if isinstance(found, dict):
        return [b for a, b in found.items() if a in elements]
    return [str(_horner(_coefficients(spec), int(e))) for e in elements]


def _walk_preimage(spec: dict[str, Any], elements: list[str]) -> list[str]:
    """The domain walked: every table entry, or every integer within Cauchy's bound on the
    roots of ``f(n) - b`` (and in N when the domain is N)."""
    found = _rule(spec)
    if isinstance(found, dict):
        return [a for a, b in found.items() if b in elements]
    coefficients = _coefficients(spec)
    hits = []
    for b in elements:
        shifted = coefficients[:-1] + [coefficients[-1] - int(b)]
        if len(shifted) == 1:
            raise ValueError("a constant rule has no inverse image to walk")
        bound = 1 + max(abs(c / shifted[0]) for c in shifted[1:])
        low = 0 if spec["domain"] == "N" else -int(bound) - 1
        hits += [str(n) for n in range(low, int(bound) + 2) if _horner(shifted, n) == 0]
    return hits


def _verify_function(problem: Problem) -> list[Check]:
    params = problem.params
    values = [_as_sympy(_set_of(t, params)) for t in params["asks"]]
    expected = values[0] if len(values) == 1 else sp.Tuple(*values)
    return [Check("outputs in exact fractions; inverse images by trying every element within "
                  "Cauchy's bound on the roots", expected == problem.answer)]


@family("functions.images", verify=_verify_function, pose=_pose_function)
def function_images(rng: random.Random, difficulty: int) -> Problem:
    """The image and the inverse image of small sets under a table or a quadratic rule."""
    domain = [str(i) for i in range(1, 4 + difficulty)]
    codomain = list("abcde"[: 2 + difficulty])
    table = {a: rng.choice(codomain) for a in domain}
    params = {"functions": {"f": {"domain": domain, "codomain": codomain, "rule": table},
                            "g": {"domain": "Z", "codomain": "Z",
                                  "rule": f"n**2 + {rng.randint(-3, 3)}"}},
              "sets": {}, "asks": [["image", "f", ["set", *rng.sample(domain, 2)]],
                                   ["preimage", "f", ["set", rng.choice(codomain)]],
                                   ["preimage", "g", ["set", str(rng.randint(0, 12))]]]}
    return _pose_function(params)


# ---------------------------------------------------------------- injective, surjective, bijective

def _said(name: str, holds: bool) -> sp.Symbol:
    return sp.Symbol(name if holds else f"not {name}")


def _kinds_by_sympy(spec: dict[str, Any], kinds: list[str]) -> sp.Basic:
    """Injective: no two inputs share an output (a table's outputs as a set; ``f(m) = f(n)``
    solved for m; a rule by parity, SymPy's ``diophantine`` on its two pieces). Surjective: the
    image (SymPy's ``imageset``) is the whole codomain (a rule by parity: every residue of the
    pieces' common period is an output)."""
    if isinstance(spec["rule"], dict):
        outputs = sp.FiniteSet(*map(sympy_element, spec["rule"].values()))
        one_to_one = len(outputs) == len(spec["rule"])
        onto = outputs == sp.FiniteSet(*map(sympy_element, spec["codomain"]))
    elif isinstance(spec["domain"], list):  # a rule on listed numbers: its outputs as a set
        outputs = sp.FiniteSet(*[_rule(spec).subs(N, sympy_element(x)) for x in spec["domain"]])
        one_to_one = len(outputs) == len(spec["domain"])
        onto = isinstance(spec["codomain"], list) and outputs == sp.FiniteSet(
            *map(sympy_element, spec["codomain"]))
    elif isinstance(spec["rule"], list):  # by parity, on Z: f(2k) = a k + b, f(2j + 1) = c j + d
        k, j = sp.Symbol("k", integer=True), sp.Symbol("j", integer=True)
        even, odd = (sp.sympify(r, locals={"n": N}) for r in spec["rule"][1:])
        pieces = [sp.expand(even.subs(N, 2 * k)), sp.expand(odd.subs(N, 2 * j + 1))]
        steps = [pieces[0].coeff(k), pieces[1].coeff(j)]
        # two outputs meet: a k + b = c j + d has an integer solution (cleared of fractions)
        meet = sp.diophantine(sp.fraction(sp.together(pieces[0] - pieces[1]))[0])
        one_to_one = 0 not in steps and not meet
        # each progression repeats with its step: every y of one common period has a preimage
        period = sp.ilcm(*[abs(s) for s in steps]) if 0 not in steps else 1
        onto = all(any((y - piece.subs(v, 0)) % step == 0 for piece, v, step in
                       zip(pieces, (k, j), steps, strict=True) if step)
                   for y in range(int(period)))
    else:
        k, m = sp.Symbol("k", integer=True), sp.Symbol("m", integer=True)
        rule = _rule(spec).subs(N, k)
        sets = {"N": sp.S.Naturals0, "Z": sp.S.Integers}
        one_to_one = sp.solveset(sp.Eq(rule.subs(k, m), rule), m, sp.S.Integers) == sp.FiniteSet(k)
        image = sp.imageset(sp.Lambda(k, rule), sets[spec["domain"]])
        onto = image == sets[spec["codomain"]]
    held = {"injective": one_to_one, "surjective": onto, "bijective": one_to_one and onto}
    return sp.FiniteSet(*[_said(k, held[k]) for k in kinds])


def _kinds_by_walk(spec: dict[str, Any], kinds: list[str]) -> sp.Basic:
    """A table: every pair of inputs, every element of the codomain. A rule a n + b: injective
    exactly when a is not 0; onto Z exactly when a is 1 or -1 (n = (y - b)/a must be an integer
    for every y), onto N exactly when f(n) = n (f(0) = b must be 0 and a step of a must be 1).
    A rule on listed numbers: each output in exact fractions, compared as a table's. A rule by
    parity: every n of a window forty times its largest coefficient each way, in exact
    fractions: two of them with one output, and whether -10, ..., 10 are all outputs."""
    if isinstance(spec["rule"], dict):
        table = spec["rule"]
        one_to_one = all(table[x] != table[y] for x, y in itertools.combinations(table, 2))
        onto = all(any(v == y for v in table.values()) for y in spec["codomain"])
    elif isinstance(spec["domain"], list):  # a rule on listed numbers, in exact fractions
        table = {x: str(_horner(_coefficients(spec), int(x))) for x in spec["domain"]}
        one_to_one = len(set(table.values())) == len(table)
        onto = isinstance(spec["codomain"], list) and all(
            any(v == y for v in table.values()) for y in spec["codomain"])
    elif isinstance(spec["rule"], list):  # by parity: the outputs of every n in a wide window
        even, odd = (sp.Poly(sp.sympify(r, locals={"n": N}), N) for r in spec["rule"][1:])
        widest = max(abs(c) for piece in (even, odd) for c in piece.all_coeffs()) + 1
        window = range(-40 * int(widest), 40 * int(widest) + 1)
        outputs = [_horner([Fraction(int(c.p), int(c.q)) for c in (even if n % 2 == 0 else odd)
                            .all_coeffs()], n) for n in window]
        one_to_one = len(set(outputs)) == len(outputs)
        onto = set(range(-10, 11)) <= set(outputs)
    else:
        slope, intercept = _coefficients(spec)
        one_to_one = slope != 0
        onto = abs(slope) == 1 if spec["domain"] == "Z" else (slope, intercept) == (1, 0)
    held = {"injective": one_to_one, "surjective": onto, "bijective": one_to_one and onto}
    return sp.FiniteSet(*[_said(k, held[k]) for k in kinds])


def _kinds_answer(params: dict[str, Any], method: Any) -> sp.Basic:
    values = [method(spec, params["properties"]) for spec in params["functions"].values()]
    return values[0] if len(values) == 1 else sp.Tuple(*values)


def _pose_kinds(params: dict[str, Any]) -> Problem:
    """``params``: ``functions`` as for ``functions.images`` (a rule here is linear),
    ``properties``: which of injective, surjective, bijective are asked."""
    answer = _kinds_answer(params, _kinds_by_sympy)
    names = list(params["functions"])
    values = [answer] if len(names) == 1 else list(answer)
    asked = " and ".join(params["properties"])
    definitions = "; ".join(_definition(n, s) for n, s in params["functions"].items())
    return Problem(
        statement=_plain(f"Consider {definitions}. Is each function {asked}?"),
        statement_latex=f"Consider {definitions}. Is each function {asked}?",
        answer=answer,
        answer_text="; ".join(f"{n}: {', '.join(sorted(map(str, v)))}"
                              for n, v in zip(names, values, strict=True)),
        steps=[("Injective: no two inputs share an output (for a rule, $f(m) = f(n)$ forces "
               "$m = n$). Surjective: every element of the codomain is an output."),
               *[f"${n}$: {', '.join(sorted(map(str, v)))}."
                 for n, v in zip(names, values, strict=True)]],
        code=("import itertools\nimport re\nfrom typing import Any\n\nimport sympy\n\n"
              "N = sympy.Symbol('n')\n\n\n" + inspect.getsource(split_elements) + "\n\n"
              + inspect.getsource(sympy_element) + "\n\n" + inspect.getsource(_rule) + "\n\n"
              + inspect.getsource(_said) + "\n\n" + inspect.getsource(_kinds_by_sympy)
              + f"\n\ndef solve():\n    params = {params!r}\n"
              "    values = [_kinds_by_sympy(f, params['properties'])\n"
              "              for f in params['functions'].values()]\n"
              "    return values[0] if len(values) == 1 else sympy.Tuple(*values)\n"
              ).replace("sp.", "sympy."),
        params=params,
    )


def _verify_kinds(problem: Problem) -> list[Check]:
    return [Check("tables walked pair by pair; a rule a n + b decided by its slope and intercept;"
                  " a rule by parity walked over a window",
                  _kinds_answer(problem.params, _kinds_by_walk) == problem.answer)]


@family("functions.properties", verify=_verify_kinds, pose=_pose_kinds)
def function_properties(rng: random.Random, difficulty: int) -> Problem:
    """Whether a table on a small set, or a rule a n + b on the integers, is injective or
    surjective."""
    domain = [str(i) for i in range(1, 3 + difficulty)]
    codomain = [str(i) for i in range(1, 3 + difficulty + rng.randint(-1, 1))]
    table = {a: rng.choice(codomain) for a in domain}
    slope = rng.choice([-3, -2, -1, 1, 2, 3])
    return _pose_kinds({"functions": {
        "f": {"domain": domain, "codomain": codomain, "rule": table},
        "g": {"domain": "Z", "codomain": "Z", "rule": f"{slope}*n + {rng.randint(-9, 9)}"}},
        "properties": ["injective", "surjective"]})
