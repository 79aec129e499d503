"""`make docs`: every picture of the user's guide, taken from real QGIS against the demo catalog.

`make run`'s headless tour (scripts/qgis_code/demo.py) takes the pictures under Xvfb, in English;
each is made small into docs/images/, where pictures the tour no longer takes are removed.
docs/images/manifest.json records the fingerprint of the code that made them and each picture's
sha256: tests/test_docs.py fails on a picture older than the code, edited by hand or left over.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote

from scripts import run

REPO = Path(__file__).resolve().parent.parent
IMAGES = REPO / "docs" / "images"
MANIFEST = IMAGES / "manifest.json"
# The tour's pictures as taken, kept to compare with what pngquant made of them.
SHOTS = run.RUN_DIR / "docs-shots"
# Each picture is kept in the repository's history for good: a few hundred KB at most.
MAX_BYTES = 400 * 1024
# What the pictures are made of: the plugin as its zip ships it (scripts/package.py), the tour
# and what runs it, and the demo catalog's sources (its generator and the real items it starts
# from; the generated catalog under .cache follows from them).
PICTURE_SOURCES = (
    "earthplatform_qgis",
    "metadata.txt",
    "resources",
    "scripts/qgis_code/demo.py",
    "scripts/run.py",
    "scripts/docs.py",
    "scripts/qgis_desktop.py",
    "devserver/catalog.py",
    "devserver/fixtures",
)
# Translations do not change the English pictures.
NOT_SOURCES = ("earthplatform_qgis/i18n/",)
# The pictures are the same whatever the developer's locale: English words, dates and numbers
# as C.UTF-8 (Debian's default, and CI's) writes them. LC_ALL wins over LANG and each LC_*, but
# QGIS takes its words from LANGUAGE first where it is set.
LOCALE = {"LC_ALL": "C.UTF-8", "LANGUAGE": ""}
# pngquant (Debian's package, installed by scripts/system-deps.sh) turns a screenshot into a
# palette image a third to a fifth of its size that looks the same: it is well kept and beats
# anything we would write. --strip: no metadata, so the same picture makes the same bytes.
PNGQUANT = ("pngquant", "--quality=70-95", "--speed", "1", "--strip")
QUALITY_TOO_LOW = 99  # pngquant's exit code when its palette cannot reach --quality's minimum
# Markdown's ![alt](path "title") (the alt text may run over lines) and HTML's <img src="path">.
MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^\s)>]+)")
HTML_IMAGE = re.compile(r"<img\s[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)


def guide_pages(root: Path = REPO) -> list[Path]:
    """The pages that show pictures: README.md and docs/*.md."""
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


def referenced_images(root: Path = REPO) -> set[Path]:
    """Every picture of this repository the pages show, resolved from the page showing it."""
    found = set()
    for page in guide_pages(root):
        text = page.read_text(encoding="utf-8")
        for target in MARKDOWN_IMAGE.findall(text) + HTML_IMAGE.findall(text):
            if "://" not in target:  # pictures hosted elsewhere are not ours to make
                found.add((page.parent / unquote(target)).resolve())
    return found


def picture_sources(root: Path = REPO) -> list[Path]:
    """The files of PICTURE_SOURCES, in the order of their relative POSIX paths."""
    files = []
    for name in PICTURE_SOURCES:
        path = root / name
        files += sorted(path.rglob("*")) if path.is_dir() else [path]
    return sorted(
        (
            path
            for path in files
            if path.is_file()
            # Bytecode is the sources again, written or not depending on the machine.
            and "__pycache__" not in path.parts
            and path.suffix != ".pyc"
            and not path.relative_to(root).as_posix().startswith(NOT_SOURCES)
        ),
        key=lambda path: path.relative_to(root).as_posix(),
    )


def code_fingerprint(root: Path = REPO) -> str:
    """sha256 of a sha256sum-style listing of the picture sources: the same on every machine
    with the same files (relative POSIX paths, bytes as stored)."""
    listing = "".join(
        f"{sha256(path)}  {path.relative_to(root).as_posix()}\n" for path in picture_sources(root)
    )
    return hashlib.sha256(listing.encode("utf-8")).hexdigest()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def take_pictures() -> int:
    """The tour of `make run`, headless, on the demo catalog in English, into SHOTS; its exit
    code."""
    # Xvfb even on a desktop: the same screen and no window manager for every picture (the
    # developer's own screen, scaling and window manager would show), the desktop left alone.
    os.environ.pop("DISPLAY", None)
    run.RUN_DIR.mkdir(parents=True, exist_ok=True)
    with run.demo_catalog() as server:
        env = {**run.connection_env(server), **LOCALE}
        return run.run_qgis(env, run.demo_settings(server), SHOTS)


def optimise(raw: Path, small: Path) -> None:
    """raw made small by pngquant into small; raw itself where pngquant refuses the quality."""
    result = subprocess.run(
        [*PNGQUANT, "--output", str(small), "--", str(raw)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode == QUALITY_TOO_LOW:
        shutil.copyfile(raw, small)
    elif result.returncode:
        raise SystemExit(f"pngquant failed on {raw.name}: {result.stderr.strip()}")


def check(pictures: list[Path]) -> None:
    """Fail, saying why, on a picture too large or one the guide shows that the tour lacks."""
    large = [
        f"{p.name} ({p.stat().st_size // 1024} KB)"
        for p in pictures
        if p.stat().st_size > MAX_BYTES
    ]
    if large:
        raise SystemExit(f"larger than {MAX_BYTES // 1024} KB even made small: {', '.join(large)}")
    taken = {picture.name for picture in pictures}
    shown = {p.name for p in referenced_images() if p.parent == IMAGES}
    lacking = sorted(shown - taken)
    if lacking:
        raise SystemExit(f"the guide shows pictures the tour does not take: {', '.join(lacking)}")


def publish(pictures: list[Path], fingerprint: str) -> None:
    """The pictures into docs/images (no other PNG left there) and the manifest."""
    IMAGES.mkdir(parents=True, exist_ok=True)
    names = {picture.name for picture in pictures}
    for old in IMAGES.glob("*.png"):
        if old.name not in names:
            old.unlink()
    for picture in pictures:
        shutil.copyfile(picture, IMAGES / picture.name)
    manifest = {
        "code": fingerprint,
        "images": {name: sha256(IMAGES / name) for name in sorted(names)},
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    # Before the tour: code changed while it runs makes pictures the manifest calls old.
    fingerprint = code_fingerprint()
    code = take_pictures()
    if code:
        return code
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp)
        for raw in sorted(SHOTS.glob("*.png")):
            optimise(raw, small / raw.name)
        pictures = sorted(small.glob("*.png"))
        check(pictures)
        publish(pictures, fingerprint)
    shown = referenced_images()
    for picture in (IMAGES / picture.name for picture in pictures):
        note = "" if picture in shown else "  (the guide does not show it)"
        print(f"{picture.stat().st_size // 1024:4d} KB  {picture.relative_to(REPO)}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
