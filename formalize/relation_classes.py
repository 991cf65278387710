"""Read the classes of a relation on a set of whole numbers into
:mod:`exercises.families.textbook_relation_classes`.

"Find the relation classes for the “is a multiple of” relation on the set $A = \\{1,2,3,4,5,6\\}$."
and "Find all the numbers $a$ between 1 and 31 that are $5 \\mod 7$. That is, find all $a$ such
that a % 7 = 5." (the PDF writes "a $\\%7=5$"): a word reader that matches each whole item;
the two ways a remainder item states its remainder must agree. Also the sets for the other
remainders ("Find the other sets. a % 7 = 0: ...") and, for a part whose exercise relates two
numbers "if their difference is a multiple of 7", the classes $[1], \\dots, [6]$ (the same
sets; the class the part gives as an example must follow the rule), and whether any number is in
two of them.
"""

from __future__ import annotations

import re
from typing import Any

from formalize.counting import plain

Task = tuple[str, dict[str, Any]]

_MULTIPLE = re.compile(r'find the relation classes for the "is a multiple of" relation on the set '
                       r"(?:\$a=\$|a =) \{(\d+(?:,\d+)*)\}\.")
_REMAINDER = re.compile(r"find all the numbers a between (\d+) and (\d+) that are \$(\d+) ?\\mod ?"
                        r"(\d+)\$\. that is, find all a such that a (?:\$\\%|%) ?(\d+) ?= ?(\d+)\$?\.")


# "... the moduli partition the numbers from 1 to 31 ... Find the other sets. a % 7 = 0: ; ..."
_SETS = re.compile(r"since the modulus is a function, each number has exactly one modulus when "
                   r"divided by (\d+)\. this means that the moduli partition the numbers from (\d+) "
                   r"to (\d+): every number belongs to exactly one of the sets of numbers with a "
                   r"particular modulus\. we have already found the set for modulus (\d+)\. find "
                   r"the other sets\. ((?:(?:• )?a (?:\$\\%|%) ?\d+ ?= ?\d+\$?: ?\|?; )*"
                   r"(?:• )?a (?:\$\\%|%) ?\d+ ?= ?\d+\$?: ?\|?\.)")
_ASKED = re.compile(r"a (?:\$\\%|%) ?(\d+) ?= ?(\d+)")
# The exercise: "two numbers between 1 and 31 are related ... if their difference is a multiple
# of 7"; its part: "Find each of the following: $[1] =$; ... $[6] =$." (read in the source's
# spacing or the PDF's, formalize.latex.laid_out)
_DIFFERENCE = re.compile(r"we will say that two numbers between (\d+) and (\d+) are related, "
                         r"written \$a ?\\sim ?b\$ if their difference is a multiple of (\d+)\.")
_CLASSES = re.compile(r"we will write \$\[a\]\$ for the set of all numbers related to a\. for "
                      r"example, \$\[(\d+)\] ?= ?\\\{([\d, ]+)\\\}\$\. find each of the following: "
                      r"((?:\$\[\d+\] ?=\$; )*\$\[\d+\] ?=\$)\.( are there any numbers that are in "
                      r"more than one of the sets \$\[a\]\$ above\?)?")


def _remainder_sets(own: str, context: str | None) -> Task | None:
    """The sets of the numbers in a range with each remainder asked (the other remainders than
    the one found before), or the classes [a] of "their difference is a multiple of m" (the
    same sets), the example class checked against the rule."""
    if found := _SETS.fullmatch(own):
        modulus, low, high, done = (int(g) for g in found.groups()[:4])
        asked = [(int(m), int(r)) for m, r in _ASKED.findall(found[5])]
        residues = [r for _, r in asked]
        if {m for m, _ in asked} != {modulus} or done in residues or \
                sorted([*residues, done]) != list(range(modulus)):
            return None  # the other sets: every remainder but the one found, once
        return "relations.classes", {"relation": "remainder", "modulus": modulus,
                                     "residues": residues, "domain": list(range(low, high + 1))}
    setup = _DIFFERENCE.search(plain(context or ""))
    if setup is None or not (found := _CLASSES.fullmatch(own)):
        return None
    low, high, modulus = (int(g) for g in setup.groups())
    example, listed = int(found[1]), [int(n) for n in found[2].split(",")]
    if listed != [n for n in range(low, high + 1) if (n - example) % modulus == 0]:
        return None  # the example class does not follow the rule as read
    asked = [int(a) for a in re.findall(r"\[(\d+)\]", found[3])]
    return "relations.classes", {"relation": "remainder", "modulus": modulus,
                                 "residues": [a % modulus for a in asked],
                                 "domain": list(range(low, high + 1)),
                                 **({"overlap": example % modulus} if found[4] else {})}


def read(text: str, context: str | None) -> Task | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS`."""
    own = plain(text)
    if found := _remainder_sets(own, context):
        return found
    if found := _MULTIPLE.fullmatch(own):
        return "relations.classes", {"relation": "multiple",
                                     "domain": [int(a) for a in found[1].split(",")]}
    if found := _REMAINDER.fullmatch(own):
        low, high, residue, modulus, again_modulus, again_residue = map(int, found.groups())
        if (modulus, residue) != (again_modulus, again_residue) or low > high:
            return None
        return "relations.classes", {"relation": "remainder", "modulus": modulus,
                                     "residues": [residue], "domain": list(range(low, high + 1))}
    return None

