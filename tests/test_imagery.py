"""True-colour imagery beneath cloud masks, streamed from the test STAC API into real QGIS."""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from qgis.core import QgsRasterLayer

from devserver import catalog
from devserver.harness import StacTestServer
from earthplatform_qgis.map.imagery import (
    RGB_ASSETS,
    ImageryError,
    TrueColour,
    band_stretch,
    imagery_layer,
    imagery_problem,
    restream_imagery,
    shown_imagery,
    true_colour,
)
from earthplatform_qgis.map.rasters import mask_layer, mask_layer_name
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.links import fresh_hrefs
from earthplatform_qgis.stac.masks import AG_MASK, resolve_masks
from tests.support.catalog import RGB_TILE, S2, VISUAL_TILE
from tests.support.connection import items_of_tile
from tests.support.links import shows_no_link_secret, streamed_hrefs
from tests.support.rendering import PLACES, image_of, is_magenta, is_orange, pixel

# A cloud, a spot of its shadow and a clear field under two skies (devserver/catalog.py's Skies
# table): sky 0's are the rendering PLACES; sky 1's cloud lies south-east, and where sky 0 has its
# shadow is clear.
SKY_PLACES = {
    0: {name: PLACES[name][0] for name in ("cloud", "shadow", "clear")},
    1: {"cloud": (66_000, 66_000), "shadow": (47_200, 33_400), "clear": (20_000, 20_000)},
}


def sky_items(client: EarthPlatformClient, tile: str, sky: int = 0) -> list[dict[str, Any]]:
    """The tile's first items (by id) whose files show the sky: sky 0 by default, the layout
    tests/support/rendering.py's PLACES describe."""
    items = [item for item in items_of_tile(client, tile, 40) if catalog.item_sky(item) == sky]
    assert items, f"{tile} has items under sky {sky}"
    return items


def source_paths(vrt: Path) -> list[str]:
    """The asset file each VRT band reads, band by band (the path part of its signed URL)."""
    root = ElementTree.parse(vrt).getroot()
    paths: list[str] = []
    for band in root.iter("VRTRasterBand"):
        name = next(band.iter("SourceFilename")).text or ""
        paths.extend(urlsplit(href).path for href in streamed_hrefs(name))
    return paths


def test_rgb_vrt_stacks_red_green_blue_and_shows_true_colours(
    client: EarthPlatformClient, stac_control: StacTestServer, tmp_path: Path
) -> None:
    item = sky_items(client, RGB_TILE)[0]
    assert "visual" not in item["assets"]
    source = true_colour(item)
    assert source.assets == RGB_ASSETS
    layer = imagery_layer(source, tmp_path)
    assert imagery_problem(layer, source) is None
    assert layer.name() == f"{item['id']} — True colour (red, green, blue)"
    assert layer.bandCount() == 3
    assert [layer.bandName(band).split(":")[-1].strip() for band in (1, 2, 3)] == [
        "red",
        "green",
        "blue",
    ]
    vrt = Path(layer.source())
    assert vrt.parent == tmp_path
    assert vrt.suffix == ".vrt"
    assert [path.rsplit("/", 1)[-1] for path in source_paths(vrt)] == [
        "B04.tif",
        "B03.tif",
        "B02.tif",
    ]
    assert all(f"/{RGB_TILE}/" in path for path in source_paths(vrt))

    image = image_of(layer)
    seen = {name: pixel(image, *where) for name, (where, _) in PLACES.items()}
    for name, ((x, y), scene) in PLACES.items():
        assert catalog.scene_class(x, y, sky=0) == scene, name
    assert seen["border"].alpha() == 0  # no data shows what lies below
    assert all(colour.alpha() == 255 for name, colour in seen.items() if name != "border")
    cloud, shadow = seen["cloud"], seen["shadow"]
    assert min(cloud.red(), cloud.green(), cloud.blue()) > 240  # white
    assert max(shadow.red(), shadow.green(), shadow.blue()) < 40  # near black
    vegetation, soil = seen["clear"], seen["soil"]
    assert vegetation.green() > vegetation.red() > vegetation.blue() - 10  # green
    assert vegetation.green() < 120  # dark, as forest and crops are
    assert soil.red() > soil.green() > soil.blue()  # brown
    assert soil.red() > 150


def test_the_stretch_follows_the_bands_scale_and_offset() -> None:
    # Processing baseline 04.00 on: reflectance = DN * 0.0001 - 0.1, so 0-0.3 is 1000-4000.
    assert band_stretch({"raster:bands": [{"scale": 0.0001, "offset": -0.1}]}) == pytest.approx(
        (1000.0, 4000.0)
    )
    # No metadata: Sentinel-2's 0-10 000 scale.
    assert band_stretch({}) == pytest.approx((0.0, 3000.0))
    assert band_stretch({"raster:bands": [{"scale": 0, "offset": "x"}]}) == pytest.approx(
        (0.0, 3000.0)
    )


def test_bands_are_found_by_common_name_where_keys_are_band_names() -> None:
    def band(name: str, colour: str) -> dict[str, Any]:
        return {
            "href": f"https://h/{name}.tif",
            "eo:bands": [{"name": name, "common_name": colour}],
        }

    assets = {"B08": band("B08", "nir"), "B04": band("B04", "red"), "B03": band("B03", "green")}
    item = {"id": "PC1", "collection": S2, "assets": {**assets, "B02": band("B02", "blue")}}
    source = true_colour(item)
    assert source.assets == ("B04", "B03", "B02")
    assert source.hrefs == tuple(f"https://h/{name}.tif" for name in ("B04", "B03", "B02"))


def test_an_item_without_imagery_says_what_it_lacks() -> None:
    item = {"id": "X1", "collection": S2, "assets": {"red": {"href": "https://h/r.tif"}}}
    with pytest.raises(ImageryError, match=r"X1 has no true-colour imagery.*'green', 'blue'"):
        true_colour(item)
    s3_only = copy.deepcopy(item)
    s3_only["assets"] = {key: {"href": f"s3://b/{key}.tif"} for key in RGB_ASSETS}
    with pytest.raises(ImageryError, match="'red', 'green', 'blue' assets"):
        true_colour(s3_only)


def test_an_unreachable_band_is_named_without_its_signature(
    client: EarthPlatformClient, tmp_path: Path
) -> None:
    item = copy.deepcopy(items_of_tile(client, RGB_TILE, 1)[0])
    blue = item["assets"]["blue"]
    blue["alternate"]["download"]["href"] = blue["alternate"]["download"]["href"].replace(
        "B02.tif", "B02-gone.tif"
    )
    with pytest.raises(ImageryError) as raised:
        imagery_layer(true_colour(item), tmp_path)
    message = str(raised.value)
    assert message.startswith(f"The red, green, blue images of {item['id']} cannot be opened")
    assert shows_no_link_secret(message)


def test_a_vrt_folder_that_cannot_be_written_is_said(
    client: EarthPlatformClient, tmp_path: Path
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    item = items_of_tile(client, RGB_TILE, 1)[0]
    with pytest.raises(ImageryError, match=f"The VRT of {item['id']} cannot be written"):
        imagery_layer(true_colour(item), blocked)


def test_newly_signed_links_are_written_into_the_vrt(
    client: EarthPlatformClient, stac_control: StacTestServer, tmp_path: Path
) -> None:
    item = sky_items(client, RGB_TILE)[0]
    source = true_colour(item)
    layer = imagery_layer(source, tmp_path)
    saved = shown_imagery(layer)
    assert saved == TrueColour(S2, item["id"], RGB_ASSETS, (), source.stretch)

    stac_control.configure(signed_url_lifetime=600)
    fresh = fresh_hrefs(client, saved.refs)
    hrefs = tuple(fresh[ref] for ref in saved.refs)
    assert hrefs != source.hrefs
    Path(layer.source()).unlink()  # the VRT file is gone too: rebuilt from the layer
    restream_imagery(layer, saved, hrefs, tmp_path)
    assert layer.isValid()
    vrt_text = Path(layer.source()).read_text(encoding="utf-8")
    assert streamed_hrefs(vrt_text) == list(hrefs)
    assert layer.renderer().type() == "multibandcolor"
    assert layer.renderer().redContrastEnhancement().maximumValue() == pytest.approx(
        source.stretch[0][1]
    )
    cloud = pixel(image_of(layer), *PLACES["cloud"][0])
    assert min(cloud.red(), cloud.green(), cloud.blue()) > 240

    # The same links again: written to a file of its own, not over the one the layer has open.
    before = Path(layer.source())
    restream_imagery(layer, saved, hrefs, tmp_path)
    assert Path(layer.source()) != before
    assert not before.exists()
    assert layer.isValid()
    assert streamed_hrefs(Path(layer.source()).read_text("utf-8")) == list(hrefs)


def test_a_visual_asset_is_preferred_when_present(
    client: EarthPlatformClient, stac_control: StacTestServer, tmp_path: Path
) -> None:
    item = sky_items(client, VISUAL_TILE)[0]
    assert "visual" in item["assets"]
    assert "red" in item["assets"]
    source = true_colour(item)
    assert source.is_visual
    stac_control.reset_stats()
    layer = imagery_layer(source, tmp_path)
    assert isinstance(layer, QgsRasterLayer)
    assert imagery_problem(layer, source) is None
    assert layer.name() == f"{item['id']} — True colour (visual)"
    assert list(tmp_path.iterdir()) == []  # no VRT: the image is streamed as it is
    reads = {
        r["path"].rsplit("/", 1)[-1]
        for r in stac_control.stats()["recent"]
        if r["class"] == "assets"
    }
    assert reads == {"TCI.tif"}
    image = image_of(layer)
    seen = {name: pixel(image, *where) for name, (where, _) in PLACES.items()}
    assert seen["border"].alpha() == 0
    vegetation, soil = seen["clear"], seen["soil"]
    expected = [catalog.tci_value(dn) for dn in catalog.RGB_DN[catalog.VEG]]
    assert (vegetation.red(), vegetation.green(), vegetation.blue()) == tuple(expected)
    assert soil.red() > soil.green() > soil.blue()


@pytest.mark.parametrize("sky", sorted(SKY_PLACES))
def test_the_mask_over_its_image_shows_clouds_and_leaves_clear_land_as_it_is(
    client: EarthPlatformClient, tmp_path: Path, sky: int
) -> None:
    """Under any sky, the item's mask and image show the same weather."""
    item = next(
        item
        for item in sky_items(client, RGB_TILE, sky)
        if item["properties"].get("eda:ag_cloud_mask_available")
    )
    image = imagery_layer(true_colour(item), tmp_path)
    mask = next(m for m in resolve_masks(client, [item]).masks if m.kind == AG_MASK)
    over = mask_layer(mask, mask_layer_name(mask))
    alone, both = image_of(image), image_of(over, image)
    places = SKY_PLACES[sky]
    shown = [catalog.scene_class(x, y, sky) for x, y in places.values()]
    assert shown == [catalog.CLOUD, catalog.SHADOW, catalog.VEG]  # as the docs say
    clear = places["clear"]
    assert pixel(both, *clear) == pixel(alone, *clear)  # clear pixels let the image through
    cloud, shadow = places["cloud"], places["shadow"]
    assert min(pixel(alone, *cloud).getRgb()[:3]) > 240  # a white cloud in the image …
    assert is_magenta(pixel(both, *cloud))  # … stands out under the mask
    assert is_orange(pixel(both, *shadow))
