"""The reference clear-sky counts the tests compare the plugin's with: tests/support/
clearsky_reference.py (rasterio + numpy), run in its own venv, .venv-ref, in a subprocess.

rasterio's wheels bundle a libgdal of their own, which must never load into a Python that
imports Debian's osgeo or QGIS (as every test's does): so rasterio is never imported here.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
REFERENCE_PYTHON = REPO / ".venv-ref" / "bin" / "python"
SCRIPT = Path(__file__).with_name("clearsky_reference.py")
# Seconds; a count over a few fields of a tile takes well under one.
TIMEOUT_S = 120


def reference_counts(
    mask_path: Path, fields: list[dict[str, Any]], band: int = 1
) -> list[dict[str, Any]]:
    """Per field, in the order given, {"id", "field_px", "outside_px", "counts"} counted by the
    reference over band `band` of the raster at `mask_path`.

    Each field is {"id": <any JSON>, "crs": "<EPSG:xxxx or WKT>", "geometry": <GeoJSON Polygon
    or MultiPolygon>}; the script's docstring says what the numbers are. A refused request
    raises CalledProcessError (exit status 2) whose stderr, also in its notes, says why.
    """
    request = json.dumps({"mask": str(mask_path), "band": band, "fields": fields})
    try:
        run = subprocess.run(
            # -I: none of this Python's PYTHONPATH or user site (Debian's osgeo) reaches it.
            [str(REFERENCE_PYTHON), "-I", str(SCRIPT)],
            input=request,
            capture_output=True,
            text=True,
            check=True,
            timeout=TIMEOUT_S,
            env=reference_environment(),
        )
    except subprocess.CalledProcessError as error:
        error.add_note(f"stderr: {error.stderr.strip()}")
        raise
    fields_out: list[dict[str, Any]] = json.loads(run.stdout)["fields"]
    return fields_out


def reference_environment() -> dict[str, str]:
    """This process's environment less GDAL's and PROJ's settings, which would point rasterio's
    own libgdal at Debian's data files and plugins, made for another version."""
    return {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("GDAL_", "PROJ_", "CPL_"))
    }
