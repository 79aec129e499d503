"""What plugins.qgis.org checks of an uploaded zip, run on ours before it is uploaded.

The rules are those of the repository's own code (github.com/qgis/QGIS-Plugins-Website, the
successor of qgis/QGIS-Django): qgis-app/plugins/validator.py refuses an upload that breaks
them, and plugins/security_scanner.py (see scripts/security_scan.py) blocks one with findings.
"""

from __future__ import annotations

import configparser
import re
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from scripts.security_scan import scan_findings

# validator.py: PLUGIN_MAX_UPLOAD_SIZE (25,000,000 bytes; nginx takes 25 MB bodies too).
MAX_SIZE = 25_000_000
# validator.py: PLUGIN_REQUIRED_METADATA; an upload missing one is refused.
REQUIRED_METADATA = (
    "name",
    "description",
    "version",
    "qgisMinimumVersion",
    "author",
    "email",
    "about",
    "tracker",
    "repository",
)
# Checked by validator.py for a scheme and a host, then fetched (not from here: no network).
URL_METADATA = ("tracker", "repository", "homepage")
# validator.py refuses these as any part of a path; security_scanner.py warns of the others.
FORBIDDEN_DIRS = ("__MACOSX", ".git", "__pycache__")
SUSPICIOUS_SUFFIXES = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd")
FOLDER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-_]+")


def zip_problems(archive: Path) -> list[str]:
    """Every rule of the repository's validator and file checks that the zip breaks."""
    if archive.stat().st_size > MAX_SIZE:
        return [f"{archive.stat().st_size:,} bytes: the repository takes {MAX_SIZE:,} at most"]
    with zipfile.ZipFile(archive) as zf:
        corrupt = zf.testzip()
        if corrupt is not None:
            return [f"bad CRC in {corrupt}"]
        problems = [p for info in zf.infolist() for p in _entry_problems(info)]
        folders = sorted({name.split("/")[0] for name in zf.namelist()})
        # validator.py reads the first folder only and warns of the others: one is required here.
        if len(folders) != 1:
            return [*problems, f"one top-level folder expected, found {folders}"]
        folder = folders[0]
        if not (FOLDER_NAME.fullmatch(folder) and folder.isidentifier()):
            problems.append(f"top-level folder {folder!r} is not a Python identifier")
        names = set(zf.namelist())
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{folder}/{required}" not in names:
                problems.append(f"{folder}/{required} is missing")
        if f"{folder}/metadata.txt" in names:
            text = zf.read(f"{folder}/metadata.txt").decode("utf-8")
            problems += metadata_problems(text, names, folder)
    return problems


def _entry_problems(info: zipfile.ZipInfo) -> list[str]:
    name = info.filename
    path = PurePosixPath(name)
    problems = []
    if ".." in name or name.startswith("/") or "\\" in name or re.match(r"[A-Za-z]:", name):
        problems.append(f"{name}: a path the validator refuses")
    if ".pyc" in name or any(part in FORBIDDEN_DIRS for part in path.parts):
        problems.append(f"{name}: compiled or VCS files are refused")
    # The scan lets .gitignore and its tools' configs through, but a version shipping a config is
    # badged "passed (config files used)": none is wanted.
    if path.name.startswith("."):
        problems.append(f"{name}: hidden file (flagged by the scan)")
    if name.lower().endswith(SUSPICIOUS_SUFFIXES):
        problems.append(f"{name}: executable or binary (flagged by the scan)")
    if name.endswith(".py") and (info.external_attr >> 16) & 0o111:
        problems.append(f"{name}: executable Python file (flagged by the scan)")
    return problems


def metadata_problems(text: str, names: set[str], folder: str) -> list[str]:
    """What the validator refuses in metadata.txt, read as it reads it (with %-interpolation)."""
    parser = configparser.ConfigParser()
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read_string(text)
        metadata = dict(parser.items("general"))
    except (configparser.Error, KeyError) as error:
        return [f"metadata.txt cannot be read as the repository reads it: {error}"]
    problems = [f"metadata.txt lacks {key}" for key in REQUIRED_METADATA if not metadata.get(key)]
    problems += [
        f"metadata.txt {key}={metadata[key]} is not a URL"
        for key in URL_METADATA
        if key in metadata and not re.match(r"https?://[^/\s]+", metadata[key])
    ]
    if "/" in metadata.get("author", ""):
        problems.append("metadata.txt author has a slash")
    if "icon" in metadata and f"{folder}/{metadata['icon'].removeprefix('./')}" not in names:
        problems.append(f"metadata.txt icon {metadata['icon']} is not in the zip")
    return problems


def report(archive: Path) -> int:
    """Print the zip's size and what the repository would refuse or block; the exit status."""
    print(f"{archive.name}: {archive.stat().st_size:,} bytes (the repository takes {MAX_SIZE:,})")
    problems = zip_problems(archive)
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(archive) as zf:
        zf.extractall(tmp)
        problems += scan_findings(Path(tmp))
    for problem in problems:
        print(f"  {problem}")
    print(f"{len(problems)} problem(s) plugins.qgis.org would refuse or block the upload for")
    return 1 if problems else 0
