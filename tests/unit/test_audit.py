"""Canonical bytes, hashes and chain verification of history records (engine.audit)."""

from __future__ import annotations

import hashlib
import itertools
import json
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from engine.audit import (
    GENESIS,
    HASHED_FIELDS,
    Finding,
    Report,
    canonical_bytes,
    canonical_value,
    group_by_case,
    record_hash,
    utc_text,
    verify_chain,
)

CASE = "3f0c8a1e-0000-4000-8000-000000000001"
AT = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
ICT = timezone(timedelta(hours=7))


def record(**changes: Any) -> dict[str, Any]:
    """A record dict with every hashed field (not yet hashed)."""
    base: dict[str, Any] = {
        "case": CASE,
        "seq": 1,
        "kind": "transition",
        "trigger": "register",
        "from": None,
        "to": "submitted",
        "actor": "clerk",
        "role": "clerk",
        "at": AT,
        "payload": {"applicant": "Nguyễn Văn A", "pages": 5},
        "reason": None,
        "workflow": "example-permit",
        "workflow_version": 1,
        "prev_hash": GENESIS,
    }
    base.update(changes)
    return base


def chain(n: int = 4, state_after: str = "reviewed") -> list[dict[str, Any]]:
    """A correctly hashed chain of `n` records: register, review, then comments."""
    out: list[dict[str, Any]] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        if seq == 1:
            rec = record(seq=1, prev_hash=prev)
        elif seq == 2:
            rec = record(
                seq=2,
                trigger="review",
                **{"from": "submitted", "to": state_after},
                actor="reviewer",
                role="reviewer",
                payload={"note": "x"},
                prev_hash=prev,
            )
        else:
            rec = record(
                seq=seq,
                kind="comment",
                trigger="comment",
                **{"from": state_after, "to": state_after},
                payload={"text": f"comment {seq}"},
                prev_hash=prev,
            )
        rec["hash"] = record_hash(rec)
        prev = rec["hash"]
        out.append(rec)
    return out


def rehash(rec: dict[str, Any]) -> None:
    rec["hash"] = record_hash(rec)


# ---- canonical bytes ---------------------------------------------------------------------------------------


def test_canonical_bytes_exact_form():
    rec = record(payload={"b": 1, "a": "x"}, reason="đủ")
    expected = (
        '{"actor":"clerk","at":"2026-12-01T03:00:00.000000Z","case":"' + CASE + '","from":null,"kind":"transition",'
        '"payload":{"a":"x","b":1},"prev_hash":"' + GENESIS + '","reason":"đủ","role":"clerk","seq":1,'
        '"to":"submitted","trigger":"register","workflow":"example-permit","workflow_version":1}'
    ).encode("utf-8")
    assert canonical_bytes(rec) == expected


def test_canonical_bytes_sorted_keys_no_spaces():
    rec = record(payload={"zeta": 1, "alpha": {"y": 2, "b": 3}, "mid": [3, 2, 1]})
    raw = canonical_bytes(rec)
    body = json.loads(raw)
    assert list(body) == sorted(HASHED_FIELDS)
    assert list(body["payload"]) == ["alpha", "mid", "zeta"]
    assert list(body["payload"]["alpha"]) == ["b", "y"]
    assert body["payload"]["mid"] == [3, 2, 1]  # lists keep their order
    assert b" " not in raw and b"\n" not in raw


def test_canonical_bytes_only_hashed_fields():
    rec = record()
    extra = dict(rec, hash="f" * 64, id=99, something="else")
    assert canonical_bytes(extra) == canonical_bytes(rec)
    assert set(json.loads(canonical_bytes(rec))) == set(HASHED_FIELDS)


def test_canonical_bytes_missing_field_is_an_error():
    rec = record()
    del rec["prev_hash"]
    with pytest.raises(KeyError):
        canonical_bytes(rec)


def test_canonical_bytes_are_utf8_not_escapes():
    raw = canonical_bytes(record(payload={"applicant": "Nguyễn Văn A", "note": "m²"}))
    assert "Nguyễn Văn A".encode() in raw
    assert "m²".encode() in raw
    assert b"\\u" not in raw
    raw.decode("utf-8")  # valid UTF-8


@pytest.mark.parametrize("text", ["Mỹ", "Nguyễn Văn A", "Đã thẩm định"])
def test_nfd_and_nfc_give_the_same_bytes_and_hash(text):
    nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    assert nfc != nfd  # the test is about a real difference
    a = record(payload={"applicant": nfc, nfc: [nfc]}, reason=nfc, actor="clerk")
    b = record(payload={"applicant": nfd, nfd: [nfd]}, reason=nfd, actor="clerk")
    assert canonical_bytes(a) == canonical_bytes(b)
    assert record_hash(a) == record_hash(b)
    assert nfc.encode() in canonical_bytes(b)
    assert nfd.encode() not in canonical_bytes(b)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 12, 1, 3, 0, tzinfo=UTC),
        datetime(2026, 12, 1, 3, 0),  # naive: taken as UTC
        datetime(2026, 12, 1, 10, 0, tzinfo=ICT),
    ],
    ids=["aware-utc", "naive", "plus-0700"],
)
def test_timestamps_are_utc_with_microseconds(moment):
    assert utc_text(moment) == "2026-12-01T03:00:00.000000Z"
    assert canonical_value(moment) == "2026-12-01T03:00:00.000000Z"
    rec = record(at=moment, payload={"seen": moment})
    body = json.loads(canonical_bytes(rec))
    assert body["at"] == "2026-12-01T03:00:00.000000Z"
    assert body["payload"]["seen"] == "2026-12-01T03:00:00.000000Z"
    assert record_hash(rec) == record_hash(record(at=AT, payload={"seen": AT}))


def test_timestamp_keeps_microseconds_and_crosses_midnight():
    moment = datetime(2027, 1, 1, 6, 59, 59, 123456, tzinfo=ICT)
    assert utc_text(moment) == "2026-12-31T23:59:59.123456Z"


def test_timestamp_difference_changes_the_hash():
    assert record_hash(record(at=AT)) != record_hash(record(at=AT + timedelta(microseconds=1)))


def test_decimal_as_string_and_date_as_iso():
    body = json.loads(canonical_bytes(record(payload={"area": Decimal("120.50"), "on": date(2020, 1, 1)})))
    assert body["payload"] == {"area": "120.50", "on": "2020-01-01"}
    assert canonical_value(Decimal("1E+3")) == "1E+3"
    # a decimal and the same text hash the same; a different scale does not
    assert record_hash(record(payload={"a": Decimal("1.5")})) == record_hash(record(payload={"a": "1.5"}))
    assert record_hash(record(payload={"a": Decimal("1.5")})) != record_hash(record(payload={"a": Decimal("1.50")}))


def test_plain_values_pass_through():
    assert canonical_value({"t": True, "f": False, "n": None, "i": -7, "l": (1, "a")}) == {
        "t": True,
        "f": False,
        "n": None,
        "i": -7,
        "l": [1, "a"],
    }
    body = json.loads(canonical_bytes(record(payload={"ok": True, "count": 0})))
    assert body["payload"] == {"ok": True, "count": 0}


@pytest.mark.parametrize(
    "payload",
    [
        {"area": 120.5},
        {"nested": {"deep": [1, 2.0]}},
        {"list": [Decimal(1), 0.1]},
    ],
    ids=["top", "nested", "in-list"],
)
def test_floats_are_refused(payload):
    with pytest.raises(TypeError):
        canonical_bytes(record(payload=payload))
    with pytest.raises(TypeError):
        canonical_value(payload)


def test_other_unrecordable_values_are_refused():
    with pytest.raises(TypeError):
        canonical_value({"s": {1, 2}})
    with pytest.raises(TypeError):
        canonical_value({1: "non-text key"})


def test_record_hash_is_sha256_of_canonical_bytes():
    rec = record()
    assert record_hash(rec) == hashlib.sha256(canonical_bytes(rec)).hexdigest()
    assert len(record_hash(rec)) == 64


@pytest.mark.parametrize(
    "field,value",
    [
        ("case", "other-case"),
        ("seq", 2),
        ("kind", "comment"),
        ("trigger", "import"),
        ("from", "returned"),
        ("to", "approved"),
        ("actor", "mallory"),
        ("role", "admin"),
        ("at", AT + timedelta(seconds=1)),
        ("payload", {"applicant": "Nguyễn Văn B", "pages": 5}),
        ("reason", "because"),
        ("workflow", "other"),
        ("workflow_version", 2),
        ("prev_hash", "1" * 64),
    ],
)
def test_every_hashed_field_changes_the_hash(field, value):
    assert record_hash(record(**{field: value})) != record_hash(record())


# ---- chains ------------------------------------------------------------------------------------------------


def test_genesis_is_64_zeros_and_seq_1_links_to_it():
    assert GENESIS == "0" * 64
    records = chain(4)
    assert records[0]["prev_hash"] == "0" * 64
    assert records[0]["hash"] == hashlib.sha256(canonical_bytes(record(prev_hash="0" * 64))).hexdigest()
    assert all(b["prev_hash"] == a["hash"] for a, b in itertools.pairwise(records))


def test_intact_chain_verifies():
    assert verify_chain(CASE, "reviewed", 4, chain(4)) == (4, None)
    assert verify_chain(CASE, "submitted", 1, chain(1)) == (1, None)


def test_seq_1_with_other_prev_hash_is_found():
    records = chain(3)
    records[0]["prev_hash"] = "1" * 64
    rehash(records[0])  # even a correctly re-hashed first record must link to the genesis value
    _, finding = verify_chain(CASE, "reviewed", 3, records)
    assert finding == Finding(CASE, 1, "prev_hash does not match the hash of the previous record")


@pytest.mark.parametrize(
    "field,value",
    [
        ("actor", "mallory"),
        ("payload", {"note": "forged"}),
        ("at", AT + timedelta(hours=1)),
        ("role", "chief"),
        ("reason", "added"),
        ("kind", "comment"),
    ],
)
def test_edited_field_is_found_at_its_seq(field, value):
    records = chain(4)
    records[1][field] = value
    count, finding = verify_chain(CASE, "reviewed", 4, records)
    assert finding is not None
    assert (finding.case, finding.seq) == (CASE, 2)
    assert "hash does not match" in finding.problem
    assert count == 2


def test_edited_and_rehashed_record_is_found_at_the_next_link():
    records = chain(4)
    records[1]["actor"] = "mallory"
    rehash(records[1])
    _, finding = verify_chain(CASE, "reviewed", 4, records)
    assert finding is not None and finding.seq == 3
    assert "prev_hash" in finding.problem


def test_edited_hash_is_found():
    records = chain(4)
    records[3]["hash"] = "a" * 64
    _, finding = verify_chain(CASE, "reviewed", 4, records)
    assert finding is not None and finding.seq == 4


def test_gap_is_found():
    records = chain(4)
    del records[1]
    _, finding = verify_chain(CASE, "reviewed", 4, records)
    assert finding is not None
    assert finding.seq == 2
    assert "seq 2 expected, found 3" in finding.problem and "missing" in finding.problem


def test_swapped_pair_is_found():
    records = chain(4)
    records[1], records[2] = records[2], records[1]
    _, finding = verify_chain(CASE, "reviewed", 4, records)
    assert finding is not None and finding.seq == 2


def test_swapped_seq_values_are_found():
    """Records 2 and 3 exchange their seq numbers (the order a database returns them in changes too)."""
    records = chain(4)
    records[1]["seq"], records[2]["seq"] = 3, 2
    records = sorted(records, key=lambda r: r["seq"])
    _, finding = verify_chain(CASE, "reviewed", 4, records)
    assert finding is not None and finding.seq == 2


def test_repeated_seq_is_found():
    records = chain(3)
    records.insert(2, dict(records[1]))
    _, finding = verify_chain(CASE, "reviewed", 3, records)
    assert finding is not None and finding.seq == 2
    assert "out of order or repeated" in finding.problem


def test_wrong_prev_link_is_found():
    records = chain(4)
    records[2]["prev_hash"] = records[0]["hash"]
    rehash(records[2])  # a forger recomputed the record's own hash, but the link is still wrong
    _, finding = verify_chain(CASE, "reviewed", 4, records)
    assert finding == Finding(CASE, 3, "prev_hash does not match the hash of the previous record")


@pytest.mark.parametrize("version,seq", [(5, 5), (7, 5), (3, 4)])
def test_version_mismatch_is_found(version, seq):
    _, finding = verify_chain(CASE, "reviewed", version, chain(4))
    assert finding is not None
    assert finding.seq == seq
    assert f"case version {version} but last record is seq 4" in finding.problem


def test_deleted_newest_record_is_found():
    records = chain(4)[:3]
    _, finding = verify_chain(CASE, "reviewed", 4, records)
    assert finding is not None and finding.seq == 4


def test_state_mismatch_is_found():
    _, finding = verify_chain(CASE, "approved", 4, chain(4))
    assert finding is not None
    assert finding.seq == 4
    assert "'approved'" in finding.problem and "'reviewed'" in finding.problem


def test_case_without_history():
    assert verify_chain(CASE, "submitted", 1, []) == (0, Finding(CASE, None, "case has no history"))


def test_finding_and_report_shapes():
    finding = Finding(CASE, 2, "broken")
    assert finding.as_dict() == {"dossier": CASE, "seq": 2, "problem": "broken"}
    report = Report(checked=4, cases=1)
    assert report.ok and report.as_dict() == {"ok": True, "checked": 4, "cases": 1, "problems": []}
    report.problems.append(finding)
    assert not report.ok
    assert report.as_dict()["problems"] == [finding.as_dict()]


def test_group_by_case():
    rows = [{"case": "a", "seq": 1}, {"case": "a", "seq": 2}, {"case": "b", "seq": 1}, {"case": "c", "seq": 1}]
    grouped = list(group_by_case(rows))
    assert [(c, [r["seq"] for r in rs]) for c, rs in grouped] == [("a", [1, 2]), ("b", [1]), ("c", [1])]
    assert list(group_by_case([])) == []
