"""The subcommands of ``syllabus``, one module each; ``COMMANDS`` lists them in help order."""

from syllabus.commands.build import build
from syllabus.commands.extract import extract
from syllabus.commands.families import families
from syllabus.commands.generate import generate
from syllabus.commands.ingest import ingest
from syllabus.commands.verify import verify

COMMANDS = [build, ingest, extract, families, generate, verify]
