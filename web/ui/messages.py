"""The engine's messages (English, with values) in the page's language.

The engine and the workflow rules speak English with values filled in (`"3 of 4 members have scored; at least 3
are needed"`). Each known message has a pattern here and a msgid with the same named values; an unknown message is
shown as it is (so nothing is ever hidden from the officer).
"""

from __future__ import annotations

import re
from typing import Any

from flask_babel import gettext
from flask_babel import lazy_gettext as _l

PATTERNS: list[tuple[re.Pattern[str], Any]] = [
    (re.compile(p), msg)
    for p, msg in [
        # marshmallow and the engine's payload checks
        (r"^Missing data for required field\.$", _l("This field is required.")),
        (r"^Field may not be null\.$", _l("This field is required.")),
        (r"^Unknown field\.$", _l("Unknown field.")),
        (r"^Not a valid integer\.$", _l("Enter a whole number.")),
        (r"^Not a valid number\.$", _l("Enter a number.")),
        (r"^Not a valid decimal\.$", _l("Enter a number.")),
        (r"^Not a valid date\.$", _l("Enter a date (dd/mm/yyyy).")),
        (r"^Not a valid string\.$", _l("Enter text.")),
        (r"^Not a valid boolean\.$", _l("Choose yes or no.")),
        (r"^Not a valid list\.$", _l("Enter one item per line.")),
        (r"^Invalid input type\.$", _l("This value is not valid.")),
        (r"^Must be one of: .*\.$", _l("Choose one of the listed values.")),
        (
            r"^Must be greater than or equal to (?P<lo>[\d.]+) and less than or equal to (?P<hi>[\d.]+)\.$",
            _l("Enter a value from %(lo)s to %(hi)s."),
        ),
        (r"^Must be greater than or equal to (?P<lo>[\d.]+)\.$", _l("Enter a value of at least %(lo)s.")),
        (r"^Must be less than or equal to (?P<hi>[\d.]+)\.$", _l("Enter a value of at most %(hi)s.")),
        (r"^Longer than maximum length (?P<n>\d+)\.$", _l("At most %(n)s characters.")),
        (r"^must not be empty$", _l("This field must not be empty.")),
        (r"^at most (?P<n>\d+) decimal places$", _l("At most %(n)s decimal places.")),
        (r"^must be an object$", _l("This value is not valid.")),
        (r"^must be text$", _l("Enter text.")),
        (r"^a reason is required for this action$", _l("Please enter the reason for this action.")),
        (r"^this action takes no reason$", _l("This action takes no reason.")),
        (r"^may not be in the future$", _l("The date may not be in the future.")),
        (r"^no unit '(?P<unit>[^']*)' in your territory$", _l("Unit %(unit)s is not in your territory.")),
        (r"^no unit '(?P<unit>[^']*)'$", _l("Unknown unit %(unit)s.")),
        (r"^must not be before date_from$", _l("The end date must not be before the start date.")),
        (r"^not a filter of any loaded workflow$", _l("Unknown filter.")),
        # criterion-level score sheets (ocop-2026, workflows/ocop/criteria.py)
        (
            r"^required: every criterion of the sheet must be scored$",
            _l("Choose an option for this criterion: every criterion of the sheet must be scored."),
        ),
        (
            r"^must be the points of one option: (?P<values>.*)$",
            _l("Choose one of the criterion's options (points: %(values)s)."),
        ),
        (r"^must be between (?P<lo>[\d.]+) and (?P<hi>[\d.]+)$", _l("Enter a value from %(lo)s to %(hi)s.")),
        (r"^at most (?P<n>\d+) decimals$", _l("At most %(n)s decimal places.")),
        (r"^must be a number$", _l("Enter a number.")),
        (r"^unknown criterion for product set (?P<code>\S+)$", _l("Not a criterion of product set %(code)s.")),
        (r"^the score sheet is not valid$", _l("The scoring sheet is not valid.")),
        # accounts and councils
        (r"^at least 8 characters$", _l("At least 8 characters.")),
        (
            r"^lower-case letters, digits, '_', '\.', '-' only \(2 to 64\)$",
            _l("Lower-case letters, digits, '_', '.', '-' only (2 to 64 characters)."),
        ),
        (
            r"^letters, digits, '_', '\.', '-' only \(1 to 32\)$",
            _l("Letters, digits, '_', '.', '-' only (1 to 32 characters)."),
        ),
        (r"^user '(?P<name>[^']*)' already exists$", _l("User %(name)s already exists.")),
        (r"^unit '(?P<code>[^']*)' already exists$", _l("Unit %(code)s already exists.")),
        (r"^one of (?P<values>.*)$", _l("Choose one of: %(values)s.")),
        (r"^only a central unit has no parent$", _l("Only a central unit has no parent unit.")),
        (r"^a (?P<a>\w+) cannot sit under a (?P<b>\w+)$", _l("A %(a)s unit cannot sit under a %(b)s unit.")),
        (r"^user is disabled$", _l("The user is disabled.")),
        (r"^a council has at least one member$", _l("A council has at least one member.")),
        (r"^a member is listed twice$", _l("A member is listed twice.")),
        (
            r"^not active council members of (?P<unit>\S+): (?P<names>.*)$",
            _l("Not active council members of %(unit)s: %(names)s."),
        ),
        (
            r"^councils sit at a .*, not a (?P<level>\w+)$",
            _l("A council sits at a district, province or central unit."),
        ),
        # guards of the OCOP workflows
        (r"^no scoring round is open for this dossier$", _l("No scoring round is open for this dossier.")),
        (
            r"^no council is established for the (?P<level>\w+) level$",
            _l("No council is established for the %(level)s level."),
        ),
        (r"^a dossier is registered at a commune$", _l("A dossier is registered at a commune.")),
        (
            r"^an association may register only a community tourism product \(set (?P<set>\d+)\)(?: \(Art\. 2\.3\))?$",
            _l("An association may register only a community tourism product (set %(set)s)."),
        ),
        (
            r"^a first registration names no previous dossier$",
            _l("A first registration names no previous dossier."),
        ),
        (r"^a (?P<kind>\w+) names the previous dossier$", _l("An upgrade or renewal names the previous dossier.")),
        (
            r"^the previous dossier does not exist in your territory$",
            _l("The previous dossier does not exist in your territory."),
        ),
        (
            r"^the previous dossier is (?P<state>\w+); a (?P<kind>\w+) needs one that is (?P<allowed>.*)$",
            _l("The previous dossier is %(state)s; it must be recognised, expiring (or, for a renewal, expired)."),
        ),
        (r"^dossier (?P<id>\S+) already continues this product$", _l("Dossier %(id)s already continues this product.")),
        (r"^issued_on may not be in the future$", _l("The decision date may not be in the future.")),
        (
            r"^scoring has started; the dossier can no longer be withdrawn$",
            _l("Scoring has started; the dossier can no longer be withdrawn."),
        ),
        (
            r"^you are not a member of the council scoring at the (?P<level>\w+) level$",
            _l("You are not a member of the council scoring at the %(level)s level."),
        ),
        (
            r"^(?P<n>\d+) of (?P<m>\d+) members have scored; at least (?P<k>\d+) are needed$",
            _l("%(n)s of %(m)s members have scored; at least %(k)s are needed."),
        ),
        (
            r"^totals differ by (?P<gap>[\d.]+) points \(limit (?P<limit>[\d.]+)\); after (?P<n>\d+) re-score "
            r"requests the chair may close with a recorded reason$",
            _l(
                "Totals differ by %(gap)s points (limit %(limit)s); after %(n)s re-score requests the chair may close "
                "with a recorded reason."
            ),
        ),
        (
            r"^totals differ by (?P<gap>[\d.]+) points \(limit (?P<limit>[\d.]+)\); request a re-score$",
            _l("Totals differ by %(gap)s points (limit %(limit)s); request a re-score."),
        ),
        (
            r"^totals differ by (?P<gap>[\d.]+) points, within the limit (?P<limit>[\d.]+)$",
            _l("Totals differ by %(gap)s points, within the limit %(limit)s."),
        ),
        (
            r"^(?P<n>\d+) re-score requests were made; the chair may close with a reason$",
            _l("%(n)s re-score requests were made; the chair may close with a reason."),
        ),
        (r"^the dossier has no closed scoring result$", _l("The dossier has no closed scoring result.")),
        (
            r"^average (?P<avg>[\d.]+) is (?P<band>\d)★; the (?P<level>\w+) chair certifies (?P<allowed>.*)$",
            _l("Average %(avg)s is %(band)s★; at this level the chair recognises %(allowed)s."),
        ),
        (
            r"^an upgrade to (?P<band>\d)★ is not above the current (?P<before>\d)★ certificate$",
            _l("An upgrade to %(band)s★ is not above the current %(before)s★ certificate."),
        ),
        (
            r"^average (?P<avg>[\d.]+) \((?P<band>\d)★\) does not reach the (?P<need>\d)★ threshold of the "
            r"(?P<level>\w+) result$",
            _l("Average %(avg)s (%(band)s★) does not reach the %(need)s★ threshold."),
        ),
        (r"^average (?P<avg>[\d.]+) reaches 5★: certify it$", _l("Average %(avg)s reaches 5★: recognise it.")),
        (
            r"^average (?P<avg>[\d.]+) is (?P<band>\d)★: it is certified or forwarded, not rejected$",
            _l("Average %(avg)s is %(band)s★: it is recognised or forwarded, not rejected."),
        ),
        (r"^the dossier has no certificate$", _l("The dossier has no certificate.")),
        (
            r"^the average is in the (?P<band>\d)★ band but reaches (?P<reach>\d)★: star minimums not met: "
            r"(?P<details>.*)$",
            _l("The average is in the %(band)s★ band but reaches only %(reach)s★; star minimums not met: %(details)s."),
        ),
        # guards of ocop-2026 only (workflows/ocop/rules2026.py)
        (
            r"^an upgrade dossier shows the changes since recognition",
            _l("An upgrade dossier shows the changes made since the product was recognised."),
        ),
        (
            r"^a renewal dossier carries the updates since recognition",
            _l("A renewal dossier carries the updates since the product was recognised."),
        ),
        (r"^`changes` belong to an upgrade dossier", _l("Changes since recognition belong to an upgrade dossier.")),
        (r"^`updates` belong to a renewal dossier", _l("Updates since recognition belong to a renewal dossier.")),
        (
            r"^a renewal is filed from (?P<opens>\S+) \((?P<days>\d+) days before the certificate's expiry on "
            r"(?P<until>\S+), "
            r"Art\. 7\.6\.a\); filed on (?P<filed>\S+)$",
            _l(
                "A renewal may be filed from %(opens)s (%(days)s days before the certificate expires on %(until)s); "
                "this one was filed on %(filed)s."
            ),
        ),
        (r"^a tourism product sends no samples", _l("A community tourism product sends no product samples.")),
        (
            r"^(?P<n>\d+) product samples go with the dossier \(Art\. 6\.2\.d\); received (?P<got>\d+)$",
            _l("%(n)s product samples go with the dossier; %(got)s received."),
        ),
        (
            r"^the sheet of product set (?P<code>\S+) prints no disqualification$",
            _l("The criteria sheet of product set %(code)s has no disqualification grounds."),
        ),
        (
            r"^'(?P<ground>[^']*)' is not a disqualification ground of product set (?P<code>\S+): one of "
            r"(?P<grounds>.*)$",
            _l("%(ground)s is not a disqualification ground of product set %(code)s (grounds: %(grounds)s)."),
        ),
        (
            r"^the dossier is at the (?P<level>\w+) level: its (?P<same>\w+) office acts on it$",
            _l("The dossier is at the %(level)s level: the OCOP office of that level acts on it."),
        ),
        (r"^concluded_on may not be in the future$", _l("The date of the conclusion may not be in the future.")),
        (r"^the notice period starts on (?P<day>\S+)$", _l("The notice period starts on %(day)s.")),
        (r"^valid until (?P<day>\S+)$", _l("Valid until %(day)s.")),
        (
            r"^only the central chair revokes a 5★ certificate$",
            _l("Only the minister revokes a 5★ certificate."),
        ),
        (
            r"^only the chair of (?P<unit>.+) or of its successor revokes this certificate$",
            _l("Only the chair of %(unit)s or of its successor revokes this certificate."),
        ),
    ]
]
_LEVEL_WORDS = {"district", "province", "central", "commune"}
#: Named values that are numbers (or a list of them): a decimal comma in Vietnamese, the list then split by ";".
_NUMBERS = {"lo", "hi", "values"}


def _value(name: str, value: str, level_label: Any) -> str:
    if value in _LEVEL_WORDS:
        return str(level_label(value)).lower()
    if name in _NUMBERS and "." in value:
        from web.ui.labels import is_vi

        if is_vi():
            return value.replace(", ", "; ").replace(".", ",")
    return value


def translate(message: Any) -> str:
    """The message in the page's language (unknown messages unchanged)."""
    from web.ui.labels import level_label

    text = str(message)
    for pattern, msgid in PATTERNS:
        m = pattern.match(text)
        if m:
            values = {k: _value(k, v, level_label) for k, v in m.groupdict().items()}
            return gettext(msgid._args[0], **values) if values else gettext(msgid._args[0])
    return text
