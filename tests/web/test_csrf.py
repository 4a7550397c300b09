"""Every form of the `ui` blueprint refuses a POST without a valid CSRF token (routes read from the URL map)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from engine.store import Case, HistoryRecord, User
from tests.web.conftest import Site, token
from web import create_app

VALUES = {"case_id": None, "trigger": "review_at_commune", "username": "xa.mytan"}


def post_rules() -> list[str]:
    """Every POST rule of the `ui` blueprint (a throwaway app on an in-memory database, for its route table)."""
    app = create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "x"})
    return sorted(r.rule for r in app.url_map.iter_rules() if r.endpoint.startswith("ui.") and "POST" in r.methods)


def url_for_rule(rule: str, case_id: str) -> str:
    url = rule
    for name, value in {**VALUES, "case_id": case_id}.items():
        url = url.replace(f"<{name}>", str(value))
    assert "<" not in url, f"add a value for {rule} to VALUES"
    return url


def snapshot(site: Site) -> tuple[int, int, list[tuple[str, bool, int]]]:
    with site.svc.db.read() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Case)) or 0),
            int(s.scalar(select(func.count()).select_from(HistoryRecord)) or 0),
            [tuple(r) for r in s.execute(select(User.username, User.active, User.session_version).order_by(User.id))],
        )


def test_the_post_routes_are_found() -> None:
    rules = post_rules()
    assert "/login" in rules and "/dossiers/<case_id>/actions/<trigger>" in rules and len(rules) >= 10


@pytest.mark.parametrize("rule", post_rules())
@pytest.mark.parametrize("bad", ["missing", "wrong"])
def test_post_without_a_valid_csrf_token_is_refused(site: Site, rule: str, bad: str) -> None:
    case_id = site.case(title="Bánh gai Mỹ Hà")
    user = "quantri.namdinh" if rule.startswith("/admin") else "xa.myha"
    c = site.client(user)
    real = token(c)
    before = snapshot(site)
    data = {
        "username": "xa.myha",
        "password": "demo-ocop-2026",
        "lang": "en",
        "expected_version": "1",
        "unit": "MYHA",
        "payload.local_origin": "x",
        "payload.local_labour": "x",
        "payload.idea_origin": "x",
        "payload.local_identity": "x",
    }
    if bad == "wrong":
        data["csrf_token"] = real[:-4] + ("AAAA" if not real.endswith("AAAA") else "BBBB")
    r = c.post(url_for_rule(rule, case_id), data=data)
    assert r.status_code == 400, (rule, r.status_code)
    assert snapshot(site) == before
    assert c.get("/inbox").status_code == 200  # still signed in, nothing changed, language unchanged
    assert 'lang="vi"' in c.get("/inbox").get_data(as_text=True)
