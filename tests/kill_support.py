"""Killing the desk where it hurts: child processes that SIGKILL themselves at a chosen step.

A child runs ``PRELUDE`` then its own code. ``kill_at(module, "name", "before"|"after")``
wraps a function so the process dies (SIGKILL, no clean-up) just before or just after
it runs; ``kill_in(seconds)`` kills it after a delay wherever it is. The keyring in the
child is the shared ``FileKeyring`` when ``ALBANERA_TEST_KEYRING`` names a file, else none.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

KEYRING_ENV = "ALBANERA_TEST_KEYRING"

PRELUDE = r"""
import os, signal, sys, threading, time
import keyring
from keyring.backends import fail

if os.environ.get("ALBANERA_TEST_KEYRING"):
    from tests.keyring_backend import FileKeyring
    keyring.set_keyring(FileKeyring(os.environ["ALBANERA_TEST_KEYRING"]))
else:
    keyring.set_keyring(fail.Keyring())


def die(label):
    print("KILLED " + label, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


def kill_at(owner, name, when="after", nth=1):
    original = getattr(owner, name)
    calls = {"n": 0}

    def wrapper(*args, **kwargs):
        calls["n"] += 1
        hit = calls["n"] == nth
        if hit and when == "before":
            die(name + " before")
        result = original(*args, **kwargs)
        if hit and when == "after":
            die(name + " after")
        return result

    setattr(owner, name, wrapper)


def kill_in(seconds):
    def later():
        time.sleep(seconds)
        die("after %.3fs" % seconds)

    threading.Thread(target=later, daemon=True).start()
"""

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class ChildRun:
    lines: list[str]
    killed: bool
    returncode: int
    stderr: str


def run_child(
    code: str, *args: str, keyring_file: Path | None = None, timeout: float = 300
) -> ChildRun:
    """Run ``PRELUDE + code`` with ``args`` in a fresh interpreter; return what it printed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop(KEYRING_ENV, None)
    if keyring_file is not None:
        env[KEYRING_ENV] = str(keyring_file)
    done = subprocess.run(
        [sys.executable, "-c", PRELUDE + code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
        cwd=ROOT,
    )
    killed = done.returncode == -signal.SIGKILL
    if not killed and done.returncode != 0:
        raise AssertionError(f"child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return ChildRun(done.stdout.splitlines(), killed, done.returncode, done.stderr)
