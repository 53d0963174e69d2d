"""Refuse an environment where keyrings.alt is installed: it silently stores keys in plaintext."""

import importlib.util
import sys

if importlib.util.find_spec("keyrings") is not None and importlib.util.find_spec("keyrings.alt"):
    sys.exit(
        "keyrings.alt is installed in this environment; it would keep store keys in plaintext. "
        "Remove it (pip uninstall keyrings.alt) and run make again."
    )
