"""Rules of the code's layout that guard themselves: a violation fails the build."""

from __future__ import annotations

import ast
import configparser
import re
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "earthplatform_qgis"
DEVSERVER = REPO / "devserver"
PYTHON_TREES = [PACKAGE, DEVSERVER, REPO / "scripts", REPO / "tests", REPO / "benchmarks"]
QT_BINDINGS = {"PyQt5", "PyQt6", "PySide2", "PySide6", "sip"}


def python_files() -> Iterator[Path]:
    for tree in PYTHON_TREES:
        yield from sorted(tree.rglob("*.py"))


def imported_modules(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def test_qt_is_imported_only_through_qgis_pyqt() -> None:
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for path in python_files()
        for line, module in imported_modules(path)
        if module.split(".")[0] in QT_BINDINGS
    ]
    assert offenders == []


def test_core_knows_no_widgets_and_nothing_above_it() -> None:
    forbidden = (
        "qgis.gui",
        "qgis.PyQt.QtWidgets",
        "earthplatform_qgis.gui",
        "earthplatform_qgis.tasks",
    )
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for path in sorted((PACKAGE / "core").rglob("*.py"))
        for line, module in imported_modules(path)
        if module.startswith(forbidden)
    ]
    assert offenders == []


def test_the_plugin_and_the_test_api_import_no_tests_and_the_plugin_no_test_api() -> None:
    """The test STAC API serves tests, `make run` and benchmarks alike; the plugin ships alone."""
    rules = [(PACKAGE, ("devserver", "tests", "scripts", "benchmarks")), (DEVSERVER, ("tests",))]
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for tree, forbidden in rules
        for path in sorted(tree.rglob("*.py"))
        for line, module in imported_modules(path)
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


def test_ui_files_connect_no_signals_and_name_no_headers() -> None:
    """Signals are connected in Python, where they can be read and tested; custom widget
    headers name C++ files that a Python plugin does not have."""
    offenders = [
        str(ui.relative_to(REPO))
        for tree in (PACKAGE, REPO / "resources")
        for ui in sorted(tree.rglob("*.ui"))
        if re.search(r"<connections?>|<header>", ui.read_text(encoding="utf-8"))
    ]
    assert offenders == []


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
        "changelog",
        "qgisMinimumVersion",
        "qgisMaximumVersion",
        "supportsQt6",
    ]
    assert [key for key in required if not meta.get(key, "").strip()] == []
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["qgisMaximumVersion"] == "4.99"
    assert meta["supportsQt6"] == "True"
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert meta["changelog"].strip().startswith(meta["version"])
    assert (REPO / meta["icon"]).is_file()
    for url in ("homepage", "repository", "tracker"):
        assert meta[url].startswith("https://")


def test_about_reads_the_version_from_metadata() -> None:
    from earthplatform_qgis.__about__ import __title__, __version__

    assert (__title__, __version__) == (metadata()["name"], metadata()["version"])
