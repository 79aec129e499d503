"""Build the plugin folder and the release zip installable with Plugins > Install from ZIP.

python -m scripts.package [DIST_DIR]: the zip, then plugins.qgis.org's checks of an upload
(scripts/plugin_repository.py); exits 1 if the repository would refuse or block it.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from scripts.changelog import metadata_changelog
from scripts.plugin_repository import report
from scripts.translations import build_qm, qm_name, ts_files

REPO = Path(__file__).resolve().parent.parent
PLUGIN = "earthplatform_qgis"
# Files beside the package in the checkout that belong inside the installed plugin folder: what
# the plugin reads at run time, and the LICENSE the plugin repository requires.
SHIPPED_BESIDE = ("LICENSE", "resources")


def plugin_version() -> str:
    """The version from metadata.txt."""
    for line in (REPO / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise RuntimeError("metadata.txt has no version")


def packaged_metadata() -> str:
    """metadata.txt as the zip holds it: the checkout's, with changelog= from CHANGELOG.md."""
    metadata = (REPO / "metadata.txt").read_text(encoding="utf-8")
    if any(line.startswith("changelog=") for line in metadata.splitlines()):
        raise RuntimeError("metadata.txt has a changelog=: it belongs in CHANGELOG.md")
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    return metadata.rstrip("\n") + "\n" + metadata_changelog(changelog, plugin_version())


def _ignore_build_litter(_dir: str, names: list[str]) -> set[str]:
    # Translations ship as .qm files built from the .ts sources here, never as left lying about.
    litter = (".pyc", ".pyo", ".ts", ".qm")
    return {n for n in names if n == "__pycache__" or n.endswith(litter)}


def assemble(parent: Path) -> Path:
    """Lay out the installable plugin folder parent/earthplatform_qgis and return it."""
    dest = parent / PLUGIN
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(REPO / PLUGIN, dest, ignore=_ignore_build_litter)
    for name in SHIPPED_BESIDE:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=_ignore_build_litter)
        else:
            shutil.copy2(source, dest / name)
    (dest / "metadata.txt").write_text(packaged_metadata(), encoding="utf-8")
    for ts in ts_files():
        build_qm(ts, dest / "i18n" / qm_name(ts))
    return dest


def build_zip(dist: Path) -> Path:
    """Write dist/earthplatform_qgis-<version>.zip and return its path."""
    dist.mkdir(parents=True, exist_ok=True)
    archive = dist / f"{PLUGIN}-{plugin_version()}.zip"
    with tempfile.TemporaryDirectory() as tmp:
        folder = assemble(Path(tmp))
        partial = archive.with_suffix(".zip.part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(folder.parent).as_posix())
        partial.replace(archive)
    return archive


if __name__ == "__main__":
    archive = build_zip(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "dist")
    print(archive)
    sys.exit(report(archive))
