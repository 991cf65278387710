"""Packs: generation end to end, splits that never leak, dedup, decontamination, same bytes."""

from __future__ import annotations

import json

import pyarrow.json as pajson
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from exercises.dedup import math_key
from exercises.generate import generate
from exercises.pack import SPLITS, assign_split, filter_records, group_key, load_pack
from exercises.verify import verify_pack
from syllabus.cli import cli
from syllabus.errors import UserError
from syllabus.files import sha256_file

FAMILIES = ["number_theory.gcd", "arithmetic.add_fractions", "measurement.convert_length"]


@pytest.fixture(scope="module")
def pack_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("packs") / "one"
    generate(out, FAMILIES, 6, seed=3, workers=1, property_examples=2)
    return out


def test_pack_layout_and_manifest(pack_dir) -> None:
    pack = load_pack(pack_dir)
    manifest = pack.manifest
    assert (manifest["schema"], manifest["version"], manifest["seed"]) == ("syllabus.pack", 1, 3)
    records = pack.records()
    assert len(records) == manifest["verification"]["exercises"] > 0
    assert sum(manifest["splits"].values()) == len(records)
    for name, digest in manifest["checksums"].items():
        assert sha256_file(pack_dir / name) == digest, name
    assert set(manifest["drops"]) == set(FAMILIES)
    for fam in FAMILIES:
        figures = manifest["drops"][fam]
        assert figures["attempted"] == 6
        assert figures["shipped"] + figures["dropped"] == 6
    assert all(r["verification"]["property_test"]["outcome"] == "passed" for r in records)
    assert "configs:" in (pack_dir / "README.md").read_text()


def test_splits_load_with_arrow_and_parquet(pack_dir) -> None:
    for name in SPLITS:
        path = pack_dir / f"{name}.jsonl"
        rows = load_pack(pack_dir).split(name)
        if rows:
            assert pajson.read_json(path).num_rows == len(rows)
            assert pq.read_table(pack_dir / f"{name}.parquet").num_rows == len(rows)
            assert {r["split"] for r in rows} == {name}


def test_same_seed_same_bytes_whatever_the_workers(pack_dir, tmp_path) -> None:
    other = tmp_path / "two"
    generate(other, FAMILIES, 6, seed=3, workers=2, property_examples=2)
    for path in sorted(pack_dir.iterdir()):
        assert (other / path.name).read_bytes() == path.read_bytes(), path.name


def test_verify_passes_then_catches_tampering(pack_dir, tmp_path) -> None:
    report = verify_pack(pack_dir, property_examples=2)
    assert report["ok"] and report["passed"] == report["exercises"]
    tampered = tmp_path / "tampered"
    tampered.mkdir()
    for path in pack_dir.iterdir():
        (tampered / path.name).write_bytes(path.read_bytes())
    lines = (tampered / "train.jsonl").read_text().splitlines()
    record = json.loads(lines[0])
    record["code"] = "def solve():\n    return -1\n"
    lines[0] = json.dumps(record)
    (tampered / "train.jsonl").write_text("\n".join(lines) + "\n")
    report = verify_pack(tampered, property_examples=2)
    assert not report["ok"]
    assert [f["id"] for f in report["failed"]] == [record["id"]]
    assert report["checksum_mismatches"] == ["train.jsonl"]
    result = CliRunner().invoke(cli, ["-q", "verify", str(tampered), "--property-examples", "2"])
    assert result.exit_code == 1 and "FAIL" in result.output


def test_variants_of_one_item_share_a_split() -> None:
    base = {"family": "f.x", "params": "{}", "statement": "s", "statement_latex": "$1$",
            "answer_text": "1"}
    variants = [{**base, "provenance": {"book": "b", "item_id": "ex-1.2"}, "params": str(i)}
                for i in range(20)]
    assert len({assign_split(group_key(v), 0) for v in variants}) == 1
    spread = {assign_split(group_key({**base, "params": str(i)}), 0) for i in range(200)}
    assert spread == set(SPLITS)


def test_exact_and_near_duplicates_are_removed() -> None:
    def record(statement: str, latex: str, answer: str = "13") -> dict:
        return {"family": "functions.evaluate", "statement": statement, "statement_latex": latex,
                "answer_text": answer}

    records = [record("Let f(x) = 2x+3. What is f(5)?", "Let $f(x) = 2x+3$. What is $f(5)$?"),
               record("let f(x) = 2x+3.  What is f(5)", "x"),
               record("Let g(t) = 2t + 3; find g(5).", "Let $g(t)=2t + 3$; find $g(5)$."),
               record("Let f(x) = 2x+3. What is f(6)?", "Let $f(x) = 2x+3$. What is $f(6)$?",
                      "15")]
    filtered = filter_records(records, None)
    assert [r["statement"][-5:] for r in filtered.records] == ["f(5)?", "f(6)?"]
    assert dict(filtered.drops["functions.evaluate"]) == {"duplicate": 1, "near duplicate": 1}
    assert math_key(records[0]) != math_key(records[3])


def test_decontamination_drops_overlap_and_reports_it(pack_dir, tmp_path) -> None:
    victim = load_pack(pack_dir).split("train")[0]
    eval_set = tmp_path / "eval.jsonl"
    eval_set.write_text(json.dumps({"question": victim["statement"], "answer": "x"}) + "\n"
                        + "an unrelated question about apples and oranges\n")
    out = tmp_path / "clean"
    manifest = generate(out, FAMILIES, 6, seed=3, decontaminate=eval_set, property_examples=2)
    assert manifest["decontamination"]["dropped"] >= 1
    assert victim["id"] not in {r["id"] for r in load_pack(out).records()}


def test_bad_inputs_are_one_line_errors(tmp_path) -> None:
    runner = CliRunner()
    (tmp_path / "notapack").mkdir()
    cases = [
        (["generate", "--families", "no.such", "--count", "2", "-o", str(tmp_path / "a")],
         "unknown family"),
        (["generate", "--families", "number_theory.gcd", "--count", "0", "-o", str(tmp_path / "a")],
         "positive whole number"),
        (["generate", "--families", "number_theory.gcd", "--count", "2", "-o",
          str(tmp_path / "notapack")], "not a pack"),
        (["verify", str(tmp_path / "notapack")], "not a pack"),
    ]
    for args, message in cases:
        result = runner.invoke(cli, ["-q", *args])
        assert result.exit_code == 1, args
        assert message in result.output and result.output.strip().count("\n") == 0, result.output
    assert not (tmp_path / "a").exists()
    with pytest.raises(UserError):
        load_pack(tmp_path / "notapack")


def test_cli_generate_verify_and_families(tmp_path) -> None:
    runner = CliRunner()
    out = tmp_path / "cli"
    result = runner.invoke(cli, ["-q", "generate", "--families", "number_theory.remainder",
                                 "--count", "3", "--seed", "1", "--property-examples", "2",
                                 "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["verification"]["exercises"] == len(load_pack(out).records())
    result = runner.invoke(cli, ["-q", "verify", str(out), "--json", "--property-examples", "2"])
    assert result.exit_code == 0 and json.loads(result.output)["ok"]
    result = runner.invoke(cli, ["families", "--json"])
    listing = json.loads(result.output)
    assert {"number_theory.gcd", "compose.solve_linear_in_value"} <= {r["family"] for r in listing}
    assert all(r["sample"] and not r["sample"].startswith("(cannot") for r in listing)
