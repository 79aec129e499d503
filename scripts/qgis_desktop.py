"""Run the real QGIS desktop on a throwaway profile, under Xvfb where no display is set."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path

from earthplatform_qgis.settings import KEY_PREFIX, Settings

PROFILE = "default"
# Keep a fresh profile quiet: no news feed fetch, no tips, no version check over the network.
QUIET_PROFILE_SETTINGS = {
    "qgis": {"checkVersion": "false", "showTips": "false", "showTips322": "false"},
    "core": {"NewsFeed\\httpsfeedqgisorg\\disabled": "true"},
}


def profile_dir(profiles_path: Path) -> Path:
    """Where QGIS keeps the profile used by run_qgis under profiles_path."""
    return profiles_path / "profiles" / PROFILE


def make_profile(
    profiles_path: Path,
    *,
    plugins: Mapping[str, bool] | None = None,
    settings: Mapping[str, Mapping[str, str]] | None = None,
) -> Path:
    """Create a fresh profile (replacing any old one) with these plugins and settings."""
    profile = profile_dir(profiles_path)
    shutil.rmtree(profile, ignore_errors=True)
    (profile / "python" / "plugins").mkdir(parents=True)
    ini = configparser.ConfigParser(interpolation=None)
    ini.optionxform = str  # type: ignore[assignment,method-assign]  # QGIS keys are case-sensitive
    sections: dict[str, dict[str, str]] = {k: dict(v) for k, v in QUIET_PROFILE_SETTINGS.items()}
    for section, values in (settings or {}).items():
        sections.setdefault(section, {}).update(values)
    sections["PythonPlugins"] = {name: str(on).lower() for name, on in (plugins or {}).items()}
    ini.read_dict(sections)
    (profile / "QGIS").mkdir()
    with open(profile / "QGIS" / "QGIS3.ini", "w", encoding="utf-8") as handle:
        ini.write(handle, space_around_delimiters=False)
    return profile


def install_plugin_folder(profiles_path: Path, plugin_folder: Path) -> Path:
    """Copy an assembled plugin folder into the profile's python/plugins."""
    dest = profile_dir(profiles_path) / "python" / "plugins" / plugin_folder.name
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(plugin_folder, dest)
    return dest


def qgis_command(profiles_path: Path, code: Path | None = None) -> list[str]:
    """The command line that starts QGIS on the profile, wrapped in xvfb-run without a display."""
    command = [
        "qgis",
        "--nologo",
        "--noversioncheck",
        "--profiles-path",
        str(profiles_path),
        "--profile",
        PROFILE,
    ]
    if code is not None:
        command += ["--code", str(code)]
    if not os.environ.get("DISPLAY"):
        command = ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1600x1000x24", *command]
    return command


def run_qgis(
    profiles_path: Path,
    code: Path | None = None,
    *,
    env: Mapping[str, str] | None = None,
    timeout: float | None = 180,
) -> subprocess.CompletedProcess[str]:
    """Run QGIS until it exits (the code script is expected to quit it) and return its output."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    # QGIS's own Python must not see the developer's venv: it runs on Debian's interpreter.
    for name in ("PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV"):
        full_env.pop(name, None)
    # The desktop needs a real (virtual) screen: QGIS aborts on Qt's offscreen platform.
    full_env.pop("QT_QPA_PLATFORM", None)
    full_env.setdefault("XDG_RUNTIME_DIR", str(profiles_path / "xdg-runtime"))
    Path(full_env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, parents=True, exist_ok=True)
    return subprocess.run(
        qgis_command(profiles_path, code),
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def profile_ini(**values: str) -> dict[str, dict[str, str]]:
    """The plugin's settings (fields of earthplatform_qgis.settings.Settings) as a QGIS3.ini
    section, for make_profile to write before QGIS starts."""
    keys = {f.name: f.metadata["key"] for f in fields(Settings)}
    section = KEY_PREFIX.rstrip("/")
    return {section: {keys[name].replace("/", "\\"): value for name, value in values.items()}}
