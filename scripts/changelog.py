"""CHANGELOG.md, the one changelog, turned into the changelog= of the packaged metadata.txt.

CHANGELOG.md has a section per version, newest first: `## [Unreleased]`, then
`## [X.Y.Z] - YYYY-MM-DD` (the form qgis-plugin-ci and keepachangelog read too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
UNRELEASED = "Unreleased"


@dataclass(frozen=True)
class Release:
    """One section of CHANGELOG.md: its version, date and paragraphs or list items."""

    version: str
    date: str | None
    entries: tuple[str, ...]


def releases(text: str) -> list[Release]:
    """Every section of the changelog, in the file's order (newest first)."""
    sections: list[tuple[str, str | None, list[str]]] = []
    for line in text.splitlines():
        heading = HEADING.match(line)
        if heading:
            sections.append((heading["version"], heading["date"], []))
        elif sections:
            sections[-1][2].append(line)
    return [Release(version, date, _entries(lines)) for version, date, lines in sections]


def _entries(lines: list[str]) -> tuple[str, ...]:
    """Paragraphs and list items, each unwrapped onto one line."""
    entries: list[list[str]] = []
    starts_new = True
    for raw in lines:
        line = raw.strip()
        if not line:
            starts_new = True
        elif starts_new or line.startswith(("- ", "* ")):
            entries.append([line])
            starts_new = False
        else:
            entries[-1].append(line)
    return tuple(" ".join(entry) for entry in entries)


def metadata_changelog(text: str, version: str) -> str:
    """The changelog= entry for a plugin at this version: every released section, this version's
    first (a release bumps metadata.txt's version= and names the Unreleased section after it).

    Both readers of metadata.txt, plugins.qgis.org's validator and QGIS's plugin manager, read
    it with configparser's %-interpolation: a lone % would make the upload fail, so it is
    doubled.
    """
    released = [r for r in releases(text) if r.version != UNRELEASED]
    newest = released[0].version if released else None
    if newest != version:
        raise ValueError(f"CHANGELOG.md's newest version is {newest}, metadata.txt's {version}")
    lines = []
    for release in released:
        if not release.entries:
            raise ValueError(f"CHANGELOG.md: the section of {release.version} is empty")
        first, *rest = release.entries
        lines += [f"{release.version} - {first}", *rest]
    return "changelog=\n" + "".join(f"    {line.replace('%', '%%')}\n" for line in lines)
