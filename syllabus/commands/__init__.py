"""The subcommands of ``syllabus``, one module each; ``COMMANDS`` lists them in help order."""

from syllabus.commands.eval import eval_command
from syllabus.commands.ingest import ingest
from syllabus.commands.sample import sample
from syllabus.commands.train import train

COMMANDS = [ingest, train, eval_command, sample]
