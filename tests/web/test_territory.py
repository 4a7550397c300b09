"""No page shows or acts on a dossier (or user) of another territory: routes × roles × own / other dossier.

The cases are generated from the `ui` blueprint's URL map; a new route that this matrix cannot classify fails.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from engine.store import HistoryRecord
from tests.web.conftest import Site, token
from web import create_app

#: Routes without a dossier or user in their URL: lists and forms that only ever read the user's own territory.
TERRITORY_PAGES = {
    "/",
    "/login",
    "/logout",
    "/language",
    "/inbox",
    "/dossiers",
    "/dossiers/new",
    "/audit/search",
    "/audit/search.csv",
    "/audit/verify",
    "/admin/users",
    "/admin/units",
    "/admin/councils",
}
#: Users of Nam Định, one per role (the commune officer of Mỹ Hà, whose territory is one commune).
ROLES = [
    "xa.myha",
    "huyen.myloc",
    "chutich.myloc",
    "tinh.namdinh",
    "chutich.namdinh",
    "kiemtoan.namdinh",
    "quantri.namdinh",
    "hd.myloc1",
    "hd.namdinh1",
]


def ui_rules() -> list[tuple[str, tuple[str, ...]]]:
    app = create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "x"})
    return sorted(
        (r.rule, tuple(sorted(m for m in r.methods if m in ("GET", "POST"))))
        for r in app.url_map.iter_rules()
        if r.endpoint.startswith("ui.")
    )


CASE_RULES = [(rule, methods) for rule, methods in ui_rules() if "<case_id>" in rule]
USER_RULES = [(rule, methods) for rule, methods in ui_rules() if "<username>" in rule]


def test_every_ui_route_is_in_the_matrix() -> None:
    unclassified = [
        rule
        for rule, _ in ui_rules()
        if "<case_id>" not in rule and "<username>" not in rule and rule not in TERRITORY_PAGES
    ]
    assert unclassified == [], "add these routes to the territory matrix"
    assert {r for r, _ in CASE_RULES} >= {"/dossiers/<case_id>", "/dossiers/<case_id>/actions/<trigger>"}


def _url(rule: str, case_id: str, trigger: str = "review_at_commune") -> str:
    return rule.replace("<case_id>", case_id).replace("<trigger>", trigger)


def _records(site: Site) -> int:
    with site.svc.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(HistoryRecord)) or 0)


@pytest.mark.parametrize("user", ROLES)
def test_other_territory_dossiers_are_not_found(site: Site, user: str) -> None:
    c = site.client(user)
    csrf = token(c)
    others = [site.ids["hn_registered"], site.ids["hn_reviewed"]]
    if user == "xa.myha":
        others.append(site.case(title="Nem chua Mỹ Tân"))  # a sibling commune is another territory too
    before = _records(site)
    for rule, methods in CASE_RULES:
        for case_id in others:
            for trigger in ("review_at_commune", "score_sheet", "close_scoring", "withdraw"):
                url = _url(rule, case_id, trigger)
                if "GET" in methods:
                    r = c.get(url)
                    assert r.status_code == 404, (user, url, r.status_code)
                    assert "Phúc Xá" not in r.get_data(as_text=True)
                if "POST" in methods:
                    r = c.post(
                        url,
                        data={
                            "csrf_token": csrf,
                            "expected_version": "1",
                            "reason": "x",
                            **{
                                f"payload.{k}": "x"
                                for k in ("local_origin", "local_labour", "idea_origin", "local_identity")
                            },
                            "payload.parts.A": "30",
                            "payload.parts.B": "20",
                            "payload.parts.C": "20",
                        },
                    )
                    assert r.status_code == 404, (user, url, r.status_code)
                if "<trigger>" not in rule:
                    break
    assert _records(site) == before


@pytest.mark.parametrize("user", ROLES)
def test_own_dossiers_open(site: Site, user: str) -> None:
    c = site.client(user)
    own = site.case(title="Bánh gai Mỹ Hà")
    for rule, methods in CASE_RULES:
        if "GET" in methods:
            r = c.get(_url(rule, own))
            assert r.status_code == 200, (user, rule, r.status_code)


@pytest.mark.parametrize("user", ROLES)
def test_lists_show_nothing_of_another_territory(site: Site, user: str) -> None:
    c = site.client(user)
    pages = ["/inbox", "/dossiers", "/dossiers?q=Ph%E1%BB%9F", "/dossiers?unit=01", "/dossiers?unit=PHUCXA"]
    if user.startswith("kiemtoan"):
        pages += ["/audit/search", "/audit/search?unit=PHUCXA", "/audit/search.csv", "/audit/verify"]
    if user.startswith("quantri"):
        pages += ["/admin/users", "/admin/units", "/admin/councils"]
    for page in pages:
        body = c.get(page).get_data(as_text=True)
        for hidden in (
            site.ids["hn_registered"],
            site.ids["hn_reviewed"],
            "Phúc Xá",
            "Phở Phúc",
            "xa.phucxa",
            "Ba Đình",
        ):
            assert hidden not in body, (user, page, hidden)


def test_admin_cannot_touch_users_of_another_territory(site: Site) -> None:
    c = site.client("quantri.namdinh")
    csrf = token(c)
    for rule, methods in USER_RULES:
        url = rule.replace("<username>", "xa.phucxa")
        if "GET" in methods:
            assert c.get(url).status_code == 404, url
        if "POST" in methods:
            assert (
                c.post(url, data={"csrf_token": csrf, "unit": "MYHA", "password": "abcdefgh12"}).status_code == 404
            ), url
    r = c.post("/admin/users", data={"csrf_token": csrf, "username": "x.y", "role": "auditor", "unit": "PHUCXA"})
    assert r.status_code == 422
    # the Hà Nội officer can still sign in: nothing was changed
    site.client("xa.phucxa")


@pytest.mark.parametrize("user", [u for u in ROLES if u != "quantri.namdinh"])
def test_admin_pages_are_for_admins_only(site: Site, user: str) -> None:
    c = site.client(user)
    for page in ("/admin/users", "/admin/units", "/admin/councils", "/admin/users/xa.myha"):
        assert c.get(page).status_code == 403, (user, page)


@pytest.mark.parametrize("user", [u for u in ROLES if u != "kiemtoan.namdinh"])
def test_history_search_is_for_auditors_only(site: Site, user: str) -> None:
    c = site.client(user)
    assert c.get("/audit/search").status_code == 403
    assert c.get("/audit/search.csv").status_code == 403
