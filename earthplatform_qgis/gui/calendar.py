"""The availability calendar: one row per month, one cell per day, each day with acquisitions
coloured by how clear it was; click a day to pick it, drag across days to pick a range."""

from __future__ import annotations

import calendar
import datetime as dt

from qgis.PyQt.QtCore import QLocale, QPoint, QRect, QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import (
    QColor,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextOption,
)
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from earthplatform_qgis.map.clearsky_map import RAMP, clear_colour
from earthplatform_qgis.translation import plural, tr

_CELL = 15
_GAP = 2
_LEGEND_HEIGHT = 22
_NO_FIGURE = QColor(150, 150, 150)
_EMPTY = QColor(235, 235, 235)
_RIGHT = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class AvailabilityCalendar(QWidget):
    """Days with acquisitions, coloured by a clear % (grey where there is no figure).

    `day_clicked(date)` when a day is clicked, `range_picked(start, end)` when days are dragged
    across (both ends included), `range_cleared()` when the picked range is let go (a click on
    an empty day or outside the days).
    """

    day_clicked = pyqtSignal(object)
    range_picked = pyqtSignal(object, object)
    range_cleared = pyqtSignal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("availabilityCalendar")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.acquisitions: dict[dt.date, int] = {}
        self.clear: dict[dt.date, float] = {}
        self.what = "clear"
        self.picked: tuple[dt.date, dt.date] | None = None
        self._months: list[tuple[int, int]] = []
        self._press: dt.date | None = None
        self._drag: dt.date | None = None

    def show_days(
        self, acquisitions: dict[dt.date, int], clear: dict[dt.date, float], what: str
    ) -> None:
        """Days with their number of acquisitions and clear % (`what` says of what, for the
        tooltips and legend: e.g. "the fields", "the tiles")."""
        self.acquisitions, self.clear, self.what = dict(acquisitions), dict(clear), what
        self._months = _months_between(min(acquisitions), max(acquisitions)) if acquisitions else []
        if self.picked and not any(self.picked[0] <= day <= self.picked[1] for day in acquisitions):
            self.picked = None
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = self._label_width() + 31 * (_CELL + _GAP)
        height = max(len(self._months), 1) * (_CELL + _GAP) + _LEGEND_HEIGHT + _GAP
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def cell_rect(self, day: dt.date) -> QRect | None:
        """Where a day is drawn (None outside the months shown)."""
        if (day.year, day.month) not in self._months:
            return None
        row = self._months.index((day.year, day.month))
        x = self._label_width() + (day.day - 1) * (_CELL + _GAP)
        return QRect(x, row * (_CELL + _GAP), _CELL, _CELL)

    def day_at(self, point: QPoint) -> dt.date | None:
        """The day drawn at a point, if any."""
        row = point.y() // (_CELL + _GAP)
        column = (point.x() - self._label_width()) // (_CELL + _GAP)
        if not (0 <= row < len(self._months)) or column < 0 or point.x() < self._label_width():
            return None
        year, month = self._months[row]
        if column >= calendar.monthrange(year, month)[1]:
            return None
        return dt.date(year, month, column + 1)

    # ---- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().windowText().color()
        for row, (year, month) in enumerate(self._months):
            top = row * (_CELL + _GAP)
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, self._label_width() - 4, _CELL),
                f"{_month_name(month)} {year}",
                _RIGHT,
            )
            for number in range(1, calendar.monthrange(year, month)[1] + 1):
                self._paint_day(painter, dt.date(year, month, number))
        self._paint_picked(painter)
        self._paint_legend(painter, len(self._months) * (_CELL + _GAP) + _GAP)

    def _paint_day(self, painter: QPainter, day: dt.date) -> None:
        rect = self.cell_rect(day)
        if rect is None:  # every day painted has a cell: a day off the shown months has none
            return
        if day not in self.acquisitions:
            colour = _EMPTY
        elif day in self.clear:
            colour = clear_colour(self.clear[day])
        else:
            colour = _NO_FIGURE
        painter.fillRect(rect, colour)

    def _paint_picked(self, painter: QPainter) -> None:
        span = self._span()
        if span is None:
            return
        pen = painter.pen()
        pen.setColor(self.palette().highlight().color())
        pen.setWidth(2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        day = span[0]
        while day <= span[1]:
            rect = self.cell_rect(day)
            if rect is not None:
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
            day += dt.timedelta(days=1)

    def _paint_legend(self, painter: QPainter, top: int) -> None:
        painter.setPen(self.palette().windowText().color())
        left = self._label_width()
        painter.drawText(QRectF(0, top, left - 4, _CELL), "0 %", _RIGHT)
        ramp = QRect(left, top, 8 * (_CELL + _GAP), _CELL)
        gradient = QLinearGradient(ramp.left(), 0, ramp.right(), 0)
        for percent, colour in RAMP:
            gradient.setColorAt(percent / 100, colour)
        painter.fillRect(ramp, gradient)
        after = QRectF(ramp.right() + 4, top, 16 * (_CELL + _GAP), _CELL)
        painter.drawText(after, tr("100 % clear ({what})").format(what=self.what), _LEFT)
        grey = QRect(left + 24 * (_CELL + _GAP), top, _CELL, _CELL)
        painter.fillRect(grey, _NO_FIGURE)
        painter.drawText(QRectF(grey.right() + 4, top, 80, _CELL), tr("no figure"), _LEFT)

    # ---- mouse ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = self._drag = self.day_at(_position(event))
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        day = self.day_at(_position(event))
        if self._press is not None and day is not None and day != self._drag:
            self._drag = day
            self.update()
        self.setToolTip(self._describe(day) if day is not None else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        # Where the button is let go ends the drag (beside the days: the last day passed over).
        start, end = self._press, self.day_at(_position(event)) or self._drag
        self._press = self._drag = None
        if start is None or end is None:
            self.clear_pick()
        elif start == end:
            if start in self.acquisitions:
                self.day_clicked.emit(start)
            else:
                self.clear_pick()
        else:
            self.picked = (min(start, end), max(start, end))
            self.range_picked.emit(*self.picked)
        self.update()

    def clear_pick(self) -> None:
        """Let go of the picked range (if any), saying so."""
        if self.picked is not None:
            self.picked = None
            self.range_cleared.emit()
        self.update()

    # ---- helpers ----------------------------------------------------------------------------

    def _span(self) -> tuple[dt.date, dt.date] | None:
        if self._press is not None and self._drag is not None and self._press != self._drag:
            return min(self._press, self._drag), max(self._press, self._drag)
        return self.picked

    def _describe(self, day: dt.date) -> str:
        count = self.acquisitions.get(day, 0)
        if not count:
            return tr("{day}: no acquisition").format(day=day.isoformat())
        acquisitions = plural(count, tr("{n} acquisition"), tr("{n} acquisitions"))
        figure = (
            tr("{clear} % clear ({what})").format(clear=f"{self.clear[day]:.0f}", what=self.what)
            if day in self.clear
            else tr("no figure")
        )
        return f"{day.isoformat()}: {acquisitions}, {figure}"

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(f"{_month_name(m)} 2022") for m in range(1, 13)) + 8


def _month_name(month: int) -> str:
    """A month's short name in QGIS's language (QGIS makes its locale Qt's default)."""
    return QLocale().monthName(month, QLocale.FormatType.ShortFormat)


def _position(event: QMouseEvent) -> QPoint:
    """Where the mouse is, in the widget (Qt 6 says position(), Qt 5 pos())."""
    if hasattr(event, "position"):
        return event.position().toPoint()
    return event.pos()


def _months_between(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    """(year, month) from first's month to last's, both included."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
