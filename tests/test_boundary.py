"""The store boundary: only ``loader/store/`` knows which store is behind the ``Store`` protocol.

Read from the syntax tree of every module of ``loader/`` and ``server/`` (so a comment or a
docstring that names pyoxigraph does not count, and an import written any way does):
nothing outside ``loader/store/`` imports pyoxigraph, reaches for a backend's handle
(``.raw``, ``.http``, ``getattr(store, "raw")``), or picks behaviour by the store's class
(``isinstance(store, EmbeddedStore)``); it uses the protocol's methods and its capability
attributes (``snapshots``, ``kind``) instead.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "loader" / "store"
#: the backend's own handles, reached only inside loader/store
HANDLES = {"raw", "http"}
#: the store classes; outside loader/store they may be built or named in types, not tested for
STORE_CLASSES = {"EmbeddedStore", "RemoteStore", "VirtuosoStore"}


def _is_pyoxigraph(module: str | None) -> bool:
    return module is not None and (module == "pyoxigraph" or module.startswith("pyoxigraph."))


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def crossings(source: str, filename: str = "<source>") -> list[str]:
    """Every place ``source`` crosses the store boundary, as ``file:line: what``."""
    found: list[str] = []

    def add(node: ast.AST, what: str) -> None:
        found.append(f"{filename}:{getattr(node, 'lineno', '?')}: {what}")

    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if _is_pyoxigraph(alias.name):
                    add(node, f"imports {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and _is_pyoxigraph(node.module):
                add(node, f"imports from {node.module}")
        elif isinstance(node, ast.Attribute) and node.attr in HANDLES:
            add(node, f"reaches for .{node.attr}")
        elif isinstance(node, ast.Call):
            func = _name(node.func)
            args = node.args
            if func in ("getattr", "hasattr") and len(args) >= 2 and isinstance(args[1], ast.Constant) \
                    and args[1].value in HANDLES:
                add(node, f"{func}(..., {args[1].value!r})")
            elif func in ("__import__", "import_module") and args and isinstance(args[0], ast.Constant) \
                    and isinstance(args[0].value, str) and _is_pyoxigraph(args[0].value):
                add(node, f"imports {args[0].value} dynamically")
            elif func == "isinstance" and len(args) == 2:
                classes = args[1].elts if isinstance(args[1], ast.Tuple) else [args[1]]
                for cls in classes:
                    if _name(cls) in STORE_CLASSES:
                        add(node, f"isinstance(..., {_name(cls)}): use a capability attribute")
    return found


def _modules() -> list[Path]:
    return sorted(p for folder in ("loader", "server") for p in (ROOT / folder).rglob("*.py")
                  if STORE not in p.parents)


def test_nothing_outside_loader_store_reaches_past_the_store_protocol():
    assert _modules(), "no modules found: is the test looking in the right place?"
    found = [hit for path in _modules()
             for hit in crossings(path.read_text("utf-8"), str(path.relative_to(ROOT)))]
    assert not found, "the store boundary is crossed:\n" + "\n".join(found)


@pytest.mark.parametrize("source, expected", [
    ("import pyoxigraph\n", "imports pyoxigraph"),
    ("import pyoxigraph as ox\n", "imports pyoxigraph"),
    ("from pyoxigraph import Store\n", "imports from pyoxigraph"),
    ("def f():\n    import pyoxigraph.foo\n", "imports pyoxigraph.foo"),
    ("ox = __import__('pyoxigraph')\n", "imports pyoxigraph dynamically"),
    ("import importlib\nox = importlib.import_module('pyoxigraph')\n", "imports pyoxigraph dynamically"),
    ("store.raw.query('ASK {}')\n", "reaches for .raw"),
    ("url = self.store.http.query_url\n", "reaches for .http"),
    ("raw = getattr(store, 'raw', None)\n", "getattr(..., 'raw')"),
    ("if isinstance(store, EmbeddedStore):\n    pass\n", "isinstance(..., EmbeddedStore)"),
    ("ok = isinstance(s, (str, remote.RemoteStore))\n", "isinstance(..., RemoteStore)"),
], ids=["import", "import-as", "from-import", "nested-import", "__import__", "import_module", ".raw",
        ".http", "getattr", "isinstance", "isinstance-tuple"])
def test_each_kind_of_crossing_is_found(source, expected):
    [hit] = crossings(source)
    assert expected in hit


@pytest.mark.parametrize("source", [
    '"""Queries run in workers: a pyoxigraph query cannot be interrupted."""\n',
    "# store.raw and store.http are gone; import pyoxigraph only in loader/store\nx = 1\n",
    "from werkzeug.http import parse_date\nimport http.client\n",
    "from .store import rdfio\nfrom .pyoxigraph_notes import x\n",
    "if store.snapshots and store.kind == 'embedded':\n    pass\n",
], ids=["docstring", "comment", "other-http", "relative-import", "capability"])
def test_text_that_only_mentions_the_backend_is_no_crossing(source):
    assert crossings(source) == []
