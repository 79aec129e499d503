"""The fields a Processing parameter names: read, checked, and as a search area."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsWkbTypes,
)

from earthplatform_qgis.map.area import ExtentError, fields_to_intersects
from earthplatform_qgis.map.compat import POLYGON_GEOMETRY
from earthplatform_qgis.map.fields import FieldSet, read_fields
from earthplatform_qgis.processing.common import NO_VALIDITY_CHECKS, selected_only, warn_each
from earthplatform_qgis.translation import tr


def read_fieldset(
    algorithm: QgsProcessingAlgorithm,
    parameters: dict[str, Any],
    name: str,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback,
    id_parameter: str | None = None,
) -> FieldSet:
    """The usable fields of the polygon layer parameter `name` names (its selection when so
    asked), in its CRS, named by the attribute parameter id_parameter names; a warning for
    each feature left out."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    layer = source.sourceName()
    # The dialog offers polygon layers only; a script or a model may pass any layer.
    if QgsWkbTypes.geometryType(source.wkbType()) != POLYGON_GEOMETRY:
        raise QgsProcessingException(
            tr("'{layer}' is not a polygon layer: fields must be polygons.").format(layer=layer)
        )
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(
            tr(
                "'{layer}' has no coordinate reference system: set one in its Layer Properties."
            ).format(layer=layer)
        )
    id_attribute = (
        algorithm.parameterAsString(parameters, id_parameter, context) if id_parameter else ""
    )
    if id_attribute and source.fields().lookupField(id_attribute) < 0:
        raise QgsProcessingException(
            tr("'{layer}' has no attribute '{attribute}'.").format(
                layer=layer, attribute=id_attribute
            )
        )
    selected = selected_only(parameters.get(name))
    # Invalid polygons are repaired by read_fields (and noted), not filtered out.
    features = source.getFeatures(QgsFeatureRequest(), NO_VALIDITY_CHECKS)
    fields, skipped = read_fields(features, id_attribute)
    warn_each(feedback, [tr("Left out {reason}").format(reason=reason) for reason in skipped])
    if not fields:
        raise QgsProcessingException(no_fields_message(layer, selected, skipped))
    warn_shared_ids(feedback, [each.field_id for each in fields])
    return FieldSet(layer, source.sourceCrs(), fields, skipped, selected)


def no_fields_message(name: str, selected: bool, skipped: list[str]) -> str:
    """Why there is nothing to count over, in the analyst's words."""
    if not skipped:
        return (
            tr("No features of '{name}' are selected.")
            if selected
            else tr("'{name}' has no features.")
        ).format(name=name)
    reasons = "; ".join(skipped[:3]) + ("; …" if len(skipped) > 3 else "")
    return tr("No feature of '{name}' has a usable polygon: {reasons}.").format(
        name=name, reasons=reasons
    )


def warn_shared_ids(feedback: QgsProcessingFeedback, field_ids: Iterable[str]) -> None:
    """A warning naming the ids that more than one field has: their rows look alike."""
    shared = sorted(field_id for field_id, n in Counter(field_ids).items() if n > 1)
    if shared:
        feedback.pushWarning(
            tr(
                "{count} field ids belong to more than one feature ({ids}): choose a Field id "
                "attribute that is unique."
            ).format(
                count=len(shared), ids=", ".join(shared[:5]) + (", …" if len(shared) > 5 else "")
            )
        )


def search_area(fieldset: FieldSet, context: QgsCoordinateTransformContext) -> dict[str, Any]:
    """The search's `intersects`: the fields' union in lon/lat, simplified outward."""
    try:
        return fields_to_intersects(
            [each.geometry for each in fieldset.fields], fieldset.crs, context
        )
    except ExtentError as error:
        raise QgsProcessingException(
            tr("The fields cannot be searched over: {error}.").format(error=error)
        ) from None
