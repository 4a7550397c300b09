"""The API under test: the app on the test database, the OCOP world, and a bearer token per user."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from engine import accounts
from tests.ocop.conftest import Ocop, ocop, ocop_catalog, osvc  # noqa: F401 (fixtures shared with tests/ocop)
from web import create_app


@dataclass
class ApiClient:
    """The Flask test client with a token per user name."""

    client: Any
    tokens: dict[str, str]
    ocop: Ocop

    def call(self, method: str, path: str, who: str | None = None, json: Any = None, **kw: Any) -> Any:
        headers = dict(kw.pop("headers", {}))
        if who is not None:
            headers["Authorization"] = f"Bearer {self.tokens[who]}"
        return self.client.open(f"/api/v1{path}", method=method, json=json, headers=headers, **kw)

    def get(self, path: str, who: str | None = None, **kw: Any) -> Any:
        return self.call("GET", path, who, **kw)

    def post(self, path: str, who: str | None = None, json: Any = None, **kw: Any) -> Any:
        return self.call("POST", path, who, json=json, **kw)

    def act(
        self, dossier: dict[str, Any], who: str, trigger: str, payload: Any = None, reason: str | None = None, **kw: Any
    ) -> Any:
        body = {"expected_version": dossier["version"], "payload": payload or {}, "reason": reason}
        return self.post(f"/dossiers/{dossier['id']}/actions/{trigger}", who, body, **kw)


@pytest.fixture
def app(ocop: Ocop, database_url: str, tmp_path: Any) -> Any:
    app = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "test", "TESTING": True, "WTF_CSRF_ENABLED": True})
    app.extensions["ocop"].clock = ocop.svc.clock
    yield app
    app.extensions["ocop"].db.dispose()


@pytest.fixture
def api(app: Any, ocop: Ocop) -> ApiClient:
    tokens = {}
    with ocop.svc.db.write() as s:
        for name in ocop.a:
            tokens[name] = accounts.create_token(s, name)[1]
    return ApiClient(app.test_client(), tokens, ocop)


REGISTRATION = {
    "workflow": "ocop-2023",
    "filed_on": "2024-06-01",
    "product": {"name": "Giò lụa Mỹ Tân", "product_set": "08"},
    "producer": {"name": "HTX Mỹ Tân", "kind": "cooperative", "registration_no": "0801234567"},
    "commune": "MYHA",
    "registration_type": "first",
}
REVIEW = {
    "local_origin": "Gạo nếp địa phương",
    "local_labour": "Lao động trong xã",
    "idea_origin": "Công thức gia truyền",
    "local_identity": "Làng nghề",
}
