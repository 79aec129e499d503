"""Short garbage-collection pauses while a search or a clear-sky count runs.

A full CPython collection walks every object QGIS's Python holds (modules, plugins, the
console) and stops every Python thread meanwhile, the GUI thread included: 30-40 ms a time on
the test machines, more in a QGIS with many plugins. Parsing a search's pages, or building a
clear-sky table's rows, allocates enough to set off a few. While such a task runs, the objects
that were there before it are kept out of the collector's walk (gc.freeze), so a pause costs
what the task holds, not what QGIS holds; they are handed back (gc.unfreeze) when it ends, and
collected as before.

Meanwhile, cyclic garbage from before the task waits for its end, and gc.get_objects() does
not list the frozen objects. Where something froze the heap before (a freeze count above 0),
it is left as it is and tasks run without this. hold() and release() are called on the GUI
thread only.
"""

from __future__ import annotations

import gc


class HeapFreeze:
    """gc.freeze() from the first hold() until the last release(); a freeze made by someone
    else before the first hold is theirs, left as it is."""

    def __init__(self) -> None:
        self._holders = 0
        self._frozen_here = False

    def hold(self) -> None:
        if self._holders == 0:
            self._frozen_here = gc.get_freeze_count() == 0
            if self._frozen_here:
                gc.freeze()
        self._holders += 1

    def release(self) -> None:
        if self._holders == 0:
            return
        self._holders -= 1
        if self._holders == 0 and self._frozen_here:
            gc.unfreeze()
            self._frozen_here = False


# One for the whole plugin, so every search and count shares the freeze.
HEAP = HeapFreeze()
