"""Stage 3, formalize: computational concepts become formal tasks (SymPy objects, Lean statements)."""

# In the words a domain reader gets, this separates an item's own words from those of the
# exercise it is a part of (formalize.tasks joins them), so a part asks only its own question.
OWN_END = "\u2029"
