"""A whole session with a recognizable secret and token: neither may leave the auth DB.

Save credentials, search, load masks, copy the search as code, trigger errors, save the
project; then look for the secret and the token everywhere a user or a log could see them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QToolButton

from devserver.harness import StacTestServer
from earthplatform_qgis.credentials import store_credentials
from earthplatform_qgis.settings import Settings
from earthplatform_qgis.stac.auth import Credentials
from tests.support.dock import load_masks, open_dock, run_search


@pytest.fixture
def message_log() -> Iterator[list[str]]:
    seen: list[str] = []

    def record(message: str, tag: str, _level: Qgis.MessageLevel) -> None:
        seen.append(f"{tag}: {message}")

    QgsApplication.messageLog().messageReceived.connect(record)
    yield seen
    QgsApplication.messageLog().messageReceived.disconnect(record)


def test_secret_and_token_appear_nowhere_a_session_leaves_text(
    qgis_iface: Any,
    qtbot: Any,
    stac_control: StacTestServer,
    monkeypatch: pytest.MonkeyPatch,
    message_log: list[str],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    for name in ("EDS_CLIENT_ID", "EDS_SECRET", "EDS_AUTH_URL", "EDS_API_URL"):
        monkeypatch.delenv(name, raising=False)
    caplog.set_level(logging.DEBUG)
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("test-master-password", True)
    secret = stac_control.client_secret
    QgsSettings().remove("earthplatform")
    QgsProject.instance().clear()
    authcfg = store_credentials(Credentials(stac_control.client_id, secret))
    Settings(stac_control.api_url, stac_control.token_url, authcfg).save()

    dock = open_dock(qgis_iface, qtbot)
    dock.form.mask_only.setChecked(True)
    dock.form.max_items.setValue(3)
    run_search(dock, qtbot)
    load_masks(dock, qtbot)
    qtbot.mouseClick(dock.findChild(QToolButton, "copyCodeButton"), Qt.MouseButton.LeftButton)
    clipboard = QApplication.clipboard().text()
    stac_control.inject_fault(
        path="/platform/v1/stac/search", action="status", status=500, count=-1
    )
    run_search(dock, qtbot)  # fails: error texts in the message bar and the log
    stac_control.clear_faults()
    stac_control.revoke_tokens()  # the next request is refused once and the token renewed
    run_search(dock, qtbot)
    assert dock.client is not None
    assert dock.client.tokens is not None
    token = dock.client.tokens.token()
    project = tmp_path / "session.qgs"  # plain XML, so a string search sees everything
    assert QgsProject.instance().write(str(project))
    QgsSettings().sync()

    places = {
        "QGIS settings file": Path(QgsSettings().fileName()).read_text(encoding="utf-8"),
        "saved project": project.read_text(encoding="utf-8"),
        "message log": "\n".join(message_log),
        "message bar": "\n".join(
            text for level in qgis_iface.messageBar().messages.values() for text in level
        ),
        "Python logging": caplog.text,
        "layer sources": "\n".join(
            layer.source() for layer in QgsProject.instance().mapLayers().values()
        ),
        "clipboard": clipboard,
        "status and progress": dock.status_label.text() + dock.progress_label.text(),
    }
    assert "HTTP 500" in places["message bar"]  # the error was shown, so it was looked at
    assert authcfg in places["saved project"] or authcfg in places["QGIS settings file"]
    for what in (secret, token):
        leaks = [place for place, text in places.items() if what in text]
        assert leaks == [], f"{what[:4]}… found in {leaks}"
    dock.detach()
    dock.tasks.stop()
