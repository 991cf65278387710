"""Read questions about things stacked in triangular pyramids (tetrahedral numbers).

The ghost pirates' cannonballs (Discrete 4.3.7.12: "Let $P(n)$ denote the number of cannonballs
needed to create a pyramid $n$ layers high. So $P(1) = 1$, $P(2) = 4$, and so on. Calculate
$P(3)$, $P(4)$, and $P(5)$.", "... find a closed formula for $P(n)$", "How many cannonballs do
they need to make a pyramid $15$ layers high?") and the gifts of the Twelve Days of Christmas
(4.7.9: day d brings d + ... + 1 gifts, and so on for twelve days): each one phrasing of the
book's, read whole or as a part with its exercise's setup, its numbers checked (the values the
part gives are the pyramid's, the height asked is the one the setup names).
"""

from __future__ import annotations

import re
from typing import Any

from exercises.families.textbook_figurate import pyramid
from formalize.counting import N, Task, number, plain

_PIRATES = (r"^in their down time, ghost pirates enjoy stacking cannonballs in triangular based "
            r"pyramids \(aka, tetrahedrons\), like those pictured here: note: these are solid "
            r"tetrahedrons, so there will be some cannonballs obscured from view \(the picture on "
            r"the right has one cannonball in the back not shown in the picture, for example\)\. "
            rf"the pirates wonder how many cannonballs would be required to build a pyramid {N} "
            r"layers high \(thus breaking the world cannonball stacking record\)\. can you help\? ")
_VALUES = (r"let \$p\(n\)\$ denote the number of cannonballs needed to create a pyramid n layers "
           r"high\. so \$p\(1\) ?= ?(\d+)\$, \$p\(2\) ?= ?(\d+)\$, and so on\. calculate \$p\((\d+)\)\$, "
           r"\$p\((\d+)\)\$, and \$p\((\d+)\)(?:\$\.|\.\$)")
_FORMULA = r"use polynomial fitting to find a closed formula for \$p\(n\)\$\. show your work\."
_ASKED = rf"answer the pirate's question: how many cannonballs do they need to make a pyramid {N} layers high\?"
_DAYS = (r"^in the song the twelve days of christmas, my true love gave to me first 1 gift; then 2 "
         r"gifts and 1 gift; then 3 gifts, 2 gifts, and 1 gift; and so on\. how many gifts did my "
         r"true love give me all together during the (twelve) days\?$")


def _stacked(**params: Any) -> Task:
    return "sequences.tetrahedral", params


def read(text: str, context: str | None) -> Task | None:
    """A part of the pirates' exercise with its setup, or the twelve days' gifts read whole."""
    own = plain(text)
    if days := re.fullmatch(_DAYS, own):
        return _stacked(layers=number(days[1]), things="gifts")
    setup = re.match(_PIRATES, plain(context or ""))
    if setup is None:
        return None
    if values := re.fullmatch(_VALUES, own):
        given, asked = [int(values[1]), int(values[2])], [int(values[i]) for i in (3, 4, 5)]
        if list(pyramid([1, 2])) != given or len(set(asked)) != 3:
            return None  # the values the part gives are not a triangular pyramid's
        return _stacked(layers=asked, things="cannonballs")
    if re.fullmatch(_FORMULA, own):
        return _stacked(want="formula", things="cannonballs")
    if (asked := re.fullmatch(_ASKED, own)) and number(asked[1]) == number(setup[1]):
        return _stacked(layers=number(asked[1]), things="cannonballs")
    return None
