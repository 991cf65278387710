"""The hypothesis property test of every family: checks pass and the code computes the answer.

Parametrised over every registered family (``syllabus verify`` runs the same
test through :func:`exercises.properties.property_test`). Few examples per
family keep the suite fast; generation and ``syllabus verify`` run more.
"""

from __future__ import annotations

import pytest

from exercises.generate import registered
from exercises.properties import property_test
from exercises.sandbox import Sandbox

FAMILY_NAMES = sorted(registered())


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(workers=1) as box:
        yield box


@pytest.mark.parametrize("name", FAMILY_NAMES)
def test_family_property(name: str, sandbox: Sandbox) -> None:
    result = property_test(registered()[name], sandbox, max_examples=3)
    assert result["outcome"] == "passed", result["detail"]


def test_every_topic_of_the_engine_is_covered() -> None:
    topics = {name.split(".")[0] for name in FAMILY_NAMES}
    assert {"arithmetic", "number_theory", "measurement", "compose"} <= topics
    assert len([n for n in FAMILY_NAMES if n.split(".")[0] in
                {"arithmetic", "number_theory", "measurement"}]) >= 25
