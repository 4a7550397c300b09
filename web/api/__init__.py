"""The JSON API of docs/api.md under `/api/v1`: flask-smorest for the OpenAPI document, the engine for the rules.

Checks answer in the documented order: 401 → 404 (unknown or outside territory) → 400/413/415 → 404 unknown trigger
→ 422 body shape → 409 stale version → 409 not available → 403 role → 422 guards and payload rules.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from flask import Flask, Response, current_app, g, jsonify, render_template, request, url_for
from flask_smorest import Api, Blueprint
from marshmallow import RAISE
from werkzeug.exceptions import HTTPException

from engine.errors import Busy, EngineError, Replayed
from web.api import schemas
from web.auth import actor_for_token, bearer_token, csrf, session_actor

API_PREFIX = "/api/v1"
MAX_BODY = 256 * 1024
PUBLIC_ENDPOINTS = {"api.public_certificate", "api.static", "api.swagger_ui"}


class OcopApi(Api):  # type: ignore[misc]
    """flask-smorest's Api with the project's error body instead of the library's."""

    ERROR_SCHEMA = schemas.Error

    def _register_error_handlers(self) -> None:
        """Errors are the project's (see `error_response`); nothing app-wide is registered here."""


def error_response(
    status: int, code: str, message: str, details: dict[str, Any] | None = None, headers: dict[str, str] | None = None
) -> Response:
    """`{"error": {"code", "message", "details"}}` with the status."""
    resp = jsonify(error={"code": code, "message": message, "details": details or {}})
    resp.status_code = status
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


HTTP_CODES = {
    400: "malformed",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "too_many_requests",
}


def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    data = getattr(exc, "data", None) or {}
    details: dict[str, Any] = {}
    if "messages" in data:  # webargs validation of query strings
        details["fields"] = {k: v for loc in data["messages"].values() for k, v in loc.items()}
    return error_response(status, HTTP_CODES.get(status, "error"), exc.description or exc.name, details)


def _engine_error(exc: EngineError) -> Response:
    if isinstance(exc, Replayed):
        return _json(exc.status, exc.body)
    details = {k: v for k, v in exc.details.items() if v is not None}
    headers = {"Retry-After": "1"} if isinstance(exc, Busy) else None
    return error_response(exc.status, exc.code, exc.message, details, headers)


def _json(status: int, body: Any) -> Response:
    resp = current_app.response_class(
        json.dumps(body, ensure_ascii=False, default=str, sort_keys=True), mimetype="application/json"
    )
    resp.status_code = status
    return resp


# ---- the request pipeline ------------------------------------------------------------------------------------


def svc() -> Any:
    """The engine's services."""
    return current_app.extensions["ocop"]


def authenticate() -> Response | None:
    """401 first: a bearer token, or a browser session that sends its CSRF token on writes."""
    if request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None or request.endpoint.startswith("api-docs"):
        return None
    token = bearer_token()
    if token is not None:
        g.actor = actor_for_token(token)
    else:
        g.actor = session_actor()
        if g.actor is not None and request.method not in ("GET", "HEAD", "OPTIONS"):
            csrf.protect()  # the API never accepts a cookie without CSRF
    if g.actor is None:
        return error_response(
            401, "unauthorized", "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
        )
    return None


def json_body() -> Any:
    """400 malformed JSON, 413 too large, 415 not JSON (called after the 404 checks)."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise EngineHTTP(413, "too_large", f"the body is larger than {MAX_BODY} bytes")
    if request.mimetype != "application/json":
        raise EngineHTTP(415, "unsupported_media_type", "send JSON with Content-Type: application/json")
    raw = request.get_data(cache=True)
    if len(raw) > MAX_BODY:
        raise EngineHTTP(413, "too_large", f"the body is larger than {MAX_BODY} bytes")
    try:
        return json.loads(raw.decode("utf-8"), parse_float=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise EngineHTTP(400, "malformed", f"malformed JSON: {exc}") from exc


class EngineHTTP(Exception):
    """An HTTP-level refusal of the request itself (400, 413, 415) with the API's error body."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _load(schema: Any, data: Any, prefix: str = "") -> Any:
    from marshmallow import ValidationError

    try:
        return schema.load(data)
    except ValidationError as exc:
        raise EngineHTTP422(_flatten(exc.messages, prefix)) from exc


class EngineHTTP422(Exception):
    """A body that is well-formed JSON but does not fit its schema."""

    def __init__(self, fields: dict[str, list[str]]) -> None:
        super().__init__("invalid body")
        self.fields = fields


def _flatten(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if isinstance(messages, dict):
        for k, v in messages.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    else:
        out[prefix or "_body"] = [str(m) for m in (messages if isinstance(messages, list) else [messages])]
    return out


def _idempotency(body: Any, status: int) -> tuple[Any, dict[str, Any]]:
    """The request's Idempotency-Key (if sent), bound to the hash of method, path and body.

    The response is rendered inside the action's transaction and stored with the key; the first request returns
    exactly what a repeat will get (`captured["response"]`).
    """
    from engine.services import Idempotency

    captured: dict[str, Any] = {}
    key = request.headers.get("Idempotency-Key")
    if not key:
        return None, captured
    if len(key) > 255:
        raise EngineHTTP422({"Idempotency-Key": ["at most 255 characters"]})
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str, ensure_ascii=False)
    digest = hashlib.sha256(f"{request.method} {request.path}\n{canonical}".encode()).hexdigest()

    def render(s: Any, row: Any) -> tuple[int, Any]:
        captured["response"] = _dossier_json(s, row, status)
        return captured["response"]

    return Idempotency(user_id=g.actor.user_id or 0, key=key, request_hash=digest, render=render), captured


def _dossier_json(s: Any, row: Any, status: int = 200) -> tuple[int, Any]:
    described = svc().describe_in(s, g.actor, row, svc().clock())
    return status, json.loads(json.dumps(schemas.Dossier().dump(described), default=str))


def _workflow(name: str) -> Any:
    return svc().catalog.get(name)


def svc_describe(case_id: str) -> Any:
    return json.loads(json.dumps(schemas.Dossier().dump(svc().describe(g.actor, case_id)), default=str))


def _fire(dossier_id: str, trigger: str) -> Response:
    case = svc().get(g.actor, dossier_id)  # 404 first
    body = json_body()  # 400/413/415
    d = svc().catalog.get(case.workflow, case.workflow_version)
    sample = d.any_with_trigger(trigger)
    if sample is None or sample.source is None:
        return error_response(404, "unknown_trigger", f"{d.name} has no action {trigger!r}")
    envelope = _load(schemas.ActionEnvelope(), body)
    idem, captured = _idempotency(body, 200)
    try:
        svc().fire(
            g.actor,
            dossier_id,
            trigger,
            expected_version=envelope["expected_version"],
            payload=envelope["payload"],
            reason=envelope["reason"],
            idempotency=idem,
        )
    except EngineError as exc:
        return _engine_error(exc)
    return _json(*captured["response"]) if captured else _json(200, svc_describe(dossier_id))


def _routes(blp: Blueprint) -> None:
    """The resources of docs/api.md on one blueprint (a new one per app)."""
    # ---- workflows -----------------------------------------------------------------------------------------------

    @blp.route("/workflows", methods=["GET"])
    @blp.response(200, schemas.Workflow(many=True))
    def list_workflows() -> Any:
        """The loaded workflow definitions."""
        return [
            {
                "name": d.name,
                "version": d.version,
                "regime": d.regime,
                "title": d.title,
                "in_force_from": d.in_force_from.isoformat() if d.in_force_from else None,
                "in_force_until": d.in_force_until.isoformat() if d.in_force_until else None,
                "states": [
                    {"name": s.name, "label": s.label, "final": s.final, "initial": s.initial}
                    for s in d.states.values()
                ],
                "transitions": [
                    {
                        "trigger": t.trigger,
                        "source": t.source,
                        "dest": t.dest,
                        "roles": list(t.roles),
                        "guards": list(t.guards),
                        "label": t.label,
                        "legal_source": t.source_ref,
                    }
                    for t in d.transitions
                ],
                "params": {p.name: {"value": p.value, "source": p.source} for p in d.params.values()},
            }
            for d in svc().catalog
        ]

    @blp.route("/workflows/<name>/diagram", methods=["GET"])
    @blp.arguments(schemas.DiagramQuery, location="query", unknown=RAISE)
    @blp.response(200, {"type": "string"}, content_type="text/plain")
    def workflow_diagram(query: dict[str, Any], name: str) -> Any:
        """Mermaid text of a workflow (`?dossier=ID` highlights that dossier's path)."""
        from engine.diagram import mermaid

        d = _workflow(name)
        path: list[str] = []
        if query.get("dossier"):
            history = svc().history(g.actor, query["dossier"])
            path = [s for h in history for s in (h["from"], h["to"]) if s]
        return Response(mermaid(d, path), mimetype="text/plain")

    @blp.route("/workflows/<name>/product-sets", methods=["GET"])
    @blp.response(200, schemas.ProductSet(many=True))
    def product_sets(name: str) -> Any:
        """The product-set catalogue (codes 01–26) of a workflow."""
        from workflows.ocop.catalogue import product_sets as catalogue

        _workflow(name)
        return catalogue(name)

    # ---- dossiers ------------------------------------------------------------------------------------------------

    @blp.route("/dossiers", methods=["POST"])
    @blp.doc(requestBody={"required": True, "content": {"application/json": {"schema": "Registration"}}})
    @blp.response(201, schemas.Dossier)
    def register_dossier() -> Any:
        """Register a dossier at a commune (workflow and filing date optional)."""
        body = json_body()
        d = (
            svc().catalog.get(body["workflow"])
            if isinstance(body, dict)
            and isinstance(body.get("workflow"), str)
            and body["workflow"] in {x.name for x in svc().catalog}
            else next(iter(svc().catalog))
        )
        register = d.creation("register")
        clean = _load(schemas.registration_body(register.payload)(), body)
        payload = {k: v for k, v in body.items() if k not in ("workflow", "filed_on", "commune")}
        idem, captured = _idempotency(body, 201)
        case = svc().register(
            g.actor,
            unit=clean["commune"],
            workflow=clean.get("workflow"),
            filed_on=clean.get("filed_on"),
            payload=payload,
            idempotency=idem,
        )
        return _json(*captured["response"]) if captured else _json(201, svc_describe(case.id))

    @blp.route("/dossiers", methods=["GET"])
    @blp.arguments(schemas.ListQuery, location="query", unknown=RAISE)
    @blp.response(200, schemas.DossierPage)
    def list_dossiers(query: dict[str, Any]) -> Any:
        """Dossiers in the caller's territory, filtered and paged, last changed first."""
        filters = {"stars": query["stars"]} if "stars" in query else None
        rows, total = svc().list_cases(
            g.actor,
            state=query.get("state"),
            unit=query.get("unit"),
            workflow=query.get("workflow"),
            year=query.get("year"),
            q=query.get("q"),
            filters=filters,
            page=query["page"],
            per_page=query["per_page"],
        )
        return {"items": [vars(r) for r in rows], "page": query["page"], "per_page": query["per_page"], "total": total}

    @blp.route("/inbox", methods=["GET"])
    @blp.arguments(schemas.InboxQuery, location="query", unknown=RAISE)
    @blp.response(200, schemas.DossierSummary(many=True))
    def inbox(query: dict[str, Any]) -> Any:
        """Dossiers where the caller can act now."""
        per_page = query["per_page"]
        return [vars(r) for r in svc().inbox(g.actor, limit=per_page, offset=(query["page"] - 1) * per_page)]

    @blp.route("/dossiers/<dossier_id>", methods=["GET"])
    @blp.response(200, schemas.Dossier)
    def get_dossier(dossier_id: str) -> Any:
        """One dossier with the caller's allowed actions."""
        return svc().describe(g.actor, dossier_id)

    @blp.route("/dossiers/<dossier_id>/actions/<trigger>", methods=["POST"])
    @blp.doc(
        requestBody={"required": True, "content": {"application/json": {"schema": schemas.ActionEnvelope}}},
        description="Any trigger of the dossier's workflow; see the per-trigger operations for their payloads.",
    )
    @blp.response(200, schemas.Dossier)
    def fire_action(dossier_id: str, trigger: str) -> Any:
        """Fire one action on a dossier."""
        return _fire(dossier_id, trigger)

    @blp.route("/dossiers/<dossier_id>/score-sheets", methods=["POST"])
    @blp.doc(requestBody={"required": True, "content": {"application/json": {"schema": {"type": "object"}}}})
    @blp.response(201, schemas.Dossier)
    def submit_sheet(dossier_id: str) -> Any:
        """A council member submits (or re-submits as a new revision) their sheet for the dossier's current level."""
        case = svc().get(g.actor, dossier_id)
        body = json_body()
        d = svc().catalog.get(case.workflow, case.workflow_version)
        if "score_sheet" not in d.events:
            return error_response(404, "unknown_trigger", f"{d.name} has no score sheets")
        if not isinstance(body, dict):
            raise EngineHTTP422({"_body": ["an object is expected"]})
        idem, captured = _idempotency(body, 201)
        try:
            svc().record(g.actor, dossier_id, "score_sheet", payload=body, idempotency=idem)
        except EngineError as exc:
            if exc.status == 422 and "fields" in exc.details:
                exc.details["fields"] = {k.removeprefix("payload."): v for k, v in exc.details["fields"].items()}
            return _engine_error(exc)
        return _json(*captured["response"]) if captured else _json(201, svc_describe(dossier_id))

    @blp.route("/dossiers/<dossier_id>/score-sheets", methods=["GET"])
    @blp.response(200, schemas.ScoreSheets)
    def list_sheets(dossier_id: str) -> Any:
        """The dossier's rounds and sheets (other members' sheets stay hidden from a member until close)."""
        return svc().view(g.actor, dossier_id, "score_sheets")

    @blp.route("/dossiers/<dossier_id>/history", methods=["GET"])
    @blp.response(200, schemas.Record(many=True))
    def history(dossier_id: str) -> Any:
        """The dossier's history records in order."""
        return svc().history(g.actor, dossier_id)

    @blp.route("/audit/verify", methods=["GET"])
    @blp.arguments(schemas.VerifyQuery, location="query", unknown=RAISE)
    @blp.response(200, schemas.VerifyReport)
    def verify(query: dict[str, Any]) -> Any:
        """Verify the history chains in the caller's territory (or one dossier's)."""
        return svc().verify(g.actor, query.get("dossier")).as_dict()

    @blp.route("/products/<product_id>", methods=["GET"])
    @blp.response(200, schemas.Product)
    def product(product_id: str) -> Any:
        """A product: its dossiers (first, renewals, upgrades) and current certificate."""
        return svc().view(g.actor, product_id, "lineage")

    @blp.route("/public/certificates/<code>", methods=["GET"])
    @blp.response(200, schemas.PublicCertificate)
    @blp.doc(security=[])
    def public_certificate(code: str) -> Any:
        """Public verification of a certificate (no login)."""
        from engine.services import local_date
        from workflows.ocop.views import public_certificate as lookup

        with svc().db.read() as s:
            found = lookup(
                s,
                code,
                local_date(svc().clock()),
                lambda case: svc().catalog.get(case.workflow, case.workflow_version).param,
            )
        if found is None:
            return error_response(404, "not_found", f"no certificate {code!r}")
        return found

    @blp.route("/units", methods=["GET"])
    @blp.response(200, schemas.Unit(many=True))
    def units() -> Any:
        """Administrative units in the caller's territory, and the units above it."""
        from engine.accounts import list_units

        with svc().db.read() as s:
            return list_units(s, g.actor)

    @blp.route("/councils", methods=["GET"])
    @blp.response(200, schemas.Council(many=True))
    def councils() -> Any:
        """Councils in the caller's territory."""
        from workflows.ocop.councils import list_councils

        with svc().db.read() as s:
            return list_councils(s, g.actor)

    @blp.route("/docs", methods=["GET"])
    @blp.response(200, {"type": "string"}, content_type="text/html")
    @blp.doc(security=[])
    def swagger_ui() -> Any:
        """Swagger UI from vendored files."""
        page = render_template("api/swagger.html", spec_url=url_for("api-docs.openapi_json"))
        return Response(page, mimetype="text/html")


def _register_trigger_routes(app: Flask, blp: Blueprint) -> None:
    """One documented operation per trigger, its body schema built from the declared payload fields."""
    for trigger, t in sorted(_triggers_for(app).items()):
        body = schemas.action_body(trigger, t.payload, t.reason)

        def view(dossier_id: str, _trigger: str = trigger) -> Any:
            return _fire(dossier_id, _trigger)

        view.__name__ = f"action_{trigger}"
        view.__doc__ = f"{t.label} (`{trigger}`)."
        decorated = blp.response(200, schemas.Dossier)(
            blp.doc(requestBody={"required": True, "content": {"application/json": {"schema": body}}})(view)
        )
        blp.route(f"/dossiers/<dossier_id>/actions/{trigger}", methods=["POST"], endpoint=f"action_{trigger}")(
            decorated
        )


def _triggers_for(app: Flask) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for d in app.extensions["ocop"].catalog:
        for t in d.transitions:
            if t.source is not None:
                out.setdefault(t.trigger, t)
    return out


ERRORS = {
    400: "Malformed JSON",
    401: "No or bad bearer token",
    403: "The caller's role may not do this",
    404: "Unknown, or outside the caller's territory",
    409: "Stale expected_version, or not available from the state",
    413: "Body too large",
    415: "Not JSON",
    422: "Well-formed but invalid (fields or guard reasons)",
    503: "Database busy or outcome unknown: retry with the same Idempotency-Key",
}


def _declare_errors(api: Api) -> None:
    """Declare on every operation the error statuses it can answer, with the one error body."""
    ref = {"$ref": "#/components/schemas/Error"}
    for path, operations in api.spec._paths.items():
        for method, op in operations.items():
            if method not in ("get", "post"):
                continue
            if "/public/" in path:
                codes = [404]
            elif path.endswith(("/openapi.json", "/docs")):
                codes = []
            elif method == "get":
                codes = [401, 404, 422, 503]
            else:
                codes = [400, 401, 403, 404, 409, 413, 415, 422, 503]
            for code in codes:
                op.setdefault("responses", {})[str(code)] = {
                    "description": ERRORS[code],
                    "content": {"application/json": {"schema": ref}},
                }


def init_app(app: Flask) -> None:
    """Register the API, its OpenAPI document (`/api/v1/openapi.json`) and Swagger UI (`/api/v1/docs`)."""
    app.config.update(
        API_TITLE="OCOP API",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX=API_PREFIX,
        OPENAPI_JSON_PATH="openapi.json",
    )
    app.config.setdefault("MAX_CONTENT_LENGTH", 4 * 1024 * 1024)
    api = OcopApi(
        app,
        spec_kwargs={
            "components": {"securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}}},
            "security": [{"bearerAuth": []}],
        },
    )
    blp = Blueprint(
        "api",
        __name__,
        url_prefix=API_PREFIX,
        static_folder="static",
        template_folder="templates",
        description="OCOP dossiers, score sheets, history and certificates",
    )
    blp.before_request(authenticate)
    _routes(blp)
    _register_trigger_routes(app, blp)
    register = next((d.creation("register") for d in app.extensions["ocop"].catalog), None)
    if register is not None:
        api.spec.components.schema("Registration", schema=schemas.registration_body(register.payload))
    api.register_blueprint(blp)
    _declare_errors(api)
    csrf.exempt(blp)

    @app.errorhandler(EngineError)
    def engine_error(exc: EngineError) -> Any:
        return _engine_error(exc)

    @app.errorhandler(EngineHTTP)
    def http_refusal(exc: EngineHTTP) -> Any:
        return error_response(exc.status, exc.code, exc.message)

    @app.errorhandler(EngineHTTP422)
    def body_invalid(exc: EngineHTTP422) -> Any:
        return error_response(422, "invalid", "the request body is not valid", {"fields": exc.fields})

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Any:
        if request.path.startswith(API_PREFIX):
            return _http_error(exc)
        return exc
