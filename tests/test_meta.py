"""Meta-tests: the package, the CLI and the README agree."""
from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from osce_kg.server.cli import main

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE_DIRS = PYPROJECT["tool"]["setuptools"]["package-dir"]


def package_folders() -> set[str]:
    """Every folder under the mapped roots that holds Python modules, as a dotted package name."""
    found = set()
    for package, folder in PACKAGE_DIRS.items():
        root = REPO / folder
        for init in root.rglob("__init__.py"):
            rel = init.parent.relative_to(root)
            found.add(".".join([package, *rel.parts]) if rel.parts else package)
    return found


def test_every_package_folder_is_listed_in_pyproject():
    assert package_folders() == set(PYPROJECT["tool"]["setuptools"]["packages"])


def test_module_folders_have_init():
    for folder in PACKAGE_DIRS.values():
        for py in (REPO / folder).rglob("*.py"):
            assert (py.parent / "__init__.py").exists(), f"{py.parent} lacks __init__.py"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module if node.level == 0 else "." * node.level + node.module)
    return names


@pytest.mark.parametrize("path", sorted((REPO / "loader").rglob("*.py")), ids=lambda p: str(p.relative_to(REPO)))
def test_loader_never_imports_server_or_flask(path):
    bad = {n for n in imports_of(path) if n.startswith(("osce_kg.server", "flask", "werkzeug"))
           or n.lstrip(".").startswith("server")}
    assert not bad, f"{path} imports {bad}"


def cli_commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("command", cli_commands())
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert main.commands[command].help, f"{command} has no help text"


@pytest.mark.parametrize("command", cli_commands())
def test_every_command_is_in_the_readme(command):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"osce-kg {command}" in readme


def test_readme_opens_with_install_serve_and_install_test_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("```", 2)[1]
    lines = [l for l in block.splitlines()[1:] if l.strip()]
    assert "pip install" in lines[0] and "osce-kg serve" in lines[0]
    assert "pip install" in lines[1] and "pytest" in lines[1]


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "pytest" in ci and "pip install" in ci
