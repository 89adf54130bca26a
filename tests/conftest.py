"""Shared fixtures: settings, stores and servers are built per test, nothing at module level."""
from __future__ import annotations

from pathlib import Path

import pytest

from osce_kg.loader.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "000_6bfc26f97893894c.txt"
PAGES = SHARED / "corpus" / "osce-pages"
CORPUS = REPO / "corpus"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a fresh store in a temporary folder, default base IRI."""
    return Settings(store=tmp_path / "store")
