"""The words of the core (stac/, map/, tasks/ and the services) in the analyst's language,
without Qt: tr() goes through a hook, the text as it is until translation.py, imported in
QGIS, sets its own with use(). So the STAC client still runs in plain Python, in English.

pylupdate5 reads these bare tr("…") calls as it reads translation.tr's: one "@default" context.
"""

from __future__ import annotations

from collections.abc import Callable


def _as_is(text: str) -> str:
    return text


_translate: Callable[[str], str] = _as_is


def use(translate: Callable[[str], str]) -> None:
    """Make tr() speak through translate from now on (every thread, the next call)."""
    global _translate
    _translate = translate


def tr(text: str) -> str:
    """text in the analyst's language (as is outside QGIS or without a translation). A string
    with placeholders is translated whole, then formatted: tr("{n} shown").format(n=n)."""
    return _translate(text)


def marked(text: str) -> str:
    """text as it is: marks a string kept in a table for `make translations` (pylupdate5 runs
    with -tr-function marked), to go through tr() where it is shown."""
    return text
