"""Run untrusted ``solve()`` programs in a pool of persistent, sandboxed worker processes.

The exercise engine checks each family's program here, and ``syllabus eval``
runs a model's programs here: both need the same answer to "did this code
compute the verified answer?", with hostile or runaway code failing its own
case and nothing else. Each worker (:mod:`exercises.sandbox_worker`) imports
SymPy once and forks a limited, throwaway child per program (:meth:`Sandbox.run`,
:meth:`Sandbox.run_many`) or per batch of the engine's own programs
(:meth:`Sandbox.run_batch`, about ten times faster); this module owns the
workers: starts them in their own session, feeds them requests, enforces a
wall-clock deadline, and kills and replaces a worker that dies or overruns.
Programs are limited in CPU time (the worker's wall-clock deadlines are a multiple of it,
for programs that wait), so that a loaded machine fails the same programs as an idle one.

Answers are compared *inside* the worker (``expected`` is ``sympy.srepr`` text,
rebuilt there without ``eval``); the host never evaluates anything a program
produced.
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import select
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from exercises.sandbox_worker import COMPARE_SECONDS, WALL_FACTOR

ROOT = Path(__file__).resolve().parents[1]  # the folder that holds the exercises package
MAX_OUTPUT = 100_000  # characters of str(result) a program may return
PROGRAM_SECONDS = 5.0  # CPU seconds a program may run, by default
STARTUP_SECONDS = 60.0  # importing SymPy on a loaded machine can take a while
_LAUNCH = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from exercises.sandbox_worker import main; main()"


@dataclass
class RunResult:
    """The outcome of running one program."""

    status: str  # "ok" | "error" | "timeout" | "memory" | "banned"
    value: str | None  # str() of solve()'s result
    equal: bool | None  # SymPy equivalence with expected, when given
    error: str | None
    seconds: float


def _result(reply: dict[str, Any], seconds: float) -> RunResult:
    return RunResult(reply.get("status", "error"), reply.get("value"), reply.get("equal"),
                     reply.get("error"), seconds)


class _Worker:
    """One worker process, in its own session so that it and its children die together."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _LAUNCH],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=tempfile.gettempdir(),
            start_new_session=True,
        )
        self._buffer = b""
        self.ready = False

    def request(self, job: dict[str, Any], seconds: float) -> dict[str, Any] | None:
        """Send one job and wait for its reply: None if it overran, EOFError if the worker died."""
        deadline = time.monotonic() + seconds
        if not self.ready:
            if self._read_line(time.monotonic() + STARTUP_SECONDS) is None:
                return None
            self.ready = True
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(json.dumps(job).encode() + b"\n")
            self.process.stdin.flush()
        except OSError:
            raise EOFError("the sandbox worker died") from None
        line = self._read_line(deadline)
        if line is None:
            return None
        reply = json.loads(line)
        if reply.get("id") != job["id"]:
            raise EOFError("the sandbox worker answered another request")
        return reply

    def _read_line(self, deadline: float) -> bytes | None:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                raise EOFError("the sandbox worker died")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line

    def kill(self) -> None:
        """Kill the worker's whole process group and reap it."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


class Sandbox:
    """A pool of sandbox workers; ``run`` one program or ``run_many`` in parallel.

    ``timeout`` is CPU seconds per program (``WALL_FACTOR`` times that in wall-clock
    time for one that waits), ``memory_mb`` the memory a
    program may allocate on top of the worker's preloaded interpreter.
    """

    def __init__(self, workers: int = 1, timeout: float = PROGRAM_SECONDS, memory_mb: int = 1024) -> None:
        if workers < 1:
            raise ValueError("a sandbox needs at least one worker")
        self.workers, self.timeout, self.memory_mb = workers, timeout, memory_mb
        self._owner = os.getpid()  # workers' pipes must not be shared with a forked child
        self._requests = itertools.count()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        for _ in range(workers):
            self._add_worker()
        self._closed = False

    def _add_worker(self) -> None:
        worker = _Worker()
        self._all.append(worker)
        self._idle.put(worker)

    def run(self, code: str, expected: str | None = None) -> RunResult:
        """Run ``code``'s ``solve()``; compare with ``expected`` (srepr text) when given."""
        reply, seconds = self._request({"code": code, "expected": expected}, 1)
        return _result(reply, seconds)

    def run_batch(self, items: list[tuple[str, str | None]]) -> list[RunResult]:
        """Run trusted programs (the engine's own) in one throwaway process, in order.

        Faster than :meth:`run_many` (one fork for the lot, not one per program),
        with the same limits and guards, each program with its own time limit; but
        the programs share that process, so a program could affect a later one.
        Use it for code the engine wrote; run a model's or a user's code with
        :meth:`run` or :meth:`run_many`.
        """
        if not items:
            return []
        batch = [{"code": code, "expected": expected} for code, expected in items]
        reply, seconds = self._request({"batch": batch}, len(items))
        if "results" not in reply:  # the worker itself failed: every program shares its fate
            return [_result(reply, seconds)] * len(items)
        share = seconds / len(items)
        return [_result(one, share) for one in reply["results"]]

    def _request(self, job: dict[str, Any], programs: int) -> tuple[dict[str, Any], float]:
        """Send a job to an idle worker; replace the worker if it dies or overruns."""
        if self._closed:
            raise RuntimeError("this sandbox is closed")
        if os.getpid() != self._owner:
            raise RuntimeError("this sandbox belongs to another process; make one per process")
        job = {**job, "id": next(self._requests), "timeout": self.timeout,
               "memory_mb": self.memory_mb, "max_output": MAX_OUTPUT}
        worker = self._idle.get()
        start = time.monotonic()
        try:
            # a batch may be re-run program by program after its child fails: twice the time
            allowed = (2 if programs > 1 else 1) * programs * WALL_FACTOR * (
                self.timeout + COMPARE_SECONDS) + 5
            reply = worker.request(job, allowed)
        except EOFError as exc:
            self._replace(worker)
            return {"status": "error", "error": str(exc)}, time.monotonic() - start
        except BaseException:
            self._replace(worker)
            raise
        seconds = time.monotonic() - start
        if reply is None:
            self._replace(worker)
            return {"status": "timeout", "error": "the sandbox worker overran"}, seconds
        self._idle.put(worker)
        return reply, seconds

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self._all.remove(worker)
        self._add_worker()

    def run_many(self, items: list[tuple[str, str | None]]) -> list[RunResult]:
        """Run many programs across the workers; results in the order of ``items``."""
        if self.workers == 1:
            return [self.run(code, expected) for code, expected in items]
        with ThreadPoolExecutor(self.workers) as pool:
            return list(pool.map(lambda item: self.run(*item), items))

    def close(self) -> None:
        """Stop every worker (only in the process that started them)."""
        self._closed = True
        if os.getpid() != self._owner:
            return
        for worker in self._all:
            try:
                if worker.process.stdin is not None:
                    worker.process.stdin.close()
            except OSError:
                pass
            worker.kill()
        self._all.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        if not getattr(self, "_closed", True):
            self.close()
