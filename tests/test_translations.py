"""The plugin's translations: every string of the code translated in each .ts file, placeholders
kept, the .qm file matching QGIS's locale loaded, and the dock in Portuguese in real QGIS."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale

from earthplatform_qgis.stac.spec import SearchSpec
from earthplatform_qgis.translation import PluginTranslator, qm_file, tr
from scripts import qgis_desktop
from scripts.package import PLUGIN, build_zip
from scripts.translations import build_qm, extract, messages, qm_name, ts_files

LABELS_SCRIPT = Path(__file__).parent / "qgis_code" / "read_dock_labels.py"
PLACEHOLDER = re.compile(r"\{\w*\}")


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Every string pylupdate5 finds in the code, as `make translations` runs it."""
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    extract([fresh])
    return set(messages(fresh))


@pytest.mark.parametrize("ts", ts_files(), ids=lambda path: path.name)
def test_every_string_of_the_code_is_translated_in_each_ts_file(
    ts: Path, in_code: set[str]
) -> None:
    """Fails the build on a string added to the code (or changed) and not translated: run
    `make translations` and translate what comes in unfinished."""
    translated = {source for source, text in messages(ts).items() if text}
    assert sorted(in_code - translated) == []
    assert sorted(set(messages(ts)) - in_code) == [], "strings gone from the code"


@pytest.mark.parametrize("ts", ts_files(), ids=lambda path: path.name)
def test_translations_keep_the_placeholders(ts: Path) -> None:
    changed = [
        source
        for source, text in messages(ts).items()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert changed == []


def test_the_code_extracts_more_than_a_handful_of_strings(in_code: set[str]) -> None:
    """A guard on the guard: pylupdate5 reads tr() and marked() calls (f-strings it cannot)."""
    assert {"Search", "More filters", "Clear sky over fields", "Search items"} <= in_code
    # The core's too (stac/, map/, tasks/: stac.words.tr).
    assert {"Signed in to {title}.", "The map extent is empty", "no cloud mask"} <= in_code
    assert len(in_code) > 250


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    for ts in ts_files():
        build_qm(ts, folder / qm_name(ts))
    return folder


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("pt_BR", "earthplatform_qgis_pt_BR.qm"),
        ("pt_PT", "earthplatform_qgis_pt_BR.qm"),
        ("pt", "earthplatform_qgis_pt_BR.qm"),
        ("fr", "earthplatform_qgis_fr.qm"),
        ("fr_CA", "earthplatform_qgis_fr.qm"),
        ("en_US", None),
        ("de_DE", None),
    ],
)
def test_the_qm_file_of_the_locale_or_of_its_language(
    qm_dir: Path, locale: str, expected: str | None
) -> None:
    found = qm_file(locale, qm_dir)
    assert (found.name if found else None) == expected


def test_the_translator_speaks_from_install_to_remove(qgis_app: object, qm_dir: Path) -> None:
    translator = PluginTranslator(qm_dir)
    assert translator.install("pt_BR") == qm_dir / "earthplatform_qgis_pt_BR.qm"
    try:
        assert tr("Search") == "Buscar"
        assert tr("More filters") == "Mais filtros"
        assert tr("Not in any .ts file") == "Not in any .ts file"
        assert translator.install("fr_FR") == qm_dir / "earthplatform_qgis_fr.qm"
        assert tr("Clear sky over fields") == "Ciel dégagé sur les parcelles"
    finally:
        translator.remove()
    assert tr("Search") == "Search"
    assert translator.installed is None
    assert translator.install("en_GB") is None


def test_the_core_speaks_the_translators_language(qgis_app: object, qm_dir: Path) -> None:
    """stac/ has no Qt: its words go through the hook translation.py sets, so the search
    form's problems come out in QGIS's language, and in English again without a translator."""
    translator = PluginTranslator(qm_dir)
    translator.install("pt_BR")
    try:
        problems = SearchSpec(collections=[]).validate()
        assert problems[0].message == "Escolha ao menos uma coleção ou informe ids de itens."
    finally:
        translator.remove()
    assert SearchSpec(collections=[]).validate()[0].message == (
        "Choose at least one collection or enter item IDs."
    )


def test_the_translator_follows_qgis_language_override(qgis_app: object, qm_dir: Path) -> None:
    """QGIS's own language (Options, General, Override system locale), not the system's."""
    settings = QgsSettings()
    before = {key: settings.value(key) for key in ("locale/userLocale", "locale/overrideFlag")}
    translator = PluginTranslator(qm_dir)
    try:
        settings.setValue("locale/userLocale", "pt_BR")
        settings.setValue("locale/overrideFlag", True)
        assert translator.install() == qm_dir / "earthplatform_qgis_pt_BR.qm"
        settings.setValue("locale/overrideFlag", False)
        assert translator.install() == qm_file(QLocale.system().name(), qm_dir)
    finally:
        translator.remove()
        for key, value in before.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def test_the_zip_ships_qm_files_and_no_ts(tmp_path: Path) -> None:
    with zipfile.ZipFile(build_zip(tmp_path)) as archive:
        names = set(archive.namelist())
    assert {f"{PLUGIN}/i18n/{qm_name(ts)}" for ts in ts_files()} <= names
    assert not [name for name in names if name.endswith(".ts")]


def test_real_qgis_in_brazilian_portuguese_shows_the_dock_in_portuguese(tmp_path: Path) -> None:
    """QGIS set to pt_BR in its options (as a user sets it), the release zip installed."""
    profiles = tmp_path / "profiles"
    locale = {"locale": {"userLocale": "pt_BR", "overrideFlag": "true"}}
    qgis_desktop.make_profile(profiles, plugins={PLUGIN: True}, settings=locale)
    with zipfile.ZipFile(build_zip(tmp_path / "dist")) as archive:
        archive.extractall(qgis_desktop.profile_dir(profiles) / "python" / "plugins")
    result_file = tmp_path / "result.json"
    process = qgis_desktop.run_qgis(profiles, LABELS_SCRIPT, env={"EPQ_RESULT": str(result_file)})
    assert result_file.exists(), f"QGIS exited {process.returncode}:\n{process.stderr[-4000:]}"
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert "error" not in result, result["error"]
    assert result["locale"] == "pt_BR"
    assert result["buttons"]["searchButton"] == "Buscar"
    assert result["buttons"]["cancelButton"] == "Cancelar"
    assert result["buttons"]["loadCloudMasksButton"] == "Carregar máscaras de nuvem"
    assert result["buttons"]["clearSkyButton"] == "Contar céu limpo"
    assert result["boxes"]["moreFilters"] == "Mais filtros"
    assert result["boxes"]["clearSkyPanel"] == "Céu limpo sobre os talhões"
    assert result["boxes"]["savedSearchesBox"] == "Buscas salvas"
    # QGIS sets a toolbar action's tooltip in bold.
    assert "Buscar no catálogo EarthPlatform da EarthDaily" in result["action_tooltip"]
