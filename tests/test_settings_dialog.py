"""The connection settings dialog: test the connection, save with the secret in the auth DB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QLineEdit, QPushButton, QSpinBox

from devserver.harness import StacTestServer
from earthplatform_qgis.credentials import load_credentials, resolve_connection
from earthplatform_qgis.gui.settings_dialog import KEEP_STORED_HINT, SettingsDialog
from earthplatform_qgis.settings import Settings
from earthplatform_qgis.stac.auth import Credentials

WAIT = 30_000


@pytest.fixture
def dialog(
    qgis_app: Any, qtbot: Any, stac_control: StacTestServer, monkeypatch: pytest.MonkeyPatch
) -> SettingsDialog:
    for name in ("EDS_CLIENT_ID", "EDS_SECRET", "EDS_AUTH_URL", "EDS_API_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("earthplatform_qgis.credentials.CREDENTIALS_FILE", Path("/nonexistent"))
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("test-master-password", True)
    QgsSettings().remove("earthplatform")
    Settings(api_url=stac_control.api_url, token_url=stac_control.token_url).save()
    widget = SettingsDialog()
    qtbot.addWidget(widget)
    return widget


def fill(dialog: SettingsDialog, client_id: str, secret: str) -> None:
    dialog.findChild(QLineEdit, "clientIdEdit").setText(client_id)
    dialog.findChild(QLineEdit, "secretEdit").setText(secret)


def check_connection(dialog: SettingsDialog, qtbot: Any) -> str:
    button = dialog.findChild(QPushButton, "testConnectionButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(button.isEnabled, timeout=WAIT)
    return str(dialog.findChild(QLabel, "testResult").text())


def test_good_credentials_sign_in(
    dialog: SettingsDialog, qtbot: Any, stac_control: StacTestServer
) -> None:
    fill(dialog, stac_control.client_id, stac_control.client_secret)
    assert check_connection(dialog, qtbot).startswith("✔ Signed in to")


def test_wrong_secret_is_named_as_the_problem(
    dialog: SettingsDialog, qtbot: Any, stac_control: StacTestServer
) -> None:
    fill(dialog, stac_control.client_id, "not-the-secret")
    result = check_connection(dialog, qtbot)
    assert result.startswith("✖ The token service refused the client id and secret")
    assert "not-the-secret" not in result


def test_wrong_api_url_is_named_as_the_problem(
    dialog: SettingsDialog, qtbot: Any, stac_control: StacTestServer
) -> None:
    fill(dialog, stac_control.client_id, stac_control.client_secret)
    dialog.findChild(QLineEdit, "apiUrlEdit").setText(stac_control.base_url + "/wrong/stac")
    assert "HTTP 404" in check_connection(dialog, qtbot)


def test_save_keeps_the_secret_in_the_auth_db_only(
    dialog: SettingsDialog, qtbot: Any, stac_control: StacTestServer
) -> None:
    secret = stac_control.client_secret
    fill(dialog, stac_control.client_id, secret)
    dialog.accept()
    saved = Settings.load()
    assert saved.authcfg
    assert load_credentials(saved.authcfg) == Credentials(stac_control.client_id, secret)
    QgsSettings().sync()
    assert secret not in Path(QgsSettings().fileName()).read_text(encoding="utf-8")
    # Opened again: the id is shown, the secret is not, and saving keeps it.
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.findChild(QLineEdit, "clientIdEdit").text() == stac_control.client_id
    assert again.findChild(QLineEdit, "secretEdit").text() == ""
    assert again.findChild(QLineEdit, "secretEdit").placeholderText() == KEEP_STORED_HINT
    again.accept()
    assert load_credentials(Settings.load().authcfg) == Credentials(stac_control.client_id, secret)


def test_requests_at_once_are_saved(dialog: SettingsDialog) -> None:
    spin = dialog.findChild(QSpinBox, "requestsInFlightSpin")
    assert spin.value() == 4
    spin.setValue(2)
    dialog.accept()
    assert Settings.load().requests_in_flight == 2


@pytest.mark.parametrize("field", ["apiUrlEdit", "tokenUrlEdit"])
def test_plain_http_to_another_computer_is_neither_tested_nor_saved(
    dialog: SettingsDialog, qtbot: Any, stac_control: StacTestServer, field: str
) -> None:
    fill(dialog, stac_control.client_id, stac_control.client_secret)
    dialog.findChild(QLineEdit, field).setText("http://catalog.example.com/platform/v1/stac")
    stac_control.reset_stats()
    result = check_connection(dialog, qtbot)
    assert result.startswith("✖ The ")
    assert "uses http://" in result
    classes = stac_control.stats()["classes"]
    assert classes["auth"]["requests"] == classes["stac"]["requests"] == 0  # nothing asked
    dialog.accept()
    assert dialog.result() == 0  # still open, the message below
    assert "uses http://" in dialog.findChild(QLabel, "testResult").text()
    assert Settings.load().api_url == stac_control.api_url
    assert not Settings.load().authcfg


def test_trusted_servers_are_saved_and_unreadable_ones_refused(dialog: SettingsDialog) -> None:
    servers = dialog.findChild(QLineEdit, "trustedServersEdit")
    servers.setText("https://data.example.com, data.example.org")
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.findChild(QLabel, "testResult").text() == (
        "✖ Trusted servers: data.example.org is no http(s) URL (write e.g. https://data.example.com)."
    )
    assert Settings.load().trusted_servers == ""
    servers.setText("https://data.example.com  http://127.0.0.1:9000/x")
    dialog.accept()
    assert Settings.load().trusted_servers == "https://data.example.com  http://127.0.0.1:9000/x"


def test_credentials_from_the_environment_are_shown_and_stored_only_when_changed(
    dialog: SettingsDialog,
    qtbot: Any,
    stac_control: StacTestServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The guide: opened while the variables sign in, the dialog shows their client id; Save
    without a new secret copies nothing into the Authentication Manager, a new one is stored
    there and wins from then on."""
    monkeypatch.setenv("EDS_CLIENT_ID", stac_control.client_id)
    monkeypatch.setenv("EDS_SECRET", stac_control.client_secret)
    from_env = SettingsDialog()
    qtbot.addWidget(from_env)
    assert from_env.findChild(QLineEdit, "clientIdEdit").text() == stac_control.client_id
    assert from_env.findChild(QLineEdit, "secretEdit").placeholderText() == KEEP_STORED_HINT
    from_env.accept()
    assert Settings.load().authcfg == ""
    assert "EDS_CLIENT_ID" in resolve_connection().source
    again = SettingsDialog()
    qtbot.addWidget(again)
    fill(again, stac_control.client_id, "a-new-secret")
    again.accept()
    connection = resolve_connection()
    assert connection.credentials == Credentials(stac_control.client_id, "a-new-secret")
    assert "Authentication Manager" in connection.source
