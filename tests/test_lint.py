"""The linter and the type checker pass on loader/ and server/ (as .ci/run runs them, before the tests).

Both read their configuration from pyproject.toml ([tool.ruff], [tool.mypy]); mypy runs with a
cache of its own in a temporary folder, so a stale cache cannot hide an error (~10 s cold).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_ruff_finds_nothing_in_loader_and_server():
    pytest.importorskip("ruff", reason="ruff is in the test extra: pip install -e '.[test]'")
    done = _run("ruff", "check", "--no-cache", "loader", "server")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_finds_nothing_in_loader_and_server(tmp_path):
    pytest.importorskip("mypy", reason="mypy is in the test extra: pip install -e '.[test]'")
    done = _run("mypy", "--cache-dir", str(tmp_path / "mypy-cache"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout


def test_mypy_sees_the_package_as_installed():
    """The .ci/typing links map the folders to osce_kg.loader / osce_kg.server, as the install does:
    a broken link would make mypy check nothing and pass."""
    for name in ("loader", "server"):
        link = ROOT / ".ci" / "typing" / "osce_kg" / name
        assert link.is_symlink() and link.resolve() == (ROOT / name).resolve(), link
