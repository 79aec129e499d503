"""Developer tooling: packaging, running real QGIS with the plugin, the demo."""
