"""EarthPlatform: search EarthDaily's STAC catalog from QGIS."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qgis.gui import QgisInterface

    from .plugin import EarthPlatformPlugin

# The release zip bundles pure-Python dependencies here. Appended, not prepended, so a
# host QGIS that already provides them keeps its own copies.
_BUNDLED = Path(__file__).resolve().parent / "_bundled"
if _BUNDLED.is_dir() and str(_BUNDLED) not in sys.path:
    sys.path.append(str(_BUNDLED))


def classFactory(iface: QgisInterface) -> EarthPlatformPlugin:  # noqa: N802 (QGIS's name)
    """QGIS entry point: the plugin object for this QGIS session."""
    from .plugin import EarthPlatformPlugin

    return EarthPlatformPlugin(iface)
