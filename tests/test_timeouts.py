"""Time limits count CPU time: they stop CAS-style loops, even ones that swallow exceptions,
nest correctly, and leave a block that waits (not computes) alone; a bounded step gives up
alone, unless the budget around it is spent too."""

from __future__ import annotations

import time

import pytest

from exercises.timeouts import TimeLimit, bounded, cpu_seconds, time_limit
from tests.cpu_work import spin


def test_a_loop_that_swallows_exceptions_is_still_stopped() -> None:
    def stubborn() -> None:
        while True:
            try:
                while True:
                    pass
            except Exception:  # noqa: BLE001, S110 - SymPy has blocks like this
                pass

    start = cpu_seconds()
    with pytest.raises(TimeLimit), time_limit(0.2):
        stubborn()
    assert cpu_seconds() - start < 2


def test_a_busy_loop_is_stopped_but_a_sleeping_block_is_not() -> None:
    with pytest.raises(TimeLimit), time_limit(0.1):
        spin(5)
    with time_limit(0.1):
        time.sleep(0.4)  # four times the budget in wall-clock time, almost no CPU time


def test_limits_nest_and_leave_no_stray_alarm() -> None:
    with pytest.raises(TimeLimit), time_limit(0.2), time_limit(10):
        spin(3)  # the outer deadline is the nearer one
    with time_limit(1.0):
        with pytest.raises(TimeLimit), time_limit(0.05):
            spin(1)
        spin(0.1)  # the outer block still has time left
    spin(0.2)  # and nothing fires after both have closed


def test_a_bounded_step_gives_up_alone_unless_the_outer_budget_is_spent() -> None:
    with time_limit(5):
        assert bounded(0.05, lambda: spin(2)) is None  # the step gave up; the block goes on
        assert bounded(1, lambda: 7) == 7
        spin(0.1)
    with pytest.raises(TimeLimit), time_limit(0.1):
        bounded(10, lambda: spin(3))  # the outer budget ran out inside the step
