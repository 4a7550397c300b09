"""The two benchmark sets: `quick` (minutes, small N) and `full` (100k dossiers, 1M records)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Config:
    """Sizes and repetitions of one run."""

    name: str
    backends: list[str]
    workdir: Path
    #: dossier counts of the query benchmark (the first is the baseline the others are compared with)
    scales: list[int] = field(default_factory=lambda: [1000, 10000])
    #: database of the write benchmarks (fire, HTTP) and of memory
    write_scale: int = 10000
    fire_ops: int = 300
    query_repeat: int = 60
    history_cases: int = 60
    http_scale: int = 10000
    http_requests: int = 60  # per client and phase
    http_clients: int = 8
    verify_scale: int = 10000
    tick_certificates: int = 10000
    tick_due: int = 1000
    memory_rows: int = 2000


def quick(backends: list[str], workdir: Path) -> Config:
    """Minutes: 1k and 10k dossiers."""
    return Config("quick", backends, workdir)


def full(backends: list[str], workdir: Path) -> Config:
    """The issue's sizes: 1k, 10k and 100k dossiers (about 1M records), 100k certificates with 10,000 due."""
    return Config(
        "full",
        backends,
        workdir,
        scales=[1000, 10000, 100000],
        write_scale=100000,
        fire_ops=1000,
        query_repeat=200,
        history_cases=200,
        http_scale=100000,
        http_requests=150,
        verify_scale=100000,
        tick_certificates=100000,
        tick_due=10000,
        memory_rows=10000,
    )
