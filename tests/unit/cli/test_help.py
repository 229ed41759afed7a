"""`ops-desktop --help` and every sub-command's help in the interface language: Polish by
default, English with `--lang en` or OPS_DESKTOP_LANG=en, argparse's own words included, each
command with an example that the parser accepts; `--help` loads no database layer."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import pytest

from ops_desktop import i18n
from ops_desktop.cli.cmd_new import DEFAULT_OFFICE_NAME
from ops_desktop.cli.main import build_parser, main
from ops_desktop.cli.parsing import argparse_words, subcommands
from tests import ROOT

POLISH_LETTERS = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„”]")


def _commands(parser=None, path=()) -> list[tuple[str, ...]]:
    """Every command path: ("summary",), ("account", "add"), …; groups included."""
    parser = parser or build_parser()
    found = []
    for name, child in subcommands(parser).items():
        found.append((*path, name))
        found += _commands(child, (*path, name))
    return found


COMMANDS = _commands()
LEAVES = [path for path in COMMANDS if not any(o[:len(path)] == path and o != path
                                                for o in COMMANDS)]


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def _example(text: str) -> str:
    lines = text.splitlines()
    return lines[lines.index(next(x for x in lines if x in ("Przykład:", "Example:"))) + 1]


def test_the_tree_has_every_command():
    assert len(LEAVES) >= 22
    assert {("account", "add"), ("summary",), ("import", "participants"),
            ("print", "certificate-register"), ("export", "verify")} <= set(LEAVES)


@pytest.mark.parametrize("path", LEAVES, ids=" ".join)
def test_every_command_has_polish_help_with_an_example(path, capsys):
    text = _help(capsys, *path)
    assert text.startswith(f"użycie: ops-desktop {' '.join(path)}")
    assert "opcje:" in text and "pokaż tę pomoc i zakończ" in text
    example = _example(text)
    assert example.strip().startswith(f"ops-desktop {' '.join(path)}")
    with argparse_words():
        args = build_parser().parse_args(shlex.split(example)[1:])   # the example is valid
    assert args.handler is not None


@pytest.mark.parametrize("path", LEAVES, ids=" ".join)
def test_every_command_has_english_help_with_an_example(path, capsys, english_available):
    text = _help(capsys, "--lang", "en", *path)
    assert text.startswith(f"usage: ops-desktop {' '.join(path)}")
    assert "options:" in text and "show this help message and exit" in text
    example = _example(text)
    assert example.strip().startswith(f"ops-desktop {' '.join(path)}")
    # Nothing Polish is left but the example's data (project titles, file names).
    rest = text.replace(example, "").replace(DEFAULT_OFFICE_NAME, "")  # data, not words
    assert not POLISH_LETTERS.search(rest), POLISH_LETTERS.findall(rest)


@pytest.mark.parametrize("lang,words", [
    ("pl", ("użycie:", "polecenia:", "POLECENIE", "Przykłady:", "Język:")),
    ("en", ("usage:", "commands:", "COMMAND", "Examples:", "Language:")),
])
def test_program_help(lang, words, capsys, english_available):
    text = _help(capsys, "--lang", lang)
    for word in words:
        assert word in text
    for name in ("summary", "account", "import", "print", "subject-access"):
        assert f"\n    {name}" in text


@pytest.mark.parametrize("group", sorted({path[:-1] for path in LEAVES if len(path) > 1}))
def test_groups_list_the_examples_of_their_commands(group, capsys, english_available):
    polish, english = _help(capsys, *group), _help(capsys, "--lang", "en", *group)
    assert "Przykłady:" in polish and "Examples:" in english
    for leaf in (p for p in LEAVES if p[:-1] == group):
        assert f"  ops-desktop {' '.join(leaf)}" in polish
        assert f"  ops-desktop {' '.join(leaf)}" in english
    assert not POLISH_LETTERS.search(english.split("Examples:")[0])


def test_argparse_errors_in_both_languages(capsys, english_available, monkeypatch):
    with pytest.raises(SystemExit) as done:
        main(["summary", "--format", "docx"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "ops-desktop summary: błąd: argument --format: niedozwolona wartość: 'docx'" in err
    assert err.startswith("użycie: ")
    with pytest.raises(SystemExit):
        main(["--lang", "en", "summary", "--db", "x.db"])
    err = capsys.readouterr().err
    assert err.startswith("usage: ")
    assert "error: the following arguments are required: --project, --format, --out" in err
    monkeypatch.setenv(i18n.ENV_LANG, "en")                 # the user's or script's setting
    with pytest.raises(SystemExit):
        main(["account", "nothing"])
    assert "error: argument ACTION: invalid choice: 'nothing'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "pl", "account", "nothing"])        # --lang wins over the variable
    assert "błąd: argument CZYNNOŚĆ: niedozwolona wartość: 'nothing'" in capsys.readouterr().err


def test_argparse_speaks_its_own_words_again_outside_the_program(capsys):
    import argparse

    with pytest.raises(SystemExit):
        main(["--help"])
    capsys.readouterr()
    other = argparse.ArgumentParser(prog="x")
    assert other.format_help().startswith("usage: x")


def test_help_imports_no_database_layer():
    code = ("import sys\nfrom ops_desktop.cli.main import main\n"
            "try:\n    main(['--lang', 'en', 'summary', '--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('sqlalchemy', 'reportlab', 'PySide6', "
            "'ops_desktop.services.context', 'ops_desktop.db.engine') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
