"""Read a differential equations book's application word problems: springs, tanks, growth.

"Suppose that $m = \\unit[2]{kg}$ and $k = \\unitfrac[8]{N}{m}$ ...", "A 100-liter tank
contains 10 kilograms of salt dissolved in 60 liters of water ...": what each number is, the
words around it say. The item's text is written with its numbers in place (as
:func:`formalize.trig_words.plain` does, after the book's unit macros are turned into words),
cut into sentences, and each sentence must be one the domain knows: a given ("a mass of <4> kg",
"flowing in at <5> liters a minute"), a question ("find the omega that causes practical
resonance"), or a sentence with no number and no question in it. A sentence with a number that
no pattern claims, or a question no pattern knows, leaves the item unread: every number has a
role and every question is answered, or nothing is read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sympy as sp

from exercises.families import textbook_models, textbook_springs
from formalize.latex import to_sympy
from formalize.trig_words import plain, value

Found = tuple[str, dict[str, Any]]
_N = r"<([^<>]+)>"  # a number, as :func:`formalize.trig_words.plain` writes it

# ---------------------------------------------------------------- the text, numbers in place

_UNITFRAC = re.compile(r"\\unitfrac\s*\[([^\]]*)\]\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_UNIT_MACRO = re.compile(r"\\unit\s*\[([^\]]*)\]\s*\{([^{}]*)\}")
_UNIT_TEXT = re.compile(r"\\(?:text|mathrm)\s*\{([^{}]*)\}")
# The units these problems use, as the LaTeX source (\unitfrac[8]{N}{m} -> "[8]Nm" where the
# ingest dropped the macro outside math) or the PDF ("$4N/m$", "$c=2\text{Ns}/m$") print them.
_UNITS = r"(?:kg|g|m|cm|s|N|N/m|Ns/m|m/s|m/s\^\{?2\}?|L|L/min|g/L|kg/L|Hz|rad/s)"
_FUSED = {"ms": "m/s", "Nm": "N/m", "Nsm": "Ns/m", "Lmin": "L/min", "gL": "g/L", "kgL": "kg/L"}
_BRACKETED = re.compile(r"\[(-?\d[\d.]*|\$[^$\]]*\$)\]\s*(Nsm|Nm|ms|Lmin|kgL|gL|kg|Hz|L|m|g|s)\b")
_VALUE_WITH_UNIT = re.compile(
    rf"(?:([A-Za-z](?:_\{{?\w+\}}?)?)=)?(-?\d+(?:\.\d+)?|\d+t)({_UNITS}|\\%)")
# A value at a point, "I(0) = 10", "I'(0)=0", "s(1)": said in words, so a pattern can read it.
_AT_POINT = re.compile(r"([A-Za-z])('*)\((-?\d+(?:\.\d+)?)\)(?:=(-?\d+(?:\.\d+)?))?")
_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$", re.DOTALL)
# A PDF's "$A5000$ kg railcar": the article fell into the number's math at the item's start.
_ARTICLE_IN_MATH = re.compile(r"^\s*\$A(\d+)\$(?=\s+[a-z])")
_TOKEN = "§"  # a formula that is not a number, named by letters: "§a", "§b"


def _letters(index: int) -> str:
    return "".join(chr(ord("a") + int(d)) for d in str(index))


def words(text: str, formulas: list[str] | None = None) -> tuple[str, list[str]]:
    """The item's words, lower case, each number as ``<value>``
    (:func:`formalize.trig_words.plain`), its units as words (``$k=\\unitfrac[8]{N}{m}$``,
    ``$k=8N/m$`` -> ``k = <8> n/m``; ``[10]ms`` -> ``<10> m/s``), a value at a point in words
    (``$I'(0) = 10$`` -> ``i'(<0>) = <10>``), and any other formula as a token ``§a``,
    ``§b`` ... whose LaTeX (without spaces) is the list's entry, so a pattern can ask what it is
    (``formulas``: the list to add to, so that tokens are numbered across paragraphs)."""
    text = re.sub(r"(?<!\\)%", r"\\%", unicodedata.normalize("NFKC", text))
    text = _ARTICLE_IN_MATH.sub(r"A $\1$", text)
    text = _UNITFRAC.sub(r"\1\\text{\2/\3}", text)
    text = _UNIT_MACRO.sub(r"\1\\text{\2}", text)
    text = _BRACKETED.sub(
        lambda m: f"${m.group(1).strip('$')}\\text{{{_FUSED.get(m.group(2), m.group(2))}}}$", text)
    formulas = [] if formulas is None else formulas

    def span(match: re.Match[str]) -> str:
        latex = (match.group(1) or match.group(2)).strip()
        stop = latex[-1] if latex[-1:] in ".," else ""  # "$$t=0.$$": the sentence's full stop
        return _span(latex[:-1] if stop else latex) + stop

    def _span(latex: str) -> str:
        inner = _UNIT_TEXT.sub(r"\1", latex).replace(" ", "").replace("\\,", "").strip(",.")
        found = _VALUE_WITH_UNIT.fullmatch(inner)
        if found is not None:
            name, number, unit = found.groups()
            unit = "percent" if unit == "\\%" else re.sub(r"[{}]", "", unit)
            if number.endswith("t"):  # a concentration 20t g/L
                formulas.append(number)
                return f" {_TOKEN}{_letters(len(formulas) - 1)} {unit} "
            return f" ${name + '=' if name else ''}{number}$ {unit} "
        at_point = _AT_POINT.fullmatch(inner)
        if at_point is not None:
            name, primes, point, value_ = at_point.groups()
            return f" {name}{primes}({point})" + (f" = {value_} " if value_ else " ")
        parsed = to_sympy(latex, definition_rhs=False)
        if isinstance(parsed, sp.Symbol) or (isinstance(parsed, sp.Expr) and parsed.is_number) or (
                isinstance(parsed, sp.Eq) and isinstance(parsed.lhs, sp.Symbol)
                and parsed.rhs.is_number):
            return f"${latex}$"  # plain() says it: "x", "<5>", "t = <10>"
        formulas.append(inner)
        return f" {_TOKEN}{_letters(len(formulas) - 1)} "

    said = plain(_MATH.sub(span, text).replace("\\%", " percent"))
    return said, formulas


# ---------------------------------------------------------------- sentences and their roles

_PARAGRAPHS = re.compile(r"\n\s*\n")
_MID_SENTENCE = re.compile(r"(?<![.?!:$])\s*\n\s*\n\s*")
_DISPLAY_ALONE = re.compile(r"\s*\n\s*\n\s*(\$\$.+?\$\$)\s*\n\s*\n\s*(?=[a-z])", re.DOTALL)
_SENTENCES = re.compile(r"(?<=[.?!])\s+(?=\S)")
# Where a worked example's solution starts: the book's own voice after the question.
_OPENER = re.compile(r"^\s*(?:first we\b|well,|to solve\b|the setup means\b|let us\b|we\b|ok\b)",
                     re.IGNORECASE)
_ASKS = re.compile(r"\?|\b(?:find|compute|solve|set up|determine|estimate|show|explain|sketch)\b"
                   r"|^(?:[a-h]\)\s*)?(?:what|how|when|is|does|can)\b")
# the source's column count "(2)", a PDF's "b)"; "a) b)": the labels of parts cut out before it
_LABEL = re.compile(r"^(?:(?:\(<\d>\)|[a-h]\))\s*)+")


def _sentences(paragraph: str, formulas: list[str]) -> list[str]:
    """A paragraph's sentences in words (labels off: a PDF part's label left alone, "a)", when
    its words are cut out of its exercise's text, is no sentence); its formulas join ``formulas``."""
    said, _ = words(paragraph, formulas)
    return [kept for s in _SENTENCES.split(said) if (kept := _LABEL.sub("", s).strip())]


def _asks(sentence: str) -> bool:
    return bool(_ASKS.search(sentence))


def statement(text: str) -> tuple[list[str], list[str]]:
    """The sentences of what an item asks: up to its last question, and no further than the
    paragraph where a worked example starts answering ("First we need to solve ...");
    trailing notes ("Note: Exercises with numbers 101 and higher ...") are not part of it."""
    kept: list[str] = []
    formulas: list[str] = []
    last_question = 0
    text = _DISPLAY_ALONE.sub(r" \1 ", text)  # a display inside a sentence: "model is $$..$$ for"
    text = _MID_SENTENCE.sub(" ", text)  # a PDF's page or column break inside a sentence
    for paragraph in _PARAGRAPHS.split(text):
        if kept and last_question and _OPENER.match(paragraph):
            break
        sentences = _sentences(paragraph, formulas)
        kept += sentences
        if any(_asks(s) for s in sentences):
            last_question = len(kept)
    return kept[:last_question], formulas


@dataclass
class Reading:
    """What a domain's sentences have said so far: the givens, state the later sentences refer
    to ("at the same speed", "precisely the resonance frequency"), and the questions asked."""

    formulas: list[str]
    given: dict[str, str] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)
    questions: list[dict[str, Any]] = field(default_factory=list)

    def formula(self, token: str) -> str:
        """The LaTeX a token ``§c`` stands for, one-character scripts without braces
        (the PDF's ``F_{0}`` is the source's ``F_0``)."""
        index = int("".join(str(ord(ch) - ord("a")) for ch in token.lstrip(_TOKEN)))
        return re.sub(r"([_^])\{(\w)\}", r"\1\2", self.formulas[index])


# A rule: a sentence pattern (matched in full) and what it does to the reading; False when the
# sentence, though it matched, says something the domain cannot take (a unit that disagrees).
Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Reading], bool]]


def _rule(pattern: str, act: Callable[[re.Match[str], Reading], bool | None]) -> Rule:
    def checked(match: re.Match[str], reading: Reading) -> bool:
        return act(match, reading) is not False

    return re.compile(pattern.replace("N", _N)), checked


def _set(**names: int) -> Callable[[re.Match[str], Reading], None]:
    """Givens from a match's groups: ``_set(m=1, k=2)``."""
    def act(match: re.Match[str], reading: Reading) -> None:
        for name, group in names.items():
            reading.given[name] = value(match.group(group))
    return act


def _ask(*asks: str, **overrides: int) -> Callable[[re.Match[str], Reading], None]:
    def act(match: re.Match[str], reading: Reading) -> None:
        extra = {name: value(match.group(group)) for name, group in overrides.items()}
        reading.questions += [{"ask": ask, **extra} for ask in asks]
    return act


@dataclass(frozen=True)
class Domain:
    """One kind of word problem: the words that mark it, its sentence rules, the words a
    sentence no rule claims must not use, and how a full reading becomes a task."""

    topic: re.Pattern[str]
    rules: list[Rule]
    caution: re.Pattern[str]
    task: Callable[[Reading], Found | None]


def _apply(domain: Domain, sentence: str, reading: Reading) -> bool | None:
    """True: a rule took the sentence; False: one matched and refused it; None: none matched."""
    for pattern, act in domain.rules:
        match = pattern.fullmatch(sentence)
        if match:
            return act(match, reading)
    return None


def _neutral(domain: Domain, sentence: str) -> bool:
    """A sentence no rule claims may be passed over only when it gives and asks nothing."""
    return not (re.search(rf"<|{_TOKEN}", sentence) or _asks(sentence)
                or domain.caution.search(sentence))


def _read_whole(domain: Domain, sentences: list[str], formulas: list[str]) -> Found | None:
    reading = Reading(formulas)
    for sentence in sentences:
        taken = _apply(domain, sentence, reading)
        if taken is False or (taken is None and not _neutral(domain, sentence)):
            return None
    return domain.task(reading) if reading.questions else None


def _read_part(domain: Domain, own: list[str], context: list[str], formulas: list[str]
               ) -> Found | None:
    """A part: its exercise's sentences up to it set the scene (another part's question that
    no rule knows is passed over if it gives no number), its own sentences ask."""
    def unnamed(sentences: list[str]) -> list[str]:  # tokens are numbered per text
        return [re.sub(rf"{_TOKEN}[a-j]+", _TOKEN, s) for s in sentences]

    mine, theirs = unnamed(own), unnamed(context)
    at = next((i for i in range(len(theirs)) if theirs[i:i + len(mine)] == mine), None)
    if at is None or not own:
        return None
    own = context[at:at + len(own)]  # with the exercise's numbering of its formulas
    reading = Reading(formulas)
    for sentence in context[:at]:
        taken = _apply(domain, sentence, reading)
        if taken is False or (taken is None and not _neutral(domain, sentence) and (
                "<" in sentence or _TOKEN in sentence or not _asks(sentence))):
            return None
    reading.questions = []  # the earlier parts' questions are theirs
    for sentence in own:
        taken = _apply(domain, sentence, reading)
        if taken is False or (taken is None and not _neutral(domain, sentence)):
            return None
    return domain.task(reading) if reading.questions else None


# ---------------------------------------------------------------- masses on springs, circuits


def _circuit(match: re.Match[str], reading: Reading) -> bool:
    """"a resistor of 100 milliohms (0.1 ohms), inductor of ... 50 millihenries (0.05 henries),
    and a capacitor of 5 farads": L I'' + R I' + I/C = 0 (constant voltage) is the spring
    m = L, c = R, k = 1/C; the milli- values must say the same as the plain ones."""
    milli_r, r, milli_l, inductance, capacity = (value(match.group(g)) for g in range(1, 6))
    if sp.Rational(milli_r) / 1000 != sp.Rational(r) or \
            sp.Rational(milli_l) / 1000 != sp.Rational(inductance):
        return False
    reading.given.update(m=inductance, c=r, k=sp.sstr(1 / sp.Rational(capacity)))
    reading.state["unknown"] = "I"
    return True


def _solve_for(match: re.Match[str], reading: Reading) -> bool:
    """"solve for I(0) = 10 and I'(0) = 0": the initial-value solution."""
    if match.group(1) != match.group(3) or match.group(1).upper() != reading.state.get(
            "unknown", "x").upper():
        return False
    reading.given.update(x0=value(match.group(2)), v0=value(match.group(4)))
    reading.questions.append({"ask": "solution"})
    return True


def _break(match: re.Match[str], reading: Reading) -> None:
    reading.state["breaks"] = value(match.group(1))
    reading.questions.append({"ask": "max_mass", "d": value(match.group(1)),
                              "v": value(match.group(2))})


def _unbroken(match: re.Match[str], reading: Reading) -> bool:
    if "breaks" not in reading.state:
        return False
    reading.questions.append({"ask": "max_mass", "d": reading.state["breaks"],
                              "v": value(match.group(1))})
    return True


def _formula_is(latex: str, *asks: str, state: str | None = None
                ) -> Callable[[re.Match[str], Reading], bool]:
    """A rule whose sentence names a formula: it must be exactly ``latex``."""
    def act(match: re.Match[str], reading: Reading) -> bool:
        if reading.formula(match.group(1)) != latex:
            return False
        if state:
            reading.state[state] = True
        reading.questions += [{"ask": ask} for ask in asks]
        return True
    return act


def _flag(name: str, **given: str) -> Callable[[re.Match[str], Reading], None]:
    def act(match: re.Match[str], reading: Reading) -> None:
        reading.state[name] = True
        reading.given.update(given)
    return act


_T = rf"({_TOKEN}[a-j]+)"
_SPRING_RULES = [
    _rule(r"(?:suppose that )?m = N kg and k = N n/m\.", _set(m=1, k=2)),
    _rule(r"consider a mass and spring system with a mass m = N, spring constant k = N, and "
          r"damping constant c = N\.", _set(m=1, k=2, c=3)),
    _rule(r"a mass of N kg (?:is )?on a spring with k = N n/m and (?:a damping constant )?"
          r"c = N ns/m\.", _set(m=1, k=2, c=3)),
    _rule(r"a mass of m kg is on a spring with k = N n/m and c = N ns/m\.", _set(k=1, c=2)),
    _rule(r"suppose that f_\{0\} = N n\.", _set(F0=1)),
    _rule(r"suppose there is no damping in a mass and spring system with m = N kg, k = N n/m, and "
          r"f_\{0\} = N n\.", lambda m, r: (_set(m=1, k=2, F0=3)(m, r), r.state.update(
              undamped=True))[-1]),
    _rule(r"suppose omega is chosen to be precisely the resonance frequency\.",
          _flag("resonant")),
    _rule(r"(?:using the mks units \(meters-kilograms-seconds\), )?suppose you have a spring with "
          r"spring constant N n/m\.", _set(k=1)),
    _rule(r"you have a spring with spring constant k = N n/m\.", _set(k=1)),
    _rule(r"assume no (?:friction|damping)\.", _flag("undamped")),
    _rule(r"suppose you wish to measure the friction a mass of N kg experiences as it slides along"
          r" a floor \(you wish to find c \)\.", _set(m=1)),
    _rule(r"you find that the mass oscillates with frequency N hz\.", _set(hz=1)),
    _rule(r"you count and find that the frequency is N hz \(cycles per second\)\.", _set(hz=1)),
    _rule(r"the whole mass and spring setup is sitting on a truck that was traveling at N m/s\.",
          lambda m, r: r.state.update(truck=value(m.group(1)))),
    _rule(r"the mass was held in place N meters forward from the rest position\.", _set(x0=1)),
    _rule(r"that is, the mass is now moving forward at N m/s, while the other end of the spring is"
          r" held in place\.", lambda m, r: r.state.get("truck") == value(m.group(1)) and (
              _set(v0=1)(m, r) or True)),
    _rule(r"suppose we have an rlc circuit with a resistor of N milliohms \(N ohms\), inductor of "
          r"inductance of N millihenries \(N henries\), and a capacitor of N farads, with "
          r"constant voltage\.", _circuit),
    _rule(r"a N kg railcar hits a bumper \(a spring\) at N m/s, and the spring compresses by N m\.",
          _set(m=1, v=2, d=3)),
    # the questions
    _rule(r"what is the frequency of the resulting oscillation\?", _ask("omega0")),
    _rule(r"what is the amplitude\?", _ask("amplitude")),
    _rule(r"set up and find the general solution of the system\.", _ask("general")),
    _rule(r"is the system underdamped, overdamped, or critically damped\?", _ask("kind")),
    _rule(r"if the system is not critically damped, find a c that makes the system critically "
          r"damped\.", _ask("c_critical")),
    _rule(r"what is the mass\?", _ask("mass")),
    _rule(r"what is the friction\?", _ask("damping")),
    _rule(r"find the general solution\.", _ask("general")),
    _rule(r"solve for (\w)\(<0>\) = N and (\w)'\(<0>\) = N\.", _solve_for),
    _rule(r"find k\.", _ask("k")),
    _rule(r"how far does the spring compress when a N kg railcar hits the spring at the same "
          r"speed\?", _ask("squeeze", m=1)),
    _rule(r"if the spring would break if it compresses further than N m, what is the maximum mass "
          r"of a railcar that can hit it at N m/s\?", _break),
    _rule(r"what is the maximum mass of a railcar that can hit the spring without it breaking at "
          r"N m/s\?", _unbroken),
    _rule(r"find the mass m_\{0\} for which there is critical damping\.", _ask("m_critical")),
    _rule(rf"using the forcing function {_T}, find the omega that causes practical resonance and "
          r"find the practical resonance amplitude\.",
          _formula_is("F_0\\cos(\\omegat)", "resonance_omega", "resonance_amplitude")),
    _rule(r"find omega\.", _ask("omega0")),
    _rule(r"find the amplitude of the oscillations at time t = N seconds, given the system is at "
          r"rest at t = <0>\.?", _ask("amplitude_at", T=1)),
]
# Questions that hold only for an undamped spring (one whose words give no damping constant).
_UNDAMPED = {"omega0", "amplitude", "mass", "amplitude_at", "k", "squeeze", "max_mass"}


def _spring_task(reading: Reading) -> Found | None:
    given, state = dict(reading.given), reading.state
    asks = {q["ask"] for q in reading.questions}
    if asks & _UNDAMPED and "c" in given and sp.Rational(given["c"]) != 0:
        return None
    if ("amplitude_at" in asks or ("omega0" in asks and "F0" in given)) and not (
            state.get("resonant") and "F0" in given):
        return None
    if asks & {"mass", "damping"} and "hz" not in given or (
            "solution" in asks and not {"x0", "v0"} <= given.keys()):
        return None
    params: dict[str, Any] = {"given": given, "questions": reading.questions}
    if "unknown" in state:
        params["unknown"] = state["unknown"]
    return "differential_equations.spring", params


SPRINGS = Domain(re.compile(r"spring|rlc circuit|railcar"), _SPRING_RULES,
                 re.compile(r"\b(?:damp\w*|friction|forc\w*|resonan\w*|initial\w*|at rest|velocity"
                            r"|speed|moving)\b"), _spring_task)


# ---------------------------------------------------------------- exponential growth


def _two_counts(match: re.Match[str], reading: Reading) -> bool:
    """"there are 100 bacteria at time 0 and 200 bacteria 10 seconds later"."""
    if match.group(2) != match.group(5):
        return False
    start = sp.Rational(value(match.group(3)))
    reading.state["unit"] = match.group(7)
    reading.state["points"] = [[sp.sstr(start), value(match.group(1))],
                               [sp.sstr(start + sp.Rational(value(match.group(6)))),
                                value(match.group(4))]]
    return True


_SECONDS = {"second": 1, "seconds": 1, "minute": 60, "minutes": 60, "hour": 3600, "hours": 3600}


def _how_many_later(match: re.Match[str], reading: Reading) -> bool:
    """"How many bacteria will there be 1 minute from time 0 (in 60 seconds)?": both
    durations must agree, and be in the observations' unit."""
    unit = reading.state.get("unit")
    first, second = sp.Rational(value(match.group(2))), sp.Rational(value(match.group(5)))
    if unit not in _SECONDS or match.group(6) != unit or \
            first * _SECONDS[match.group(3)] != second * _SECONDS[unit]:
        return False
    reading.questions.append({"at": sp.sstr(sp.Rational(value(match.group(4))) + second)})
    return True


def _ago(match: re.Match[str], reading: Reading) -> None:
    """"was 100 thousand 20 years ago, and it was 120 thousand 10 years ago": now is t = 0."""
    size, ago, later, since = (sp.Rational(value(match.group(g))) for g in range(1, 5))
    reading.state["points"] = [[sp.sstr(-ago), sp.sstr(1000 * size)],
                               [sp.sstr(-since), sp.sstr(1000 * later)]]


def _raise(match: re.Match[str], reading: Reading) -> None:
    """"a salary of one million dollars now, and a raise of 10 percent every year": s(0) = 1,
    s(1) = 1.1 (in millions)."""
    percent = sp.Rational(value(match.group(1)))
    reading.state["points"] = [["0", "1"], ["1", sp.sstr(1 + percent / 100)]]


_GROWTH_RULES = [
    _rule(rf"our model is {_T},? for some positive constant {_T}\.",
          lambda m, r: (r.formula(m.group(1)), r.formula(m.group(2))) == (
              "\\frac{dP}{dt}=kP", "k>0")),
    _rule(r"suppose there are N (\w+) at time N and N (\w+) N (seconds|minutes|hours|days|years) "
          r"later\.", _two_counts),
    _rule(r"how many (\w+) will there be N (minute|minutes|hour|hours) from time N \(in N "
          r"(seconds|minutes)\)\?", _how_many_later),
    _rule(r"the population of city \w+ was N thousand N years ago, and it was N thousand N years "
          r"ago\.", _ago),
    _rule(r"what do you estimate the population is now\?",
          lambda m, r: r.questions.append({"at": "0"})),
    _rule(r"suppose that a football coach gets a salary of one million dollars now, and a raise of "
          r"N percent every year \(so exponential model, like population of bacteria\)\.", _raise),
    _rule(r"let s be the salary in millions of dollars, and t is time in years\.",
          lambda m, r: None),
    _rule(r"what are s\(N\) and s\(N\)\?", lambda m, r: r.questions.extend(
        [{"at": value(m.group(1))}, {"at": value(m.group(2))}])),
    _rule(r"approximately how many years will it take for the salary to be N million\?",
          lambda m, r: r.questions.append({"reach": value(m.group(1))})),
]


def _growth_task(reading: Reading) -> Found | None:
    if "points" not in reading.state:
        return None
    return "differential_equations.exponential_model", {"points": reading.state["points"],
                                                        "questions": reading.questions}


GROWTH = Domain(re.compile(r"exponential"), _GROWTH_RULES,
                re.compile(r"\b(?:logistic|harvest\w*|limit\w*|carrying|decay\w*|half-life|toxic)\b"),
                _growth_task)


# ---------------------------------------------------------------- Newton's law of cooling


def _readings(match: re.Match[str], reading: Reading) -> None:
    values = [value(match.group(g)) for g in range(1, 7)]
    reading.state["readings"] = [[values[1], values[0]], [values[3], values[2]],
                                 [values[5], values[4]]]


_COOLING_RULES = [
    _rule(r"suppose a cup of coffee is at N degrees celsius at time t = N, it is at N degrees at "
          r"t = N minutes, and it is at N degrees at t = N minutes\.", _readings),
    _rule(r"compute the ambient temperature\.",
          lambda m, r: r.questions.append({"ask": "ambient"})),
]


def _cooling_task(reading: Reading) -> Found | None:
    if "readings" not in reading.state:
        return None
    return "differential_equations.newton_cooling", {"readings": reading.state["readings"]}


COOLING = Domain(re.compile(r"coffee|ambient"), _COOLING_RULES, re.compile(r"\bheat\w*\b"),
                 _cooling_task)


# ---------------------------------------------------------------- a mixing tank


def _tank(**names: int) -> Callable[[re.Match[str], Reading], None]:
    def act(match: re.Match[str], reading: Reading) -> None:
        for name, group in names.items():
            reading.state.setdefault("tank", {})[name] = value(match.group(group))
    return act


def _clean(match: re.Match[str], reading: Reading) -> None:
    tank = reading.state.setdefault("tank", {})
    tank["volume"], tank["salt"] = value(match.group(1)), "0"


def _inflow_formula(match: re.Match[str], reading: Reading) -> bool:
    """"flowing into the tank at 2 L/min, with concentration 20t g/L at time t"."""
    concentration = to_sympy(reading.formula(match.group(2)))
    t = sp.Symbol("t")
    if not isinstance(concentration, sp.Expr) or concentration.free_symbols - {t} \
            or not concentration.is_polynomial(t):
        return False
    tank = reading.state.setdefault("tank", {})
    tank["rate_in"], tank["concentration"] = value(match.group(1)), sp.sstr(concentration)
    return True


_TANK_RULES = [
    _rule(r"a N-liter tank contains N kilograms of salt dissolved in N liters of water\.",
          _tank(capacity=1, salt=2, volume=3)),
    _rule(r"a solution of water and salt \(brine\) with a concentration of N kilograms per liter is"
          r" flowing in at the rate of N liters a minute\.", _tank(concentration=1, rate_in=2)),
    _rule(r"the solution in the tank is well stirred and flows out at a rate of N liters a "
          r"minute\.", _tank(rate_out=1)),
    _rule(r"how much salt is in the tank when the tank is full\?",
          lambda m, r: r.questions.append({"full": True})),
    _rule(r"initially a tank contains N liters of pure water\.", _clean),
    _rule(r"brine of unknown \(but constant\) concentration of salt is flowing in at N liters? per"
          r" minute\.", _tank(rate_in=1)),
    _rule(r"the water is mixed well and drained at N liters? per minute\.", _tank(rate_out=1)),
    _rule(r"in N minutes there are N grams of salt in the tank\.",
          lambda m, r: r.state.update(seen=[value(m.group(1)), value(m.group(2))])),
    _rule(r"what is the concentration of salt in the incoming brine\?",
          lambda m, r: "seen" in r.state and (r.questions.append(
              {"concentration": r.state["seen"]}) or True)),
    _rule(r"suppose a water tank is being pumped out at N l/min\.", _tank(rate_out=1)),
    _rule(r"the water tank starts at N l of clean water\.", _clean),
    _rule(rf"water with a toxic substance is flowing into the tank at N l/min, with concentration "
          rf"{_T} g/l at time t\.", _inflow_formula),
    _rule(r"when the tank is half empty, how many grams of toxic substance are in the tank "
          r"\(assuming perfect mixing\)\?", lambda m, r: "volume" in r.state.get("tank", {}) and (
              r.questions.append({"volume": sp.sstr(sp.Rational(r.state["tank"]["volume"]) / 2)})
              or True)),
]


def _tank_task(reading: Reading) -> Found | None:
    tank = reading.state.get("tank", {})
    if not {"volume", "salt", "rate_in", "rate_out"} <= tank.keys():
        return None
    unknown = any("concentration" in q for q in reading.questions)
    if unknown == ("concentration" in tank):  # asked for exactly when the words do not give it
        return None
    if any("full" in q for q in reading.questions) and "capacity" not in tank:
        return None
    return "differential_equations.mixing_tank", {"tank": tank, "questions": reading.questions}


TANKS = Domain(re.compile(r"\btank\b"), _TANK_RULES,
               re.compile(r"\b(?:flow\w*|drain\w*|salt|lake)\b"), _tank_task)



# ---------------------------------------------------------------- motion with a given acceleration


def _accelerates(match: re.Match[str], reading: Reading) -> bool:
    """"the car accelerates at $t^2$ m/s^2": a polynomial in t, in meters per second squared."""
    latex = reading.formula(match.group(1))
    if not latex.endswith("m/s^2"):
        return False
    a = to_sympy(latex[: -len("m/s^2")])
    t = sp.Symbol("t")
    if not isinstance(a, sp.Expr) or a.free_symbols - {t} or not a.is_polynomial(t):
        return False
    reading.state["acceleration"] = sp.sstr(a)
    return True


_MOTION_RULES = [
    _rule(rf"suppose that the car accelerates at {_T}\.", _accelerates),
    _rule(r"at time t = <0> the car is at the N-meter mark and is traveling at N m/s\.",
          _set(x0=1, v0=2)),
    _rule(r"where is the car at time t = N\?", lambda m, r: r.questions.append(
        {"at": value(m.group(1))})),
]


def _motion_task(reading: Reading) -> Found | None:
    if "acceleration" not in reading.state or not {"x0", "v0"} <= reading.given.keys() \
            or len(reading.questions) != 1:
        return None
    return "differential_equations.motion", {"acceleration": reading.state["acceleration"],
                                             **reading.given, **reading.questions[0]}


MOTION = Domain(re.compile(r"accelerat"), _MOTION_RULES,
                re.compile(r"\b(?:friction|drag|resist\w*)\b"), _motion_task)

_DOMAINS = [SPRINGS, GROWTH, COOLING, TANKS, MOTION]
# Variants of what this reader poses: each family's module re-draws its own parameters.
REDRAW = {**textbook_springs.REDRAW, **textbook_models.REDRAW}


def read(text: str, context: str | None) -> Found | None:
    """The word-problem reader for :data:`formalize.tasks.WORD_READERS`: an item's text and its
    exercise's text (for a part) or group instruction -> (posed family, parameters)."""
    whole = unicodedata.normalize("NFKC", f"{text} {context or ''}").lower()
    domains = [d for d in _DOMAINS if d.topic.search(whole)]
    if not domains:
        return None
    own, formulas = statement(text)
    part = None
    if context and not _asks_all(own, context):
        part = statement(context)
    for domain in domains:
        found = (_read_part(domain, own, part[0], part[1]) if part
                 else _read_whole(domain, own, formulas))
        if found:
            return found
    return None


def _asks_all(own: list[str], context: str) -> bool:
    """Is the item the whole exercise (or one whose context is only an instruction)? A part's
    context is its exercise's text, which holds the part's sentences among others."""
    theirs, _ = statement(context)
    return not theirs or len(theirs) <= len(own)
