"""Helpers the test modules share; no test module imports another (tests/test_layout_guards.py).

- catalog.py     what the test catalog's own files say, read without the plugin's code
- connection.py  the core client on the test STAC API, and searches made through it
- counters.py    what the test STAC API counted (requests per path)
- rendering.py   layers rendered to images, and the colours at the catalog's known places
- dock.py        the dock driven as an analyst drives it: open, search, click and wait
- fields.py      memory layers of named fields; the clear-sky table's columns, restated
- reference.py   clear-sky pixel counts from rasterio + numpy, run by clearsky_reference.py in
                 its own venv (.venv-ref): the reference the plugin's counts are checked with

The shared fixtures (`client`, `dock`) are defined in tests/conftest.py on top of these.
"""
