"""Atomic writes and versioned stage files."""

import json

import pytest

from syllabus.errors import UserError
from syllabus.files import atomic_dir, atomic_write, read_versioned_json


def test_atomic_write_leaves_no_temporary(tmp_path) -> None:
    target = tmp_path / "sub" / "out.json"
    atomic_write(target, "{}")
    assert target.read_text() == "{}"
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]


def test_atomic_dir_removes_partial_output_on_failure(tmp_path) -> None:
    target = tmp_path / "pack"
    with pytest.raises(RuntimeError), atomic_dir(target) as tmp:
        (tmp / "half.jsonl").write_text("x")
        raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []


def test_versioned_json_refuses_other_schema_and_version(tmp_path) -> None:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps({"schema": "syllabus.document", "version": 99}))
    with pytest.raises(UserError, match="version 99"):
        read_versioned_json(path, "syllabus.document", 1)
    path.write_text(json.dumps({"schema": "other"}))
    with pytest.raises(UserError, match="not a syllabus.document"):
        read_versioned_json(path, "syllabus.document", 1)
    path.write_text("not json")
    with pytest.raises(UserError, match="not a JSON"):
        read_versioned_json(path, "syllabus.document", 1)
