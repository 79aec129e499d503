"""The plugin's Processing provider and algorithms: the Processing toolbox, the graphical
modeler, the Python console (processing.run) and qgis_process all run them."""
