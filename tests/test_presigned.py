"""S3-presigned links streamed as EarthPlatform issues them: a mask, imagery or an asset layer
reads only the byte ranges its render needs, on every GDAL (GDAL 3.6.0-3.6.2 would read the
whole file to learn its size: the plugin's loopback relay stands in for the link there), and
the relay serves nothing but the links the plugin gave it, unchanged, with TLS verified."""

from __future__ import annotations

import itertools
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import requests
from osgeo import gdal
from qgis.core import QgsMapLayer, QgsRasterLayer

from devserver.catalog import L2A, linked_names, tile_raster, write_cog
from devserver.harness import StacTestServer
from earthplatform_qgis.map.asset_layers import asset_layer
from earthplatform_qgis.map.imagery import TrueColour, imagery_layer
from earthplatform_qgis.map.rasters import mask_layer, read_source, saved_source, vsicurl_path
from earthplatform_qgis.stac.assets import AssetInfo, AssetKind
from earthplatform_qgis.stac.masks import AG_MASK, CloudMask
from earthplatform_qgis.stac.presigned_relay import RELAY
from tests.support.links import holds_relay_url, streamed_hrefs
from tests.support.rendering import image_of

# Noise over the agriculture mask's values, which compresses little: about 17 MB. Large enough
# that the bytes GDAL 3.10+ lets the server send before it cuts its size probe short (a few
# hundred KB on loopback) stay far from the whole file.
BAND_PX = 8192
BAND_REL = "tests/presigned/band-v4.tif"
RGB = ("red", "green", "blue")
# What a render at full extent needs: the overviews and the header, not the full resolution.
MOST_READ = 0.05


@pytest.fixture(scope="module")
def band(stac_server: StacTestServer) -> Path:
    """An 8192 x 8192 uint8 COG of noise (values 1-3, 512 px blocks, overviews; a new file
    name when this changes) the server serves, with
    three more names (hard links) for an item's red, green and blue; written once."""
    path = stac_server.catalog_dir / "assets" / BAND_REL
    if not path.is_file():
        mem = tile_raster("31TCJ", BAND_PX, 1, gdal.GDT_Byte)
        noise = np.random.default_rng(19).integers(1, 4, (BAND_PX, BAND_PX), np.uint8)
        mem.GetRasterBand(1).WriteArray(noise)
        write_cog(path, mem, ["BLOCKSIZE=512", "COMPRESS=DEFLATE", "OVERVIEW_RESAMPLING=NEAREST"])
    linked_names(path, RGB)
    return path


_LINKS = itertools.count()


def presigned(server: StacTestServer, path: Path) -> str:
    """A link of its own (another expiry each call), so GDAL's cache serves nothing of it."""
    rel = path.relative_to(server.catalog_dir / "assets").as_posix()
    return server.signed_asset_url(rel, int(time.time()) + 3600 + next(_LINKS))


def as_mask(server: StacTestServer, band: Path) -> tuple[list[QgsMapLayer], int]:
    mask = CloudMask("item", AG_MASK, AG_MASK.key, "item", presigned(server, band), {})
    return [mask_layer(mask, "mask")], band.stat().st_size


def as_imagery(server: StacTestServer, band: Path, folder: Path) -> tuple[list[QgsMapLayer], int]:
    hrefs = tuple(presigned(server, path) for path in linked_names(band, RGB))
    source = TrueColour(L2A, "item", RGB, hrefs, ((1.0, 3.0),) * 3)
    return [imagery_layer(source, folder)], 3 * band.stat().st_size


def as_asset(server: StacTestServer, band: Path) -> tuple[list[QgsMapLayer], int]:
    asset = AssetInfo(
        "red",
        "Red",
        "image/tiff; application=geotiff; profile=cloud-optimized",
        ("data",),
        presigned(server, band),
        band.stat().st_size,
        None,
        AssetKind.RASTER,
    )
    return [asset_layer("item", asset)], band.stat().st_size


@pytest.mark.parametrize("opened_as", ["mask", "imagery", "asset"])
def test_a_presigned_cog_renders_from_the_ranges_it_needs_never_the_whole_file(
    stac_control: StacTestServer, band: Path, tmp_path: Path, opened_as: str
) -> None:
    openers: dict[str, Callable[[], tuple[list[QgsMapLayer], int]]] = {
        "mask": lambda: as_mask(stac_control, band),
        "imagery": lambda: as_imagery(stac_control, band, tmp_path),
        "asset": lambda: as_asset(stac_control, band),
    }
    # At a desktop's link speed: GDAL 3.10+ cuts its size GET short, and unpaced, loopback's
    # buffers take megabytes before the server sees it hang up (4.3 MB once on sid).
    stac_control.configure(asset_bandwidth_mbps=100)
    stac_control.reset_stats()
    layers, files_bytes = openers[opened_as]()
    [layer] = layers
    assert isinstance(layer, QgsRasterLayer)
    assert layer.isValid(), layer.error().summary()
    image = image_of(layer)
    assert len({image.pixel(x, y) for x in range(0, 200, 10) for y in range(0, 200, 10)}) > 1
    stats = stac_control.stats()
    replies = [r for r in stats["recent"] if r["class"] == "assets"]
    assert replies
    assert all(r["status"] in (200, 206) for r in replies), replies
    assert stats["asset_replies"]["whole_files"] == 0
    assert stats["asset_replies"]["largest_bytes"] < MOST_READ * band.stat().st_size
    assert stats["classes"]["assets"]["bytes"] < MOST_READ * files_bytes


def test_the_link_reaches_the_server_unchanged(stac_control: StacTestServer, band: Path) -> None:
    href = presigned(stac_control, band)
    stac_control.reset_stats()
    dataset = gdal.Open(vsicurl_path(href))
    assert dataset.GetRasterBand(1).ReadRaster(0, 0, 64, 64) is not None
    dataset = None
    sent = urllib.parse.urlsplit(href)
    replies = [r for r in stac_control.stats()["recent"] if r["class"] == "assets"]
    assert replies
    assert {(r["path"], r["query"]) for r in replies} == {
        (urllib.parse.unquote(sent.path), sent.query)
    }


def relay_get(url: str, allow_redirects: bool = True, **headers: str) -> requests.Response:
    return requests.get(url, headers=headers, timeout=10, allow_redirects=allow_redirects)


def test_the_relay_serves_only_links_the_plugin_gave_it(
    stac_control: StacTestServer, band: Path
) -> None:
    href = presigned(stac_control, band)
    url = RELAY.url_for(href)
    ranged = relay_get(url, Range="bytes=0-99")
    assert (ranged.status_code, ranged.content) == (206, band.read_bytes()[:100])
    head = requests.head(url, timeout=10)
    assert (head.status_code, int(head.headers["Content-Length"])) == (200, band.stat().st_size)

    origin, tag, encoded, name = url.rsplit("/", 3)
    forged = "0" * 32 if tag != "0" * 32 else "1" * 32
    assert relay_get(f"{origin}/{forged}/{encoded}/{name}").status_code == 404
    # A page of another site naming the relay's address (DNS rebinding) is not answered.
    port = urllib.parse.urlsplit(url).port
    assert relay_get(url, Host=f"rebound.example:{port}").status_code == 404
    assert relay_get(url.replace(encoded, encoded[:-4])).status_code == 404


def test_tls_stays_verified_and_the_link_out_of_the_answer(self_signed_site: str) -> None:
    from tests.support.sites import HtmlPage

    href = f"https://{self_signed_site}/bucket/band.tif?X-Amz-Expires=60&X-Amz-Signature=f00d"
    # The relay learns the size itself: not from a server it cannot verify.
    head = requests.head(RELAY.url_for(href), timeout=10)
    assert (head.status_code, head.headers["X-Relay-Error"]) == (502, "SSLError")
    assert "f00d" not in str(head.headers)
    # Every read goes to the link as it is, which GDAL verifies itself (with or without relay).
    moved = relay_get(RELAY.url_for(href), allow_redirects=False)
    assert (moved.status_code, moved.headers["Location"]) == (302, href)
    gdal.VSICurlClearCache()
    try:
        opened = gdal.Open(vsicurl_path(href))
    except RuntimeError:  # where gdal.UseExceptions() is on
        opened = None
    assert opened is None
    assert HtmlPage.paths == []  # nothing was asked of a server that could not be verified


def test_a_project_keeps_the_links_and_opens_them_as_this_gdal_should(
    stac_control: StacTestServer, band: Path
) -> None:
    href = presigned(stac_control, band)
    streamed = vsicurl_path(href)
    saved = saved_source(streamed)
    assert streamed_hrefs(saved) == [href]
    assert not holds_relay_url(saved)
    # Saved by an earlier session through its relay (another port, another key): opens here.
    old = "/vsicurl?" + urllib.parse.urlencode(
        {"list_dir": "no", "empty_dir": "yes", "url": _old_relay_url(streamed)}
    )
    for source in (saved, old):
        layer = QgsRasterLayer(read_source(source), "band", "gdal")
        assert layer.isValid(), layer.error().summary()
        assert streamed_hrefs(layer.source()) == [href]
    # Other sources are left as they are.
    for other in ("/tmp/a.tif", "/vsicurl/https://example.com/a.tif", "/vsicurl?url=x&a=%20"):
        assert read_source(other) == other
        assert saved_source(other) == other


def _old_relay_url(streamed: str) -> str:
    """The link as an earlier session's relay would have written it."""
    url = urllib.parse.parse_qs(streamed.removeprefix("/vsicurl?"))["url"][0]
    if not holds_relay_url(url):
        url = RELAY.url_for(url)
    parts = urllib.parse.urlsplit(url)
    _, _, encoded, name = parts.path.split("/")
    return f"http://127.0.0.1:1/{'a' * 32}/{encoded}/{name}"
