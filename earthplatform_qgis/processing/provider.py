"""The EarthPlatform Processing provider: the plugin's algorithms, under its name and icon."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from earthplatform_qgis.__about__ import __title__, plugin_file
from earthplatform_qgis.processing.download_assets import DownloadAssetsAlgorithm
from earthplatform_qgis.processing.field_clear_sky import FieldClearSkyAlgorithm
from earthplatform_qgis.processing.search_items import SearchItemsAlgorithm
from earthplatform_qgis.translation import tr

PROVIDER_ID = "earthplatform"


class EarthPlatformProvider(QgsProcessingProvider):
    """Provider `earthplatform`: algorithms are run as `earthplatform:<name>`."""

    def id(self) -> str:
        """The prefix of the algorithms' ids."""
        return PROVIDER_ID

    def name(self) -> str:
        """The name shown in the Processing toolbox."""
        return __title__

    def longName(self) -> str:  # noqa: N802 (QGIS's name)
        """The name with what the provider is for."""
        return tr("{title}: EarthDaily's STAC catalog").format(title=__title__)

    def icon(self) -> QIcon:
        """The plugin's icon."""
        return QIcon(self.svgIconPath())

    def svgIconPath(self) -> str:  # noqa: N802 (QGIS's name)
        """The plugin's icon file."""
        return str(plugin_file("resources", "icon.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS's name)
        """Add a fresh instance of each algorithm (QGIS calls this again on refresh)."""
        self.addAlgorithm(SearchItemsAlgorithm())
        self.addAlgorithm(DownloadAssetsAlgorithm())
        self.addAlgorithm(FieldClearSkyAlgorithm())
