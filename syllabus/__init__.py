"""syllabus: compile a math textbook into verified exercise packs.

This package composes the stages (ingest, extract, formalize, exercises, train)
behind one command-line interface; the stages themselves live in their own
top-level packages so that each can be run, cached and tested alone.
"""

__version__ = "0.1.0"
