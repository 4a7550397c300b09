"""The policy coverage gate: what the scenarios exercised, and what of a workflow they left untested.

`Observations` listens to `Services.listeners` during the BDD run (module-level `OBSERVED`); `gaps` is the plain
function the gate test calls. It reports, for every loaded definition:

- a transition (trigger + source state) that no scenario fired;
- a guard that no scenario saw both passing and refusing;
- a parameter that was never read by a guard that passed and by a guard that refused (so no scenario outcome is
  known to depend on it).

An allow-list maps gap ids to the reason the gap is accepted; an entry that matches no gap is itself a gap (an
exemption must not outlive its reason).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.definition import Definition

WorkflowKey = tuple[str, int]
FEATURES = Path(__file__).resolve().parents[2] / "features"

#: The regimes a scenario may belong to (one tag each).
REGIMES = {"R148", "R26"}
#: What each tag of the feature files means (registered as marker descriptions); all but the regimes are sources.
TAG_MEANING = {
    "R148": "regime R148: QĐ 148/QĐ-TTg (24/02/2023), workflow ocop-2023",
    "R26": "regime R26: QĐ 26/2026/QĐ-TTg (22/05/2026), workflow ocop-2026",
    "QD148": "legal source: QĐ 148/QĐ-TTg",
    "QD148_D1": "legal source: QĐ 148/QĐ-TTg, Điều 1 khoản 2 (phân hạng sao)",
    "QD148_PL1": "legal source: QĐ 148/QĐ-TTg, Phụ lục I (bộ tiêu chí, phần A/B/C)",
    "QD148_PL2": "legal source: QĐ 148/QĐ-TTg, Phụ lục II (quy trình đánh giá, phân hạng)",
    "QD1489": "legal source: QĐ 1489/QĐ-TTg (06/07/2025), end of the district level",
    "QD26_D2": "legal source: QĐ 26/2026/QĐ-TTg, Điều 2 khoản 3 (chủ thể OCOP)",
    "QD26_D3": "legal source: QĐ 26/2026/QĐ-TTg, Điều 3 (phân hạng sao theo tổng điểm)",
    "QD26_D4": "legal source: QĐ 26/2026/QĐ-TTg, Điều 4 (quyết định công nhận; giấy chứng nhận 36 tháng)",
    "QD26_D5": "legal source: QĐ 26/2026/QĐ-TTg, Điều 5 (đợt đánh giá cấp tỉnh, cấp trung ương)",
    "QD26_D6": "legal source: QĐ 26/2026/QĐ-TTg, Điều 6 (hồ sơ sản phẩm, hồ sơ đề nghị, sản phẩm mẫu)",
    "QD26_D7": (
        "legal source: QĐ 26/2026/QĐ-TTg, Điều 7 (trình tự đánh giá, phân hạng: xã, tỉnh, Tổ tư vấn, Trung ương; "
        "khoản 6: phân hạng lại, nộp hồ sơ từ 180 đến 120 ngày trước khi hết hạn)"
    ),
    "QD26_D8": "legal source: QĐ 26/2026/QĐ-TTg, Điều 8 (thu hồi giấy chứng nhận)",
    "QD26_D11_12": "legal source: QĐ 26/2026/QĐ-TTg, Điều 11–12 (chuyển tiếp)",
    "QD26_PL1": "legal source: QĐ 26/2026/QĐ-TTg, Phụ lục I (danh mục nhóm, bộ sản phẩm 01–26)",
    "QD26_PL2": (
        "legal source: QĐ 26/2026/QĐ-TTg, Phụ lục II (bộ tiêu chí kiêm phiếu đánh giá: tiêu chí, yêu cầu tối thiểu "
        "theo hạng sao, hồ sơ bị loại)"
    ),
    "BLDS_147_148": "legal source: Bộ luật Dân sự 2015, Điều 147–148 (cách tính thời hạn)",
    "assumption": "the project's own reading where the law is silent (workflow file or docs/ocop-domain.md Part 1)",
}


def feature_files() -> list[Path]:
    """Every feature file of the executable policy."""
    return sorted(FEATURES.rglob("*.feature"))


@dataclass
class Observations:
    """Transitions fired, guard outcomes and the parameters read by guards, per workflow (name, version)."""

    fired: set[tuple[WorkflowKey, str, str | None]] = field(default_factory=set)
    guards: dict[tuple[WorkflowKey, str], set[bool]] = field(default_factory=lambda: defaultdict(set))
    #: outcomes of the guard evaluations that read each parameter
    params_in_guards: dict[tuple[WorkflowKey, str], set[bool]] = field(default_factory=lambda: defaultdict(set))
    #: parameters read anywhere (guards or effects)
    params_read: set[tuple[WorkflowKey, str]] = field(default_factory=set)
    _pending: list[tuple[WorkflowKey, str]] = field(default_factory=list)

    def listen(self, event: str, **info: Any) -> None:
        """A `Services` listener.

        A guard reads its parameters before the service reports its outcome ("param" events, then one "guard"
        event), so the reads pending at a "guard" event belong to that guard. Reads after the last guard of an
        action come from its effects: "fired" discards them, and so does `end_call` (for recorded events, which
        send no "fired"). Limitation: an effect that cascades a guarded transition onto another case (today only
        `renew`, which has no guard) would have its own reads credited to that guard.
        """
        if event == "param":
            key = (tuple(info["workflow"]), info["name"])
            self.params_read.add(key)  # type: ignore[arg-type]
            self._pending.append(key)  # type: ignore[arg-type]
        elif event == "guard":
            wf = tuple(info["workflow"])
            self.guards[(wf, info["name"])].add(bool(info["passed"]))  # type: ignore[index]
            for key in self._pending:
                self.params_in_guards[key].add(bool(info["passed"]))
            self._pending.clear()
        elif event == "fired":
            self.fired.add((tuple(info["workflow"]), info["trigger"], info["source"]))  # type: ignore[arg-type]
            self._pending.clear()

    def end_call(self) -> None:
        """Forget parameter reads not followed by a guard outcome (effects of the service call just ended)."""
        self._pending.clear()


@dataclass(frozen=True)
class Gap:
    """One thing of a workflow that no scenario exercised; `id` is what an allow-list names."""

    id: str
    message: str


def _guard_names(d: Definition) -> list[str]:
    names = [g for t in d.transitions for g in t.guards] + [g for e in d.events.values() for g in e.guards]
    return list(dict.fromkeys(names))


def _src(source: str | None) -> str:
    return source if source is not None else "(creation)"


def gaps(
    definitions: Iterable[Definition],
    seen: Observations,
    allow: Mapping[str, str] | None = None,
    pending: Mapping[str, str] | None = None,
) -> list[Gap]:
    """Every transition, guard and parameter of `definitions` the observations do not cover, minus the allow-list.

    `pending` names whole workflows whose scenarios are not written yet, each with its reason; a pending workflow
    that is not among `definitions` is a gap (the entry is stale).
    """
    allow, pending = dict(allow or {}), dict(pending or {})
    definitions = list(definitions)
    found: list[Gap] = []
    for name, why in pending.items():
        if not str(why).strip():
            found.append(Gap(f"pending {name}", f"pending workflow {name!r} gives no reason"))
        if name not in {d.name for d in definitions}:
            found.append(Gap(f"pending {name}", f"pending workflow {name!r} is not shipped: remove the entry"))
    for d in definitions:
        if d.name in pending:
            continue
        who = f"{d.name}@{d.version}"
        for t in d.transitions:
            if (d.key, t.trigger, t.source) not in seen.fired:
                found.append(
                    Gap(
                        f"{who} transition {t.trigger} from {_src(t.source)}",
                        f"{who}: no scenario fired {t.trigger!r} from {_src(t.source)} (to {t.dest})",
                    )
                )
        for g in _guard_names(d):
            outcomes = seen.guards.get((d.key, g), set())
            for passed, word in ((True, "passing"), (False, "refusing")):
                if passed not in outcomes:
                    found.append(Gap(f"{who} guard {g} {word}", f"{who}: no scenario saw guard {g!r} {word}"))
        for p in d.params:
            outcomes = seen.params_in_guards.get((d.key, p), set())
            if outcomes != {True, False}:
                missing = " and ".join(w for ok, w in ((True, "passed"), (False, "refused")) if ok not in outcomes)
                found.append(
                    Gap(
                        f"{who} param {p}",
                        f"{who}: parameter {p!r} was never read by a guard that {missing}",
                    )
                )
    ids = {g.id for g in found}
    out = [g for g in found if g.id not in allow]
    for key, why in allow.items():
        if not str(why).strip():
            out.append(Gap(f"allow {key}", f"allow-list entry {key!r} gives no reason"))
        elif key not in ids:
            out.append(Gap(f"allow {key}", f"allow-list entry {key!r} matches no gap: remove it"))
    return out


#: What the scenarios of this session observed (fed by the BDD services fixture).
OBSERVED = Observations()


@dataclass
class RunState:
    """Which scenario items this session collected, deselected and ran (the gate needs them all)."""

    collected: dict[str, str] = field(default_factory=dict)  # nodeid → feature file
    deselected: set[str] = field(default_factory=set)
    ran: set[str] = field(default_factory=set)


#: The scenario items of this session (fed by the hooks in tests/bdd/conftest.py).
RUN = RunState()
