"""The release zip in real QGIS: installed as a user does it, loaded, unloaded, loaded again."""

from __future__ import annotations

import configparser
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from devserver.harness import StacTestServer
from scripts import qgis_desktop
from scripts.package import PLUGIN, REPO, build_zip

CYCLE_SCRIPT = Path(__file__).parent / "qgis_code" / "install_and_cycle.py"
REPEAT_SCRIPT = Path(__file__).parent / "qgis_code" / "repeat_cycles.py"


@pytest.fixture(scope="session")
def plugin_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_zip(tmp_path_factory.mktemp("dist"))


def run_cycle(profiles: Path, tmp_path: Path, plugin_zip: Path | None) -> dict[str, Any]:
    result_file = tmp_path / "result.json"
    env = {"EPQ_RESULT": str(result_file)}
    if plugin_zip is not None:
        env["EPQ_PLUGIN_ZIP"] = str(plugin_zip)
    process = qgis_desktop.run_qgis(profiles, CYCLE_SCRIPT, env=env)
    assert result_file.exists(), f"QGIS exited {process.returncode}:\n{process.stderr[-4000:]}"
    result: dict[str, Any] = json.loads(result_file.read_text())
    assert "error" not in result, result["error"]
    assert process.returncode == 0, process.stderr[-4000:]
    return result


def assert_present_once(state: dict[str, Any]) -> None:
    assert state["loaded"]
    assert state["active"]
    assert state["docks"] == ["EarthPlatformDock"]
    assert state["actions"] == ["EarthPlatformAction"]
    assert state["web_menu"].count("EarthPlatform") == 1
    assert state["web_toolbar"].count("EarthPlatformAction") == 1


def assert_gone(state: dict[str, Any]) -> None:
    assert not state["loaded"]
    assert not state["active"]
    assert state["docks"] == []
    assert state["actions"] == []
    assert "EarthPlatform" not in state["web_menu"]
    assert "EarthPlatformAction" not in state["web_toolbar"]


@pytest.fixture(scope="module")
def installed(
    plugin_zip: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, Any]]:
    """A fresh profile into which QGIS's own installer put the zip, and what the run saw."""
    profiles = tmp_path_factory.mktemp("qgis-profiles")
    qgis_desktop.make_profile(profiles)
    return profiles, run_cycle(profiles, tmp_path_factory.mktemp("run"), plugin_zip)


def test_install_from_zip_adds_button_menu_and_right_dock(
    installed: tuple[Path, dict[str, Any]],
) -> None:
    profiles, result = installed
    assert_present_once(result["after_install"])
    plugin_dir = qgis_desktop.profile_dir(profiles) / "python" / "plugins" / PLUGIN
    assert Path(result["plugin_file"]).parent == plugin_dir
    first, second = result["toggle"]["toggles"]
    assert first == {"dock_visible": True, "action_checked": True}
    assert second == {"dock_visible": False, "action_checked": False}
    assert result["toggle"]["area"] == 2  # Qt.DockWidgetArea.RightDockWidgetArea
    assert result["toggle"]["title"] == "EarthPlatform"


def test_unload_leaves_nothing_and_load_again_restores_once(
    installed: tuple[Path, dict[str, Any]],
) -> None:
    _, result = installed
    assert result["unload_ok"] is True
    assert_gone(result["after_unload"])
    assert result["reload_ok"] is True
    assert_present_once(result["after_reload"])
    # Warnings QGIS's own modules raise are not counted, the plugin's are.
    assert result["plugin_warning_counted"] is True
    assert result["messages"] == []


def test_the_zip_ships_the_plugins_own_files_only(plugin_zip: Path) -> None:
    """No package that no run-time code path imports: the plugin needs requests (every QGIS
    has it) and nothing else from PyPI."""
    with zipfile.ZipFile(plugin_zip) as archive:
        shipped = {name for name in archive.namelist() if name.endswith(".py")}
    package = REPO / PLUGIN
    own = {path.relative_to(REPO).as_posix() for path in package.rglob("*.py")}
    assert shipped == own


def test_installed_plugin_is_enabled_and_loads_at_next_start(
    installed: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    profiles, _ = installed
    ini = configparser.ConfigParser(interpolation=None, strict=False)
    ini.read(qgis_desktop.profile_dir(profiles) / "QGIS" / "QGIS3.ini")
    assert ini.get("PythonPlugins", PLUGIN) == "true"
    restarted = run_cycle(profiles, tmp_path, plugin_zip=None)
    assert_present_once(restarted["after_install"])
    assert_gone(restarted["after_unload"])
    assert_present_once(restarted["after_reload"])
    assert restarted["messages"] == []


def test_ten_load_search_unload_rounds_leave_nothing_behind(
    plugin_zip: Path, stac_server: StacTestServer, tmp_path: Path
) -> None:
    """Half the rounds unload the plugin while its search is still running."""
    profiles = tmp_path / "profiles"
    settings = qgis_desktop.profile_ini(
        api_url=stac_server.api_url, token_url=stac_server.token_url
    )
    qgis_desktop.make_profile(profiles, plugins={PLUGIN: True}, settings=settings)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(qgis_desktop.profile_dir(profiles) / "python" / "plugins")
    result_file = tmp_path / "result.json"
    # A temp folder of QGIS's own, so the temp-file count is the plugin's doing, not that of
    # whatever else runs on the machine meanwhile.
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        "EPQ_RESULT": str(result_file),
        "EDS_CLIENT_ID": stac_server.client_id,
        "EDS_SECRET": stac_server.client_secret,
        "TMPDIR": str(temp),
    }
    process = qgis_desktop.run_qgis(profiles, REPEAT_SCRIPT, env=env, timeout=600)
    assert result_file.exists(), f"QGIS exited {process.returncode}:\n{process.stderr[-4000:]}"
    result = json.loads(result_file.read_text())
    assert "error" not in result, result["error"]
    before, rounds = result["before"], result["rounds"]
    assert len(rounds) == 10
    assert [r["unloaded_mid_search"] for r in rounds] == [False, True] * 5
    for state in rounds:
        assert state["docks"] == 0
        assert state["actions"] == 0
        assert state["tasks"] == 0
        assert state["threads"] <= before["threads"]
        assert state["canvas_receivers"] == before["canvas_receivers"]
        assert state["project_receivers"] == before["project_receivers"]
        assert state["temp_files"] <= before["temp_files"]
    assert result["messages"] == []
    assert process.returncode == 0
