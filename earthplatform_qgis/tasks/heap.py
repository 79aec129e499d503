"""No garbage-collection pauses while a search or a clear-sky count runs.

A full CPython collection walks every object Python holds and stops every Python thread
meanwhile, the GUI thread included. QGIS's own objects (modules, plugins, the console) make it
30-40 ms a time on the test machines; a large search's own objects make it more: a concurrent
search holds up to a few thousand parsed items read ahead of its merge, and its allocations
set off a full collection every few seconds, 112 ms each at 20,000 items. The items are plain
JSON (no reference cycles: reference counting frees them), so while such a task runs the
collector is switched off (gc.disable) and the objects that were there before it are kept out
of its walk (gc.freeze); both are handed back when the last task ends, and the collector then
runs as before.

Meanwhile, cyclic garbage waits for the task's end, and gc.get_objects() does not list the
frozen objects. Where something froze the heap or switched the collector off before, that is
left as it is. hold() and release() are called on the GUI thread only.
"""

from __future__ import annotations

import gc


class HeapFreeze:
    """gc.freeze() and gc.disable() from the first hold() until the last release(); a freeze
    or a disabled collector from someone else before the first hold is theirs, left as it is."""

    def __init__(self) -> None:
        self._holders = 0
        self._frozen_here = False
        self._disabled_here = False

    def hold(self) -> None:
        if self._holders == 0:
            self._frozen_here = gc.get_freeze_count() == 0
            if self._frozen_here:
                gc.freeze()
            self._disabled_here = gc.isenabled()
            if self._disabled_here:
                gc.disable()
        self._holders += 1

    def release(self) -> None:
        if self._holders == 0:
            return
        self._holders -= 1
        if self._holders == 0:
            if self._disabled_here:
                gc.enable()
                self._disabled_here = False
            if self._frozen_here:
                gc.unfreeze()
                self._frozen_here = False


# One for the whole plugin, so every search and count shares the freeze.
HEAP = HeapFreeze()
