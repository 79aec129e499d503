"""EarthPlatform: search EarthDaily's STAC catalog from QGIS."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qgis.gui import QgisInterface

    from .plugin import EarthPlatformPlugin


def classFactory(iface: QgisInterface) -> EarthPlatformPlugin:  # noqa: N802 (QGIS's name)
    """QGIS entry point: the plugin object for this QGIS session."""
    from .plugin import EarthPlatformPlugin

    return EarthPlatformPlugin(iface)
