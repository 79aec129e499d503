"""QGIS 4 (Qt6) readiness, checked without a QGIS 4 binary: every Qt name the code uses is read
against PyQt6's own stubs and QGIS 4's qgis.PyQt shims, and Qt5-only constructs fail the build.

PyQt6 is installed (stubs only, never imported) in .venv-qt6 by `make test`, apart from the
Python that QGIS uses. Each check is a function from source text to problems, so the last
test can show every check catching the construct it is for.
"""

from __future__ import annotations

import ast
import enum
import importlib
import warnings
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from qgis.core import Qgis

REPO = Path(__file__).resolve().parent.parent
# Everything that runs inside a QGIS: the plugin, the scripts QGIS runs, the tests and benchmarks.
CODE_TREES = ("earthplatform_qgis", "scripts", "tests", "benchmarks")
COMPAT = "earthplatform_qgis/map/compat.py"  # the one place for spellings that differ by version
PYQT = "qgis.PyQt"
# What QGIS 4's qgis.PyQt adds to PyQt6's modules (QGIS source, python/PyQt/PyQt/*.py.in):
# QtWidgets re-exports QGui's QAction, QActionGroup and QShortcut; QtCore sets NULL = None and
# puts the old QVariant type names back as QMetaType.Type values.
SHIM_NAMES = {"QtWidgets": {"QAction", "QActionGroup", "QShortcut"}, "QtCore": {"NULL"}}
QVARIANT_TYPES = """Invalid Bool Int UInt LongLong ULongLong Double Char Map List String StringList
ByteArray BitArray Date Time DateTime Url Locale Rect RectF Size SizeF Line LineF Point PointF
RegularExpression Hash EasingCurve Uuid ModelIndex PersistentModelIndex LastCoreType Font Pixmap
Brush Color Palette Image Polygon Region Bitmap Cursor KeySequence Pen TextLength TextFormat
Transform Matrix4x4 Vector2D Vector3D Vector4D Quaternion PolygonF Icon SizePolicy UserType"""
SHIM_MEMBERS = {"QVariant": frozenset(QVARIANT_TYPES.split())}
# Deprecated in Qt 6.9; QDateTime.setTimeZone(QTimeZone.utc()) and toUTC() work on Qt 5 and 6.
TIME_SPEC_CALLS = {"setTimeSpec", "toTimeSpec", "setOffsetFromUtc"}
# (file, source line) -> why the construct stays there.
ALLOWED = {
    (
        "earthplatform_qgis/gui/search_form.py",
        "edit.setTimeSpec(Qt.TimeSpec.UTC)",
    ): "QDateTimeEdit.setTimeZone arrived only in Qt 6.7; setTimeSpec still works there",
}
Problems = list[str]


def code_files() -> Iterator[Path]:
    for tree in CODE_TREES:
        yield from sorted((REPO / tree).rglob("*.py"))


@cache
def pyqt6_stubs() -> Path:
    found = sorted(REPO.glob(".venv-qt6/lib/python3*/site-packages/PyQt6"))
    if not found:
        pytest.fail("PyQt6's stubs are missing: `make test` installs them in .venv-qt6")
    return found[-1]


@cache
def stub_module(module: str) -> dict[str, ast.AST] | None:
    """PyQt6.<module>'s top-level names and their definitions, None if PyQt6 has no such module."""
    path = pyqt6_stubs() / f"{module}.pyi"
    if not path.exists():
        return None
    return dict(members(ast.parse(path.read_text(encoding="utf-8"))))


def members(node: ast.Module | ast.ClassDef) -> Iterator[tuple[str, ast.AST]]:
    for child in node.body:
        if isinstance(child, (ast.ClassDef, ast.FunctionDef)):
            yield child.name, child
        elif isinstance(child, ast.AnnAssign) and isinstance(child.target, ast.Name):
            yield child.target.id, child
        elif isinstance(child, ast.Assign):
            yield from ((t.id, child) for t in child.targets if isinstance(t, ast.Name))


def stub_member(module: str, cls: ast.ClassDef, name: str) -> ast.AST | None:
    """A class's member in the stubs, its bases' included (QTableView has QAbstractItemView's)."""
    found = dict(members(cls)).get(name)
    if found is not None:
        return found
    for base in cls.bases:
        if isinstance(base, ast.Name):
            base_module, base_name = module, base.id
        elif isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name):
            if base.value.id == "enum" and name in ("name", "value"):
                return base
            base_module, base_name = base.value.id, base.attr
        else:
            continue
        parent = (stub_module(base_module) or {}).get(base_name)
        if isinstance(parent, ast.ClassDef):
            found = stub_member(base_module, parent, name)
            if found is not None:
                return found
    return None


# --- What the code uses of Qt and QGIS ------------------------------------------------------


def imported_names(tree: ast.Module) -> dict[str, tuple[str, str]]:
    """Local name -> (module, name) for every `from qgis... import name [as local]`."""
    names = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and node.module
            and (node.module == "qgis" or node.module.startswith("qgis."))
        ):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def chains(tree: ast.Module, roots: dict[str, Any]) -> Iterator[tuple[ast.Attribute, list[str]]]:
    """The longest dotted names (Qt.AlignmentFlag.AlignLeft) that start at one of roots."""
    inner = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in inner:
            parts: list[str] = []
            part: ast.expr = node
            while isinstance(part, ast.Attribute):
                parts.append(part.attr)
                part = part.value
            if isinstance(part, ast.Name) and part.id in roots:
                yield node, [part.id, *reversed(parts)]


def resolve(names: dict[str, tuple[str, str]], chain: list[str]) -> list[Any]:
    """The objects each prefix of chain names in this QGIS, as far as they exist."""
    module, name = names[chain[0]]
    values = [getattr(importlib.import_module(module), name)]
    for part in chain[1:]:
        if not hasattr(values[-1], part):
            break
        values.append(getattr(values[-1], part))
    return values


def is_enum_member(value: Any) -> bool:
    """A Python enum member, or a sip enum value (an int of a type PyQt or QGIS defines)."""
    if isinstance(value, enum.Enum):
        return True
    kind = type(value)
    return (
        isinstance(value, int)
        and kind not in (int, bool)
        and kind.__module__.startswith(("PyQt", "qgis"))
    )


def where(path: str, node: ast.AST) -> str:
    return f"{path}:{getattr(node, 'lineno', '?')}"


def allowed(path: str, source: str, node: ast.AST) -> bool:
    line = source.splitlines()[node.lineno - 1].strip() if hasattr(node, "lineno") else ""
    return (path, line) in ALLOWED


# --- The checks -----------------------------------------------------------------------------


def missing_from_pyqt6(path: str, source: str) -> Problems:
    """Names imported from qgis.PyQt that neither PyQt6 nor QGIS 4's shims have (QRegExp,
    QDesktopWidget, ...), and dotted names on them that PyQt6 lacks (unscoped enums, exec_)."""
    tree = ast.parse(source)
    problems = []
    qt = {k: v for k, v in imported_names(tree).items() if v[0].startswith(PYQT)}
    for module, name in qt.values():
        if module == PYQT:  # from qgis.PyQt import sip / QtCore
            ok = name == "sip" or stub_module(name) is not None
        else:
            short = module.removeprefix(f"{PYQT}.")
            stub = stub_module(short)
            ok = stub is not None and (name in stub or name in SHIM_NAMES.get(short, ()))
        if not ok:
            problems.append(f"{path}: {module}.{name} does not exist in PyQt6 / QGIS 4")
    for node, chain in chains(tree, qt):
        module, name = qt[chain[0]]
        short = module.removeprefix(f"{PYQT}.")
        found: ast.AST | None = (stub_module(short) or {}).get(name)
        for depth, part in enumerate(chain[1:], start=1):
            if not isinstance(found, ast.ClassDef):
                break  # a method or value: what follows is not the class's to check
            if part in SHIM_MEMBERS.get(chain[depth - 1], ()):
                break
            member = stub_member(short, found, part)
            if member is None:
                dotted = ".".join(chain[: depth + 1])
                problems.append(f"{where(path, node)} {dotted} does not exist in PyQt6")
                break
            found = member
    return problems


def unscoped_enums(path: str, source: str) -> Problems:
    """Enum values reached past their enum (Qt.AlignLeft, QgsMapLayer.VectorLayer): PyQt6 and
    QGIS 4 know only Qt.AlignmentFlag.AlignLeft. Read in this QGIS, for Qt's and QGIS's enums."""
    tree = ast.parse(source)
    names = imported_names(tree)
    problems = []
    for node, chain in chains(tree, names):
        values = resolve(names, chain)
        for depth in range(1, len(values)):
            value = values[depth]
            if chain[depth] in SHIM_MEMBERS.get(chain[depth - 1], ()):
                continue
            if is_enum_member(value) and values[depth - 1] is not type(value):
                dotted = ".".join(chain[: depth + 1])
                problems.append(f"{where(path, node)} {dotted}: name its enum, {type(value)}")
    return problems


def enum_arithmetic(path: str, source: str) -> Problems:
    """int() of, or arithmetic on, enum values: PyQt6's enums are not all ints."""
    tree = ast.parse(source)
    names = imported_names(tree)

    def enum_values(node: ast.expr) -> list[str]:
        return [
            ".".join(chain)
            for _, chain in chains(ast.Module(body=[ast.Expr(node)], type_ignores=[]), names)
            if is_enum_member(resolve(names, chain)[-1])
        ]

    problems = []
    arithmetic = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
    for node in ast.walk(tree):
        operands: list[ast.expr] = []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("int", "float") and node.args:
                operands = node.args[:1]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, arithmetic):
            operands = [node.left, node.right]
        for operand in operands:
            problems += [f"{where(path, node)} arithmetic on {v}" for v in enum_values(operand)]
    return problems


def qt5_only_calls(path: str, source: str) -> Problems:
    """exec_(), resources_rc, QVariant types outside compat.py, and the QDateTime time-spec
    calls Qt 6.9 deprecates."""
    tree = ast.parse(source)
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "exec_":
            problems.append(f"{where(path, node)} exec_ is exec on PyQt6")
        if (
            isinstance(node, ast.Attribute)
            and node.attr in TIME_SPEC_CALLS
            and not allowed(path, source, node)
        ):
            problems.append(f"{where(path, node)} {node.attr}: use setTimeZone/toUTC")
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [a.name for a in node.names]
            if isinstance(node, ast.ImportFrom):
                modules.append(node.module or "")
            if any(m.split(".")[-1] == "resources_rc" for m in modules):
                problems.append(f"{where(path, node)} resources_rc: Qt6 has no pyrcc")
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "QVariant"
            and node.attr[0].isupper()
            and path != COMPAT
        ):
            problems.append(f"{where(path, node)} QVariant.{node.attr}: types live in {COMPAT}")
    return problems


CHECKS: list[Callable[[str, str], Problems]] = [
    missing_from_pyqt6,
    unscoped_enums,
    enum_arithmetic,
    qt5_only_calls,
]


@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
def test_the_code_is_ready_for_qt6(check: Callable[[str, str], Problems]) -> None:
    problems = [
        problem
        for path in code_files()
        for problem in check(str(path.relative_to(REPO)), path.read_text(encoding="utf-8"))
    ]
    assert problems == []


QT5_ONLY = [
    (missing_from_pyqt6, "from qgis.PyQt.QtCore import QRegExp"),
    (missing_from_pyqt6, "from qgis.PyQt.QtWidgets import QDesktopWidget"),
    (missing_from_pyqt6, "from qgis.PyQt.QtCore import Qt\nQt.AlignLeft"),
    (missing_from_pyqt6, "from qgis.PyQt.QtWidgets import QDialog\nQDialog.exec_"),
    (missing_from_pyqt6, "from qgis.PyQt.QtWidgets import QTableView\nQTableView.SelectRows"),
    (missing_from_pyqt6, "from qgis.PyQt.QtCore import QVariant\nQVariant.Type.String"),
    (unscoped_enums, "from qgis.PyQt.QtCore import Qt\nQt.AlignLeft"),
    (unscoped_enums, "from qgis.core import QgsMapLayer\nQgsMapLayer.Symbology"),
    (enum_arithmetic, "from qgis.PyQt.QtCore import Qt\nint(Qt.AlignmentFlag.AlignLeft)"),
    (enum_arithmetic, "from qgis.core import Qgis\nQgis.MessageLevel.Warning + 1"),
    (qt5_only_calls, "dialog.exec_()"),
    (qt5_only_calls, "from . import resources_rc"),
    (qt5_only_calls, "from qgis.PyQt.QtCore import QVariant\nQVariant.String"),
    (qt5_only_calls, "from qgis.PyQt.QtCore import Qt\ninstant.setTimeSpec(Qt.TimeSpec.UTC)"),
]


@pytest.mark.parametrize(("check", "source"), QT5_ONLY, ids=[s for _, s in QT5_ONLY])
def test_each_check_catches_the_qt5_only_code_it_is_for(
    check: Callable[[str, str], Problems], source: str
) -> None:
    assert check("earthplatform_qgis/example.py", source) != []
    scoped = (
        "from qgis.PyQt.QtCore import Qt\nQt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop"
    )
    assert check("earthplatform_qgis/example.py", scoped) == []


@pytest.mark.skipif(Qgis.versionInt() < 33800, reason="QGIS before 3.38 knows only QVariant types")
def test_clear_sky_fields_use_no_deprecated_field_types() -> None:
    from earthplatform_qgis.map.clearsky_table import clear_sky_fields
    from earthplatform_qgis.map.footprints import set_clear_sky
    from tests.support.footprints import footprint_layer

    layer, _, _ = footprint_layer([])
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        set_clear_sky(layer, {})  # adds its fields
        clear_sky_fields()
