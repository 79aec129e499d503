"""GDAL's failures to read a streamed file, caught on the reading thread and said in the
analyst's words: the server's answer where it refused, else what went wrong; never a signed URL."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import TypeVar

from osgeo import gdal

from earthplatform_qgis.map.rasters import redact_hrefs, vsicurl_path
from earthplatform_qgis.stac.words import marked, tr

T = TypeVar("T")


class GdalError(Exception):
    """What GDAL said (its failure messages, first to last) when an action failed."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def gdal_call(action: Callable[[], T]) -> T:
    """action(), or GdalError with every failure GDAL reported meanwhile, whether GDAL's
    exceptions are on or not (a process-wide switch other code, or GDAL 4, may turn on).

    GDAL's messages are kept here (the handler is the calling thread's own) rather than passed
    on to QGIS's log: they may hold the signed URL.
    """
    messages: list[str] = []

    def collect(category: int, _number: int, message: str) -> None:
        if category >= gdal.CE_Failure and message:
            messages.append(str(message))

    gdal.ErrorReset()
    gdal.PushErrorHandler(collect)
    try:
        result = action()
    except RuntimeError as error:
        messages.append(str(error))
        result = None
    finally:
        gdal.PopErrorHandler()
    if result is None:
        last = gdal.GetLastErrorMsg()
        if last and last not in messages:
            messages.append(last)
        raise GdalError(messages or [tr("unknown GDAL error")])
    return result


def forget(href: str) -> None:
    """Drop what GDAL's /vsicurl/ keeps of a link (its size or its absence, its bytes)."""
    gdal.VSICurlPartialClearCache(vsicurl_path(href))


def probe_status(href: str) -> int | None:
    """The HTTP status with which the server refuses the link now; None when it answers it
    (or no HTTP answer came)."""
    flags = gdal.VSI_STAT_EXISTS_FLAG | gdal.VSI_STAT_SET_ERROR_FLAG
    gdal.VSIErrorReset()
    gdal.PushErrorHandler(lambda *_: None)
    try:
        found = gdal.VSIStatL(vsicurl_path(href), flags)
    except RuntimeError:
        found = None
    finally:
        gdal.PopErrorHandler()
    return None if found is not None else http_status([gdal.VSIGetLastErrorMsg()])


_HTTP_STATUS = re.compile(r"HTTP (?:response|error) code\s*:?\s*(\d{3})", re.IGNORECASE)
# What GDAL (its curl and TIFF messages) says, and the words for it (marked(): said through
# tr()); the first that matches.
_REASONS = (
    (r"could not resolve", marked("the server's name could not be found: check the network")),
    (
        r"couldn't connect|failed to connect|connection refused",
        marked("the server could not be reached: check the network"),
    ),
    (r"timed out|timeout", marked("the server did not answer in time")),
    (
        r"transfer closed|connection reset|recv failure|partial file",
        marked("the download broke off: try again"),
    ),
    (r"curl error", marked("the download failed on a network error: try again")),
    # GDAL's words for a file it has no answer for: "… does not exist in the file system, and
    # is not recognized as a supported dataset name".
    (r"does not exist", marked("the file cannot be reached")),
    (
        r"not recognized as|not a tiff|cannot open tiff",
        marked(
            "the file is not a GeoTIFF that can be read (it is damaged, or not an image at all)"
        ),
    ),
    (
        r"tiff|ireadblock|read error",
        marked(
            "part of the file could not be read: it is damaged or incomplete, or its download "
            "broke off"
        ),
    ),
)


def http_status(messages: Iterable[str]) -> int | None:
    """The HTTP status GDAL's messages give (/vsicurl/'s "HTTP response code: 404"), if any."""
    for message in messages:
        match = _HTTP_STATUS.search(message)
        if match:
            return int(match.group(1))
    return None


def describe_failure(messages: list[str], status: int | None, hrefs: tuple[str, ...]) -> str:
    """Why GDAL could not read a mask, in the analyst's words: the server's answer where it
    refused (e.g. "the server answered 404 (not found)"), else what went wrong."""
    if status is not None and status >= 400:
        # HTTP's own phrase for the status, in English as HTTP has it.
        try:
            phrase = HTTPStatus(status).phrase.lower()
        except ValueError:
            phrase = tr("an error")
        if status >= 500 or status == 429:
            answered = tr("the server answered {status} ({phrase}); try again later")
        else:
            answered = tr("the server answered {status} ({phrase})")
        return answered.format(status=status, phrase=phrase)
    text = " ".join(messages).lower()
    for pattern, words in _REASONS:
        if re.search(pattern, text):
            return tr(words)
    return scrub(messages[-1], hrefs)


def scrub(text: str, hrefs: tuple[str, ...]) -> str:
    """text without the signed URLs (in any of their forms) nor any query string left."""
    text = redact_hrefs(text, hrefs)
    return re.sub(r"(https?(?::|%3A)\S*?)(?:\?|%3F)\S*", r"\1", text, flags=re.IGNORECASE)
