"""The dock's saved searches: a list (one click puts a search back), Save, Run since last run,
Rename and Delete. What a search is made of and where it is kept: saved_searches.py; the dock
captures and restores the form and the area."""

from __future__ import annotations

from dataclasses import replace

from qgis.core import QgsProject
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from earthplatform_qgis.__about__ import __title__
from earthplatform_qgis.gui.widgets import named
from earthplatform_qgis.saved_searches import (
    PROFILE,
    PROJECT,
    SavedSearch,
    load_saved,
    replaced,
    store_saved,
)
from earthplatform_qgis.translation import tr


class SaveSearchDialog(QDialog):
    """A name for the search, and where to keep it: this project, your profile, or both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Save search"))
        form = QFormLayout(self)
        self.name_edit = named(
            QLineEdit(self), "savedSearchName", tr("What to call it in the list")
        )
        form.addRow(tr("Name"), self.name_edit)
        self.in_project = named(
            QCheckBox(tr("In this project"), self),
            "savedInProject",
            tr("Kept in the project file: for everyone who opens it"),
        )
        self.in_project.setChecked(True)
        self.in_profile = named(
            QCheckBox(tr("In my profile"), self),
            "savedInProfile",
            tr("Kept in your QGIS profile: in every project"),
        )
        form.addRow(self.in_project)
        form.addRow(self.in_profile)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._save = buttons.button(QDialogButtonBox.StandardButton.Save)
        for signal in (
            self.name_edit.textChanged,
            self.in_project.toggled,
            self.in_profile.toggled,
        ):
            signal.connect(self._enable)
        self._enable()

    def places(self) -> list[str]:
        return [
            place
            for place, box in ((PROJECT, self.in_project), (PROFILE, self.in_profile))
            if box.isChecked()
        ]

    def _enable(self) -> None:
        self._save.setEnabled(bool(self.name_edit.text().strip() and self.places()))


class SavedSearchesPanel(QgsCollapsibleGroupBox):
    """The list of saved searches and its buttons. `save_wanted` asks the dock for the
    current search under a name, `restore_wanted` to put one back, `run_since_wanted` to put
    one back from its last run and search."""

    save_wanted = pyqtSignal(str, list)  # the name, the places
    restore_wanted = pyqtSignal(object)  # SavedSearch
    run_since_wanted = pyqtSignal(object)  # SavedSearch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Saved searches"), parent)
        self.setObjectName("savedSearchesBox")
        self.setCollapsed(True)
        self.searches: list[SavedSearch] = []
        rows = QVBoxLayout(self)
        self.list = named(
            QListWidget(self),
            "savedSearchList",
            tr("Click a search to put its filters and area back"),
        )
        self.list.setMaximumHeight(110)
        rows.addWidget(self.list)
        buttons = QHBoxLayout()
        self.save_button = named(
            QPushButton(tr("Save…"), self), "saveSearchButton", tr("Name the search as it is now")
        )
        self.run_button = named(
            QPushButton(tr("Run since last run"), self),
            "runSinceButton",
            tr("Search again from the time this search last ran (as saved, the first time)"),
        )
        self.rename_button = named(QPushButton(tr("Rename…"), self), "renameSearchButton")
        self.delete_button = named(QPushButton(tr("Delete"), self), "deleteSearchButton")
        for button in (self.save_button, self.run_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        rows.addLayout(buttons)
        self.save_button.clicked.connect(self._ask_save)
        self.run_button.clicked.connect(self._run_since)
        self.rename_button.clicked.connect(self._rename)
        self.delete_button.clicked.connect(self._delete)
        self.list.itemClicked.connect(self._clicked)
        self.list.currentRowChanged.connect(lambda _: self._enable())
        project = QgsProject.instance()
        project.readProject.connect(self.reload)
        project.cleared.connect(self.reload)
        self.reload()

    def detach(self) -> None:
        """Stop following the project, which outlives the dock."""
        project = QgsProject.instance()
        project.readProject.disconnect(self.reload)
        project.cleared.disconnect(self.reload)

    def reload(self) -> None:
        """List the project's and the profile's saved searches again."""
        self.show_searches(load_saved(QgsProject.instance()))

    def show_searches(self, searches: list[SavedSearch]) -> None:
        self.searches = searches
        self.list.clear()
        for search in searches:
            item = QListWidgetItem(f"{search.name}  ({place_name(search.place)})", self.list)
            last = tr("not run from this list yet")
            if search.last_run:
                last = tr("last run {time} UTC").format(time=search.last_run[:16].replace("T", " "))
            item.setToolTip(
                tr("Over {area}; {last}").format(area=search.area.describe(), last=last)
            )
        self._enable()

    def current(self) -> SavedSearch | None:
        row = self.list.currentRow()
        return self.searches[row] if 0 <= row < len(self.searches) else None

    def keep(self, search: SavedSearch) -> None:
        """Store search in its place (replacing the one of its name there) and list it."""
        self._store(replaced(self.searches, search))
        self.list.setCurrentRow(self.searches.index(search))

    def _store(self, searches: list[SavedSearch]) -> None:
        store_saved(searches, QgsProject.instance())
        self.show_searches(searches)

    def _enable(self) -> None:
        chosen = self.current() is not None
        for button in (self.run_button, self.rename_button, self.delete_button):
            button.setEnabled(chosen)

    def _clicked(self, item: QListWidgetItem) -> None:
        search = self.current()
        if search is not None:
            self.restore_wanted.emit(search)

    def _run_since(self) -> None:
        search = self.current()
        if search is not None:
            self.run_since_wanted.emit(search)

    def _ask_save(self) -> None:
        dialog = SaveSearchDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, places = dialog.name_edit.text().strip(), dialog.places()
        taken = [s for s in self.searches if s.name == name and s.place in places]
        if taken and not self._confirm(tr("Replace the saved search '{name}'?").format(name=name)):
            return
        self.save_wanted.emit(name, places)

    def _rename(self) -> None:
        search = self.current()
        if search is None:
            return
        name, ok = QInputDialog.getText(
            self, tr("Rename saved search"), tr("Name"), text=search.name
        )
        name = name.strip()
        if not ok or not name or name == search.name:
            return
        if any(s.name == name and s.place == search.place for s in self.searches):
            where = place_name(search.place).capitalize()
            QMessageBox.information(
                self,
                __title__,
                tr("{where} has a search '{name}' already.").format(where=where, name=name),
            )
            return
        index = self.searches.index(search)
        searches = list(self.searches)
        searches[index] = replace(search, name=name)
        self._store(searches)
        self.list.setCurrentRow(index)

    def _delete(self) -> None:
        search = self.current()
        if search is None or not self._confirm(
            tr("Delete the saved search '{name}' from {where}?").format(
                name=search.name, where=place_name(search.place)
            )
        ):
            return
        self._store([s for s in self.searches if s is not search])

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, __title__, question)
        return answer == QMessageBox.StandardButton.Yes


def place_name(place: str) -> str:
    """Where a saved search is kept, in words: "this project" or "your profile"."""
    return tr("this project") if place == PROJECT else tr("your profile")
