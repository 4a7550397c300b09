"""Sign-in, sign-out, sessions that end when a user is disabled or moved, the login limit, security headers."""

from __future__ import annotations

import re

import pytest

from engine import accounts
from tests.web.conftest import PASSWORD, Site, make_app, token


def test_root_redirects_to_login_or_inbox(site: Site) -> None:
    anon = site.client()
    r = anon.get("/")
    assert r.status_code == 302 and r.location.endswith("/login")
    r = anon.get("/inbox")
    assert r.status_code == 302 and "/login" in r.location and "next=" in r.location
    c = site.client("xa.myha")
    r = c.get("/")
    assert r.status_code == 302 and r.location.endswith("/inbox")


def test_login_goes_back_only_to_local_pages(site: Site) -> None:
    c = site.client()
    csrf = token(c, "/login")
    r = c.post(
        "/login", data={"username": "xa.myha", "password": PASSWORD, "csrf_token": csrf, "next": "//evil.example/x"}
    )
    assert r.status_code == 302 and r.location.endswith("/inbox")


def test_wrong_password_and_disabled_account_are_refused(site: Site) -> None:
    c = site.client()
    csrf = token(c, "/login")
    r = c.post("/login", data={"username": "xa.myha", "password": "wrong-password", "csrf_token": csrf})
    assert r.status_code == 401 and "Sai tên đăng nhập hoặc mật khẩu" in r.get_data(as_text=True)
    r = c.post("/login", data={"username": "nobody", "password": PASSWORD, "csrf_token": csrf})
    assert r.status_code == 401


@pytest.mark.parametrize("change", ["disable", "move", "password"])
def test_an_open_session_ends_at_the_next_request(site: Site, change: str) -> None:
    c = site.client("xa.myha")
    assert c.get("/inbox").status_code == 200
    with site.svc.db.write() as s:  # what `ocop users disable|move|password` does
        if change == "disable":
            accounts.disable_user(s, "xa.myha")
        elif change == "move":
            accounts.move_user(s, "xa.myha", "MYTAN")
        else:
            accounts.set_password(s, "xa.myha", "another-password-1")
    r = c.get("/inbox")
    assert r.status_code == 302 and "/login" in r.location
    case_id = site.case(title="Bánh gai Mỹ Hà")
    assert c.get(f"/dossiers/{case_id}").status_code == 302
    if change == "disable":
        c2 = site.client()
        r = c2.post("/login", data={"username": "xa.myha", "password": PASSWORD, "csrf_token": token(c2, "/login")})
        assert r.status_code == 401


def test_logout_ends_the_session_and_a_copied_cookie(site: Site) -> None:
    c = site.client("xa.myha")
    cookie = c.get_cookie("session")
    assert cookie is not None
    r = c.post("/logout", data={"csrf_token": token(c)})
    assert r.status_code == 302 and r.location.endswith("/login")
    assert c.get("/inbox").status_code == 302
    replay = site.app.test_client()
    replay.set_cookie("session", cookie.value)
    r = replay.get("/inbox")
    assert r.status_code == 302 and "/login" in r.location


def test_failed_logins_are_rate_limited(site: Site) -> None:
    c = site.client()
    csrf = token(c, "/login")
    for _ in range(10):
        r = c.post("/login", data={"username": "xa.myha", "password": "wrong-password", "csrf_token": csrf})
        assert r.status_code == 401
    r = c.post("/login", data={"username": "xa.myha", "password": "wrong-password", "csrf_token": csrf})
    assert r.status_code == 429
    assert "Đăng nhập sai quá nhiều lần" in r.get_data(as_text=True)
    r = c.post("/login", data={"username": "xa.myha", "password": PASSWORD, "csrf_token": csrf})
    assert r.status_code == 429  # throttled, even with the right password
    assert c.get("/login").status_code == 200  # the page itself stays readable


def test_successful_logins_are_not_counted(site: Site) -> None:
    for _ in range(12):
        site.client("xa.myha")


def test_security_headers_and_cookie_flags(site: Site) -> None:
    c = site.client()
    r = c.get("/login")
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-eval" not in csp
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    assert r.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "Strict-Transport-Security" not in r.headers
    r = c.post("/login", data={"username": "xa.myha", "password": PASSWORD, "csrf_token": token(c, "/login")})
    cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    body = c.get("/inbox").get_data(as_text=True)
    assert "<script>" not in body and " on" + "click=" not in body
    # every asset is served from this app: no external src/href (a random CSRF token may well contain "cdn")
    assert not re.findall(r'(?:src|href)="(?:https?:)?//', body)


def test_https_settings_come_from_config(tmp_path, world_template) -> None:
    import shutil

    template, _ = world_template
    shutil.copyfile(template, tmp_path / "x.db")
    app = make_app(tmp_path / "x.db", FORCE_HTTPS=True, SESSION_COOKIE_SECURE=True)
    c = app.test_client()
    r = c.get("/login")
    assert r.status_code == 301 and r.location.startswith("https://")
    r = c.get("/login", base_url="https://localhost")
    assert r.status_code == 200 and "max-age" in r.headers["Strict-Transport-Security"]
    app.extensions["ocop"].db.dispose()
