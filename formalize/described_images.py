"""Read "Find $f^{-1}(\\{1,3\\})$" of a function the book describes in words into
:mod:`exercises.families.textbook_described_images`.

A word reader (:data:`formalize.tasks.WORD_READERS`). The function is defined in the item's
exercise, in one of three ways read whole: "$f:\\mathcal{P}(A)\\to\\mathbb{N}$ given by
$f(B)=|B|$" with $A$ listed; "$X=\\{n\\in\\mathbb{N}:0\\leq n\\leq999\\}$ ... $f(abc)=a+b+c$,
where $a$, $b$, and $c$ are the digits"; "$f:\\mathbb{N}^{2}\\to\\mathbb{N}$ given by
$f((a,b))=a+b$". Every formula of the item itself must be an ask read here ($f^{-1}(2)$,
$|f^{-1}(\\{0,1,\\dots,8\\})|$, $f(A)$ with $A$ a range or a box it defines), and an item that
asks for a proof, a description or an example is left unread.
"""

from __future__ import annotations

import re
from typing import Any

from formalize.latex import squeezed
from formalize.sets import listed
from ingest.document import formulas_in, prose_of

Task = tuple[str, dict[str, Any]]
_POWER_SET = re.compile(r"f:\\mathcal\{P\}\(([A-Z])\)\\to\\mathbb\{N\}")
_SIZE = re.compile(r"^f\(([A-Z])\)=\|\1\|$")
_DIGITS = re.compile(r"^f\(abc\)=a\+b\+c$")
_THREE_DIGITS = re.compile(r"^([A-Z])=\\\{n\\in\\mathbb\{N\}:0\\leq?n\\leq?999\\\}$")
_PAIRS = re.compile(r"^f\(\(a,b\)\)=a\+b$")
_PAIR_DOMAIN = re.compile(r"^f:\\mathbb\{N\}\^\{?2\}?\\to\\mathbb\{N\}$")
_INVERSE = re.compile(r"^(\|)?f\^\{-1\}\((.+)\)(\|)?\.?$")
_RANGE = re.compile(r"^([A-Z])=\\\{[a-z]\\in([A-Z]):(\d+)\\leq?[a-z]\\leq?(\d+)\\\}$")
_BOX = re.compile(r"^([A-Z])=\\\{\(a,b\)\\in\\mathbb\{N\}\^\{?2\}?:a,b\\leq?(\d+)\\\}$")
_IMAGE = re.compile(r"^f\(([A-Z])\)\.?$")
_OTHER = re.compile(r"\bprove|\bexplain|\bdescri|\bgeometric|\bexample|\binjective|\bsurjective")


def _rule(formulas: list[str], words: str) -> dict[str, Any] | None:
    """The function the exercise defines, or None."""
    for f in formulas:
        power = _POWER_SET.search(f)
        if power and any(_SIZE.match(g) for g in formulas):
            name = power.group(1)
            for g in formulas:
                given = re.fullmatch(rf"{name}=\\\{{(.*)\\\}}", g)
                if given and (base := listed(given.group(1))):
                    return {"rule": "cardinality", "base": base}
            return None
    if any(_DIGITS.match(f) for f in formulas) and any(_THREE_DIGITS.match(f) for f in formulas) \
            and re.search(r"\bare the digits\b", words):
        return {"rule": "digit_sum"}
    if any(_PAIRS.match(f) for f in formulas) and any(_PAIR_DOMAIN.match(f) for f in formulas):
        return {"rule": "pair_sum"}
    return None


def _values(latex: str) -> list[int] | None:
    """"2", "\\{1,3\\}", "\\{0,1,\\dots,8\\}" as the values of an inverse image."""
    if re.fullmatch(r"\d+", latex):
        return [int(latex)]
    inside = re.fullmatch(r"\\\{(.*)\\\}", latex)
    found = listed(inside.group(1)) if inside else None
    if not found or not all(re.fullmatch(r"\d+", v) for v in found):
        return None
    return [int(v) for v in found]


def _asks(formulas: list[str], rule: str) -> list[list[Any]] | None:
    """Every formula of the item as an ask, or None when one is not."""
    asks: list[list[Any]] = []
    named: dict[str, list[Any]] = {}
    for f in formulas:
        inverse = _INVERSE.match(f)
        if inverse and bool(inverse.group(1)) == bool(inverse.group(3)):
            values = _values(inverse.group(2))
            if values is None:
                return None
            asks.append(["preimage_size" if inverse.group(1) else "preimage", values])
            continue
        ranged, box, image = _RANGE.match(f), _BOX.match(f), _IMAGE.match(f)
        if ranged and rule == "digit_sum":
            named[ranged.group(1)] = ["image", int(ranged.group(3)), int(ranged.group(4))]
        elif box and rule == "pair_sum":
            named[box.group(1)] = ["image", 0, int(box.group(2))]
        elif image and image.group(1) in named:
            asks.append(named.pop(image.group(1)))
        else:
            return None
    return asks if asks and not named else None


def read(text: str, context: str | None) -> Task | None:
    """The word reader: the asks in the item, the function in its exercise."""
    if "f^{-1}" not in text and "f(" not in text:
        return None
    words = " ".join(prose_of((context or "") + " " + text).lower().split())
    if _OTHER.search(" ".join(prose_of(text).lower().split())) or not re.search(r"\bfind\b", words):
        return None
    everything = [squeezed(f) for f in formulas_in((context or "") + " " + text)]
    rule = _rule(everything, words)
    if rule is None:
        return None
    asks = _asks([squeezed(f) for f in formulas_in(text)], rule["rule"])
    if asks is None:
        return None
    return "functions.described_images", {**rule, "asks": asks}
