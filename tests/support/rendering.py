"""Raster layers rendered to images in real QGIS, and the colours at the catalog's known places.

Every tile of the test catalog has the same pixel layout under sky 0 (devserver/catalog.py;
other acquisitions have other skies): PLACES names a few of its spots, so a test of a sky-0
item can say what the map shows there.
"""

from __future__ import annotations

from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRasterLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage

from devserver import catalog

# Places of the catalog's sky-0 pixel layout (metres east and south of the tile's upper-left corner)
# and their scene class; "clear" is a vegetation field, "soil" the bare field beside it.
PLACES = {
    "cloud": ((35_000, 40_000), catalog.CLOUD),
    "shadow": ((20_000, 14_000), catalog.SHADOW),
    "thin": ((82_500, 27_500), catalog.THIN),
    "clear": ((52_500, 80_000), catalog.VEG),
    "soil": ((57_500, 80_000), catalog.SOIL),
    "border": ((300, 300), catalog.NODATA),
}


def image_of(layer: QgsRasterLayer, *below: QgsRasterLayer) -> QImage:
    """The layer (over those below it) rendered over its extent at 200 m a pixel (549 px a
    tile), transparent underneath."""
    settings = QgsMapSettings()
    settings.setLayers([layer, *below])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(549, 549))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def pixel(image: QImage, x: float, y: float) -> QColor:
    """The colour at metres (x east, y south) from the tile's upper-left corner."""
    scale = image.width() / catalog.TILE_SIZE_M
    return image.pixelColor(int(x * scale), int(y * scale))


def is_magenta(colour: QColor) -> bool:
    """The mask's cloud colour: red and blue strong, green well below both."""
    return colour.red() > 150 and min(colour.red(), colour.blue()) - colour.green() > 80


def is_orange(colour: QColor) -> bool:
    """The mask's shadow colour: red strong, blue weak."""
    return colour.red() > 150 and colour.blue() < 80 and colour.green() > colour.blue()
