"""Canonical bytes and hashes of history records, and the verification of chains."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

GENESIS = "0" * 64
HASHED_FIELDS = (
    "case",
    "seq",
    "kind",
    "trigger",
    "from",
    "to",
    "actor",
    "role",
    "at",
    "payload",
    "reason",
    "workflow",
    "workflow_version",
    "prev_hash",
)


def utc_text(moment: datetime) -> str:
    """A timestamp as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (naive values are taken as UTC, as SQLite returns them)."""
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_value(value: Any) -> Any:
    """The JSON-safe form stored and hashed: NFC text, decimals and dates as strings; floats refused."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"payload keys must be text, not {type(k).__name__}")
            out[unicodedata.normalize("NFC", k)] = canonical_value(v)
        return out
    if isinstance(value, list | tuple):
        return [canonical_value(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot be recorded exactly; use Decimal, str or int")


def canonical_bytes(record: dict[str, Any]) -> bytes:
    """The bytes that are hashed: the hashed fields, sorted keys, no spaces, UTF-8, NFC."""
    body = {k: record[k] for k in HASHED_FIELDS}
    body["at"] = utc_text(body["at"]) if isinstance(body["at"], datetime) else body["at"]
    body = canonical_value(body)
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def record_hash(record: dict[str, Any]) -> str:
    """SHA-256 (hex) of a record's canonical bytes."""
    return hashlib.sha256(canonical_bytes(record)).hexdigest()


def build_record(
    *,
    case_id: str,
    seq: int,
    kind: str,
    trigger: str,
    from_state: str | None,
    to_state: str,
    actor: str,
    role: str,
    at: datetime,
    payload: dict[str, Any],
    reason: str | None,
    workflow: str,
    workflow_version: int,
    prev_hash: str,
) -> dict[str, Any]:
    """The column values of one history record, canonical and hashed (the one record builder: the services and the
    bulk generator of `bench/` both use it, so every chain verifies)."""
    record = {
        "case": case_id,
        "seq": seq,
        "kind": kind,
        "trigger": trigger,
        "from": from_state,
        "to": to_state,
        "actor": actor,
        "role": role,
        "at": at,
        "payload": canonical_value(payload),
        "reason": canonical_value(reason),
        "workflow": workflow,
        "workflow_version": workflow_version,
        "prev_hash": prev_hash,
    }
    return {
        "case_id": case_id,
        "seq": seq,
        "kind": kind,
        "trigger": trigger,
        "from_state": from_state,
        "to_state": to_state,
        "actor": actor,
        "role": role,
        "at": at,
        "payload": record["payload"],
        "reason": record["reason"],
        "workflow": workflow,
        "workflow_version": workflow_version,
        "prev_hash": prev_hash,
        "hash": record_hash(record),
    }


@dataclass
class Finding:
    """One problem found in a case's chain: the case, the first bad seq, and what is wrong."""

    case: str
    seq: int | None
    problem: str

    def as_dict(self) -> dict[str, Any]:
        """The API shape: `{"dossier", "seq", "problem"}`."""
        return {"dossier": self.case, "seq": self.seq, "problem": self.problem}


@dataclass
class Report:
    """The result of a verification run."""

    checked: int = 0
    cases: int = 0
    problems: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        """The API shape of `GET /api/v1/audit/verify`."""
        return {
            "ok": self.ok,
            "checked": self.checked,
            "cases": self.cases,
            "problems": [p.as_dict() for p in self.problems],
        }


def verify_chain(
    case_id: str, state: str, version: int, records: Iterable[dict[str, Any]]
) -> tuple[int, Finding | None]:
    """Check one case's records (in stored seq order): hashes, links, seq 1..n, and the case's state and version.

    Returns how many records were read and the first problem, if any.
    """
    expected_seq, prev, last, count = 1, GENESIS, None, 0
    for rec in records:
        count += 1
        seq = rec["seq"]
        if seq != expected_seq:
            what = "missing" if seq > expected_seq else "out of order or repeated"
            return count, Finding(
                case_id,
                expected_seq if seq > expected_seq else seq,
                f"seq {expected_seq} expected, found {seq} (record {what})",
            )
        if rec["prev_hash"] != prev:
            return count, Finding(case_id, seq, "prev_hash does not match the hash of the previous record")
        if record_hash(rec) != rec["hash"]:
            return count, Finding(case_id, seq, "hash does not match the record's content")
        prev, last, expected_seq = rec["hash"], rec, expected_seq + 1
    if last is None:
        return count, Finding(case_id, None, "case has no history")
    if last["seq"] != version:
        return count, Finding(
            case_id,
            last["seq"] + 1 if version > last["seq"] else last["seq"],
            f"case version {version} but last record is seq {last['seq']}",
        )
    if last["to"] != state:
        return count, Finding(case_id, last["seq"], f"case state {state!r} but last record leads to {last['to']!r}")
    return count, None


def group_by_case(rows: Iterable[dict[str, Any]]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Group records (ordered by case then seq) into per-case lists."""
    current, batch = None, []
    for row in rows:
        if row["case"] != current and batch:
            yield current, batch  # type: ignore[misc]
            batch = []
        current = row["case"]
        batch.append(row)
    if batch:
        yield current, batch  # type: ignore[misc]
