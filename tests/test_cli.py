"""The command-line layer: version, help on every command, one-line errors."""

from click.testing import CliRunner

from syllabus import __version__
from syllabus.cli import cli


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_every_command_has_help() -> None:
    runner = CliRunner()
    for name in cli.commands:
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output


def test_missing_book_is_one_line_error(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "nope.pdf"), "-o", str(tmp_path / "d.json")])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "no such file" in result.output
    assert not (tmp_path / "d.json").exists()


def test_empty_book_is_refused(tmp_path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = CliRunner().invoke(cli, ["ingest", str(empty), "-o", str(tmp_path / "d.json")])
    assert result.exit_code == 1
    assert "empty" in result.output
