"""The subcommands of ``syllabus``, one module each; ``COMMANDS`` lists them in help order."""

from syllabus.commands.extract import extract
from syllabus.commands.ingest import ingest

COMMANDS = [ingest, extract]
