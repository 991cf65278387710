r"""Ground truth for the extract benchmark, counted from the shared books' sources.

For each book: the exercises, examples, definitions and theorems with the number the
PDF prints for them, and whether the book answers each exercise. Numbers are computed
the way each book's LaTeX computes them (counters per section or chapter); for the two
PreTeXt books the LaTeX that PreTeXt generated (``latex-generated/``, what the PDF was
typeset from) is read, because it carries the printed numbers of exercises and
solutions explicitly.

An exercise is *answered* when the book prints an answer for it and the book's source
holds that answer. Printed: in the LaTeX books, an ``\exsol`` (Lebl) or an entry of the
answers appendix (Corral); in the PreTeXt books, a solution or hint in the back matter
or one printed inside the exercise (FCLA's inline solutions, "Hint." after a reading
question). Held: the exercise's PreTeXt element has a ``<hint>``, ``<answer>`` or
``<solution>``, or the key of an interactive exercise (a correct ``<choice>``, a
``<matches>``, ``<blocks>``, ``<cardsort>``), which PreTeXt prints as its solution. A
WeBWorK problem served from a server (``<webwork source>``), or whose PG code is not in
the source tree, holds none: the PDF prints what the server rendered, the source cannot
give it, so it is not an exercise the book (read from its source) answers.

A truth item is ``(kind, number, section, ordinal)``: ``number`` is the full printed
number ("1.2.5.3", "WILA.C10", "6.15") or None where the source leaves it to a shared
counter (Discrete's examples, definitions, theorems); those are matched by their rank
among the items of their kind in their section instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

TEXTBOOKS = Path(__file__).resolve().parents[1].parent / "shared" / "textbooks"
KINDS = ("exercise", "example", "definition", "theorem")


@dataclass(frozen=True)
class Truth:
    kind: str
    number: str | None  # full printed number
    section: str  # section number (or FCLA acronym) it sits in
    ordinal: int  # rank among items of its kind in its section, from 1
    answered: bool = False
    label: str | None = None  # the source's id (PreTeXt xml:id) where it has one




def _with_ordinals(raw: list[tuple]) -> list[Truth]:
    """Truth items from (kind, number, section, answered[, label]) in reading order."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for kind, number, section, answered, *label in raw:
        seen[(kind, section)] = seen.get((kind, section), 0) + 1
        out.append(Truth(kind, number, section, seen[(kind, section)], answered, *label))
    return out


def _tex(path: Path) -> str:
    """The file without comments (a % not preceded by a backslash starts one)."""
    return re.sub(r"(?<!\\)%.*", "", path.read_text(encoding="utf-8", errors="replace"))


def diffyqs() -> list[Truth]:
    """Lebl: exercises and examples numbered per section (0 for the starred Introduction)."""
    root = TEXTBOOKS / "diffyqs" / "source"
    main = _tex(root / "diffyqs.tex")
    raw: list[tuple[str, str | None, str, bool]] = []
    chapter, appendix = -1, False
    token = re.compile(
        r"\\(chapter\*?|section)\b|\\begin\{(exercise|example)\}|\\exsol\b"
        r"|\\setcounter\{exercise\}\{(\d+)\}"
    )
    for name in re.findall(r"\\input\{([^}]+)\}|\\(appendix)\b", main):
        if name[1]:
            appendix, chapter = True, -1
            continue
        text = _tex(root / name[0])
        section, counters, open_exercise = 0, {"exercise": 0, "example": 0}, None
        for match in token.finditer(text):
            command, env = match.group(1), match.group(2)
            if command and command.startswith("chapter"):
                chapter += 1
                section = 0
            elif command == "section":
                section += 1
                counters = {"exercise": 0, "example": 0}
            elif env:
                counters[env] += 1
                label = chr(ord("A") + chapter) if appendix else str(chapter)
                sec = f"{label}.{section}"
                raw.append([env, f"{sec}.{counters[env]}", sec, False])  # type: ignore[arg-type]
                open_exercise = raw[-1] if env == "exercise" else None
            elif match.group(3):  # answered exercises are numbered from 101
                counters["exercise"] = int(match.group(3))
            elif match.group(0) == "\\exsol" and open_exercise is not None:
                open_exercise[3] = True
    return _with_ordinals([tuple(r) for r in raw])  # type: ignore[misc]


def trig() -> list[Truth]:
    """Corral: exmp numbered per chapter; exercises are the items after \\startexercises."""
    root = TEXTBOOKS / "trig" / "source"
    answered = _trig_answers(_tex(root / "trigbook-appendixa.tex"))
    raw: list[tuple[str, str | None, str, bool]] = []
    token = re.compile(
        r"\\section\b|\\startexercises|\\begin\{exmp\}|\\(begin|end|resume|suspend)\{enumerate\}"
        r"|\\item\b"
    )
    for chapter in range(1, 7):
        text = _tex(root / f"trigbook-chapter{chapter}.tex")
        section, examples, exercises, depth, in_exercises = 0, 0, 0, 0, False
        for match in token.finditer(text):
            found = match.group(0)
            if found == "\\section":
                section, exercises, in_exercises, depth = section + 1, 0, False, 0
            elif found == "\\startexercises":
                in_exercises = True
            elif found == "\\begin{exmp}":
                examples += 1
                raw.append(("example", f"{chapter}.{examples}", f"{chapter}.{section}", False))
            elif match.group(1) in ("begin", "resume"):
                depth += 1
            elif match.group(1) in ("end", "suspend"):
                depth -= 1
            elif found == "\\item" and in_exercises and depth == 1:
                exercises += 1
                number = f"{chapter}.{section}.{exercises}"
                raw.append(("exercise", number, f"{chapter}.{section}", number in answered))
    return _with_ordinals(raw)


def _trig_answers(text: str) -> set[str]:
    """Full numbers answered in Appendix A: "Section 1.2" then "\\textbf{3.}"."""
    answered, section = set(), None
    for match in re.finditer(r"Section (\d+\.\d+)|\\textbf\{(\d+)\.\}", text):
        if match.group(1):
            section = match.group(1)
        elif section:
            answered.add(f"{section}.{match.group(2)}")
    return answered


_PTX_ENV = re.compile(
    r"\\typeout\{(?P<div>Section|Subsection|Exercises|Reading Questions|Chapter|Appendix) "
    r"(?P<num>[\dA-Z.]+)|\\begin\{(?P<env>divisionexercise|divisionexerciseeg|inlineexercise"
    r"|example|definition|theorem|principle|divisionsolution)\}"
)
# An answer printed inside the exercise ("Solution." after the statement in FCLA's edition,
# "Hint." after a reading question in Discrete's).
_INLINE_ANSWER = re.compile(r"\\blocktitlefont (?:Hint|Answer|Solution)(?: \d+)?\}")


def _args(text: str, pos: int) -> list[str]:
    """The brace-balanced arguments that follow ``pos`` ("{a}{b{c}}{}" -> a, b{c}, "")."""
    args = []
    while pos < len(text) and text[pos] == "{":
        depth, start = 0, pos
        while pos < len(text):
            depth += {"{": 1, "}": -1}.get(text[pos], 0) if text[pos - 1] != "\\" else 0
            pos += 1
            if depth == 0:
                break
        args.append(text[start + 1 : pos - 1])
    return args


def _ptx(tex: Path, acronyms: bool, held: set[str]) -> list[Truth]:
    """A PreTeXt book's generated LaTeX: numbers from typeout lines and environment arguments.

    ``acronyms``: FCLA prints examples, definitions and theorems by acronym ("Example IS")
    and exercises by section acronym and code ("WILA.C10"), both kept in the ids.
    An exercise is answered when the book prints an answer for it (a solution or hint in
    the back, or one inside the exercise) and its source holds that answer (``held``, ids
    from :func:`_ptx_held`).
    """
    raw: list[list] = []
    division, section = "", ""
    printed: set[str] = set()
    text = tex.read_text(encoding="utf-8", errors="replace")
    for match in _PTX_ENV.finditer(text):
        if match.group("div"):
            division = match.group("num")
            if match.group("div") in ("Section", "Chapter", "Appendix"):
                section = division
            continue
        # a principle ("Sum Principle", "Coordinatization Principle") is stated and used as a
        # theorem; extract files it under theorem (extract.patterns.KIND_WORDS)
        env = "theorem" if match.group("env") == "principle" else match.group("env")
        args = _args(text, match.end())
        ident = args[-1] if args else ""
        if env == "divisionsolution":  # {Exercise}{number}{title}{id of the exercise}
            printed.add(ident)
            continue
        if env.endswith(("exercise", "exerciseeg")):
            body = text[match.end() : text.index(f"\\end{{{match.group('env')}}}", match.end())]
            if _INLINE_ANSWER.search(body):
                printed.add(ident)
        if acronyms:
            acro = ident.split("-")
            if env.startswith("division"):
                raw.append(["exercise", f"{acro[1]}.{args[0]}", acro[1], ident])
            elif env in ("example", "definition", "theorem"):
                raw.append([env, acro[-1], acro[-1], ident])
            continue
        if env.startswith("division"):
            raw.append(["exercise", f"{division}.{args[0]}", division, ident])
        elif env == "inlineexercise":
            raw.append(["exercise", None, section, ident])
        else:
            raw.append([env, None, section, ident])
    items = [
        (kind, number, sec, kind == "exercise" and label in printed and label in held, label)
        for kind, number, sec, label in raw
    ]
    return _with_ordinals(items)


XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XINCLUDE = "{http://www.w3.org/2001/XInclude}include"
# What holds an exercise's answer in PreTeXt: written out, or the key of an interactive
# exercise (a correct choice, the pairs of a matching, the order of Parsons blocks), which
# PreTeXt prints as the solution.
_ANSWER_XPATH = (
    ".//hint | .//answer | .//solution | .//choice[@correct='yes'] | .//matches"
    " | .//blocks | .//cardsort"
)


def _ptx_tree(path: Path) -> etree._Element:
    """A PreTeXt file with its ``xi:include``s; a text include (WeBWorK PG code) becomes an
    empty ``<pg-text>`` when its file is not in the source tree."""
    root = etree.parse(str(path), etree.XMLParser(remove_comments=True)).getroot()
    for include in list(root.iter(XINCLUDE)):
        target = path.parent / include.get("href", "")
        if include.get("parse") == "text":
            new = etree.Element("pg-text")
            new.text = target.read_text(encoding="utf-8") if target.is_file() else ""
        else:
            new = _ptx_tree(target)
        new.tail = include.tail
        include.getparent().replace(include, new)
    return root


def _visible_id(el: etree._Element) -> str:
    """The id PreTeXt writes into its LaTeX: ``@label``, ``@xml:id``, or the parent's id and
    the element's position among its siblings ("exercises_logic-conc-3")."""
    own = el.get("label") or el.get(XML_ID)
    if own:
        return own
    position = 1 + sum(isinstance(s.tag, str) for s in el.itersiblings(preceding=True))
    return f"{_visible_id(el.getparent())}-{position}"


def _ptx_held(main: Path, publication: Path) -> set[str]:
    """Ids of the exercises whose source holds their answer, in the edition ``publication``
    selects (its ``<version include>``: elements of other components are left out first).

    A WeBWorK problem served from a server (``<webwork source=...>``), or whose PG code is
    not in the source tree, holds none: its text and answer exist only on the server (the
    PDF, rendered through the server, prints them; the source cannot give them).
    """
    root = _ptx_tree(main)
    version = etree.parse(str(publication)).getroot().find("source/version")
    include = set(version.get("include", "").split()) if version is not None else None
    if include is not None:
        for el in [e for e in root.iter() if isinstance(e.tag, str) and e.get("component")]:
            if el.get("component") not in include and el.getparent() is not None:
                el.getparent().remove(el)
    return {_visible_id(e) for e in root.iter("exercise") if e.xpath(_ANSWER_XPATH)}


def fcla() -> list[Truth]:
    root = TEXTBOOKS / "fcla"
    held = _ptx_held(root / "source" / "src2" / "fcla.xml",
                     root / "source" / "publisher" / "pdf-solutions.xml")
    return _ptx(root / "latex-generated" / "fcla.tex", acronyms=True, held=held)


def discrete() -> list[Truth]:
    root = TEXTBOOKS / "discrete"
    held = _ptx_held(root / "source" / "source" / "dmoi.ptx",
                     root / "source" / "publication" / "print.ptx")
    return _ptx(root / "latex-generated" / "dmoi.tex", acronyms=False, held=held)


BOOKS = {"fcla": fcla, "discrete": discrete, "trig": trig, "diffyqs": diffyqs}

if __name__ == "__main__":
    from collections import Counter

    for name, build in BOOKS.items():
        truth = build()
        counts = Counter(t.kind for t in truth)
        answered = sum(t.answered for t in truth if t.kind == "exercise")
        print(name, dict(counts), "answered exercises:", answered)
