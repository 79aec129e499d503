"""The keeper of the dock's running tasks (masks, imagery, assets, downloads, collections),
one per plugin: it starts them in QGIS's task manager, keeps their Python side alive until
they end (a QgsTask whose Python object is collected while it runs takes QGIS down), and on
unload cancels the rest and cuts them off, so no task ending later calls into a plugin that
is gone."""

from __future__ import annotations

import contextlib

from qgis.core import QgsApplication

from earthplatform_qgis.tasks.base import CoreTask


class TaskKeeper:
    """Runs the plugin's tasks; `running` lists those not ended yet."""

    def __init__(self) -> None:
        self._running: list[CoreTask] = []

    @property
    def running(self) -> list[CoreTask]:
        return list(self._running)

    def run(self, task: CoreTask) -> None:
        """Start task in QGIS's task manager and keep it until it ends."""
        self._running.append(task)
        task.taskCompleted.connect(lambda: self._ended(task))
        task.taskTerminated.connect(lambda: self._ended(task))
        QgsApplication.taskManager().addTask(task)

    def _ended(self, task: CoreTask) -> None:
        if task in self._running:
            self._running.remove(task)

    def stop(self) -> None:
        """Cancel every task still running and drop whoever waits for its outcome."""
        for task in self.running:
            with contextlib.suppress(TypeError):  # TypeError: nobody was waiting any more
                task.done.disconnect()
            task.cancel()
