"""The sandbox: right and wrong answers are told apart; hostile programs fail their own case only."""

from __future__ import annotations

import os
import socket
import time

import pytest
import sympy

from exercises.sandbox import Sandbox

X = sympy.Symbol("x")


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(workers=1, timeout=2.0, memory_mb=256) as box:
        yield box


def test_correct_and_wrong_answers(sandbox: Sandbox) -> None:
    expected = sympy.srepr(3 * X**2)
    right = "import sympy as sp\ndef solve():\n    x = sp.Symbol('x')\n    return sp.diff(x**3, x)"
    wrong = "import sympy as sp\ndef solve():\n    x = sp.Symbol('x')\n    return 3*x**3"
    good, bad = sandbox.run_many([(right, expected), (wrong, expected)])
    assert (good.status, good.equal, good.value) == ("ok", True, "3*x**2")
    assert (bad.status, bad.equal) == ("ok", False)


def test_plain_python_results_are_compared_exactly(sandbox: Sandbox) -> None:
    half = sympy.srepr(sympy.Rational(1, 2))
    assert sandbox.run("from fractions import Fraction\ndef solve():\n    return Fraction(2, 4)", half).equal
    # a float is not the exact rational it approximates closely
    assert sandbox.run("def solve():\n    return 0.5 + 1e-12", half).equal is False
    pair = sympy.srepr(sympy.Tuple(1, 2))
    assert sandbox.run("def solve():\n    return [1, 2]", pair).equal
    assert sandbox.run("def solve():\n    return 'two'", pair).equal is False


def test_infinite_loop_and_sleep_time_out(sandbox: Sandbox) -> None:
    for body in ("while True:\n        pass", "import time\n    time.sleep(60)"):
        start = time.monotonic()
        result = sandbox.run(f"def solve():\n    {body}")
        assert result.status == "timeout", result
        assert time.monotonic() - start < 30, result  # 2 s limit; generous for a loaded CI
    assert sandbox.run("def solve():\n    return 1", "Integer(1)").equal  # still serving


def test_the_limit_counts_computing_not_waiting(sandbox: Sandbox) -> None:
    """A program that waits past its 2 s limit but computes little still returns: the limit is
    CPU time (a loaded machine fails no program an idle one passes); waiting has its own,
    longer deadline (the sleep(60) above)."""
    waits = "import time\ndef solve():\n    time.sleep(3)\n    return 1"
    assert sandbox.run(waits, "Integer(1)").status == "ok"
    assert sandbox.run_batch([(waits, "Integer(1)")] * 2)[1].status == "ok"


def test_memory_bomb_hits_the_limit(sandbox: Sandbox) -> None:
    for body in ("return bytearray(10**11)", "xs = []\n    while True:\n        xs.append(' ' * 10**8)"):
        assert sandbox.run(f"def solve():\n    {body}").status == "memory"


def test_fork_bomb_and_os_system_are_refused(sandbox: Sandbox, tmp_path) -> None:
    marker = tmp_path / "ran"
    programs = [
        "import os\ndef solve():\n    while True:\n        os.fork()",
        f"import os\ndef solve():\n    os.system('touch {marker}')",
        f"import subprocess\ndef solve():\n    subprocess.run(['touch', '{marker}'])",
        f"def solve():\n    __import__('os').system('touch {marker}')",
        f"import sympy\ndef solve():\n    sympy.__builtins__['__import__']('os').system('touch {marker}')",
    ]
    for code in programs:
        assert sandbox.run(code).status == "banned", code
    assert not marker.exists()


def test_files_outside_the_temporary_folder_are_untouched(sandbox: Sandbox, tmp_path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    written = tmp_path / "new.txt"
    for code in (
        f"def solve():\n    open({str(written)!r}, 'w').write('x')",
        f"def solve():\n    open({str(victim)!r}, 'a').write('x')",
        f"import sympy\ndef solve():\n    return sympy.utilities.misc.os.remove({str(victim)!r})",
    ):
        assert sandbox.run(code).status in {"banned", "error"}, code
    assert victim.read_text() == "keep" and not written.exists()
    # its own temporary folder is fine, and it is gone afterwards
    result = sandbox.run("import sympy\ndef solve():\n    open('a.txt', 'w').write('7')\n"
                         "    return sympy.Integer(open('a.txt').read())", "Integer(7)")
    assert result.equal


def test_network_is_refused(sandbox: Sandbox) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    programs = [
        f"import socket\ndef solve():\n    socket.create_connection(('127.0.0.1', {port}))",
        f"import sympy\ndef solve():\n    m = sympy.utilities.misc\n    return m.sys.modules['socket'].create_connection(('127.0.0.1', {port}))",
    ]
    for code in programs:
        assert sandbox.run(code).status in {"banned", "error"}
    with pytest.raises(TimeoutError):
        listener.accept()
    listener.close()


def test_a_dead_worker_is_replaced() -> None:
    with Sandbox(workers=1, timeout=1.0) as box:
        pid = box._all[0].process.pid
        os.kill(pid, 9)
        assert box.run("def solve():\n    return 1", "Integer(1)").status == "error"
        assert box.run("def solve():\n    return 1", "Integer(1)").equal


def test_errors_are_reported(sandbox: Sandbox) -> None:
    assert sandbox.run("def solve(:\n    pass").status == "error"
    assert "ZeroDivisionError" in sandbox.run("def solve():\n    return 1/0").error
    assert "solve()" in sandbox.run("x = 1").error
    assert sandbox.run("def solve():\n    return 'x' * 10**6").status == "error"


def test_a_batch_isolates_failures_per_program(sandbox: Sandbox) -> None:
    expected = sympy.srepr(sympy.Integer(6))
    right = "def solve():\n    return 6"
    items = [(right, expected), ("def solve():\n    while True:\n        pass", expected),
             ("import os\ndef solve():\n    return 6", expected),
             ("def solve():\n    return bytearray(10**11)", expected),
             ("def solve():\n    return 7", expected), (right, expected)]
    results = sandbox.run_batch(items)
    assert [r.status for r in results] == ["ok", "timeout", "banned", "memory", "ok", "ok"]
    assert [r.equal for r in results] == [True, None, None, None, False, True]
