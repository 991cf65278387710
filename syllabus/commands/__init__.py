"""The subcommands of ``syllabus``, one module each; ``COMMANDS`` lists them in help order."""

from syllabus.commands.build import build
from syllabus.commands.eval import eval_command
from syllabus.commands.extract import extract
from syllabus.commands.families import families
from syllabus.commands.generate import generate
from syllabus.commands.ingest import ingest
from syllabus.commands.sample import sample
from syllabus.commands.train import train
from syllabus.commands.verify import verify

COMMANDS = [build, ingest, extract, families, generate, verify, train, eval_command, sample]
