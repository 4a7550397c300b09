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
