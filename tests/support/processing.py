"""Running the plugin's Processing algorithms as analysts do: processing.run in QGIS's Python
(with a feedback that keeps what was said), and `qgis_process` on the command line with the
plugin installed in a throwaway profile."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsVectorLayer,
)

from devserver.harness import StacTestServer
from scripts import qgis_desktop
from scripts.package import PLUGIN, assemble

WAIT_S = 60  # a bound for the slowest machine, not a pause


def processing() -> Any:
    """QGIS's `processing` package (its plugins folder is on sys.path once pytest-qgis runs)."""
    return importlib.import_module("processing")


def processing_core() -> Any:
    """processing.core.Processing, the module that initialises Processing's providers."""
    return importlib.import_module("processing.core.Processing")


class Feedback(QgsProcessingFeedback):
    """A feedback that keeps what the algorithm said."""

    def __init__(self) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info: str) -> None:  # noqa: N802 (QGIS's name)
        self.infos.append(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802 (QGIS's name)
        self.warnings.append(warning)


def plain(value: Any) -> Any:
    """An attribute value, NULL as None (QGIS gives a null QVariant on Qt5 builds)."""
    if value is None or (type(value).__name__ == "QVariant" and value.isNull()):
        return None
    return value


def output_layer(output: Any) -> QgsVectorLayer:
    """An algorithm's output (a layer or its source) as a valid layer."""
    layer = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output, "o", "ogr")
    assert layer.isValid(), output
    return layer


@cache
def qgis_process() -> list[str]:
    """The qgis_process command. Debian 12's wrapper passes /etc/default/qgis's QGIS_OPTS
    (--noversioncheck, meant for the desktop) to qgis_process, which refuses it ("Command
    --noversioncheck not known!", qgis/QGIS#57683; later Debian packages strip it): there, the
    binary the wrapper runs is called directly."""
    wrapper = shutil.which("qgis_process")
    assert wrapper, "QGIS's qgis_process is installed"
    probe = subprocess.run(
        [wrapper, "--version"], capture_output=True, text=True, timeout=WAIT_S, check=False
    )
    binary = Path(f"{wrapper}.bin")
    if "--noversioncheck not known" in probe.stdout + probe.stderr and binary.exists():
        return [str(binary)]
    return [wrapper]


def plugin_profile(root: Path, server: StacTestServer) -> Path:
    """A throwaway QGIS profile under root with the plugin installed and enabled and the test
    catalog in its settings."""
    settings = qgis_desktop.profile_ini(api_url=server.api_url, token_url=server.token_url)
    qgis_desktop.make_profile(root, plugins={PLUGIN: True}, settings=settings)
    with tempfile.TemporaryDirectory() as tmp:
        qgis_desktop.install_plugin_folder(root, assemble(Path(tmp)))
    return root


def run_qgis_process(
    profiles: Path, server: StacTestServer, *arguments: str
) -> subprocess.CompletedProcess[str]:
    """qgis_process on the throwaway profile (QGIS_CUSTOM_CONFIG_PATH: it takes the profile
    named `default` under <path>/profiles), signed in through the EDS_* variables."""
    env = dict(os.environ)
    for name in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV", "EDS_API_URL", "EDS_AUTH_URL"):
        env.pop(name, None)  # QGIS's Python is Debian's, not the venv's
    env.update(
        {
            "QGIS_CUSTOM_CONFIG_PATH": str(profiles),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(profiles / "xdg-runtime"),
            "EDS_CLIENT_ID": server.client_id,
            "EDS_SECRET": server.client_secret,
            "HOME": str(profiles),  # no ~/.earthdaily/credentials but the test's
        }
    )
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    return subprocess.run(
        [*qgis_process(), *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_S * 3,
        check=False,
    )


def model_step(
    algorithm_id: str,
    child_id: str,
    statics: dict[str, Any],
    sources: dict[str, QgsProcessingModelChildParameterSource] | None = None,
) -> QgsProcessingModelChildAlgorithm:
    """A step of a model as the modeler builds it: fixed values and sources (a model
    parameter, another step's output) for its parameters."""
    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setChildId(child_id)
    for name, value in statics.items():
        step.addParameterSources(
            name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)]
        )
    for name, source in (sources or {}).items():
        step.addParameterSources(name, [source])
    return step


def with_output(step: QgsProcessingModelChildAlgorithm, name: str, description: str) -> None:
    """The step's OUTPUT made the model's output `name`."""
    output = QgsProcessingModelOutput(name, description)
    output.setChildId(step.childId())
    output.setChildOutputName("OUTPUT")
    step.setModelOutputs({name: output})


def saved_and_loaded(model: QgsProcessingModelAlgorithm, path: Path) -> tuple[Any, str]:
    """The model written to path and read back, as the modeler saves and opens it, and the
    name of its one output's parameter (named differently by different QGIS releases)."""
    assert model.toFile(str(path))
    loaded = QgsProcessingModelAlgorithm()
    assert loaded.fromFile(str(path))
    [destination] = [p.name() for p in loaded.destinationParameterDefinitions()]
    return loaded, destination
