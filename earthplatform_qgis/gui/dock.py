"""The EarthPlatform dock: filters in, footprints and cloud masks out. No logic of its own:
it turns widgets into a SearchSpec and hands it to the runner."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMessageLog,
)
from qgis.gui import (
    QgisInterface,
    QgsCollapsibleGroupBox,
    QgsDateTimeEdit,
    QgsDockWidget,
)
from qgis.PyQt.QtCore import (
    QDateTime,
    Qt,
    QTimeZone,
)
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from earthplatform_qgis.__about__ import LOG_TAG, __title__
from earthplatform_qgis.credentials import resolve_connection
from earthplatform_qgis.gui.item_actions import ItemActions
from earthplatform_qgis.gui.results_model import ResultsModel
from earthplatform_qgis.gui.results_view import ResultsView
from earthplatform_qgis.gui.search_area import SearchArea
from earthplatform_qgis.gui.search_runner import SearchRunner
from earthplatform_qgis.gui.settings_dialog import SettingsDialog
from earthplatform_qgis.gui.widgets import HELP_PROPERTY, add_choice, checked_choices, named
from earthplatform_qgis.map.footprints import item_of
from earthplatform_qgis.network import client_for
from earthplatform_qgis.settings import Settings, remember
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import EarthPlatformError
from earthplatform_qgis.stac.spec import (
    Problem,
    SearchSpec,
    SearchSpecError,
    SortField,
    parse_ids,
    parse_query,
    unknown_properties,
)
from earthplatform_qgis.tasks.base import CoreTask, TaskOutcome
from earthplatform_qgis.tasks.catalog import CatalogCollections, CollectionsTask

SORT_FIELDS = ("datetime", "eo:cloud_cover", "id", "created")
# Loading masks for more footprints than this asks first: each is a raster layer.
MASK_CONFIRM_ABOVE = 20
INVALID_STYLE = "border: 1px solid #d62828;"


def _utc(edit: QgsDateTimeEdit) -> datetime | None:
    """The edit's date-time as an aware UTC datetime, or None when left open."""
    if edit.isNull():
        return None
    value = QDateTime(edit.dateTime())
    value.setTimeZone(QTimeZone.utc())
    # toPyDateTime() drops the time zone: the wall time is UTC, so say so.
    return value.toPyDateTime().replace(tzinfo=timezone.utc)


class EarthPlatformDock(QgsDockWidget):
    """Search form, progress, results table and cloud-mask loading."""

    def __init__(self, iface: QgisInterface, parent: QWidget | None = None) -> None:
        super().__init__(__title__, parent)
        self.setObjectName("EarthPlatformDock")
        self.iface = iface
        self.client: EarthPlatformClient | None = None
        self.queryables: set[str] = set()
        self._searched: SearchSpec | None = None
        self.model = ResultsModel()
        self.runner = SearchRunner(self.model)
        self._tasks: list[Any] = []  # keeps running tasks' Python side alive
        self.actions = ItemActions(iface, lambda: self.client, self._run_task, self)
        self._remembered_filters = ""  # the last_search setting as last read or written
        self._build()
        self._restore_spec()
        self._connect()
        self.area.follow()

    # ---- building -------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)

        top = QHBoxLayout()
        self.status_label = named(QLabel(body), "connectionStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settings_button = named(QToolButton(body), "settingsButton", "Connection settings")
        self.settings_button.setIcon(QgsApplication.getThemeIcon("/mActionOptions.svg"))
        top.addWidget(self.status_label, 1)
        top.addWidget(self.settings_button)
        layout.addLayout(top)

        self.collections_list = named(
            QListWidget(body), "collectionsList", "Collections to search (tick one or more)"
        )
        self.collections_list.setMaximumHeight(90)
        layout.addWidget(QLabel("Collections", body))
        layout.addWidget(self.collections_list)

        form = QFormLayout()
        self.start_edit = self._date_edit("startDateTime", "From (UTC); clear it to leave open")
        self.end_edit = self._date_edit("endDateTime", "Until (UTC); clear it to leave open")
        form.addRow("From", self.start_edit)
        form.addRow("Until", self.end_edit)
        self.cloud_cover = named(
            QSpinBox(body), "cloudCoverMax", "Maximum cloud cover; 100 % searches without it"
        )
        self.cloud_cover.setRange(0, 100)
        self.cloud_cover.setSuffix(" %")
        self.cloud_cover.setValue(100)
        form.addRow("Max cloud cover", self.cloud_cover)
        self.mask_only = named(
            QCheckBox("Only items with a cloud mask", body),
            "maskOnlyCheck",
            "Adds eda:ag_cloud_mask_available = true to the query",
        )
        form.addRow(self.mask_only)
        self.area = SearchArea(self.iface.mapCanvas(), body)
        form.addRow("Area", self.area)
        layout.addLayout(form)

        advanced = QgsCollapsibleGroupBox("More filters", body)
        advanced.setObjectName("moreFilters")
        advanced.setCollapsed(True)
        more = QFormLayout(advanced)
        self.query_edit = named(
            QPlainTextEdit(advanced),
            "queryEdit",
            'Query extension, JSON: {"eda:status": {"eq": "PUBLISHED"}}',
        )
        self.query_edit.setPlaceholderText('{"s2:water_percentage": {"lt": 5}}')
        self.query_edit.setMaximumHeight(60)
        more.addRow("Query", self.query_edit)
        sort = QHBoxLayout()
        self.sort_field = named(QComboBox(advanced), "sortField", "Sort by this property")
        self.sort_field.setEditable(True)
        self.sort_field.addItems(SORT_FIELDS)
        self.sort_descending = named(QCheckBox("Descending", advanced), "sortDescending")
        self.sort_descending.setChecked(True)
        sort.addWidget(self.sort_field, 1)
        sort.addWidget(self.sort_descending)
        more.addRow("Sort", sort)
        self.page_size = named(
            QSpinBox(advanced), "pageSize", "Items per request (the API's limit)"
        )
        self.page_size.setRange(1, 10_000)
        self.page_size.setValue(100)
        more.addRow("Page size", self.page_size)
        self.max_items = named(
            QSpinBox(advanced), "maxItems", "Stop after this many items; 0 = all matches"
        )
        self.max_items.setRange(0, 1_000_000)
        self.max_items.setSpecialValueText("all")
        self.max_items.setValue(1000)
        more.addRow("Max items", self.max_items)
        self.ids_edit = named(
            QPlainTextEdit(advanced), "idsEdit", "Item ids, one per line or comma-separated"
        )
        self.ids_edit.setMaximumHeight(50)
        more.addRow("Item ids", self.ids_edit)
        layout.addWidget(advanced)

        self.problems_label = named(QLabel(body), "problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #d62828;")
        layout.addWidget(self.problems_label)

        buttons = QHBoxLayout()
        self.search_button = named(QPushButton("Search", body), "searchButton")
        self.search_button.setDefault(True)
        self.cancel_button = named(QPushButton("Cancel", body), "cancelButton")
        self.cancel_button.setEnabled(False)
        self.copy_code_button = named(
            QToolButton(body),
            "copyCodeButton",
            "Copy this search as pystac-client Python code (credentials left out)",
        )
        self.copy_code_button.setIcon(QgsApplication.getThemeIcon("/mActionEditCopy.svg"))
        buttons.addWidget(self.search_button, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.copy_code_button)
        layout.addLayout(buttons)
        self.progress_label = named(QLabel(body), "progressLabel")
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)

        self.results_view = ResultsView(self.model, self.runner, self.iface.mapCanvas(), body)
        layout.addWidget(self.results_view, 1)
        self.load_imagery_button = named(
            QPushButton("Load imagery with cloud mask", body),
            "loadImageryButton",
            "Add the true-colour image of each selected footprint with its cloud mask above it",
        )
        self.load_masks_button = named(
            QPushButton("Load cloud masks", body),
            "loadCloudMasksButton",
            "Add the cloud masks of the selected footprints (or all) as raster layers",
        )
        self.show_masks_button = named(
            QToolButton(body), "showMasksButton", "Show or hide every cloud mask, to compare"
        )
        self.show_masks_button.setCheckable(True)
        self.show_masks_button.setChecked(True)
        self.show_masks_button.setIcon(QgsApplication.getThemeIcon("/mActionShowAllLayers.svg"))
        self.download_button = named(
            QToolButton(body), "downloadButton", "Download assets of the selected footprints…"
        )
        self.download_button.setIcon(QgsApplication.getThemeIcon("/mActionFileSave.svg"))
        layer_buttons = QHBoxLayout()
        layer_buttons.addWidget(self.load_imagery_button, 1)
        layer_buttons.addWidget(self.load_masks_button, 1)
        layer_buttons.addWidget(self.show_masks_button)
        layer_buttons.addWidget(self.download_button)
        layout.addLayout(layer_buttons)
        self.setWidget(body)

    def _date_edit(self, name: str, tooltip: str) -> QgsDateTimeEdit:
        edit = named(QgsDateTimeEdit(), name, tooltip)
        edit.setAllowNull(True)
        edit.setNullRepresentation("open")
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setTimeSpec(Qt.TimeSpec.UTC)
        edit.clear()
        return edit

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
        self.settings_button.clicked.connect(self.open_settings)
        self.search_button.clicked.connect(self.search)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.copy_code_button.clicked.connect(self.copy_as_code)
        self.runner.progress.connect(self.progress_label.setText)
        self.runner.finished.connect(self._search_finished)
        self.area.changed.connect(self.validate)
        self.load_masks_button.clicked.connect(self.load_cloud_masks)
        self.load_imagery_button.clicked.connect(self.load_imagery)
        self.show_masks_button.toggled.connect(self.actions.show_masks)
        self.download_button.clicked.connect(self.download_assets)
        self.results_view.imagery_wanted.connect(self.load_imagery)
        self.results_view.masks_wanted.connect(self.load_cloud_masks)
        self.results_view.download_wanted.connect(self.download_assets)
        self.results_view.assets_wanted.connect(self.actions.show_assets)
        self.visibilityChanged.connect(self._connect_when_shown)

    def detach(self) -> None:
        """Drop every connection to objects that outlive the dock and stop its background work
        (called on unload: a task finishing later must find nothing of the dock to update)."""
        self.area.detach()
        for signal in (self.runner.progress, self.runner.finished, self.runner.layer_created):
            signal.disconnect()
        self.runner.cancel()
        for task in self._tasks:  # still running: finished ones have left the list
            task.done.disconnect()
            task.cancel()
        if self.client is not None:
            # Not before the cancelled search has stopped using the connection.
            self.runner.when_idle(self.client.close)

    # ---- connection -------------------------------------------------------------------------

    def _connect_when_shown(self, visible: bool) -> None:
        if visible and self.client is None:
            self.reconnect()

    def reconnect(self) -> None:
        """Resolve the connection from settings and load the collections in the background."""
        try:
            connection = resolve_connection(Settings.load())
        except EarthPlatformError as error:
            self.status_label.setText(f"Not connected: {error}")
            return
        if self.client is not None:
            self.client.close()
        self.client = client_for(connection)
        if connection.credentials is None:
            self.status_label.setText(
                f"{connection.api_url}: not signed in — set a client id and secret in the "
                "settings (⚙)."
            )
            self.validate()
            return
        self.status_label.setText(f"{connection.api_url}: connecting…")
        task = CollectionsTask(self.client)
        task.done.connect(self._collections_loaded)
        self._run_task(task)

    def _collections_loaded(self, outcome: TaskOutcome[CatalogCollections]) -> None:
        if self.client is None:
            return
        self.queryables = outcome.result.queryables
        connection = self.client.connection
        if not outcome.ok:
            self.status_label.setText(f"Not connected: {outcome.error}")
            self._log(outcome.error, Qgis.MessageLevel.Critical)
            return
        self.status_label.setText(f"Signed in to {connection.api_url} ({connection.source})")
        wanted = set(self._saved_spec().collections) or {"sentinel-2-l2a"}
        self.collections_list.blockSignals(True)
        self.collections_list.clear()
        for info in outcome.result.collections:
            item = add_choice(self.collections_list, info.title, info.id, info.id in wanted)
            item.setToolTip(f"{info.id}\n\n{info.description}")
        self.collections_list.blockSignals(False)
        self.validate()

    def open_settings(self) -> None:
        if SettingsDialog(self).exec():
            self.reconnect()

    # ---- the form ---------------------------------------------------------------------------

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
            intersects=self.area.intersects,
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
        if self.area.problem:
            problems.append(Problem("intersects", self.area.problem))
        return spec, problems + spec.validate()

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "collections": self.collections_list,
            "start": self.start_edit,
            "end": self.end_edit,
            "query": self.query_edit,
            "sortby": self.sort_field,
            "limit": self.page_size,
            "max_items": self.max_items,
            "ids": self.ids_edit,
            "intersects": self.area.label,
        }

    def validate(self) -> bool:
        """Mark each invalid field with its reason; Search is enabled only when all is well."""
        spec, problems = self.spec()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem.message)
        for name, widget in self._field_widgets().items():
            messages = by_field.get(name)
            widget.setStyleSheet(INVALID_STYLE if messages else "")
            widget.setProperty("problem", "\n".join(messages or []))
            widget.setToolTip("\n".join(messages) if messages else widget.property(HELP_PROPERTY))
        self.problems_label.setText("\n".join(p.message for p in problems))
        self.problems_label.setVisible(bool(problems))
        ok = not problems and self.client is not None and self.client.tokens is not None
        self.search_button.setEnabled(ok)
        self.copy_code_button.setEnabled(ok)
        if not problems:
            self._remember_filters(spec)
        return not problems

    def _remember_filters(self, spec: SearchSpec) -> None:
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

    def _restore_spec(self) -> None:
        """Put the filters of the last session back (collections come when they load)."""
        spec = self._saved_spec()
        for edit, moment in ((self.start_edit, spec.start), (self.end_edit, spec.end)):
            if moment is not None:
                edit.setDateTime(QDateTime(moment))
        query = dict(spec.query)
        cloud = query.get("eo:cloud_cover", {})
        if set(cloud) == {"lte"}:
            self.cloud_cover.setValue(int(query.pop("eo:cloud_cover")["lte"]))
        mask = query.get("eda:ag_cloud_mask_available")
        if mask == {"eq": True}:
            query.pop("eda:ag_cloud_mask_available")
            self.mask_only.setChecked(True)
        if query:
            self.query_edit.setPlainText(json.dumps(query, indent=1))
        if spec.sortby:
            self.sort_field.setCurrentText(spec.sortby[0].field)
            self.sort_descending.setChecked(spec.sortby[0].descending)
        self.page_size.setValue(spec.limit)
        self.max_items.setValue(spec.max_items or 0)
        self.ids_edit.setPlainText("\n".join(spec.ids))

    # ---- searching --------------------------------------------------------------------------

    def search(self) -> None:
        """Start the search the form describes (cancelling one still running)."""
        spec, problems = self.spec()
        if problems or self.client is None:
            self.validate()
            return
        self.cancel_button.setEnabled(True)
        self._searched = spec
        self.runner.start(self.client, spec)

    def copy_as_code(self) -> None:
        """Put the search on the clipboard as a runnable pystac-client script."""
        spec, problems = self.spec()
        if problems or self.client is None:
            return
        connection = self.client.connection
        QApplication.clipboard().setText(
            spec.to_python_code(connection.api_url, connection.token_url)
        )
        self.iface.messageBar().pushMessage(
            __title__, "Search copied as Python code.", Qgis.MessageLevel.Info, 3
        )

    def _search_finished(self, outcome: TaskOutcome[int]) -> None:
        self.cancel_button.setEnabled(self.runner.running)
        if outcome.error:
            self.iface.messageBar().pushMessage(
                __title__, outcome.error, Qgis.MessageLevel.Critical, 10
            )
        elif outcome.cancelled:
            self.iface.messageBar().pushMessage(
                __title__, self.progress_label.text(), Qgis.MessageLevel.Info, 5
            )
        elif outcome.result == 0 and self._searched is not None:
            unknown = unknown_properties(self._searched.query, self.queryables)
            if unknown:
                names = ", ".join(f"'{name}'" for name in unknown)
                self.iface.messageBar().pushMessage(
                    __title__,
                    f"No items. The catalog does not list {names} among the properties it can "
                    "filter on, and answers such queries with nothing rather than an error: "
                    "check the spelling.",
                    Qgis.MessageLevel.Warning,
                    15,
                )

    # ---- layers for the selected footprints -------------------------------------------------

    def load_imagery(self) -> None:
        """True-colour images of the selected footprints beneath their masks; zooms to them."""
        if not self.load_imagery_button.isEnabled():  # asked from the menu while loading
            return
        features = self.results_view.selected_footprints()
        if not features or self.client is None:
            self.iface.messageBar().pushMessage(
                __title__,
                "Select footprints first: imagery loads for the selected ones.",
                Qgis.MessageLevel.Info,
                5,
            )
            return
        if len(features) > MASK_CONFIRM_ABOVE:
            answer = QMessageBox.question(
                self,
                __title__,
                f"Load the imagery of {len(features)} footprints? Each adds two layers.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.load_imagery_button.setEnabled(False)
        self.results_view.zoom_to(features)
        self.actions.load_imagery(
            [item_of(feature) for feature in features],
            lambda: self.load_imagery_button.setEnabled(True),
        )

    def download_assets(self) -> None:
        """Download assets of the selected footprints (asks which and where)."""
        features = self.results_view.selected_footprints()
        if not features:
            self.iface.messageBar().pushMessage(
                __title__, "Select footprints to download from.", Qgis.MessageLevel.Info, 5
            )
            return
        self.actions.download([item_of(feature) for feature in features])

    def load_cloud_masks(self) -> None:
        """Masks of the selected footprints (or all of them, asking first when many)."""
        layer = self.runner.layer()
        if layer is None or self.client is None:
            self.iface.messageBar().pushMessage(
                __title__,
                "Search first: masks load for the footprints found.",
                Qgis.MessageLevel.Info,
                5,
            )
            return
        features = list(layer.getSelectedFeatures()) or list(layer.getFeatures())
        if len(features) > MASK_CONFIRM_ABOVE and not layer.selectedFeatureCount():
            answer = QMessageBox.question(
                self,
                __title__,
                f"Load the cloud masks of all {len(features)} footprints? "
                "Each mask is a raster layer. Select footprints to load fewer.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.load_masks_button.setEnabled(False)
        self.actions.load_masks(
            [item_of(feature) for feature in features],
            lambda: self.load_masks_button.setEnabled(True),
        )

    # ---- helpers ----------------------------------------------------------------------------

    def _run_task(self, task: CoreTask) -> None:
        self._tasks.append(task)
        task.taskCompleted.connect(lambda: self._tasks.remove(task))
        task.taskTerminated.connect(lambda: self._tasks.remove(task))
        QgsApplication.taskManager().addTask(task)

    @staticmethod
    def _log(message: str, level: Qgis.MessageLevel) -> None:
        QgsMessageLog.logMessage(message, LOG_TAG, level)
