"""The plugin goes out as QGIS is configured: through the proxy of QGIS's network options (its
exclusions, its credentials, the system's proxy) and trusting the authorities added to QGIS's
Authentication Manager; searches, tokens and GDAL's mask reads alike.

Real parts: tinyproxy (Debian's) logs every request it passes on; the test STAC API is served
again on 127.0.0.2 (so GDAL's reads are not taken for the loopback relay's), and over HTTPS with
a certificate signed by a private authority made with openssl.
"""

from __future__ import annotations

import importlib.util
import json
import ssl
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsAuthCertUtils,
    QgsAuthConfigSslServer,
    QgsAuthMethodConfig,
    QgsNetworkAccessManager,
    QgsProject,
    QgsSettings,
)
from qgis.PyQt.QtNetwork import QNetworkProxy, QNetworkProxyFactory, QSslCertificate, QSslError

from devserver.harness import STAC_PREFIX, TOKEN_PATH, StacTestServer
from earthplatform_qgis.map.fields import fields_of_layer
from earthplatform_qgis.network import client_for, qgis_network
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection
from earthplatform_qgis.stac.errors import EarthPlatformError
from earthplatform_qgis.tasks.clearsky import compute_clear_sky
from tests.support.connection import items_of_tile
from tests.support.fields import named_layer
from tests.support.network import Proxy, by_route, private_ca, self_signed_certificate

# tinyproxy takes letters and digits alone.
USER, PASSWORD = "ana", "s3cret"
TILE = "31TCJ"


@pytest.fixture(scope="module")
def plain_api(stac_server: StacTestServer) -> str:
    """Base URL of the test catalog served on 127.0.0.2 too."""
    return stac_server.serve_also("127.0.0.2")


@pytest.fixture
def proxy(tmp_path: Path) -> Iterator[Proxy]:
    running = Proxy(tmp_path, USER, PASSWORD)
    yield running
    running.stop()


@pytest.fixture
def qgis_proxy(qgis_app: Any) -> Iterator[Any]:
    """Sets QGIS's proxy options as its Options dialog saves them; all gone afterwards."""
    manager = QgsNetworkAccessManager.instance()

    def configure(**values: Any) -> None:
        settings = QgsSettings()
        for key, value in values.items():
            settings.setValue(f"proxy/{key}", value)
        manager.setupDefaultProxyAndCache()

    yield configure
    QgsSettings().remove("proxy")
    manager.setupDefaultProxyAndCache()
    manager.setFallbackProxyAndExcludes(QNetworkProxy(QNetworkProxy.ProxyType.NoProxy), [], [])
    QNetworkProxyFactory.setUseSystemConfiguration(False)  # the system proxy's setting undone
    qgis_network()  # the relay and GDAL back to going direct


def http_proxy(proxy: Proxy) -> dict[str, Any]:
    """QGIS's options for proxy as its HTTP proxy, without credentials."""
    return {
        "proxyEnabled": True,
        "proxyType": "HttpProxy",
        "proxyHost": "127.0.0.1",
        "proxyPort": str(proxy.port),
    }


def connect_to(server: StacTestServer, base_url: str) -> EarthPlatformClient:
    """The plugin's client of the catalog at base_url, made as the dock makes it."""
    credentials = Credentials(server.client_id, server.client_secret)
    return client_for(
        Connection(base_url + STAC_PREFIX, base_url + TOKEN_PATH, credentials, "test")
    )


def search_and_count(client: EarthPlatformClient) -> list[Any]:
    """A search, then the clear sky of a field in the masks of two items (read by GDAL)."""
    # Links signed within the same second as another test's are the same URLs: GDAL would
    # answer them from its cache, without a request.
    gdal.VSICurlClearCache()
    items = items_of_tile(client, TILE, 2)
    ring = items[0]["geometry"]["coordinates"][0]
    x = sum(point[0] for point in ring[:-1]) / (len(ring) - 1)
    y = sum(point[1] for point in ring[:-1]) / (len(ring) - 1)
    box = f"POLYGON(({x} {y}, {x + 0.02} {y}, {x + 0.02} {y + 0.02}, {x} {y + 0.02}, {x} {y}))"
    layer = named_layer("fields", "Polygon?crs=EPSG:4326", {"field": box})
    fieldset = fields_of_layer(layer, selected_only=False, id_attribute="name")
    context = QgsProject.instance().transformContext()
    rows = compute_clear_sky(client, items, fieldset, context).rows
    client.close()
    return rows


def assert_counted(rows: list[Any]) -> None:
    """Every row has its figures: the masks were read."""
    assert rows
    assert all(row.sky is not None for row in rows), [row.note for row in rows]


def server_counts(base_url: str, authority: Path | None = None) -> Counter[str]:
    """The requests the test server at base_url answered, by route class."""
    context = ssl.create_default_context(cafile=str(authority)) if authority else None
    url = f"{base_url}/_control/stats"
    with urllib.request.urlopen(url, timeout=10, context=context) as response:
        classes = json.load(response)["classes"]
    return Counter({kind: classes[kind]["requests"] for kind in ("auth", "stac", "assets")})


def test_searches_tokens_and_mask_reads_all_go_through_the_proxy_set_in_qgis(
    stac_server: StacTestServer, plain_api: str, proxy: Proxy, qgis_proxy: Any
) -> None:
    qgis_proxy(
        **http_proxy(proxy),
        proxyUser=USER,
        proxyPassword=PASSWORD,
    )
    before = server_counts(plain_api)
    rows = search_and_count(connect_to(stac_server, plain_api))
    assert_counted(rows)
    answered = server_counts(plain_api) - before
    passed = by_route(proxy.passed(), plain_api)
    assert all(answered[kind] for kind in ("auth", "stac", "assets")), answered
    # Every request the server answered came through the proxy: GDAL's reads too.
    assert passed == answered


def test_proxy_credentials_kept_in_qgis_authentication_database_are_used(
    stac_server: StacTestServer, plain_api: str, proxy: Proxy, qgis_proxy: Any
) -> None:
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("test-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("company proxy")
    config.setConfig("username", USER)
    config.setConfig("password", PASSWORD)
    assert manager.storeAuthenticationConfig(config)[0]
    try:
        qgis_proxy(
            **http_proxy(proxy),
            authcfg=config.id(),
        )
        client = connect_to(stac_server, plain_api)
        assert items_of_tile(client, TILE, 1)
        client.close()
    finally:
        manager.removeAuthenticationConfig(config.id())
    assert by_route(proxy.passed(), plain_api) == Counter({"auth": 1, "stac": 1})


@pytest.mark.parametrize("listed_in", ["noProxyUrls", "proxyExcludedUrls"])
def test_a_server_listed_as_reached_without_proxy_is_reached_directly(
    stac_server: StacTestServer, plain_api: str, proxy: Proxy, qgis_proxy: Any, listed_in: str
) -> None:
    qgis_proxy(
        **http_proxy(proxy),
        proxyUser=USER,
        proxyPassword=PASSWORD,
        **{listed_in: [plain_api]},
    )
    rows = search_and_count(connect_to(stac_server, plain_api))
    assert_counted(rows)
    assert by_route(proxy.passed(), plain_api) == Counter()


@pytest.fixture
def proxy_in_environment(proxy: Proxy, monkeypatch: pytest.MonkeyPatch) -> Proxy:
    """The proxy named as the system's: in http_proxy and https_proxy."""
    for name in ("http_proxy", "https_proxy"):
        monkeypatch.setenv(name, f"http://{USER}:{PASSWORD}@127.0.0.1:{proxy.port}")
    return proxy


def test_no_proxy_in_qgis_means_direct_whatever_the_environment_says(
    stac_server: StacTestServer, plain_api: str, proxy_in_environment: Proxy, qgis_proxy: Any
) -> None:
    proxy = proxy_in_environment
    qgis_proxy(proxyEnabled=False)
    rows = search_and_count(connect_to(stac_server, plain_api))
    assert_counted(rows)
    assert proxy.passed() == []


def test_the_system_proxy_is_used_where_qgis_is_told_to(
    stac_server: StacTestServer, plain_api: str, proxy_in_environment: Proxy, qgis_proxy: Any
) -> None:
    proxy = proxy_in_environment
    qgis_proxy(proxyEnabled=True, proxyType="DefaultProxy")
    rows = search_and_count(connect_to(stac_server, plain_api))
    assert_counted(rows)
    passed = by_route(proxy.passed(), plain_api)
    assert all(passed[kind] for kind in ("auth", "stac", "assets")), passed


def test_a_proxy_asking_for_a_password_qgis_lacks_is_said_so(
    stac_server: StacTestServer, plain_api: str, proxy: Proxy, qgis_proxy: Any
) -> None:
    qgis_proxy(**http_proxy(proxy))
    client = connect_to(stac_server, plain_api)
    with pytest.raises(EarthPlatformError, match="network options asks for a user name"):
        items_of_tile(client, TILE, 1)
    client.close()


def test_a_socks_proxy_without_pysocks_is_said_so(
    stac_server: StacTestServer, plain_api: str, proxy: Proxy, qgis_proxy: Any
) -> None:
    if importlib.util.find_spec("socks") is not None:
        pytest.skip("PySocks is installed here: requests speaks SOCKS5")
    qgis_proxy(**{**http_proxy(proxy), "proxyType": "Socks5Proxy"})
    client = connect_to(stac_server, plain_api)
    with pytest.raises(EarthPlatformError, match="SOCKS5 proxy, which needs the Python package"):
        items_of_tile(client, TILE, 1)
    client.close()
    assert proxy.passed() == []


@pytest.fixture(scope="module")
def private_api(stac_server: StacTestServer, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """(base URL, authority certificate) of the catalog over HTTPS on 127.0.0.3, its
    certificate signed by an authority no one trusts yet."""
    authority, chain, key = private_ca(tmp_path_factory.mktemp("ca"), "127.0.0.3")
    return stac_server.serve_also("127.0.0.3", (chain, key)), authority


@pytest.fixture
def trusted_in_qgis(qgis_app: Any) -> Iterator[Any]:
    """Adds an authority to QGIS's Authentication Manager, as its Certificate Manager does;
    removed afterwards."""
    manager = QgsApplication.authManager()
    added: list[QSslCertificate] = []

    def trust(pem: Path) -> None:
        [certificate] = QSslCertificate.fromPath(str(pem))
        assert manager.storeCertAuthority(certificate)
        added.append(certificate)
        manager.rebuildCaCertsCache()
        manager.rebuildTrustedCaCertsCache()

    yield trust
    for certificate in added:
        manager.removeCertAuthority(certificate)
    manager.rebuildCaCertsCache()
    manager.rebuildTrustedCaCertsCache()
    qgis_network()  # GDAL back to its own authorities


def test_a_server_signed_by_an_authority_qgis_does_not_trust_is_refused_in_words(
    stac_server: StacTestServer, private_api: Any
) -> None:
    base_url, _ = private_api
    before = server_counts(*private_api)
    client = connect_to(stac_server, base_url)
    with pytest.raises(EarthPlatformError, match="certificate could not be verified") as refused:
        items_of_tile(client, TILE, 1)
    client.close()
    assert "Authentication Manager" in str(refused.value)
    # Nothing was sent without the check, nor over plain HTTP.
    assert server_counts(*private_api) == before


def test_an_authority_added_in_qgis_is_trusted_by_searches_and_mask_reads(
    stac_server: StacTestServer, private_api: Any, trusted_in_qgis: Any
) -> None:
    base_url, authority = private_api
    trusted_in_qgis(authority)
    rows = search_and_count(connect_to(stac_server, base_url))
    assert_counted(rows)


@pytest.fixture(scope="module")
def accepted_api(stac_server: StacTestServer, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """(base URL, certificate) of the catalog over HTTPS on 127.0.0.4 with a certificate it
    signed itself, as servers a user accepts once in QGIS have."""
    certificate, key = self_signed_certificate(tmp_path_factory.mktemp("self"), "127.0.0.4")
    return stac_server.serve_also("127.0.0.4", (certificate, key)), certificate


def test_a_server_accepted_in_qgis_as_an_ssl_exception_is_trusted(
    stac_server: StacTestServer, accepted_api: Any, qgis_app: Any
) -> None:
    base_url, pem = accepted_api
    client = connect_to(stac_server, base_url)
    with pytest.raises(EarthPlatformError, match="certificate could not be verified"):
        items_of_tile(client, TILE, 1)
    client.close()
    # What QGIS stores when the analyst accepts the server's certificate in its SSL dialog.
    manager = QgsApplication.authManager()
    [certificate] = QSslCertificate.fromPath(str(pem))
    host_port = base_url.removeprefix("https://")
    exception = QgsAuthConfigSslServer()
    exception.setSslCertificate(certificate)
    exception.setSslHostPort(host_port)
    exception.setSslIgnoredErrorEnums([QSslError.SslError.SelfSignedCertificate])
    assert manager.storeSslCertCustomConfig(exception)
    try:
        assert_counted(search_and_count(connect_to(stac_server, base_url)))
    finally:
        manager.removeSslCertCustomConfig(QgsAuthCertUtils.shaHexForCert(certificate), host_port)
        qgis_network()


def test_gdals_own_bundle_options_come_back_once_qgis_adds_no_authority(
    private_api: Any, qgis_app: Any
) -> None:
    """The user's CA bundle for GDAL (QGIS's GDAL options, say) is replaced only while QGIS
    trusts more, and then put back."""
    _, authority = private_api
    manager = QgsApplication.authManager()
    [certificate] = QSslCertificate.fromPath(str(authority))
    gdal.SetConfigOption("CURL_CA_BUNDLE", "/etc/ssl/users-own.pem")
    try:
        assert manager.storeCertAuthority(certificate)
        manager.rebuildCaCertsCache()
        bundle = qgis_network().ca_bundle
        assert bundle is not None
        assert gdal.GetConfigOption("CURL_CA_BUNDLE") == bundle
        assert manager.removeCertAuthority(certificate)
        manager.rebuildCaCertsCache()
        assert qgis_network().ca_bundle is None
        assert gdal.GetConfigOption("CURL_CA_BUNDLE") == "/etc/ssl/users-own.pem"
    finally:
        manager.removeCertAuthority(certificate)
        gdal.SetConfigOption("CURL_CA_BUNDLE", None)
        qgis_network()
