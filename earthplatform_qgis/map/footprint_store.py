"""Where footprint files live: a folder of this QGIS session's searches, and the copy beside
a project that is saved with their layers.

A search writes into the session folder (`<profile>/earthplatform/searches/<process id>/`).
Saving the project copies the file to `<project>_earthplatform/` beside the project file and
the project names that copy, so a saved project never depends on the session folder; a file
whose layers are gone is deleted, and the folder of a QGIS that has ended is deleted by the
next one, so an unsaved search leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import uuid
from pathlib import Path

from osgeo import gdal, ogr
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QLockFile

from earthplatform_qgis.map.footprint_file import (
    FootprintFileError,
    create_footprint_file,
    gdal_reason,
)
from earthplatform_qgis.stac.errors import EarthPlatformError
from earthplatform_qgis.stac.words import tr

SAVED_SUFFIX = "_earthplatform"
# SQLite's companions of a database in WAL mode.
_COMPANIONS = ("-wal", "-shm")
# Held by the session using a folder; Qt tells a lock left by a process that has ended.
_LOCK = "session.lock"


class FootprintSaveError(EarthPlatformError):
    """A footprint file cannot be copied beside the project (the message says where, why)."""


def searches_folder() -> Path:
    """Where every QGIS session keeps its searches' footprint files: the QGIS profile."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "earthplatform" / "searches"


def saved_folder(project_file: Path) -> Path:
    """The folder beside a project file its footprint files are copied to."""
    return project_file.parent / f"{project_file.stem}{SAVED_SUFFIX}"


_SESSION: list[FootprintStore] = []


def session_store() -> FootprintStore:
    """This QGIS session's footprint files (in searches_folder())."""
    if not _SESSION:
        _SESSION.append(FootprintStore(searches_folder()))
    return _SESSION[0]


class FootprintStore:
    """This session's footprint files."""

    def __init__(self, root: Path, session: str | None = None) -> None:
        self.root = root
        self.folder = root / (session or str(os.getpid()))
        # Each file copied beside a project: (where to, its state when copied)
        self._copies: dict[tuple[Path, Path], tuple[int, ...]] = {}
        self._lock: QLockFile | None = None

    def new_file(self, name: str) -> Path:
        """A new, empty footprint file named after a layer name; FootprintFileError says
        why not (a full disk, a read-only profile)."""
        slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")[:60] or "search"
        path = self.folder / f"{slug}-{uuid.uuid4().hex[:8]}.gpkg"
        try:
            if self._lock is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._lock = _lock(self.folder)
                self._lock.tryLock(0)
            create_footprint_file(path)
        except (OSError, RuntimeError) as error:  # RuntimeError: GDAL's, if it raises
            raise FootprintFileError(
                tr("{path} cannot be created: {reason}").format(path=path, reason=error)
            ) from error
        return path

    def holds(self, path: Path) -> bool:
        """Whether path is one of this session's files (not yet saved with a project)."""
        return path.parent == self.folder

    def copy_beside(self, path: Path, project_file: Path) -> Path:
        """Copy a footprint file to the project's footprint folder (again only if it changed
        since), and return where. The copy is one consistent state of the file, whatever
        is still being written to it."""
        target = saved_folder(project_file) / path.name
        state = _state(path)
        partial = target.with_name(target.name + ".part")
        try:
            if target.exists() and self._copies.get((path, target)) == state:
                return target
            target.parent.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)  # left by a save that failed: VACUUM INTO refuses it
            _backup(path, partial)
            os.replace(partial, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise FootprintSaveError(
                tr("The footprints in {file} cannot be saved in {folder}: {error}").format(
                    file=path.name, folder=target.parent, error=error
                )
            ) from error
        self._copies[(path, target)] = state
        return target

    def discard(self, path: Path) -> None:
        """Delete one of this session's files (no layer uses it any more)."""
        if not self.holds(path):
            return
        for name in (path.name, *(path.name + suffix for suffix in _COMPANIONS)):
            # Windows refuses while the file is open: tidy() on unload tries again, and the
            # next QGIS sweeps the folder.
            with contextlib.suppress(OSError):
                (path.parent / name).unlink(missing_ok=True)
        self._copies = {key: state for key, state in self._copies.items() if key[0] != path}

    def tidy(self, in_use: set[Path]) -> None:
        """Delete this session's files no layer uses, and the folder once empty."""
        if not self.folder.is_dir():
            return
        for path in self.folder.glob("*.gpkg"):
            if path not in in_use:
                self.discard(path)
        if not any(self.folder.glob("*.gpkg")):
            if self._lock is not None:
                self._lock.unlock()
                self._lock = None
            with contextlib.suppress(OSError):
                self.folder.rmdir()  # only when empty

    def sweep(self) -> None:
        """Delete the folders of QGIS sessions that have ended (crashed or killed)."""
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if folder == self.folder or not folder.is_dir():
                continue
            lock = _lock(folder)
            if lock.tryLock(0):  # nobody holds it: its session has ended
                lock.unlock()
                shutil.rmtree(folder, ignore_errors=True)


def _lock(folder: Path) -> QLockFile:
    lock = QLockFile(str(folder / _LOCK))
    lock.setStaleLockTime(0)  # stale only when its process has ended, however old
    return lock


def _state(path: Path) -> tuple[int, ...]:
    """What changes when SQLite writes to the file: its and its WAL's size and time."""
    state: list[int] = []
    for name in (path.name, path.name + "-wal"):
        try:
            stat = (path.parent / name).stat()
        except OSError:
            continue
        state += [stat.st_size, stat.st_mtime_ns]
    return tuple(state)


def _backup(source: Path, target: Path) -> None:
    """A consistent copy of a GeoPackage, committed WAL pages included, as a single file.

    Through GDAL's own SQLite (VACUUM INTO), never a second SQLite library in the process:
    two would not see each other's locks on the file the search is writing.
    """
    gdal.ErrorReset()
    reader = ogr.Open(str(source), 0)
    if reader is None:
        raise OSError(
            tr("{path} cannot be read: {reason}").format(path=source, reason=gdal_reason())
        )
    quoted = str(target).replace("'", "''")
    try:
        reader.ExecuteSQL(f"VACUUM INTO '{quoted}'")
    except RuntimeError as error:  # raised instead of reported where gdal.UseExceptions() is on
        raise OSError(str(error)) from error
    finally:
        reader = None
    if gdal.GetLastErrorType() >= gdal.CE_Failure or not target.exists():
        raise OSError(gdal.GetLastErrorMsg() or tr("{path} was not written").format(path=target))
