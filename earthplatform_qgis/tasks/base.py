"""What every task shares: its outcome, and how a failure becomes the analyst's words.

Thin on purpose: each work() calls stac/ and map/ and keeps what it got in its outcome; every
task ends with one signal, done(outcome), received on the main thread (the task object lives
there), so layers are only ever touched on the main thread.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from earthplatform_qgis.__about__ import LOG_TAG
from earthplatform_qgis.stac.errors import CancelledError, EarthPlatformError
from earthplatform_qgis.stac.words import tr

Result = TypeVar("Result")


@dataclass
class TaskOutcome(Generic[Result]):
    """How a task ended (ok, cancelled, or failed with a message for the user) and what it
    made: `result` keeps what was done before a cancel or failure too."""

    result: Result
    ok: bool = False
    cancelled: bool = False
    error: str = ""
    details: list[str] = field(default_factory=list)


class CoreTask(QgsTask):
    """A task whose work() runs off the GUI thread; `outcome` says how it ended, in the
    user's words, and `done` hands it over on the main thread once the task ends."""

    done = pyqtSignal(object)  # TaskOutcome; its result's type is given by each task

    def __init__(
        self, description: str, outcome: TaskOutcome[Any], flags: Any = QgsTask.Flag.CanCancel
    ) -> None:
        super().__init__(description, flags)
        self.outcome = outcome

    def work(self) -> None:
        """The task's job, run on a worker thread."""
        raise NotImplementedError

    def run(self) -> bool:
        try:
            self.work()
        except CancelledError:
            self.outcome.cancelled = True
            return False
        except EarthPlatformError as error:
            self.outcome.error = str(error)
            return False
        except Exception:  # a bug or input nobody foresaw: said in words, the trace logged
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            self.outcome.error = tr(
                "{task} stopped on an unexpected error; the details are in the {log} log."
            ).format(task=self.description(), log=LOG_TAG)
            return False
        self.outcome.cancelled = self.isCanceled()
        self.outcome.ok = not self.outcome.cancelled
        return self.outcome.ok

    def finished(self, result: bool) -> None:
        # Also a task cancelled before it ran: it reads cancelled, not failed without a word.
        self.outcome.cancelled = self.outcome.cancelled or self.isCanceled()
        self.done.emit(self.outcome)
