"""Stage 4, exercises: families of generated problems, verified and written out as packs."""
