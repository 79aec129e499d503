"""What the plugin's widgets share: a name to find each by and a help tooltip to come back to;
lists of ticked choices; the user's guide opened in the browser."""

from __future__ import annotations

from typing import TypeVar

from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QListWidget, QListWidgetItem, QWidget

from earthplatform_qgis.__about__ import guide_url

# A widget's own tooltip, kept while a problem's text stands in for it.
HELP_PROPERTY = "help"

Widget = TypeVar("Widget", bound=QWidget)


def named(widget: Widget, name: str, tooltip: str = "") -> Widget:
    """The widget with its object name (tests and scripts find it by that) and its help."""
    widget.setObjectName(name)
    if tooltip:
        widget.setToolTip(tooltip)
    widget.setProperty(HELP_PROPERTY, tooltip)
    return widget


def add_choice(choices: QListWidget, text: str, value: str, checked: bool) -> QListWidgetItem:
    """A line that can be ticked, standing for `value`, at the end of the list."""
    item = QListWidgetItem(text, choices)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def checked_choices(choices: QListWidget) -> list[str]:
    """The values of the ticked lines, in list order."""
    items = (choices.item(row) for row in range(choices.count()))
    return [
        str(item.data(Qt.ItemDataRole.UserRole))
        for item in items
        if item.checkState() == Qt.CheckState.Checked
    ]


def open_guide(section: str = "") -> None:
    """The user's guide in the browser, at the section with this anchor."""
    QDesktopServices.openUrl(QUrl(guide_url(section)))
