"""A checker of --explain=FILE documents against the schema in enzymec/ad/explain/explain_log.py."""

from __future__ import annotations

from enzymec.ad.explain.explain_log import EVENT_FIELDS

LOCATION_KEYS = {"file", "line", "column"}


def check_location(where) -> None:
    if where is None:
        return
    assert set(where) == LOCATION_KEYS, where
    assert isinstance(where["file"], str) and where["file"]
    assert isinstance(where["line"], int) and where["line"] > 0, where
    assert isinstance(where["column"], int) and where["column"] >= 0, where


def check_event(event: dict) -> None:
    assert event["kind"] in EVENT_FIELDS, event
    expected = {"kind", "location", "message", *EVENT_FIELDS[event["kind"]]}
    assert set(event) == expected, (event["kind"], set(event) ^ expected)
    assert isinstance(event["message"], str) and event["message"]
    check_location(event["location"])
    for key in ("active", "removed", "custom"):
        if key in event:
            assert isinstance(event[key], bool), event
    for key in ("bytes_per_iteration", "loop_trip_count", "bytes_per_loop", "bytes_total"):
        if key in event:
            assert event[key] is None or isinstance(event[key], int) and event[key] > 0, event


def check_document(document: dict) -> None:
    assert set(document) == {"version", "units"} and document["version"] == 1
    for unit in document["units"]:
        assert set(unit) == {"source", "functions"}
        for function in unit["functions"]:
            assert set(function) == {"function", "mode", "synthesized", "location", "events"}
            assert function["mode"] in ("reverse", "forward", "split"), function["mode"]
            check_location(function["location"])
            for event in function["events"]:
                check_event(event)
