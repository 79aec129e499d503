"""How the plugin names its layers, so that every one reads alike in the Layers panel."""

from __future__ import annotations

SEPARATOR = " \N{EM DASH} "


def layer_name(*parts: str) -> str:
    """The parts joined by an em dash: `<item id> — <what it shows>`."""
    return SEPARATOR.join(parts)
