"""The one loader of workflow definition files: YAML, then schema, then graph checks."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from engine.checks import check_definition, key_name
from engine.definition import Deadline, Definition, EventSpec, Param, PayloadField, Registry, State, Transition
from engine.errors import DefinitionError, Problem

#: `mapping`: an object whose keys the rules decide (e.g. a score sheet's criterion numbers), each a decimal value
#: within `min`..`max` with at most `places` decimals.
PAYLOAD_TYPES = ("text", "integer", "decimal", "date", "boolean", "choice", "object", "list", "mapping")
NAME = validate.Regexp(r"^[a-z][a-z0-9_]*$", error="must be a lower-case identifier")
FIELD = validate.Regexp(r"^[A-Za-z][A-Za-z0-9_]*$", error="must be an identifier")


class ParamSchema(Schema):
    value = fields.Raw(required=True, allow_none=False)
    source = fields.String(required=True, validate=validate.Length(min=1))
    description = fields.String()


class StateSchema(Schema):
    label = fields.String(required=True, validate=validate.Length(min=1))
    initial = fields.Boolean(load_default=False)
    final = fields.Boolean(load_default=False)
    source = fields.String()


class PayloadFieldSchema(Schema):
    type = fields.String(required=True, validate=validate.OneOf(PAYLOAD_TYPES))
    required = fields.Boolean(load_default=True)
    label = fields.String()
    choices = fields.List(fields.String())
    max_length = fields.Integer(validate=validate.Range(min=1))
    min = fields.Raw()
    max = fields.Raw()
    places = fields.Integer(validate=validate.Range(min=0, max=6))
    subfields = fields.Dict(
        keys=fields.String(validate=FIELD), values=fields.Nested(lambda: PayloadFieldSchema()), data_key="fields"
    )

    @validates_schema
    def _choices(self, data: dict[str, Any], **_: Any) -> None:
        if data["type"] == "choice" and not data.get("choices"):
            raise ValidationError("a choice field lists its choices", "choices")
        if data["type"] == "object" and not data.get("subfields"):
            raise ValidationError("an object field lists its fields", "fields")


def _source_field() -> fields.Field:
    return fields.Raw(required=True, allow_none=True)


class TransitionSchema(Schema):
    trigger = fields.String(required=True, validate=NAME)
    source = _source_field()
    dest = fields.String(required=True)
    roles = fields.List(fields.String(), required=True)
    label = fields.String(required=True, validate=validate.Length(min=1))
    guards = fields.List(fields.String(), load_default=list)
    effects = fields.List(fields.String(), load_default=list)
    params = fields.List(fields.String(), load_default=list)
    payload = fields.Dict(
        keys=fields.String(validate=FIELD), values=fields.Nested(PayloadFieldSchema), load_default=dict
    )
    reason = fields.String(load_default="optional", validate=validate.OneOf(("required", "optional", "none")))
    legal_source = fields.String()

    @validates_schema
    def _source(self, data: dict[str, Any], **_: Any) -> None:
        src = data.get("source")
        ok = (
            src is None
            or isinstance(src, str)
            or (isinstance(src, list) and src and all(isinstance(s, str) for s in src))
        )
        if not ok:
            raise ValidationError("a state name, a list of state names, or null for creation", "source")


class EventSchema(Schema):
    roles = fields.List(fields.String(), required=True)
    label = fields.String(required=True, validate=validate.Length(min=1))
    states = fields.List(fields.String(), load_default=list)
    guards = fields.List(fields.String(), load_default=list)
    effects = fields.List(fields.String(), load_default=list)
    actor_levels = fields.Dict(keys=fields.String(), values=fields.String(), load_default=dict)
    inbox = fields.Boolean(load_default=False)
    payload = fields.Dict(
        keys=fields.String(validate=FIELD), values=fields.Nested(PayloadFieldSchema), load_default=dict
    )
    reason = fields.String(load_default="optional", validate=validate.OneOf(("required", "optional", "none")))
    legal_source = fields.String()


def _length(value: Any) -> bool:
    """A deadline's length: a positive whole number, or the name of a parameter."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value >= 1
    return isinstance(value, str) and NAME.regex.match(value) is not None


class DeadlineSchema(Schema):
    states = fields.List(fields.String(), required=True, validate=validate.Length(min=1))
    working_days = fields.Raw()
    days = fields.Raw()
    source = fields.String(required=True, validate=validate.Length(min=1))
    label = fields.String()

    @validates_schema(skip_on_field_errors=False)
    def _one_length(self, data: dict[str, Any], **_: Any) -> None:
        given = [k for k in ("working_days", "days") if k in data]
        if len(given) != 1:
            raise ValidationError("a deadline has exactly one of `working_days` and `days`", "working_days")
        if not _length(data[given[0]]):
            raise ValidationError("a positive whole number, or the name of a parameter", given[0])


class DefinitionSchema(Schema):
    name = fields.String(required=True, validate=validate.Regexp(r"^[a-z][a-z0-9-]*$"))
    version = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    regime = fields.String(required=True)
    title = fields.String(required=True)
    module = fields.String(allow_none=True, load_default=None)
    in_force_from = fields.Date(allow_none=True, load_default=None)
    in_force_until = fields.Date(allow_none=True, load_default=None)
    source = fields.String(required=True)
    title_from = fields.String(load_default=None, allow_none=True)
    predecessor_from = fields.String(load_default=None, allow_none=True, validate=NAME)
    roles = fields.List(fields.String(validate=NAME), required=True, validate=validate.Length(min=1))
    params = fields.Dict(keys=fields.String(validate=NAME), values=fields.Nested(ParamSchema), load_default=dict)
    states = fields.Dict(
        keys=fields.String(validate=NAME),
        values=fields.Nested(StateSchema),
        required=True,
        validate=validate.Length(min=1),
    )
    transitions = fields.List(fields.Nested(TransitionSchema), required=True, validate=validate.Length(min=1))
    events = fields.Dict(keys=fields.String(validate=NAME), values=fields.Nested(EventSchema), load_default=dict)
    deadlines = fields.Dict(keys=fields.String(validate=NAME), values=fields.Nested(DeadlineSchema), load_default=dict)


class _LineMap:
    """Line numbers of every key path in a YAML document (from PyYAML's node marks)."""

    def __init__(self, text: str) -> None:
        self.lines: dict[tuple[Any, ...], int] = {}
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        if node is not None:
            self._walk(node, ())

    def _walk(self, node: yaml.Node, path: tuple[Any, ...]) -> None:
        self.lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                sub = path + (key.value,)
                self._walk(value, sub)
                self.lines[sub] = key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                self._walk(item, path + (i,))

    def line(self, path: tuple[Any, ...]) -> int | None:
        """The line of the deepest existing prefix of `path`."""
        for n in range(len(path), -1, -1):
            if path[:n] in self.lines:
                return self.lines[path[:n]]
        return None


def _flatten(errors: Any, path: tuple[Any, ...] = ()) -> Iterable[tuple[tuple[Any, ...], str]]:
    if isinstance(errors, dict):
        for key, sub in errors.items():
            # marshmallow reports dict-key errors under "key" and value errors under "value"
            yield from _flatten(sub, path if key in ("key", "value") and path else path + (key,))
    elif isinstance(errors, list):
        for item in errors:
            yield from _flatten(item, path)
    else:
        yield path, str(errors)


@dataclass
class Located:
    """A definition and the line map of its file, so the graph checks can name lines."""

    definition: Definition
    lines: _LineMap


def _payload_fields(raw: dict[str, Any]) -> tuple[PayloadField, ...]:
    return tuple(
        PayloadField(
            name=name,
            type=spec["type"],
            required=spec["required"],
            label=spec.get("label", ""),
            choices=tuple(spec.get("choices", ())),
            max_length=spec.get("max_length"),
            minimum=spec.get("min"),
            maximum=spec.get("max"),
            places=spec.get("places"),
            fields=_payload_fields(spec.get("subfields", {})),
        )
        for name, spec in raw.items()
    )


def _build(data: dict[str, Any], file: str) -> Definition:
    transitions: list[Transition] = []
    for index, t in enumerate(data["transitions"]):
        sources = t["source"] if isinstance(t["source"], list) else [t["source"]]
        for src in sources:
            transitions.append(
                Transition(
                    trigger=t["trigger"],
                    source=src,
                    dest=t["dest"],
                    roles=tuple(t["roles"]),
                    label=t["label"],
                    guards=tuple(t["guards"]),
                    effects=tuple(t["effects"]),
                    params=tuple(t["params"]),
                    payload=_payload_fields(t["payload"]),
                    reason=t["reason"],
                    source_ref=t.get("legal_source", ""),
                    index=index,
                )
            )
    return Definition(
        name=data["name"],
        version=data["version"],
        regime=data["regime"],
        title=data["title"],
        module=data["module"],
        in_force_from=data["in_force_from"],
        in_force_until=data["in_force_until"],
        source=data["source"],
        roles=tuple(data["roles"]),
        params={k: Param(k, v["value"], v["source"], v.get("description", "")) for k, v in data["params"].items()},
        states={
            k: State(k, v["label"], v["initial"], v["final"], v.get("source", "")) for k, v in data["states"].items()
        },
        transitions=transitions,
        title_from=data["title_from"],
        predecessor_from=data["predecessor_from"],
        file=file,
        events={
            k: EventSpec(
                k,
                tuple(v["roles"]),
                v["label"],
                tuple(v["states"]),
                tuple(v["guards"]),
                tuple(v["effects"]),
                _payload_fields(v["payload"]),
                v["reason"],
                v.get("legal_source", ""),
                tuple(sorted(v["actor_levels"].items())),
                v["inbox"],
            )
            for k, v in data["events"].items()
        },
        deadlines={
            k: Deadline(
                k,
                tuple(v["states"]),
                v["source"],
                working_days=v.get("working_days"),
                days=v.get("days"),
                label=v.get("label", ""),
            )
            for k, v in data["deadlines"].items()
        },
    )


def _registry(module: str | None, file: str) -> tuple[Registry | None, list[Problem]]:
    if module is None:
        return Registry(), []
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        return None, [Problem(file, "module", f"cannot import {module!r}: {exc}")]
    reg = getattr(mod, "registry", None)
    if not isinstance(reg, Registry):
        return None, [Problem(file, "module", f"{module!r} has no `registry` (engine.definition.Registry)")]
    return reg, []


def load_file(path: str | os.PathLike[str]) -> Definition:
    """Load and check one definition file; raise DefinitionError naming file, key and line."""
    file = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
        raw = yaml.safe_load(text)
        lines = _LineMap(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise DefinitionError([Problem(file, "", f"cannot read: {exc}")]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DefinitionError([Problem(file, "", f"not valid YAML: {exc}", mark.line + 1 if mark else None)]) from exc
    if not isinstance(raw, dict):
        raise DefinitionError([Problem(file, "", "a definition is a mapping of keys")])
    try:
        data = DefinitionSchema().load(raw)
    except ValidationError as exc:
        problems = [Problem(file, key_name(p), msg, lines.line(p)) for p, msg in _flatten(exc.messages)]
        raise DefinitionError(problems) from exc
    definition = _build(data, file)
    registry, problems = _registry(definition.module, file)
    definition.registry = registry
    problems += check_definition(definition, lambda path: lines.line(path))
    if problems:
        raise DefinitionError(problems)
    return definition


def shipped_paths() -> list[Path]:
    """The definition files shipped in the `workflows` package."""
    root = Path(importlib.import_module("workflows").__file__ or "").parent
    return sorted(root.glob("**/*.yaml"))


def shipped_migrations() -> list[Path]:
    """Migration folders of the shipped workflow packages (their own tables), applied after the engine's."""
    root = Path(importlib.import_module("workflows").__file__ or "").parent
    return sorted(p for p in root.glob("*/migrations") if p.is_dir())


def load_all(paths: Iterable[str | os.PathLike[str]]) -> list[Definition]:
    """Load every file; collect every file's problems (and duplicate name/version pairs) into one error."""
    problems: list[Problem] = []
    loaded: list[Definition] = []
    seen: dict[tuple[str, int], str] = {}
    for path in paths:
        try:
            d = load_file(path)
        except DefinitionError as exc:
            problems += exc.problems
            continue
        if d.key in seen:
            problems.append(Problem(d.file, "name", f"{d.name} version {d.version} is also defined in {seen[d.key]}"))
            continue
        seen[d.key] = d.file
        loaded.append(d)
    if problems:
        raise DefinitionError(problems)
    return loaded
