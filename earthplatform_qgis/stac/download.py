"""Downloading assets of items into a folder that is a small local STAC catalog.

Files are named `<item id>/<asset key><extension>`, with `<item id>/<item id>.json` (the item,
its downloaded assets pointing at the local files) beside them and `catalog.json` linking the
items. Bytes go to `<name>.part` first and are renamed only once complete and verified
(length, and `file:checksum` where the item gives one), so a final name never holds a truncated
file; a `.part` left by a failed or cancelled download is resumed with an HTTP Range request.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
import urllib3

from earthplatform_qgis.stac.assets import AssetInfo, item_assets
from earthplatform_qgis.stac.errors import CancelledError, EarthPlatformError
from earthplatform_qgis.stac.http import api_error, describe_network_error, redact_url
from earthplatform_qgis.stac.links import AssetRef
from earthplatform_qgis.stac.words import tr

CHUNK_BYTES = 256 * 1024
PART_SUFFIX = ".part"
CATALOG_FILE = "catalog.json"
# A connection dropped mid-file is resumed where it stopped this many times before giving up.
MAX_RESUMES = 3
# Statuses a presigned URL answers once its signature has expired.
EXPIRED_STATUSES = frozenset({401, 403})
# Characters Windows, macOS or Linux refuse in a file name.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
# multihash code -> hashlib name (https://github.com/multiformats/multicodec)
_MULTIHASH = {
    0x11: "sha1",
    0x12: "sha256",
    0x13: "sha512",
    0x16: "sha3_256",
    0x14: "sha3_512",
    0xD5: "md5",
}


class DownloadError(EarthPlatformError):
    """A file could not be downloaded completely and correctly."""


def safe_name(text: str) -> str:
    """text usable as a file or folder name everywhere (never empty, never `.`/`..`)."""
    name = _UNSAFE.sub("_", text).strip(" .")
    return name or "_"


@dataclass(frozen=True)
class DownloadFile:
    """One asset to download: where from, where to, and what it should look like."""

    ref: AssetRef
    href: str
    path: Path
    size: int | None
    checksum: str | None


@dataclass
class DownloadPlan:
    """The files to download, the items to save beside them, and assets that cannot be had."""

    folder: Path
    files: list[DownloadFile] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def known_bytes(self) -> int:
        return sum(file.size or 0 for file in self.files)


def item_folder(folder: Path, item_id: str) -> Path:
    return folder / safe_name(item_id)


def item_file(item_id: str) -> str:
    """`<item id>/<item id>.json`: where an item's JSON lies in the download folder."""
    return f"{safe_name(item_id)}/{safe_name(item_id)}.json"


def asset_path(folder: Path, item_id: str, asset: AssetInfo) -> Path:
    """`<folder>/<item id>/<asset key><extension>`."""
    return item_folder(folder, item_id) / f"{safe_name(asset.key)}{asset.extension}"


def plan_downloads(
    items: Iterable[dict[str, Any]], keys: Iterable[str], folder: Path
) -> DownloadPlan:
    """What downloading the assets `keys` of `items` into folder means, file by file."""
    wanted = list(dict.fromkeys(keys))
    plan = DownloadPlan(folder)
    for item in items:
        item_id = str(item.get("id") or "")
        assets = {asset.key: asset for asset in item_assets(item)}
        plan.items.append(item)
        for key in wanted:
            asset = assets.get(key)
            if asset is None:
                plan.missing.append(
                    tr("{item} has no asset '{asset}'").format(item=item_id, asset=key)
                )
                continue
            if asset.href is None:
                plan.missing.append(
                    tr("{item}: asset '{asset}' has no downloadable URL").format(
                        item=item_id, asset=key
                    )
                )
                continue
            plan.files.append(
                DownloadFile(
                    AssetRef(str(item.get("collection") or ""), item_id, key),
                    asset.href,
                    asset_path(folder, item_id, asset),
                    asset.size,
                    asset.checksum,
                )
            )
    return plan


def checksum_matches(path: Path, multihash: str) -> bool | None:
    """Whether path's bytes have the multihash (hex) `file:checksum`; None for a hash function
    this cannot compute."""
    try:
        raw = bytes.fromhex(multihash)
        code, rest = _varint(raw)
        length, digest = _varint(rest)
    except ValueError:
        return None
    name = _MULTIHASH.get(code)
    if name is None or length != len(digest):
        return None
    hasher = hashlib.new(name)
    with path.open("rb") as file:
        while chunk := file.read(CHUNK_BYTES):
            hasher.update(chunk)
    return hasher.digest() == digest


def _varint(data: bytes) -> tuple[int, bytes]:
    value = shift = 0
    for index, byte in enumerate(data):
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, data[index + 1 :]
        shift += 7
    raise ValueError("truncated varint")


@dataclass
class DownloadReport:
    """What a run did: files written, files already there, files that failed and why, and
    other problems (the items' JSON not saved)."""

    written: list[DownloadFile] = field(default_factory=list)
    present: list[DownloadFile] = field(default_factory=list)
    failed: list[tuple[DownloadFile, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unverified: list[DownloadFile] = field(default_factory=list)
    bytes: int = 0  # received in this run

    @property
    def files(self) -> list[DownloadFile]:
        """Every file now complete on disk (written now or before)."""
        return [*self.present, *self.written]


Refresher = Callable[[list[AssetRef]], dict[AssetRef, str]]


class Downloader:
    """Downloads a plan's files one after the other on a session that sends no bearer token.

    `refresh` asks the catalog for newly signed URLs when one has expired; `progress` hears
    (bytes done, bytes expected or None) as data arrives; `cancelled` is polled after each
    chunk of `chunk_bytes`.
    """

    def __init__(
        self,
        session: requests.Session,
        refresh: Refresher,
        progress: Callable[[int, int | None], None] = lambda done, total: None,
        cancelled: Callable[[], bool] = lambda: False,
        chunk_bytes: int = CHUNK_BYTES,
    ) -> None:
        self.session = session
        self.chunk_bytes = chunk_bytes
        self.refresh = refresh
        self.progress = progress
        self.cancelled = cancelled
        self.report = DownloadReport()
        self._done = 0
        self._received = 0
        self._expected = 0
        self._unknown = 0

    def run(self, plan: DownloadPlan) -> DownloadReport:
        """Download every file of the plan, then save its items and catalog.json.

        One file failing does not stop the others; cancelling does (CancelledError), keeping
        what was complete and the `.part` of the file under way for a later resume.
        """
        report = self.report = DownloadReport()
        self._expected = plan.known_bytes
        self._unknown = sum(1 for file in plan.files if file.size is None)
        try:
            for file in plan.files:
                try:
                    self._download(file, report)
                except DownloadError as error:
                    report.failed.append((file, str(error)))
                except OSError as error:  # the folder: not writable, full, gone
                    report.failed.append((file, _of(file, _disk_problem(error))))
        finally:
            report.bytes = self._received
            try:
                save_items(plan, report.files)
            except OSError as error:
                report.problems.append(
                    tr("The items' JSON was not saved: {problem}").format(
                        problem=_disk_problem(error)
                    )
                )
        return report

    def _download(self, file: DownloadFile, report: DownloadReport) -> None:
        """One file: skipped when complete on disk, else fetched; noted in the report."""
        if self._complete(file):
            report.present.append(file)
            size = file.path.stat().st_size
            if file.size is None:
                self._learn_size(size)
            self._advance(size)
            return
        verified = self._fetch(file)
        report.written.append(file)
        if not verified:
            report.unverified.append(file)

    def _learn_size(self, size: int) -> None:
        """A file whose size the item did not give turned out to have `size` bytes."""
        self._unknown -= 1
        self._expected += size

    def _advance(self, count: int) -> None:
        self._done += count
        self.progress(self._done, None if self._unknown else self._expected)

    def _complete(self, file: DownloadFile) -> bool:
        """Whether file's final name holds it already (it only ever holds complete files,
        unless someone changed it since: the size and checksum tell where given)."""
        if not file.path.is_file():
            return False
        if file.size is not None and file.path.stat().st_size != file.size:
            return False
        return not (file.checksum and checksum_matches(file.path, file.checksum) is False)

    def _fetch(self, file: DownloadFile) -> bool:
        """Download one file to its final name; whether its checksum was verified."""
        part = file.path.with_name(file.path.name + PART_SUFFIX)
        part.parent.mkdir(parents=True, exist_ok=True)
        state = _FileState(file.href, size_known=file.size is not None)
        if part.exists():
            self._advance(part.stat().st_size)  # already here from an earlier run
        while True:
            try:
                total = self._receive(file, part, state)
            except _ExpiredLinkError:
                if state.refreshed:
                    raise DownloadError(
                        _of(file, tr("the server refuses even a newly signed link."))
                    ) from None
                state.href, state.refreshed = self._renewed(file), True
                continue
            except _DroppedError as drop:
                self._resume_or_give_up(file, state, str(drop))
                continue
            received = part.stat().st_size
            # The item's file:size where given: a reply can be short yet say it is whole.
            expected = file.size if file.size is not None else total
            if expected is not None and received < expected:
                # Ended early without an error (no length sent, or an older urllib3).
                self._resume_or_give_up(
                    file,
                    state,
                    tr("{received} bytes arrived of {expected}").format(
                        received=received, expected=expected
                    ),
                )
                continue
            if expected is not None and received > expected:
                self._restart(part)
                raise DownloadError(
                    _of(
                        file,
                        tr(
                            "{received} bytes arrived, {expected} expected; the file was not kept."
                        ).format(received=received, expected=expected),
                    )
                )
            return self._finish(file, part)

    def _resume_or_give_up(self, file: DownloadFile, state: _FileState, why: str) -> None:
        state.resumes += 1
        if state.resumes > MAX_RESUMES:
            raise DownloadError(_of(file, why))

    def _receive(self, file: DownloadFile, part: Path, state: _FileState) -> int | None:
        """Append the bytes from the end of part on; the file's full length where known."""
        offset = part.stat().st_size if part.exists() else 0
        # The file's own bytes: a compressed transfer would make Range offsets (which count
        # the compressed bytes) disagree with what was written.
        headers = {"Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
        try:
            response = self.session.get(state.href, headers=headers, stream=True)
        except requests.RequestException as error:
            raise DownloadError(_of(file, describe_network_error(error, state.href))) from None
        with response:
            if response.status_code in EXPIRED_STATUSES:
                raise _ExpiredLinkError
            if response.status_code == 416 and offset:
                # Nothing after offset: the part is whole already, or not this file's start.
                if file.size is None or offset == file.size:
                    return offset
                self._restart(part)
                raise _DroppedError(
                    tr("the partial file left by an earlier download did not match")
                )
            if not response.ok:
                downloading = tr("Downloading {file}").format(file=_what(file))
                raise DownloadError(str(api_error(response, downloading)))
            state.refreshed = False  # a link that works; it may expire again later
            start, total = _span(response, offset, _what(file))
            if not state.size_known and total is not None:
                self._learn_size(total)
                state.size_known = True
            if start == 0 and offset:
                self._restart(part)  # the server ignored the Range and sends it all again
            try:
                with part.open("ab") as out:
                    # The bytes as stored: never decoded, so that lengths, Range offsets and
                    # checksums all count the same bytes, even for an object stored gzipped.
                    for chunk in response.raw.stream(self.chunk_bytes, decode_content=False):
                        out.write(chunk)
                        self._received += len(chunk)
                        self._advance(len(chunk))
                        if self.cancelled():
                            raise CancelledError(tr("Download cancelled."))
            except (requests.RequestException, urllib3.exceptions.HTTPError) as error:
                raise _DroppedError(
                    tr("the connection broke off ({error})").format(error=type(error).__name__)
                ) from None
            return total

    def _restart(self, part: Path) -> None:
        """Throw away a partial file whose bytes cannot be continued."""
        self._done -= part.stat().st_size
        part.unlink()

    def _finish(self, file: DownloadFile, part: Path) -> bool:
        verified = None
        if file.checksum:
            verified = checksum_matches(part, file.checksum)
            if verified is False:
                part.unlink()
                raise DownloadError(
                    _of(
                        file,
                        tr(
                            "the bytes received do not match the item's checksum; the file was "
                            "not kept."
                        ),
                    )
                )
        os.replace(part, file.path)
        return bool(verified)

    def _renewed(self, file: DownloadFile) -> str:
        try:
            hrefs = self.refresh([file.ref])
        except CancelledError:
            raise
        except EarthPlatformError as error:
            raise DownloadError(
                _of(file, tr("the link expired and {error}").format(error=error))
            ) from None
        if file.ref not in hrefs:
            raise DownloadError(
                _of(file, tr("the link expired and the catalog no longer has the asset."))
            )
        return hrefs[file.ref]


def _what(file: DownloadFile) -> str:
    """The file in words: its asset key and item."""
    return tr("'{asset}' of {item}").format(asset=file.ref.asset, item=file.ref.item_id)


def _of(file: DownloadFile, problem: str) -> str:
    """What went wrong with file, the file named first."""
    return tr("{file}: {problem}").format(file=_what(file), problem=problem)


@dataclass
class _FileState:
    """One file's download so far: the URL in use and what has been tried."""

    href: str
    size_known: bool
    refreshed: bool = False
    resumes: int = 0


def _disk_problem(error: OSError) -> str:
    """An OSError in words, with the path it concerns."""
    problem = error.strerror or str(error)
    if error.filename:
        return tr("cannot write the file: {problem} ({path})").format(
            problem=problem, path=error.filename
        )
    return tr("cannot write the file: {problem}").format(problem=problem)


class _ExpiredLinkError(Exception):
    """The signed URL was refused: ask for a new one."""


class _DroppedError(Exception):
    """The connection broke off mid-file: resume from what arrived."""


def _span(response: requests.Response, offset: int, what: str) -> tuple[int, int | None]:
    """(first byte this response carries, full file length where known)."""
    if response.status_code == 206:
        match = re.match(r"bytes (\d+)-\d+/(\d+|\*)", response.headers.get("Content-Range", ""))
        if not match or int(match.group(1)) != offset:
            raise DownloadError(
                tr(
                    "{file}: the server sent another part of the file than the one asked for "
                    "({url})."
                ).format(file=what, url=redact_url(response.url))
            )
        return offset, None if match.group(2) == "*" else int(match.group(2))
    length = response.headers.get("Content-Length")
    return 0, int(length) if length and length.isdigit() else None


def local_item(item: dict[str, Any], files: Iterable[DownloadFile]) -> dict[str, Any]:
    """The item as saved beside its files: downloaded assets point at them, relative to the
    item's JSON; links to the catalog folder replace the remote self/root/parent links."""
    local = json.loads(json.dumps(item))
    assets = local.get("assets") or {}
    for file in files:
        if file.ref.asset in assets:
            assets[file.ref.asset]["href"] = f"./{file.path.name}"
    links = [
        link
        for link in local.get("links") or []
        if isinstance(link, dict) and link.get("rel") not in ("self", "root", "parent")
    ]
    local["links"] = [
        {"rel": "root", "href": f"../{CATALOG_FILE}", "type": "application/json"},
        {"rel": "parent", "href": f"../{CATALOG_FILE}", "type": "application/json"},
        *links,
    ]
    return local


def save_items(plan: DownloadPlan, files: Iterable[DownloadFile]) -> None:
    """Write each item's JSON beside its files and add the items to the folder's catalog.json."""
    by_item: dict[str, list[DownloadFile]] = {}
    for file in files:
        by_item.setdefault(file.ref.item_id, []).append(file)
    for item in plan.items:
        item_id = str(item.get("id") or "")
        _write_json(plan.folder / item_file(item_id), local_item(item, by_item.get(item_id, [])))
    _update_catalog(plan.folder, [str(item.get("id") or "") for item in plan.items])


def _update_catalog(folder: Path, item_ids: list[str]) -> None:
    path = folder / CATALOG_FILE
    catalog: dict[str, Any] = {
        "type": "Catalog",
        "stac_version": "1.0.0",
        "id": "earthplatform-download",
        "description": "Items and assets downloaded from EarthPlatform.",
        "links": [{"rel": "root", "href": f"./{CATALOG_FILE}", "type": "application/json"}],
    }
    if path.is_file():
        try:
            existing = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(existing, dict) and isinstance(existing.get("links"), list):
                catalog = existing
        except ValueError:
            pass  # not ours or damaged: written anew
    hrefs = {link.get("href") for link in catalog["links"] if isinstance(link, dict)}
    for item_id in item_ids:
        href = f"./{item_file(item_id)}"
        if href not in hrefs:
            catalog["links"].append({"rel": "item", "href": href, "type": "application/geo+json"})
            hrefs.add(href)
    _write_json(path, catalog)


def _write_json(path: Path, data: Any) -> None:
    """Write JSON atomically: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + PART_SUFFIX)
    temporary.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(temporary, path)
