"""Who is asking: browser sessions (Flask-Login, ended by disabling, moving or a new password) and API tokens."""

from __future__ import annotations

from flask import Flask, current_app, request
from flask_login import LoginManager, UserMixin, current_user
from flask_wtf.csrf import CSRFProtect

from engine import accounts
from engine.accounts import Actor
from engine.services import Services
from engine.store import User

login_manager = LoginManager()
csrf = CSRFProtect()


class SessionUser(UserMixin):  # type: ignore[misc]
    """The logged-in user of a browser session; its id carries the session version, so old sessions end."""

    def __init__(self, actor: Actor, full_name: str, session_version: int, active: bool = True) -> None:
        self.actor = actor
        self.full_name = full_name or actor.username
        self.session_version = session_version
        self._active = active

    def get_id(self) -> str:
        return f"{self.actor.user_id}:{self.session_version}"

    @property
    def is_active(self) -> bool:
        return self._active

    @classmethod
    def of(cls, user: User) -> SessionUser:
        """The session user for a loaded user row."""
        return cls(Actor.of(user), user.full_name, user.session_version, user.active)


def _svc() -> Services:
    svc: Services = current_app.extensions["ocop"]
    return svc


@login_manager.user_loader
def load_session_user(session_id: str) -> SessionUser | None:
    """Reload the user at every request: disabled, moved or re-passworded users lose their sessions at once."""
    try:
        user_id, version = (int(part) for part in session_id.split(":", 1))
    except ValueError:
        return None
    with _svc().db.read() as s:
        user = s.get(User, user_id)
        if user is None or not user.active or user.session_version != version:
            return None
        return SessionUser.of(user)


def bearer_token() -> str | None:
    """The token of an `Authorization: Bearer …` header, if any."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def actor_for_token(token: str) -> Actor | None:
    """The actor of an active token of an active user, or None."""
    with _svc().db.read() as s:
        user = accounts.user_for_token(s, token)
        return Actor.of(user) if user is not None else None


def session_actor() -> Actor | None:
    """The actor of the browser session, if logged in."""
    return current_user.actor if current_user.is_authenticated else None


def init_app(app: Flask) -> None:
    """Sessions, CSRF on every form, and the login view's endpoint."""
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)
    # Flask ships SESSION_COOKIE_SAMESITE = None, so a setdefault would not take
    app.config["SESSION_COOKIE_SAMESITE"] = app.config.get("SESSION_COOKIE_SAMESITE") or "Lax"
    login_manager.init_app(app)
    login_manager.login_view = "ui.login"
    login_manager.session_protection = "basic"
    csrf.init_app(app)
