"""The subcommands of ``syllabus``, one module each; ``COMMANDS`` lists them in help order."""

from syllabus.commands.families import families
from syllabus.commands.generate import generate
from syllabus.commands.ingest import ingest
from syllabus.commands.verify import verify

COMMANDS = [ingest, families, generate, verify]
