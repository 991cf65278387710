"""Stage 5, train: phi-1-style recipes that teach a small model from verified packs."""
