"""The words of the pages for codes: states, actions, roles, fields, choices (msgids in English, `vi` in the catalogue).

In Vietnamese the workflow file's own labels win (they are the authority); these entries give the English pages
their words and the Vietnamese pages a label where the workflow file declares none.
"""

from __future__ import annotations

from typing import Any

from flask_babel import get_locale, gettext
from flask_babel import lazy_gettext as _l

STATES = {
    "registered": _l("Registered"),
    "commune_reviewed": _l("Reviewed by the commune"),
    "returned": _l("Returned for completion"),
    "district_scored": _l("Scored by the district council"),
    "forwarded_to_province": _l("Forwarded to the province"),
    "province_scored": _l("Scored by the provincial council"),
    "forwarded_to_central": _l("Forwarded to the central level"),
    "central_scored": _l("Scored by the central council"),
    "certified": _l("Recognised"),
    "expiring": _l("Expiring"),
    "not_recognised": _l("Not recognised"),
    "expired": _l("Expired"),
    "renewed": _l("Renewed"),
    "revoked": _l("Revoked"),
    "withdrawn": _l("Withdrawn"),
}
TRIGGERS = {
    "register": _l("Register a product dossier"),
    "import": _l("Import an issued certificate"),
    "review_at_commune": _l("Commune review, send to the district"),
    "withdraw": _l("Withdraw the dossier"),
    "return_for_completion": _l("Return for completion"),
    "resubmit": _l("Resubmit the completed dossier"),
    "close_scoring": _l("Close scoring"),
    "certify": _l("Recognition decision, issue the certificate"),
    "forward_to_province": _l("Forward the dossier to the province"),
    "forward_to_central": _l("Forward the dossier to the central level"),
    "return_to_province": _l("Return to the province"),
    "reject": _l("Do not recognise"),
    "mark_expiring": _l("Expiring"),
    "expire": _l("Expired"),
    "renew": _l("Renewed"),
    "revoke": _l("Revoke the certificate"),
    "score_sheet": _l("Submit a scoring sheet"),
    "request_rescore": _l("Request a re-score"),
    "comment": _l("Comment"),
    "attachment": _l("Attachment"),
}
ROLES = {
    "commune_officer": _l("Commune officer"),
    "district_officer": _l("District office"),
    "district_chair": _l("District chair"),
    "province_officer": _l("Provincial OCOP office"),
    "province_chair": _l("Provincial chair"),
    "central_officer": _l("Central coordination office"),
    "central_chair": _l("Minister"),
    "council_member": _l("Council member"),
    "auditor": _l("Auditor"),
    "admin": _l("Administrator"),
    "system": _l("System (scheduler)"),
}
LEVELS = {
    "central": _l("Central"),
    "province": _l("Province"),
    "district": _l("District"),
    "commune": _l("Commune"),
}
FIELDS = {
    "product": _l("Product"),
    "product.name": _l("Product name"),
    "product.product_set": _l("Product set"),
    "producer": _l("Producer (OCOP entity)"),
    "producer.name": _l("Producer name"),
    "producer.kind": _l("Kind of producer"),
    "producer.registration_no": _l("Business registration number"),
    "registration_type": _l("Registration type"),
    "previous_dossier": _l("Previous dossier (id)"),
    "local_origin": _l("Origin of the idea and local raw materials"),
    "local_labour": _l("Use of local labour"),
    "idea_origin": _l("Origin of the product idea"),
    "local_identity": _l("Local identity and intelligence"),
    "changes": _l("What was completed"),
    "decision_no": _l("Decision number"),
    "issued_on": _l("Date the decision was signed"),
    "issued_by": _l("Issuing unit"),
    "stars": _l("Stars"),
    "ground": _l("Ground for revocation"),
    "successor": _l("Successor dossier"),
    "parts": _l("Scores by part"),
    "parts.A": _l("Part A – Product and community strength"),
    "parts.B": _l("Part B – Marketing capacity"),
    "parts.C": _l("Part C – Product quality"),
    "note": _l("Note"),
    "reason": _l("Reason"),
    "report": _l("Report"),
    "extra_testing": _l("Extra testing"),
}
CHOICES = {
    "producer.kind": {
        "cooperative": _l("Cooperative"),
        "cooperative_group": _l("Cooperative group"),
        "enterprise": _l("Enterprise"),
        "farm": _l("Farm"),
        "household": _l("Household business"),
        "association": _l("Association (community tourism only)"),
    },
    "registration_type": {
        "first": _l("First registration"),
        "upgrade": _l("Upgrade"),
        "renewal": _l("Re-evaluation (renewal)"),
        "imported": _l("Imported certificate"),
    },
    "ground": {
        "forged_dossier": _l("Forged dossier"),
        "criteria_not_met": _l("Criteria no longer met"),
        "law_violation": _l("Violation of the law"),
        "mark_misuse": _l("Misuse of the OCOP mark"),
        "production_stopped": _l("Production stopped"),
        "other_competent_conclusion": _l("Conclusion of another competent authority"),
    },
    "product.product_set": {
        "01": _l("Fresh vegetables, tubers, fruit and nuts"),
        "02": _l("Fresh meat, seafood, eggs and milk"),
        "03": _l("Rice, cereals and other pre-processed grains"),
        "04": _l("Honey, other syrups and other food produce"),
        "05": _l("Fast food"),
        "06": _l("Processed from rice and cereals"),
        "07": _l("Processed from vegetables, tubers, fruit and nuts"),
        "08": _l("Processed from meat, eggs, milk, seafood, honey and other food produce"),
        "09": _l("Soy sauce, fish sauce and other liquid condiments"),
        "10": _l("Other condiments"),
        "11": _l("Fresh and processed tea"),
        "12": _l("Tea products from other plants"),
        "13": _l("Coffee and cocoa"),
        "14": _l("White spirits"),
        "15": _l("Other alcoholic drinks"),
        "16": _l("Natural mineral water and bottled drinking water"),
        "17": _l("Non-alcoholic drinks"),
        "18": _l("Functional foods, herbal and traditional medicines"),
        "19": _l("Cosmetics with herbal ingredients"),
        "20": _l("Essential oils and other herbal materials"),
        "21": _l("Household and decorative handicrafts"),
        "22": _l("Textiles and garments"),
        "23": _l("Flowers"),
        "24": _l("Ornamental plants"),
        "25": _l("Ornamental animals"),
        "26": _l("Community tourism, eco-tourism services and tourist sites"),
    },
}
FLAGS = {
    "out_of_force": _l(
        "This dossier was filed outside the period in which its workflow is in force (in_force: false)."
    ),
    "late_renewal": _l("This renewal was filed after the renewal window."),
    "overdue": _l("A deadline of this dossier has passed."),
}
CERT_STATUS = {
    "valid": _l("Valid"),
    "expiring": _l("Expiring"),
    "expired": _l("Expired"),
    "superseded": _l("Superseded"),
    "revoked": _l("Revoked"),
}
DEADLINES = {
    "commune_review": _l("Commune review"),
}
SCORE_STATUS = {"open": _l("Scoring open"), "closed": _l("Scoring closed")}
KINDS = {"transition": _l("Transition"), "score_sheet": _l("Scoring sheet"), "request_rescore": _l("Re-score request")}


def is_vi() -> bool:
    """Whether the page is in Vietnamese."""
    loc = get_locale()
    return loc is None or loc.language == "vi"


def humanize(code: str) -> str:
    """A readable fallback for a code that has no label."""
    text = str(code).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def state_label(definition: Any, name: str | None) -> str:
    """A state's label: the workflow file's in Vietnamese, the English word otherwise."""
    if not name:
        return "—"
    st = definition.states.get(name) if definition is not None else None
    if is_vi() and st is not None and st.label:
        return str(st.label)
    if name in STATES:
        return str(STATES[name])
    return str(st.label) if st is not None and st.label and is_vi() else humanize(name)


def trigger_label(definition: Any, trigger: str | None, given: str | None = None) -> str:
    """An action's label: the workflow file's in Vietnamese, the English word otherwise."""
    if not trigger:
        return "—"
    if is_vi():
        if given:
            return given
        if definition is not None:
            t = definition.any_with_trigger(trigger)
            if t is not None and t.label:
                return str(t.label)
            ev = definition.events.get(trigger)
            if ev is not None and ev.label:
                return str(ev.label)
    if trigger in TRIGGERS:
        return str(TRIGGERS[trigger])
    return given if (given and is_vi()) else humanize(trigger)


def role_label(role: str | None) -> str:
    """A role's name."""
    return str(ROLES[role]) if role in ROLES else humanize(role or "")


def level_label(level: str | None) -> str:
    """A unit level's name."""
    return str(LEVELS[level]) if level in LEVELS else humanize(level or "")


def field_label(key: str, declared: str = "") -> str:
    """A payload field's label (`key` is its dotted path without `payload.`)."""
    if is_vi() and declared:
        return declared
    if key in FIELDS:
        return str(FIELDS[key])
    last = key.rsplit(".", 1)[-1]
    if last in FIELDS:
        return str(FIELDS[last])
    return declared if (declared and is_vi()) else humanize(last)


def choice_label(key: str, value: str) -> str:
    """The label of one choice of a field."""
    table = CHOICES.get(key) or CHOICES.get(key.rsplit(".", 1)[-1]) or {}
    if value in table:
        text = str(table[value])
        return f"{value} – {text}" if key.endswith("product_set") else text
    return str(value)


def flag_label(flag: str) -> str:
    """The warning for a dossier flag."""
    return str(FLAGS[flag]) if flag in FLAGS else humanize(flag)


def cert_status_label(status: str | None) -> str:
    """A certificate status."""
    return str(CERT_STATUS[status]) if status in CERT_STATUS else humanize(status or "")


def deadline_label(what: str) -> str:
    """What a deadline is for."""
    return str(DEADLINES[what]) if what in DEADLINES else humanize(what)


def kind_label(kind: str) -> str:
    """A history record's kind."""
    return str(KINDS[kind]) if kind in KINDS else humanize(kind)


def score_status_label(status: str | None) -> str:
    """Whether scoring is open or closed."""
    return str(SCORE_STATUS[status]) if status in SCORE_STATUS else humanize(status or "")


def t(text: Any) -> str:
    """gettext for a value that may already be a lazy string."""
    return gettext(str(text)) if isinstance(text, str) else str(text)
