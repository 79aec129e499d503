"""How the plugin's connections go out: through which proxy, trusting which certificates.

A plain snapshot of the network settings of the program the plugin runs in (QGIS's, made on
its GUI thread by earthplatform_qgis.network), read by every session and GDAL read in the
worker threads. The rules are QGIS's own (QgsNetworkProxyFactory::queryProxy): a URL that
starts with an entry of the no-proxy list goes direct; one that starts with an entry of the
exclusion list goes as the application would without a proxy (direct, or the system's proxy
when the system's proxy is in use); any other URL through the proxy.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from requests.utils import get_environ_proxies, select_proxy


@dataclass(frozen=True)
class NetworkSettings:
    """The proxy and trusted certificates of every connection; the default goes direct and
    trusts requests' own certificate bundle."""

    # pragma: allowlist nextline secret (the form of a proxy URL, no credential)
    # The proxy URL (http://user:password@host:port, socks5h://host:port); None: direct.
    proxy: str | None = None
    # URL prefixes reached without any proxy.
    no_proxy: tuple[str, ...] = ()
    # URL prefixes reached without this proxy (but through the system's, where in use).
    excluded: tuple[str, ...] = ()
    # Whether the system's proxy (the environment's http_proxy, https_proxy, no_proxy) is used.
    system: bool = False
    # A PEM file of every certificate authority to trust; None: requests' own bundle.
    ca_bundle: str | None = None

    def proxy_for(self, url: str) -> str | None:
        """The proxy URL that url is fetched through; None when it goes direct."""
        spelt = comparable_url(url)
        if any(spelt.startswith(prefix) for prefix in self.no_proxy):
            return None
        if self.system:
            return select_proxy(url, get_environ_proxies(url))
        if any(spelt.startswith(prefix) for prefix in self.excluded):
            return None
        return self.proxy

    def proxies_for(self, url: str) -> dict[str, str]:
        """proxy_for(url) in requests' form: {} when url goes direct."""
        proxy = self.proxy_for(url)
        return {"http": proxy, "https": proxy} if proxy else {}


# No proxy, requests' own certificates.
DIRECT = NetworkSettings()


def comparable_url(url: str) -> str:
    """url as QGIS compares it with its proxy lists: scheme and host in lower case, the rest
    as written."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    userinfo, at, host = parts.netloc.rpartition("@")
    netloc = f"{userinfo}{at}{host.lower()}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment))
