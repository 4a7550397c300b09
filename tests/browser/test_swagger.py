"""Swagger UI from vendored files renders the served OpenAPI document under the strict Content-Security-Policy."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import Server


def test_swagger_ui_renders_under_csp(chromium: Any, server: Server, screenshots) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server.url) else None)
    response = page.goto(server.url + "/api/v1/docs")
    assert response is not None and response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_selector(".swagger-ui .info .title", timeout=15_000)
    assert "OCOP API" in page.inner_text(".swagger-ui .info .title")
    page.get_by_text("/api/v1/dossiers/{dossier_id}/actions/certify", exact=True).wait_for()
    page.screenshot(path=str(screenshots / "swagger-1280.png"))
    context.close()
    assert outside == [], "no CDN"
    assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors
