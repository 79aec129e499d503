"""QGIS map layers of what the catalog holds: footprints, mask and imagery rasters, asset
layers, the search area. No widgets, no threads."""
