r"""Read relations and functions on sets a book writes out.

"Define relations $R_1 = \{(2,2),(2,3)\}$, ... on $\{1,2,3,4\}$ ... determine whether it is any
of reflexive, irreflexive, symmetric, antisymmetric, and transitive" and "Consider the function
$f:\{1,\dots,6\} \to \{a,b,c,d\}$ given by $f = \begin{pmatrix}...\end{pmatrix}$. Find
$f(\{1,2,3\})$, $f^{-1}(\{a,b\})$" (or a rule $g(n) = n^2 + 1$ on $\mathbb{Z}$ or $\mathbb{N}$)
become the parameters of :mod:`exercises.families.textbook_relations`.

A word reader (:data:`formalize.tasks.WORD_READERS`): "on $X$" and "$f: X \to Y$" are read
with the words around them. A part ("(a) $R_1 = ...$") takes the set and the question from its
exercise. Strict: every formula of the item must be a definition or an ask read here, and an
item that also asks for a proof, an example or a picture is left unread.
"""

from __future__ import annotations

import random
import re
from typing import Any

import sympy as sp

from exercises.families.textbook_relations import PROPERTIES, draw_pairs, function_answer
from formalize import OWN_END
from formalize.counting_setups import read_setups
from formalize.latex import rejoined, to_sympy
from formalize.parts import asked
from formalize.sets import expression, listed
from ingest.document import MATH_SPAN, formulas_in, prose_of

Task = tuple[str, dict[str, Any]]
_ELEMENT = r"-?\d+|[a-z]"
# Words of items that ask for more than the relations' properties or the sets asked.
_OTHER = re.compile(r"\bprove|\bexplain|\bcounterexample|\bexample|\bdraw|\bgraph|\bclosure"
                    r"|\bequivalence|\bpartition|\bhow many|\bcardinality|\bif possible|\bdescribe"
                    r"|\bsuch that|\bfind an?\b|\bpossible|\bgive\b|\brange\b")


def _clean(latex: str) -> str:
    return re.sub(r"(?<!\\)\\[,;:! ]|\\left|\\right|\\amp|~", lambda m: "&" if m.group() == "\\amp" else "",
                  latex).strip().rstrip(".,;")


def _words(text: str, context: str | None) -> str:
    """The words that ask: the item's own and its exercise's instruction. A part found in its
    exercise's text takes the words before it (a source's exercise has no part labels to
    split at, and its later parts may ask for proofs this part does not)."""
    own = " ".join(prose_of(text).lower().split())
    at = (context or "").find(text.strip()[:80]) if text.strip() else -1
    if context and at > 0:
        return own + " " + " ".join(prose_of(context[:at]).lower().split())
    return asked(own + OWN_END + " ".join(prose_of(context or "").lower().split()))


def _listed_set(latex: str) -> list[str] | None:
    r"""``\{1,2,3\}``, ``{ 1,2,3 }`` (a source whose braces lost their backslash) or a bare
    ``1,2,3,4`` as element strings."""
    text = _clean(latex)
    inside = re.fullmatch(r"\\\{(.*)\\\}|\{(.*)\}", text)
    found = listed(inside.group(1) if inside.group(1) is not None else inside.group(2)) \
        if inside else listed(text) if "," in text else None
    if not found or any(not re.fullmatch(_ELEMENT, e) for e in found):
        return None
    return found


# ---------------------------------------------------------------- relations

_RELATION = re.compile(r"^([A-Z])(?:_\{?(\d+)\}?)?=\\\{(.*)\\\}$")
_PAIR = re.compile(rf"\(({_ELEMENT}),({_ELEMENT})\)")
_NAMES = re.compile(r"^[A-Z]_\{?\d+\}?,\\[lc]?dots,[A-Z]_\{?\d+\}?$")
_ON = re.compile(r"\bon\s+(?:the\s+set\s+)?\$([^$]+)\$")
_PROPERTY = re.compile(r"\b(irreflexive|reflexive|antisymmetric|anitsymmetric|symmetric|transitive)\b")


def _relation(latex: str) -> tuple[str, list[list[str]]] | None:
    match = _RELATION.match(re.sub(r"\s+", "", _clean(latex)))
    if match is None:
        return None
    inside = match.group(3)
    pairs = [[a, b] for a, b in _PAIR.findall(inside)]
    if _PAIR.sub("", inside).replace(",", "") or len({tuple(p) for p in pairs}) != len(pairs):
        return None
    name = match.group(1) + (f"_{match.group(2)}" if match.group(2) else "")
    return name, pairs


def read_relations(text: str, context: str | None) -> Task | None:
    """Relations listed as pairs on a listed set, and which of their properties hold."""
    on = _ON.search(text)
    relations = []
    for formula in formulas_in(text):
        found = _relation(formula)
        if found is not None:
            relations.append(found)
        elif not (_NAMES.match(re.sub(r"\s+", "", _clean(formula)))
                  or (on and formula == on.group(1))):
            return None  # a formula that is neither a relation, their names nor the set
    if not relations:
        return None
    words = _words(text, context)
    properties = [p.replace("anit", "anti") for p in _PROPERTY.findall(words)]
    if not properties:  # a PDF part's instruction may follow the last part in the exercise
        properties = [p.replace("anit", "anti") for p in _PROPERTY.findall(
            " ".join(prose_of(context or "").lower().split()))]
    if not properties or _OTHER.search(words) or not re.search(
            r"\bdetermine\b|\bwhich\b|\bdecide\b|\bis it\b", words + " " + (context or "").lower()):
        return None
    on = on or _ON.search(context or "")
    domain = _listed_set(on.group(1)) if on else None
    found = dict(relations)
    if len(found) != len(relations):
        return None
    if domain is None or any(e not in domain for pairs in found.values() for p in pairs for e in p):
        return None
    return "relations.properties", {"domain": domain, "relations": found,
                                    "properties": [p for p in PROPERTIES if p in properties]}


# ---------------------------------------------------------------- functions

_SIGNATURE = re.compile(r"^([a-z]):(.+)\\to(.+)$")
_INFINITE = {"\\mathbb{N}": "N", "\\N": "N", "\\mathbb{Z}": "Z", "\\Z": "Z"}
_TABLE = re.compile(r"([a-z])=(?:\\begin\{pmatrix\}(.*?)\\end\{pmatrix\}|\\twoline\{(.*?)\}\{(.*?)\})")
_RULE = re.compile(r"^([a-z])\(([a-z])\)=(.+)$")
_SET = re.compile(r"^([A-Z])=(\\\{.*\\\})$")
_INVERSE = r"(?:\^\{-1\}|\^-1|\\inv)"


def _space(latex: str, sets: dict[str, list[str]]) -> str | list[str] | None:
    latex = latex.strip()
    if latex in _INFINITE:
        return _INFINITE[latex]
    return sets.get(latex) or _listed_set(latex)


# "\begin{cases}n/2 & \text{ if } n \text{ is even} \\ (n+1)/2 & \text{ if } n \text{ is odd}
# . \end{cases}" (its spaces removed): a rule by the parity of its argument.
_CASES = re.compile(r"^\\begin\{cases\}(.+?)&\\text\{if\}([a-z])\\text\{is(even|odd)\}\\\\"
                    r"(.+?)&\\text\{if\}\2\\text\{is(even|odd)\}\.?\\end\{cases\}$")


def _by_parity(latex: str, variable: str) -> list[str] | None:
    """A rule by parity as ["parity", its rule on even arguments, on odd ones], each a
    polynomial in n; None for any other rule."""
    cases = _CASES.match(latex)
    if cases is None or cases.group(2) != variable or {cases.group(3), cases.group(5)} != {
            "even", "odd"}:
        return None
    pieces = {cases.group(3): _polynomial(cases.group(1), variable),
              cases.group(5): _polynomial(cases.group(4), variable)}
    return None if None in pieces.values() else ["parity", pieces["even"], pieces["odd"]]


def _table(match: re.Match) -> dict[str, str] | None:
    if match.group(2) is not None:
        rows = [r.split("&") for r in match.group(2).split("\\\\")]
    else:
        rows = [match.group(3).split("&"), match.group(4).split("&")]
    if len(rows) != 2 or len(rows[0]) != len(rows[1]):
        return None
    top, bottom = [[c.strip() for c in r] for r in rows]
    if any(not re.fullmatch(_ELEMENT, c) for c in top + bottom) or len(set(top)) != len(top):
        return None
    return dict(zip(top, bottom, strict=True))


def _polynomial(latex: str, variable: str) -> str | None:
    parsed = to_sympy(latex)
    if not isinstance(parsed, sp.Expr) or parsed.free_symbols - {sp.Symbol(variable)}:
        return None
    n = sp.Symbol("n")
    rule = parsed.subs(sp.Symbol(variable), n)
    if not rule.free_symbols or not rule.is_polynomial(n) or not all(
            c.is_Rational for c in sp.Poly(rule, n).all_coeffs()):
        return None
    return sp.sstr(rule)


def _ask(latex: str, functions: set[str], sets: set[str]) -> Any | None:
    """One asked expression: ``f(4)``, ``f(A \\cup B)``, ``f^{-1}(\\{a,b\\})``, ``f^{-1}(d)``,
    a union of such, or a set expression of the named sets."""
    text = _clean(latex)
    pieces = _top_level(text, "\\cup")
    if len(pieces) > 1 and any(re.match(r"[a-z](?:\^|\\inv|\()", p) for p in pieces):
        trees = [_ask(p, functions, sets) for p in pieces]
        return None if None in trees else ["union", *trees]
    call = re.fullmatch(rf"([a-z]){_INVERSE}?\((.*)\)", text)
    if call and call.group(1) in functions:
        inverse = re.match(rf"[a-z]{_INVERSE}\(", text) is not None
        inner = call.group(2).strip()
        if re.fullmatch(_ELEMENT, inner) and inner not in functions:
            if inverse:
                return ["preimage", call.group(1), ["set", inner]]
            return ["value", call.group(1), inner]
        run = _listed_set(inner) if inner.startswith("\\{") else None  # \{1,2,\dots,10\}
        tree = ["set", *run] if run else expression(inner, sets)
        if tree is None or not _plain_sets(tree):
            return None
        return ["preimage" if inverse else "image", call.group(1), tree]
    if re.search(r"[a-z]\(", text):
        return None
    tree = expression(text, sets)
    return tree if tree is not None and _plain_sets(tree) and not isinstance(tree, str) else None


def _plain_sets(tree: Any) -> bool:
    """Names, listed sets, unions, intersections and differences (what the family evaluates)."""
    if isinstance(tree, str):
        return True
    return tree[0] == "set" or (tree[0] in ("union", "inter", "minus")
                                and all(map(_plain_sets, tree[1:])))


def _top_level(text: str, operator: str) -> list[str]:
    pieces, depth, start, at = [], 0, 0, 0
    while at < len(text):
        depth += (text[at] in "({") - (text[at] in ")}")
        if depth == 0 and text.startswith(operator, at):
            pieces.append(text[start:at])
            start = at = at + len(operator)
            continue
        at += 1
    return [p.strip() for p in pieces + [text[start:]]]


def _pieces(latex: str) -> list[str]:
    """A formula split where the book strings several statements together: "$f=..., g=...$"."""
    return [p for p in re.split(r",\s*(?=[a-z]=\\begin|[a-z]=\\twoline)|\\text\{\s*and\s*\}",
                                latex) if p.strip()]


def _defined(formulas: list[str]) -> tuple[dict[str, Any], dict[str, list[str]]] | None:
    """The functions (signature and one rule each) and the named sets these formulas define;
    None when a name is defined twice differently or a function lacks its rule."""
    every = [re.sub(r"\s+", "", _clean(p)) for f in formulas for p in _pieces(f)]
    sets: dict[str, list[str]] = {}
    for formula in every:
        named = _SET.match(formula)
        elements = _listed_set(named.group(2)) if named else None
        if elements is not None and sets.setdefault(named.group(1), elements) != elements:
            return None  # one name, two sets
    functions: dict[str, dict[str, Any]] = {}
    for formula in every:
        signature = _SIGNATURE.match(formula)
        if signature:
            domain, codomain = (_space(s, sets) for s in signature.group(2, 3))
            if domain is not None and codomain is not None:  # f: X -> Y in general is no function
                spec = {"domain": domain, "codomain": codomain}
                if functions.setdefault(signature.group(1), spec) != spec:
                    return None  # one name, two functions
    rules: dict[str, list[Any]] = {}  # each function's rules as written (a part repeats them)
    for formula in every:
        found = [(m.group(1), _table(m)) for m in _TABLE.finditer(formula)]
        by_rule = _RULE.match(formula)
        if by_rule and by_rule.group(1) in functions:
            found.append((by_rule.group(1), _by_parity(by_rule.group(3), by_rule.group(2))
                          or _polynomial(by_rule.group(3), by_rule.group(2))))
        for name, rule in found:
            if rule not in rules.setdefault(name, []):
                rules[name].append(rule)
    if not functions or set(rules) != set(functions) or any(
            len(r) != 1 or r[0] is None for r in rules.values()):
        return None
    for name, spec in functions.items():
        spec["rule"] = rules[name][0]
        if not _consistent(spec):
            return None
    return functions, sets


def read_functions(text: str, context: str | None) -> Task | None:
    """Functions given by a table or a polynomial rule, and the values, images and inverse
    images asked of them, or whether they are injective or surjective."""
    words = _words(text, context)
    # A part that is only its formula ("(b) $f^{-1}(\{2,3,5,7\})$") asks its exercise's question.
    asking = words if prose_of(text).strip(" .,;") else prose_of(context or "").lower()
    if _OTHER.search(words):
        return None
    # A part that defines its function itself takes nothing from its siblings ("(a) $f:\N\to\N$
    # given by $f(n) = n+4$. (b) $f:\Z\to\Z$ ...": one name, a function each).
    own = rejoined(formulas_in(text), ("\\cup", "\\cap", "\\setminus"))  # "$f(A)\cup$ $$f(B).$$"
    defined = _defined(own) or _defined(own + formulas_in(context or ""))
    if defined is None:
        return None
    functions, sets = defined
    asks = []
    for formula in own:
        for piece in _pieces(formula):
            if _is_definition(re.sub(r"\s+", "", _clean(piece)), functions):
                continue
            tree = _ask(piece, set(functions), set(sets))
            if tree is None:
                return None
            asks.append(tree)
    kinds = [k for k, w in _KINDS if re.search(w, asking)]
    if not asks and kinds and re.search(r"\bwhich\b|\bdetermine\b|\bwhether\b|\bdecide\b", asking):
        if any(isinstance(f["codomain"], str) and isinstance(f["rule"], dict)
               or isinstance(f["rule"], str) and not _linear(f["rule"])
               for f in functions.values()):
            return None  # a table into N, a polynomial of degree 2: not decided here
        return "functions.properties", {"functions": functions, "properties": kinds}
    if not asks or kinds or not re.search(r"\bfind\b|\bwhat (?:are|is)\b|\bcompute\b", asking) \
            or any(isinstance(f["rule"], list) or isinstance(f["rule"], str)
                   and isinstance(f["domain"], list) for f in functions.values()):
        return None  # (images under a rule by parity, or a rule on listed numbers, are not posed)
    used = {n for t in asks for n in _named(t, set(sets))}
    return "functions.images", {"functions": functions,
                                "sets": {n: sets[n] for n in sorted(used)}, "asks": asks}


_KINDS = [("injective", r"\binjective|\bone-to-one"), ("surjective", r"\bsurjective|\bonto\b"),
          ("bijective", r"\bbijective|\bbĳective")]


def _linear(rule: str) -> bool:
    return sp.Poly(sp.sympify(rule), sp.Symbol("n")).degree() == 1


def _is_definition(formula: str, functions: dict[str, Any]) -> bool:
    return bool(_SET.match(formula) or _SIGNATURE.match(formula) or _TABLE.match(formula)
                or (_RULE.match(formula) and _RULE.match(formula).group(1) in functions))


def _consistent(spec: dict[str, Any]) -> bool:
    """A table over exactly its domain, into its codomain; a rule on N or Z into N or Z whose
    values stay there (n - 4 is no function from N to N), or on listed numbers into its
    codomain; a rule by parity on Z, whole on the numbers of each parity."""
    rule, domain, codomain = spec["rule"], spec["domain"], spec["codomain"]
    if isinstance(rule, list):  # by parity, on Z: each piece of degree 1, whole on its numbers
        n = sp.Symbol("n")
        pieces = [sp.Poly(sp.sympify(r), n) for r in rule[1:]]
        return domain == codomain == "Z" and all(
            piece.degree() == 1 and piece.eval(start).is_integer and piece.eval(start + 2).is_integer
            for piece, start in zip(pieces, (0, 1), strict=True))
    if isinstance(rule, dict):
        return (isinstance(domain, list) and list(rule) == domain
                and (not isinstance(codomain, list) or set(rule.values()) <= set(codomain))
                and (isinstance(codomain, list) or all(re.fullmatch(r"-?\d+", v)
                                                       for v in rule.values())))
    if isinstance(domain, list):  # a rule on listed numbers: its values, each in the codomain
        if not all(re.fullmatch(r"-?\d+", x) for x in domain):
            return False
        values = [sp.sympify(rule).subs(sp.Symbol("n"), int(x)) for x in domain]
        return all(v.is_integer for v in values) and (
            not isinstance(codomain, list) or {str(v) for v in values} <= set(codomain))
    if domain not in ("N", "Z") or codomain not in ("N", "Z"):
        return False
    n = sp.Symbol("n")
    poly = sp.Poly(sp.sympify(rule), n)
    # integer values at degree + 1 consecutive integers: integer values at every integer
    if not all(poly.eval(k).is_integer for k in range(poly.degree() + 1)):
        return False
    if codomain == "Z":
        return True
    if domain == "Z" and poly.degree() % 2 or poly.LC() < 0:
        return False  # an odd degree on Z, or a falling rule, goes below 0
    coefficients = poly.all_coeffs()  # no value below 0 up to Cauchy's bound on the roots
    bound = 1 + max((abs(c / coefficients[0]) for c in coefficients[1:]), default=0)
    start = 0 if domain == "N" else -int(bound) - 1
    return all(poly.eval(k) >= 0 for k in range(start, int(bound) + 2))


def _named(tree: Any, sets: set[str]) -> set[str]:
    if isinstance(tree, str):
        return {tree} & sets
    if tree[0] == "set":
        return set()
    return set().union(*[_named(a, sets) for a in tree[1:] if not isinstance(a, str) or a in sets])


# ---------------------------------------------------------------- variants

def _vary_relations(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New relations of the same sizes on the same set."""
    return {**params, "relations": {n: draw_pairs(rng, params["domain"], len(p))
                                    for n, p in params["relations"].items()}}


def _vary_functions(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Tables re-drawn into the same codomain; rules (and both pieces of a rule by parity) keep
    their shape, their constant moved."""
    functions = {}
    for name, spec in params["functions"].items():
        rule = spec["rule"]
        if isinstance(rule, dict):
            targets = spec["codomain"] if isinstance(spec["codomain"], list) else list(rule.values())
            rule = {a: rng.choice(targets) for a in rule}
        elif isinstance(rule, list):  # both pieces moved by one whole number
            shift = rng.randint(1, 3)
            rule = [rule[0], *(sp.sstr(sp.sympify(r) + shift) for r in rule[1:])]
        elif isinstance(spec["domain"], list):  # moved only as far as the codomain allows
            values = [sp.sympify(rule).subs(sp.Symbol("n"), int(x)) for x in spec["domain"]]
            fits = [c for c in range(-3, 4) if not isinstance(spec["codomain"], list)
                    or {str(v + c) for v in values} <= set(spec["codomain"])]
            rule = sp.sstr(sp.sympify(rule) + rng.choice(fits))
        else:
            shifted = sp.sympify(rule) + rng.randint(0, 3)
            rule = sp.sstr(shifted)
        functions[name] = {**spec, "rule": rule}
    return {**params, "functions": functions}


# Families whose parameters formalize.variants re-draws through this module.
REDRAW = {"relations.properties": _vary_relations, "functions.images": _vary_functions,
          "functions.properties": _vary_functions}


# A part asking for one element of its exercise's one function: "Find a $n$ in the domain such
# that $f(n)=4$." (an inverse image) and "Find an element of the codomain that is not in the
# range." (the codomain less the image of the domain).
_SOLUTION = re.compile(r"find an? (?:element )?\$([a-z])\$ (?:in|of) the domain such that "
                       r"\$([a-z])\(\1\)=(-?\d+|[a-z])\$\.?")
_UNREACHED = re.compile(r"find an element of the codomain that is not in the range\.?")


def read_element(text: str, context: str | None) -> Task | None:
    """One element asked of the function the exercise defines, read only where exactly one
    element answers ("find an n" with two such n has no one answer to check)."""
    own = MATH_SPAN.sub(lambda m: re.sub(r"\s+", "", m.group()), " ".join(text.lower().split()))
    solution, unreached = _SOLUTION.fullmatch(own), _UNREACHED.fullmatch(own)
    setup = (context or "").replace(text.strip(), "")  # the part's own "f(n)=4" defines nothing
    defined = _defined(formulas_in(setup)) if solution or unreached else None
    if defined is None or len(defined[0]) != 1:
        return None
    (name, spec), = defined[0].items()
    if solution and solution.group(2) == name and solution.group(3) != solution.group(1):
        ask = ["only", ["preimage", name, ["set", solution.group(3)]]]
    elif unreached and isinstance(spec["domain"], list) and isinstance(spec["codomain"], list):
        ask = ["only", ["minus", ["set", *spec["codomain"]], ["image", name, ["set", *spec["domain"]]]]]
    else:
        return None
    params = {"functions": defined[0], "sets": {}, "asks": [ask]}
    try:
        function_answer(params)
    except ValueError:  # none, or several
        return None
    return "functions.images", params


# "(c) $f=()$ $2$ $3$ $2$ $3$ $1$": the PDF's text layer keeps a two-line table's bottom row after
# an empty "$f=()$" and moves its top row away (before the part's label, out of its text).
_SPLIT_TABLE = re.compile(r"\s*\$([a-z])=\(\)\$((?:\s*\$(?:-?\d+|[a-z])\$)+)\s*")
# "(a) $f(x)=6-x$ $1$ $2$ $3$ $4$": a rule, and the next part's table's top row run into it.
_RULE_AND_ROW = re.compile(r"\s*\$([a-z])\([a-z]\)=[^$]+\$((?:\s*\$(?:-?\d+|[a-z])\$)+)\s*")


def read_split_table(text: str, context: str | None) -> Task | None:
    """Whether a function whose table the PDF split is injective or surjective. Those depend on
    the table's bottom row alone (the top row lists the domain once each, in whatever order),
    so the table is read with the domain of the exercise's "$f:\\{1,...,5\\}\\to ...$" as its top
    row, and only for those questions. The row is the part's whole text: as many entries as the
    domain has, or twice as many when the next part's top row (the domain in order) follows
    it; a part that gives a rule ("$f(x)=6-x$") may be followed by that top row alone."""
    split = _SPLIT_TABLE.fullmatch(text) or _RULE_AND_ROW.fullmatch(text)
    if split is None or context is None:
        return None
    name, cells = split.group(1), re.findall(r"\$([^$]+)\$", split.group(2))
    signatures = [m for f in formulas_in(context)
                  if (m := _SIGNATURE.match(re.sub(r"\s+", "", _clean(f)))) and m.group(1) == name]
    domain = _space(signatures[0].group(2), {}) if len(signatures) == 1 else None
    if split.re is _RULE_AND_ROW:
        if cells != domain:
            return None
        own = text[:split.start(2)]  # the rule without the next part's row
    elif not isinstance(domain, list) or cells[len(domain):] not in ([], domain):
        return None
    else:
        own = (f"${name}=\\begin{{pmatrix}}{' & '.join(domain)} \\\\ "
               f"{' & '.join(cells[:len(domain)])}\\end{{pmatrix}}$")
    found = read_functions(own, context.replace(text.strip(), own))
    return found if found and found[0] == "functions.properties" else None


# Exercise 5.2.4.19: "Suppose $f:X \to Y$ is a function. Which of the following are possible?
# Explain." and its parts, each "[$|X| = |Y|$, [$X$ and $Y$ are finite,]] and $f$ is injective
# but not surjective." (or the other way round).
_POSSIBLE = [((r"suppose \$f: ?x ?\\to ?y\$ is a function\. which of the following are "
               r"possible\? explain\. "),
              [((r"(?:(\$\|x\| ?= ?\|y\|\$)(?: and|,) )?(?:(x and y are finite), and )?f is "
                 r"(injective|surjective) but not (injective|surjective)\."),
                lambda s, q, c: None if q[3] == q[4] else (
                    "functions.possible_kinds", {"injective": q[3] == "injective",
                                                 "surjective": q[3] == "surjective",
                                                 "same_size": bool(q[1]),
                                                 "finite": bool(q[2])}))], "")]


def read_possible(text: str, context: str | None) -> Task | None:
    """Whether a function can be injective or surjective and not the other, with sets of one
    size or finite (a part, or the whole exercise when every part is read)."""
    found = read_setups(text, context, _POSSIBLE)
    return None if found and found[0] == "counting.several" else found


def read(text: str, context: str | None) -> Task | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS`."""
    if found := read_possible(text, context):
        return found
    if MATH_SPAN.search(text) is None:  # "an element of the codomain not in the range"
        return read_element(text, context)
    return (read_relations(text, context) or read_functions(text, context)
            or read_element(text, context) or read_split_table(text, context))


# ---------------------------------------------------------------- the book's answer

_VERDICT_WORDS = {*PROPERTIES, "injective", "surjective", "bijective"}


def is_verdicts(answer: Any) -> bool:
    """A properties family's answer: sets of property names ("injective", "not surjective"),
    one set per relation or function."""
    sets = list(answer) if isinstance(answer, sp.Tuple) else [answer]
    return all(isinstance(s, sp.FiniteSet) or s is sp.S.EmptySet for s in sets) and any(
        sets) and all(isinstance(e, sp.Symbol) and e.name.removeprefix("not ") in _VERDICT_WORDS
                      for s in sets for e in s)


def compare_verdicts(answer: Any, text: str) -> tuple[str, str, str | None]:
    """``(status, method, book value)``: one function's "injective, not surjective" against the
    book's words ("$f$ is injective, but not surjective"). A property the book names both with
    and without "not", or an answer about several objects, is not read."""
    # A relation's properties are read when some is denied ("not transitive"): only verdict
    # answers name what fails, and a set of what holds alone does not say what was asked.
    if isinstance(answer, sp.Tuple) or not all(e.name.startswith(("not ", "injective", "surjective",
                                                                   "bijective")) for e in answer) \
            and not any(e.name.startswith("not ") for e in answer):
        return "unreadable", "verdicts about several objects (or a relation's): not read", None
    words = " ".join(prose_of(text).lower().replace("bĳ", "bij").split())
    said = []
    for element in answer:
        name = element.name.removeprefix("not ")
        verdicts = {bool(re.search(r"\b(?:not|nor|neither)\s+(?:\w+\s+)?$", words[:m.start()]))
                    for m in re.finditer(rf"\b{name}\b", words)}
        if len(verdicts) != 1:
            return "unreadable", f"the book's words do not say once whether it is {name}", None
        said.append(("not " if verdicts.pop() else "") + name)
    method = "the same verdicts in the book's words"
    same = sorted(said) == sorted(e.name for e in answer)
    return ("match" if same else "differs"), method, ", ".join(sorted(said))
