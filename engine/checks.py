"""Graph and reference checks of a workflow definition (run at load time and by `ocop workflows check`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.definition import BUILTIN_ROLES, LEVELS, Definition, Transition
from engine.errors import Problem

LineOf = Callable[[tuple[Any, ...]], "int | None"]


def key_name(path: tuple[Any, ...]) -> str:
    """A readable key path: `transitions[3].roles`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _payload_signature(t: Transition) -> tuple[Any, ...]:
    return (t.payload, t.reason)


def check_definition(d: Definition, line_of: LineOf) -> list[Problem]:
    """Every problem of the definition's graph and references, each with its key and line."""
    problems: list[Problem] = []

    def add(path: tuple[Any, ...], message: str) -> None:
        problems.append(Problem(d.file, key_name(path), message, line_of(path)))

    initials = [s.name for s in d.states.values() if s.initial]
    if len(initials) != 1:
        add(("states",), f"exactly one state must be initial, found {len(initials)}: {', '.join(initials) or 'none'}")
    for s in d.states.values():
        if s.initial and s.final:
            add(("states", s.name), "the initial state cannot be final")

    if d.predecessor_from and not any(
        t.source is None and any(f.name == d.predecessor_from for f in t.payload) for t in d.transitions
    ):
        add(("predecessor_from",), f"no creation transition declares the payload field {d.predecessor_from!r}")

    roles = set(d.roles) | BUILTIN_ROLES
    registry = d.registry
    first_by_trigger: dict[str, Transition] = {}
    seen_pairs: set[tuple[str, str | None]] = set()
    for t in d.transitions:
        at = ("transitions", t.index)
        if t.source is not None and t.source not in d.states:
            add(at + ("source",), f"unknown state {t.source!r}")
        if t.dest not in d.states:
            add(at + ("dest",), f"unknown state {t.dest!r}")
        if (t.trigger, t.source) in seen_pairs:
            add(at, f"trigger {t.trigger!r} is declared twice from {t.source!r}")
        seen_pairs.add((t.trigger, t.source))
        if not t.roles:
            add(at + ("roles",), "every transition lists the roles that may fire it")
        for role in t.roles:
            if role not in roles:
                add(at + ("roles",), f"unknown role {role!r} (declare it under `roles`)")
        for p in t.params:
            if p not in d.params:
                add(at + ("params",), f"unknown parameter {p!r}")
        if registry is not None:
            for g in t.guards:
                spec = registry.guards.get(g)
                if spec is None:
                    add(at + ("guards",), f"unknown guard {g!r} (not registered by {d.module})")
                    continue
                for p in spec.params:
                    if p not in d.params:
                        add(at + ("guards",), f"guard {g!r} reads parameter {p!r}, which is not declared")
            for e in t.effects:
                if e not in registry.effects:
                    add(at + ("effects",), f"unknown effect {e!r} (not registered by {d.module})")
        first = first_by_trigger.setdefault(t.trigger, t)
        if _payload_signature(first) != _payload_signature(t):
            add(at + ("payload",), f"every {t.trigger!r} transition must declare the same payload and reason")
        if t.source is None and t.trigger in d.states:
            add(at + ("trigger",), "a trigger may not share a state's name")

    for kind, ev in d.events.items():
        at = ("events", kind)
        if kind == "transition" or kind in d.triggers():
            add(at, "an event may not share a trigger's name")
        if not ev.roles:
            add(at + ("roles",), "every event lists the roles that may record it")
        for role in ev.roles:
            if role not in roles:
                add(at + ("roles",), f"unknown role {role!r} (declare it under `roles`)")
        for st in ev.states:
            if st not in d.states:
                add(at + ("states",), f"unknown state {st!r}")
        for g in ev.guards:
            if registry is not None and g not in registry.guards:
                add(at + ("guards",), f"unknown guard {g!r} (not registered by {d.module})")
        for e in ev.effects:
            if registry is not None and e not in registry.effects:
                add(at + ("effects",), f"unknown effect {e!r} (not registered by {d.module})")
        for st, level in ev.actor_levels:
            if st not in d.states:
                add(at + ("actor_levels", st), f"unknown state {st!r}")
            if level not in LEVELS:
                add(at + ("actor_levels", st), f"unknown unit level {level!r} (one of {', '.join(LEVELS)})")

    for name, dl in d.deadlines.items():
        at = ("deadlines", name)
        for st in dl.states:
            if st not in d.states:
                add(at + ("states",), f"unknown state {st!r}")
            elif d.states[st].final:
                add(at + ("states",), f"a deadline cannot run in the final state {st!r}")
        key = "working_days" if dl.working_days is not None else "days"
        length = dl.working_days if dl.working_days is not None else dl.days
        if isinstance(length, str):
            if length not in d.params:
                add(at + (key,), f"unknown parameter {length!r}")
            else:
                value = d.params[length].value
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    add(at + (key,), f"parameter {length!r} is not a positive whole number: {value!r}")
        if not dl.source.strip():
            add(at + ("source",), "every deadline names its legal source")

    register = d.creation("register")
    if register is None:
        add(("transitions",), "a creation transition `register` (source: null) is required")
    elif initials and register.dest != initials[0]:
        add(("transitions", register.index, "dest"), f"`register` must lead to the initial state {initials[0]!r}")

    if d.in_force_from and d.in_force_until and d.in_force_until < d.in_force_from:
        add(("in_force_until",), "ends before in_force_from")

    _graph(d, add)
    return problems


def _graph(d: Definition, add: Callable[[tuple[Any, ...], str], None]) -> None:
    """Reachability from the initial and creation states, and exits of final and other states."""
    starts = {t.dest for t in d.transitions if t.source is None and t.dest in d.states}
    starts |= {s.name for s in d.states.values() if s.initial}
    reached, frontier = set(starts), list(starts)
    while frontier:
        state = frontier.pop()
        for t in d.transitions_from(state):
            if t.dest in d.states and t.dest not in reached:
                reached.add(t.dest)
                frontier.append(t.dest)
    for s in d.states.values():
        exits = d.transitions_from(s.name)
        if s.name not in reached:
            add(("states", s.name), "unreachable from the initial state")
        if s.final and exits:
            add(("states", s.name), f"a final state has exits: {', '.join(t.trigger for t in exits)}")
        if not s.final and not exits:
            add(("states", s.name), "a state that is not final needs an exit")
