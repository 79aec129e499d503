"""parse_page: json.loads's reading of a page, plus each feature's own bytes."""

from __future__ import annotations

import json

import pytest

from earthplatform_qgis.stac.paging import parse_page

ITEMS = [
    {"type": "Feature", "id": "a", "properties": {"eo:cloud_cover": 1.5, "név": "é"}},
    {"type": "Feature", "id": "b", "geometry": None, "assets": {}},
]


@pytest.mark.parametrize(
    "text",
    [
        json.dumps({"type": "FeatureCollection", "features": ITEMS, "links": []}),
        json.dumps({"features": ITEMS}, indent=2, ensure_ascii=False),
        ' \n{ "links" : [ {"rel": "next"} ] ,\t"features" : [ ] , "numberMatched" : 0 } \n',
        json.dumps({"features": ITEMS, "context": {"matched": 2}}, separators=(",", ":")),
    ],
)
def test_reads_as_json_loads_does_and_keeps_each_features_text(text: str) -> None:
    content = text.encode("utf-8")
    page, texts = parse_page(content)
    assert page == json.loads(text)
    assert texts is not None
    assert [json.loads(t) for t in texts] == page["features"]
    assert all(t in content for t in texts)  # exactly as sent, spacing, accents and all


@pytest.mark.parametrize("text", ["[1, 2]", '"text"', "3", "null"])
def test_other_json_is_read_without_texts(text: str) -> None:
    assert parse_page(text.encode()) == (json.loads(text), None)


def test_a_later_features_key_of_another_kind_wins_as_in_json_loads() -> None:
    text = '{"features": [{"id": "a"}], "features": "none"}'
    assert parse_page(text.encode()) == ({"features": "none"}, None)


@pytest.mark.parametrize(
    "text",
    [
        '{"features": [{"id": "a"}',
        '{"features": [{"id": "a"},]}',
        '{"features": [] "links": []}',
        '{"a": 1} trailing',
        "{1: 2}",
        "",
        '{"features": [NaNx]}',
    ],
)
def test_broken_json_raises_value_error_like_json_loads(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (json.loads's own error type)
        json.loads(text)
    with pytest.raises(ValueError):  # noqa: PT011
        parse_page(text.encode())


def test_a_page_that_is_not_utf8_raises_value_error() -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (UnicodeDecodeError is one)
        parse_page('{"features": [{"id": "é"}]}'.encode("latin-1"))


def test_footprints_keep_each_items_text_as_the_server_sent_it(qgis_app: object) -> None:
    from tests.support.footprints import footprint_layer

    text = json.dumps({"type": "FeatureCollection", "features": ITEMS}, indent=3)
    page, texts = parse_page(text.encode())
    layer, _, ids = footprint_layer([page["features"]], [texts])
    kept = [layer.getFeature(feature_id)["item_json"].encode("utf-8") for feature_id in ids]
    assert kept == texts
