"""The user's guide: it renders as Markdown with every link and picture found, the plugin's help
buttons and homepage open it at sections it has, and the defaults it states are the code's."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QObject, Qt, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QDialogButtonBox, QLineEdit, QSpinBox, QToolButton

from earthplatform_qgis.__about__ import __homepage__, guide_url
from earthplatform_qgis.gui import settings_dialog
from earthplatform_qgis.gui.dock import MASK_CONFIRM_ABOVE, EarthPlatformDock
from earthplatform_qgis.gui.search_form import DEFAULT_COLLECTION, SORT_FIELDS, SearchForm
from earthplatform_qgis.processing import common
from earthplatform_qgis.settings import DEFAULT_API_URL, DEFAULT_TOKEN_URL
from earthplatform_qgis.stac.chunks import DEFAULT_CONCURRENCY, MAX_CONCURRENCY
from earthplatform_qgis.stac.http import MAX_RETRIES, MAX_RETRY_AFTER, READ_TIMEOUT
from earthplatform_qgis.stac.spec import DEFAULT_LIMIT, DEFAULT_MAX_ITEMS, MAX_LIMIT

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "docs" / "guide.md"
README = REPO / "README.md"
# The sections the issue asks for, in the order an analyst meets them.
SECTIONS = [
    "Install",
    "Configuration",
    "First search",
    "Checking clouds",
    "Assets and downloads",
    "Saved searches",
    "Processing",
    "Copy as Python",
    "Troubleshooting",
]


def tokens(path: Path) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(path.read_text(encoding="utf-8"))


def inline_text(token: Token) -> str:
    return "".join(c.content for c in token.children or [] if c.type in ("text", "code_inline"))


def headings(path: Path) -> list[tuple[int, str]]:
    """(level, text) of every heading."""
    found = tokens(path)
    return [
        (int(token.tag[1]), inline_text(found[index + 1]))
        for index, token in enumerate(found)
        if token.type == "heading_open"
    ]


def anchors(path: Path) -> set[str]:
    """The anchors GitHub gives the headings: lower case, punctuation dropped, spaces to
    hyphens, a repeated one numbered."""
    seen: Counter[str] = Counter()
    result = set()
    for _, text in headings(path):
        slug = re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")
        result.add(slug if not seen[slug] else f"{slug}-{seen[slug]}")
        seen[slug] += 1
    return result


def links(path: Path) -> list[str]:
    """The targets of every link and picture."""
    found = []
    for token in tokens(path):
        for child in token.children or []:
            if child.type == "link_open":
                found.append(str(child.attrs["href"]))
            elif child.type == "image":
                found.append(str(child.attrs["src"]))
    return found


@pytest.mark.parametrize("path", [GUIDE, README], ids=["guide", "README"])
def test_every_local_link_and_anchor_is_found(path: Path) -> None:
    local = [link for link in links(path) if not re.match(r"[a-z]+:", link)]
    assert local
    for link in local:
        target, _, anchor = link.partition("#")
        page = (path.parent / target).resolve() if target else path
        assert page.is_file(), f"{path.name}: {link} leads nowhere"
        if anchor:
            assert anchor in anchors(page), f"{path.name}: {link} names no heading"


@pytest.mark.parametrize("path", [GUIDE, README], ids=["guide", "README"])
def test_every_table_renders_as_a_table(path: Path) -> None:
    """A table row outside a rendered table (a separator row missing, a pipe astray) would
    show as a line of pipes."""
    lines = path.read_text(encoding="utf-8").splitlines()
    in_tables = {
        number
        for token in tokens(path)
        if token.type == "table_open" and token.map
        for number in range(*token.map)
    }
    stray = [n + 1 for n, line in enumerate(lines) if line.startswith("|") and n not in in_tables]
    assert in_tables
    assert stray == []


@pytest.mark.parametrize("path", [GUIDE, README], ids=["guide", "README"])
def test_no_text_is_taken_for_html(path: Path) -> None:
    """A placeholder such as <host> outside code must be escaped: GitHub drops it as a tag."""
    found = tokens(path)
    html = [t.content for t in found if t.type == "html_block"] + [
        child.content
        for token in found
        for child in token.children or []
        if child.type == "html_inline"
    ]
    assert html == []


def test_the_guide_has_the_analysts_sections_in_order() -> None:
    assert [text for level, text in headings(GUIDE) if level == 2] == SECTIONS


def test_the_homepage_is_the_guide_on_the_repositorys_main_branch() -> None:
    repository = "https://github.com/earthdaily/earthplatform_qgis"
    assert __homepage__ == f"{repository}/blob/main/{GUIDE.relative_to(REPO).as_posix()}"
    assert guide_url("configuration") == __homepage__ + "#configuration"


class OpenedUrls(QObject):
    """Stands in for the browser: QDesktopServices hands it the links it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @pyqtSlot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def browser() -> Any:
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("https", opened, "open")
    yield opened
    QDesktopServices.unsetUrlHandler("https")


def anchor_of(url: str) -> str:
    page, _, anchor = url.partition("#")
    assert page == __homepage__
    assert anchor in anchors(GUIDE) | {""}
    return anchor


def test_the_docks_help_button_opens_the_guide(
    dock: EarthPlatformDock, qtbot: Any, browser: OpenedUrls
) -> None:
    button = dock.findChild(QToolButton, "helpButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert browser.urls == [__homepage__]


def test_the_settings_help_opens_the_guide_at_configuration(
    qgis_app: Any, qtbot: Any, browser: OpenedUrls
) -> None:
    dialog = settings_dialog.SettingsDialog()
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    help_button = buttons.button(QDialogButtonBox.StandardButton.Help)
    qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
    assert [anchor_of(url) for url in browser.urls] == ["configuration"]


def test_every_algorithms_help_is_the_guides_processing_section(provider: None) -> None:
    algorithms = QgsApplication.processingRegistry().providerById("earthplatform").algorithms()
    assert len(algorithms) == 3
    for algorithm in algorithms:
        assert anchor_of(algorithm.helpUrl()) == common.GUIDE_SECTION == "processing"
        # The dialog makes every line break a break of its own: paragraphs must come whole.
        help_text = algorithm.shortHelpString()
        assert help_text.startswith("<p>")
        assert "\n" not in help_text


def guide_text() -> str:
    return " ".join(GUIDE.read_text(encoding="utf-8").split())


def settings_row(field: str) -> list[str]:
    """The cells of the settings table's row for this field."""
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if cells[0] == field:
            return cells
    raise AssertionError(f"the guide's settings table has no row {field}")


def test_the_settings_defaults_the_guide_states_are_the_dialogs(qgis_app: Any, qtbot: Any) -> None:
    QgsSettings().remove("earthplatform")
    dialog = settings_dialog.SettingsDialog()
    qtbot.addWidget(dialog)
    assert settings_row("STAC API URL")[2] == f"`{DEFAULT_API_URL}`"
    assert dialog.findChild(QLineEdit, "apiUrlEdit").text() == DEFAULT_API_URL
    assert settings_row("Token URL")[2] == f"`{DEFAULT_TOKEN_URL}`"
    assert dialog.findChild(QLineEdit, "tokenUrlEdit").text() == DEFAULT_TOKEN_URL
    spin = dialog.findChild(QSpinBox, "requestsInFlightSpin")
    assert (spin.value(), spin.minimum(), spin.maximum()) == (
        DEFAULT_CONCURRENCY,
        1,
        MAX_CONCURRENCY,
    )
    assert settings_row("Requests at once")[2] == f"{DEFAULT_CONCURRENCY} (from 1 to 16)"
    assert MAX_CONCURRENCY == 16


def test_the_search_defaults_the_guide_states_are_the_forms(qgis_app: Any) -> None:
    QgsSettings().remove("earthplatform")
    form = SearchForm()
    assert (form.page_size.value(), form.page_size.maximum()) == (DEFAULT_LIMIT, MAX_LIMIT)
    assert form.max_items.value() == DEFAULT_MAX_ITEMS
    assert form.cloud_cover.value() == 100
    assert form.sort_descending.isChecked()
    text = guide_text()
    assert f"items per request, {DEFAULT_LIMIT} by default, at most {MAX_LIMIT:,}" in text
    assert f"where the search stops, {DEFAULT_MAX_ITEMS:,} by default" in text
    assert "100 % (the default) means no filter" in text
    assert f"The first time, `{DEFAULT_COLLECTION}` is ticked" in text
    assert ", ".join(f"`{field}`" for field in SORT_FIELDS[:-1]) in text
    assert f"asks first when there are more than {MASK_CONFIRM_ABOVE}" in text


def test_the_network_limits_the_guide_states_are_the_codes() -> None:
    text = guide_text()
    assert f"sent nothing for {READ_TIMEOUT:.0f} seconds" in text
    assert f"at most {MAX_RETRY_AFTER:.0f} seconds)" in text
    assert f"are retried up to {MAX_RETRIES} times" in text
