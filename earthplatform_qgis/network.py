"""The plugin's connections as QGIS makes them: its proxy, the certificate authorities its
Authentication Manager trusts, and its version in the User-Agent."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import quote

from qgis.core import Qgis, QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtNetwork import QNetworkProxy

from earthplatform_qgis.gdal_network import use_network
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection
from earthplatform_qgis.stac.http import user_agent
from earthplatform_qgis.stac.network_settings import NetworkSettings
from earthplatform_qgis.stac.presigned_relay import RELAY

_PROXY_SCHEMES = {
    QNetworkProxy.ProxyType.HttpProxy: "http",
    QNetworkProxy.ProxyType.HttpCachingProxy: "http",
    # socks5h: the proxy resolves names, as Qt's SOCKS5 proxy does for a host name.
    QNetworkProxy.ProxyType.Socks5Proxy: "socks5h",
}


def client_for(connection: Connection) -> EarthPlatformClient:
    """A client for connection that goes out as QGIS does: its proxy and trusted authorities,
    its name and version."""
    return EarthPlatformClient(connection, network=qgis_network(), agent=qgis_user_agent())


def qgis_user_agent() -> str:
    """`earthplatform-qgis/<version> QGIS/<version>`."""
    return user_agent(f"QGIS/{Qgis.QGIS_VERSION.split('-')[0]}")


def qgis_network() -> NetworkSettings:
    """QGIS's network settings as they are now (called on the GUI thread: QGIS's settings
    are read there), passed on to the loopback relay and GDAL too."""
    manager = QgsNetworkAccessManager.instance()
    network = NetworkSettings(
        proxy=_proxy_url(manager.fallbackProxy()),
        no_proxy=tuple(entry for entry in manager.noProxyList() if entry),
        excluded=tuple(entry for entry in manager.excludeList() if entry),
        system=manager.useSystemProxy(),
        ca_bundle=_trusted_cas(),
    )
    RELAY.use(network)
    use_network(network)
    return network


def _proxy_url(proxy: QNetworkProxy) -> str | None:
    scheme = _PROXY_SCHEMES.get(proxy.type())
    if scheme is None or not proxy.hostName():
        return None
    credentials = ""
    if proxy.user():
        credentials = f"{quote(proxy.user(), safe='')}:{quote(proxy.password(), safe='')}@"
    return f"{scheme}://{credentials}{proxy.hostName()}:{proxy.port()}"


def _trusted_cas() -> str | None:
    """A PEM file of the certificates QGIS trusts, where its Authentication Manager changes
    what is trusted (authorities added, a trust policy set, a server's certificate accepted
    as an SSL server exception); else None (requests' own)."""
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return None
    # A server's own certificate trusted as an exception: its self-signed certificate then
    # verifies as its own authority, for that certificate alone and with its host name checked.
    accepted = [config.sslCertificate() for config in manager.sslCertCustomConfigs()]
    changed = manager.databaseCAs() or manager.extraFileCAs() or manager.certTrustCache()
    if not (changed or accepted):
        return None
    pem = bytes(manager.trustedCaCertsPemText())
    pem += b"".join(bytes(certificate.toPem()) for certificate in accepted)
    # In the profile, not the shared temp folder, where another user could plant a file.
    folder = Path(QgsApplication.qgisSettingsDirPath()) / "earthplatform"
    path = folder / f"trusted-cas-{hashlib.sha256(pem).hexdigest()[:16]}.pem"
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(pem)
        partial.replace(path)
    return str(path)
