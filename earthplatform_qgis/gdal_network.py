"""GDAL's /vsicurl/ reads going out as the plugin's network settings say.

QGIS gives GDAL its proxy itself (QgsGdalUtils::setupProxy sets GDAL_HTTP_PROXY, for every
URL, whenever it opens a layer), but not its exclusions, nor the authorities its
Authentication Manager trusts. So:
- the plugin's own reads in its tasks get the proxy for their link, exclusions applied, as
  options of their thread;
- the trusted authorities reach GDAL through its CA bundle options (set for the whole process:
  QGIS trusts them everywhere), unless the user set GDAL_CURL_CA_BUNDLE themselves;
- the loopback relay (presigned_relay) is reached directly, never through a proxy.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from osgeo import gdal

from earthplatform_qgis.stac.network_settings import NetworkSettings
from earthplatform_qgis.stac.presigned_relay import LOOPBACK

_PROXY_OPTIONS = ("GDAL_HTTP_PROXY", "GDAL_HTTPS_PROXY")
_CA_BUNDLE = "GDAL_CURL_CA_BUNDLE"
# GDAL 3.6 reads CURL_CA_BUNDLE, then SSL_CERT_FILE over it (set in many environments), and
# not GDAL_CURL_CA_BUNDLE. As GDAL's options (not the environment's) they change no other program.
_CA_OPTIONS = (_CA_BUNDLE, "CURL_CA_BUNDLE", "SSL_CERT_FILE")
# The bundle this module gave GDAL, by option (so it can tell it from the user's own), and
# what those options said before it did.
_given: dict[str, str] = {}
_before: dict[str, str | None] = {}


@contextmanager
def reading_through(network: NetworkSettings, href: str) -> Iterator[None]:
    """Within it, this thread's GDAL reads go through the proxy network gives href (or
    direct: an empty proxy option turns off any other, the environment's too)."""
    proxy = network.proxy_for(href) or ""
    before = {name: gdal.GetThreadLocalConfigOption(name, None) for name in _PROXY_OPTIONS}
    for name in _PROXY_OPTIONS:
        gdal.SetThreadLocalConfigOption(name, proxy)
    try:
        yield
    finally:
        for name, value in before.items():
            gdal.SetThreadLocalConfigOption(name, value)


def use_network(network: NetworkSettings) -> None:
    """GDAL's reads of the whole process going out as network says, as far as GDAL allows."""
    _use_trusted_cas(network.ca_bundle)
    if network.proxy or network.system:
        _loopback_direct()


def _use_trusted_cas(bundle: str | None) -> None:
    """Have GDAL trust the authorities in bundle (None: as before the plugin gave any), unless
    the user chose GDAL's bundle themselves."""
    given = _given.get(_CA_BUNDLE)
    if bundle == given:
        return
    # CURL_CA_BUNDLE is not asked: often set in the environment for every program (to the
    # system's bundle, which QGIS's trusted authorities include), it would keep QGIS's from GDAL.
    chosen = gdal.GetConfigOption(_CA_BUNDLE)
    if chosen and chosen != given:
        return
    if given is None:  # the first bundle: what the options said before, to go back to
        _before.update({name: gdal.GetConfigOption(name) for name in _CA_OPTIONS})
    for name in _CA_OPTIONS:
        gdal.SetConfigOption(name, bundle if bundle else _before.get(name))
    _given.clear()
    if bundle:
        _given.update(dict.fromkeys(_CA_OPTIONS, bundle))


def _loopback_direct() -> None:
    """curl (GDAL's) reaches the relay directly even where GDAL_HTTP_PROXY names a proxy,
    which could not reach this machine's loopback. Changed only where it lacks the loopback,
    so once a session: the environment is best left alone while other threads read it."""
    for name in ("no_proxy", "NO_PROXY"):
        hosts = [host.strip() for host in os.environ.get(name, "").split(",") if host.strip()]
        if LOOPBACK not in hosts:
            os.environ[name] = ",".join([*hosts, LOOPBACK])
