"""The STAC client, with no QGIS import at all: auth, HTTP, paging, the search specification,
mask resolution, asset links and downloads."""
