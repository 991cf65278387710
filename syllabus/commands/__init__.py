"""The subcommands of ``syllabus``, one module each; ``COMMANDS`` lists them in help order."""

from syllabus.commands.eval import eval_command
from syllabus.commands.families import families
from syllabus.commands.generate import generate
from syllabus.commands.ingest import ingest
from syllabus.commands.sample import sample
from syllabus.commands.train import train
from syllabus.commands.verify import verify

COMMANDS = [ingest, families, generate, verify, train, eval_command, sample]
