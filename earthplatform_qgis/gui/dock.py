"""The EarthPlatform dock: it assembles the parts and connects them. The connection status,
the search form and its area, Search / Cancel and the progress line, the results, and the
buttons that add layers for the selected footprints; each part's work is in its own module."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.gui import QgisInterface, QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from earthplatform_qgis.__about__ import LOG_TAG, __title__
from earthplatform_qgis.credentials import resolve_connection
from earthplatform_qgis.gui.clearsky_panel import ClearSkyPanel
from earthplatform_qgis.gui.item_actions import ItemActions
from earthplatform_qgis.gui.results_model import ResultsModel
from earthplatform_qgis.gui.results_view import ResultsView
from earthplatform_qgis.gui.saved_searches_panel import SavedSearchesPanel, place_name
from earthplatform_qgis.gui.search_area import SearchArea
from earthplatform_qgis.gui.search_form import SearchForm
from earthplatform_qgis.gui.search_runner import SearchRunner
from earthplatform_qgis.gui.settings_dialog import SettingsDialog
from earthplatform_qgis.gui.task_keeper import TaskKeeper
from earthplatform_qgis.gui.widgets import named, open_guide
from earthplatform_qgis.map.acquisitions import Acquisitions
from earthplatform_qgis.map.footprints import item_of
from earthplatform_qgis.network import client_for
from earthplatform_qgis.saved_searches import SavedSearch
from earthplatform_qgis.settings import Settings
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import EarthPlatformError
from earthplatform_qgis.stac.spec import SearchSpec, SearchSpecError, unknown_properties
from earthplatform_qgis.tasks.base import TaskOutcome
from earthplatform_qgis.tasks.catalog import CatalogCollections, CollectionsTask
from earthplatform_qgis.translation import tr

# Loading masks or imagery for more footprints than this asks first: each is a raster layer.
MASK_CONFIRM_ABOVE = 20


class EarthPlatformDock(QgsDockWidget):
    """Status line, search form and area, Search / Cancel, progress, results and layer buttons.

    The parts: `form` (SearchForm), `area` (SearchArea), `runner` (SearchRunner) feeding
    `model` (ResultsModel) shown in `results_view` (ResultsView), and `actions` (ItemActions).
    """

    def __init__(
        self, iface: QgisInterface, tasks: TaskKeeper, parent: QWidget | None = None
    ) -> None:
        super().__init__(__title__, parent)
        self.setObjectName("EarthPlatformDock")
        self.iface = iface
        self.client: EarthPlatformClient | None = None
        self.queryables: set[str] = set()
        self._searched: SearchSpec | None = None
        # The search's own "N shown of M matched", while a filter says something else.
        self._found: str | None = None
        self.model = ResultsModel()
        self.runner = SearchRunner(self.model)
        self.tasks = tasks  # the plugin's: the dock's tasks run there, and stop with it
        self.actions = ItemActions(iface, lambda: self.client, tasks.run, self)
        self._build()
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
        self.settings_button = named(QToolButton(body), "settingsButton", tr("Connection settings"))
        self.settings_button.setIcon(QgsApplication.getThemeIcon("/mActionOptions.svg"))
        self.help_button = named(QToolButton(body), "helpButton", tr("User's guide"))
        self.help_button.setIcon(QgsApplication.getThemeIcon("/mActionHelpContents.svg"))
        top.addWidget(self.status_label, 1)
        top.addWidget(self.settings_button)
        top.addWidget(self.help_button)
        layout.addLayout(top)
        self.saved = SavedSearchesPanel(body)
        layout.addWidget(self.saved)

        self.form = SearchForm(body)
        self.area = SearchArea(self.iface.mapCanvas(), self.form)
        self.form.add_row(tr("Area"), self.area, "intersects", self.area.label)
        layout.addWidget(self.form)

        buttons = QHBoxLayout()
        self.search_button = named(QPushButton(tr("Search"), body), "searchButton")
        self.search_button.setDefault(True)
        self.cancel_button = named(QPushButton(tr("Cancel"), body), "cancelButton")
        self.cancel_button.setEnabled(False)
        self.copy_code_button = named(
            QToolButton(body),
            "copyCodeButton",
            tr("Copy this search as pystac-client Python code (credentials left out)"),
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
        layout.addLayout(self._layer_buttons(body))
        self.clear_sky = ClearSkyPanel(self.iface, self.tasks.run, lambda: self.client, body)
        layout.addWidget(self.clear_sky)
        self.setWidget(body)

    def _layer_buttons(self, body: QWidget) -> QHBoxLayout:
        self.load_imagery_button = named(
            QPushButton(tr("Load imagery with cloud mask"), body),
            "loadImageryButton",
            tr("Add the true-colour image of each selected footprint with its cloud mask above it"),
        )
        self.load_masks_button = named(
            QPushButton(tr("Load cloud masks"), body),
            "loadCloudMasksButton",
            tr("Add the cloud masks of the selected footprints (or all) as raster layers"),
        )
        self.show_masks_button = named(
            QToolButton(body), "showMasksButton", tr("Show or hide every cloud mask, to compare")
        )
        self.show_masks_button.setCheckable(True)
        self.show_masks_button.setChecked(True)
        self.show_masks_button.setIcon(QgsApplication.getThemeIcon("/mActionShowAllLayers.svg"))
        self.download_button = named(
            QToolButton(body), "downloadButton", tr("Download assets of the selected footprints…")
        )
        self.download_button.setIcon(QgsApplication.getThemeIcon("/mActionFileSave.svg"))
        row = QHBoxLayout()
        row.addWidget(self.load_imagery_button, 1)
        row.addWidget(self.load_masks_button, 1)
        row.addWidget(self.show_masks_button)
        row.addWidget(self.download_button)
        return row

    def _connect(self) -> None:
        self.area.changed.connect(self.form.set_area)
        self.area.changed.connect(lambda *_: self.clear_sky.show_fields(self.area.fieldset))
        self.runner.layer_created.connect(self._search_started)
        self.clear_sky.filtered.connect(self._show_filtered)
        self.form.validated.connect(self._enable_search)
        self.settings_button.clicked.connect(self.open_settings)
        self.help_button.clicked.connect(lambda: open_guide())
        self.search_button.clicked.connect(self.search)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.copy_code_button.clicked.connect(self.copy_as_code)
        self.runner.progress.connect(self.progress_label.setText)
        self.runner.finished.connect(self._search_finished)
        self.load_masks_button.clicked.connect(self.load_cloud_masks)
        self.load_imagery_button.clicked.connect(self.load_imagery)
        self.show_masks_button.toggled.connect(self.actions.show_masks)
        self.download_button.clicked.connect(self.download_assets)
        self.results_view.imagery_wanted.connect(self.load_imagery)
        self.results_view.masks_wanted.connect(self.load_cloud_masks)
        self.results_view.download_wanted.connect(self.download_assets)
        self.results_view.assets_wanted.connect(self.actions.show_assets)
        self.visibilityChanged.connect(self._connect_when_shown)
        self.saved.save_wanted.connect(self.save_search)
        self.saved.restore_wanted.connect(self.restore_search)
        self.saved.run_since_wanted.connect(self.run_since_last_run)

    def detach(self) -> None:
        """Drop every connection to objects that outlive the dock and stop its background work
        (called on unload: a task finishing later must find nothing of the dock to update)."""
        self.area.detach()
        self.saved.detach()
        for signal in (self.runner.progress, self.runner.finished, self.runner.layer_created):
            signal.disconnect()
        self.runner.cancel()
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
            self.status_label.setText(tr("Not connected: {error}").format(error=error))
            return
        if self.client is not None:
            self.client.close()
        self.client = client_for(connection)
        if connection.credentials is None:
            self.status_label.setText(
                tr("{url}: not signed in — set a client id and secret in the settings (⚙).").format(
                    url=connection.api_url
                )
            )
            self.form.validate()
            return
        self.status_label.setText(tr("{url}: connecting…").format(url=connection.api_url))
        task = CollectionsTask(self.client)
        task.done.connect(self._collections_loaded)
        self.tasks.run(task)

    def _collections_loaded(self, outcome: TaskOutcome[CatalogCollections]) -> None:
        if self.client is None:
            return
        self.queryables = outcome.result.queryables
        connection = self.client.connection
        if not outcome.ok:
            self.status_label.setText(tr("Not connected: {error}").format(error=outcome.error))
            self._log(outcome.error, Qgis.MessageLevel.Critical)
            return
        self.status_label.setText(
            tr("Signed in to {url} ({source})").format(
                url=connection.api_url, source=connection.source
            )
        )
        self.form.show_collections(outcome.result.collections)

    def open_settings(self) -> None:
        if SettingsDialog(self).exec():
            self.reconnect()

    def _enable_search(self, valid: bool) -> None:
        """Search (and Copy as Python) only for a valid form while signed in."""
        ok = valid and self.client is not None and self.client.tokens is not None
        self.search_button.setEnabled(ok)
        self.copy_code_button.setEnabled(ok)

    # ---- searching --------------------------------------------------------------------------

    def search(self) -> None:
        """Start the search the form describes (cancelling one still running)."""
        spec, problems = self.form.spec()
        if problems or self.client is None:
            self.form.validate()
            return
        self.cancel_button.setEnabled(True)
        self._searched = spec
        self.runner.start(self.client, spec)

    def copy_as_code(self) -> None:
        """Put the search on the clipboard as a runnable pystac-client script."""
        spec, problems = self.form.spec()
        if problems or self.client is None:
            return
        connection = self.client.connection
        QApplication.clipboard().setText(
            spec.to_python_code(connection.api_url, connection.token_url)
        )
        self.iface.messageBar().pushMessage(
            __title__, tr("Search copied as Python code."), Qgis.MessageLevel.Info, 3
        )

    def _search_finished(self, outcome: TaskOutcome[int]) -> None:
        self.cancel_button.setEnabled(self.runner.running)
        if not self.runner.running:
            self.clear_sky.show_results(self.runner.layer(), self.runner.acquisitions())
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
                    tr(
                        "No items. The catalog does not list {names} among the properties it "
                        "can filter on, and answers such queries with nothing rather than an "
                        "error: check the spelling."
                    ).format(names=names),
                    Qgis.MessageLevel.Warning,
                    15,
                )

    def _search_started(self) -> None:
        self._found = None
        self.clear_sky.show_results(None, Acquisitions())

    def _show_filtered(self) -> None:
        """The results table shows the footprints the clear-sky filter lets through, and the
        line above it says how many that is."""
        layer = self.runner.layer()
        if layer is None:
            return
        self.model.show_ids(layer, sorted(layer.allFeatureIds()))
        if self._found is None:
            self._found = self.progress_label.text()
        if layer.subsetString():
            self.progress_label.setText(
                tr(
                    "{shown} of {total} footprints shown: the clear-sky filter or the calendar "
                    "hides the others"
                ).format(shown=self.model.rowCount(), total=self.clear_sky.footprint_count())
            )
        else:
            self.progress_label.setText(self._found)

    # ---- saved searches ---------------------------------------------------------------------

    def save_search(self, name: str, places: list[str]) -> None:
        """Keep the form's filters and the area under name, in each of places."""
        spec, _ = self.form.spec()
        filters = replace(spec, intersects=None).to_dict()
        area = self.area.saved()
        for place in places:
            self.saved.keep(SavedSearch(name, place, filters, area))
        where = tr(" and ").join(place_name(place) for place in places)
        self._say(
            tr("Search saved as '{name}' in {where}.").format(name=name, where=where),
            Qgis.MessageLevel.Success,
        )

    def restore_search(self, search: SavedSearch, spec: SearchSpec | None = None) -> bool:
        """Put a saved search's filters (or spec) and area back; whether all of it came."""
        try:
            self.form.show_filters(spec or search.spec())
        except SearchSpecError as error:  # filters a later version wrote, say
            self._say(
                tr("The saved search '{name}' cannot be read: {error}").format(
                    name=search.name, error=error
                )
            )
            return False
        problem = self.area.restore(search.area)
        if problem:
            self._say(
                tr("Saved search '{name}': {problem}").format(name=search.name, problem=problem)
            )
        return not problem

    def run_since_last_run(self, search: SavedSearch) -> None:
        """Search again with the saved search from its last run's time; the run is noted."""
        if not self.restore_search(search, search.since_last_run()):
            return
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.search()
        if self.runner.running:
            self.saved.keep(replace(search, last_run=started))

    def _say(self, text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Warning) -> None:
        self.iface.messageBar().pushMessage(__title__, text, level, 8)

    # ---- layers for the selected footprints -------------------------------------------------

    def load_imagery(self) -> None:
        """True-colour images of the selected footprints beneath their masks; zooms to them."""
        if not self.load_imagery_button.isEnabled():  # asked from the menu while loading
            return
        features = self.results_view.selected_footprints()
        if not features or self.client is None:
            self.iface.messageBar().pushMessage(
                __title__,
                tr("Select footprints first: imagery loads for the selected ones."),
                Qgis.MessageLevel.Info,
                5,
            )
            return
        if len(features) > MASK_CONFIRM_ABOVE and not self._confirm(
            tr("Load the imagery of {count} footprints? Each adds two layers.").format(
                count=len(features)
            )
        ):
            return
        self.load_imagery_button.setEnabled(False)
        self.results_view.zoom_to(features)
        self.actions.load_imagery(
            [item_of(feature) for feature in features],
            lambda: self.load_imagery_button.setEnabled(True),
        )

    def load_cloud_masks(self) -> None:
        """Masks of the selected footprints (or all of them, asking first when many)."""
        layer = self.runner.layer()
        if layer is None or self.client is None:
            self.iface.messageBar().pushMessage(
                __title__,
                tr("Search first: masks load for the footprints found."),
                Qgis.MessageLevel.Info,
                5,
            )
            return
        selected = layer.selectedFeatureCount()
        # Counted before any footprint is read: a large search's are read only once asked for.
        # The table's rows, not the layer's count: OGR counts a file only once it is complete.
        shown = self.model.rowCount()
        if (
            not selected
            and shown > MASK_CONFIRM_ABOVE
            and not self._confirm(
                tr(
                    "Load the cloud masks of all {count} footprints? Each mask is a raster "
                    "layer. Select footprints to load fewer."
                ).format(count=shown)
            )
        ):
            return
        features = list(layer.getSelectedFeatures() if selected else layer.getFeatures())
        self.load_masks_button.setEnabled(False)
        self.actions.load_masks(
            [item_of(feature) for feature in features],
            lambda: self.load_masks_button.setEnabled(True),
        )

    def download_assets(self) -> None:
        """Download assets of the selected footprints (asks which and where)."""
        features = self.results_view.selected_footprints()
        if not features:
            self.iface.messageBar().pushMessage(
                __title__, tr("Select footprints to download from."), Qgis.MessageLevel.Info, 5
            )
            return
        self.actions.download([item_of(feature) for feature in features])

    # ---- helpers ----------------------------------------------------------------------------

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, __title__, question)
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def _log(message: str, level: Qgis.MessageLevel) -> None:
        QgsMessageLog.logMessage(message, LOG_TAG, level)
