"""The test STAC API behaves like EarthPlatform: auth, search, signed assets, faults, counters."""

from __future__ import annotations

import calendar
import hashlib
import http.client
import json
import time
from collections import Counter
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from osgeo import gdal, ogr
from pystac_client import Client
from pystac_client.exceptions import APIError

from devserver.catalog import FILE_EXTENSION, L2A
from devserver.harness import StacTestServer
from devserver.presign import signature

PLACEHOLDER = "https://assets.earthplatform.test/"


def catalog_items(server: StacTestServer) -> list[dict[str, Any]]:
    """Every item of the served catalog, as loaded."""
    lines = (server.catalog_dir / "items.ndjson").read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def when(item: dict[str, Any]) -> datetime:
    """An item's datetime."""
    return datetime.fromisoformat(item["properties"]["datetime"].replace("Z", "+00:00"))


def local_cog(server: StacTestServer) -> tuple[dict[str, Any], str, str]:
    """(item, asset key, path relative to assets/) of an asset whose COG exists in the catalog."""
    for item in catalog_items(server):
        for key, asset in item["assets"].items():
            href = asset.get("alternate", {}).get("download", {}).get("href", "")
            rel = href.removeprefix(PLACEHOLDER)
            if (
                href.startswith(PLACEHOLDER)
                and rel.endswith(".tif")
                and (server.catalog_dir / "assets" / rel).is_file()
            ):
                return item, key, rel
    raise AssertionError("catalog has no local COG asset")


@pytest.fixture
def auth(stac_control: StacTestServer) -> dict[str, str]:
    """Authorization header with a fresh token."""
    return {"Authorization": f"Bearer {stac_control.token()}"}


def test_token_exchange_issues_bearer_token(stac_control: StacTestServer) -> None:
    response = requests.post(
        stac_control.token_url,
        data={"grant_type": "client_credentials"},
        auth=(stac_control.client_id, stac_control.client_secret),
        timeout=10,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == stac_control.token_lifetime
    assert len(body["access_token"]) >= 20


def test_token_exchange_rejects_bad_credentials_and_grant(stac_control: StacTestServer) -> None:
    url, client = stac_control.token_url, stac_control.client_id
    wrong = requests.post(
        url, data={"grant_type": "client_credentials"}, auth=(client, "nope"), timeout=10
    )
    assert (wrong.status_code, wrong.json()) == (401, {"message": "Unauthorized"})
    grant = requests.post(
        url, data={"grant_type": "password"}, auth=(client, stac_control.client_secret), timeout=10
    )
    assert grant.status_code == 400


def test_stac_requires_a_known_token(stac_control: StacTestServer) -> None:
    for headers in ({}, {"Authorization": "Bearer not-a-token"}):
        response = requests.get(stac_control.api_url, headers=headers, timeout=10)
        assert (response.status_code, response.json()) == (401, {"message": "Unauthorized"})


def test_expired_token_is_forbidden_and_a_new_one_works(stac_control: StacTestServer) -> None:
    assert stac_control.configure(token_lifetime=5)["token_lifetime"] == 5
    minted = requests.post(
        stac_control.token_url,
        data={"grant_type": "client_credentials"},
        auth=(stac_control.client_id, stac_control.client_secret),
        timeout=10,
    ).json()
    assert minted["expires_in"] == 5
    headers = {"Authorization": f"Bearer {minted['access_token']}"}
    assert requests.get(stac_control.api_url, headers=headers, timeout=10).status_code == 200
    stac_control.revoke_tokens()
    expired = requests.get(stac_control.api_url, headers=headers, timeout=10)
    assert (expired.status_code, expired.json()) == (403, {"message": "Forbidden"})
    fresh = {"Authorization": f"Bearer {stac_control.token()}"}
    assert requests.get(stac_control.api_url, headers=fresh, timeout=10).status_code == 200


def test_links_and_asset_urls_use_the_host_the_client_connected_to(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    landing = requests.get(stac_control.api_url, headers=auth, timeout=10).json()
    links = {link["rel"]: link["href"] for link in landing["links"]}
    assert links["root"].rstrip("/") == stac_control.api_url
    assert links["search"] == stac_control.api_url + "/search"
    item, key, rel = local_cog(stac_control)
    url = f"{stac_control.api_url}/collections/{item['collection']}/items/{item['id']}"
    host = f"localhost:{stac_control.port}"
    body = requests.get(url, headers={**auth, "Host": host}, timeout=10).json()
    assert body["links"][0]["href"].startswith(f"http://{host}/platform/v1/stac/")
    assert body["assets"][key]["alternate"]["download"]["href"] == f"http://{host}/assets/{rel}"


def test_pystac_client_lists_collections(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    expected = {
        c["id"] for c in json.loads((stac_control.catalog_dir / "collections.json").read_text())
    }
    client = Client.open(stac_control.api_url, headers=auth)
    assert {collection.id for collection in client.get_collections()} == expected


def test_filtered_search_returns_exactly_the_matching_items_sorted(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    items = catalog_items(stac_control)
    collection = Counter(item["collection"] for item in items).most_common(1)[0][0]
    in_collection = sorted((i for i in items if i["collection"] == collection), key=when)
    start, end = when(in_collection[len(in_collection) // 4]), when(in_collection[-1])
    clear = [
        i
        for i in in_collection
        if start <= when(i) <= end and i["properties"]["eo:cloud_cover"] < 10
    ]
    assert clear, "catalog needs a clear item in the last three quarters of its dates"
    # A small box inside one clear item's footprint.
    x, y = (
        ogr.CreateGeometryFromJson(json.dumps(clear[0]["geometry"])).PointOnSurface().GetPoint_2D()
    )
    box = {
        "type": "Polygon",
        "coordinates": [
            [
                [x - 0.01, y - 0.01],
                [x + 0.01, y - 0.01],
                [x + 0.01, y + 0.01],
                [x - 0.01, y + 0.01],
                [x - 0.01, y - 0.01],
            ]
        ],
    }
    box_geometry = ogr.CreateGeometryFromJson(json.dumps(box))
    expected = {
        i["id"]
        for i in clear
        if ogr.CreateGeometryFromJson(json.dumps(i["geometry"])).Intersects(box_geometry)
    }
    search = Client.open(stac_control.api_url, headers=auth).search(
        collections=[collection],
        datetime=(start, end),
        intersects=box,
        query={"eo:cloud_cover": {"lt": 10}},
        sortby=[{"field": "properties.eo:cloud_cover", "direction": "desc"}],
        limit=100,
    )
    found = list(search.items_as_dicts())
    assert {item["id"] for item in found} == expected
    clouds = [item["properties"]["eo:cloud_cover"] for item in found]
    assert clouds == sorted(clouds, reverse=True)
    assert search.matched() == len(expected)


def test_cloud_cover_filters_and_sorts_numerically(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    items = catalog_items(stac_control)
    collection = Counter(item["collection"] for item in items).most_common(1)[0][0]
    expected = {
        i["id"]
        for i in items
        if i["collection"] == collection and 5 <= i["properties"]["eo:cloud_cover"] <= 20
    }
    search = Client.open(stac_control.api_url, headers=auth).search(
        collections=[collection],
        query={"eo:cloud_cover": {"gte": 5, "lte": 20}},
        sortby=[{"field": "properties.eo:cloud_cover", "direction": "asc"}],
        limit=100,
    )
    found = list(search.items_as_dicts())
    assert {item["id"] for item in found} == expected
    clouds = [item["properties"]["eo:cloud_cover"] for item in found]
    assert clouds == sorted(clouds)
    assert clouds[0] < 10 <= clouds[-1], (
        "catalog needs cloud covers between 5 and 20 on both sides of 10"
    )


def test_paging_follows_next_links_to_the_exact_total(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    items = catalog_items(stac_control)
    collection = Counter(item["collection"] for item in items).most_common(1)[0][0]
    expected = {item["id"] for item in items if item["collection"] == collection}
    limit = max(1, len(expected) // 3)
    search = Client.open(stac_control.api_url, headers=auth).search(
        collections=[collection], limit=limit
    )
    pages = [page["features"] for page in search.pages_as_dicts()]
    found = [item["id"] for page in pages for item in page]
    assert sorted(found) == sorted(expected)
    assert len(pages) >= 3
    assert all(len(page) == limit for page in pages[:-1])
    assert search.matched() == len(expected)


def fetch_asset_href(server: StacTestServer, auth: dict[str, str], signed: bool) -> str:
    """The download href of the local COG asset as the STAC API returns it."""
    item, key, _ = local_cog(server)
    headers = {**auth, "X-Signed-Asset-Urls": "True"} if signed else auth
    url = f"{server.api_url}/collections/{item['collection']}/items/{item['id']}"
    response = requests.get(url, headers=headers, timeout=10)
    assert response.status_code == 200
    assert len(response.content) == int(response.headers["Content-Length"])
    return str(response.json()["assets"][key]["alternate"]["download"]["href"])


def test_asset_urls_are_signed_only_on_request(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    _, _, rel = local_cog(stac_control)
    unsigned = fetch_asset_href(stac_control, auth, signed=False)
    assert unsigned == f"{stac_control.base_url}/assets/{rel}"
    assert requests.get(unsigned, timeout=10).status_code == 403
    signed = fetch_asset_href(stac_control, auth, signed=True)
    query = {key: value[0] for key, value in parse_qs(urlsplit(signed).query).items()}
    assert list(query) == [
        "X-Amz-Algorithm",
        "X-Amz-Credential",
        "X-Amz-Date",
        "X-Amz-Expires",
        "X-Amz-SignedHeaders",
        "X-Amz-Signature",
    ]
    signed_at = calendar.timegm(time.strptime(query["X-Amz-Date"], "%Y%m%dT%H%M%SZ"))
    assert abs(signed_at - time.time()) < 60
    assert query["X-Amz-Expires"] == str(12 * 3600)
    assert query["X-Amz-Credential"].endswith(
        f"/{query['X-Amz-Date'][:8]}/us-east-1/s3/aws4_request"
    )
    response = requests.get(signed, timeout=10)
    assert response.status_code == 200
    assert response.content == (stac_control.catalog_dir / "assets" / rel).read_bytes()
    # As with S3, a URL presigned for GET is not valid for HEAD.
    assert requests.head(signed, timeout=10).status_code == 403


def test_tampered_and_expired_signatures_are_forbidden(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    signed = fetch_asset_href(stac_control, auth, signed=True)
    tampered = signed[:-1] + ("0" if signed[-1] != "0" else "1")
    assert (
        requests.get(tampered, timeout=10).status_code,
        requests.get(tampered, timeout=10).json(),
    ) == (
        403,
        {"message": "Forbidden"},
    )
    longer = signed.replace(f"X-Amz-Expires={12 * 3600}", "X-Amz-Expires=604800")
    assert longer != signed
    assert requests.get(longer, timeout=10).status_code == 403
    other_host = signed.replace("127.0.0.1", "localhost")
    assert requests.get(other_host, timeout=10).status_code == 403
    stac_control.configure(signed_url_lifetime=-60)
    expired = fetch_asset_href(stac_control, auth, signed=True)
    query = parse_qs(urlsplit(expired).query)
    signed_at = calendar.timegm(time.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ"))
    assert signed_at + int(query["X-Amz-Expires"][0]) < time.time()
    assert requests.get(expired, timeout=10).status_code == 403


def test_path_traversal_is_refused_even_when_signed(stac_control: StacTestServer) -> None:
    expires = int(time.time()) + 600
    _, _, rel = local_cog(stac_control)
    assert requests.get(stac_control.signed_asset_url(rel, expires), timeout=10).status_code == 200
    outside = stac_control.signed_asset_url("../items.ndjson", expires)
    connection = http.client.HTTPConnection(
        "127.0.0.1", int(urlsplit(outside).port or 0), timeout=10
    )
    # http.client sends the path verbatim, unlike clients that normalise dot segments.
    connection.request("GET", outside.removeprefix(stac_control.base_url))
    assert connection.getresponse().status == 403
    connection.close()


def test_range_requests(stac_control: StacTestServer) -> None:
    _, _, rel = local_cog(stac_control)
    content = (stac_control.catalog_dir / "assets" / rel).read_bytes()
    size = len(content)
    url = stac_control.signed_asset_url(rel, int(time.time()) + 600)
    cases = {
        "bytes=0-99": (0, 99),
        "bytes=100-": (100, size - 1),
        "bytes=-10": (size - 10, size - 1),
    }
    for header, (first, last) in cases.items():
        response = requests.get(url, headers={"Range": header}, timeout=10)
        assert response.status_code == 206
        assert response.headers["Content-Range"] == f"bytes {first}-{last}/{size}"
        assert response.content == content[first : last + 1]
    unsatisfiable = requests.get(url, headers={"Range": f"bytes={size}-"}, timeout=10)
    assert (unsatisfiable.status_code, unsatisfiable.headers["Content-Range"]) == (
        416,
        f"bytes */{size}",
    )


def test_gdal_reads_a_signed_cog_over_vsicurl(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    _, _, rel = local_cog(stac_control)
    signed = fetch_asset_href(stac_control, auth, signed=True)
    gdal.VSICurlClearCache()
    remote = gdal.Open("/vsicurl/" + signed)
    local = gdal.Open(str(stac_control.catalog_dir / "assets" / rel))
    assert remote is not None
    x, y = remote.RasterXSize // 2, remote.RasterYSize // 2
    assert remote.ReadRaster(x, y, 1, 1) == local.ReadRaster(x, y, 1, 1)
    assert any(
        entry["status"] == 206
        for entry in stac_control.stats()["recent"]
        if entry["class"] == "assets"
    )


def test_rate_limit_fault_then_recovery(stac_control: StacTestServer, auth: dict[str, str]) -> None:
    search = stac_control.api_url + "/search"
    stac_control.inject_fault(
        path="/platform/v1/stac/search", method="POST", action="status", status=429, retry_after=1
    )
    assert requests.get(search, headers=auth, timeout=10).status_code == 200
    limited = requests.post(search, json={"limit": 1}, headers=auth, timeout=10)
    assert (limited.status_code, limited.headers["Retry-After"]) == (429, "1")
    assert requests.post(search, json={"limit": 1}, headers=auth, timeout=10).status_code == 200


def test_truncated_and_wrong_shape_responses(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    url = stac_control.api_url + "/collections"
    whole = requests.get(url, headers=auth, timeout=10).content
    stac_control.inject_fault(path="/platform/v1/stac/collections", action="truncate")
    cut = requests.get(url, headers=auth, timeout=10)
    assert cut.status_code == 200
    assert cut.content == whole[: len(whole) // 2]
    with pytest.raises(json.JSONDecodeError):
        json.loads(cut.content)
    stac_control.inject_fault(path="/platform/v1/stac/search", action="not_featurecollection")
    odd = requests.post(stac_control.api_url + "/search", json={}, headers=auth, timeout=10)
    assert odd.status_code == 200
    assert odd.json().get("type") != "FeatureCollection"


def test_hang_answers_504_after_its_bound(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    stac_control.inject_fault(path="/platform/v1/stac/search", action="hang", seconds=0.3)
    began = time.monotonic()
    response = requests.post(stac_control.api_url + "/search", json={}, headers=auth, timeout=10)
    assert response.status_code == 504
    assert time.monotonic() - began >= 0.3


def test_fault_after_n_requests_fails_page_three(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    stac_control.inject_fault(
        path="/platform/v1/stac/search*", action="status", status=500, after=2
    )
    search = Client.open(stac_control.api_url, headers=auth).search(limit=1)
    pages = search.pages_as_dicts()
    assert [len(next(pages)["features"]) for _ in range(2)] == [1, 1]
    with pytest.raises(APIError):
        next(pages)
    statuses = [
        e["status"] for e in stac_control.stats()["recent"] if e["path"].endswith("/search")
    ]
    assert statuses == [200, 200, 500]


def test_counters_count_requests_bytes_and_ranges(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    for _ in range(3):
        requests.get(stac_control.api_url + "/collections", headers=auth, timeout=10)
    _, _, rel = local_cog(stac_control)
    url = stac_control.signed_asset_url(rel, int(time.time()) + 600)
    requests.get(url, headers={"Range": "bytes=0-99"}, timeout=10)
    stats = stac_control.stats()
    assert stats["classes"]["stac"]["requests"] == 3
    assert stats["classes"]["auth"]["requests"] == 1
    assert stats["classes"]["assets"] == {"requests": 1, "bytes": 100}
    assert stats["paths"]["GET /platform/v1/stac/collections"] == 3
    assert stats["recent"][-1]["range"] == "bytes=0-99"
    stac_control.reset_stats()
    assert stac_control.stats()["classes"]["stac"]["requests"] == 0


def test_31tdj_items_file_fields_match_the_served_files(
    stac_control: StacTestServer, auth: dict[str, str]
) -> None:
    headers = {**auth, "X-Signed-Asset-Urls": "True"}
    search = requests.post(
        stac_control.api_url + "/search",
        json={
            "collections": [L2A],
            "filter-lang": "cql2-json",
            "filter": {"op": "=", "args": [{"property": "grid:code"}, "MGRS-31TDJ"]},
            "limit": 100,
        },
        headers=headers,
        timeout=10,
    )
    assert search.status_code == 200
    features = search.json()["features"]
    assert len(features) == 34
    item = features[0]
    assert FILE_EXTENSION in item["stac_extensions"]
    assert set(item["assets"]) == {
        "red",
        "green",
        "blue",
        "scl",
        "thumbnail",
        "visual",
        "footprint",
        "metadata",
    }
    for key, asset in item["assets"].items():
        response = requests.get(asset["alternate"]["download"]["href"], timeout=10)
        assert response.status_code == 200, key
        assert (
            int(response.headers["Content-Length"]) == asset["file:size"] == len(response.content)
        )
        digest = "1220" + hashlib.sha256(response.content).hexdigest()
        assert digest == asset["file:checksum"], key
    other = next(i for i in catalog_items(stac_control) if "_31TCJ_" in i["id"])
    url = f"{stac_control.api_url}/collections/{L2A}/items/{other['id']}"
    served = requests.get(url, headers=auth, timeout=10).json()
    assert not {"visual", "footprint", "metadata"} & set(served["assets"])
    assert not any("file:checksum" in asset for asset in served["assets"].values())
    assert FILE_EXTENSION not in served["stac_extensions"]


def test_cut_drops_a_download_halfway(stac_control: StacTestServer) -> None:
    rel = "sentinel-2-l2a/31TDJ/TCI.tif"
    content = (stac_control.catalog_dir / "assets" / rel).read_bytes()
    url = stac_control.signed_asset_url(rel, int(time.time()) + 600)
    stac_control.inject_fault(path="/assets/" + rel, action="cut", count=2)
    with requests.get(url, stream=True, timeout=10) as response:
        assert response.status_code == 200
        assert int(response.headers["Content-Length"]) == len(content)
        received = bytearray()

        def read_all() -> None:
            for chunk in response.iter_content(chunk_size=4096):
                received.extend(chunk)

        with pytest.raises(
            (
                requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ConnectionError,
                http.client.IncompleteRead,
            )
        ):
            read_all()
    assert bytes(received) == content[: len(received)]
    assert len(received) <= len(content) // 2
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        requests.get(url, timeout=10)  # .content is read before returning: same error
    whole = requests.get(url, timeout=10)  # the rule's two cuts are spent
    assert (whole.status_code, whole.content) == (200, content)
    recent = [e for e in stac_control.stats()["recent"] if e["class"] == "assets"]
    assert [e["bytes"] for e in recent] == [len(content) // 2] * 2 + [len(content)]


def test_presigned_urls_are_signed_as_aws_documents() -> None:
    # The example of AWS's "Authenticating Requests: Using Query Parameters (AWS Signature
    # Version 4)", with the signature it gives.
    query = [
        ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
        ("X-Amz-Credential", "AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request"),
        ("X-Amz-Date", "20130524T000000Z"),
        ("X-Amz-Expires", "86400"),
        ("X-Amz-SignedHeaders", "host"),
    ]
    secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    assert signature(secret, "GET", "/test.txt", "examplebucket.s3.amazonaws.com", query) == (
        "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
    )
