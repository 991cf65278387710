"""File helpers every stage shares: atomic writes and versioned JSON files.

Outputs are written to a temporary name beside the target and renamed into
place, so an interrupted run never leaves a half-written file or folder behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from syllabus.errors import UserError


def sha256_file(path: str | os.PathLike[str]) -> str:
    """Hex SHA-256 of a file, read in chunks so large books are not held in memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_dir(path: str | os.PathLike[str], *, replace: bool = False) -> Iterator[Path]:
    """Yield a temporary folder that becomes ``path`` only if the block succeeds.

    With ``replace`` an existing folder at ``path`` is swapped out; otherwise the
    caller must have checked that ``path`` does not exist.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        yield tmp
        if replace and target.exists():
            old = target.with_name(f".{target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
            os.replace(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_json(path: str | os.PathLike[str], obj: Any) -> None:
    """Write ``obj`` as stable, human-diffable JSON (sorted keys would reorder fields: we keep insertion order)."""
    atomic_write(path, json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


def read_versioned_json(path: str | os.PathLike[str], schema: str, version: int) -> dict[str, Any]:
    """Read a stage file and check that it carries the expected schema name and version.

    Stages talk through these files, so a file from another stage or another
    schema version is refused with a message that says how to regenerate it.
    """
    source = Path(path)
    if not source.is_file():
        raise UserError(f"{source}: no such file; check the path")
    try:
        obj = json.loads(source.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"{source}: not a JSON file ({exc.__class__.__name__}); pass a file written by syllabus") from None
    if not isinstance(obj, dict) or obj.get("schema") != schema:
        raise UserError(f"{source}: not a {schema} file; pass a file written by syllabus")
    if obj.get("version") != version:
        raise UserError(
            f"{source}: {schema} version {obj.get('version')!r}, this syllabus reads version {version}; "
            "regenerate it with this version of syllabus"
        )
    return obj
