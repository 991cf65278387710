"""Work that costs CPU time, for tests of the CPU-time budgets (sleeping costs none)."""

from __future__ import annotations

from exercises.timeouts import cpu_seconds


def spin(seconds: float) -> None:
    """Compute (not wait) for ``seconds`` of this process's CPU time."""
    end = cpu_seconds() + seconds
    while cpu_seconds() < end:
        pass
