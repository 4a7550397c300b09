"""Mermaid state diagrams of workflow definitions."""

from __future__ import annotations

from collections.abc import Iterable

from engine.definition import Definition


def _quote(text: str) -> str:
    return text.replace('"', "'").replace("\n", " ")


def mermaid(d: Definition, path: Iterable[str] = ()) -> str:
    """`stateDiagram-v2` text: every state with its label, every transition by trigger; `path` states highlighted."""
    lines = ["stateDiagram-v2", f"    %% {d.name} v{d.version}: {_quote(d.title)}"]
    lines += [f'    state "{_quote(s.label)}" as {s.name}' for s in d.states.values()]
    edges = dict.fromkeys((t.source or "[*]", t.dest, t.trigger) for t in d.transitions)
    lines += [f"    {src} --> {dest}: {trigger}" for src, dest, trigger in edges]
    lines += [f"    {s.name} --> [*]" for s in d.states.values() if s.final]
    visited = [s for s in dict.fromkeys(path) if s in d.states]
    if visited:
        lines.append("    classDef visited fill:#fde68a,stroke:#b45309,stroke-width:2px")
        lines.append(f"    class {','.join(visited)} visited")
    return "\n".join(lines) + "\n"
