"""Rules of the code's layout that guard themselves: a violation fails the build."""

from __future__ import annotations

import ast
import configparser
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "earthplatform_qgis"
DEVSERVER = REPO / "devserver"
PYTHON_TREES = [PACKAGE, DEVSERVER, REPO / "scripts", REPO / "tests", REPO / "benchmarks"]
QT_BINDINGS = {"PyQt5", "PyQt6", "PySide2", "PySide6", "sip"}


def python_files() -> Iterator[Path]:
    for tree in PYTHON_TREES:
        yield from sorted(tree.rglob("*.py"))


def test_qt_is_imported_only_through_qgis_pyqt() -> None:
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for path in python_files()
        for line, module in absolute_imports(path)
        if module.split(".")[0] in QT_BINDINGS
    ]
    assert offenders == []


# Imports run downward only: gui -> tasks -> map -> stac, and processing (beside gui) -> tasks.
# The QGIS services beside them (settings, credentials, network, gdal_network, saved_searches,
# translation) sit above stac and below tasks.
# What each may not import:
_ABOVE_MAP = (
    "earthplatform_qgis.tasks",
    "earthplatform_qgis.gui",
    "earthplatform_qgis.processing",
    "earthplatform_qgis.plugin",
)
_WIDGETS = ("qgis.gui", "qgis.PyQt.QtWidgets")
_SERVICES = ("settings", "credentials", "network", "gdal_network", "saved_searches", "translation")
FORBIDDEN_IMPORTS = {
    "stac": (
        "qgis",
        "osgeo",
        "PyQt5",
        "PyQt6",
        "earthplatform_qgis.map",
        *(f"earthplatform_qgis.{name}" for name in _SERVICES),
        *_ABOVE_MAP,
    ),
    "map": (*_WIDGETS, *(f"earthplatform_qgis.{name}" for name in _SERVICES), *_ABOVE_MAP),
    **{f"{name}.py": (*_WIDGETS, "earthplatform_qgis.map", *_ABOVE_MAP) for name in _SERVICES},
    "tasks": (
        *_WIDGETS,
        "earthplatform_qgis.gui",
        "earthplatform_qgis.processing",
        "earthplatform_qgis.plugin",
    ),
    # Beside gui, on top of tasks: qgis_process runs it without any widget.
    "processing": (*_WIDGETS, "earthplatform_qgis.gui", "earthplatform_qgis.plugin"),
    "gui": ("earthplatform_qgis.processing", "earthplatform_qgis.plugin"),
}


def modules_of(part: str) -> list[Path]:
    path = PACKAGE / part
    return [path] if path.is_file() else sorted(path.rglob("*.py"))


@pytest.mark.parametrize("part", sorted(FORBIDDEN_IMPORTS))
def test_imports_run_downward_only(part: str) -> None:
    assert modules_of(part), f"{part} is gone: update FORBIDDEN_IMPORTS"
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for path in modules_of(part)
        for line, module in absolute_imports(path)
        if (module == "qgis" and "qgis" in FORBIDDEN_IMPORTS[part])
        or module.startswith(tuple(f"{f}." for f in FORBIDDEN_IMPORTS[part]))
        or module in FORBIDDEN_IMPORTS[part]
    ]
    assert offenders == []


def test_every_module_of_the_package_sits_in_a_layer() -> None:
    placed = {path for part in FORBIDDEN_IMPORTS for path in modules_of(part)}
    top = {"__init__.py", "__about__.py", "plugin.py"}
    loose = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in placed and path.relative_to(PACKAGE).as_posix() not in top
    ]
    assert loose == []


def test_the_stac_client_imports_in_a_python_without_qgis() -> None:
    """Every module of stac/ imports where qgis, osgeo and PyQt cannot be imported at all."""
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class NoQgis:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"qgis", "osgeo", "PyQt5", "PyQt6", "sip"}:
                    raise ImportError(f"no {name} here")

        sys.meta_path.insert(0, NoQgis())
        import earthplatform_qgis.stac as stac

        for module in pkgutil.iter_modules(stac.__path__):
            importlib.import_module(f"earthplatform_qgis.stac.{module.name}")
        print(len(list(pkgutil.iter_modules(stac.__path__))))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert int(run.stdout) >= 10


def test_the_plugin_and_the_test_api_import_no_tests_and_the_plugin_no_test_api() -> None:
    """The test STAC API serves tests, `make run` and benchmarks alike; the plugin ships alone."""
    rules = [(PACKAGE, ("devserver", "tests", "scripts", "benchmarks")), (DEVSERVER, ("tests",))]
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for tree, forbidden in rules
        for path in sorted(tree.rglob("*.py"))
        for line, module in absolute_imports(path)
        if module.split(".")[0] in forbidden
    ]
    assert offenders == []


def absolute_imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every module the file imports, relative imports made absolute; for `from a import b`
    both `a` and `a.b` (b may be a module)."""
    package = path.relative_to(REPO).parent.parts
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package[: len(package) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            yield node.lineno, base
            yield from ((node.lineno, f"{base}.{alias.name}") for alias in node.names)


def is_test_module(module: str) -> bool:
    parts = module.split(".")
    return len(parts) > 1 and parts[0] == "tests" and parts[1].startswith("test_")


def test_no_test_module_imports_another() -> None:
    """Shared helpers live in tests/support/ and shared fixtures in tests/conftest.py: a test
    module is read (and changed) on its own, never as another one's library."""
    offenders = sorted(
        {
            f"{path.relative_to(REPO)}:{line} imports {'.'.join(module.split('.')[:2])}"
            for path in sorted((REPO / "tests").rglob("*.py"))
            for line, module in absolute_imports(path)
            if is_test_module(module)
        }
    )
    assert offenders == []


def test_widgets_are_built_in_python_not_in_ui_files() -> None:
    """Signals are connected in Python, where they can be read and tested: the plugin and its
    resources hold no .ui file."""
    assert sorted(str(ui.relative_to(REPO)) for ui in PACKAGE.rglob("*.ui")) == []
    assert sorted(str(ui.relative_to(REPO)) for ui in (REPO / "resources").rglob("*.ui")) == []


def test_version_lives_only_in_metadata() -> None:
    version = re.escape(metadata()["version"])
    offenders = [
        str(path.relative_to(REPO))
        for path in PACKAGE.rglob("*.py")
        if re.search(rf"['\"]{version}['\"]", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_metadata_is_complete_for_the_plugin_repository() -> None:
    """Beyond what the repository requires (tests/test_package.py): what the plugin manager
    shows, and the QGIS versions it is offered to (QGIS 3.x built with Qt 6 wants supportsQt6)."""
    meta = metadata()
    required = [
        "name",
        "description",
        "about",
        "version",
        "author",
        "email",
        "homepage",
        "repository",
        "tracker",
        "category",
        "icon",
        "tags",
        "qgisMinimumVersion",
        "qgisMaximumVersion",
        "supportsQt6",
    ]
    assert [key for key in required if not meta.get(key, "").strip()] == []
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["qgisMaximumVersion"] == "4.99"
    assert meta["supportsQt6"] == "True"
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert (REPO / meta["icon"]).is_file()
    for url in ("homepage", "repository", "tracker"):
        assert meta[url].startswith("https://")


def test_the_changelog_lives_only_in_changelog_md() -> None:
    """metadata.txt's changelog= is written into the zip from CHANGELOG.md, whose newest
    released section is metadata.txt's version."""
    from scripts.changelog import UNRELEASED, releases

    assert "changelog" not in metadata()
    released = releases((REPO / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert released[0].version == UNRELEASED
    assert released[1].version == metadata()["version"]


def test_about_reads_the_version_from_metadata() -> None:
    from earthplatform_qgis.__about__ import __title__, __version__

    assert (__title__, __version__) == (metadata()["name"], metadata()["version"])
