"""Lean 4 statements for the claims that fit core Lean (no Mathlib), and their checker.

A family writes its Lean theorem from the *same* parameters as its problem
text (the helpers here take those numbers, never the text), so the statement
and the problem cannot drift apart. Proofs use only what core Lean 4 proves
well: ``decide`` on closed Nat/Int facts (the kernel has fast big-number
arithmetic, gcd included) and witnesses for existential claims.

Checking needs a working ``lean`` (``lean --version`` must answer: Debian's
``elan`` shims exist on the PATH but fail offline). Without one, an exercise
says "written, not checked" - never "Lean-verified".
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

WRITTEN = "written, not checked"
VERIFIED = "Lean-verified"
FAILED = "failed"
CHECK_SECONDS = 60.0


def theorem(name: str, statement: str, proof: str = "by decide") -> str:
    """One Lean theorem; ``name`` is made a valid identifier from the problem's parameters."""
    ident = re.sub(r"[^A-Za-z0-9_]", "_", name)
    return f"theorem {ident} : {statement} := {proof}\n"


def nat(value: int) -> str:
    """A Nat literal (type-ascribed so that Lean never guesses the type)."""
    return f"({value} : Nat)"


def int_(value: int) -> str:
    """An Int literal; negative literals need parentheses in Lean."""
    return f"({value} : Int)"


@functools.cache
def lean_version() -> str | None:
    """The version line of a working ``lean``, or None when there is none."""
    try:
        done = subprocess.run(["lean", "--version"], check=False, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def theorem_names(source: str) -> list[str]:
    return re.findall(r"^\s*theorem\s+(\S+)", source, flags=re.MULTILINE)


def check(source: str | None) -> dict[str, Any] | None:
    """The ``verification.lean`` record for ``source``: checked when a ``lean`` works."""
    if source is None:
        return None
    record: dict[str, Any] = {"statement": source, "status": WRITTEN, "checker": None,
                              "axioms": None}
    if re.search(r"\bsorry\b|\badmit\b|native_decide", source):
        record.update(status=FAILED, checker="refused: sorry, admit or native_decide in the proof")
        return record
    version = lean_version()
    if version is None:
        record["checker"] = "no working lean: `lean --version` did not answer"
        return record
    record["checker"] = version
    names = theorem_names(source)
    probe = source + "".join(f"\n#print axioms {name}" for name in names)
    with tempfile.TemporaryDirectory(prefix="syllabus-lean-") as folder:
        path = Path(folder) / "Exercise.lean"
        path.write_text(probe, encoding="utf-8")
        try:
            done = subprocess.run(["lean", "--json", str(path)], check=False,
                                  capture_output=True, text=True,
                                  timeout=CHECK_SECONDS, cwd=folder)
        except subprocess.TimeoutExpired:
            record.update(status=FAILED, checker=f"{version}: over {CHECK_SECONDS:g} s")
            return record
    messages = parse_messages(done.stdout)
    errors = [m["data"] for m in messages if m.get("severity") == "error"]
    uses_sorry = any("sorry" in m.get("data", "") for m in messages)
    if done.returncode != 0 or errors or uses_sorry or not names:
        record.update(status=FAILED, axioms=None)
        record["checker"] = f"{version}: " + ("; ".join(errors)[:500] or "no theorem checked")
        return record
    record.update(status=VERIFIED, axioms=axioms_from(messages))
    return record


def parse_messages(stdout: str) -> list[dict[str, Any]]:
    """The JSON message objects of ``lean --json`` (one per line; other lines ignored)."""
    messages = []
    for line in stdout.splitlines():
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(obj, dict):
            messages.append(obj)
    return messages


def axioms_from(messages: list[dict[str, Any]]) -> list[str]:
    """Axioms named by ``#print axioms`` messages ("depends on axioms: [propext, ...]")."""
    found: set[str] = set()
    for message in messages:
        match = re.search(r"depends on axioms: \[([^\]]*)\]", message.get("data", ""))
        if match:
            found.update(a.strip() for a in match.group(1).split(",") if a.strip())
    return sorted(found)
