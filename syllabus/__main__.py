"""Allow ``python -m syllabus``."""

from syllabus.cli import main

main()
