"""Footprint layers made as a search makes them (a footprint file written page by page, then
opened), without a server."""

from __future__ import annotations

import atexit
import itertools
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qgis.core import QgsVectorLayer

from earthplatform_qgis.map.footprint_file import (
    FootprintWriter,
    create_footprint_file,
    footprint_rows,
)
from earthplatform_qgis.map.footprints import open_footprint_layer, show_complete

_FOLDER = Path(tempfile.mkdtemp(prefix="footprints-"))
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)
_NUMBERS = itertools.count()


def footprint_layer(
    pages: Sequence[Sequence[Any]],
    texts: Sequence[Sequence[bytes] | None] | None = None,
    name: str = "EarthPlatform — test",
) -> tuple[QgsVectorLayer, list[str], list[int]]:
    """A footprint layer of pages of items (with their server texts, where given): the
    layer, the problems reported, and the feature ids given, in order."""
    path = _FOLDER / f"footprints-{next(_NUMBERS)}.gpkg"
    create_footprint_file(path)
    problems: list[str] = []
    ids: list[int] = []
    with FootprintWriter(path) as writer:
        for index, items in enumerate(pages):
            rows, found = footprint_rows(items, texts[index] if texts else None)
            problems += found
            ids += writer.write(rows).feature_ids
    layer = open_footprint_layer(path, name)
    show_complete(layer)
    return layer, problems, ids
