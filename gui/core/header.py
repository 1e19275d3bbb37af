"""The report's general information ("Thông tin chung"): number, date, place, addressee, recipients, signer.

These are stored as 'header.<name>' values beside the template's fields, so they share autosave and undo; here
they are described in the same shape as template fields (labels and help in both languages), so the same widgets
edit them, and checked by the same rules wherever a report is checked: the editor, and the final PDF export.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from gui.core.dates import vn_date
from gui.core.document import Header, ReportDocument, Signer
from gui.core.i18n import bilingual
from gui.core.legacy_encoding import detect_legacy, legacy_message
from gui.core.template import Template
from gui.core.validation import Problem, validate_report

SIGNER_AUTHORITIES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")
LIST_KEYS = frozenset({"addressee", "recipients"})
HEADER_PREFIX = "header."


@dataclass(frozen=True)
class HeaderSpec:
    key: str  # the store key, 'header.<name>'
    kind: str
    label: str
    help: str = ""
    required: bool = False
    max_length: int | None = None
    label_en: str = ""
    help_en: str = ""
    unit: str = ""
    unit_en: str = ""
    target: str = ""
    target_en: str = ""
    choices: str | None = None
    is_computed: bool = False

    @property
    def name(self) -> str:
        return self.key.removeprefix(HEADER_PREFIX)


_SPECS = (
    HeaderSpec(
        "header.parent_body",
        "line",
        "Cơ quan chủ quản",
        "Dòng trên cùng bên trái, ví dụ: ỦY BAN NHÂN DÂN TỈNH NGHỆ AN.",
        True,
        300,
        "Parent body",
        "Top line on the left, e.g. ỦY BAN NHÂN DÂN TỈNH NGHỆ AN (the provincial People's Committee).",
    ),
    HeaderSpec(
        "header.agency",
        "line",
        "Cơ quan ban hành báo cáo",
        "Ví dụ: SỞ CÔNG THƯƠNG.",
        True,
        300,
        "Issuing agency",
        "E.g. SỞ CÔNG THƯƠNG (Department of Industry and Trade).",
    ),
    HeaderSpec(
        "header.number",
        "line",
        "Số văn bản",
        "Chỉ phần số; để trống nếu văn thư chưa cấp số.",
        False,
        20,
        "Document number",
        "The number only; leave empty until the records office assigns it.",
    ),
    HeaderSpec(
        "header.symbol",
        "line",
        "Ký hiệu văn bản",
        "Phần sau số, ví dụ: BC-SCT hoặc BC-UBND.",
        True,
        50,
        "Document symbol",
        "The part after the number, e.g. BC-SCT or BC-UBND.",
    ),
    HeaderSpec(
        "header.place", "line", "Địa danh", "Nơi ban hành, ví dụ: Nghệ An.", True, 100, "Place", "Where it is issued."
    ),
    HeaderSpec(
        "header.date",
        "date",
        "Ngày ban hành",
        "Ngày ký báo cáo (ngày/tháng/năm).",
        True,
        None,
        "Date of issue",
        "The day the report is signed (day/month/year).",
    ),
    HeaderSpec(
        "header.addressee",
        "text",
        "Kính gửi",
        "Mỗi dòng một cơ quan nhận báo cáo.",
        True,
        None,
        "To (Kính gửi)",
        "One receiving body per line.",
    ),
    HeaderSpec(
        "header.recipients",
        "text",
        "Nơi nhận",
        "Mỗi dòng một nơi nhận, ví dụ: Như trên; Lưu: VT, QLTM.",
        True,
        None,
        "Copies to (Nơi nhận)",
        "One recipient per line, e.g. Như trên; Lưu: VT, QLTM.",
    ),
    HeaderSpec(
        "header.signer_on_behalf_of",
        "line",
        "Thay mặt tập thể (TM.)",
        "Chỉ khi ký thay mặt tập thể lãnh đạo, ví dụ ỦY BAN NHÂN DÂN: dòng đầu “TM. ỦY BAN NHÂN DÂN”, trên dòng "
        "“KT. CHỦ TỊCH”.",
        False,
        200,
        "On behalf of (TM.)",
        "Only when signing for a collective body, e.g. ỦY BAN NHÂN DÂN: a first line “TM. ỦY BAN NHÂN DÂN” "
        "above “KT. CHỦ TỊCH”.",
    ),
    HeaderSpec(
        "header.signer_authority",
        "choice",
        "Thẩm quyền ký",
        "TM. (thay mặt), KT. (ký thay)… hoặc để trống khi người đứng đầu ký.",
        False,
        None,
        "Signing authority",
        "TM. (on behalf of), KT. (signing for)… or empty when the head signs.",
        choices="signer_authority",
    ),
    HeaderSpec(
        "header.signer_authority_of",
        "line",
        "Ký thay, thay mặt cho",
        "Ví dụ: GIÁM ĐỐC (sau KT.).",
        False,
        200,
        "Signing for",
        "E.g. GIÁM ĐỐC (after KT.).",
    ),
    HeaderSpec(
        "header.signer_position",
        "line",
        "Chức vụ người ký",
        "Ví dụ: PHÓ GIÁM ĐỐC.",
        True,
        200,
        "Signer's position",
        "E.g. PHÓ GIÁM ĐỐC (Deputy Director).",
    ),
    HeaderSpec("header.signer_name", "line", "Họ và tên người ký", "", True, 200, "Signer's full name"),
)


# Header fields stored as values, so they share autosave and the revision history with the body.
HEADER_KEYS = tuple(spec.name for spec in _SPECS)


def header_specs() -> list[HeaderSpec]:
    """In the order they appear on the page (and in Tab order)."""
    return list(_SPECS)


EXAMPLE_PLACE = "Nghệ An"
EXAMPLE_PARENT_BODY = "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"


def header_specs_for(unit_kind: str, unit_name: str, parent_body: str) -> list[HeaderSpec]:
    """The specs with help examples taken from the reporting unit itself: a Quảng Ninh report's help says
    "ví dụ: Quảng Ninh", not the template's Nghệ An. A ministry's place example is Hà Nội."""
    place = unit_name if unit_kind == "province" and unit_name else "Hà Nội"
    top = parent_body or EXAMPLE_PARENT_BODY

    def own(text: str) -> str:
        return text.replace(EXAMPLE_PARENT_BODY, top).replace(EXAMPLE_PLACE, place)

    return [replace(spec, help=own(spec.help), help_en=own(spec.help_en)) for spec in _SPECS]


ARCHIVE_PREFIX = "lưu"


def archive_lines(lines: list[str]) -> list[str]:
    """The "Lưu: VT, …" lines among the recipients (written "- Lưu:", "Lưu :", any case)."""
    found = []
    for line in lines:
        bare = line.strip().removeprefix("-").strip()
        head = bare.split(":", 1)[0].strip().casefold() if ":" in bare else ""
        if head == ARCHIVE_PREFIX:
            found.append(line)
    return found


def signer_choices() -> list[tuple[str, str]]:
    return [(a, a) for a in SIGNER_AUTHORITIES]


def to_widget(spec: HeaderSpec, value: Any) -> Any:
    """A stored header value as its widget shows it (lists become one item per line)."""
    if spec.name in LIST_KEYS and isinstance(value, list):
        return "\n".join(value)
    return value


def is_header_filled(value: Any) -> bool:
    return value not in (None, "", [])


def check_header(values: Mapping[str, Any], period_start: dt.date | None) -> list[Problem]:
    """The header's problems, in form order: required items missing, text in a legacy encoding, a report date
    before the period starts. `values` holds 'header.<name>' keys, as stored or as the editor's widgets hold them
    (a list, or its lines as one text)."""
    problems: list[Problem] = []
    for spec in _SPECS:
        value = values.get(spec.key)
        if not is_header_filled(value):
            if spec.required:
                message, message_en = bilingual("Validation", "{label}: chưa nhập (bắt buộc).").format(
                    label=(spec.label, spec.label_en)
                )
                problems.append(Problem(key=spec.key, message=message, message_en=message_en, code="required"))
            continue
        texts = [value] if isinstance(value, str) else [v for v in value or () if isinstance(v, str)]
        if spec.name == "recipients":
            lines = [line for text in texts for line in text.splitlines()]
            if len(archive_lines(lines)) > 1:
                message, message_en = bilingual(
                    "Validation",
                    "{label}: có {count} dòng “Lưu: …”; văn bản chỉ có một dòng Lưu (ở cuối), hãy xóa dòng thừa.",
                ).format(label=(spec.label, spec.label_en), count=len(archive_lines(lines)))
                problems.append(
                    Problem(
                        key=spec.key, severity="warning", message=message, message_en=message_en, code="archive_twice"
                    )
                )
        guess = next((g for g in map(detect_legacy, texts) if g is not None), None) if spec.kind != "date" else None
        if guess is not None:
            vi, en = legacy_message(spec.label, guess)
            problems.append(
                Problem(key=spec.key, severity="warning", message=vi, message_en=en, code="legacy_encoding")
            )
        if spec.kind == "date" and isinstance(value, str) and period_start is not None:
            day = dt.date.fromisoformat(value)
            if day < period_start:
                message, message_en = bilingual(
                    "Validation", "{label}: ngày {day} trước ngày bắt đầu kỳ báo cáo ({start})."
                ).format(label=(spec.label, spec.label_en), day=vn_date(day), start=vn_date(period_start))
                problems.append(Problem(key=spec.key, message=message, message_en=message_en, code="date"))
    return problems


def check_header_and_values(
    template: Template,
    header: Mapping[str, Any],
    values: Mapping[str, Any],
    *,
    period_start: dt.date | None,
    period_end: dt.date | None,
) -> list[Problem]:
    """Every problem of a report: its header ('header.<name>' keys) and its values, the report date taken from the
    header for the rules that need it. The editor checks what its widgets hold with it, the final export a
    document (validate_document below), so both refuse the same things."""
    date = header.get(f"{HEADER_PREFIX}date")
    report_date = dt.date.fromisoformat(date) if isinstance(date, str) else None
    return check_header(header, period_start) + validate_report(
        template, values, period_start=period_start, period_end=period_end, report_date=report_date
    )


def validate_document(doc: ReportDocument, template: Template) -> list[Problem]:
    """A report document checked whole: its header and every value. For the final PDF export."""
    problems: list[Problem] = []
    if (doc.template.id, doc.template.version) != (template.id, template.version):
        message, message_en = bilingual(
            "Validation",
            "Báo cáo được lập theo mẫu {id} phiên bản {version}, không phải mẫu {current} phiên bản {current_version}.",
        ).format(
            id=doc.template.id, version=doc.template.version, current=template.id, current_version=template.version
        )
        problems.append(Problem(key="template", message=message, message_en=message_en, code="template"))
    problems.extend(
        check_header_and_values(
            template, header_values(doc.header), doc.values, period_start=doc.period.start, period_end=doc.period.end
        )
    )
    return problems


def header_values(header: Header) -> dict[str, Any]:
    """A document's header as the values stored for it ('header.<name>' keys)."""
    return {f"{HEADER_PREFIX}{name}": value for name, value in header_to_values(header).items()}


def header_from_values(header: dict[str, Any]) -> Header:
    """The header from its stored values, keyed by name (without the 'header.' prefix)."""
    return Header(
        parent_body=header.get("parent_body") or "",
        agency=header.get("agency") or "",
        number=header.get("number") or "",
        symbol=header.get("symbol") or "",
        place=header.get("place") or "",
        date=dt.date.fromisoformat(header["date"]) if header.get("date") else None,
        addressee=header.get("addressee") or [],
        recipients=header.get("recipients") or [],
        signer=Signer(
            on_behalf_of=header.get("signer_on_behalf_of") or "",
            authority=header.get("signer_authority") or "",
            authority_of=header.get("signer_authority_of") or "",
            position=header.get("signer_position") or "",
            name=header.get("signer_name") or "",
        ),
    )


def header_to_values(header: Header) -> dict[str, Any]:
    """The header's stored values, keyed by name (without the 'header.' prefix)."""
    return {
        "parent_body": header.parent_body,
        "agency": header.agency,
        "number": header.number,
        "symbol": header.symbol,
        "place": header.place,
        "date": header.date.isoformat() if header.date else None,
        "addressee": header.addressee,
        "recipients": header.recipients,
        **signer_values(header.signer),
    }


def signer_values(signer: Signer) -> dict[str, Any]:
    """The signature block's stored values (also what a new report takes from the agency profile)."""
    return {
        "signer_on_behalf_of": signer.on_behalf_of,
        "signer_authority": signer.authority,
        "signer_authority_of": signer.authority_of,
        "signer_position": signer.position,
        "signer_name": signer.name,
    }
