"""A STAC API item search as an analyst sets it up: typed, validated, and in wire and code form.

``SearchSpec`` holds the parameters of EarthDaily's pystac-client samples (collections, a
datetime range, an intersects geometry, the query extension, sortby, limit, max_items, ids) and
turns each one into its POST /search form in a small ``_format_*`` function, the way
pystac-client's ``ItemSearch`` does. Nothing invalid leaves it: every output validates first.
"""

from __future__ import annotations

import copy
import json
import math
import pprint
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from earthplatform_qgis.stac.words import tr

QUERY_OPERATORS = (
    "eq",
    "neq",
    "lt",
    "lte",
    "gt",
    "gte",
    "startsWith",
    "endsWith",
    "contains",
    "in",
)
TEXT_OPERATORS = frozenset({"startsWith", "endsWith", "contains"})
MAX_LIMIT = 10_000
DEFAULT_LIMIT = 100
DEFAULT_MAX_ITEMS = 1000
CLOUD_COVER = "eo:cloud_cover"
AG_CLOUD_MASK_AVAILABLE = "eda:ag_cloud_mask_available"
# Item fields that sit beside `properties`; every other sort field is an item property.
TOP_LEVEL_FIELDS = frozenset({"id", "collection"})
# How deep the positions of each geometry type are nested inside `coordinates`.
POSITION_DEPTH = {
    "Point": 0,
    "MultiPoint": 1,
    "LineString": 1,
    "MultiLineString": 2,
    "Polygon": 2,
    "MultiPolygon": 3,
}
GEOMETRY_TYPES = (*POSITION_DEPTH, "GeometryCollection")
ID_SEPARATORS = re.compile(r"[\s,;]+")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S UTC"
# A query is {"property": {"operator": value}}; values nest a little (lists in "in").
MAX_QUERY_DEPTH = 32
# Brackets, and strings whole (brackets inside them do not nest; an unclosed one runs to the end).
_JSON_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]')


@dataclass(frozen=True)
class Problem:
    """One reason a search cannot be sent, for the dock to show next to ``field``."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class SearchSpecError(ValueError):
    """The search, its stored form or a query text is invalid; ``problems`` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


@dataclass(frozen=True)
class SortField:
    """Sort the results by ``field`` (an item property such as ``eo:cloud_cover``, or ``id``)."""

    field: str
    descending: bool = False


@dataclass
class SearchSpec:
    """The parameters of one item search.

    ``start`` or ``end`` may be None, leaving that side of the period open. ``limit`` is the
    page size asked of the API, ``max_items`` the most items to fetch in all (None: every match).
    """

    collections: list[str] = field(default_factory=list)
    start: datetime | None = None
    end: datetime | None = None
    intersects: dict[str, Any] | None = None
    query: dict[str, dict[str, Any]] = field(default_factory=dict)
    sortby: list[SortField] = field(default_factory=list)
    limit: int = DEFAULT_LIMIT
    max_items: int | None = DEFAULT_MAX_ITEMS
    ids: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Naive datetimes are UTC; holding them aware keeps comparisons and round trips exact.
        self.start = None if self.start is None else _as_utc(self.start)
        self.end = None if self.end is None else _as_utc(self.end)

    def with_max_cloud_cover(self, percent: float) -> SearchSpec:
        """A copy keeping items with at most ``percent`` cloud cover; 100 removes the filter."""
        spec = copy.deepcopy(self)
        spec.query.pop(CLOUD_COVER, None)
        if percent != 100:
            spec.query[CLOUD_COVER] = {"lte": percent}
        return spec

    def with_mask_only(self, on: bool = True) -> SearchSpec:
        """A copy keeping only items that have an agriculture cloud mask (``on=False``: all)."""
        spec = copy.deepcopy(self)
        spec.query.pop(AG_CLOUD_MASK_AVAILABLE, None)
        if on:
            spec.query[AG_CLOUD_MASK_AVAILABLE] = {"eq": True}
        return spec

    def validate(self) -> list[Problem]:
        """Every problem that would make the search fail or mean something else; [] if none."""
        problems = _datetime_problems(self.start, self.end)
        if not self.collections and not self.ids:
            problems.append(
                Problem("collections", tr("Choose at least one collection or enter item IDs."))
            )
        problems += _name_problems(
            "collections",
            self.collections,
            tr("An empty collection is in the list; remove it."),
            tr("The collection {name} contains a space, comma or semicolon; enter one per line."),
        )
        # Any number of ids is fine: the matches come back a page of `limit` at a time.
        problems += _name_problems(
            "ids",
            self.ids,
            tr("An empty item ID is in the list; remove it."),
            tr("The item ID {name} contains a space, comma or semicolon; enter one per line."),
        )
        problems += _query_problems(self.query)
        problems += _sortby_problems(self.sortby)
        problems += _count_problems(self.limit, self.max_items)
        if self.intersects is not None:
            problems += [Problem("intersects", m) for m in _geometry_problems(self.intersects)]
        return problems

    def to_request_body(self) -> dict[str, Any]:
        """The JSON body of POST /search; empty parameters are left out."""
        self._raise_problems()
        body = {
            "collections": list(self.collections),
            "ids": list(self.ids),
            "datetime": format_interval(self.start, self.end),
            "intersects": copy.deepcopy(self.intersects),
            "query": copy.deepcopy(self.query),
            "sortby": _format_sortby(self.sortby),
            "limit": _format_limit(self.limit, self.max_items),
        }
        return {name: value for name, value in body.items() if value}

    def to_search_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``pystac_client.Client.search`` sending the same body."""
        kwargs = self.to_request_body()
        # max_items is no part of the body: pystac-client stops paging once it has that many.
        kwargs["max_items"] = self.max_items
        return kwargs

    def to_python_code(self, api_url: str, token_url: str) -> str:
        """The search as a runnable script in the style of EarthDaily's pystac-client samples.

        Credentials are read from the EDS_CLIENT_ID and EDS_SECRET environment variables.
        """
        arguments = "".join(
            _keyword_argument(name, value) for name, value in self.to_search_kwargs().items()
        )
        return _SCRIPT.format(api_url=api_url, token_url=token_url, arguments=arguments)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable copy, read back by ``from_dict``."""
        return {
            "collections": list(self.collections),
            "start": _format_stored_time(self.start),
            "end": _format_stored_time(self.end),
            "intersects": copy.deepcopy(self.intersects),
            "query": copy.deepcopy(self.query),
            "sortby": [{"field": s.field, "descending": s.descending} for s in self.sortby],
            "limit": self.limit,
            "max_items": self.max_items,
            "ids": list(self.ids),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SearchSpec:
        """The spec ``to_dict`` stored; missing keys take the defaults.

        Raises SearchSpecError naming each value of the wrong type. A well-typed but invalid
        spec (say, end before start) loads, so the dock can show its problems.
        """
        if not isinstance(data, dict):
            message = tr("The stored search {search} is not a JSON object.").format(
                search=_shorten(data)
            )
            raise SearchSpecError([Problem("spec", message)])
        stored = {**cls().to_dict(), **data}
        problems: list[Problem] = []

        def read(name: str, parse: Callable[[Any], Any]) -> Any:
            try:
                return parse(stored[name])
            except (TypeError, ValueError, KeyError, OverflowError) as error:
                message = tr("The stored value {value} cannot be read: {error}.").format(
                    value=_shorten(stored[name]), error=error
                )
                problems.append(Problem(name, message))
                return None

        spec = cls(
            collections=read("collections", _stored_strings),
            start=read("start", _parse_stored_time),
            end=read("end", _parse_stored_time),
            intersects=read("intersects", lambda v: _stored(v, dict, type(None))),
            query=read("query", lambda v: _stored(v, dict)),
            sortby=read("sortby", _parse_stored_sortby),
            limit=read("limit", lambda v: _stored(v, int)),
            max_items=read("max_items", lambda v: _stored(v, int, type(None))),
            ids=read("ids", _stored_strings),
        )
        if problems:
            raise SearchSpecError(problems)
        return spec

    def _raise_problems(self) -> None:
        problems = self.validate()
        if problems:
            raise SearchSpecError(problems)


def parse_ids(text: str) -> list[str]:
    """Item IDs from one per line or separated by commas, spaces or semicolons, first seen first."""
    return list(dict.fromkeys(part for part in ID_SEPARATORS.split(text) if part))


def parse_query(text: str) -> dict[str, dict[str, Any]]:
    """The query-extension object written as JSON text; blank text is no query.

    Raises SearchSpecError saying where the JSON breaks (line and column) or which property
    or operator has the wrong shape.
    """
    if not text.strip():
        return {}
    if _nested_deeper_than(text, MAX_QUERY_DEPTH):
        # The example goes in as a value: braces in the text would be taken for placeholders.
        message = tr(
            "The query is nested more than {depth} levels deep; a query is {example}."
        ).format(depth=MAX_QUERY_DEPTH, example='{"property": {"operator": value}}')
        raise SearchSpecError([Problem("query", message)])
    try:
        value = json.loads(
            text,
            object_pairs_hook=_unique_keys,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as error:
        # error.msg is Python's json module's own English (it has no translation).
        message = tr("Line {line}, column {column}: {error}.").format(
            line=error.lineno, column=error.colno, error=error.msg
        )
        raise SearchSpecError([Problem("query", message)]) from error
    except ValueError as error:
        raise SearchSpecError([Problem("query", str(error))]) from error
    problems = _query_problems(value)
    if problems:
        raise SearchSpecError(problems)
    return dict(value)


def _nested_deeper_than(text: str, limit: int) -> bool:
    """Whether JSON text opens more than `limit` arrays or objects inside one another.

    Checked before parsing: how deep json.loads and json.dumps go before a RecursionError
    differs between Python versions (3.14 reads 100,000 levels), so the bound is ours.
    """
    depth = 0
    for token in _JSON_NESTING.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > limit:
                return True
        elif bracket in "]}":
            depth -= 1
    return False


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of repeated keys: one property written twice would silently
    # lose its first operators.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(
                tr("{key} appears twice; put all its operators in one object.").format(
                    key=repr(key)
                )
            )
        result[key] = value
    return result


def _finite_float(text: str) -> float:
    # 1e400 reads as inf, which is no more JSON than Infinity.
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(tr("{number} is too large for a JSON number.").format(number=text))
    return value


def _reject_constant(name: str) -> Any:
    # Python's json reads NaN and Infinity, which are not JSON and the API rejects.
    raise ValueError(tr("{name} is not a JSON number.").format(name=name))


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _format_instant(moment: datetime | None) -> str:
    if moment is None:
        return ".."
    # isoformat keeps microseconds only when there are some, as pystac-client writes them.
    return _as_utc(moment).replace(tzinfo=None).isoformat() + "Z"


def format_interval(start: datetime | None, end: datetime | None) -> str | None:
    """The search's `datetime` parameter: a closed interval, ".." on an open side."""
    if start is None and end is None:
        return None
    return f"{_format_instant(start)}/{_format_instant(end)}"


def _format_sortby(sortby: list[SortField]) -> list[dict[str, str]]:
    return [
        {
            "field": _sort_path(s.field),
            "direction": "desc" if s.descending else "asc",
        }
        for s in sortby
    ]


def _sort_path(name: str) -> str:
    # The sort extension names item properties by their path, "properties.eo:cloud_cover".
    # pgstac strips the prefix before looking the queryable up, so both spellings sort the same
    # there; backends that sort on the document path (Elasticsearch, for one) need the prefix.
    if name in TOP_LEVEL_FIELDS or name.startswith("properties."):
        return name
    return f"properties.{name}"


def _format_limit(limit: int, max_items: int | None) -> int:
    # A page bigger than the items wanted only costs transfer; pystac-client shrinks it too.
    return limit if max_items is None else min(limit, max_items)


def _describe_time(moment: datetime) -> str:
    return _as_utc(moment).strftime(TIME_FORMAT)


def _datetime_problems(start: datetime | None, end: datetime | None) -> list[Problem]:
    if start is None or end is None or _as_utc(end) >= _as_utc(start):
        return []
    message = tr("The end, {end}, is before the start, {start}.").format(
        end=_describe_time(end), start=_describe_time(start)
    )
    return [Problem("end", message)]


def _name_problems(field_name: str, names: list[str], empty: str, spaced: str) -> list[Problem]:
    """empty and spaced: the field's messages for an empty name and one with a separator in
    it ({name}), through tr()."""
    problems = []
    for name in names:
        if not name:
            problems.append(Problem(field_name, empty))
        elif ID_SEPARATORS.search(name):
            problems.append(Problem(field_name, spaced.format(name=repr(name))))
    return problems


def _is_number(value: Any) -> bool:
    # bool is an int to Python but true/false to JSON.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an int beyond any double: 1 followed by 400 zeros
        return False


def _query_problems(query: Any) -> list[Problem]:
    if not isinstance(query, dict):
        message = tr("The query must be a JSON object such as {example}; it is {query}.").format(
            example=f'{{"{CLOUD_COVER}": {{"lt": 10}}}}', query=_shorten(query)
        )
        return [Problem("query", message)]
    problems = []
    for name, operators in query.items():
        if not isinstance(operators, dict) or not operators:
            message = tr(
                "In {where}, {name} must map to an object of operators and values, such as "
                "{example}."
            ).format(where=_shorten({name: operators}), name=_shorten(name), example='{"lt": 10}')
            problems.append(Problem("query", message))
            continue
        for operator, value in operators.items():
            problem = _operator_problem(name, operator, value)
            if problem:
                where = _shorten({name: {operator: value}})
                problems.append(
                    Problem(
                        "query", tr("In {where}, {problem}").format(where=where, problem=problem)
                    )
                )
    return problems


def _operator_problem(name: str, operator: str, value: Any) -> str | None:
    if operator not in QUERY_OPERATORS:
        return tr("{operator} is not an operator; use one of {operators}.").format(
            operator=_shorten(operator), operators=", ".join(QUERY_OPERATORS)
        )
    if operator == "in" and (not isinstance(value, list) or not value):
        return tr('"in" needs a list of values, such as ["a", "b"].')
    if operator in TEXT_OPERATORS and not isinstance(value, str):
        return tr('"{operator}" needs text in quotes.').format(operator=operator)
    if name == CLOUD_COVER:
        values = value if isinstance(value, list) else [value]
        if not all(_is_number(v) and 0 <= v <= 100 for v in values):
            return tr("cloud cover must be a number from 0 to 100.")
    return None


def _sortby_problems(sortby: list[SortField]) -> list[Problem]:
    return [
        Problem(
            "sortby",
            tr("Sort fields are property names without spaces; {field} is not.").format(
                field=repr(s.field)
            ),
        )
        for s in sortby
        if not s.field or ID_SEPARATORS.search(s.field)
    ]


def _count_problems(limit: int, max_items: int | None) -> list[Problem]:
    problems = []
    if isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        message = tr("The page size must be from 1 to {most}; it is {limit}.").format(
            most=f"{MAX_LIMIT:,}", limit=limit
        )
        problems.append(Problem("limit", message))
    if max_items is not None and (isinstance(max_items, bool) or max_items < 1):
        message = tr(
            "The maximum number of items must be at least 1 (empty for all); it is {max_items}."
        ).format(max_items=max_items)
        problems.append(Problem("max_items", message))
    return problems


def _geometry_problems(geometry: Any) -> list[str]:
    if not isinstance(geometry, dict) or not geometry:
        return [tr("The area of interest is empty; draw or choose one, or clear it.")]
    kind = geometry.get("type")
    if kind not in GEOMETRY_TYPES:
        return [
            tr(
                "The area of interest must be a GeoJSON geometry ({types}); its type is {kind}."
            ).format(types=", ".join(GEOMETRY_TYPES), kind=_shorten(kind))
        ]
    if kind == "GeometryCollection":
        parts = geometry.get("geometries")
        if not isinstance(parts, list) or not parts:
            return [tr("The area of interest is a GeometryCollection without geometries.")]
        return [message for part in parts for message in _geometry_problems(part)]
    coordinates: Any = geometry.get("coordinates")
    if not _nested_positions(coordinates, POSITION_DEPTH[kind]):
        return [
            tr(
                "The area of interest is a {kind} whose coordinates are empty or not nested as "
                "a {kind}'s: {coordinates}."
            ).format(kind=kind, coordinates=_shorten(coordinates))
        ]
    polygons = {"Polygon": [coordinates], "MultiPolygon": coordinates}.get(kind, [])
    for polygon in polygons:
        for ring in polygon:
            if len(ring) < 4 or ring[0] != ring[-1]:
                return [
                    tr(
                        "The area of interest is a {kind} with a ring that is not closed or has "
                        "fewer than 4 positions: {ring}."
                    ).format(kind=kind, ring=_shorten(ring))
                ]
    return []


def _nested_positions(value: Any, depth: int) -> bool:
    if depth == 0:
        return isinstance(value, list) and len(value) in (2, 3) and all(map(_is_number, value))
    return (
        isinstance(value, list)
        and bool(value)
        and all(_nested_positions(part, depth - 1) for part in value)
    )


def _shorten(value: Any) -> str:
    # Messages quote what the analyst wrote, cut short so a huge polygon stays readable.
    return textwrap.shorten(json.dumps(value, default=str), width=80, placeholder=" …")


def _format_stored_time(moment: datetime | None) -> str | None:
    return None if moment is None else _as_utc(moment).isoformat()


def _parse_stored_time(value: Any) -> datetime | None:
    if value is None:
        return None
    # Python before 3.11 does not read the "Z" suffix.
    return _as_utc(datetime.fromisoformat(_stored(value, str).replace("Z", "+00:00")))


def _parse_stored_sortby(value: Any) -> list[SortField]:
    return [
        SortField(_stored(s["field"], str), _stored(s["descending"], bool))
        for s in _stored(value, list)
    ]


def _stored(value: Any, *kinds: type) -> Any:
    # bool is an int subclass: a stored true must not become a page size of 1.
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        # Python's and JSON's names for the kinds, as the stored JSON is written.
        kind = next(k.__name__ for k in kinds if k is not type(None))
        message = (
            tr("{value} is not {kind} or null")
            if type(None) in kinds
            else tr("{value} is not {kind}")
        )
        raise TypeError(message.format(value=_shorten(value), kind=kind))
    return value


def _stored_strings(value: Any) -> list[str]:
    return [_stored(item, str) for item in _stored(value, list)]


def _keyword_argument(name: str, value: Any) -> str:
    prefix = f"    {name}="
    text = pprint.pformat(value, width=100 - len(prefix), sort_dicts=False)
    return prefix + text.replace("\n", "\n" + " " * len(prefix)) + ",\n"


_SCRIPT = '''\
"""EarthPlatform item search exported from the QGIS EarthPlatform plugin.

Set EDS_CLIENT_ID and EDS_SECRET in the environment, then run: python this_file.py
"""

import os

import requests
from pystac_client import Client

API_URL = {api_url!r}
TOKEN_URL = {token_url!r}


def get_token():
    """A bearer token from the OAuth client-credentials flow."""
    response = requests.post(
        TOKEN_URL,
        data={{"grant_type": "client_credentials"}},
        auth=(os.environ["EDS_CLIENT_ID"], os.environ["EDS_SECRET"]),
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["access_token"]


client = Client.open(API_URL, headers={{"Authorization": f"Bearer {{get_token()}}"}})
search = client.search(
{arguments})
for item in search.items():
    print(item.id, item.datetime, item.properties.get("eo:cloud_cover"))
'''


def unknown_properties(query: dict[str, Any], queryables: set[str]) -> list[str]:
    """The query's properties the catalog does not list among its queryables.

    EarthPlatform answers a query on a property it does not know with no items, not an
    error, so an empty result is worth this check. Empty when the catalog lists none.
    """
    if not queryables:
        return []
    return [name for name in query if name not in queryables]
