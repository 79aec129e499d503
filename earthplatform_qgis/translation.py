"""The plugin's words in QGIS's language: tr() for every string the analyst reads, and the
translator of the plugin's .qm file that matches QGIS's locale, installed while it is loaded."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from earthplatform_qgis.stac import words

# The gui's and processing's name for it: one definition, in the Qt-free core.
from earthplatform_qgis.stac.words import marked as marked

# pylupdate5 files a bare tr("…") call under this context, wherever it stands: the plugin's
# one context, so the .ts files and the look-ups agree.
CONTEXT = "@default"
I18N_DIR = Path(__file__).resolve().parent / "i18n"
QM_PREFIX = "earthplatform_qgis_"


def tr(text: str) -> str:
    """text in QGIS's language (as is where the plugin has no translation of it). A string
    with placeholders is translated whole, then formatted: tr("{n} shown").format(n=n)."""
    return QCoreApplication.translate(CONTEXT, text)


# The core's messages (stac/, map/, tasks/, the services) speak through this tr() as soon as
# QGIS imports the plugin, before any of them is made.
words.use(tr)


def plural(count: int, one: str, many: str) -> str:
    """`one` or `many` (both already through tr(), with a {n} placeholder) for count.

    One and many are enough for English, French and Portuguese alike.
    """
    return (one if count == 1 else many).format(n=count)


def qm_file(locale: str, directory: Path = I18N_DIR) -> Path | None:
    """The plugin's .qm file for locale: its own ("pt_BR"), else one of its language ("pt"
    takes pt_BR's, "fr_CA" fr's); None where the plugin speaks none of it."""
    exact = directory / f"{QM_PREFIX}{locale}.qm"
    if exact.is_file():
        return exact
    language = locale.split("_")[0]
    same_language = sorted(directory.glob(f"{QM_PREFIX}{language}*.qm"))
    return same_language[0] if same_language else None


class PluginTranslator:
    """The plugin's translator, installed in the application from install() to remove()."""

    def __init__(self, directory: Path = I18N_DIR) -> None:
        self.directory = directory  # where the .qm files are
        self._translator: QTranslator | None = None
        self.installed: Path | None = None  # the .qm file in use

    def install(self, locale: str | None = None) -> Path | None:
        """Install the .qm file of locale (QGIS's when None); the file, or None without one."""
        self.remove()
        # QGIS's locale: the one chosen in its options where the analyst overrode the system's.
        path = qm_file(locale or QgsApplication.locale(), self.directory)
        if path is None:
            return None
        translator = QTranslator()
        if not translator.load(str(path)):
            return None
        QCoreApplication.installTranslator(translator)
        self._translator, self.installed = translator, path
        return path

    def remove(self) -> None:
        """Take the translator out of the application (on unload)."""
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator, self.installed = None, None
