"""The in-memory form of a workflow definition file, and the registry of its named functions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

#: Roles every workflow knows without declaring them: the scheduler acts as `system`.
BUILTIN_ROLES = frozenset({"system"})
#: Levels of administrative units, from the root down.
LEVELS = ("central", "province", "district", "commune")


@dataclass(frozen=True)
class Param:
    """A named parameter of the rules (a threshold, a period) with the legal source it comes from."""

    name: str
    value: Any
    source: str
    description: str = ""


@dataclass(frozen=True)
class State:
    """A state of the workflow with its label in the officers' language."""

    name: str
    label: str
    initial: bool = False
    final: bool = False
    source: str = ""


@dataclass(frozen=True)
class PayloadField:
    """A field a transition accepts in its payload."""

    name: str
    type: str
    required: bool = True
    label: str = ""
    choices: tuple[str, ...] = ()
    max_length: int | None = None
    minimum: Any = None
    maximum: Any = None
    places: int | None = None
    fields: tuple[PayloadField, ...] = ()


@dataclass(frozen=True)
class Transition:
    """One declared transition: `source` None marks a creation transition (registration, import)."""

    trigger: str
    source: str | None
    dest: str
    roles: tuple[str, ...]
    label: str
    guards: tuple[str, ...] = ()
    effects: tuple[str, ...] = ()
    params: tuple[str, ...] = ()
    payload: tuple[PayloadField, ...] = ()
    reason: str = "optional"  # "required", "optional" or "none"
    source_ref: str = ""
    index: int = -1  # position in the file's `transitions` list, for error messages


@dataclass(frozen=True)
class EventSpec:
    """A recorded event that is not a transition (a score sheet, a comment): who, where, what payload."""

    kind: str
    roles: tuple[str, ...]
    label: str
    states: tuple[str, ...] = ()  # empty: any state that is not final
    guards: tuple[str, ...] = ()
    effects: tuple[str, ...] = ()
    payload: tuple[PayloadField, ...] = ()
    reason: str = "optional"
    source_ref: str = ""
    #: per state, the level the actor's unit must have (a council scores at the level the case has reached)
    actor_levels: tuple[tuple[str, str], ...] = ()
    #: whether a case where this event may be recorded belongs in the actor's inbox (scoring does; comments don't)
    inbox: bool = False

    def level_for(self, state: str) -> str | None:
        """The unit level an actor must act from in `state`, if the event restricts it."""
        return dict(self.actor_levels).get(state)


class WorkingDays(Protocol):
    """What a deadline needs of a working-day calendar (`engine.calendar.WorkingCalendar`)."""

    def nth_working_day_after(self, d: date, n: int) -> date: ...


@dataclass(frozen=True)
class Deadline:
    """A time limit declared by a workflow: it runs while a case is in `states`, counted from the day it entered them.

    The length is `working_days` or `days`: a number, or the name of an integer parameter. Both count from the day
    after the starting day (Civil Code 2015, Art. 147): n working days end on the n-th working day after it, n days on
    the day n days after it.
    """

    name: str
    states: tuple[str, ...]
    source: str
    working_days: int | str | None = None
    days: int | str | None = None
    label: str = ""

    def length(self, param: Callable[[str], Any]) -> int:
        """The number of (working) days, reading the named parameter when the length is one."""
        value = self.working_days if self.working_days is not None else self.days
        return int(param(value) if isinstance(value, str) else value)  # type: ignore[arg-type]

    def due(self, start: date, param: Callable[[str], Any], calendar: WorkingDays | None = None) -> date:
        """The last day of the time limit that started on `start`."""
        n = self.length(param)
        if self.working_days is not None:
            if calendar is None:
                raise ValueError(f"deadline {self.name!r} counts working days: a calendar is needed")
            return calendar.nth_working_day_after(start, n)
        return start + timedelta(days=n)


@dataclass
class Definition:
    """A loaded, checked workflow definition (one version of one workflow)."""

    name: str
    version: int
    regime: str
    title: str
    module: str | None
    in_force_from: date | None
    in_force_until: date | None
    source: str
    roles: tuple[str, ...]
    params: dict[str, Param]
    states: dict[str, State]
    transitions: list[Transition]
    events: dict[str, EventSpec] = field(default_factory=dict)
    deadlines: dict[str, Deadline] = field(default_factory=dict)
    title_from: str | None = None
    #: the creation payload field naming the case this one continues (a renewal's predecessor), kept in an indexed
    #: column (`cases.predecessor_id`) so successors are found without reading every case
    predecessor_from: str | None = None
    file: str = ""
    registry: Registry | None = None

    @property
    def key(self) -> tuple[str, int]:
        """The (name, version) pair that identifies this definition."""
        return (self.name, self.version)

    @property
    def initial(self) -> str:
        """The name of the initial state."""
        return next(s.name for s in self.states.values() if s.initial)

    def transitions_from(self, state: str) -> list[Transition]:
        """The transitions that leave `state`, in file order."""
        return [t for t in self.transitions if t.source == state]

    def creation(self, trigger: str) -> Transition | None:
        """The creation transition named `trigger` (such as `register`), if declared."""
        return next((t for t in self.transitions if t.source is None and t.trigger == trigger), None)

    def triggers(self) -> set[str]:
        """Every trigger name this workflow declares."""
        return {t.trigger for t in self.transitions}

    def find(self, trigger: str, state: str) -> Transition | None:
        """The transition for `trigger` leaving `state`, if any."""
        return next((t for t in self.transitions if t.trigger == trigger and t.source == state), None)

    def any_with_trigger(self, trigger: str) -> Transition | None:
        """Some transition with this trigger (all share payload and reason rules)."""
        return next((t for t in self.transitions if t.trigger == trigger), None)

    def in_force_on(self, day: date) -> bool:
        """Whether a case filed on `day` falls inside this definition's window."""
        if self.in_force_from and day < self.in_force_from:
            return False
        return not (self.in_force_until and day > self.in_force_until)

    def events_in(self, state: str) -> list[EventSpec]:
        """The events that may be recorded while a case is in `state`."""
        final = self.states[state].final
        return [e for e in self.events.values() if (state in e.states) or (not e.states and not final)]

    def param(self, name: str) -> Any:
        """The value of parameter `name`."""
        return self.params[name].value


GuardFn = Callable[[Any], Iterable[Any]]
EffectFn = Callable[[Any], "dict[str, Any] | None"]


@dataclass
class GuardSpec:
    """A guard function and the parameters it reads (the checks make sure they are declared)."""

    name: str
    fn: GuardFn
    params: tuple[str, ...] = ()


@dataclass
class Registry:
    """The named guards and effects a workflow module provides to its definition files.

    Two optional hooks refine what an actor sees: `history_filter(actor, case, records, session)` returns the
    records the actor may read (e.g. council members' sheets stay hidden until scoring closes), and
    `inbox_filter(actor)` returns an extra SQL condition on `cases` for the inbox (or None).
    """

    guards: dict[str, GuardSpec] = field(default_factory=dict)
    effects: dict[str, EffectFn] = field(default_factory=dict)
    history_filter: Callable[..., list[dict[str, Any]]] | None = None
    inbox_filter: Callable[..., Any] | None = None
    #: `describe(session, case, actor, today, param)` → extra fields of the case's representation (stars...)
    describe: Callable[..., dict[str, Any]] | None = None
    #: named read-views `fn(session, case, actor, today, param)`, served by `Services.view`
    views: dict[str, Callable[..., Any]] = field(default_factory=dict)
    #: list filters `fn(value)` → an SQL condition on `cases` (e.g. `stars`)
    filters: dict[str, Callable[[Any], Any]] = field(default_factory=dict)

    def guard(self, name: str, params: Iterable[str] = ()) -> Callable[[GuardFn], GuardFn]:
        """Register a guard: a function of a guard context returning reasons (none means allowed)."""

        def decorate(fn: GuardFn) -> GuardFn:
            self.guards[name] = GuardSpec(name, fn, tuple(params))
            return fn

        return decorate

    def effect(self, name: str) -> Callable[[EffectFn], EffectFn]:
        """Register an effect: runs in the action's transaction after the state change."""

        def decorate(fn: EffectFn) -> EffectFn:
            self.effects[name] = fn
            return fn

        return decorate
