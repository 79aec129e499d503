"""Searches the analyst named: filters and area, kept in the project (with it, for everyone who
opens it) or in the user profile (for every project), and when each was last run."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from qgis.core import Qgis, QgsMessageLog, QgsProject

from earthplatform_qgis.__about__ import LOG_TAG
from earthplatform_qgis.settings import Settings, remember
from earthplatform_qgis.stac.spec import SearchSpec, SearchSpecError
from earthplatform_qgis.translation import marked, tr

PROJECT, PROFILE = "project", "profile"
PLACES = {PROJECT: marked("this project"), PROFILE: marked("your profile")}  # through tr()
EXTENT_AREA, FIELDS_AREA = "extent", "fields"
# Where a project keeps its saved searches (QgsProject entries).
PROJECT_SCOPE, PROJECT_KEY = "earthplatform", "saved_searches"


@dataclass(frozen=True)
class SavedArea:
    """Where a saved search looks: the map extent it had (xmin, ymin, xmax, ymax in the CRS
    given as WKT), or the features of a polygon layer: all, or the ids selected when saved."""

    kind: str
    extent: tuple[float, ...] = ()
    crs: str = ""
    layer_id: str = ""
    layer_name: str = ""
    selected_ids: tuple[int, ...] | None = None

    def describe(self) -> str:
        """e.g. "the map extent" or "the 3 selected fields of parcels"."""
        if self.kind == EXTENT_AREA:
            return tr("the map extent it was saved with")
        if self.selected_ids is None:
            return tr("the fields of {layer}").format(layer=self.layer_name)
        count = len(self.selected_ids)
        selected = (
            tr("the {n} selected field of {layer}")
            if count == 1
            else tr("the {n} selected fields of {layer}")
        )
        return selected.format(n=count, layer=self.layer_name)


@dataclass(frozen=True)
class SavedSearch:
    """A named search: its filters (SearchSpec.to_dict(), no area), its area, where it is kept,
    and when it was last run from the list ("" when never), in ISO 8601 UTC."""

    name: str
    place: str
    filters: dict[str, Any]
    area: SavedArea
    last_run: str = ""

    def spec(self) -> SearchSpec:
        """The filters as a search (without its area); SearchSpecError when unreadable."""
        return SearchSpec.from_dict(self.filters)

    def since_last_run(self) -> SearchSpec:
        """The filters with the period starting at the last run (as saved when never run)."""
        spec = self.spec()
        if self.last_run:
            spec.start = datetime.fromisoformat(self.last_run)
        return spec

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["place"]  # where it is stored says it
        return data


def saved_search(data: Any, place: str) -> SavedSearch | None:
    """The saved search a stored dict describes, or None (logged) when it is not one."""
    try:
        area = dict(data["area"])
        if area.get("selected_ids") is not None:
            area["selected_ids"] = tuple(int(i) for i in area["selected_ids"])
        area["extent"] = tuple(float(v) for v in area.get("extent") or ())
        search = SavedSearch(
            name=str(data["name"]),
            place=place,
            filters=dict(data["filters"]),
            area=SavedArea(**area),
            last_run=str(data.get("last_run") or ""),
        )
        search.spec()  # its filters must read back
    except (KeyError, TypeError, ValueError, SearchSpecError) as error:
        QgsMessageLog.logMessage(
            tr("A saved search in {place} cannot be read and is left out: {error}").format(
                place=tr(PLACES[place]), error=repr(error)
            ),
            LOG_TAG,
            Qgis.MessageLevel.Warning,
        )
        return None
    return search


def load_saved(project: QgsProject) -> list[SavedSearch]:
    """The project's saved searches, then the profile's, each in the order saved."""
    text, _ = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    found = []
    for place, stored in ((PROJECT, text), (PROFILE, Settings.load().saved_searches)):
        try:
            entries = json.loads(stored) if stored else []
        except ValueError:
            entries = []
        for entry in entries if isinstance(entries, list) else []:
            search = saved_search(entry, place)
            if search is not None:
                found.append(search)
    return found


def store_saved(searches: list[SavedSearch], project: QgsProject) -> None:
    """Keep searches, each in its place (the project's are saved with the project)."""
    for place in (PROJECT, PROFILE):
        text = json.dumps([s.to_dict() for s in searches if s.place == place])
        if place == PROJECT:
            before, _ = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
            if text != (before or "[]"):  # an unchanged list leaves the project unmodified
                project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, text)
        else:
            remember(saved_searches=text)


def replaced(searches: list[SavedSearch], new: SavedSearch) -> list[SavedSearch]:
    """searches with new in place of the one of its name and place (or added at the end)."""
    for index, search in enumerate(searches):
        if (search.name, search.place) == (new.name, new.place):
            return [*searches[:index], new, *searches[index + 1 :]]
    return [*searches, new]
