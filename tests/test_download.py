"""Downloading assets from the test STAC API: files, resume, checksums, expired links."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pystac
import pytest

from devserver.harness import StacTestServer
from earthplatform_qgis.map.asset_layers import asset_layer
from earthplatform_qgis.map.rasters import layer_problem
from earthplatform_qgis.stac.assets import AssetKind, item_assets
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.download import (
    CATALOG_FILE,
    PART_SUFFIX,
    Downloader,
    checksum_matches,
    plan_downloads,
    safe_name,
)
from earthplatform_qgis.stac.errors import CancelledError
from earthplatform_qgis.stac.links import AssetRef, fresh_hrefs
from tests.support.catalog import VISUAL_TILE
from tests.support.connection import items_of_tile
from tests.support.links import shows_no_link_secret

KEYS = ["red", "visual", "footprint"]


@pytest.fixture
def item(client: EarthPlatformClient) -> dict[str, Any]:
    """An item whose assets give file:size and file:checksum."""
    return items_of_tile(client, VISUAL_TILE, 1)[0]


def served_file(server: StacTestServer, item: dict[str, Any], key: str) -> bytes:
    """The asset's bytes as the server has them on disk."""
    href = item["assets"][key]["href"]
    relative = href.split("://", 1)[1].split("/", 1)[1]
    return (server.catalog_dir / "assets" / relative).read_bytes()


def downloader(client: EarthPlatformClient, **kwargs: Any) -> Downloader:
    # Small chunks, so that the test files (tens of kB) come in many.
    return Downloader(
        client.asset_session, lambda refs: fresh_hrefs(client, refs), chunk_bytes=4096, **kwargs
    )


def asset_gets(server: StacTestServer) -> list[dict[str, Any]]:
    return [r for r in server.stats()["recent"] if r["class"] == "assets" and r["method"] == "GET"]


def test_the_asset_list_matches_the_item_json(item: dict[str, Any]) -> None:
    listed = {asset.key: asset for asset in item_assets(item)}
    assert list(listed) == list(item["assets"])
    for key, asset in item["assets"].items():
        info = listed[key]
        assert info.title == asset.get("title", key)
        assert info.media_type == asset.get("type", "")
        assert list(info.roles) == asset.get("roles", [])
        assert info.size == asset["file:size"]
        assert info.href == asset["alternate"]["download"]["href"]  # href is s3://
    assert listed["red"].kind == listed["visual"].kind == AssetKind.RASTER
    assert listed["footprint"].kind == AssetKind.VECTOR
    assert listed["thumbnail"].kind == listed["metadata"].kind == AssetKind.FILE
    assert (listed["red"].extension, listed["footprint"].extension) == (".tif", ".geojson")
    assert (listed["thumbnail"].extension, listed["metadata"].extension) == (".png", ".xml")


def test_three_assets_download_with_their_bytes_beside_the_item_json(
    client: EarthPlatformClient, stac_control: StacTestServer, item: dict[str, Any], tmp_path: Path
) -> None:
    heard: list[tuple[int, int | None]] = []
    plan = plan_downloads([item], KEYS, tmp_path)
    report = downloader(client, progress=lambda done, total: heard.append((done, total))).run(plan)

    folder = tmp_path / item["id"]
    assert not report.failed
    assert not report.unverified  # every checksum was checked
    for key, suffix in zip(KEYS, (".tif", ".tif", ".geojson")):
        assert (folder / f"{key}{suffix}").read_bytes() == served_file(stac_control, item, key)
    assert not list(tmp_path.rglob(f"*{PART_SUFFIX}"))
    total = sum(item["assets"][key]["file:size"] for key in KEYS)
    assert heard[-1] == (total, total)
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)

    saved = json.loads((folder / f"{item['id']}.json").read_text(encoding="utf-8"))
    assert saved["id"] == item["id"]
    assert saved["assets"]["red"]["href"] == "./red.tif"
    assert saved["assets"]["footprint"]["href"] == "./footprint.geojson"
    assert saved["assets"]["blue"] == item["assets"]["blue"]  # not downloaded: as it was
    catalog = json.loads((tmp_path / CATALOG_FILE).read_text(encoding="utf-8"))
    assert {
        "rel": "item",
        "href": f"./{item['id']}/{item['id']}.json",
        "type": "application/geo+json",
    } in catalog["links"]


def test_the_download_folder_reads_back_as_a_stac_catalog(
    client: EarthPlatformClient, stac_control: StacTestServer, item: dict[str, Any], tmp_path: Path
) -> None:
    """What a STAC reader (pystac) finds in the folder after two downloads into it: both items,
    their links resolving inside the folder, downloaded assets pointing at intact local files,
    the rest at the catalog's own links.

    Not validated against the JSON schemas: pystac carries only STAC 1.1.0's core schemas and
    fetches the rest from the network (catalog.json's STAC 1.0.0 schema, the items' ten
    extension schemas), and its validator needs the `referencing` package, which Debian's
    jsonschema 4.10 lacks. What a user relies on is checked by reading the files back instead."""
    other = items_of_tile(client, VISUAL_TILE, 2)[1]
    wanted = {item["id"]: KEYS, other["id"]: ["red"]}
    sources = {item["id"]: item, other["id"]: other}
    for source in sources.values():  # two downloads into the same folder
        report = downloader(client).run(plan_downloads([source], wanted[source["id"]], tmp_path))
        assert not report.failed

    catalog = pystac.read_file(str(tmp_path / CATALOG_FILE))
    assert isinstance(catalog, pystac.Catalog)
    assert not isinstance(catalog, pystac.Collection)
    items = list(catalog.get_items(recursive=True))
    assert sorted(read.id for read in items) == sorted(sources)
    for read in items:
        source = sources[read.id]
        assert Path(str(read.get_self_href())) == tmp_path / read.id / f"{read.id}.json"
        assert read.collection_id == source["collection"]
        assert read.geometry == source["geometry"]
        assert read.properties["datetime"] == source["properties"]["datetime"]
        for rel in ("root", "parent"):  # read from the folder, not from the remote catalog
            link = read.get_single_link(rel)
            assert link is not None
            assert Path(link.get_absolute_href() or "") == tmp_path / CATALOG_FILE
        parent = read.get_parent()
        assert parent is not None
        assert parent.id == catalog.id
        assert set(read.assets) == set(source["assets"])
        for key, asset in read.assets.items():
            if key not in wanted[read.id]:
                assert asset.href == source["assets"][key]["href"]  # not downloaded: as it was
                continue
            path = Path(str(asset.get_absolute_href()))
            assert path.parent == tmp_path / read.id
            assert path.is_file()
            data = path.read_bytes()
            assert len(data) == asset.extra_fields["file:size"]
            assert data == served_file(stac_control, source, key)
            checksum = asset.extra_fields["file:checksum"]
            assert checksum[:4] == "1220"  # a multihash of SHA-256
            assert hashlib.sha256(data).hexdigest() == checksum[4:]


def test_complete_files_are_skipped_on_a_second_run(
    client: EarthPlatformClient, stac_control: StacTestServer, item: dict[str, Any], tmp_path: Path
) -> None:
    plan = plan_downloads([item], KEYS, tmp_path)
    downloader(client).run(plan)
    stac_control.reset_stats()
    report = downloader(client).run(plan_downloads([item], KEYS, tmp_path))
    assert [file.ref.asset for file in report.present] == KEYS
    assert report.written == []
    assert asset_gets(stac_control) == []


def test_a_download_killed_halfway_resumes_with_a_range_request(
    client: EarthPlatformClient, stac_control: StacTestServer, item: dict[str, Any], tmp_path: Path
) -> None:
    size = item["assets"]["visual"]["file:size"]
    plan = plan_downloads([item], ["visual"], tmp_path)
    done: list[int] = []
    first = downloader(
        client,
        progress=lambda count, _total: done.append(count),
        cancelled=lambda: bool(done) and done[-1] >= size // 2,
    )
    with pytest.raises(CancelledError):
        first.run(plan)
    target = tmp_path / item["id"] / "visual.tif"
    part = target.with_name(target.name + PART_SUFFIX)
    assert not target.exists()  # never a truncated file under the final name
    kept = part.stat().st_size
    assert size // 2 <= kept < size

    stac_control.reset_stats()
    report = downloader(client).run(plan_downloads([item], ["visual"], tmp_path))
    assert [file.ref.asset for file in report.written] == ["visual"]
    assert target.read_bytes() == served_file(stac_control, item, "visual")
    assert not part.exists()
    gets = asset_gets(stac_control)
    assert [(r["range"], r["status"]) for r in gets] == [(f"bytes={kept}-", 206)]
    assert gets[0]["bytes"] == size - kept  # only the missing part came again


# cut: the connection breaks off halfway; truncate: half the file with a Content-Length that
# says half, so only the item's file:size tells it is short.
@pytest.mark.parametrize("fault", ["cut", "truncate"])
def test_a_reply_that_ends_halfway_is_resumed_where_it_stopped(
    client: EarthPlatformClient,
    stac_control: StacTestServer,
    item: dict[str, Any],
    tmp_path: Path,
    fault: str,
) -> None:
    href = item["assets"]["visual"]["alternate"]["download"]["href"]
    stac_control.inject_fault(path=urlsplit(href).path, action=fault)
    report = downloader(client).run(plan_downloads([item], ["visual"], tmp_path))
    assert not report.failed
    target = tmp_path / item["id"] / "visual.tif"
    assert target.read_bytes() == served_file(stac_control, item, "visual")
    ranges = [r["range"] for r in asset_gets(stac_control)]
    assert ranges[0] is None
    assert ranges[1].startswith("bytes=")
    assert ranges[1] != "bytes=0-"
    assert report.bytes == item["assets"]["visual"]["file:size"]  # each byte once


def test_an_expired_asset_link_is_renewed(
    client: EarthPlatformClient, stac_control: StacTestServer, tmp_path: Path
) -> None:
    stac_control.configure(signed_url_lifetime=-60)  # links in answers are expired already
    stale = items_of_tile(client, VISUAL_TILE, 1)[0]
    stac_control.reset_config()
    stac_control.reset_stats()
    report = downloader(client).run(plan_downloads([stale], ["red"], tmp_path))
    assert not report.failed
    statuses = [r["status"] for r in asset_gets(stac_control)]
    assert statuses == [403, 200]  # refused, then the new link from the catalog worked
    assert (tmp_path / stale["id"] / "red.tif").read_bytes() == served_file(
        stac_control, stale, "red"
    )


def test_bytes_that_do_not_match_the_checksum_are_not_kept(
    client: EarthPlatformClient, item: dict[str, Any], tmp_path: Path
) -> None:
    tampered = copy.deepcopy(item)
    checksum = tampered["assets"]["red"]["file:checksum"]
    tampered["assets"]["red"]["file:checksum"] = checksum[:-4] + "0000"
    report = downloader(client).run(plan_downloads([tampered], ["red", "visual"], tmp_path))
    assert [(file.ref.asset, "checksum" in why) for file, why in report.failed] == [("red", True)]
    assert [file.ref.asset for file in report.written] == ["visual"]  # the rest goes on
    assert not (tmp_path / item["id"] / "red.tif").exists()
    assert not list(tmp_path.rglob(f"*{PART_SUFFIX}"))


def test_a_missing_asset_is_reported_and_names_are_safe(tmp_path: Path) -> None:
    item_id = 'a/b:c*"?'
    item = {
        "id": item_id,
        "collection": "c",
        "assets": {"data": {"href": "https://h/x.tif", "type": "image/tiff"}},
    }
    plan = plan_downloads([item], ["data", "nope"], tmp_path)
    assert plan.missing == ["a/b:c*\"? has no asset 'nope'"]
    assert [file.path for file in plan.files] == [tmp_path / "a_b_c___" / "data.tif"]
    assert plan.files[0].ref == AssetRef("c", item_id, "data")
    assert safe_name("..") == "_"


def test_checksums_of_unknown_hash_functions_are_not_judged(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"abc")
    sha256 = "1220ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert checksum_matches(path, sha256) is True
    assert checksum_matches(path, sha256[:-2] + "00") is False
    assert checksum_matches(path, "b2201220" + "00" * 32) is None  # blake2b-256: not computed
    assert checksum_matches(path, "zz") is None


def test_an_unreachable_vector_asset_is_a_problem_not_a_crash(
    client: EarthPlatformClient, item: dict[str, Any]
) -> None:
    footprint = next(asset for asset in item_assets(item) if asset.key == "footprint")
    href = str(footprint.href).replace(".geojson", "-gone.geojson")
    layer = asset_layer(item["id"], dataclasses.replace(footprint, href=href))
    problem = layer_problem(layer, "The footprint", (href,))
    assert problem is not None
    assert problem.startswith("The footprint cannot be opened: ")
    assert shows_no_link_secret(problem)


def test_a_folder_that_cannot_be_written_is_a_problem_not_a_crash(
    client: EarthPlatformClient, item: dict[str, Any], tmp_path: Path
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    report = downloader(client).run(plan_downloads([item], ["red"], blocked))
    assert [file.ref.asset for file, _ in report.failed] == ["red"]
    assert "cannot write the file" in report.failed[0][1]
    assert report.problems[0].startswith("The items' JSON was not saved: cannot write the file")


@pytest.mark.parametrize(
    "alternate", [{"download": "https://h/x.tif"}, ["https://h/x.tif"], "https://h/x.tif", None]
)
def test_odd_alternate_links_mean_no_readable_link_not_a_crash(alternate: Any) -> None:
    item = {"id": "X", "assets": {"data": {"href": "s3://b/x.tif", "alternate": alternate}}}
    (asset,) = item_assets(item)
    assert asset.href is None
