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
_BRACKETED = re.compile(r"\[(-?\d[\d.]*)\]\s*(Nsm|Nm|ms|Lmin|kgL|gL|kg|Hz|L|m|g|s)\b")
_VALUE_WITH_UNIT = re.compile(
    rf"\s*(?:([A-Za-z](?:_\{{?\w+\}}?)?)\s*=\s*)?(-?\d+(?:\.\d+)?)\s*({_UNITS}|\\%)\s*")
_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$", re.DOTALL)


def _unit_words(text: str) -> str:
    """The book's numbers with units as plain math and words: ``$k=\\unitfrac[8]{N}{m}$`` and
    ``$k=8N/m$`` -> ``$k=8$ N/m``, ``[10]ms`` -> ``$10$ m/s``, ``$10\\%$`` -> ``$10$ percent``."""
    text = _UNITFRAC.sub(r"\1\\text{\2/\3}", text)
    text = _UNIT_MACRO.sub(r"\1\\text{\2}", text)
    text = _BRACKETED.sub(lambda m: f"${m.group(1)}$ {_FUSED.get(m.group(2), m.group(2))}", text)

    def span(match: re.Match[str]) -> str:
        inner = _UNIT_TEXT.sub(r"\1", match.group(1) or match.group(2)).replace(" ", "")
        found = _VALUE_WITH_UNIT.fullmatch(inner)
        if found is None:
            return match.group(0)
        name, number, unit = found.groups()
        unit = "percent" if unit == "\\%" else re.sub(r"[{}]", "", unit)
        return f"${name + '=' if name else ''}{number}$ {unit}"

    return _MATH.sub(span, text)


def words(text: str) -> str:
    """The item's words, lower case, with each number as ``<value>``
    (:func:`formalize.trig_words.plain`), after its units are made words."""
    return plain(_unit_words(unicodedata.normalize("NFKC", text)))
