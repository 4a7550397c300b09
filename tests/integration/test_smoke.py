from decimal import Decimal

from engine.accounts import SYSTEM


def test_register_and_fire(svc, world):
    case = svc.register(world.clerk, unit="C1", payload={"applicant": "Nguyễn Văn A", "pages": 5, "area": "120.5"})
    assert case.state == "submitted" and case.version == 1
    case = svc.fire(world.reviewer, case.id, "review", expected_version=1, payload={"note": "ok"})
    assert case.state == "reviewed" and case.version == 2
    case = svc.fire(world.chief, case.id, "approve", expected_version=2, payload={"decision_no": "12/QĐ"})
    hist = svc.history(world.auditor, case.id)
    assert [h["seq"] for h in hist] == [1, 2, 3]
    assert hist[0]["payload"]["area"] == str(Decimal("120.5"))
    assert hist[2]["payload"]["approved_at_unit"] == "P1"
    assert svc.verify(SYSTEM).ok


def test_list_pages_are_the_same_read_in_update_order_or_sorted(svc, world, monkeypatch):
    """Wide lists on SQLite read ix_cases_updated in order (from ORDERED_SCAN_FROM matches): same pages, same total."""
    import engine.services as services

    for i in range(7):
        unit, who = ("C1", world.clerk) if i % 3 else ("C3", world.other_clerk)
        svc.register(who, unit=unit, payload={"applicant": f"Người {i}", "pages": 1, "area": "1"})
    central = SYSTEM

    def pages(**kw):
        return [
            ([v.id for v in rows], total)
            for rows, total in (svc.list_cases(central, page=p, per_page=2, **kw) for p in (1, 2, 3, 4))
        ]

    expected = {key: pages(**kw) for key, kw in {"all": {}, "d1": {"unit": "D1"}, "c3": {"unit": "C3"}}.items()}
    assert expected["all"][0][1] == 7 and expected["d1"][0][1] == 4 and expected["c3"][0][1] == 3
    monkeypatch.setattr(services, "ORDERED_SCAN_FROM", 1)
    assert {key: pages(**kw) for key, kw in {"all": {}, "d1": {"unit": "D1"}, "c3": {"unit": "C3"}}.items()} == expected
    assert [v.id for v in svc.list_cases(world.clerk, per_page=100)[0]] == [
        v for page, _ in expected["d1"] for v in page
    ]
