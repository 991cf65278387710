"""Shared test fixtures: where the real textbooks are.

The shared textbooks sit in ``../shared/textbooks`` beside the checkout (CI puts
them there too). Tests that need them fail loudly when they are missing rather
than skipping, so a CI run can never pass without having read a real book.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from exercises.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[1]
TEXTBOOKS = ROOT.parent / "shared" / "textbooks"
SAMPLES = ROOT / "samples"

BOOK_PDFS = {
    "fcla": TEXTBOOKS / "fcla" / "beezer-fcla.pdf",
    "discrete": TEXTBOOKS / "discrete" / "levin-discrete-math.pdf",
    "trig": TEXTBOOKS / "trig" / "corral-trigonometry.pdf",
    "diffyqs": TEXTBOOKS / "diffyqs" / "lebl-diffyqs.pdf",
}


@pytest.fixture(scope="session")
def textbooks() -> Path:
    """The folder of shared textbooks; fails (not skips) when it is missing."""
    assert TEXTBOOKS.is_dir(), f"shared textbooks not found at {TEXTBOOKS}"
    return TEXTBOOKS


@pytest.fixture(scope="module")
def sandbox():
    """A sandbox for a test module's generated code; a module that needs other limits (one
    worker, a short timeout) defines its own."""
    with Sandbox() as box:
        yield box
