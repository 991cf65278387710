"""The sandbox's worker process: imports SymPy once, then runs one program per request.

Runs as ``python -c ...`` under :class:`exercises.sandbox.Sandbox`, talking JSON
lines over stdin/stdout. For each request it forks a throwaway child from its
own clean, SymPy-loaded state, so untrusted code never touches the worker (it
could otherwise monkeypatch SymPy and fake the comparison) and a fork costs
milliseconds where a fresh interpreter with SymPy costs a third of a second.

Layers, outermost first:

* the host kills this whole worker (its own session) if it overruns, and starts a new one;
* each program may compute for ``timeout`` CPU seconds (so a busy machine fails no program
  that an idle one passes); the child runs in its own process group, killed as a group when
  it has taken ``WALL_FACTOR`` times that in wall-clock time (a program that waits, not computes);
* resource limits in the child: address space, CPU seconds, file size, process count
  (ignored for root, hence the next layers), open files;
* a static guard on the source (allow-listed imports, no ``eval``/``exec``/dunder access),
  the cheap first line that turns the common hostile programs away before they run;
* runtime guards in the child: ``open`` writes only inside the child's fresh temporary
  folder, and process, file-deletion and network functions raise :class:`Banned`.

Like the harnesses of human-eval and EvalPlus this is a guard rail against
accidents and runaway programs, not a security boundary against a determined
attacker: run untrusted code from strangers inside a container as well.
"""

from __future__ import annotations

import ast
import builtins
import io
import json
import math
import os
import resource
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from typing import Any

import sympy

from exercises.answers import compare, parse_srepr, to_sympy
from exercises.timeouts import TimeLimit, time_limit

# Modules a solve() may import (top-level names): the standard library's maths, and SymPy.
ALLOWED_IMPORTS = frozenset(
    {
        "math", "cmath", "fractions", "decimal", "numbers", "itertools", "functools",
        "collections", "statistics", "random", "operator", "heapq", "bisect", "string",
        "re", "typing", "dataclasses", "copy", "time", "sympy", "mpmath",
    }
)
BANNED_NAMES = frozenset(
    {
        "eval", "exec", "compile", "__import__", "globals", "locals", "vars", "breakpoint",
        "input", "getattr", "setattr", "delattr", "__builtins__", "memoryview", "exit", "quit",
    }
)
FILE_SIZE_LIMIT = 16 << 20
OPEN_FILES_LIMIT = 64
COMPARE_SECONDS = 5.0
WALL_FACTOR = 4  # a program's wall-clock deadline, in multiples of its CPU-time limit


class Banned(PermissionError):
    """A guarded operation was attempted: the program fails with status "banned"."""


def static_guard(code: str) -> str | None:
    """Why ``code`` is refused before it runs, or None when it may run."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        return f"SyntaxError: {exc.msg} (line {exc.lineno})"
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = [node.module or "."] if node.level == 0 else ["."]
        else:
            modules = []
        for module in modules:
            if module.split(".")[0] not in ALLOWED_IMPORTS:
                return f"import of {module!r} is not allowed"
        if isinstance(node, ast.Name) and node.id in BANNED_NAMES:
            return f"use of {node.id!r} is not allowed"
        if isinstance(node, ast.Attribute) and node.attr.startswith("__"):
            return f"access to attribute {node.attr!r} is not allowed"
    return None


def _banned(what: str) -> Any:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise Banned(f"{what} is not allowed in solve()")

    return refuse


def _install_runtime_guards(workdir: str) -> dict[str, Any]:
    """Disarm dangerous functions in this (throwaway) child; return the builtins for solve()."""
    for name in (
        "system", "popen", "fork", "forkpty", "execv", "execve", "execl", "execle", "execlp",
        "execlpe", "execvp", "execvpe", "spawnl", "spawnle", "spawnv", "spawnve", "spawnlp",
        "spawnvp", "posix_spawn", "posix_spawnp", "kill", "killpg", "remove", "unlink", "rmdir",
        "removedirs", "rename", "renames", "replace", "setsid", "setpgid", "chmod", "chown",
        "symlink", "link", "truncate", "putenv", "chdir",
    ):
        if hasattr(os, name):
            setattr(os, name, _banned(f"os.{name}"))
    for name in ("rmtree", "move", "copy", "copyfile", "copytree", "chown"):
        setattr(shutil, name, _banned(f"shutil.{name}"))
    subprocess.Popen = _banned("subprocess")  # type: ignore[misc]
    for name in ("socket", "create_connection", "create_server", "socketpair", "fromfd"):
        setattr(socket, name, _banned(f"socket.{name}"))
    real_open, real_os_open = builtins.open, os.open
    root = os.path.realpath(workdir)

    def inside(path: Any) -> bool:
        if isinstance(path, int):
            return False
        return os.path.realpath(os.fspath(path)).startswith(root + os.sep)

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+") and not inside(file):
            raise Banned(f"writing {file!r} outside the temporary folder is not allowed")
        if isinstance(file, int):
            raise Banned("opening file descriptors is not allowed")
        return real_open(file, mode, *args, **kwargs)

    def guarded_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC)
        if writing and not inside(path):
            raise Banned(f"writing {path!r} outside the temporary folder is not allowed")
        return real_os_open(path, flags, *args, **kwargs)

    builtins.open = io.open = guarded_open  # type: ignore[assignment]
    os.open = guarded_os_open  # type: ignore[assignment]
    real_import = builtins.__import__

    def guarded_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] not in ALLOWED_IMPORTS:
            raise Banned(f"import of {name!r} is not allowed")
        return real_import(name, *args, **kwargs)

    user_builtins = {k: v for k, v in vars(builtins).items() if k not in BANNED_NAMES}
    user_builtins["__import__"] = guarded_import
    return user_builtins


def _limit_resources(timeout: float, memory_mb: int) -> None:
    """Resource limits for the child; memory is headroom above the preloaded interpreter."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[0])
    address_space = pages * os.sysconf("SC_PAGE_SIZE") + (memory_mb << 20)
    cpu = math.ceil(timeout) + 1
    for limit, value in (
        (resource.RLIMIT_AS, address_space),
        (resource.RLIMIT_CPU, cpu),
        (resource.RLIMIT_FSIZE, FILE_SIZE_LIMIT),
        (resource.RLIMIT_NPROC, 0),
        (resource.RLIMIT_NOFILE, OPEN_FILES_LIMIT),
        (resource.RLIMIT_CORE, 0),
    ):
        hard = value + 1 if limit == resource.RLIMIT_CPU else value
        resource.setrlimit(limit, (value, hard))


def _execute(code: str, user_builtins: dict[str, Any], max_output: int) -> dict[str, Any]:
    """Run one program's ``solve()`` in this child; its reply (never raises)."""
    try:
        namespace: dict[str, Any] = {"__builtins__": user_builtins, "__name__": "solution"}
        exec(compile(code, "<solution>", "exec"), namespace)  # noqa: S102 - the point
        solve = namespace.get("solve")
        if not callable(solve):
            raise TypeError("the program defines no solve() function")
        result = solve()
        value = str(result)
        try:
            srepr = sympy.srepr(to_sympy(result))
        except (ValueError, TypeError, sympy.SympifyError) as exc:
            srepr, value = None, f"{value} ({exc})"
        if len(value) > max_output or (srepr and len(srepr) > max_output):
            return {"status": "error", "error": f"the result is longer than {max_output} characters"}
        return {"status": "ok", "value": value, "srepr": srepr}
    except Banned as exc:
        return {"status": "banned", "error": str(exc)}
    except MemoryError:
        return {"status": "memory", "error": "MemoryError: the memory limit was reached"}
    except TimeLimit:
        return {"status": "timeout", "error": "the time limit was reached"}
    except BaseException as exc:  # noqa: BLE001 - any failure of untrusted code is its result
        return {"status": "error", "error": f"{type(exc).__name__}: {exc}"[:2000]}


def _child(programs: list[str], workdir: str, write_fd: int, timeout: float, memory_mb: int,
           max_output: int) -> None:
    """Run each program in this forked child, writing one JSON line per program."""
    os.setpgid(0, 0)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.chdir(workdir)
    try:
        _limit_resources(timeout * len(programs), memory_mb)
        user_builtins = _install_runtime_guards(workdir)
        for code in programs:  # each program gets its own slice of CPU time
            with time_limit(timeout):
                reply = _execute(code, user_builtins, max_output)
            os.write(write_fd, json.dumps(reply).encode() + b"\n")
    finally:
        os._exit(0)


def _collect(read_fd: int, pid: int, count: int, timeout: float, max_output: int
             ) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Read up to ``count`` reply lines within ``timeout`` s, then kill the child's group.

    Returns the replies that arrived and, when fewer than ``count`` did, why the
    rest did not (timeout, too much output, or the child died).
    """
    deadline = time.monotonic() + timeout
    buffer = b""
    problem: dict[str, Any] | None = None
    while buffer.count(b"\n") < count:
        left = deadline - time.monotonic()
        ready = select.select([read_fd], [], [], max(left, 0))[0] if left > 0 else []
        if not ready:
            problem = {"status": "timeout", "error": f"no result within {timeout:g} s"}
            break
        chunk = os.read(read_fd, 1 << 16)
        if not chunk:
            break
        buffer += chunk
        if len(buffer) > count * (4 * max_output + 4096):
            problem = {"status": "error", "error": "the program wrote too much output"}
            break
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _, status = os.waitpid(pid, 0)
    os.close(read_fd)
    replies = [json.loads(line) for line in buffer.split(b"\n")[:count] if line.strip()]
    if len(replies) < count and problem is None:
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU:
            problem = {"status": "timeout", "error": "the CPU time limit was reached"}
        else:
            problem = {"status": "error", "error": f"the program died (wait status {status})"}
    return replies, problem


def _compare(srepr: str | None, expected: str) -> tuple[bool | None, str | None]:
    """Compare the child's answer with the expected one here, in the clean worker."""
    if srepr is None:
        return False, "the result is not a number or SymPy object"
    try:
        with time_limit(COMPARE_SECONDS):
            return compare(parse_srepr(srepr), parse_srepr(expected)).equal, None
    except TimeLimit:
        return None, f"the comparison took longer than {COMPARE_SECONDS:g} s"
    except (ValueError, TypeError, sympy.SympifyError, MemoryError, RecursionError) as exc:
        return None, f"cannot compare: {type(exc).__name__}: {exc}"[:2000]


def _run(programs: list[str], job: dict[str, Any]) -> tuple[list[dict[str, Any]],
                                                            dict[str, Any] | None]:
    """Fork one child for ``programs``; the replies that came back, and why any did not."""
    workdir = tempfile.mkdtemp(prefix="syllabus-run-")
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _child(programs, workdir, write_fd, job["timeout"], job["memory_mb"],
                   job["max_output"])
        os.close(write_fd)
        return _collect(read_fd, pid, len(programs), WALL_FACTOR * job["timeout"] * len(programs),
                        job["max_output"])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _finish(reply: dict[str, Any], expected: str | None) -> dict[str, Any]:
    if reply["status"] == "ok" and expected is not None:
        reply["equal"], problem = _compare(reply.get("srepr"), expected)
        if problem:
            reply["error"] = problem
    return reply


def run_job(job: dict[str, Any]) -> dict[str, Any]:
    """One program in its own fresh child: guard, fork, run, collect, compare."""
    refused = static_guard(job["code"])
    if refused:
        status = "error" if refused.startswith("SyntaxError") else "banned"
        return {"status": status, "error": refused}
    replies, problem = _run([job["code"]], job)
    return _finish(replies[0] if replies else problem or {}, job.get("expected"))


def run_batch_job(job: dict[str, Any]) -> dict[str, Any]:
    """Many programs in one child (each with its own time slice), for trusted code.

    Programs whose replies are missing (the child died or overran) are run
    again one by one, so one bad program costs only itself.
    """
    items = job["batch"]
    results: list[dict[str, Any] | None] = [None] * len(items)
    runnable = []
    for index, item in enumerate(items):
        refused = static_guard(item["code"])
        if refused:
            status = "error" if refused.startswith("SyntaxError") else "banned"
            results[index] = {"status": status, "error": refused}
        else:
            runnable.append(index)
    replies, _ = _run([items[i]["code"] for i in runnable], job)
    for index, reply in zip(runnable, replies):
        results[index] = _finish(reply, items[index].get("expected"))
    for index in runnable[len(replies):]:
        results[index] = run_job({**job, **items[index]})
    return {"results": results}


def _warm_up() -> None:
    """Run SymPy's common paths once here, so forked children inherit warm caches and imports."""
    x = sympy.Symbol("x")
    expression = sympy.sin(x) ** 2 + sympy.exp(x) / (x + 1)
    sympy.simplify(sympy.diff(expression, x) - sympy.integrate(sympy.cos(x) * x, x))
    sympy.solve(x**2 - 2, x)
    sympy.factor(x**4 - 1), sympy.expand((x + 1) ** 5), sympy.limit(sympy.sin(x) / x, x, 0)
    sympy.Matrix([[1, 2], [3, 4]]).inv(), sympy.Matrix([[1, 2], [3, 4]]).eigenvals()
    sympy.series(sympy.exp(x), x, 0, 4), sympy.factorint(360), sympy.nsimplify(0.5)
    sympy.dsolve(sympy.Function("f")(x).diff(x) - sympy.Function("f")(x))
    compare(parse_srepr(sympy.srepr(x**2 - 1)), (x - 1) * (x + 1))


def main() -> None:
    """Serve requests, one JSON line in, one JSON line out, until stdin closes."""
    _warm_up()
    out = sys.stdout.buffer
    out.write(b'{"ready": true}\n')
    out.flush()
    for line in sys.stdin.buffer:
        job: dict[str, Any] = {}
        try:
            job = json.loads(line)
            reply = run_batch_job(job) if "batch" in job else run_job(job)
        except Exception as exc:  # noqa: BLE001 - report, keep serving
            reply = {"status": "error", "error": f"sandbox: {type(exc).__name__}: {exc}"}
        reply["id"] = job.get("id")
        out.write(json.dumps(reply).encode() + b"\n")
        out.flush()


if __name__ == "__main__":
    main()
