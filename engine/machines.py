"""The catalogue of loaded definitions, each with its one shared `transitions` Machine."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from transitions import Machine, MachineError

from engine.definition import Definition
from engine.errors import NotAvailable, NotFound, NoWorkflowInForce


def build_machine(d: Definition) -> Machine:
    """One Machine for a definition, shared by every case: no models, no auto transitions."""
    return Machine(
        model=None,
        states=list(d.states),
        initial=d.initial,
        transitions=[
            {"trigger": t.trigger, "source": t.source, "dest": t.dest} for t in d.transitions if t.source is not None
        ],
        auto_transitions=False,
        send_event=True,
    )


class Catalog:
    """Every loaded workflow version and its machine; picks the workflow in force on a date."""

    def __init__(self, definitions: Iterable[Definition]) -> None:
        self._defs: dict[tuple[str, int], Definition] = {}
        self._machines: dict[tuple[str, int], Machine] = {}
        for d in definitions:
            self._defs[d.key] = d
            self._machines[d.key] = build_machine(d)

    def __iter__(self) -> Any:
        return iter(sorted(self._defs.values(), key=lambda d: d.key))

    def get(self, name: str, version: int | None = None) -> Definition:
        """A definition by name (newest version unless `version` is given)."""
        if version is not None:
            d = self._defs.get((name, version))
        else:
            versions = [d for (n, _), d in self._defs.items() if n == name]
            d = max(versions, key=lambda d: d.version) if versions else None
        if d is None:
            raise NotFound(f"unknown workflow {name!r}" + (f" version {version}" if version else ""))
        return d

    def in_force(self, day: date) -> Definition:
        """The definition whose window contains `day` (the newest if several do)."""
        candidates = [d for d in self if d.in_force_on(day) and (d.in_force_from or d.in_force_until)]
        if not candidates:
            raise NoWorkflowInForce(f"no workflow is in force on {day.isoformat()}", filed_on=day.isoformat())
        return max(candidates, key=lambda d: (d.in_force_from or date.min, d.version))

    def advance(self, d: Definition, model: Any, trigger: str) -> str:
        """Fire `trigger` on `model` through the shared machine; return the new state."""
        machine = self._machines[d.key]
        try:
            machine.events[trigger].trigger(model)
        except (MachineError, KeyError) as exc:
            raise NotAvailable(f"{trigger!r} is not available from state {model.state!r}", state=model.state) from exc
        return str(model.state)
