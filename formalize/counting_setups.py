"""Read counting exercises whose setup is shared by lettered questions.

"You have 15 presents to give to your 5 kids. How many ways can this be done if: a. The
presents are identical, and each kid gets at least one present? b. ... d. The presents are
unique and each kid gets at least one present?": the numbers sit in the setup and each
question adds its condition, so a part ("Exercise 1(d)") is read from its own text and its
exercise's setup, and the whole exercise is read when every one of its questions is.

Precision first, as in :mod:`formalize.counting` (whose helpers this module uses): each
setup is one phrasing of the book's, each question one phrasing of one kind of count, and
every number a question names must agree with the setup's. A closing request to explain
("Explain your answer.") asks for the reasoning behind the same count, so it is allowed
only at the end of a question; anything else unread leaves the item unread.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from exercises.families.textbook_probability import DECK, FACE, RED
from formalize import counting
from formalize.counting import N, P, Task, number, plain, read_named_sharing, read_subsets
from formalize.discrete import _size as set_size

Meaning = Callable[[re.Match, re.Match, str], Task | None]  # (setup, question, context) -> task
EXPLAIN = (r"(?: explain(?: your answer| what each term in your answer represents| your answer in "
           r"terms of conditional probability)?\.)?")
# A question's label, in each of the book's three styles: "a.", "(a)", "1.".
_LABELS = [re.compile(r"(?:^|\s)[a-h]\.\s"), re.compile(r"(?:^|\s)\([a-h]\)\s"),
           re.compile(r"(?:^|\s)[1-4]\.\s")]
# Where an unlabelled question ends and the next begins (the source sets a list of questions
# without the PDF's labels: "... more than one game? You want to distribute ...").
_NEXT = re.compile(r"(?<=\?) (?=what is the probability\b|is it possible\b|what about\b|you want to "
                   r"distribute\b)")


def _shares(total: int, parts: int, lower: int = 0, upper: int | None = None) -> Task:
    """Identical things shared among ``parts`` recipients, each getting lower..upper."""
    return "counting.distributions", {"total": total, "parts": parts, "lower": [lower] * parts,
                                      "upper": [upper] * parts}


def _maps(kind: str, n: int, m: int) -> Task:
    """Functions from an n-set to an m-set: all, injective or surjective."""
    return "combinatorics.count_functions_subsets", {"kind": kind, "n": n, "m": m}


def _picks(n: int, k: int, ordered: bool, repetition: bool) -> Task | None:
    if k > n and not repetition:
        return None
    return "counting.selections", {"n": n, "k": k, "ordered": ordered, "repetition": repetition}


def _same(*words: str) -> bool:
    """Do the numbers (digits or words) all say the same value?"""
    return len({number(w) for w in words}) == 1


_ELEMENT = r"(\w)"
# f(1)=1, f(2)\neq f: one condition on one value of a function.
_POINT = rf"\$f\({_ELEMENT}\)(=|\\neq ?){_ELEMENT}\$"


def _conditions(m: re.Match, setup: re.Match, join: str, injective: bool) -> Task | None:
    """Functions between the setup's listed sets that meet two conditions on their values."""
    domain, codomain = setup["domain"].split(","), setup["codomain"].split(",")
    conditions = [[m[1], "=" if m[2] == "=" else "!=", m[3]], [m[4], "=" if m[5] == "=" else "!=",
                                                               m[6]]]
    if any(x not in domain or y not in codomain for x, _, y in conditions):
        return None
    return "counting.restricted_functions", {"domain": domain, "codomain": codomain,
                                             "conditions": conditions, "join": join,
                                             "injective": injective}


def _fixed_free(m: re.Match, setup: re.Match) -> Task | None:
    """Surjections of a finite set onto itself with no fixed point: the derangements."""
    listed = m[1].replace("\\dots", "...")
    domain, codomain = setup["domain"], setup["codomain"]
    if domain != codomain or set_size(listed) != len(domain.split(",")) or set_size(
            domain) != len(domain.split(",")):
        return None
    return "counting.fixed_points", {"n": len(domain.split(",")), "fixed": 0}


def _bits(s: re.Match, starts: list[str]) -> Task | None:
    """The setup's strings of a length and weight (said twice: in digits and in words)."""
    if not (_same(s["length"], s["long"]) and _same(s["weight"], s["ones"])):
        return None
    params: dict[str, Any] = {"length": int(s["length"]), "weight": ["=", int(s["weight"])]}
    if starts:
        params["starts"] = starts
    return "counting.bit_strings", params


def _letter_places(s: re.Match, q: re.Match, context: str) -> Task | None:
    """Places for every copy of one letter of the word among the places still free: all of
    them for the first letter placed, those the letter placed before left for the next."""
    word, k, free, letter = s["word"], number(q[1]), number(q[2]), q[3]
    placed = re.findall(r"occupied by the letter ([a-z])\?", context)
    before = placed[:placed.index(letter)] if letter in placed else None
    if before is None or word.count(letter) != k or free != len(word) - sum(
            word.count(b) for b in before):
        return None
    return _picks(free, k, False, False)


def _remaining_places(s: re.Match, q: re.Match, context: str) -> Task | None:
    """Places for every copy of one letter among "the remaining" ones the question numbers: the
    count is C(free, k) whichever letters were placed first (a part's context leaves them out),
    so long as the word's other letters can fill exactly the places taken."""
    word, k, free, letter = s["word"], number(q[1]), number(q[2]), q[3]
    others = [word.count(c) for c in sorted(set(word) - {letter})]
    taken = len(word) - free
    fillable = {0}
    for count in others:  # the sizes some of the other letters fill together
        fillable |= {f + count for f in fillable}
    if word.count(letter) != k or taken <= 0 or taken not in fillable:
        return None
    return _picks(free, k, False, False)


def _permuted(s: re.Match, word: str) -> Task | None:
    """The anagrams of the setup's word, when the part names the same word."""
    return ("counting.anagrams", {"word": s["word"]}) if word == s["word"] else None


def _named_shares(s: re.Match, q: re.Match, context: str) -> Task | None:
    """Two questions, each sharing the exercise's cookies with a bound on a named child."""
    read = [read_named_sharing(asked, [], context) for asked in (q[1], q[2])]
    return None if None in read else ("counting.several", {"questions": [list(r) for r in read]})


def _ties(s: re.Match, regular: list[Any], bows: list[Any]) -> Task:
    """Some of the setup's regular ties and some of its bow ties."""
    return "counting.group_choices", {"groups": [["regular ties", number(s["ties"]), regular],
                                                 ["bow ties", number(s["bows"]), bows]]}


def _digits(s: re.Match, condition: str) -> Task | None:
    """Strings of the setup's length from its set of digits, with a condition on their parity."""
    digits = [int(d) for d in s["digits"].split(",")]
    if len(set(digits)) != len(digits):
        return None
    return "counting.digit_strings", {"digits": digits, "length": int(s["n"]),
                                      "condition": condition}


def _bridesmaids(s: re.Match) -> Task:
    """The setup's bridesmaids chosen from her friends, one of them the maid of honor."""
    return "counting.with_leader", {"n": number(s["friends"]), "k": number(s["maids"])}


def _either_exceeds(s: re.Match, q: re.Match, context: str) -> Task | None:
    """At least one of the first two children the setup names gets more than the bound (said
    three times, the same children and bound each time)."""
    names = re.search(r"distribute to ([a-z]+), ([a-z]+), and ([a-z]+)\.", context)
    if names is None or (q[1], q[2]) != (names[1], names[2]) or (q[4], q[6]) != (q[1], q[2]) or not (
            _same(q[3], q[5], q[7], q[8])):
        return None
    return "counting.exceeding_shares", {"total": number(s[1]), "parts": 3, "named": 2,
                                         "more_than": number(q[3])}


def _all_varieties(s: re.Match, q: re.Match, context: str) -> Task | None:
    """The last plan's numerals (from the part before, in the context) onto every variety."""
    numerals = re.findall(rf"shape the cookies into the numerals 1, 2,\.\.\., {N}\.", context)
    if len(numerals) != 1 or not _same(q[1], s["types"]):
        return None
    return _maps("surjective", number(numerals[0]), number(s["types"]))


def _foursomes(s: re.Match, leaders: int) -> Task | None:
    """The setup's golfers in numbered foursomes; with leaders, exactly one in each (as many as
    there are foursomes: "each foursome includes one of" them)."""
    people = number(s["people"])
    if people % 4 or leaders not in (0, people // 4):
        return None
    return "counting.numbered_groups", {"people": people, "size": 4, "leaders": leaders}


def _card(s: re.Match, join: str) -> Task | None:
    """The cards of a standard deck that are face cards or (and) red, when the setup's counts of
    face and red cards are the deck's."""
    if (int(s["faces"]), int(s["reds"])) != (sum(DECK[c] for c in FACE), sum(DECK[c] for c in RED)):
        return None
    kinds = sorted(set(FACE) | set(RED)) if join == "or" else sorted(set(FACE) & set(RED))
    return "probability.events", {"space": ["deck", 1], "event": ["at", 0, kinds], "want": "size"}


def _two_sets(s: re.Match, want: str) -> Task:
    """What the setup's two sizes allow of the sets' intersection or union."""
    return "counting.two_sets", {"a": int(s["a"]), "b": int(s["b"]), "want": want}


def _dominoes(given: list[int], more: int) -> Task | None:
    """The next terms of the dominoes in the double-0, double-1, ... sets: a domino is two of
    the numbers 0..m, repeats allowed, order not (selections of 2 from m + 1 with repetition);
    the given terms must be the first ones."""
    if given != [math.comb(m + 2, 2) for m in range(len(given))]:
        return None
    questions = [["counting.selections", {"n": m + 1, "k": 2, "ordered": False,
                                          "repetition": True}]
                 for m in range(len(given), len(given) + more)]
    return ("counting.several", {"questions": questions}) if more > 1 else tuple(questions[0])


def _listed_and_sized(s: re.Match, want: str) -> Task | None:
    """The extremes the listed set's size and the other set's size allow."""
    size = set_size(s["listed"])
    return None if size is None else ("counting.two_sets", {"a": size, "b": int(s["b"]),
                                                            "want": want})


def _paths(s: re.Match, **points: list[re.Match]) -> Task:
    """Lattice paths between the setup's two points, through, avoiding or through either of
    the question's points."""
    params: dict[str, Any] = {"start": [int(s[1]), int(s[2])], "end": [int(s[3]), int(s[4])]}
    for key, found in points.items():
        for m in found:
            params[key] = [[int(m[i]), int(m[i + 1])] for i in range(1, len(m.groups()), 2)]
    return "counting.lattice_paths", params


# (the setup's pattern, [(a question's pattern, its meaning)], a closing sentence the whole
# exercise may end with). The setup pattern names what the questions use.
SETUPS: list[tuple[str, list[tuple[str, Meaning]], str]] = [
    ((rf"you have (?P<things>{N}) presents to give to your (?P<kids>{N}) kids\. how many ways can "
     r"this be done if: "),
     [(r"the presents are identical, and each kid gets at least one present\?",
       lambda s, q, c: _shares(number(s["things"]), number(s["kids"]), 1)),
      (r"the presents are identical, and some kids might get no presents\?",
       lambda s, q, c: _shares(number(s["things"]), number(s["kids"]))),
      (r"the presents are unique, and some kids might get no presents\?",
       lambda s, q, c: _maps("functions", number(s["things"]), number(s["kids"]))),
      (r"the presents are unique and each kid gets at least one present\?",
       lambda s, q, c: _maps("surjective", number(s["things"]), number(s["kids"])))], ""),
    ((rf"suppose you have (?P<bills>{N}) one-dollar bills to give out as prizes to your top "
     rf"(?P<students>{N}) discrete math students\. how many ways can you do this if: "),
     [(rf"each of the {N} students gets at least {N} dollars?\?",
       lambda s, q, c: _shares(number(s["bills"]), number(s["students"]), number(q[2]))
       if _same(q[1], s["students"]) else None),
      (r"some students might get nothing\?",
       lambda s, q, c: _shares(number(s["bills"]), number(s["students"]))),
      (rf"each student gets at least {N} dollars? but no more than {N} dollars\?",
       lambda s, q, c: _shares(number(s["bills"]), number(s["students"]), number(q[1]),
                               number(q[2])))], ""),
    ((rf"to thank your math professor for doing such an amazing job all semester, you decide to "
     rf"bake your professor cookies\. you know how to make (?P<types>{N}) different types of "
     r"cookies\. "),
     [((rf"if you want to give your professor {N} different types of cookies, how many different "
       rf"combinations of cookie type can you select\?{EXPLAIN}"),
       lambda s, q, c: _picks(number(s["types"]), number(q[1]), False, False)),
      ((rf"to keep things interesting, you decide to make a different number of each type of "
       rf"cookie\. if again you want to select {N} cookie types, how many ways can you select the "
       rf"cookie types and decide for which there will be the most, second most, etc\.{EXPLAIN}"),
       lambda s, q, c: _picks(number(s["types"]), number(q[1]), True, False)),
      ((rf"you change your mind again\. this time you decide you will make a total of {N} "
       rf"cookies\. each cookie could be any one of the {N} types of cookies you know how to bake "
       rf"\(and it's okay if you leave some types out\)\. how many choices do you have\?{EXPLAIN}"),
       lambda s, q, c: _picks(number(s["types"]), number(q[1]), False, True)
       if _same(q[2], s["types"]) else None),
      ((rf"you realize that the previous plan did not account for presentation\. this time, you "
       rf"once again want to make {N} cookies, each one could be any one of the {N} types of "
       rf"cookies\. however, now you plan to shape the cookies into the numerals 1, 2,\.\.\., "
       rf"{N}\. how many choices do you have for which types of cookies to bake into which "
       rf"numerals\?{EXPLAIN}"),
       lambda s, q, c: _maps("functions", number(q[1]), number(s["types"]))
       if _same(q[1], q[3]) and _same(q[2], s["types"]) else None),
      ((rf"the only flaw with the last plan is that your professor might not get to sample all "
       rf"{N} different varieties of cookies\. how many choices do you have for which types of "
       rf"cookies to make into which numerals, given that each type of cookie should be present "
       rf"at least once\?{EXPLAIN}"), _all_varieties)], ""),
    ((r"how many functions \$f:\\\{(?P<domain>[\w,]+)\\\}\\to\\\{(?P<codomain>[\w,]+)\\\}\$ are "
     r"there satisfying: "),
     [(rf"{_POINT} or {_POINT} \(or both\)\?", lambda s, q, c: _conditions(q, s, "or", False)),
      (rf"{_POINT} and {_POINT}, and f is injective\?",
       lambda s, q, c: _conditions(q, s, "and", True)),
      (r"f is surjective, but \$\\forall x\\in\\\{([\w,\\]+)\\\}\$, \$f\(x\)\\neq x\$\?",
       lambda s, q, c: _fixed_free(q, s))], ""),
    (r"consider functions \$f:\\\{(?P<domain>[\w,]+)\\\}\\to\\\{(?P<codomain>[\w,]+)\\\}\$\. ",
     [(rf"how many functions have the property that {_POINT} or {_POINT}, or both\?",
       lambda s, q, c: _conditions(q, s, "or", False))], ""),
    ((rf"after a late night of math studying, you and your friends decide to go to your favorite "
     rf"tax-free fast food mexican restaurant, burrito chime\. you decide to order off of the "
     rf"dollar menu, which has (?P<items>{N}) items\. your group has \$(?P<dollars>\d+) to spend "
     r"\(and will spend all of it\)\. "),
     [((r"how many different orders are possible\? \(the order in which the order is placed does "
       r"not matter, just which and how many of each item that is ordered\.\)"),
       lambda s, q, c: _shares(int(s["dollars"]), number(s["items"]))),
      (r"how many different orders are possible if you want to get at least one of each item\?",
       lambda s, q, c: _shares(int(s["dollars"]), number(s["items"]), 1)),
      ((rf"how many different orders are possible if you don't want to get more than \$?{N}\$? of "
       r"any one item\?"),
       lambda s, q, c: _shares(int(s["dollars"]), number(s["items"]), 0, number(q[1])))], ""),
    ((rf"the grinch sneaks into a room in which there are (?P<presents>{N}) christmas presents for "
     rf"(?P<people>{N}) different people\. he proceeds to switch the name labels on the presents\. "
     r"how many ways could he do this if: "),
     [(rf"no present is allowed to end up with its original label\?{EXPLAIN}",
       lambda s, q, c: ("counting.fixed_points", {"n": number(s["presents"]), "fixed": 0})
       if _same(s["presents"], s["people"]) else None),
      (rf"exactly {N} presents keep their original labels\?{EXPLAIN}",
       lambda s, q, c: ("counting.fixed_points", {"n": number(s["presents"]),
                                                  "fixed": number(q[1])})
       if _same(s["presents"], s["people"]) and number(q[1]) <= number(s["people"]) else None)],
     ""),
    ((r"you decide to give away your video game collection so as to better spend your time "
     r"studying advanced mathematics\. how many ways can you do this, provided: "),
     [((rf"you want to distribute your {N} different [\w ]+? games among {N} friends, so that no "
       r"friend gets more than one game\?"),
       lambda s, q, c: _maps("injective", number(q[1]), number(q[2]))),
      (rf"you want to distribute your {N} different [\w ]+? games among {N} friends\?",
       lambda s, q, c: _maps("functions", number(q[1]), number(q[2]))),
      ((rf"you want to distribute your {N} different [\w ]+? games among {N} friends, so that each "
       r"friend gets at least one game\?"),
       lambda s, q, c: _maps("surjective", number(q[1]), number(q[2])))],
     r" in each case, model the counting question as a function counting question\."),
    ((rf"for each of the following, find the number of shortest lattice paths from {P} to {P} "
     r"which: "),
     [(rf"pass through the point {P}\.", lambda s, q, c: _paths(s, through=[q])),
      (rf"avoid \(do not pass through\) the point {P}\.", lambda s, q, c: _paths(s, avoid=[q])),
      (rf"either pass through {P} or {P} \(or both\)\.", lambda s, q, c: _paths(s, either=[q]))],
     ""),
    ((r"consider the set of (?P<length>\d+)-bit strings of weight (?P<weight>\d+)\. that is, strings "
     rf"of 0s and 1s that are (?P<long>{N}) characters long and have exactly (?P<ones>{N}) 1s\. how "
     r"many such strings are there\? "),
     [(r"give the answer as a single binomial coefficient\.",
       lambda s, q, c: _bits(s, [])),
      # the counts by where the first 1 is, added up: all the strings
      ((rf"continue this process until you have counted all {N}-bit strings of weight {N}, as a sum "
       r"of binomial coefficients\. what is this sum\?"),
       lambda s, q, c: _bits(s, []) if _same(q[1], s["length"]) and _same(q[2], s["weight"])
       else None),
      ((rf"now count just those {N}-bit strings of weight {N} that start with (?:a )?([01]+)\. how "
       r"many are there\?"),
       lambda s, q, c: _bits(s, [q[3]]) if _same(q[1], s["length"]) and _same(q[2], s["weight"])
       else None)], ""),
    ((r'consider the counting question "how many ways can you permute the letters of the word '
     r'(?P<word>[a-z]+)\?" note that this is not just a permutation, since there are repeated '
     r"letters\. "),
     [((rf"how many ways can you select {N} of the {N} positions in the anagram to be occupied by "
       r"the letter ([a-z])\?"), _letter_places),
      ((rf"how many ways can you select {N} of the remaining {N} positions in the anagram to be "
       r"occupied by the letter ([a-z])\?"), _remaining_places),
      # the whole count, as a product of the choices of places letter by letter: its value
      ((r"continue with this approach until you have found an expression for the number of ways to "
        r"permute the letters of ([a-z]+) as a product of binomial coefficients\. write out this "
        r"product\."), lambda s, q, c: _permuted(s, q[1])),
      ((r"now answer the counting question again, this time starting by asking how many ways you can "
        r"select positions for the letter ([a-z]) first\. continue in any way you like until you have "
        r"found a different expression for the number of ways to permute the letters of ([a-z]+) as "
        r"a product of binomial coefficients\. write out this product\."),
       lambda s, q, c: _permuted(s, q[2]) if q[1] in s["word"] else None)], ""),
    ((r"consider the bit strings in \$\\mathbf\{b\}_\{(\d+)\}\^\{(\d+)\}\$ \(bit strings of length "
     r"(\d+) and weight (\d+)\)\. "),
     [(r"how many bit strings are there total in \$\\mathbf\{b\}_\{(\d+)\}\^\{(\d+)\}\$\?",
       lambda s, q, c: ("counting.bit_strings", {"length": int(s[3]), "weight": ["=", int(s[4])]})
       if (s[1], s[2]) == (q[1], q[2]) == (s[4], s[3]) else None)], ""),
    ((rf"let's again consider the {N} cookies we want to distribute to [a-z]+, [a-z]+, and [a-z]+\. "
     r"this time, we will impose some upper bound restrictions\. "),
     [((r"(how many ways can we distribute the cookies if [^?]*\?) (how many ways can we distribute "
       r"the cookies if [^?]*\?)"), _named_shares),
      (r"how many ways can we distribute the cookies if [^?]*\?",
       lambda s, q, c: read_named_sharing(q[0], [], c)),
      ((rf"using the principle of inclusion/exclusion for two sets, how many ways can we distribute "
       rf"the cookies if at least one of (\w+) or (\w+) gets more than {N} cookies\? so either "
       rf"(\w+) gets more than {N} cookies, (\w+) gets more than {N} cookies, or both get more than "
       rf"{N} cookies\."), _either_exceeds)], ""),
    ((rf"recall, you own (?P<ties>{N}) regular ties and (?P<bows>{N}) bow ties\. you realize that it "
     r"would be okay to wear more than two ties to your clown college interview\. "),
     [((r"you must select some of your ties to wear\. everything is okay, from no ties up to all "
       r"ties\. how many choices do you have\?"),
       lambda s, q, c: ("combinatorics.count_functions_subsets",
                        {"kind": "subsets", "n": number(s["ties"]) + number(s["bows"]), "m": 0})),
      ((r"if you want to wear at least one regular tie and one bow tie, but are willing to wear up "
       r"to all your ties, how many choices do you have for which ties to wear\?"),
       lambda s, q, c: _ties(s, [">=", 1], [">=", 1])),
      ((rf"how many choices of which ties to wear do you have if you wear exactly {N} of the {N} "
       rf"regular ties and {N} of the {N} bow ties\?"),
       lambda s, q, c: _ties(s, ["=", number(q[1])], ["=", number(q[3])])
       if _same(q[2], s["ties"]) and _same(q[4], s["bows"]) else None),
      # the tie on top is the last put on: a bow tie there, the other four in any order
      ((rf"once you have selected {N} regular and {N} bow ties, in how many orders could you put the "
       r"ties on, assuming you must have one of the bow ties on top\?"),
       lambda s, q, c: ("probability.events", {
           "space": ["bag", {"regular tie": number(q[1]), "bow tie": number(q[2])},
                     number(q[1]) + number(q[2]), True],
           "event": ["at", number(q[1]) + number(q[2]) - 1, ["bow tie"]], "want": "size"}))],
     ""),
    ((r"consider numbers of the form \$\\alpha=a_\{1\}a_\{2\}a_\{3\}\\dots a_\{n\}\$, with n digits, "
     r"each digit from the set \{(?P<digits>[\d,]+)\}\. for example, if \$n=4\$, the number "
     r"\$\\alpha=a_\{1\}a_\{2\}a_\{3\}a_\{4\}\$ will have 4 digits from the set \{(?P=digits)\}\. let "
     r"\$n=(?P<n>\d+)\$\. "),
     [(r"how many such numbers are there\?",
       lambda s, q, c: _picks(len(set(s["digits"].split(","))), int(s["n"]), True, True)),
      (r"how many such numbers are there for which the sum of the digits is even\?",
       lambda s, q, c: _digits(s, "even_sum")),
      (r"how many such numbers contain more even digits than odd digits\?",
       lambda s, q, c: _digits(s, "more_even"))], ""),
    ((r"recall, by (?P<length>\d+)-bit strings, we mean strings of binary digits, of length "
     r"(?P=length)\. "),
     [(r"how many (\d+)-bit strings are there total\?",
       lambda s, q, c: ("counting.bit_strings", {"length": int(q[1])})
       if q[1] == s["length"] else None),
      (r"how many (\d+)-bit strings have weight (\d+)\?",
       lambda s, q, c: ("counting.bit_strings", {"length": int(q[1]), "weight": ["=", int(q[2])]})
       if q[1] == s["length"] else None),
      (r"how many subsets of .*\?", lambda s, q, c: read_subsets(q[0], [], ""))], ""),
    ((rf"suppose you planned on giving (?P<stars>{N}) gold stars to some of the (?P<students>{N}) "
     r"star students in your class\. each student can receive at most one star\. how many ways can "
     r"you do this\? "),
     # the same count two ways: which students get a star, or stars shared with at most one each
     [(r"use pascal's triangle to find the numeric answer\.",
       lambda s, q, c: _picks(number(s["students"]), number(s["stars"]), False, False)),
      (r"use the principle of inclusion/exclusion\.",
       lambda s, q, c: _shares(number(s["stars"]), number(s["students"]), 0, 1))], ""),
    (rf"(?:birthdays\. )?now to birthdays\. there are {N} days in a year\. ",  # the source: no title
     [(r"[^?]*\?", lambda s, q, c: counting.read(q[0], c))], ""),
    # everyone into numbered foursomes; then one board member in each
    ((rf"on a business retreat, your company of (?P<people>{N}) businessmen and businesswomen goes "
      r"golfing\. "),
     [((r"you need to divide up into foursomes \(groups of 4 people\): a first foursome, a second "
        r"foursome, and so on\. how many ways can you do this\?"),
       lambda s, q, c: _foursomes(s, 0)),
      ((rf"after all your hard work, you realize that in fact, you want each foursome to include one "
        rf"of the {N} board members \(who are among the {N} golfers already\)\. how many ways can "
        r"you do this\?"),
       lambda s, q, c: _foursomes(s, number(q[1])) if _same(q[2], s["people"]) else None)], ""),
    # a row of coins is a bit string (a penny a 1): every row laid out, its coins counted
    ((r"you break your piggy-bank to discover lots of pennies and nickels\. you start arranging these "
      r"in rows of (?P<coins>\d+) coins\. "),
     [((r"you find yourself making rows containing an equal number of pennies and nickels\. for fun, "
        r"you decide to lay out every possible such row\. how many coins will you need\?"),
       lambda s, q, c: ("counting.bit_strings", {"length": int(s["coins"]), "weight": [
           "=", int(s["coins"]) // 2], "want": "bits"}) if int(s["coins"]) % 2 == 0 else None),
      ((r"how many coins would you need to make all possible rows of (\d+) coins \(not necessarily "
        r"with equal number of pennies and nickels\)\?"),
       lambda s, q, c: ("counting.bit_strings", {"length": int(q[1]), "want": "bits"})
       if q[1] == s["coins"] else None)], ""),
    # one card of a standard deck, its face cards and red cards said (and checked) by number
    ((r"do your rules work\? let's apply them to another counting problem to check\. given that a "
      r"standard deck of playing cards has (?P<faces>\d+) face cards and (?P<reds>\d+) red cards, "
      r"answer the following\. "),
     [(r"how many ways can you select a card which is either a face card or a red card\?",
       lambda s, q, c: _card(s, "or")),
      (r"how many ways can you select a card which is both a face card and a red card\?",
       lambda s, q, c: _card(s, "and"))], ""),
    # two sets known by their sizes alone: what their intersection and union can be
    (r"suppose you have sets a and b with \$\|a\|=(?P<a>\d+)\$ and \$\|b\|=(?P<b>\d+)\$\. ",
     [(r"what is the (largest|smallest) possible value for \$\|a\\cap b\|\$\?",
       lambda s, q, c: _two_sets(s, f"{q[1]}_intersection")),
      (r"what are the possible values for \$\|a\\cup b\|\$\?",
       lambda s, q, c: _two_sets(s, "union_values"))], ""),
    # the dominoes of double-m sets, m = 0, 1, ... (Exercise 0.2.8.2): the terms it gives must be
    # the first ones
    ((r"a double-zero domino set would contain only one domino \(both sides showing 0\)\. a "
      r"double-one set would contain this plus the dominoes \(1,0\) and \(1,1\)\. we can continue "
      r"in this way, creating a sequence of domino sets\. "),
     [(rf"find the next ({N}) terms of the sequence\. ((?:\d+, ?)*\d+),+ ?\.\.\.",
       lambda s, q, c: _dominoes([int(t) for t in re.split(r", ?", q[3])], number(q[1])))], ""),
    # one set listed, the other known by its size: only A's size matters (Exercise 5.1.5.23)
    (r"let a ?= ?\{(?P<listed>[^{}]+)\}\. suppose b is a set with \$\|b\| ?= ?(?P<b>\d+)\$\. ",
     [((rf"what are the smallest and largest possible values of \$\|a ?\\(cup|cap|times) ?b\|"
        rf"\$\?{EXPLAIN}"),
       lambda s, q, c: _listed_and_sized(s, {"cup": "union", "cap": "intersection",
                                             "times": "product"}[q[1]] + "_extremes"))], ""),
    (r"if \$\|a\|=(?P<a>\d+)\$ and \$\|b\|=(?P<b>\d+)\$, ",
     [(r"what is \$\|a\\cup b\|\+\|a\\cap b\|\$\?",
       lambda s, q, c: _two_sets(s, "union_plus_intersection"))], ""),
    # the strings' length is the unknown n; the count of 2's a formula in it ("$n-1$", "no")
    (r"let's count ternary digit strings, that is, strings in which each digit can be 0, 1, or 2\. ",
     [(r"how many ternary digit strings contain exactly n digits\?",
       lambda s, q, c: ("counting.copies", {"symbols": "012", "marked": "2", "copies": None})),
      ((r"how many ternary digit strings contain exactly n digits and (n|\$n-[12k]\$|no) 2's[.?]"
        r"(?: \(hint: [^()]*\))?"),
       lambda s, q, c: ("counting.copies", {"symbols": "012", "marked": "2",
                                            "copies": "0" if q[1] == "no" else q[1].strip("$")}))],
     ""),
    ((rf"a woman is getting married\. she has (?P<friends>{N}) best friends but can only select "
     rf"(?P<maids>{N}) of them to be her bridesmaids, one of which needs to be her maid of honor\. "
     r"how many ways can she do this\? "),
     [((rf"what if she first selects the {N} bridesmaids, and then selects one of them to be the "
       r"maid of honor\?"),
       lambda s, q, c: _bridesmaids(s) if _same(q[1], s["maids"]) else None),
      (rf"what if she first selects her maid of honor, and then {N} other bridesmaids\?",
       lambda s, q, c: _bridesmaids(s) if number(q[1]) + 1 == number(s["maids"]) else None)], ""),
]


def _question(asked: str, setup: re.Match, questions: list[tuple[str, Meaning]],
              context: str) -> Task | None:
    for pattern, meaning in questions:
        found = re.fullmatch(pattern, asked)
        if found:
            return meaning(setup, found, context)
    return None


def read_setups(text: str, context: str | None,
                setups: list[tuple[str, list[tuple[str, Meaning]], str]]) -> Task | None:
    """A part read from its own text and its exercise's setup; or a whole exercise whose setup
    is followed by questions that are each read (several questions, or one). Unlabelled
    questions are split where a new one starts ("... a 6? What is the probability of ...")."""
    own = plain(text)
    around = plain(context or "")
    for setup_pattern, questions, closing in setups:
        if context:
            given = re.match(setup_pattern, around)
            found = _question(own, given, questions, around) if given else None
            if found:
                return found
            continue
        given = re.match(setup_pattern, own)
        if given is None:
            continue
        rest = own[given.end():]
        if closing:
            rest = re.sub(closing + "$", "", rest)
        # The labels are in the style the first question's has ("... its probability is 1. So
        # what ..." is no third question).
        style = next((p for p in _LABELS if p.match(" " + rest)), None)
        labels = len(style.findall(" " + rest)) if style else 0
        asked = [a.strip() for a in (style.split(" " + rest) if style else _NEXT.split(rest))
                 if a.strip()]
        read = [_question(a, given, questions, own) for a in asked]
        if not read or None in read or (labels and labels != len(asked)):
            continue
        # A question that asks two things is two of the exercise's questions.
        flat = [inner for task in read for inner in (
            task[1]["questions"] if task[0] == "counting.several" else [list(task)])]
        return ("counting.several", {"questions": flat}) if len(flat) > 1 else tuple(flat[0])
    return None


def read(text: str, context: str | None) -> Task | None:
    """The counting exercises of :data:`SETUPS`, a part or whole."""
    return read_setups(text, context, SETUPS)
