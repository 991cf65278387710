"""Time limits stop CAS-style loops, even ones that swallow exceptions, and nest correctly."""

from __future__ import annotations

import time

import pytest

from exercises.timeouts import TimeLimit, time_limit


def test_a_loop_that_swallows_exceptions_is_still_stopped() -> None:
    def stubborn() -> None:
        while True:
            try:
                while True:
                    pass
            except Exception:  # noqa: BLE001, S110 - SymPy has blocks like this
                pass

    start = time.monotonic()
    with pytest.raises(TimeLimit), time_limit(0.2):
        stubborn()
    assert time.monotonic() - start < 2


def test_limits_nest_and_leave_no_stray_alarm() -> None:
    with pytest.raises(TimeLimit), time_limit(0.2), time_limit(10):
        time.sleep(2)  # the outer deadline is the nearer one
    with time_limit(1.0):
        with pytest.raises(TimeLimit), time_limit(0.05):
            time.sleep(1)
        time.sleep(0.1)  # the outer block still has time left
    time.sleep(0.2)  # and nothing fires after both have closed
