"""HeapFreeze: the collector off, and QGIS's objects out of its walk, while searches run."""

from __future__ import annotations

import gc
import weakref

from earthplatform_qgis.tasks.heap import HeapFreeze


class _Node:
    """An object that can take part in a reference cycle."""

    other: _Node | None = None


def test_freezes_from_the_first_hold_to_the_last_release() -> None:
    heap = HeapFreeze()
    assert gc.get_freeze_count() == 0
    heap.hold()
    heap.hold()
    try:
        assert gc.get_freeze_count() > 0
        heap.release()
        # Still frozen. Not an exact count: another thread (a server of an earlier test, QGIS's
        # own) may free a few of the frozen objects meanwhile; an unfreeze would empty it.
        assert gc.get_freeze_count() > 0
    finally:
        heap.release()
    assert gc.get_freeze_count() == 0
    heap.release()  # one release too many changes nothing
    assert gc.get_freeze_count() == 0


def test_garbage_from_before_the_search_is_collected_once_it_ends() -> None:
    heap = HeapFreeze()
    node = _Node()
    node.other = node
    gone = weakref.ref(node)
    del node
    heap.hold()
    try:
        gc.collect()
        assert gone() is not None  # out of the walk while frozen
    finally:
        heap.release()
    gc.collect()
    assert gone() is None


def test_a_freeze_made_elsewhere_is_left_alone() -> None:
    gc.freeze()
    try:
        heap = HeapFreeze()
        heap.hold()
        heap.release()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_collector_is_off_from_the_first_hold_to_the_last_release() -> None:
    heap = HeapFreeze()
    assert gc.isenabled()
    heap.hold()
    heap.hold()
    try:
        assert not gc.isenabled()
        heap.release()
        assert not gc.isenabled()
    finally:
        heap.release()
    assert gc.isenabled()


def test_a_collector_switched_off_elsewhere_stays_off() -> None:
    gc.disable()
    try:
        heap = HeapFreeze()
        heap.hold()
        heap.release()
        assert not gc.isenabled()
    finally:
        gc.enable()
