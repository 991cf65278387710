"""More of Levin's discrete book read into tasks: truth values of statements about numbers,
counts read with their exercise's setup, graph counts in words, generating functions and
closed formulas of several listed sequences. Items as the PDF and the PreTeXt source print
them, read, solved, verified and compared with the book's answers; items that depend on what
is unknown, or ask something else, stay unread."""

import random

import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.parts import context_of
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import family_checks, solved

x = sp.Symbol("x")
n = sp.Symbol("n")
T, F = sp.true, sp.false

EXAMPLE_1_1_10 = (
    "Using the truth conditions for the logical connectives, determine which statements below "
    "are true and which are false.\n\n1. $17$ is prime, and $17$ is odd.\n\n2. $17$ is prime, and "
    "$18$ is prime.\n\n3. $17$ is prime, or $18$ is prime.\n\n4. $17$ is prime, or $19$ is "
    "prime.\n\n5. If $17$ is prime, then $19$ is prime.\n\n6. If $18$ is prime, then my favorite "
    "number is $17$.\n\n7. $17$ is prime if and only if $19$ is prime.\n\n8. $17$ is not prime if "
    "and only if $19$ is not prime.")
ANSWER_1_1_10 = (
    "First, let's agree on some facts: $17$ really is prime and odd, $18$ is not either, and $19$ "
    "is prime.\n\n1. True. Both parts of the conjunction are true, so the entire statement is "
    "true.\n\n2. False. The first part is true, but the second part is false, so the entire "
    "statement is false.\n\n3. True. The first part is true.\n\n4. True. Since we use the "
    "inclusive or.\n\n5. True. Since the then part is true.\n\n6. True. The if part is false.\n\n"
    "7. True. Both parts are true.\n\n8. True. Both parts are false.")
# The PDF lays the nine statements out in a table, row by row; the source one a paragraph.
EXAMPLE_6_2_1_PDF = ("Decide whether each of the statements below are true or false.\n\n"
                     "1. $4|20$ | 4. $5|0$ | 7. $-3|12$\n2. $20|4$ | 5. $7|7$ | 8. $8|12$\n"
                     "3. $0|5$ | 6. $1|37$ | 9. $1642|136299$")
EXAMPLE_6_2_1_SOURCE = ("Decide whether each of the statements below are true or false.\n\n"
                        + "\n\n".join(f"${a} \\mid {b}$" for a, b in [
                            (4, 20), (20, 4), (0, 5), (5, 0), (7, 7), (1, 37), (-3, 12), (8, 12),
                            (1642, 136299)]))
SAID_6_2_1 = ["True", "False", "False", "True", "True", "True", "True", "False", "False"]
ANSWER_6_2_1_SOURCE = "\n\n".join(f"{w}. Because." for w in SAID_6_2_1)
FAVORITE = ("Determine whether each molecular statement below is true or false, or whether it is "
            "impossible to determine. Assume you do not know what my favorite number is (but you "
            "do know which numbers are prime).\n\n(a) If $4$ is my favorite number, then $4+1$ is "
            "my favorite number.\n\n(b) $8$ is my favorite number, and $3$ is not prime.\n\n"
            "(d) If $4$ is prime, then $2\\cdot4$ is prime.")


def test_truth_values_of_statements_about_numbers_match_the_book():
    task, problem = solved(EXAMPLE_1_1_10)
    assert task.family == "logic.truth_values"
    assert problem.answer == sp.Tuple(T, F, T, T, T, T, T, T)  # 6: a false if-part decides it
    assert compare_with_book(problem.answer, ANSWER_1_1_10, worked=True).status == "match"
    expected = sp.Tuple(T, F, F, T, T, T, T, F, F)  # 0 | 5 is false; 5 | 0 is true
    for text in (EXAMPLE_6_2_1_PDF, EXAMPLE_6_2_1_SOURCE):
        assert solved(text)[1].answer == expected
    assert compare_with_book(expected, ANSWER_6_2_1_SOURCE, worked=True).status == "match"
    wrong = sp.Tuple(*[T] * 9)
    assert compare_with_book(wrong, ANSWER_6_2_1_SOURCE, worked=True).status == "differs"


def test_a_statement_is_read_only_when_what_is_unknown_does_not_decide_it():
    # Without "impossible to determine" among the answers, an undecided statement is unread.
    asks_true_or_false = FAVORITE.replace(", or whether it is impossible to determine", "")
    unknown = "If $4$ is my favorite number, then $4+1$ is my favorite number."
    assert read_task("a", unknown, context=asks_true_or_false).family is None
    assert solved("If $4$ is prime, then $2\\cdot4$ is prime.",
                  asks_true_or_false)[1].answer == sp.Tuple(T)
    horses = ("Decide which of the following statements are true and which are false.\n\n"
              "1. If $1=1$, then most horses have $4$ legs.\n\n2. If $0=1$, then $1=1$.")
    assert read_task("b", horses).family is None
    explain = EXAMPLE_1_1_10.replace("are false.", "are false. Explain.")
    assert read_task("c", explain).family is None
    # An assumption other than "you do not know my favorite number" is a condition not read.
    told = FAVORITE.replace("Assume you do not know what my favorite number is", "Assume my "
                            "favorite number is $4$")
    assert read_task("d", unknown, context=told).family is None


# Discrete Exercise 1.1.5.3 as the PDF prints it, all six parts (answers worked by hand: 4 and 8
# are not prime, 3 is; the favorite number is one number nobody knows).
FAVORITE_ALL = FAVORITE.replace(
    "(d) If $4$ is prime, then $2\\cdot4$ is prime.",
    "(c) $4$ is my favorite number, or $4$ is prime.\n\n(d) If $4$ is prime, then $2\\cdot4$ is "
    "prime.\n\n(e) If $3$ is prime, then $3$ is my favorite number.\n\n(f) $8$ is my favorite "
    "number, and $4$ is not prime.")


def test_an_item_that_offers_impossible_to_determine_gets_it():
    from exercises.families.textbook_truth import UNDETERMINED as U
    # (a) true when the number is 7, false when it is 4; (b) "3 is not prime" is false;
    # (c) 4 is not prime, so it says "4 is my favorite"; (d) a false if-part; (e) 3 is prime,
    # so it says "3 is my favorite"; (f) 4 is not prime is true, so it says "8 is my favorite".
    expected = [U, F, U, T, U, U]
    assert solved(FAVORITE_ALL)[1].answer == sp.Tuple(*expected)
    parts = [p.split(") ", 1)[1] for p in FAVORITE_ALL.split("\n\n")[1:]]
    assert [solved(p, FAVORITE_ALL)[1].answer[0] for p in parts] == expected
    # One number: "4 is my favorite, and 5 is my favorite" is false, not undecided.
    both = "$4$ is my favorite number, and $5$ is my favorite number."
    assert solved(both, FAVORITE_ALL)[1].answer == sp.Tuple(F)


def test_the_truth_reader_leaves_other_books_math_alone():
    # FCLA Example CNS2 as the PDF text runs it into the Sage session after it, whose matrix
    # cells read "$01$". The truth reader (it runs first) once raised on them, and the item
    # went unread.
    text = (r"Computing a null space, #2. Let us compute the null space of $$C=\begin{bmatrix}"
            r"-4 & 6 & 1 \\ -1 & 4 & 1 \\ 5 & 6 & 7 \\ 4 & 7 & 1\end{bmatrix}$$ which we "
            r"write as $\mathcal{N}(C)$. Vector space of degree $7$ and dimension $4$ over "
            r"Rational Field User basis matrix: [$3$ $0-5-60$ $01$]")
    task = read_task("CNS2", text)
    assert task.family == "linear_algebra.matrix_operation" and task.params["op"] == "null_space"


def test_truth_value_variants_stay_decided_and_verified():
    params = read_task("a", EXAMPLE_1_1_10).params
    family = FAMILIES["logic.truth_values"]
    rng = random.Random(3)
    for _ in range(5):
        new = vary("logic.truth_values", params, rng)
        assert new != params
        assert all(check.passed for check in family.verify(family.pose(new)))


DANCE = "At a school dance, $6$ girls and $4$ boys take turns dancing (as couples) with each other."
PENNIES = ("Line up the pennies in a single row. We will divide the row into some number of groups "
           "by placing the toothpicks in the spaces between the pennies. We will distinguish "
           "between which order the groups come in. For example, two different ways to divide $7$ "
           "pennies into $4$ groups would look like this:\n\nWe will allow for one or more groups "
           "to contain no pennies (by having two toothpicks next to each other or before or after "
           "all of the pennies).")


def test_counts_read_with_their_exercises_setup():
    couples = solved("How many couples dance if every girl dances with every boy?", DANCE)[1]
    everyone = solved("How many couples dance if everyone dances with everyone else (regardless "
                      "of gender)?", DANCE)[1]
    assert (couples.answer, everyone.answer) == (24, 45)
    # Empty groups allowed: 3 pennies in 2 ordered groups are 0|3, 1|2, 2|1, 3|0.
    assert solved("How many ways are there to separate a row of three pennies into two groups?",
                  PENNIES)[1].answer == 4
    assert solved("How many ways are there to separate a row of five pennies into three groups?",
                  PENNIES)[1].answer == 21
    without = PENNIES.replace("We will allow for one or more groups", "We will not allow any group")
    assert read_task("a", "How many ways are there to separate a row of three pennies into two "
                     "groups?", context=without).family is None


def test_whole_counting_items_the_lock_and_derangements():
    lock = ("A combination lock consists of a dial with $41$ numbers on it. To open the lock, you "
            "turn the dial to the right until you reach the first number, then to the left until "
            "you get to the second number, then to the right again to the third number. The "
            "numbers must be distinct. How many different combinations are possible?")
    assert solved(lock)[1].answer == 41 * 40 * 39
    deranged = ("Let $A=\\{1,2,3,4,5,6,7\\}$. How many injective functions $f:A\\to A$ have the "
                "property that for each $x\\in A$, $f(x)\\neq x$?")
    problem = solved(deranged)[1]
    assert problem.answer == 1854
    book = ("$1854$ functions. This is a sneaky way to ask for the number of derangements on $7$ "
            "elements.")
    assert compare_with_book(problem.answer, book).status != "differs"


def test_graph_counts_in_words_with_numbers_as_math_or_words():
    pdf = ("If a planar graph $G$ with $7$ vertices divides the plane into $8$ regions, how many "
           "edges must $G$ have?")
    source = pdf.replace("$8$", "8")  # the source writes one number as a word
    for text in (pdf, source):
        task, problem = solved(text)
        assert (task.params["kind"], problem.answer) == ("planar_edges", 13)
    spanning = ("A connected graph with $22$ vertices contains $29$ edges. Without knowing which "
                "particular graph this is, what is the smallest and largest possible number of "
                "edges you can remove to get a spanning tree?")
    problem = solved(spanning)[1]
    assert problem.answer == 8
    book = ("Every spanning tree must still contain $22$ vertices. Since it is a tree, it will have "
            "$22-1=21$ edges.\n\nThus we must remove $8$ edges to get a spanning tree.")
    assert compare_with_book(problem.answer, book, worked=True).status == "match"
    assert read_task("a", "If a planar graph $G$ with $7$ vertices divides the plane into $8$ "
                     "regions, how many faces must $G$ have?").family is None


STARTING = ("Starting with the generating function for $1,2,3,4,\\dots$, find a generating "
            "function for each of the following sequences.")


def test_generating_functions_starting_from_a_known_one():
    whole = STARTING + ("\n\n(a) $1,0,2,0,3,0,4,\\dots$.\n\n(b) $1,-2,3,-4,5,-6,\\dots$.\n\n"
                        "(c) $0,3,6,9,12,15,18,\\dots$.\n\n(d) $0,3,9,18,30,45,63,\\dots$.")
    problem = solved(whole)[1]
    assert len(problem.answer) == 4  # not a fifth for 1, 2, 3, 4, ...
    book = ("(a) $\\frac{1}{(1-x^{2})^{2}}$. (b) $\\frac{1}{(1+x)^{2}}$. (c) "
            "$\\frac{3x}{(1-x)^{2}}$. (d) $\\frac{3x}{(1-x)^{3}}$. (partial sums).")
    assert compare_with_book(problem.answer, book).status == "match"
    part = solved("$1,-2,3,-4,5,-6,\\dots$.", STARTING + "\n\n(a) \n\n(b) $1,-2,3,-4,5,-6,\\dots$.")
    assert sp.simplify(part[1].answer - 1 / (1 + x) ** 2) == 0


def test_sequences_generated_by_functions_after_a_given_one():
    text = ("You may assume that $1,1,2,3,5,8,\\dots$ has generating function $\\frac{1}{1-x-x^{2}}$"
            "\n\n(because it does). Use this fact to find the sequence generated by each of the "
            "following generating functions.\n\n(a) $\\frac{x^{2}}{1-x-x^{2}}$.\n\n(b) "
            "$\\frac{1}{1-x^{2}-x^{4}}$.")
    problem = solved(text)[1]
    assert problem.answer == sp.Tuple(sp.Tuple(0, 0, 1, 1, 2, 3), sp.Tuple(1, 0, 1, 0, 2, 0))
    book = "(a) $0,0,1,1,2,3,5,8,\\dots$.\n\n(b) $1,0,1,0,2,0,3,0,5,0,8,0,\\dots$."
    assert compare_with_book(problem.answer, book).status == "match"


def test_the_sequence_a_written_series_represents():
    pdf = ("What sequence is represented by the generating series $3+8x^{2}+x^{3}+\\frac{x^{5}}{7}+$ "
           "$100x^{6}+\\dots$?")  # the PDF breaks the series after a plus sign
    assert solved(pdf)[1].answer == sp.Tuple(3, 0, 8, 1, 0, sp.Rational(1, 7), 100)
    polynomial = "What sequence is represented by the generating series $3+8x^{2}$?"
    assert read_task("a", polynomial).family is None


def test_closed_formulas_of_several_listed_sequences():
    text = ("Use the formulas $T_{n}=\\frac{n(n+1)}{2}$ and $a_{n}=2^{n}$ to find closed formulas "
            "that agree with the following sequences. Assume each first term corresponds to $n=0$."
            "\n\n1. $(b_{n}):1,2,4,7,11,16,22,\\dots$.\n\n2. $(c_{n}):3,5,9,17,33,\\dots$.\n\n"
            "3. $(g_{n})3,6,12,24,48,\\dots$.")
    task, problem = solved(text)
    assert task.family == "sequences.several"
    expected = [n * (n + 1) / 2 + 1, 2 ** (n + 1) + 1, 3 * 2**n]
    assert all(sp.simplify(a - b) == 0 for a, b in zip(problem.answer, expected, strict=True))
    unstated = text.replace(" Assume each first term corresponds to $n=0$.", "")
    assert read_task("a", unstated).family is None


def test_towers_of_hanoi_moves_with_the_exercises_title():
    title = "Towers of Hanoi data.\n\n(a) \n\n(b) "
    question = "What is the smallest number of moves required to transport $4$ disks to another pillar?"
    task, problem = solved(question, title)
    assert (task.family, problem.answer) == ("sequences.hanoi_moves", 15)
    assert read_task("a", question, context="Disks and pillars.\n\n(a) ").family is None


# Discrete 4.1.1 1(d) and 1(e) as the PDF prints them (its blanks "|" or nothing)
HANOI_STEPS = ("To find the smallest number of moves required to transport $5$ disks to\n\nanother "
               "pillar, let’s try to relate this task to the task of moving $4$ disks. How many moves "
               "do each of the following tasks require?\n\na. Move the $4$ smallest disks to the "
               "second pillar: | moves.\nb. Move the largest disk to the third pillar: | moves.\n\nc. "
               "Move the $4$ smallest disks to the third pillar (on top of the largest disk):\n\n"
               "moves.\n\nTherefore, the smallest number of moves required to move five disks is:")
HANOI_RULE = ("Generalize the last observation. Let $a_{n}$ represent the smallest number of\n\nmoves "
              "required to transport $n$ disks from the start pillar to another pillar. Then "
              "$a_{n-1}$ represents the number of moves required to transport $n-1$ disks to another "
              "pillar.\n\nGive a formula for $a_{n}$ in terms of $a_{n-1}$.")


def test_squares_on_a_chessboard():
    # 1 + 4 + 9 + ... + n^2 squares of sizes n, n - 1, ..., 1: n(n + 1)(2n + 1)/6 (Example 4.3.7)
    _, problem = solved("Find a closed formula for the number of squares on an $n\\times n$ chessboard.")
    assert sp.expand(problem.answer - n * (n + 1) * (2 * n + 1) / 6) == 0
    _, problem = solved("Find the number of squares on an $8\\times 8$ chessboard.")
    assert problem.answer == 204  # 1 + 4 + 9 + 16 + 25 + 36 + 49 + 64
    assert read_task("x", "Find a closed formula for the number of squares on an $n\\times m$ "
                          "chessboard.").family is None


def test_towers_of_hanoi_steps_and_recurrence():
    title = "Towers of Hanoi data.\n\n(a) \n\n(b) "
    # 4 disks take 15 moves (1(c)) each way, the largest 1: 15 + 1 + 15 = 31 for five
    _, problem = solved(HANOI_STEPS, title)
    assert problem.answer == sp.Tuple(15, 1, 15, 31)
    # the n - 1 smaller away, the largest across, the smaller back: a_n = 2a_{n-1} + 1
    _, problem = solved(HANOI_RULE, title)
    assert problem.answer == sp.Eq(sp.Symbol("a_{n}"), 2 * sp.Symbol("a_{n - 1}") + 1)
    # as the source prints them: no step labels, no blanks, $a_n$
    source_steps = HANOI_STEPS.replace("a. ", "").replace("b. ", "").replace("c. ", "").replace(
        "| ", "").replace("\n", " ").replace("’", "'")
    assert solved(source_steps, title)[1].answer == sp.Tuple(15, 1, 15, 31)
    assert solved(HANOI_RULE.replace("Let $a_{n}$", "Let $a_n$"), title)[1].answer == problem.answer
    # steps whose numbers are not one disk fewer than the whole are not the puzzle's way
    assert read_task("d", HANOI_STEPS.replace("the $4$ smallest disks to the second",
                                              "the $3$ smallest disks to the second"),
                     context=title).family is None


def test_items_asking_several_counts_read_whole():
    digits = ("Using the digits $2$ through $9$, find the number of different 7-digit numbers such "
              "that: a. Digits can be used more than once. b. Digits cannot be repeated, but can "
              "come in any order. c. Digits cannot be repeated and must be written in increasing "
              "order.")
    assert solved(digits)[1].answer == sp.Tuple(8**7, 40320, 8)
    functions = ("Consider functions $f:\\{1,2,3,4,5\\}\\to\\{1,2,3,4,5,6\\}$. a. How many functions "
                 "are there total? b. How many functions are injective? c. How many of the injective "
                 "functions are increasing? To be increasing means that if $a<b$ then $f(a)<f(b)$, or "
                 "in other words, the outputs get larger as the inputs get larger.")
    assert solved(functions)[1].answer == sp.Tuple(7776, 720, 6)
    party = ("You decide to have a dinner party. Even though you are incredibly popular and have "
             "$14$ different friends, you only have enough chairs to invite $6$ of them. 1. How many "
             "choices do you have for which $6$ friends to invite? 2. What if you need to decide not "
             "only which friends to invite but also where to seat them along your long table? How "
             "many choices do you have then?")
    assert solved(party)[1].answer == sp.Tuple(3003, 2162160)
    assert read_task("a", party.replace("which $6$ friends", "which $5$ friends")).family is None


def test_three_graphs_whose_vertices_share_a_degree():
    text = ("The graph $G_1$ has 8 vertices all of degree 6. How many edges does $G_1$ have? The "
            "graph $G_2$ has 7 vertices all of degree k, and 7 edges. What is $k$? The graph $G_3$ "
            "has all vertices of degree 4, and $16$ edges. How many vertices does $G_3$ have?")
    task, problem = solved(text)
    assert (task.family, problem.answer) == ("graphs.several", sp.Tuple(24, 2, 8))
    assert read_task("a", text.replace("does $G_3$", "does $G_2$")).family is None


def test_coin_flips_counted_with_their_exercises_setup():
    coins = "Suppose you flip a fair coin $15$ times.\n\n(a) \n\n(b) "
    assert solved("What is the size of the sample space?", coins)[1].answer == 2**15
    asked = ("What is the size of the event that you get exactly $8$ heads? So then what is the "
             "probability that you get exactly $8$ heads?")
    assert solved(asked, coins)[1].answer == sp.Tuple(6435, sp.Rational(6435, 2**15))
    assert read_task("a", asked.replace("exactly $8$ heads?", "exactly $7$ heads?", 1),
                     context=coins).family is None
    three = "You flip a fair coin three times and record whether it lands head (H) or tails (T)."
    both = ("What is the probability of getting exactly two heads? What is the probability of "
            "getting exactly three heads?")
    assert solved(both, three)[1].answer == sp.Tuple(sp.Rational(3, 8), sp.Rational(1, 8))
    assert solved("What is the size of the sample space?", three)[1].answer == 8
    dice = "You roll a fair die three times and record the numbers."
    assert read_task("b", "What is the size of the sample space?", context=dice).family is None


def test_the_birthday_problem_with_its_exercises_setup():
    days = "Birthdays. Now to birthdays. There are $365$ days in a year.\n\n(a) \n\n(b) "
    distinct = solved("What is the probability that $30$ people have no repeated birthdays?", days)
    assert distinct[1].answer == sp.ff(365, 30) / sp.Integer(365) ** 30
    fewest = solved("What is the smallest number of people you would need to have a greater than "
                    "90% chance that at least two share a birthday?", days)
    assert fewest[1].answer == 41
    room = ("How many people do you need to have in a room to have a 50% chance that at least two "
            "people share the same birthday (day of the year)? Assume that all birthdays are "
            "equally likely, and that nobody is born on Leap Day (February 29th).")
    assert solved(room)[1].answer == 23
    assert read_task("a", "What is the probability that $30$ people have no repeated birthdays?",
                     context="Birthdays.\n\n(a) ").family is None


def test_the_longest_path_or_cycle_inside_a_complete_graph():
    ask = "What is the largest $n$ such that ${}_{{n}}$ is {} of $K_{{5}}$?"
    answers = {("P", "a subgraph"): 4, ("C", "a subgraph"): 5, ("P", "an induced subgraph"): 1,
               ("C", "an induced subgraph"): 3}  # the book's P_n has n edges
    for (letter, kind), expected in answers.items():
        problem = solved(ask.format(letter, kind), "Consider $K_5$.\n\n(a) ")[1]
        assert problem.answer == expected
        book = f"The largest $n$ such that ${letter}_{{n}}$ is {kind} of $K_{{5}}$ is ${expected}$."
        assert compare_with_book(problem.answer, book).status == "match"
    family = FAMILIES["graphs.largest_subgraph"]
    problem = family.pose({"shape": "cycle", "induced": True, "m": 5})
    problem.answer = sp.Integer(4)
    assert not all(check.passed for check in family.verify(problem))


# Discrete Exercise 5.2.4.10 as the PDF prints it: the parts are only initial conditions.
RECURRENCE_5_2_4_10 = (
    "Suppose $f:\\mathbb{N}\\to\\mathbb{N}$ satisfies the recurrence\n\n$$f(n+1)=f(n)+6.$$\n\nNote "
    "that this is not enough information to define the function, since we don’t have an initial "
    "condition. For each of the initial conditions below, find the value of $f(7)$.\n\na. If "
    "$f(0)=1$.\n\nb. $f(0)=7$.\n\nc. $f(0)=17$.\n\nd. $f(0)=155$.")


def test_a_part_that_is_an_initial_condition_takes_its_exercises_recurrence():
    # seven steps of +6 from f(0): f(7) = f(0) + 42
    for part, expected in [("If $f(0)=1$.", 43), ("$f(0)=7$.", 49), ("$f(0)=17$.", 59),
                           ("$f(0)=155$.", 197)]:
        task, problem = solved(part, RECURRENCE_5_2_4_10)
        assert task.family == "sequences.solve_recurrence" and problem.answer == expected
    # the exercise's instruction already holds a condition: the part is not only that
    given = RECURRENCE_5_2_4_10.replace("find the value of $f(7)$", "with $f(1)=2$ find $f(7)$")
    assert read_task("e", "$f(0)=7$.", context=given).family != "sequences.solve_recurrence"
    assert read_task("f", "$f(0)=7$.").family is None


# Discrete Exercise 1.2.5.2 as the PDF prints it.
SQUARE = ('Suppose the statement, "If the square is yellow, then the circle is purple," is true. '
          "Assume also that the converse is false. Classify each statement below as true or false "
          "(if possible).\n\n(a) The circle is purple.\n\n(b) The square is yellow if and only if "
          "the circle is not purple.\n\n(c) The square is yellow.\n\n(d) The square is yellow if "
          "and only if the circle is purple.")


def test_statements_decided_by_what_the_item_gives_as_true():
    # P -> Q true and Q -> P false leave one row: Q true, P false (the book: "the circle is
    # purple and the square is not yellow"). (a) Q; (b) P <-> not Q: F <-> F; (c) P;
    # (d) P <-> Q: F <-> T.
    expected = [T, T, F, F]
    assert solved(SQUARE)[1].answer == sp.Tuple(*expected)
    parts = [p.split(") ", 1)[1] for p in SQUARE.split("\n\n")[1:]]
    assert [solved(p, SQUARE)[1].answer[0] for p in parts] == expected
    # only the implication given: the circle may or may not be purple
    only = SQUARE.replace(" Assume also that the converse is false.", "")
    from exercises.families.textbook_truth import UNDETERMINED
    assert solved(parts[0], only)[1].answer == sp.Tuple(UNDETERMINED)
    # a clause nothing given speaks of, or another assumption: not read
    assert read_task("e", "The square is red.", context=SQUARE).family is None
    other = SQUARE.replace("Assume also that the converse is false.",
                           "Assume also that the square is big.")
    assert read_task("f", parts[0], context=other).family is None


# Discrete Exercise 1.2.5.3 as the PDF prints it.
BEANS = ('Consider the statement, "If you will give me magic beans, then I will give you a cow." '
         "Decide whether each statement below is the converse, the contrapositive, or neither.\n\n"
         "(a) If I will give you a cow, then you will not give me magic beans.\n\n(b) If I will "
         "give you a cow, then you will give me magic beans.\n\n(c) If you will not give me magic "
         "beans, then I will not give you a cow.\n\n(d) If you will give me magic beans, then I "
         "will not give you a cow.\n\n(e) You will give me magic beans, and I will not give you a "
         "cow.\n\n(f) If I will not give you a cow, then you will not give me magic beans.")


def test_converse_and_contrapositive_are_told_apart():
    # P: you give me beans, Q: I give you a cow. (a) Q -> not P; (b) Q -> P, the converse;
    # (c) not P -> not Q, the inverse (neither offered); (d) P -> not Q; (e) P and not Q;
    # (f) not Q -> not P, the contrapositive. The book: "The converse is (b) ... The
    # contrapositive is (f) ... All the other statements are neither."
    expected = ["neither", "converse", "neither", "neither", "neither", "contrapositive"]
    parts = [p.split(") ", 1)[1] for p in BEANS.split("\n\n")[1:]]
    assert [solved(p, BEANS)[1].answer for p in parts] == [sp.Symbol(e) for e in expected]
    # a clause that is neither of the statement's (nor one with a "not" added): not read
    assert read_task("g", "If I will give you a horse, then you will give me magic beans.",
                     context=BEANS).family is None
    assert read_task("h", parts[1]).family is None  # no statement to relate it to


def test_the_related_check_rejects_a_wrong_name():
    family = FAMILIES["logic.propositional"]
    problem = solved("If I will give you a cow, then you will give me magic beans.", BEANS)[1]
    problem.answer = sp.Symbol("contrapositive")
    assert not all(c.passed for c in family.verify(problem))


# Discrete 1.3.1.3 as the source prints it (the PDF: the same words, typographic apostrophes).
MAJOR = ("Consider the statement, “If you major in math, then you will get a high-paying job,” and "
         "the statement, “Either you don't major in math, or you will get a high-paying job.” In "
         "which of the following cases are both statements true? Select all that apply.\n\nA. You "
         "major in math and get a high-paying job.\n\nB. You major in math and don't get a "
         "high-paying job.\n\nC. You don't major in math and do get a high-paying job.\n\nD. You "
         "don't major in math and don't get a high-paying job.")


def test_cases_in_which_two_statements_are_both_true():
    # P: you major in math, Q: you get a high-paying job. P -> Q and (not P) or Q are false
    # exactly when P is true and Q false (case B); true in A, C and D, as the book says.
    task, problem = solved(MAJOR)
    assert task.params["formulas"] == ["Implies(P, Q)", "Q | ~P"]
    assert problem.answer == sp.Tuple(sp.true, sp.false, sp.true, sp.true)
    book = ("A. Correct.\n\nB. Incorrect. In fact, in this case, both of the statements are false."
            "\n\nC. Correct. This makes the implication true because the if part is false. The "
            "disjunction is true because the first part is true.\n\nD. Correct.")
    assert compare_with_book(problem.answer, book).status == "match"
    assert solved(MAJOR.replace("'", "’"))[1].answer == problem.answer
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the problem's own program
    assert namespace["solve"]() == problem.answer
    problem.answer = sp.Tuple(sp.true, sp.true, sp.true, sp.true)
    assert not all(c.passed for c in FAMILIES["logic.propositional"].verify(problem))
    # a case naming a third thing, or leaving one out: not read
    for changed in ("get a high-paying job.\n\nB.", "get a high-paying job.\n\nC."):
        assert read_task("x", MAJOR.replace(changed, "get a cat.\n\n" + changed[-2:], 1)
                         ).family != "logic.propositional"
    assert read_task("y", MAJOR.replace("You major in math and get a high-paying job.",
                                        "You major in math.")).family != "logic.propositional"
    params = vary("logic.propositional", task.params, random.Random(3))
    family = FAMILIES["logic.propositional"]
    assert all(c.passed for c in family.verify(family.pose(params)))


def test_a_part_that_ends_its_exercise_sentence_is_read_with_it() -> None:
    """Discrete 6.2.6.6: "Find the remainder of $3^{456}$ when divided by (a) $2$. (b) $5$.
    (c) $7$. (d) $9$.": each part finishes the exercise's sentence. 3^456 = 9^228: 1 mod 2,
    (-1)^228 = 1 mod 5, 3^6 = 1 mod 7 and 456 = 6*76 so 1 mod 7, 0 mod 9."""
    from formalize.parts import context_of
    whole = ("Find the remainder of $3^{456}$ when divided by\n\n(a) $2$.\n\n(b) $5$.\n\n"
             "(c) $7$.\n\n(d) $9$.")
    parts = ["$2$.", "$5$.", "$7$.", "$9$."]
    answers = []
    for own, part in enumerate(parts):
        _, problem = solved(part, context_of(whole, parts, own))
        answers.append(problem.answer)
    assert answers == [1, 1, 1, 0]
    # A setup that ends its sentence leaves a part to itself: "ways." is no cut-off sentence.
    setup = ("Find the potential function $F(x,y)$ of the exact equation "
             r"$\frac{1+xy}{x}dx+(\frac{1}{y}+x)dy=0$ in two different ways.")
    part = "Integrate $M$ in terms of $x$ and then differentiate in $y$ and set to $N$."
    assert read_task("x", part, context=f"{setup}\n\na) {part}\n\nb) ").family is None


def test_closed_formulas_of_listed_sequences_whose_first_index_the_words_give():
    # Exercise 4.1.7 5 (PDF): "assume the first terms here are always $a_{0}$" names a_0 alone.
    setup = ("For each sequence given below, find a closed formula for $a_{n}$, the $n$th term of "
             "the sequence (assume the first terms here are always $a_{0}$) by relating it to "
             "another sequence for which you already know the formula.\n\n")
    parts = ["$0,1,3,7,15,31,\\dots$  $$a_{n}=$$", "$-1,0,7,26,63,124,\\dots$  $$a_{n}=$$",
             "$0,3,12,27,48,75,\\dots$  $$a_{n}=$$", "$1,3,8,17,32,57,\\dots$  $$a_{n}=$$"]
    exercise = setup + "".join(f"({label}) {part}\n\n" for label, part in zip("abcd", parts))
    # by hand: a_0..a_5 are 2^n - 1 (one less than 1,2,4,...,32), n^3 - 1 (cubes 0,1,8,...,125
    # less one), 3n^2 (three times the squares 0,1,4,...,25) and 2^n + n^2 (third differences
    # 1, 2, 4 double: 1 = 1 + 0, 3 = 2 + 1, 8 = 4 + 4, 17 = 8 + 9, with 57 = 32 + 25 to spare)
    for own, expected in enumerate([2**n - 1, n**3 - 1, 3 * n**2, 2**n + n**2]):
        task, problem = solved(parts[own], context_of(exercise, parts, own))
        assert task.family == "sequences.listed_sequence"
        assert sp.expand(problem.answer - expected) == 0
    # without the words that give a_0 the first index is unknown
    unstated = exercise.replace(" (assume the first terms here are always $a_{0}$)", "")
    assert read_task("a", parts[0], context=context_of(unstated, parts, 0)).family is None


def test_sum_of_the_first_terms_of_a_sequence_its_exercise_lists():
    # Exercise 4.2.5 2 (PDF), c.: the book's answer is 25250
    exercise = ("Consider the sequence $(a_{n})_{n\\geq0}$ which starts $5,10,15,20,\\dots$.\n\n"
                "a. What is the next term in the sequence?\n\nb. Find a formula for the $n$th term "
                "of this sequence.\n\n$$a_{n}=$$\n\nc. Find the sum of the first $100$ terms of the "
                "sequence: $\\sum_{k=0}^{99}a_{k}$.")
    parts = ["What is the next term in the sequence?",
             "Find a formula for the $n$th term of this sequence.\n\n$$a_{n}=$$",
             "Find the sum of the first $100$ terms of the sequence: $\\sum_{k=0}^{99}a_{k}$."]
    task, problem = solved(parts[2], context_of(exercise, parts, 2))
    # by hand: a_k = 5 + 5k, a_99 = 500; 100 terms pair up as 50 pairs of 505: 25250
    assert (task.family, problem.answer) == ("sequences.progression_sum", 25250)
    assert compare_with_book(problem.answer, "$25250$. We want $5+15+\\dots+500$.").status == "match"
    # a sum that does not start at the first index, or a sequence that is not a progression
    shifted = parts[2].replace("k=0}^{99}", "k=1}^{100}")
    assert read_task("c", shifted, context=context_of(exercise.replace(parts[2], shifted),
                                                      parts[:2] + [shifted], 2)).family is None
    squares = exercise.replace("5,10,15,20", "1,4,9,16")
    assert read_task("c", parts[2], context=context_of(squares, parts, 2)).family is None


def test_a_candy_machines_totals_after_so_many_quarters():
    # Exercise 4.2.5 1 (PDF, the section's further exercises): 7, 10, 13, 16 gain 3 each
    text = ("Your friendly neighborhood bodega has a candy machine that gives $7$ Skittles to the "
            "first customer who puts in a quarter, $10$ to the second, $13$ to the third, $16$ to "
            "the fourth, etc. How many candies has the machine given out in total after $20$ "
            "quarters are put into the machine? After $n$ quarters?")
    task, problem = solved(text)
    # by hand: the 20th customer gets 7 + 19*3 = 64; 20 (7 + 64) / 2 = 710. The nth gets 3n + 4;
    # n (7 + 3n + 4) / 2 = n (3n + 11) / 2
    assert task.family == "sequences.several"
    assert problem.answer[0] == 710 and sp.expand(problem.answer[1] - n * (3 * n + 11) / 2) == 0
    # the mega-mart's machine (4, 7, 12, 19: differences 3, 5, 7) is no progression: unread
    mart = text.replace("$7$ Skittles", "$4$ Skittles").replace("$10$", "$7$").replace(
        "$13$", "$12$").replace("$16$", "$19$")
    assert read_task("a", mart).family is None


def test_the_mega_marts_machine_totals_by_the_differences_of_its_terms():
    # Exercise 4.3.7.2: 4, 7, 12, 19 differ by 3, 5, 7, then 2, 2: the nth customer gets n^2 + 3.
    # By hand: 20 * 21 * 41 / 6 + 3 * 20 = 2870 + 60; n(n+1)(2n+1)/6 + 3n = n(2n^2 + 3n + 19)/6.
    text = ("Not to be outdone, the mega-mart across the street has installed a candy machine that "
            "gives $4$ Skittles to the first customer, $7$ to the second, $12$ to the third, $19$ to "
            "the fourth, etc. How many Skittles has the machine given out in total after $20$ "
            "quarters are put into the machine? After $n$ quarters?")
    task, problem = solved(text)
    assert task.family == "sequences.several"
    assert problem.answer[0] == 2930
    assert sp.expand(problem.answer[1] - n * (2 * n**2 + 3 * n + 19) / 6) == 0
    # terms whose differences do not settle before the list ends: no pattern to carry on
    assert read_task("a", text.replace("$19$", "$20$")).family is None
    family_checks("sequences.polynomial_sum", [{"terms": ["4", "7", "12", "19"], "count": "20"},
                                               {"terms": ["4", "7", "12", "19"], "count": "n"}],
                  random.Random(4))
