"""The loopback port a bench's server is started on: one helper for every bench script.

A bench runs as ``python bench/x.py``, which puts ``bench/`` first on ``sys.path``: ``from _ports import
free_port`` works from any of them. :func:`free_port` is the tests' ``probe_port`` (``tests/ports.py``): a
port free when it is picked, not reserved, which suits every server a bench starts (``osce-kg serve``,
``oxigraph serve``, Virtuoso). Another process may take it before the server binds it; the bench's server
then fails to start and the bench is run again.
"""
from __future__ import annotations

import sys
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parent.parent / "tests")
if _TESTS not in sys.path:
    sys.path.append(_TESTS)  # after bench/ and the installed packages: nothing of theirs is shadowed

from ports import probe_port as free_port  # noqa: E402

__all__ = ["free_port"]
