"""The release zip against plugins.qgis.org's rules for an upload, and those rules' checker."""

from __future__ import annotations

import configparser
import zipfile
from pathlib import Path

import pytest

from scripts.changelog import metadata_changelog, releases
from scripts.package import PLUGIN, build_zip, plugin_version
from scripts.plugin_repository import MAX_SIZE, zip_problems
from scripts.security_scan import scan_findings


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_zip(tmp_path_factory.mktemp("dist"))


def test_the_release_zip_meets_the_plugin_repository_rules(plugin_zip: Path) -> None:
    size = plugin_zip.stat().st_size
    print(f"{plugin_zip.name}: {size:,} bytes of the repository's {MAX_SIZE:,}")
    assert size < MAX_SIZE
    assert zip_problems(plugin_zip) == []


def test_the_zip_metadata_carries_the_changelog_up_to_its_version(plugin_zip: Path) -> None:
    with zipfile.ZipFile(plugin_zip) as zf:
        text = zf.read(f"{PLUGIN}/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser()  # as the repository and QGIS read it
    parser.read_string(text)
    changelog = parser["general"]["changelog"].strip().splitlines()
    assert changelog[0].startswith(f"{plugin_version()} - ")
    assert changelog[-1].startswith("0.1.0 - ")
    assert "clear %, a filter" in parser["general"]["changelog"]  # the % read back as written


def zip_of(tmp_path: Path, files: dict[str, str], mode: int = 0o644) -> Path:
    """A zip holding these files (name: text), each with these permissions."""
    archive = tmp_path / "plugin.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name, text in files.items():
            info = zipfile.ZipInfo(name)
            info.external_attr = mode << 16
            zf.writestr(info, text)
    return archive


METADATA = """[general]
name=Demo
description=A demo
about=A demo plugin
version=1.0.0
qgisMinimumVersion=3.22
author=Someone
email=someone@example.com
tracker=https://example.com/issues
repository=https://example.com/repo
icon=icon.svg
"""
VALID = {
    "demo/__init__.py": "",
    "demo/metadata.txt": METADATA,
    "demo/LICENSE": "GPL",
    "demo/icon.svg": "<svg/>",
}


def test_a_valid_plugin_zip_has_no_problems(tmp_path: Path) -> None:
    assert zip_problems(zip_of(tmp_path, VALID)) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"demo/LICENSE": None}, "demo/LICENSE is missing"),
        ({"demo/__init__.py": None}, "demo/__init__.py is missing"),
        ({"demo/x.pyc": ""}, "demo/x.pyc: compiled or VCS files are refused"),
        ({"demo/__pycache__/x.py": ""}, "demo/__pycache__/x.py: compiled or VCS files"),
        ({"demo/.git/HEAD": ""}, "demo/.git/HEAD: compiled or VCS files are refused"),
        ({"demo/.DS_Store": ""}, "demo/.DS_Store: hidden file"),
        ({"demo/run.sh": ""}, "demo/run.sh: executable or binary"),
        ({"other/x.py": ""}, "one top-level folder expected"),
        ({"demo/metadata.txt": METADATA.replace("email=", "mail=")}, "metadata.txt lacks email"),
        ({"demo/metadata.txt": METADATA + "changelog=100 % faster\n"}, "cannot be read"),
        ({"demo/metadata.txt": METADATA.replace("https://", "")}, "tracker=example.com/issues"),
        ({"demo/metadata.txt": METADATA.replace("Someone", "A/B")}, "author has a slash"),
        ({"demo/icon.svg": None}, "icon icon.svg is not in the zip"),
    ],
)
def test_each_rule_of_the_repository_is_checked(
    tmp_path: Path, change: dict[str, str | None], problem: str
) -> None:
    files = {name: text for name, text in {**VALID, **change}.items() if text is not None}
    problems = zip_problems(zip_of(tmp_path, files))
    assert [p for p in problems if problem in p] != [], problems


def test_the_folder_must_be_a_python_identifier(tmp_path: Path) -> None:
    files = {name.replace("demo/", "demo-plugin/"): text for name, text in VALID.items()}
    assert zip_problems(zip_of(tmp_path, files)) == [
        "top-level folder 'demo-plugin' is not a Python identifier"
    ]


def test_executable_python_files_are_flagged(tmp_path: Path) -> None:
    problems = zip_problems(zip_of(tmp_path, VALID, mode=0o755))
    assert problems == ["demo/__init__.py: executable Python file (flagged by the scan)"]


def test_a_zip_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "big.zip"
    with archive.open("wb") as big:
        big.truncate(MAX_SIZE + 1)
    assert zip_problems(archive) == [
        f"{MAX_SIZE + 1:,} bytes: the repository takes {MAX_SIZE:,} at most"
    ]


def test_the_scanners_report_findings_and_honour_justified_ones(tmp_path: Path) -> None:
    (tmp_path / "risky.py").write_text(
        "def run(code):\n"
        "    eval(code)\n"
        "    assert code  # nosec B101 # justified where it stands\n"
        'AWS_KEY = "AKIAIOSFODNN7EXAMPLE"\n',
        encoding="utf-8",
    )
    findings = scan_findings(tmp_path)
    assert [f.split(" ")[:2] for f in findings] == [
        ["bandit", "B307"],
        ["detect-secrets", "AWS"],
    ], findings


def test_the_changelog_unwraps_paragraphs_keeps_items_and_leaves_out_unreleased() -> None:
    text = (
        "# Changelog\n\n## [Unreleased]\n\n- Saved searches\n\n"
        "## [1.1.0] - 2026-01-02\n\nA paragraph\nwrapped.\n\n- one item\n- another, 50 %\n\n"
        "## [1.0.0] - 2026-01-01\n\nFirst.\n"
    )
    assert [r.version for r in releases(text)] == ["Unreleased", "1.1.0", "1.0.0"]
    assert metadata_changelog(text, "1.1.0") == (
        "changelog=\n"
        "    1.1.0 - A paragraph wrapped.\n"
        "    - one item\n"
        "    - another, 50 %%\n"
        "    1.0.0 - First.\n"
    )
    with pytest.raises(ValueError, match=r"newest version is 1\.1\.0, metadata\.txt's 1\.2\.0"):
        metadata_changelog(text, "1.2.0")
