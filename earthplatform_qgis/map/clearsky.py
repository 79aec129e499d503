"""Clear sky over fields from one cloud-mask COG: the mask pixels under each field, counted.

A pixel belongs to a field when its centre is inside the field (GDAL's rasterize default). Only
the blocks under a field are read, at the mask's native resolution, so a field costs a few
range requests of a streamed COG however large the tile.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsGeometry,
)

from earthplatform_qgis.map.gdal_failures import (
    GdalError,
    describe_failure,
    forget,
    gdal_call,
    http_status,
    probe_status,
)
from earthplatform_qgis.map.rasters import (
    CLEAR,
    CLOUD,
    MASK_BAND,
    MASK_CLASSES,
    NODATA,
    OTHER,
    SHADOW,
    configure_gdal,
    vsicurl_path,
)
from earthplatform_qgis.stac.masks import AG_MASK, EDA_MASK, SCL_MASK
from earthplatform_qgis.stac.words import marked, tr

T = TypeVar("T")
CATEGORIES = (CLEAR, CLOUD, SHADOW, OTHER)
SUB_PIXEL_NOTE = marked("smaller than one mask pixel (no pixel centre inside the field)")


class MaskReadError(RuntimeError):
    """A mask cannot be opened or read. The message is for the analyst, in words (no signed
    URL, no GDAL jargon); `status` is the HTTP status the server answered where that is why
    (403: the link was refused, as an expired one is)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class FieldCounts:
    """A field's pixels on the mask's grid: how many in all (`field_px`, the grid running on
    past the mask's edges), how many of them lie beyond the mask (`outside_px`), and the mask
    values of the others (value -> pixels)."""

    field_px: int = 0
    outside_px: int = 0
    values: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ClearSky:
    """A field's clear sky under one mask: percentages of its valid pixels (None when it has
    none), the valid and field pixel counts, and a note saying what is odd."""

    clear_pct: float | None
    cloud_pct: float | None
    shadow_pct: float | None
    other_pct: float | None
    valid_px: int
    field_px: int
    note: str


def clear_sky(counts: FieldCounts, kind: str, nodata: int | None = None) -> ClearSky:
    """The percentages of a mask kind's categories among the field's valid pixels.

    Valid pixels are inside the field and the mask and not no-data (neither the legend's
    no-data class nor the file's no-data value). Values the legend does not name are "other".
    """
    category = {mask_class.value: mask_class.category for mask_class in MASK_CLASSES[kind]}
    if nodata is not None:
        category[nodata] = NODATA
    totals = dict.fromkeys(CATEGORIES, 0)
    for value, pixels in counts.values.items():
        name = category.get(value, OTHER)
        if name != NODATA:
            totals[name] += pixels
    valid = sum(totals.values())
    notes = []
    if counts.field_px == 0:
        notes.append(tr(SUB_PIXEL_NOTE))
    elif counts.outside_px == counts.field_px:
        notes.append(tr("outside the mask's extent"))
    elif valid == 0:
        notes.append(tr("no valid mask pixel under the field (all no data)"))
    elif counts.outside_px:
        notes.append(
            tr("{outside} of {pixels} pixels outside the mask's extent").format(
                outside=counts.outside_px, pixels=counts.field_px
            )
        )
    clear, cloud, shadow, other = (
        100.0 * totals[name] / valid if valid else None for name in CATEGORIES
    )
    return ClearSky(clear, cloud, shadow, other, valid, counts.field_px, "; ".join(notes))


class MaskRaster:
    """One open mask COG: its grid, CRS and no-data value, read a field's window at a time.

    Not thread-safe (a GDAL dataset is not): one per thread.
    """

    def __init__(self, href: str) -> None:
        configure_gdal()
        self.href = href
        self.dataset = self._gdal(lambda: gdal.Open(vsicurl_path(href)))
        if self.dataset.RasterCount < MASK_BAND:
            raise MaskReadError(tr("the file has no raster band"))
        transform = self.dataset.GetGeoTransform()
        if transform[2] or transform[4]:
            raise MaskReadError(tr("the mask's grid is rotated, which is not supported"))
        self.transform = transform
        self.width, self.height = self.dataset.RasterXSize, self.dataset.RasterYSize
        self.band = self.dataset.GetRasterBand(MASK_BAND)
        nodata = self.band.GetNoDataValue()
        self.nodata = int(nodata) if nodata is not None and math.isfinite(nodata) else None
        self.wkt = self.dataset.GetProjection()
        if not self.wkt:
            raise MaskReadError(tr("the mask has no coordinate reference system"))
        self.crs = QgsCoordinateReferenceSystem.fromWkt(self.wkt)

    def transform_from(
        self, crs: QgsCoordinateReferenceSystem, context: QgsCoordinateTransformContext
    ) -> QgsCoordinateTransform:
        """The transform of fields in `crs` to this mask's CRS."""
        transform = QgsCoordinateTransform(crs, self.crs, context)
        transform.setBallparkTransformsAreAppropriate(True)
        return transform

    def count(self, geometry: QgsGeometry, transform: QgsCoordinateTransform) -> FieldCounts:
        """The mask pixels under a field (its geometry in the fields' CRS)."""
        local = QgsGeometry(geometry)
        try:
            local.transform(transform)
        except QgsCsException as error:
            raise MaskReadError(
                tr("the field cannot be placed on the mask's grid: {error}").format(error=error)
            ) from error
        box = local.boundingBox()
        x0, pixel_w, _, y0, _, pixel_h = self.transform
        # The field's bounds snapped outward to the grid, which runs on past the mask's edges.
        col0 = math.floor((box.xMinimum() - x0) / pixel_w)
        col1 = math.ceil((box.xMaximum() - x0) / pixel_w)
        row0 = math.floor((box.yMaximum() - y0) / pixel_h)
        row1 = math.ceil((box.yMinimum() - y0) / pixel_h)
        if col1 <= col0 or row1 <= row0:
            return FieldCounts()
        inside = self._rasterize(local, col0, row0, col1 - col0, row1 - row0)
        counts = FieldCounts(field_px=int(inside.sum()), outside_px=int(inside.sum()))
        # The part of the window on the mask, where its pixels are read.
        c0, c1 = max(col0, 0), min(col1, self.width)
        r0, r1 = max(row0, 0), min(row1, self.height)
        if c0 >= c1 or r0 >= r1:
            return counts
        on_mask = inside[r0 - row0 : r1 - row0, c0 - col0 : c1 - col0]
        if not on_mask.any():
            return counts
        values = self._read(c0, r0, c1 - c0, r1 - r0)[on_mask]
        histogram = np.bincount(values.ravel().astype(np.int64))
        counts.values = {value: int(n) for value, n in enumerate(histogram) if n}
        counts.outside_px = counts.field_px - int(on_mask.sum())
        return counts

    def _rasterize(
        self, geometry: QgsGeometry, col: int, row: int, width: int, height: int
    ) -> np.ndarray:
        """True where a pixel centre of the window (on the mask's grid) is inside the geometry."""
        x0, pixel_w, _, y0, _, pixel_h = self.transform
        target = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
        target.SetGeoTransform((x0 + col * pixel_w, pixel_w, 0, y0 + row * pixel_h, 0, pixel_h))
        source = ogr.GetDriverByName("Memory").CreateDataSource("")
        layer = source.CreateLayer("field", osr.SpatialReference(wkt=self.wkt), ogr.wkbUnknown)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        layer.CreateFeature(feature)
        try:
            code = gdal_call(lambda: gdal.RasterizeLayer(target, [1], layer, burn_values=[1]))
        except GdalError as failure:
            raise MaskReadError(
                tr("the field cannot be rasterized: {error}").format(error=failure)
            ) from None
        if code != 0:
            reason = gdal.GetLastErrorMsg() or tr("unknown error")
            raise MaskReadError(tr("the field cannot be rasterized: {error}").format(error=reason))
        return np.asarray(target.GetRasterBand(1).ReadAsArray()) == 1

    def _read(self, col: int, row: int, width: int, height: int) -> np.ndarray:
        """The mask's values over a window of its own grid."""
        values = np.asarray(self._gdal(lambda: self.band.ReadAsArray(col, row, width, height)))
        if values.dtype.kind not in "iu":
            raise MaskReadError(
                tr("its values are {kind} numbers, not the whole-number classes of a mask").format(
                    kind=values.dtype
                )
            )
        if values.size and values.min() < 0:
            raise MaskReadError(tr("it holds negative values, which no mask class has"))
        return values

    def _gdal(self, action: Callable[[], T]) -> T:
        """action(), or MaskReadError saying in words why the mask could not be read."""
        try:
            return gdal_call(action)
        except GdalError as failure:
            raise self._failure(failure.messages) from None

    def _failure(self, messages: list[str]) -> MaskReadError:
        """Why a read of the mask failed, in words. GDAL's cached state of the link is dropped,
        so that a retry (this run's, after a renewal, or the analyst's next) asks the server
        again instead of being answered from the cache of the failure."""
        forget(self.href)
        status = http_status(messages)
        if status is None:
            # A read after the open fails with TIFF words alone: the server's answer tells
            # whether the link was refused or the file is gone, or the bytes were at fault.
            status = probe_status(self.href)
            forget(self.href)
        return MaskReadError(describe_failure(messages, status, (self.href,)), status)


# What the table's `mask` column says for each mask kind.
MASK_NAMES = {AG_MASK.key: "agriculture", EDA_MASK.key: "eda", SCL_MASK.key: "scl"}


@dataclass(frozen=True)
class ClearSkyRow:
    """One (field, item) pair of the clear-sky table: the item, the mask kind counted (None
    when the item has no readable mask), the figures (None where there are none) and a note."""

    field_id: str
    item_id: str
    collection: str
    datetime: str | None
    mask: str | None
    sky: ClearSky | None
    note: str
