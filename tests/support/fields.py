"""Fields as the analyst has them: memory layers of polygons named by a `name` attribute, and the
clear-sky table's columns as the issue names them (restated, not read from the plugin)."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

from earthplatform_qgis.map.compat import field_types

# The clear-sky table's columns, in order, as an analyst reads them in the table or a CSV.
CLEAR_SKY_COLUMNS = [
    "field_id",
    "item_id",
    "collection",
    "datetime",
    "mask",
    "clear_pct",
    "cloud_pct",
    "shadow_pct",
    "other_pct",
    "valid_px",
    "field_px",
    "note",
]


def named_layer(name: str, uri: str, geometries: dict[str, str]) -> QgsVectorLayer:
    """A memory layer (`uri` as QgsVectorLayer takes it, e.g. "Polygon?crs=EPSG:32631") of one
    feature per entry, its `name` attribute the key, its geometry the WKT ("" for none)."""
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes([QgsField("name", field_types()["string"])])
    layer.updateFields()
    features = []
    for field_name, wkt in geometries.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([field_name])
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer
