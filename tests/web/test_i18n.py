"""Vietnamese by default, English on request: complete, compiled catalogues, and English pages without Vietnamese."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from sqlalchemy import select

from engine.store import Case, HistoryRecord, Unit, User
from tests.web.conftest import Site, token
from workflows.ocop.models import Certificate, Council

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "web" / "translations"
VIETNAMESE = re.compile("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.IGNORECASE)


def _ids(catalog) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The msgids of the current sources (babel.cfg at the repository root)."""
    out = tmp_path_factory.mktemp("pot") / "messages.pot"
    CommandLineInterface().run(
        [
            "pybabel",
            "-q",
            "extract",
            "-F",
            str(ROOT / "babel.cfg"),
            "-k",
            "_l",
            "-k",
            "lazy_gettext",
            "-o",
            str(out),
            str(ROOT),
        ]
    )
    with out.open("rb") as f:
        return _ids(read_po(f))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_catalogue_is_complete_and_compiled(extracted: set[str], lang: str) -> None:
    po_path = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"
    mo_path = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.mo"
    with po_path.open("rb") as f:
        po = read_po(f, locale=lang)
    assert len(extracted) > 300
    assert sorted(extracted - _ids(po)) == [], f"msgids missing from {lang}; see web/translations/README.md"
    untranslated = [m.id for m in po if m.id and (not m.string or m.fuzzy)]
    assert untranslated == []
    with mo_path.open("rb") as f:
        mo = read_mo(f)
    compiled = {m.id: m.string for m in mo if m.id}
    assert compiled == {m.id: m.string for m in po if m.id}, f"recompile {mo_path}"
    if lang == "vi":
        same = [m.id for m in po if m.id and m.string == m.id and VIETNAMESE.search(m.id) is None and len(m.id) > 3]
        assert same == [], "Vietnamese entries left in English"


class _Text(HTMLParser):
    """Visible text and readable attributes, skipping scripts, styles and parts marked lang="vi"."""

    SKIP = {"script", "style"}
    ATTRS = {"title", "aria-label", "placeholder", "alt"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.parts: list[str] = []

    def _skipping(self) -> bool:
        return any(skip for _, skip in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        void = tag in {"input", "meta", "link", "br", "img", "hr"}
        skip = tag in self.SKIP or a.get("lang") == "vi"
        if not (skip or self._skipping()):
            self.parts += [v for k, v in attrs if k in self.ATTRS and v]
            if tag == "input" and a.get("type") in ("submit", "button"):
                self.parts.append(a.get("value") or "")
        if not void:
            self.stack.append((tag, skip))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return "\n".join(parser.parts)


def data_strings(site: Site) -> list[str]:
    """Everything officers typed or the demo loaded (names, payloads, reasons): data, not interface text."""
    out: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    with site.svc.db.read() as s:
        out |= set(s.scalars(select(Unit.name))) | set(s.scalars(select(User.full_name)))
        out |= set(s.scalars(select(Case.title))) | set(s.scalars(select(Council.decision_no)))
        out |= set(s.scalars(select(Certificate.decision_no)))
        for data in s.scalars(select(Case.data)):
            walk(data)
        for payload, reason in s.execute(select(HistoryRecord.payload, HistoryRecord.reason)):
            walk(payload)
            walk(reason)
    return sorted((x for x in out if x), key=len, reverse=True)


def english_leftovers(html: str, data: list[str]) -> list[str]:
    text = visible_text(html)
    for value in data:
        text = text.replace(value, " ")
    return sorted({line.strip() for line in text.splitlines() if VIETNAMESE.search(line)})


def test_vietnamese_is_the_default(site: Site) -> None:
    c = site.client("xa.myha")
    body = c.get("/inbox").get_data(as_text=True)
    assert '<html lang="vi">' in body and "Việc cần xử lý" in body
    assert "Đăng nhập" in site.client().get("/login").get_data(as_text=True)


def _switch(c, lang: str = "en") -> None:
    r = c.post("/language", data={"lang": lang, "next": "/inbox", "csrf_token": token(c)})
    assert r.status_code == 302 and r.location.endswith("/inbox")


KEY_PAGES = {
    "xa.myha": [
        "/inbox",
        "/dossiers",
        "/dossiers/new",
        "{registered}",
        "{registered}/actions/review_at_commune",
        "{registered}/actions/withdraw",
        "{certified}",
    ],
    "hd.myloc1": ["/inbox", "{scoring}", "{scoring}/actions/score_sheet"],
    "huyen.myloc": ["/inbox", "{scoring}", "{scoring}/actions/close_scoring", "{returned}"],
    "chutich.myloc": ["{district_scored}", "{district_scored}/actions/certify"],
    "chutich.namdinh": ["{certified}/actions/revoke", "{renewed}", "{revoked_history}"],
    "kiemtoan.namdinh": [
        "/inbox",
        "/audit/search",
        "/audit/search?trigger=certify",
        "/audit/verify",
        "{certified}/history",
        "{scoring}",
    ],
    "quantri.namdinh": ["/admin/users", "/admin/users/xa.myha", "/admin/units", "/admin/councils"],
}


@pytest.mark.parametrize("user", sorted(KEY_PAGES))
def test_english_pages_have_no_vietnamese_interface_text(site: Site, user: str) -> None:
    ids = {
        "registered": site.case(title="Bánh gai Mỹ Hà"),
        "certified": site.case(title="Chè búp Mỹ Hà"),
        "scoring": site.case(title="Nem chua Mỹ Tân"),
        "returned": site.case(title="Rượu nếp"),
        "district_scored": site.case(title="Giò lụa Mỹ Tân"),
        "renewed": site.case(state="renewed"),
        "revoked_history": site.case(state="revoked") + "/history",
    }
    data = data_strings(site)
    c = site.client(user)
    _switch(c)
    for page in KEY_PAGES[user]:
        url = page if page.startswith("/") and "{" not in page else "/dossiers/" + page.format(**ids).lstrip("/")
        r = c.get(url)
        assert r.status_code == 200, (url, r.status_code)
        html = r.get_data(as_text=True)
        assert '<html lang="en">' in html
        assert english_leftovers(html, data) == [], url
    _switch(c, "vi")
    assert "Việc cần xử lý" in c.get("/inbox").get_data(as_text=True)


def test_english_error_messages(site: Site) -> None:
    c = site.client("xa.myha")
    _switch(c)
    case_id = site.case(title="Bánh gai Mỹ Hà")
    page = c.get(f"/dossiers/{case_id}/actions/review_at_commune").get_data(as_text=True)
    version = re.search(r'name="expected_version" value="(\d+)"', page).group(1)
    r = c.post(
        f"/dossiers/{case_id}/actions/review_at_commune",
        data={"csrf_token": token(c), "expected_version": version, "payload.local_origin": "x"},
    )
    html = r.get_data(as_text=True)
    assert r.status_code == 422 and "This field must not be empty." in html
    assert english_leftovers(html, data_strings(site)) == []


#: Refusals of the OCOP guards as the rules word them (workflows/ocop/rules.py, rules2026.py), one per guard the
#: dossier page or an action form can show; each must reach a Vietnamese page in Vietnamese.
GUARD_MESSAGES = [
    "an association may register only a community tourism product (set 26)",
    "an association may register only a community tourism product (set 26) (Art. 2.3)",
    "the average is in the 4★ band but reaches 3★: star minimums not met: tiêu chí 1.5: đạt 1 điểm, yêu cầu tối "
    "thiểu 4 sao là 2 điểm",
    "an upgrade dossier shows the changes since recognition (`changes`, Art. 6.1.b)",
    "a renewal dossier carries the updates since recognition (`updates`, Art. 6.1.c)",
    "`changes` belong to an upgrade dossier (Art. 6.1.b)",
    "`updates` belong to a renewal dossier (Art. 6.1.c)",
    "a renewal is filed from 2028-11-26 (180 days before the certificate's expiry on 2029-05-25, Art. 7.6.a); "
    "filed on 2028-10-01",
    "a tourism product sends no samples (Art. 6.2.d)",
    "5 product samples go with the dossier (Art. 6.2.d); received 2",
    "the sheet of product set 26 prints no disqualification",
    "'x' is not a disqualification ground of product set 08: one of a, b",
    "the dossier is at the central level: its central office acts on it",
    "concluded_on may not be in the future",
]


@pytest.mark.parametrize("message", GUARD_MESSAGES)
def test_guard_refusals_are_shown_in_vietnamese(site: Site, message: str) -> None:
    from web.ui.messages import translate

    with site.app.test_request_context("/"):
        text = translate(message)
    assert text != message and text.endswith(".") and re.search("[ạảấầẩậắằặếềểệịọốồổộớờởợụủứừửựđ]", text), text
    assert "Art." not in text and "`" not in text, text
