"""Plugin identity read from metadata.txt, the one source of the version."""

from __future__ import annotations

import configparser
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def plugin_file(*parts: str) -> Path:
    """Path of a file shipped with the plugin (metadata.txt, resources/...).

    An installed plugin carries them inside its folder; a source checkout keeps them one
    level up, beside the package.
    """
    inside = PACKAGE_DIR.joinpath(*parts)
    return inside if inside.exists() else PACKAGE_DIR.parent.joinpath(*parts)


def _read_metadata() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(plugin_file("metadata.txt"), encoding="utf-8")
    return parser["general"]


_METADATA = _read_metadata()

__title__: str = _METADATA["name"]
# The tab of the QGIS log panel the plugin writes to.
LOG_TAG: str = __title__
__version__: str = _METADATA["version"]
# The homepage is the user's guide: the help buttons open it, at a section where they can.
__homepage__: str = _METADATA["homepage"]
__tracker__: str = _METADATA["tracker"]


def guide_url(section: str = "") -> str:
    """The user's guide, at the section whose heading has this anchor (the top without one)."""
    return f"{__homepage__}#{section}" if section else __homepage__
