"""The user's guide's pictures are `make docs`'s, from the current code: every picture README.md
and docs/*.md show is in docs/images as make docs made it, small, and nothing else is there."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scripts.docs import (
    IMAGES,
    MANIFEST,
    MAX_BYTES,
    REPO,
    code_fingerprint,
    referenced_images,
    sha256,
)

REMAKE = "run `make docs` and commit docs/images"


@pytest.fixture(scope="module")
def shown() -> set[Path]:
    pictures = referenced_images()
    # Else every check below would pass on nothing.
    assert pictures, "README.md and docs/*.md show no picture: is the image syntax still read?"
    return pictures


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    assert MANIFEST.is_file(), f"no {MANIFEST.relative_to(REPO)}: {REMAKE}"
    manifest: dict[str, Any] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return manifest


def names(paths: set[Path]) -> list[str]:
    return sorted(path.relative_to(REPO).as_posix() for path in paths)


def test_every_picture_the_guide_shows_exists(shown: set[Path]) -> None:
    assert not names({path for path in shown if not path.is_file()})


def test_every_picture_is_as_make_docs_made_it(shown: set[Path], manifest: dict[str, Any]) -> None:
    made = manifest["images"]
    other = {
        path
        for path in shown
        if path.parent != IMAGES or not path.is_file() or made.get(path.name) != sha256(path)
    }
    assert not names(other), f"not as make docs made them (edited by hand?): {REMAKE}"


def test_the_pictures_are_as_new_as_the_code(manifest: dict[str, Any]) -> None:
    assert manifest["code"] == code_fingerprint(), (
        f"the guide's pictures are older than the code: {REMAKE}"
    )


def test_every_picture_is_small(shown: set[Path]) -> None:
    large = {path for path in shown if path.is_file() and path.stat().st_size > MAX_BYTES}
    assert not names(large), f"larger than {MAX_BYTES // 1024} KB"


def test_no_picture_is_left_over(shown: set[Path], manifest: dict[str, Any]) -> None:
    kept = set(IMAGES.glob("*.png"))
    assert not names(kept - shown), "pictures the guide does not show"
    assert sorted(manifest["images"]) == sorted(path.name for path in kept)


# ---- what the checks above rest on ----------------------------------------------------------


def test_the_pages_pictures_are_read_wherever_and_however_shown(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "README.md").write_text(
        "![A picture whose alt text\nruns over two lines](docs/images/a.png)\n"
        '<p><img width="400" src="docs/images/b%20c.png" alt="b"></p>\n'
        "![hosted](https://example.com/d.png) [a link, not a picture](docs/images/e.png)\n",
        encoding="utf-8",
    )
    (tmp_path / "docs" / "guide.md").write_text(
        '![f](images/f.png "its title")\n', encoding="utf-8"
    )
    images = tmp_path.resolve() / "docs" / "images"
    assert referenced_images(tmp_path) == {
        images / "a.png",
        images / "b c.png",
        images / "f.png",
    }


def test_the_fingerprint_follows_the_code_but_not_translations_or_bytecode(
    tmp_path: Path,
) -> None:
    plugin = tmp_path / "earthplatform_qgis"
    (plugin / "i18n").mkdir(parents=True)
    (plugin / "__pycache__").mkdir()
    (plugin / "dock.py").write_text("TITLE = 'EarthPlatform'\n", encoding="utf-8")
    before = code_fingerprint(tmp_path)
    (plugin / "i18n" / "earthplatform_qgis_fr.qm").write_bytes(b"translated")
    (plugin / "__pycache__" / "dock.cpython-311.pyc").write_bytes(b"compiled")
    assert code_fingerprint(tmp_path) == before
    (plugin / "dock.py").write_text("TITLE = 'EarthPlatform!'\n", encoding="utf-8")
    changed = code_fingerprint(tmp_path)
    assert changed != before
    (tmp_path / "scripts" / "qgis_code").mkdir(parents=True)
    (tmp_path / "scripts" / "qgis_code" / "demo.py").write_text("", encoding="utf-8")
    assert code_fingerprint(tmp_path) != changed
