"""Typed errors of the engine; the API maps each to one HTTP status (see docs/api.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Reason:
    """One reason a guard gives for refusing an action: a rule id and a human message."""

    rule: str
    message: str

    def as_dict(self) -> dict[str, str]:
        """The JSON shape used by the API (`details.reasons`)."""
        return {"rule": self.rule, "message": self.message}


class EngineError(Exception):
    """Base of every error the service layer raises on purpose."""

    code = "engine_error"
    status = 400

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class NotFound(EngineError):
    """Unknown case, or a case outside the actor's territory (existence is not revealed)."""

    code = "not_found"
    status = 404


class UnknownTrigger(EngineError):
    """The trigger does not exist in the case's workflow."""

    code = "unknown_trigger"
    status = 404


class InvalidInput(EngineError):
    """Well-formed but invalid input: `details['fields']` maps field paths to messages."""

    code = "invalid"
    status = 422


class IdempotencyKeyReused(InvalidInput):
    """The same Idempotency-Key came with a different request."""

    code = "idempotency_key_reused"


class Replayed(EngineError):
    """Not an error: a repeated Idempotency-Key; `status` and `body` are the first response, nothing was recorded."""

    code = "replayed"

    def __init__(self, status: int, body: Any) -> None:
        super().__init__("replayed response")
        self.status = status
        self.body = body


class NoWorkflowInForce(EngineError):
    """No loaded workflow is in force on the filing date."""

    code = "no_workflow_in_force"
    status = 422


class StaleVersion(EngineError):
    """The caller's expected version is not the case's current version."""

    code = "stale_version"
    status = 409


class NotAvailable(EngineError):
    """The action does not leave the case's current state."""

    code = "not_available"
    status = 409


class Forbidden(EngineError):
    """The actor's role may not do this."""

    code = "forbidden"
    status = 403


class GuardRefused(EngineError):
    """One or more guards refused the action; `reasons` says why."""

    code = "guard_refused"
    status = 422

    def __init__(self, message: str, reasons: list[Reason]) -> None:
        super().__init__(message, reasons=[r.as_dict() for r in reasons])
        self.reasons = reasons


class Busy(EngineError):
    """The database was busy or the outcome is unknown: retry with the same idempotency key."""

    code = "busy"
    status = 503


@dataclass
class Problem:
    """One problem found in a workflow definition: where (file, key, line) and what."""

    file: str
    key: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


@dataclass
class DefinitionError(Exception):
    """A workflow definition failed its schema or graph checks."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
