"""The order a STAC API returns search results in, as a sort key computed from each item.

Searches sorted by the server in several parts are merged back into one order with these keys,
so they must order items as the server does. They follow stac-fastapi-pgstac, which
EarthPlatform's API is built on:
- no sortby is `datetime` descending; `collection` and then `id` break ties, in the direction
  of the first sort field;
- `datetime` is the item's datetime, or its start_datetime where it has none;
- a property the catalog's queryables declare a number or integer compares as a number, one
  declared a date-time as an instant, any other as its text (code-point order, as PostgreSQL's
  C collation);
- a missing value comes last in ascending order and first in descending order.
Whoever merges checks the server's pages against these keys (see chunks.py).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import datetime, timezone
from enum import Enum
from typing import Any

from earthplatform_qgis.stac.spec import TOP_LEVEL_FIELDS, SortField

DATETIME = "datetime"
# Sort fields that pgstac reads from its own columns rather than through a queryable.
_INSTANT_FIELDS = frozenset({DATETIME, "start_datetime", "end_datetime"})
TIEBREAKERS = ("collection", "id")
DEFAULT_SORT = (SortField(DATETIME, descending=True),)


class Kind(Enum):
    """How a sort field's values compare."""

    NUMBER = "number"
    INSTANT = "instant"
    TEXT = "text"


def kinds_from_queryables(schema: Any) -> dict[str, Kind]:
    """Each property a /queryables schema types as a number or a date-time, and its kind."""
    properties = schema.get("properties") if isinstance(schema, dict) else None
    kinds: dict[str, Kind] = {}
    for name, definition in (properties if isinstance(properties, dict) else {}).items():
        if not isinstance(definition, dict):
            continue
        types = definition.get("type")
        types = types if isinstance(types, list) else [types]
        if "number" in types or "integer" in types:
            kinds[name] = Kind.NUMBER
        elif definition.get("format") in ("date-time", "date"):
            kinds[name] = Kind.INSTANT
    return kinds


class _Descending:
    """A key component compared the other way round."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: Any) -> bool:
        if isinstance(other, _Descending):
            return bool(other.value < self.value)
        return NotImplemented

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and self.value == other.value

    def __hash__(self) -> int:
        return hash(self.value)


class _Last:
    """A key component after every value: a bound that every item with an equal first
    component comes before."""

    __slots__ = ()

    def __lt__(self, other: Any) -> bool:
        return False

    def __gt__(self, other: Any) -> bool:
        return other is not self

    def __eq__(self, other: object) -> bool:
        return other is self

    def __hash__(self) -> int:
        return 0


LAST = _Last()


def parse_instant(value: Any) -> datetime | None:
    """An RFC 3339 timestamp as an aware UTC datetime; None if it is none."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


class ItemOrder:
    """The server's order of one search's results: key(item) sorts items as it sends them."""

    def __init__(
        self, sortby: list[SortField] | tuple[SortField, ...], kinds: Mapping[str, Kind]
    ) -> None:
        fields = list(sortby) or list(DEFAULT_SORT)
        descending = fields[0].descending
        named = {_bare(f.field) for f in fields}
        fields += [SortField(name, descending) for name in TIEBREAKERS if name not in named]
        self.fields = [SortField(_bare(f.field), f.descending) for f in fields]
        self._kinds = [self._kind(f.field, kinds) for f in self.fields]

    @property
    def by_datetime(self) -> bool:
        """Whether the first sort field is the item's datetime (chunks of time then follow
        one another in the order)."""
        return self.fields[0].field == DATETIME

    @property
    def newest_first(self) -> bool:
        return self.fields[0].descending

    @staticmethod
    def _kind(name: str, kinds: Mapping[str, Kind]) -> Kind:
        if name in _INSTANT_FIELDS:
            return Kind.INSTANT
        if name in TOP_LEVEL_FIELDS:
            return Kind.TEXT
        return kinds.get(name, Kind.TEXT)

    def key(self, item: dict[str, Any]) -> tuple[Any, ...]:
        """The item's place in the order: smaller keys come first."""
        properties = item.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        return tuple(
            self._component(_value(item, properties, f.field), kind, f.descending)
            for f, kind in zip(self.fields, self._kinds)
        )

    def bound(self, moment: datetime) -> tuple[Any, ...]:
        """A key after every item whose datetime is `moment` (by_datetime orders only)."""
        first = self._component(moment, Kind.INSTANT, self.fields[0].descending)
        return (first, LAST)

    @staticmethod
    def _component(value: Any, kind: Kind, descending: bool) -> Any:
        typed = _typed(value, kind)
        # (0, value) before (1, None): missing values after all others, then reversed for desc.
        component = (1, 0) if typed is None else (0, typed)
        return _Descending(component) if descending else component


def _bare(name: str) -> str:
    return name[len("properties.") :] if name.startswith("properties.") else name


def _value(item: dict[str, Any], properties: dict[str, Any], name: str) -> Any:
    if name in TOP_LEVEL_FIELDS:
        return item.get(name)
    if name == DATETIME:
        value = properties.get(DATETIME)
        return value if value is not None else properties.get("start_datetime")
    if name == "end_datetime":
        value = properties.get("end_datetime")
        return value if value is not None else properties.get(DATETIME)
    return properties.get(name)


def _typed(value: Any, kind: Kind) -> Any:
    """The value as the server compares it, or None where it has none of that kind."""
    if value is None:
        return None
    if kind is Kind.INSTANT:
        if isinstance(value, datetime):  # a bound, from the search's own datetimes
            return value.astimezone(timezone.utc)
        return parse_instant(value)
    if kind is Kind.NUMBER:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, str):
        return value
    # PostgreSQL's ->> of a JSON number or boolean: its JSON text.
    return json.dumps(value, separators=(",", ":"))
