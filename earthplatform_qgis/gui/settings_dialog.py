"""Connection settings: catalog and token URLs, client id and secret, "Test connection"."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.gui import QgsPasswordLineEdit
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from earthplatform_qgis.credentials import resolve_connection, store_credentials
from earthplatform_qgis.gui.widgets import open_guide
from earthplatform_qgis.network import client_for
from earthplatform_qgis.settings import Settings, remember
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.chunks import MAX_CONCURRENCY
from earthplatform_qgis.stac.client import ConnectionCheck, EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection, parse_origins
from earthplatform_qgis.stac.errors import ConfigurationError, EarthPlatformError
from earthplatform_qgis.tasks.base import TaskOutcome
from earthplatform_qgis.tasks.catalog import CheckTask
from earthplatform_qgis.translation import marked, tr

KEEP_STORED_HINT = marked("stored — leave empty to keep it")
# The guide's section on these settings (its heading's anchor).
GUIDE_SECTION = "configuration"


class SettingsDialog(QDialog):
    """Edits the connection; the secret goes to the QGIS Authentication Manager only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EarthPlatformSettings")
        self.setWindowTitle(tr("EarthPlatform settings"))
        self.settings = Settings.load()
        self._task: CheckTask | None = None
        self.api_url = QLineEdit(self.settings.api_url, self)
        self.api_url.setObjectName("apiUrlEdit")
        self.token_url = QLineEdit(self.settings.token_url, self)
        self.token_url.setObjectName("tokenUrlEdit")
        self.client_id = QLineEdit(self)
        self.client_id.setObjectName("clientIdEdit")
        self.secret = QgsPasswordLineEdit(self)
        self.secret.setObjectName("secretEdit")
        self.stored: Credentials | None = None
        try:
            connection = resolve_connection(self.settings)
            self.stored = connection.credentials
            self.client_id.setText(self.stored.client_id if self.stored else "")
            if self.stored:
                self.secret.setPlaceholderText(tr(KEEP_STORED_HINT))
        except EarthPlatformError as error:
            self.secret.setPlaceholderText(str(error))
        self.test_button = QPushButton(tr("Test connection"), self)
        self.test_button.setObjectName("testConnectionButton")
        self.test_result = QLabel(self)
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("STAC API URL"), self.api_url)
        form.addRow(tr("Token URL"), self.token_url)
        form.addRow(tr("Client id"), self.client_id)
        form.addRow(tr("Secret"), self.secret)
        self.requests_in_flight = QSpinBox(self)
        self.requests_in_flight.setObjectName("requestsInFlightSpin")
        self.requests_in_flight.setRange(1, MAX_CONCURRENCY)
        self.requests_in_flight.setValue(self.settings.search_concurrency)
        self.requests_in_flight.setToolTip(
            tr(
                "How many search requests may be sent at once: a long period is searched in "
                "parts at the same time. 1 asks for one page after another."
            )
        )
        # A number box as wide as the URLs above would look like a text field.
        requests = QHBoxLayout()
        requests.addWidget(self.requests_in_flight)
        requests.addWidget(QLabel(tr("(1: one page at a time)"), self))
        requests.addStretch(1)
        form.addRow(tr("Requests at once"), requests)
        self.trusted_servers = QLineEdit(self.settings.trusted_servers, self)
        self.trusted_servers.setObjectName("trustedServersEdit")
        self.trusted_servers.setPlaceholderText(tr("none: the catalog's own server only"))
        self.trusted_servers.setToolTip(
            tr(
                "Other servers the catalog's links may lead to (e.g. https://data.example.com), "
                "separated by spaces. They are asked without your access token. A link to any "
                "other server stops the search with a message."
            )
        )
        form.addRow(tr("Trusted servers"), self.trusted_servers)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Help,
            self,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.test_result)
        layout.addWidget(buttons)
        self.test_button.clicked.connect(self.test_connection)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.helpRequested.connect(lambda: open_guide(GUIDE_SECTION))
        self.resize(560, self.sizeHint().height())

    def credentials(self) -> Credentials | None:
        """The credentials as entered; an empty secret keeps the stored one."""
        client_id = self.client_id.text().strip()
        secret = self.secret.text() or (self.stored.client_secret if self.stored else "")
        return Credentials(client_id, secret) if client_id and secret else None

    def connection(self) -> Connection:
        """The connection as entered; ConfigurationError (before anything is sent) for a URL
        it must not use or a trusted server that is no URL."""
        origins, unreadable = parse_origins(self.trusted_servers.text())
        if unreadable:
            raise ConfigurationError(
                tr(
                    "Trusted servers: {servers} is no http(s) URL "
                    "(write e.g. https://data.example.com)."
                ).format(servers=", ".join(unreadable))
            )
        return Connection(
            self.api_url.text().strip(),
            self.token_url.text().strip(),
            self.credentials(),
            "settings dialog",
            origins,
        )

    def test_connection(self) -> None:
        """Check the entered settings in a background task; the answer appears below."""
        try:
            connection = self.connection()
        except EarthPlatformError as error:
            self.test_result.setText(f"✖ {error}")
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(tr("Testing…"))
        client = client_for(connection)
        self._task = CheckTask(client)
        self._task.done.connect(lambda outcome: self._show_check(outcome, client))
        QgsApplication.taskManager().addTask(self._task)

    def _show_check(
        self, outcome: TaskOutcome[ConnectionCheck], client: EarthPlatformClient
    ) -> None:
        client.close()
        self._task = None
        self.test_button.setEnabled(True)
        check = outcome.result
        # A check that could not run says why (outcome.error), not "the check did not run".
        message = check.message if check.ok or not outcome.error else outcome.error
        self.test_result.setText(("✔ " if check.ok else "✖ ") + message)

    def accept(self) -> None:
        """Store URLs in QgsSettings and credentials in the Authentication Manager."""
        credentials = self.credentials()
        authcfg = self.settings.authcfg
        try:
            self.connection()  # URLs and trusted servers it must not keep: said, nothing saved
            if credentials is not None and credentials != self.stored:
                authcfg = store_credentials(credentials, authcfg)
        except EarthPlatformError as error:
            self.test_result.setText(f"✖ {error}")
            return
        remember(
            api_url=self.api_url.text().strip(),
            token_url=self.token_url.text().strip(),
            authcfg=authcfg,
            requests_in_flight=self.requests_in_flight.value(),
            trusted_servers=self.trusted_servers.text().strip(),
        )
        super().accept()
