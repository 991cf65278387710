"""Stage 3, formalize: computational concepts become formal tasks (SymPy objects, Lean statements)."""
