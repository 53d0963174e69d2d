"""``python -m albanera_desk`` and the packaged app: the window, or a command (see cli)."""

import gc
import sys

WINDOW_OPTIONS_WITH_VALUE = ("--store", "--lang", "--section")


def opens_the_window(argv: list[str]) -> bool:
    """No command (and no --help / --version): the window."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in WINDOW_OPTIONS_WITH_VALUE:
            skip = True
        elif arg in ("-h", "--help", "--version") or not arg.startswith("-"):
            return False
    return True


if __name__ == "__main__":
    if opens_the_window(sys.argv[1:]):
        # Loading the code makes objects that live as long as the app: no collection while
        # they are made; the window (ui.app.run_gui) then freezes them and turns it back on.
        gc.disable()
        # The window's own entry: none of the commands' code is loaded before its first paint.
        from albanera_desk.window_entry import main

        sys.exit(main(sys.argv[1:]))
    from albanera_desk.cli import entry_point

    entry_point()
