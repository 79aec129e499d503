"""The dock's clear-sky part: count clear sky over the fields for the search's footprints, keep
only the footprints clear enough, and see every date's clearness on a calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from qgis.core import (
    Qgis,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.gui import QgisInterface, QgsCollapsibleGroupBox, QgsFieldComboBox
from qgis.PyQt.QtCore import QDateTime, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from earthplatform_qgis.__about__ import __title__
from earthplatform_qgis.gui.calendar import AvailabilityCalendar
from earthplatform_qgis.gui.search_runner import plugin_group
from earthplatform_qgis.gui.widgets import named
from earthplatform_qgis.map.acquisitions import Acquisitions
from earthplatform_qgis.map.clearsky_map import create_clear_sky_map
from earthplatform_qgis.map.clearsky_summary import FieldRule, clear_by_date, clear_by_item
from earthplatform_qgis.map.clearsky_table import clear_sky_layer_name, create_clear_sky_layer
from earthplatform_qgis.map.fields import FieldsError, FieldSet, fields_of_layer
from earthplatform_qgis.map.footprint_file import DATETIME, FootprintFileError
from earthplatform_qgis.map.footprints import (
    CLEAR_PCT_MAX,
    CLEAR_PCT_MIN,
    items_of,
    set_clear_sky,
)
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.tasks.base import TaskOutcome
from earthplatform_qgis.tasks.clearsky import ClearSkyResult, ClearSkyTask
from earthplatform_qgis.translation import tr


class ClearSkyPanel(QgsCollapsibleGroupBox):
    """Clear sky over the search area's fields for the latest search's footprints.

    `filtered` is emitted when the footprints shown change (the clear-sky threshold or the
    calendar's date range), so the results table can show the same ones.
    """

    filtered = pyqtSignal()

    def __init__(
        self,
        iface: QgisInterface,
        run_task: Callable[[QgsTask], None],
        client: Callable[[], EarthPlatformClient | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Clear sky over fields"), parent)
        named(self, "clearSkyPanel")
        self.iface, self._run_task, self._client = iface, run_task, client
        self._layer_id = ""
        self.fieldset: FieldSet | None = None
        self.result: ClearSkyResult | None = None
        self.days: tuple[dt.date, dt.date] | None = None
        self._task: ClearSkyTask | None = None
        self._acquisitions = Acquisitions()
        self._counted_at = ""
        self._build()

    def _build(self) -> None:
        grid = QGridLayout()
        self.id_field = named(
            QgsFieldComboBox(self),
            "fieldIdCombo",
            tr("The attribute naming each field in the clear-sky table (else its feature id)"),
        )
        self.id_field.setAllowEmptyFieldName(True)
        self.count_button = named(QPushButton(tr("Count clear sky"), self), "clearSkyButton")
        grid.addWidget(QLabel(tr("Field id"), self), 0, 0)
        grid.addWidget(self.id_field, 0, 1)
        grid.addWidget(self.count_button, 0, 2)
        self.min_clear = named(
            QSpinBox(self), "minClearSpin", tr("Hide footprints whose fields are less clear")
        )
        self.min_clear.setRange(0, 100)
        self.min_clear.setSuffix(tr(" % clear"))
        self.min_clear.setPrefix("≥ ")
        self.rule = named(QComboBox(self), "fieldRuleCombo", tr("Which fields must be that clear"))
        self.rule.addItem(tr("over every field"), FieldRule.EVERY)
        self.rule.addItem(tr("over any field"), FieldRule.ANY)
        grid.addWidget(QLabel(tr("Show"), self), 1, 0)
        grid.addWidget(self.min_clear, 1, 1)
        grid.addWidget(self.rule, 1, 2)
        self.summary = named(QLabel(self), "clearSkySummary")
        self.summary.setWordWrap(True)
        self.map_button = named(
            QPushButton(tr("Map on fields"), self),
            "clearSkyMapButton",
            tr(
                "Add the clear-sky table as a layer of the fields, coloured by clear %, one date "
                "at a time with the Temporal Controller"
            ),
        )
        line = QHBoxLayout()
        line.addWidget(self.summary, 1)
        line.addWidget(self.map_button)
        self.calendar = AvailabilityCalendar(self)
        column = QVBoxLayout(self)
        column.addLayout(grid)
        column.addLayout(line)
        column.addWidget(self.calendar)
        self.count_button.clicked.connect(self.count)
        self.map_button.clicked.connect(self.map_on_fields)
        self.min_clear.valueChanged.connect(self._apply_filter)
        self.rule.currentIndexChanged.connect(self._apply_filter)
        self.calendar.day_clicked.connect(self._select_day)
        self.calendar.range_picked.connect(self._pick_days)
        self.calendar.range_cleared.connect(lambda: self._pick_days(None, None))
        self._enable()

    @property
    def layer(self) -> QgsVectorLayer | None:
        """The footprint layer, while it is in the project (the analyst may remove it)."""
        layer = QgsProject.instance().mapLayer(self._layer_id) if self._layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

    # ---- the dock tells ---------------------------------------------------------------------

    def show_results(self, layer: QgsVectorLayer | None, acquisitions: Acquisitions) -> None:
        """A new search's footprints (None while there are none) and their dates: clear sky
        starts over."""
        self._layer_id = layer.id() if layer is not None else ""
        self.result, self.days = None, None
        self.calendar.picked = None
        self.min_clear.setValue(0)
        if layer is not None:
            layer.setSubsetString("")
        self._acquisitions = acquisitions
        self._show_days()
        self._enable()

    def show_fields(self, fieldset: FieldSet | None) -> None:
        """The search area's fields (None when the area is not fields)."""
        self.fieldset = fieldset
        layer = QgsProject.instance().mapLayer(fieldset.layer_id) if fieldset else None
        if layer is not self.id_field.layer():
            self.id_field.setLayer(layer if isinstance(layer, QgsVectorLayer) else None)
        self._enable()

    def footprint_count(self) -> int:
        """How many footprints the search found, whatever the filter hides."""
        return self._acquisitions.total()

    # ---- counting ---------------------------------------------------------------------------

    def count(self) -> None:
        """Count clear sky over the fields for every footprint of the search."""
        client, footprints = self._client(), self.layer
        if footprints is None or self.fieldset is None or client is None:
            return
        try:
            fieldset = fields_of_layer(
                QgsProject.instance().mapLayer(self.fieldset.layer_id),
                selected_only=self.fieldset.selected_only,
                id_attribute=self.id_field.currentField(),
            )
        except FieldsError as error:
            self._say(str(error), Qgis.MessageLevel.Warning)
            return
        footprints.setSubsetString("")  # every footprint, not only those shown
        source, fields = QgsVectorLayerFeatureSource(footprints), footprints.fields()
        task = ClearSkyTask(
            client,
            lambda: items_of(source, fields),
            fieldset,
            QgsProject.instance().transformContext(),
        )
        task.progressChanged.connect(
            lambda percent: self.summary.setText(
                tr("Counting clear sky… {percent} %").format(percent=f"{percent:.0f}")
            )
        )
        task.done.connect(lambda outcome: self._counted(outcome, fieldset))
        self._task = task
        self._enable()
        self._run_task(task)

    def _counted(self, outcome: TaskOutcome[ClearSkyResult], fieldset: FieldSet) -> None:
        self._task = None
        try:
            self._take(outcome, fieldset)
        finally:
            self._enable()

    def _take(self, outcome: TaskOutcome[ClearSkyResult], fieldset: FieldSet) -> None:
        """Show a finished count: its table, the footprints' figures, the filter, the days."""
        if outcome.error:
            self.summary.setText(outcome.error)
            self._say(outcome.error, Qgis.MessageLevel.Critical)
            return
        footprints = self.layer
        if outcome.cancelled:
            self.summary.setText(tr("Clear sky not counted: cancelled."))
            return
        if footprints is None:
            self.summary.setText(tr("Clear sky not shown: the footprint layer was removed."))
            return
        result = outcome.result
        self._counted_at = QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm")
        table = create_clear_sky_layer(
            clear_sky_layer_name(fieldset.layer_name, self._counted_at), result.features
        )
        QgsProject.instance().addMapLayer(table, False)
        plugin_group().insertLayer(0, table)
        try:
            set_clear_sky(footprints, clear_by_item(result.rows))
        except FootprintFileError as error:  # the table stands; the filter would find no field
            message = tr(
                "Clear sky counted (see the table), but not written to the footprints: {error}"
            ).format(error=error)
            self.summary.setText(message)
            self._say(message, Qgis.MessageLevel.Warning)
            return
        self.result, self.fieldset = result, fieldset
        self._apply_filter()
        problems = [
            *fieldset.skipped,
            *(tr("field {id}: no footprint covers it").format(id=f) for f in result.uncovered),
        ]
        if problems:
            self._say(
                tr("Clear sky counted; {count} fields left out: {problems}").format(
                    count=len(problems), problems="; ".join(problems[:5])
                ),
                Qgis.MessageLevel.Warning,
            )

    def map_on_fields(self) -> None:
        """Add the latest count as a layer of the fields, a feature per (field, item)."""
        if self.result is None or self.fieldset is None:
            return
        name = clear_sky_layer_name(self.fieldset.layer_name, self._counted_at, tr("map"))
        layer = create_clear_sky_map(name, self.result.features, self.fieldset)
        QgsProject.instance().addMapLayer(layer, False)
        plugin_group().insertLayer(0, layer)
        self._say(
            tr(
                "Clear sky mapped on the fields: turn on the Temporal Controller to see one "
                "date at a time."
            ),
            Qgis.MessageLevel.Info,
        )

    # ---- filtering and the calendar -----------------------------------------------------------

    def _pick_days(self, start: dt.date | None, end: dt.date | None) -> None:
        self.days = (start, end) if start and end else None
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Show only the footprints clear enough over the fields, within the picked days."""
        footprints = self.layer
        if footprints is None:
            return
        parts = []
        rule: FieldRule = self.rule.currentData()
        threshold = self.min_clear.value()
        if self.result is not None and threshold > 0:
            column = CLEAR_PCT_MIN if rule is FieldRule.EVERY else CLEAR_PCT_MAX
            parts.append(f'"{column}" >= {threshold}')
        if self.days is not None:
            parts.append(_on_days(*self.days))
        footprints.setSubsetString(" AND ".join(parts))
        footprints.triggerRepaint()
        self._show_days()
        self._summarise(footprints.featureCount(), rule, threshold)
        self.filtered.emit()

    def _summarise(self, shown: int, rule: FieldRule, threshold: int) -> None:
        if self.result is None or self.fieldset is None:
            self.summary.setText(
                tr("{shown} footprints shown.").format(shown=shown) if self.days else ""
            )
            return
        fields = len(self.fieldset.fields)
        over = (
            tr("every one of {fields} fields")
            if rule is FieldRule.EVERY
            else tr("any of {fields} fields")
        ).format(fields=fields)
        total = len({row.item_id for row in self.result.rows})
        passing = sum(
            1
            for figures in clear_by_item(self.result.rows).values()
            if figures.score(rule) >= threshold
        )
        text = tr("{passing} of {total} items ≥ {threshold} % clear over {over}").format(
            passing=passing, total=total, threshold=threshold, over=over
        )
        if self.days:
            text += tr("; {shown} shown from {first} to {last}").format(
                shown=shown, first=self.days[0], last=self.days[1]
            )
        self.summary.setText(text + ".")

    def _show_days(self) -> None:
        """The calendar: every date with footprints, coloured by the fields' clear sky (or the
        tiles' where it has not been counted)."""
        if self.result is None:
            dates = self._acquisitions
            self.calendar.show_days(dates.counts, dates.clear, tr("the tiles"))
            return
        rule: FieldRule = self.rule.currentData()
        by_date = clear_by_date(self.result.rows, rule)
        self.calendar.show_days(self._acquisitions.counts, by_date, tr("the fields"))

    def _select_day(self, day: dt.date) -> None:
        """Select the footprints of that day (on the map and in the table)."""
        footprints = self.layer
        if footprints is not None:
            footprints.selectByExpression(_on_days(day, day))

    # ---- helpers ------------------------------------------------------------------------------

    def _enable(self) -> None:
        ready = self.layer is not None and self.fieldset is not None and self._task is None
        self.count_button.setEnabled(ready)
        self.count_button.setToolTip(
            tr(
                "Count, in each footprint's cloud mask, the clear pixels over each field of the "
                "search area"
            )
            if self.fieldset is not None
            else tr("Choose fields as the search area first (Area: features of a layer)")
        )
        counted = self.result is not None
        self.min_clear.setEnabled(counted)
        self.rule.setEnabled(counted)
        self.map_button.setEnabled(counted)

    def _say(self, message: str, level: Qgis.MessageLevel) -> None:
        self.iface.messageBar().pushMessage(__title__, message, level, 10)


def _on_days(first: dt.date, last: dt.date) -> str:
    """Footprints taken from the first to the last UTC date: the same in SQLite's SQL (a
    filter goes to the GeoPackage) and in a QGIS expression (QGIS hands it to SQLite too), and
    read from the file's index on the ISO datetime text rather than from every footprint."""
    after = last + dt.timedelta(days=1)
    return f"\"{DATETIME}\" >= '{first.isoformat()}' AND \"{DATETIME}\" < '{after.isoformat()}'"
