"""The plugin's translations: .ts files updated from the code with Debian's pylupdate5, .qm
files built from them with lrelease.

python -m scripts.translations: update every .ts file of earthplatform_qgis/i18n/ from the
plugin's Python files (new strings come in unfinished, strings gone are dropped), then build
each one's .qm beside it (the package builds its own: see scripts/package.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "earthplatform_qgis"
I18N = PACKAGE / "i18n"
# The plugin's languages: EarthDaily's agriculture users are largely in France and Brazil.
LANGUAGES = ("fr", "pt_BR")
# Where Debian's qttools5-dev-tools puts lrelease (Debian 12 adds qtchooser's lrelease link).
LRELEASE = ("/usr/lib/qt5/bin/lrelease", "lrelease")


def ts_files() -> list[Path]:
    """The .ts file of each language."""
    return [I18N / f"earthplatform_qgis_{language}.ts" for language in LANGUAGES]


def sources() -> list[Path]:
    """The Python files whose tr() and marked() strings are translated."""
    return sorted(PACKAGE.rglob("*.py"))


def _tool(candidates: tuple[str, ...], package: str) -> str:
    for name in candidates:
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError(f"{candidates[0]} is missing: install Debian's {package}")


def extract(ts_targets: list[Path]) -> None:
    """Update (or create) ts_targets with every string of the sources, as pylupdate5 reads
    them: tr("…") and marked("…") calls; strings no longer in the code are dropped."""
    pylupdate = _tool(("pylupdate5",), "pyqt5-dev-tools")
    # Paths relative to the repository: the .ts files name the code's lines, the same anywhere.
    command = [pylupdate, "-noobsolete", "-tr-function", "marked"]
    command += [str(path.relative_to(REPO)) for path in sources()]
    command += ["-ts", *(str(path) for path in ts_targets)]
    subprocess.run(command, cwd=REPO, check=True, capture_output=True)


def build_qm(ts: Path, qm: Path) -> None:
    """Compile one .ts file into qm."""
    lrelease = _tool(LRELEASE, "qttools5-dev-tools")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def qm_name(ts: Path) -> str:
    """The .qm file's name for a .ts file: what the plugin's translator loads."""
    return ts.with_suffix(".qm").name


def messages(ts: Path) -> dict[str, str]:
    """Each source text of a .ts file with its translation ("" when unfinished or empty)."""
    found = {}
    for message in ElementTree.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") != "unfinished"
        text = translation.text if finished and translation is not None else None
        found[message.findtext("source", "")] = text or ""
    return found


def main() -> int:
    I18N.mkdir(exist_ok=True)
    extract(ts_files())
    for ts in ts_files():
        build_qm(ts, ts.with_suffix(".qm"))
        missing = [source for source, translated in messages(ts).items() if not translated]
        print(f"{ts.relative_to(REPO)}: {len(messages(ts))} strings, {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
