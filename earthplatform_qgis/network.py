"""The plugin's connections as QGIS makes them: its proxy and its version in the User-Agent."""

from __future__ import annotations

from qgis.core import Qgis, QgsNetworkAccessManager
from qgis.PyQt.QtNetwork import QNetworkProxy

from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection
from earthplatform_qgis.stac.http import user_agent


def client_for(connection: Connection) -> EarthPlatformClient:
    """A client for connection that goes out as QGIS does: its proxy, its name and version."""
    return EarthPlatformClient(connection, proxies=qgis_proxies(), agent=qgis_user_agent())


def qgis_user_agent() -> str:
    """`earthplatform-qgis/<version> QGIS/<version>`."""
    return user_agent(f"QGIS/{Qgis.QGIS_VERSION.split('-')[0]}")


def qgis_proxies() -> dict[str, str]:
    """The HTTP proxy configured in QGIS's options, in requests' form (empty when none)."""
    proxy = QgsNetworkAccessManager.instance().fallbackProxy()
    if proxy.type() != QNetworkProxy.ProxyType.HttpProxy or not proxy.hostName():
        return {}
    credentials = ""
    if proxy.user():
        credentials = f"{proxy.user()}:{proxy.password()}@"
    url = f"http://{credentials}{proxy.hostName()}:{proxy.port()}"
    return {"http": url, "https": url}
