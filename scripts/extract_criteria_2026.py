#!/usr/bin/env python3
"""Extract the 26 OCOP scoring sheets of QĐ 26/2026/QĐ-TTg (Appendix II) from the decision's plain text.

Usage: python scripts/extract_criteria_2026.py [SOURCE] [OUT]

SOURCE defaults to ../shared/reference/qd-26-2026-qd-ttg.txt and OUT to workflows/ocop/data/criteria-2026.json, both
relative to the repository root. Standard library only. The output is deterministic: running the script again on the
same text reproduces the file byte for byte.

How the text is read
--------------------
The plain text puts every cell of the printed table on its own line(s): a heading ("1.1. Nguồn gốc sản phẩm"), then
its maximum on a line of its own; an option starts with "□", runs over continuation lines and ends with its points on
a line of its own; a trailing "***", "****" or "*****" marks the option as the minimum for 3, 4 or 5 stars. Parts are
"Phần A/B/C", groups "N.", criteria "N.M.", sub-criteria "N.M.K."; options may sit under any of them.

Sets 18–20 of this copy have words and numbers broken over lines ("Nguồn nguyên liệ" / "u", "1" / "7"): a line of a
single non-digit character is glued to the line before it, and a maximum printed over two number lines is joined when
the joined number fits its parent (each join is recorded as an anomaly).

Where the text is inconsistent (a heading that disagrees with its points, an option scored above its criterion's
maximum, a missing point value, items not summing to their parent, ...), nothing is fixed silently: the problem is
recorded in `anomalies` with the reading the project takes (READINGS below for the ones that need a decision), and the
data follows that reading. The script stops with an error on any inconsistency that has no reading.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO / ".." / "shared" / "reference" / "qd-26-2026-qd-ttg.txt"
DEFAULT_OUT = REPO / "workflows" / "ocop" / "data" / "criteria-2026.json"
SET_COUNT = 26
PART_KEYS = ("A", "B", "C")
PART_MAX = {"A": 40, "B": 25, "C": 35}  # Art. 3.1 of the decision

NUMBER = re.compile(r"^\d+$")
HEADING = re.compile(r"^(\d+(?:\.\d+){0,2})(?:\.(?=\s|$)|\s|$)\s*(.*)$")
PART = re.compile(r"^(?:Phần|PHẦN)\s*([ABC])\b\s*:?\s*(.*)$")
TITLE_POINTS = re.compile(r"\(\s*(\d+)\s*Điểm\s*\)", re.IGNORECASE)
STARS = re.compile(r"\s*((?:\*\s*){3,5})$")
CASE = re.compile(r"^([a-z])\.\s+(Trường hợp.*)$")
NOTE_START = ("Ghi chú", "Chú ý")
# a line starting with one of these opens a new note; any other text line continues the open note
NOTE_OPENERS = ("(", "Ghi chú", "Chú ý", "Yêu cầu", "Chỉ áp dụng", "Lựa chọn", "Áp dụng", "Lưu ý", "Chất lượng")
LOOKS_LIKE_HEADING = re.compile(r"^\d+(?:\.\d+)*\.?\s+[A-ZĐÀ-Ỹ]")
DISQUALIFY_START = re.compile(r"^(?:Hồ sơ bị loại khi|Bị loại khi)\s*:\s*(.*)$")
CRITERION_GROUND = re.compile(r"(?:Bị loại nếu|sẽ bị loại)", re.IGNORECASE)

# Disqualification grounds: (slug, pattern searched in one clause of the printed sentence, case-insensitive).
# The first pattern that matches names the clause; a clause no pattern matches stops the script.
GROUND_SLUGS = (
    ("forged_dossier", r"giả mạo hồ sơ"),
    ("food_safety_certificate", r"an toàn\s+thực phẩm"),
    ("gmp_certificate", r"\bGMP\b"),
    ("production_licence", r"giấy phép sản xuất"),
    ("production_conditions", r"điều kiện bắt buộc để sản xuất"),
    ("product_declaration", r"bản công bố sản phẩm"),
    ("declaration_labelling_advertising", r"công bố chất lượng sản phẩm, ghi nhãn"),
    ("registration_dossier", r"hồ sơ đăng ký"),
    ("identical_product", r"giống hệt"),
    ("imported_raw_materials", r"nguyên liệu nhập khẩu"),
    ("intellectual_property_infringement", r"vi phạm sở hữu trí tuệ"),
)

# Readings the project takes where the text is inconsistent and no rule below decides it. Keyed by
# (set code, source line of the offending item); each value gives the problem as detected and what to read instead.
# The script fails if a reading no longer matches a detected problem (so a changed text is noticed) and if a detected
# problem has no reading.
_NO_CERTIFICATE = {
    "problem": "the option 'Không được cấp giấy chứng nhận chất lượng' has no point value",
    "reading": "0 points: the lowest of the criterion's options (the others score 1 and 2); printed 0 in sets 01-03",
    "points": 0,
}
READINGS: dict[tuple[str, int], dict] = {
    ("07", 3639): {
        "problem": "3.1's option 'Công ty TNHH; hoặc doanh nghiệp tư nhân; ...' is scored 1, like the option before it",
        "reading": "2 points: the same option scores 2 in 3.1 of every other set (options 1, 2, 3)",
        "points": 2,
    },
    ("19", 9173): {
        "problem": "2.3 (labelling)'s lowest option repeats 3.5's 'Đơn đăng ký nhãn hiệu đã được cơ quan có thẩm quyền "
        "chấp nhận ...' instead of the labelling option of the other sets ('Có nhãn, ghi nhãn hàng hóa đầy đủ, theo "
        "đúng quy định')",
        "reading": "kept as printed (1 point, 3-star marker): the points and the marker are those of the other sets",
    },
    ("23", 11258): {
        "problem": "6.2's options 'Chấp nhận được' and 'Phù hợp với đặc tính sản phẩm' are both scored 1",
        "reading": "kept as printed (both score 1): the colour criterion of sets 24 (1, 2, 4) and 25 (1, 3, 5) is "
        "scored on other scales, so no intended figure can be inferred",
    },
    ("04", 2148): _NO_CERTIFICATE,
    ("07", 3500): _NO_CERTIFICATE,
    ("10", 4952): _NO_CERTIFICATE,
    ("11", 5406): _NO_CERTIFICATE,
    ("04", 2486): {
        "problem": "the option 'Có trên 2 chỉ tiêu' is scored 13, above group 7's maximum of 3",
        "reading": "3 points (group 7's maximum; the same option scores 3 in sets 01 and 03)",
        "points": 3,
    },
    ("11", 5704): {
        "problem": "the option 'Có rất ít tạp chất, chấp nhận được' is scored 11, above 6.1.1's maximum of 2",
        "reading": "1 point (between the options scored 0 and 2; the same option scores 1 in set 13)",
        "points": 1,
    },
    ("26", 12119): {
        "problem": "part A's header says '(35 Điểm)' but its points column says 40",
        "reading": "40: groups 1-3 sum to 14 + 12 + 14 = 40, and A 40 + B 25 + C 35 = 100",
        "max": 40,
    },
    ("23", 11300): {
        "problem": "a stray number '1' is printed between group 9's maximum (4) and its first option",
        "reading": "ignored: group 9's maximum is 4 (its options score 2 and 4; part C sums to 35 with it)",
    },
}


class ExtractError(Exception):
    """The text does not have the expected shape, or an inconsistency has no reading."""


@dataclass
class Line:
    no: int  # 1-based line number of the first source line
    text: str  # the logical line (single broken characters glued on), right-stripped

    @property
    def s(self) -> str:
        return self.text.strip()

    @property
    def indented(self) -> bool:
        return self.text[:1].isspace()


@dataclass
class Note:
    text: str
    line: int


@dataclass
class Option:
    text: str
    line: int
    points: int | None = None
    points_line: int | None = None
    printed_points: int | None = None
    star: int | None = None
    case: str | None = None


@dataclass
class Case:
    code: str
    text: str
    line: int


@dataclass
class Node:
    kind: str  # part, group, criterion, sub_criterion, total
    key: str
    title: str
    line: int
    max: int | None = None
    max_line: int | None = None
    printed_max: int | None = None
    title_points: int | None = None
    notes: list[Note] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    path: str = ""


def norm(text: str) -> str:
    """NFC, single spaces, trimmed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def join(parts: list[str]) -> str:
    return norm(" ".join(parts))


def slug_of(text: str) -> str | None:
    return next((slug for slug, pattern in GROUND_SLUGS if re.search(pattern, text, re.IGNORECASE)), None)


class Extractor:
    """Reads the decision text once; `extract()` returns the JSON document."""

    def __init__(self, source: Path):
        raw = source.read_bytes()
        self.sha256 = hashlib.sha256(raw).hexdigest()
        self.lines = raw.decode("utf-8").splitlines()
        self.anomalies: list[dict] = []
        self.used_readings: set[tuple[str, int]] = set()
        self.unresolved: list[str] = []
        self.catalogue: dict[str, str] = {}  # Appendix I names by code
        self.catalogue_lines: dict[str, int] = {}

    # ---- source helpers -------------------------------------------------------------------------------------------
    def src(self, no: int) -> str:
        return self.lines[no - 1]

    def find(self, predicate, start: int, end: int | None = None) -> int:
        end = len(self.lines) if end is None else end
        for no in range(start, end + 1):
            if predicate(self.src(no).strip()):
                return no
        raise ExtractError(f"expected line not found after line {start}")

    def anomaly(self, set_code: str, line: int, location: str, problem: str, reading: str, excerpt: str | None = None):
        excerpt = norm(self.src(line)) if excerpt is None else excerpt
        if excerpt not in norm(self.src(line)):
            raise ExtractError(f"set {set_code} line {line}: excerpt {excerpt!r} is not on that line")
        self.anomalies.append(
            {
                "set": set_code,
                "line": line,
                "location": location,
                "problem": problem,
                "reading": reading,
                "excerpt": excerpt,
            }
        )

    def reading(self, set_code: str, line: int, problem: str) -> dict:
        entry = READINGS.get((set_code, line))
        if entry is None:
            self.unresolved.append(f"set {set_code} line {line}: {problem}: {norm(self.src(line))!r}")
            return {"problem": problem, "reading": "?", "points": 0, "max": 0}
        self.used_readings.add((set_code, line))
        return entry

    # ---- appendix II layout ---------------------------------------------------------------------------------------
    def bounds(self) -> tuple[int, int]:
        start = self.find(lambda s: s == "PHỤ LỤC II", 1)
        end = self.find(lambda s: s == "PHỤ LỤC III", start + 1)
        return start, end

    def appendix_i_names(self, end: int) -> tuple[dict[str, str], dict[str, int]]:
        """The 26 product sets of Appendix I, in order: each "Phân nhóm", or a "Nhóm" that has none."""
        start = self.find(lambda s: s == "PHỤ LỤC I", 1)
        entries: list[tuple[str, str, int]] = []  # (kind, text, line)
        no = start
        while no < end:
            m = re.match(r"^(Nhóm|Phân nhóm):\s*(.*)$", self.src(no))
            no += 1
            if not m:
                continue
            text = [m.group(2)]
            while self.src(no)[:1].isspace():
                text.append(self.src(no))
                no += 1
            entries.append((m.group(1), join(text), no - len(text)))
        names: list[tuple[str, int]] = []
        for k, (kind, text, line) in enumerate(entries):
            following = entries[k + 1][0] if k + 1 < len(entries) else "Nhóm"
            if kind == "Phân nhóm" or following == "Nhóm":
                names.append((text, line))
        if len(names) != SET_COUNT:
            raise ExtractError(f"Appendix I lists {len(names)} product sets, expected {SET_COUNT}")
        codes = [f"{k:02d}" for k in range(1, SET_COUNT + 1)]
        return dict(zip(codes, (n for n, _ in names), strict=True)), dict(
            zip(codes, (ln for _, ln in names), strict=True)
        )

    def index_names(self, start: int) -> tuple[dict[str, str], int]:
        """The numbered list of sets printed at the top of Appendix II; returns names and the line after it."""
        no = self.find(lambda s: s == "Nội dung", start) + 1
        names: dict[str, str] = {}
        expected = 1
        while expected <= SET_COUNT:
            if self.src(no).strip() != str(expected):
                raise ExtractError(f"line {no}: expected set number {expected} in the Appendix II index")
            text = [self.src(no + 1)]
            no += 2
            while self.src(no)[:1].isspace():
                text.append(self.src(no))
                no += 1
            name = join(text)
            if not name.startswith("Bộ sản phẩm:"):
                raise ExtractError(f"line {no}: index entry {expected} is not 'Bộ sản phẩm: ...'")
            names[f"{expected:02d}"] = norm(name.removeprefix("Bộ sản phẩm:"))
            expected += 1
        return names, no

    def logical_lines(self, start: int, end: int) -> tuple[list[Line], list[int]]:
        """Lines start..end-1 with single broken characters glued to the line before; returns the glued line numbers."""
        out: list[Line] = []
        glued: list[int] = []
        for no in range(start, end):
            text = self.src(no).rstrip()
            s = text.strip()
            if out and len(s) == 1 and not s.isdigit() and s not in "□-_":
                out[-1].text = out[-1].text.rstrip() + s
                glued.append(no)
                continue
            out.append(Line(no, text))
        return out, glued

    # ---- one set --------------------------------------------------------------------------------------------------
    def extract(self) -> dict:
        start, end = self.bounds()
        self.catalogue, self.catalogue_lines = self.appendix_i_names(start)
        names, body_start = self.index_names(start)
        lines, glued = self.logical_lines(body_start, end)
        heads: list[int] = []  # index in `lines` of each set heading
        pos = 0
        for k in range(1, SET_COUNT + 1):
            pattern = re.compile(rf"^{k}\.\s*(Bộ sản phẩm|Sản phẩm|$)")
            while pos < len(lines):
                ln = lines[pos]
                if pattern.match(ln.text) and (
                    ln.s != f"{k}." or (pos + 1 < len(lines) and lines[pos + 1].s.startswith("Bộ sản phẩm"))
                ):
                    break
                pos += 1
            else:
                raise ExtractError(f"heading of set {k} not found")
            heads.append(pos)
            # the next set starts after this set's signature block
            pos = next(
                (i for i in range(pos + 1, len(lines)) if lines[i].s.startswith("Ý kiến của người đánh")), len(lines)
            )
        sets = []
        for k, head in enumerate(heads, start=1):
            stop = heads[k] if k < SET_COUNT else len(lines)
            code = f"{k:02d}"
            chunk = lines[head:stop]
            set_glued = [n for n in glued if chunk[0].no <= n < (lines[stop].no if stop < len(lines) else end)]
            sets.append(self.extract_set(code, names[code], chunk, set_glued))
        if self.unresolved:
            raise ExtractError("inconsistencies without a reading in READINGS:\n" + "\n".join(self.unresolved))
        for key in READINGS:
            if key not in self.used_readings:
                raise ExtractError(f"reading for set {key[0]} line {key[1]} matches no detected problem")
        self.anomalies.sort(key=lambda a: (a["set"], a["line"], a["location"], a["problem"]))
        return {
            "source": {
                "decision": "QĐ 26/2026/QĐ-TTg, 22/05/2026",
                "appendix": "Phụ lục II — Bộ tiêu chí đánh giá sản phẩm OCOP (kiêm phiếu đánh giá)",
                "file": "qd-26-2026-qd-ttg.txt",
                "sha256": self.sha256,
                "lines": [start, end - 1],
            },
            "generated_by": "scripts/extract_criteria_2026.py",
            "star_note": "Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao (*** - 3 sao; **** - 4 sao; "
            "***** - 5 sao): an option marked N is the minimum a product must reach on that item to hold N stars.",
            "sets": {s["code"]: s for s in sets},
            "anomalies": self.anomalies,
        }

    def extract_set(self, code: str, name: str, chunk: list[Line], glued: list[int]) -> dict:
        head = chunk[0]
        i = 1
        heading = [head.text.split(".", 1)[1]]
        while not chunk[i].s.startswith("("):
            heading.append(chunk[i].text)
            i += 1
        heading_text = norm(join(heading).removeprefix("Bộ sản phẩm:"))
        classification = []
        while not re.match(r"^[_\-]{3,}$", chunk[i].s):
            classification.append(chunk[i].text)
            i += 1
        catalogue = self.catalogue[code]
        if len({self._plain(catalogue), self._plain(name), self._plain(heading_text)}) > 1:
            self.anomaly(
                code,
                head.no,
                "name",
                f"the set is named '{catalogue}' in Appendix I (line {self.catalogue_lines[code]}), '{name}' in the "
                f"Appendix II index and '{heading_text}' at the head of its sheet",
                f"named as in Appendix I (the product-set catalogue): '{catalogue}'",
                excerpt=norm(head.text),
            )
        if glued:
            self.anomaly(
                code,
                glued[0],
                "text",
                f"words and numbers of this sheet are broken over lines ({len(glued)} lines hold a single character, "
                f"e.g. '{self.src(glued[0]).strip()}' on line {glued[0]})",
                "each single-character line is read as the end of the line before it",
                excerpt=self.src(glued[0]).strip(),
            )
        # disqualification and the start of the table
        part_a = next(j for j in range(i, len(chunk)) if PART.match(chunk[j].s))
        grounds, dq_text, dq_line = self.disqualification(code, chunk[i:part_a])
        nodes, total, footer_stars = self.parse_table(code, chunk[part_a:])
        self.check(code, nodes, total)
        return {
            "code": code,
            "name": catalogue,
            "index_name": name,
            "heading": heading_text,
            "classification": norm(join(classification)).strip("()"),
            "line": head.no,
            "disqualification_text": dq_text,
            "disqualification_line": dq_line,
            "disqualification_grounds": grounds + self.criterion_grounds(code, nodes),
            "star_note_printed": footer_stars,
            "total": {"max": total.max, "line": total.line},
            "parts": [self.part_json(p) for p in nodes],
        }

    @staticmethod
    def _plain(text: str) -> str:
        text = text.casefold().removeprefix("sản phẩm ")
        return re.sub(r"\s+", "", text)

    # ---- disqualification -----------------------------------------------------------------------------------------
    def disqualification(self, code: str, chunk: list[Line]) -> tuple[list[dict], str | None, int | None]:
        starts = [j for j, ln in enumerate(chunk) if DISQUALIFY_START.match(ln.s)]
        if not starts:
            first = next(ln for ln in chunk if ln.s == "Các tiêu chí")
            self.anomaly(
                code,
                first.no,
                "disqualification",
                "the sheet prints no 'Hồ sơ bị loại khi' (disqualification grounds) line, unlike the other sets",
                "the set has no sheet-specific disqualification grounds (empty list)",
                excerpt="Các tiêu chí",
            )
            return [], None, None
        texts = []
        for j in starts:
            parts = [DISQUALIFY_START.match(chunk[j].s).group(1)]
            k = j + 1
            while k < len(chunk) and not DISQUALIFY_START.match(chunk[k].s) and chunk[k].s != "Các tiêu chí":
                parts.append(chunk[k].text)
                k += 1
            texts.append(join(parts))
        for j, text in zip(starts[1:], texts[1:], strict=True):
            problem = (
                "the disqualification sentence is printed twice"
                if text == texts[0]
                else ("a second, different disqualification sentence is printed")
            )
            if text != texts[0]:
                raise ExtractError(f"set {code} line {chunk[j].no}: {problem}")
            self.anomaly(code, chunk[j].no, "disqualification", problem, "read once", excerpt=norm(chunk[j].text))
        line = chunk[starts[0]].no
        text = texts[0]
        grounds = []
        for clause in self.clauses(text):
            slug = slug_of(clause)
            if slug is None:
                raise ExtractError(f"set {code} line {line}: no slug for disqualification clause {clause!r}")
            if any(g["code"] == slug for g in grounds):
                raise ExtractError(f"set {code} line {line}: two clauses read as {slug}")
            grounds.append({"code": slug, "text": clause, "printed": clause, "line": line, "criterion": None})
        if code == "18" and "Hồ sơ đăng ký bản đăng ký" in text:
            self.anomaly(
                code,
                self.line_with(chunk, "Hồ sơ đăng ký bản đăng ký"),
                "disqualification",
                "the clause 'Hồ sơ đăng ký bản đăng ký công bố chất lượng sản phẩm, ghi nhãn sản phẩm, quảng cáo sản "
                "phẩm' has no verb",
                "a ground of its own (declaration_labelling_advertising): the registered quality declaration, "
                "labelling or advertising of the product does not comply",
                excerpt="Hồ sơ đăng ký bản đăng ký",
            )
        if code == "17" and "hoặc giấy phép sản xuất" in text:
            self.anomaly(
                code,
                self.line_with(chunk, "hoặc giấy phép sản xuất"),
                "disqualification",
                "the clause reads 'hoặc giấy phép sản xuất theo quy định' without a verb ('không có' is missing)",
                "read as 'không có giấy phép sản xuất theo quy định' (no production licence), as in set 15",
                excerpt="hoặc giấy phép sản xuất theo quy định",
            )
            licence = next(g for g in grounds if g["code"] == "production_licence")
            licence["text"] = "không có " + licence["printed"]
        return grounds, text, line

    @staticmethod
    def line_with(chunk: list[Line], needle: str) -> int:
        return next(ln.no for ln in chunk if needle in norm(ln.text))

    @staticmethod
    def clauses(text: str) -> list[str]:
        pieces = re.split(r"\s*;\s*(?:hoặc\s+)?|\s+hoặc\s+(?=không\b|giấy phép\b)", text)
        return [p.strip().rstrip(".") for p in pieces if p.strip()]

    def criterion_grounds(self, code: str, parts: list[Node]) -> list[dict]:
        out = []
        for node in walk(parts):
            for note in node.notes:
                if CRITERION_GROUND.search(note.text):
                    text = re.sub(r"^(Ghi chú|Chú ý)\s*:\s*", "", note.text)
                    slug = slug_of(text)
                    if slug is None:
                        raise ExtractError(f"set {code} line {note.line}: no slug for ground {text!r}")
                    out.append({"code": slug, "text": text, "printed": text, "line": note.line, "criterion": node.key})
        codes = [g["code"] for g in out]
        if len(codes) != len(set(codes)):
            raise ExtractError(f"set {code}: a criterion-level ground appears twice")
        return out

    # ---- the table ------------------------------------------------------------------------------------------------
    def parse_table(self, code: str, chunk: list[Line]) -> tuple[list[Node], Node, bool]:
        parts: list[Node] = []
        part = group = crit = sub = None
        total: Node | None = None
        pending: Node | None = None  # heading waiting for its maximum
        title_open = False
        option: Option | None = None  # option waiting for its points
        option_text: list[str] = []
        note: list | None = None  # [owner, texts, line] of the note being read
        case_open = False
        footer: list[str] = []  # the lines after the total: the note explaining the star markers
        last_group = 0
        j = 0

        def owner() -> Node:
            return sub or crit or group or part

        def close_option() -> None:
            nonlocal option, option_text
            if option is None:
                return
            self.finish_option(code, owner(), option, option_text)
            if option.points is None:
                self.missing_points(code, owner(), option)
            owner().options.append(option)
            option, option_text = None, []

        def close_note() -> None:
            nonlocal note
            if note is not None:
                note[0].notes.append(Note(join(note[1]), note[2]))
                note = None

        def close_all() -> None:
            nonlocal title_open, case_open
            close_option()
            close_note()
            title_open = case_open = False

        def parent_limit(node: Node) -> int | None:
            if node.kind == "part":
                return node.title_points or 100
            if node.kind == "total":
                return 100
            parent = {"group": part, "criterion": group, "sub_criterion": crit}[node.kind]
            return parent.max if parent else None

        while j < len(chunk):
            ln = chunk[j]
            s = ln.s
            j += 1
            if total is not None and total.max is not None:
                footer.append(s)
                continue
            if not s:
                continue
            odd_bullet = re.match(r"^o\s", ln.text) is not None and (option is None and pending is None)
            if s.startswith("□") or odd_bullet:
                if odd_bullet:
                    self.anomaly(
                        code,
                        ln.no,
                        owner().path,
                        "an option is printed with the bullet 'o' instead of '□'",
                        "an option like the others",
                        excerpt=s[:20],
                    )
                close_all()
                if pending is not None:
                    self.missing_max(code, pending)
                    pending = None
                case = owner().cases[-1].code if owner().cases else None
                option = Option(text="", line=ln.no, case=case)
                option_text = [s[1:]]
                continue
            if NUMBER.match(s):
                n = int(s)
                if pending is not None:
                    close_note()
                    title_open = False
                    value = n
                    nxt = chunk[j] if j < len(chunk) else None
                    if nxt is not None and NUMBER.match(nxt.s):
                        joined = int(s + nxt.s)
                        limit = parent_limit(pending)
                        if limit is not None and joined <= limit:
                            value = joined
                            self.anomaly(
                                code,
                                ln.no,
                                pending.path,
                                f"the maximum {joined} is printed split over two lines ('{s}' on line {ln.no}, "
                                f"'{nxt.s}' on line {nxt.no})",
                                f"{joined}",
                                excerpt=s,
                            )
                            j += 1
                    pending.max = pending.printed_max = value
                    pending.max_line = ln.no
                    pending = None
                elif option is not None:
                    option.points = option.printed_points = n
                    option.points_line = ln.no
                    close_all()
                else:
                    node = owner()
                    self.stray_number(code, node, ln)
                continue
            m = PART.match(s)
            if m and not ln.indented:
                close_all()
                if pending is not None:
                    self.missing_max(code, pending)
                key = m.group(1)
                part = Node("part", key, m.group(2), ln.no, path=key)
                group = crit = sub = None
                parts.append(part)
                pending, title_open = part, True
                continue
            if s.startswith("TỔNG CỘNG"):
                close_all()
                if pending is not None:
                    self.missing_max(code, pending)
                total = Node("total", "total", "TỔNG CỘNG", ln.no, path="total")
                pending = total
                continue
            m = HEADING.match(ln.text)
            if m and part is not None:
                key, rest = m.group(1), m.group(2)
                bits = key.split(".")
                kind = None
                if len(bits) == 1 and int(key) == last_group + 1:
                    kind = "group"
                elif len(bits) == 2 and group is not None and bits[0] == group.key:
                    kind = "criterion"
                elif len(bits) == 3 and crit is not None and ".".join(bits[:2]) == crit.key:
                    kind = "sub_criterion"
                if kind is not None:
                    close_all()
                    if pending is not None:
                        self.missing_max(code, pending)
                    node = Node(kind, key, rest, ln.no)
                    node.path = "/".join(
                        [part.key] + [n.key for n in (group, crit) if n is not None][: len(bits) - 1] + [key]
                    )
                    if kind == "group":
                        last_group = int(key)
                        group, crit, sub = node, None, None
                        part.children.append(node)
                    elif kind == "criterion":
                        crit, sub = node, None
                        group.children.append(node)
                    else:
                        sub = node
                        crit.children.append(node)
                    pending, title_open = node, True
                    continue
            if pending is not None and title_open and (not pending.title or ln.indented):
                pending.title = (pending.title + " " + ln.text).strip() if pending.title else ln.text
                continue
            title_open = False
            m = CASE.match(s)
            if m and option is None:
                close_all()
                owner().cases.append(Case(m.group(1), m.group(2), ln.no))
                case_open = True
                continue
            self.not_a_heading(code, ln)
            if option is not None:
                if s.startswith(NOTE_START):
                    close_note()
                    note = [owner(), [s], ln.no]
                elif note is not None and (ln.indented or not s.startswith(NOTE_OPENERS)):
                    note[1].append(s)
                else:
                    close_note()
                    option_text.append(ln.text)
                continue
            if case_open and ln.indented:
                node = owner()
                node.cases[-1].text = join([node.cases[-1].text, s])
                continue
            case_open = False
            if note is not None and (ln.indented or not s.startswith(NOTE_OPENERS)):
                note[1].append(s)
                continue
            close_note()
            note = [pending or owner(), [s], ln.no]
        close_all()
        if total is None or total.max is None:
            raise ExtractError(f"set {code}: no 'TỔNG CỘNG' line with a number")
        for p in parts:
            m = TITLE_POINTS.search(p.title)
            if m:
                p.title_points = int(m.group(1))
            p.title = norm(TITLE_POINTS.sub("", p.title))
        for node in walk(parts):
            node.title = norm(node.title)
        return parts, total, "Dấu sao là yêu cầu tối thiểu" in join(footer)

    def finish_option(self, code: str, node: Node, option: Option, texts: list[str]) -> None:
        text = join(texts)
        m = STARS.search(text)
        if m:
            marker = m.group(1)
            option.star = marker.count("*")
            text = text[: m.start()].rstrip()
            if " " in marker.strip():
                no = next(n for n in range(option.line, option.line + 20) if "*" in self.src(n))
                self.anomaly(
                    code,
                    no,
                    node.path,
                    f"the star marker is printed with spaces ('{marker.strip()}')",
                    f"a {option.star}-star marker",
                    excerpt=marker.strip(),
                )
        option.text = text

    @staticmethod
    def not_a_heading(code: str, ln: Line) -> None:
        """A numbered line the parser did not take as the next heading means a misnumbered item: stop."""
        if not ln.indented and LOOKS_LIKE_HEADING.match(ln.text):
            raise ExtractError(f"set {code} line {ln.no}: unexpected heading {ln.s!r}")

    # ---- problems met while reading -------------------------------------------------------------------------------
    def missing_points(self, code: str, node: Node, option: Option) -> None:
        entry = self.reading(code, option.line, "option without points")
        self.anomaly(code, option.line, node.path, entry["problem"], entry["reading"], excerpt=entry.get("excerpt"))
        option.points = entry["points"]

    def missing_max(self, code: str, node: Node) -> None:
        entry = self.reading(code, node.line, "heading without a maximum")
        self.anomaly(code, node.line, node.path, entry["problem"], entry["reading"], excerpt=entry.get("excerpt"))
        node.max = entry["max"]

    def stray_number(self, code: str, node: Node, ln: Line) -> None:
        entry = self.reading(code, ln.no, f"stray number {ln.s!r} (in {node.kind} {node.key})")
        self.anomaly(code, ln.no, node.path, entry["problem"], entry["reading"], excerpt=ln.s)

    # ---- consistency ----------------------------------------------------------------------------------------------
    def check(self, code: str, parts: list[Node], total: Node) -> None:
        """Record every inconsistency between printed numbers; the data then follows the recorded reading."""
        for node in walk(parts):
            loc = self.loc(node)
            # options above the item's maximum
            for opt in node.options:
                if opt.points is not None and node.max is not None and opt.points > node.max:
                    entry = self.reading(
                        code, opt.points_line, f"option scored {opt.points} above {loc}'s max {node.max}"
                    )
                    self.anomaly(
                        code, opt.points_line, loc, entry["problem"], entry["reading"], excerpt=str(opt.points)
                    )
                    opt.points = entry["points"]
        for node in walk(parts):
            loc = self.loc(node)
            # within one list of options (one case), points should rise strictly
            for case in sorted({o.case or "" for o in node.options}):
                opts = [o for o in node.options if (o.case or "") == case]
                for before, after in itertools.pairwise(opts):
                    if after.points <= before.points:
                        entry = self.reading(
                            code,
                            after.points_line,
                            f"{loc}: option scored {after.points} after one scored {before.points}",
                        )
                        self.anomaly(
                            code,
                            after.points_line,
                            loc,
                            entry["problem"],
                            entry["reading"],
                            excerpt=str(after.printed_points),
                        )
                        if "points" in entry:
                            after.points = entry["points"]
            # criteria and sub-criteria numbered 1, 2, 3... under their parent
            for n, child in enumerate(node.children, start=1):
                if child.kind != "group" and child.key.split(".")[-1] != str(n):
                    raise ExtractError(f"set {code} line {child.line}: {child.key} is item {n} of {node.key}")
            # a part's "(NN Điểm)" against its points column
            if node.kind == "part" and node.title_points is not None and node.title_points != node.max:
                entry = self.reading(code, node.line, f"part header says {node.title_points}, column {node.max}")
                self.anomaly(
                    code,
                    self.line_with_text(node.line, f"{node.title_points} Điểm"),
                    loc,
                    entry["problem"],
                    entry["reading"],
                    excerpt=f"({node.title_points} Điểm)",
                )
                node.max = entry["max"]
        # children against their parent, deepest first so a corrected child feeds its parent's sum
        for node in sorted(walk(parts), key=lambda n: -len(self.loc(n).split("/"))):
            loc = self.loc(node)
            if node.children:
                total_children = sum(c.max for c in node.children)
                if total_children != node.max:
                    entry = self.reading(
                        code, node.max_line or node.line, f"{loc} printed {node.max}, its items sum to {total_children}"
                    )
                    self.anomaly(
                        code,
                        node.max_line or node.line,
                        loc,
                        entry["problem"],
                        entry["reading"],
                        excerpt=entry.get("excerpt", str(node.printed_max)),
                    )
                    node.max = entry["max"]
            elif node.options:
                top = max(o.points for o in node.options)
                if top != node.max:
                    entry = self.reading(
                        code, node.max_line or node.line, f"{loc} printed {node.max}, its best option scores {top}"
                    )
                    self.anomaly(
                        code,
                        node.max_line or node.line,
                        loc,
                        entry["problem"],
                        entry["reading"],
                        excerpt=entry.get("excerpt", str(node.printed_max)),
                    )
                    node.max = entry["max"]
            # star markers: monotone within an item, one option per level
            marked = [(o.star, o.points, o) for o in node.options if o.star]
            levels = [m[0] for m in marked]
            if len(levels) != len(set(levels)) and not node.cases:
                first = next(o for o in node.options if levels.count(o.star) > 1)
                entry = self.reading(code, first.line, f"{loc}: two options carry the same star marker")
                self.anomaly(code, first.line, loc, entry["problem"], entry["reading"])
            for star_a, pts_a, opt_a in marked:
                for star_b, pts_b, _ in marked:
                    if star_a > star_b and pts_a < pts_b:
                        entry = self.reading(
                            code, opt_a.line, f"{loc}: {star_a}-star option scores below a {star_b}-star"
                        )
                        self.anomaly(code, opt_a.line, loc, entry["problem"], entry["reading"])
        # an option text printed under two different items of one set (a copy-and-paste slip)
        seen: dict[str, tuple[Node, Option]] = {}
        for node in walk(parts):
            for opt in node.options:
                if len(opt.text) < 40:
                    continue
                first = seen.setdefault(opt.text, (node, opt))
                if first[0] is not node:
                    entry = self.reading(code, first[1].line, f"{first[0].key}'s option repeats {node.key}'s text")
                    self.anomaly(code, first[1].line, self.loc(first[0]), entry["problem"], entry["reading"])
        for p in parts:
            if p.max != PART_MAX[p.key]:
                entry = self.reading(code, p.line, f"part {p.key} is worth {p.max}, Art. 3.1 says {PART_MAX[p.key]}")
                self.anomaly(code, p.line, p.key, entry["problem"], entry["reading"])
        parts_total = sum(p.max for p in parts)
        keys = [p.key for p in parts]
        if keys != list(PART_KEYS):
            raise ExtractError(f"set {code}: parts {keys}")
        if parts_total != 100 or total.max != 100:
            entry = self.reading(code, total.line, f"parts sum to {parts_total}, total printed {total.max}")
            self.anomaly(code, total.line, "total", entry["problem"], entry["reading"])

    def line_with_text(self, start: int, needle: str) -> int:
        return next(n for n in range(start, start + 5) if needle in self.src(n))

    @staticmethod
    def loc(node: Node) -> str:
        return node.path

    # ---- JSON -----------------------------------------------------------------------------------------------------
    def part_json(self, node: Node) -> dict:
        return {
            "part": node.key,
            "title": node.title,
            "max": node.max,
            "printed_max": node.printed_max,
            "title_points": node.title_points,
            "line": node.line,
            "notes": [n.__dict__ for n in node.notes],
            "groups": [self.item_json(g) for g in node.children],
        }

    def item_json(self, node: Node) -> dict:
        out = {
            ("number" if node.kind == "group" else "key"): node.key,
            "title": node.title,
            "max": node.max,
            "printed_max": node.printed_max,
            "line": node.line,
            "notes": [n.__dict__ for n in node.notes],
            "cases": [c.__dict__ for c in node.cases],
            "options": [
                {
                    "text": o.text,
                    "points": o.points,
                    "printed_points": o.printed_points,
                    "star": o.star,
                    "case": o.case,
                    "line": o.line,
                    "points_line": o.points_line,
                }
                for o in node.options
            ],
        }
        child = {"group": "criteria", "criterion": "sub_criteria"}.get(node.kind)
        if child:
            out[child] = [self.item_json(c) for c in node.children]
        return out


def walk(nodes: list[Node]):
    for node in nodes:
        yield node
        yield from walk(node.children)


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    data = Extractor(source).extract()
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {len(data['sets'])} sets, {len(data['anomalies'])} anomalies")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
