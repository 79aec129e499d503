"""The search form: collections, dates, cloud cover, mask-only and "More filters"; what they
describe as a SearchSpec, each invalid field marked with its reason, and the filters
remembered for the next session."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from qgis.gui import QgsCollapsibleGroupBox, QgsDateTimeEdit
from qgis.PyQt.QtCore import QDateTime, Qt, QTimeZone, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from earthplatform_qgis.gui.widgets import HELP_PROPERTY, add_choice, checked_choices, named
from earthplatform_qgis.settings import Settings, remember
from earthplatform_qgis.stac.client import CollectionInfo
from earthplatform_qgis.stac.spec import (
    Problem,
    SearchSpec,
    SearchSpecError,
    SortField,
    parse_ids,
    parse_query,
)
from earthplatform_qgis.translation import tr

SORT_FIELDS = ("datetime", "eo:cloud_cover", "id", "created")
INVALID_STYLE = "border: 1px solid #d62828;"
# Ticked when the catalog's collections load and no earlier session chose any.
DEFAULT_COLLECTION = "sentinel-2-l2a"


def _utc(edit: QgsDateTimeEdit) -> datetime | None:
    """The edit's date-time as an aware UTC datetime, or None when left open."""
    if edit.isNull():
        return None
    value = QDateTime(edit.dateTime())
    value.setTimeZone(QTimeZone.utc())
    # toPyDateTime() drops the time zone: the wall time is UTC, so say so.
    return value.toPyDateTime().replace(tzinfo=timezone.utc)


def _date_edit(name: str, tooltip: str) -> QgsDateTimeEdit:
    edit = named(QgsDateTimeEdit(), name, tooltip)
    edit.setAllowNull(True)
    edit.setNullRepresentation(tr("open"))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setTimeSpec(Qt.TimeSpec.UTC)
    edit.clear()
    return edit


class SearchForm(QWidget):
    """The filters of a search. spec() reads them; every change re-validates them and says
    whether they make a search through `validated`; set_area() gives the area to search, which
    the form does not choose (it follows the map)."""

    validated = pyqtSignal(bool)  # whether the filters and the area make a search

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intersects: dict[str, Any] | None = None
        self.area_problem = ""
        self._remembered_filters = ""  # the last_search setting as last read or written
        self._marked: dict[str, QWidget] = {}  # the widget that shows each field's problems
        self._build()
        self._restore()
        self._connect()

    # ---- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.collections_list = named(
            QListWidget(self), "collectionsList", tr("Collections to search (tick one or more)")
        )
        self.collections_list.setMaximumHeight(90)
        layout.addWidget(QLabel(tr("Collections"), self))
        layout.addWidget(self.collections_list)

        self._rows = QFormLayout()
        self.start_edit = _date_edit("startDateTime", tr("From (UTC); clear it to leave open"))
        self.end_edit = _date_edit("endDateTime", tr("Until (UTC); clear it to leave open"))
        self._rows.addRow(tr("From"), self.start_edit)
        self._rows.addRow(tr("Until"), self.end_edit)
        self.cloud_cover = named(
            QSpinBox(self), "cloudCoverMax", tr("Maximum cloud cover; 100 % searches without it")
        )
        self.cloud_cover.setRange(0, 100)
        self.cloud_cover.setSuffix(" %")
        self.cloud_cover.setValue(100)
        self._rows.addRow(tr("Max cloud cover"), self.cloud_cover)
        self.mask_only = named(
            QCheckBox(tr("Only items with a cloud mask"), self),
            "maskOnlyCheck",
            tr("Adds eda:ag_cloud_mask_available = true to the query"),
        )
        self._rows.addRow(self.mask_only)
        layout.addLayout(self._rows)
        layout.addWidget(self._more_filters())

        self.problems_label = named(QLabel(self), "problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #d62828;")
        layout.addWidget(self.problems_label)
        self._marked = {
            "collections": self.collections_list,
            "start": self.start_edit,
            "end": self.end_edit,
            "query": self.query_edit,
            "sortby": self.sort_field,
            "limit": self.page_size,
            "max_items": self.max_items,
            "ids": self.ids_edit,
        }

    def _more_filters(self) -> QgsCollapsibleGroupBox:
        advanced = QgsCollapsibleGroupBox(tr("More filters"), self)
        advanced.setObjectName("moreFilters")
        advanced.setCollapsed(True)
        more = QFormLayout(advanced)
        self.query_edit = named(
            QPlainTextEdit(advanced),
            "queryEdit",
            tr('Query extension, JSON: {"eda:status": {"eq": "PUBLISHED"}}'),
        )
        self.query_edit.setPlaceholderText('{"s2:water_percentage": {"lt": 5}}')
        self.query_edit.setMaximumHeight(60)
        more.addRow(tr("Query"), self.query_edit)
        self.sort_field = named(QComboBox(advanced), "sortField", tr("Sort by this property"))
        self.sort_field.setEditable(True)
        self.sort_field.addItems(SORT_FIELDS)
        self.sort_descending = named(QCheckBox(tr("Descending"), advanced), "sortDescending")
        self.sort_descending.setChecked(True)
        sort = QHBoxLayout()
        sort.addWidget(self.sort_field, 1)
        sort.addWidget(self.sort_descending)
        more.addRow(tr("Sort"), sort)
        self.page_size = named(
            QSpinBox(advanced), "pageSize", tr("Items per request (the API's limit)")
        )
        self.page_size.setRange(1, 10_000)
        self.page_size.setValue(100)
        more.addRow(tr("Page size"), self.page_size)
        self.max_items = named(
            QSpinBox(advanced), "maxItems", tr("Stop after this many items; 0 = all matches")
        )
        self.max_items.setRange(0, 1_000_000)
        self.max_items.setSpecialValueText(tr("all"))
        self.max_items.setValue(1000)
        more.addRow(tr("Max items"), self.max_items)
        self.ids_edit = named(
            QPlainTextEdit(advanced), "idsEdit", tr("Item ids, one per line or comma-separated")
        )
        self.ids_edit.setMaximumHeight(50)
        more.addRow(tr("Item ids"), self.ids_edit)
        return advanced

    def add_row(self, label: str, row: QWidget, field: str, marked: QWidget) -> None:
        """Another row below mask-only, whose problems (those of `field`) mark `marked`."""
        self._rows.addRow(label, row)
        self._marked[field] = marked

    def _connect(self) -> None:
        for signal in (
            self.collections_list.itemChanged,
            self.start_edit.valueChanged,
            self.end_edit.valueChanged,
            self.cloud_cover.valueChanged,
            self.mask_only.toggled,
            self.query_edit.textChanged,
            self.sort_field.currentTextChanged,
            self.sort_descending.toggled,
            self.page_size.valueChanged,
            self.max_items.valueChanged,
            self.ids_edit.textChanged,
        ):
            signal.connect(self.validate)

    # ---- what the form says ---------------------------------------------------------------

    def set_area(self, intersects: dict[str, Any] | None, problem: str) -> None:
        """The area to search (None, with the reason, where the map shows none usable)."""
        self.intersects = intersects
        self.area_problem = problem
        self.validate()

    def show_collections(self, collections: list[CollectionInfo]) -> None:
        """List the catalog's collections, the last session's (or the default) ticked."""
        wanted = set(self._saved_spec().collections) or {DEFAULT_COLLECTION}
        self.collections_list.blockSignals(True)
        self.collections_list.clear()
        for info in collections:
            item = add_choice(self.collections_list, info.title, info.id, info.id in wanted)
            item.setToolTip(f"{info.id}\n\n{info.description}")
        self.collections_list.blockSignals(False)
        self.validate()

    def checked_collections(self) -> list[str]:
        return checked_choices(self.collections_list)

    def spec(self) -> tuple[SearchSpec, list[Problem]]:
        """The search the form describes, and what is wrong with it."""
        problems = []
        sort_by = self.sort_field.currentText().strip()
        try:
            query = parse_query(self.query_edit.toPlainText())
        except SearchSpecError as error:
            problems += error.problems
            query = {}
        spec = SearchSpec(
            collections=self.checked_collections(),
            start=_utc(self.start_edit),
            end=_utc(self.end_edit),
            intersects=self.intersects,
            query=query,
            sortby=[SortField(sort_by, self.sort_descending.isChecked())] if sort_by else [],
            limit=self.page_size.value(),
            max_items=self.max_items.value() or None,
            ids=parse_ids(self.ids_edit.toPlainText()),
        )
        # 100 % means no cloud filter at all, so a cloud cover typed in the query stays.
        if self.cloud_cover.value() < 100:
            spec = spec.with_max_cloud_cover(self.cloud_cover.value())
        spec = spec.with_mask_only(self.mask_only.isChecked())
        if self.area_problem:
            problems.append(Problem("intersects", self.area_problem))
        return spec, problems + spec.validate()

    def validate(self) -> bool:
        """Mark each invalid field with its reason (its own help comes back once it is well)
        and remember filters that make a search; says which through `validated`."""
        spec, problems = self.spec()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem.message)
        for name, widget in self._marked.items():
            messages = by_field.get(name)
            widget.setStyleSheet(INVALID_STYLE if messages else "")
            widget.setProperty("problem", "\n".join(messages or []))
            widget.setToolTip("\n".join(messages) if messages else widget.property(HELP_PROPERTY))
        self.problems_label.setText("\n".join(p.message for p in problems))
        self.problems_label.setVisible(bool(problems))
        self.validated.emit(not problems)
        if not problems:
            self._remember_filters(spec)
        return not problems

    # ---- between sessions -----------------------------------------------------------------

    def _remember_filters(self, spec: SearchSpec) -> None:
        # Not before the collections are listed: until then none is ticked, and a search by
        # ids alone is valid, so the last session's collections would be forgotten.
        if self.collections_list.count() == 0:
            return
        # The area is left out: it follows the map, so panning writes nothing.
        text = json.dumps(replace(spec, intersects=None).to_dict())
        if text != self._remembered_filters:
            remember(last_search=text)
            self._remembered_filters = text

    def _saved_spec(self) -> SearchSpec:
        text = Settings.load().last_search
        self._remembered_filters = text
        try:
            return SearchSpec.from_dict(json.loads(text)) if text else SearchSpec()
        except (ValueError, SearchSpecError):
            return SearchSpec()

    def _restore(self) -> None:
        """Put the filters of the last session back (collections come when they load)."""
        if Settings.load().last_search:
            self.show_filters(self._saved_spec())

    def show_filters(self, spec: SearchSpec) -> None:
        """Show spec's filters, each field set (an open date left open); its collections are
        ticked now, or when the catalog's list comes."""
        for edit, moment in ((self.start_edit, spec.start), (self.end_edit, spec.end)):
            if moment is None:
                edit.clear()
            else:
                edit.setDateTime(QDateTime(moment))
        query = dict(spec.query)
        cloud = query.get("eo:cloud_cover", {})
        self.cloud_cover.setValue(100)
        if set(cloud) == {"lte"}:
            self.cloud_cover.setValue(int(query.pop("eo:cloud_cover")["lte"]))
        mask = query.get("eda:ag_cloud_mask_available")
        self.mask_only.setChecked(mask == {"eq": True})
        if mask == {"eq": True}:
            query.pop("eda:ag_cloud_mask_available")
        self.query_edit.setPlainText(json.dumps(query, indent=1) if query else "")
        sort = spec.sortby[0] if spec.sortby else None
        self.sort_field.setCurrentText(sort.field if sort else "")
        self.sort_descending.setChecked(sort.descending if sort else True)
        self.page_size.setValue(spec.limit)
        self.max_items.setValue(spec.max_items or 0)
        self.ids_edit.setPlainText("\n".join(spec.ids))
        wanted = set(spec.collections)
        if self.collections_list.count() == 0:  # ticked from the remembered filters later
            text = json.dumps(replace(spec, intersects=None).to_dict())
            remember(last_search=text)
            self._remembered_filters = text
        for row in range(self.collections_list.count()):
            item = self.collections_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.validate()
