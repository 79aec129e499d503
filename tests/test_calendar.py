"""The availability calendar as an analyst uses it: colours read off the drawn widget, a click
on a day, a drag across days; and the per-date and per-item summaries it is fed with."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtGui import QColor

from earthplatform_qgis.gui.calendar import AvailabilityCalendar
from earthplatform_qgis.map.clearsky import ClearSky, ClearSkyRow
from earthplatform_qgis.map.clearsky_map import clear_colour
from earthplatform_qgis.map.clearsky_summary import FieldRule, clear_by_date, clear_by_item

JULY_3, JULY_8, JULY_13 = dt.date(2022, 7, 3), dt.date(2022, 7, 8), dt.date(2022, 7, 13)


def row(field_id: str, item_id: str, stamp: str, clear: float | None) -> ClearSkyRow:
    sky = ClearSky(clear, None, None, None, 10, 10, "") if clear is not None else None
    return ClearSkyRow(field_id, item_id, "sentinel-2-l2a", stamp, "agriculture", sky, "")


ROWS = [
    row("a", "tile1", "2022-07-03T10:56:29Z", 90.0),
    row("b", "tile1", "2022-07-03T10:56:29Z", 40.0),
    # Another tile the same day covers field b better, and field a not at all.
    row("b", "tile2", "2022-07-03T10:56:31Z", 70.0),
    row("a", "tile3", "2022-07-08T10:56:29Z", 100.0),
    row("b", "tile3", "2022-07-08T10:56:29Z", None),  # no mask: counts for neither
    # 23:30 at UTC-2 is the next day in UTC.
    row("a", "tile4", "2022-07-12T23:30:00-02:00", 5.0),
]


def test_each_item_gets_its_least_mean_and_most_clear_field() -> None:
    by_item = clear_by_item(ROWS)
    assert by_item["tile1"].minimum == 40.0
    assert by_item["tile1"].mean == 65.0
    assert by_item["tile1"].maximum == 90.0
    assert by_item["tile3"].fields == 1  # the field without a figure is left out
    assert by_item["tile1"].score(FieldRule.EVERY) == 40.0
    assert by_item["tile1"].score(FieldRule.ANY) == 90.0


def test_each_date_takes_each_fields_best_item_then_the_rule() -> None:
    every = clear_by_date(ROWS, FieldRule.EVERY)
    # July 3: field a 90 (tile1), field b max(40, 70) = 70; every field: 70, any: 90.
    assert every[JULY_3] == 70.0
    assert clear_by_date(ROWS, FieldRule.ANY)[JULY_3] == 90.0
    assert every[JULY_8] == 100.0
    assert every[JULY_13] == 5.0  # the UTC date


@pytest.fixture
def calendar(qtbot: Any) -> AvailabilityCalendar:
    widget = AvailabilityCalendar()
    qtbot.addWidget(widget)
    widget.show_days({JULY_3: 2, JULY_8: 1, JULY_13: 1}, {JULY_3: 0.0, JULY_8: 100.0}, "the fields")
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def colour_at(widget: AvailabilityCalendar, day: dt.date) -> QColor:
    rect = widget.cell_rect(day)
    assert rect is not None
    return widget.grab().toImage().pixelColor(rect.center())


def test_days_are_coloured_by_clear_sky_grey_without_a_figure(
    calendar: AvailabilityCalendar,
) -> None:
    cloudy, clear = colour_at(calendar, JULY_3), colour_at(calendar, JULY_8)
    assert cloudy.red() > 150 > cloudy.green()  # red
    assert clear.green() > 120 > clear.red()  # green
    no_figure = colour_at(calendar, JULY_13)
    assert no_figure.red() == no_figure.green() == no_figure.blue() < 200  # grey
    empty = colour_at(calendar, dt.date(2022, 7, 20))
    assert empty.red() == empty.green() == empty.blue() > 200  # no acquisition: pale
    assert clear_colour(50.0) != clear_colour(0.0) != clear_colour(100.0)


def test_a_click_picks_a_day_and_a_drag_picks_a_range(
    calendar: AvailabilityCalendar, qtbot: Any
) -> None:
    clicked: list[dt.date] = []
    ranges: list[tuple[dt.date, dt.date]] = []
    calendar.day_clicked.connect(clicked.append)
    calendar.range_picked.connect(lambda start, end: ranges.append((start, end)))
    rect_3, rect_13 = calendar.cell_rect(JULY_3), calendar.cell_rect(JULY_13)
    assert rect_3 is not None
    assert rect_13 is not None
    assert calendar.day_at(rect_3.center()) == JULY_3
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=rect_3.center())
    assert clicked == [JULY_3]
    # Dragged right to left: the range still runs forward in time.
    qtbot.mousePress(calendar, Qt.MouseButton.LeftButton, pos=rect_13.center())
    qtbot.mouseMove(calendar, rect_3.center())
    qtbot.mouseRelease(calendar, Qt.MouseButton.LeftButton, pos=rect_3.center())
    assert ranges == [(JULY_3, JULY_13)]
    assert calendar.picked == (JULY_3, JULY_13)
    cleared: list[bool] = []
    calendar.range_cleared.connect(lambda: cleared.append(True))
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))  # beside the days
    assert cleared == [True]
    assert calendar.picked is None
