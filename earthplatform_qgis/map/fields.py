"""Fields: the polygon features of a vector layer that an analyst searches over and counts clear
sky over, each with its id, a valid geometry and, where it had to be repaired, what was done."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsMapLayer,
    QgsVectorLayer,
)

from earthplatform_qgis.map.compat import POLYGON_GEOMETRY
from earthplatform_qgis.stac.words import tr


class FieldsError(ValueError):
    """The layer cannot serve as fields; the message is for the user."""


@dataclass(frozen=True)
class Field:
    """One field: its id (the chosen attribute's value, else the feature id, as text), its
    valid polygon geometry in the layer's CRS, and a note when the geometry was repaired."""

    field_id: str
    geometry: QgsGeometry
    note: str = ""


@dataclass
class FieldSet:
    """The fields read from one layer, in its CRS, and the features that could not be used."""

    layer_name: str
    crs: QgsCoordinateReferenceSystem
    fields: list[Field] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    selected_only: bool = False
    layer_id: str = ""

    def describe(self) -> str:
        """e.g. "12 fields of 'parcels' (selected)"."""
        if self.selected_only:
            one, many = (
                tr("{n} field of '{layer}' (selected)"),
                tr("{n} fields of '{layer}' (selected)"),
            )
        else:
            one, many = tr("{n} field of '{layer}'"), tr("{n} fields of '{layer}'")
        count = len(self.fields)
        return (one if count == 1 else many).format(n=count, layer=self.layer_name)


def check_fields_layer(layer: QgsMapLayer | None, selected_only: bool) -> QgsVectorLayer:
    """The layer, if it can give fields; FieldsError saying why not otherwise."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise FieldsError(tr("Choose a polygon layer for the fields"))
    name = layer.name()
    if layer.geometryType() != POLYGON_GEOMETRY:
        raise FieldsError(
            tr("'{layer}' is not a polygon layer: fields must be polygons").format(layer=name)
        )
    if not layer.crs().isValid():
        raise FieldsError(
            tr(
                "'{layer}' has no coordinate reference system: set one in its Layer Properties"
            ).format(layer=name)
        )
    if selected_only and layer.selectedFeatureCount() == 0:
        raise FieldsError(tr("No features of '{layer}' are selected").format(layer=name))
    if not selected_only and layer.featureCount() == 0:
        raise FieldsError(tr("'{layer}' has no features").format(layer=name))
    return layer


def fields_of_layer(
    layer: QgsMapLayer | None, *, selected_only: bool, id_attribute: str = ""
) -> FieldSet:
    """The fields of a polygon layer: its selected features or all of them.

    Raises FieldsError when the layer cannot give any field at all.
    """
    layer = check_fields_layer(layer, selected_only)
    features = layer.getSelectedFeatures() if selected_only else layer.getFeatures()
    fieldset = FieldSet(layer.name(), layer.crs(), selected_only=selected_only, layer_id=layer.id())
    fieldset.fields, fieldset.skipped = read_fields(features, id_attribute)
    if not fieldset.fields:
        reasons = "; ".join(fieldset.skipped[:3])
        raise FieldsError(
            tr("No feature of '{layer}' has a usable polygon: {reasons}").format(
                layer=layer.name(), reasons=reasons
            )
        )
    return fieldset


def read_fields(
    features: Iterable[QgsFeature], id_attribute: str = ""
) -> tuple[list[Field], list[str]]:
    """The features as fields, and for each one left out, why (e.g. "feature 7: no geometry").

    Invalid geometries are repaired (makeValid) and keep only their polygon parts; the field's
    note says so.
    """
    fields: list[Field] = []
    skipped: list[str] = []
    for feature in features:
        field_id = _field_id(feature, id_attribute)
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped.append(tr("field {id}: no geometry").format(id=field_id))
            continue
        note = ""
        if not geometry.isGeosValid():
            errors = geometry.validateGeometry(Qgis.GeometryValidationEngine.Geos)
            reason = errors[0].what() if errors else "invalid"
            geometry = _polygon_parts(geometry.makeValid())
            note = tr("geometry repaired ({reason})").format(reason=reason)
        if geometry.isEmpty():
            skipped.append(
                tr("field {id}: the geometry has no area once repaired").format(id=field_id)
            )
            continue
        fields.append(Field(field_id, geometry, note))
    return fields, skipped


def _field_id(feature: QgsFeature, id_attribute: str) -> str:
    """The id attribute's value as text, or the feature id where there is none (or it is NULL)."""
    if id_attribute:
        value = feature.attribute(id_attribute)
        # NULL is None on Qt6 builds and a null QVariant on Qt5 ones.
        if value is not None and not (hasattr(value, "isNull") and value.isNull()):
            return str(value)
    return str(feature.id())


def _polygon_parts(geometry: QgsGeometry) -> QgsGeometry:
    """Only the areas of a repaired geometry: makeValid may also return lines and points."""
    if geometry.type() == POLYGON_GEOMETRY:
        return geometry
    polygons = [
        part
        for part in geometry.asGeometryCollection()
        if part.type() == POLYGON_GEOMETRY and not part.isEmpty()
    ]
    if not polygons:
        return QgsGeometry()
    return QgsGeometry.unaryUnion(polygons)
