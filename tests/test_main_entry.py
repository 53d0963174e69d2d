"""The entry point tells the window from a command (the window loads without collecting)."""

from __future__ import annotations

import argparse
import runpy
from pathlib import Path

import pytest

import albanera_desk
from albanera_desk import cli

main = runpy.run_path(str(Path(albanera_desk.__file__).with_name("__main__.py")))  # not as __main__
opens_the_window = main["opens_the_window"]


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--exit-after-first-paint"], True),
        (["--store", "/tmp/x.db", "--lang", "fr", "--section", "people"], True),
        (["--store", "check"], True),  # a store named "check" is still the window
        (["check"], False),
        (["--store", "/tmp/x.db", "people", "search", "x"], False),
        (["--version"], False),
        (["-h"], False),
    ],
)
def test_which_command_lines_open_the_window(argv: list[str], window: bool) -> None:
    assert opens_the_window(argv) is window


def test_the_window_options_with_a_value_are_the_cli_ones() -> None:
    parser, _ = cli._build_parser()
    with_value = {
        option
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction)
        and action.nargs is None
        and action.option_strings
        and not isinstance(action, (argparse._StoreTrueAction, argparse._VersionAction))
        and not isinstance(action, argparse._HelpAction)
        for option in action.option_strings
    }
    assert with_value == set(main["WINDOW_OPTIONS_WITH_VALUE"])


def test_the_window_entry_takes_the_same_window_options_as_the_cli() -> None:
    from albanera_desk.window_entry import window_parser

    def options(parser: argparse.ArgumentParser) -> dict[str, object]:
        return {
            action.option_strings[0]: action.choices
            for action in parser._actions
            if action.option_strings
            and not isinstance(action, (argparse._HelpAction, argparse._VersionAction))
            and not isinstance(action, argparse._SubParsersAction)
        }

    cli_parser, _ = cli._build_parser()
    assert options(window_parser()) == options(cli_parser)
