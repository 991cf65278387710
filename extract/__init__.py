"""Stage 2, extract: the concepts a textbook teaches (definitions, theorems, examples, exercises, answers)."""
