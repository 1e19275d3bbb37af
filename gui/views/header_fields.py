"""The report's general information ("Thông tin chung"): number, date, place, addressee, recipients, signer.

These are stored as 'header.<name>' values beside the template's fields, so they share autosave and undo; here
they are described in the same shape as template fields, so the same widgets edit them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from gui.core.legacy_encoding import detect_legacy, legacy_message
from gui.core.validation import Problem
from gui.views.i18n import label_of

SIGNER_AUTHORITIES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")
LIST_KEYS = frozenset({"addressee", "recipients"})


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
        return self.key.removeprefix("header.")


def _t(text: str) -> str:
    return QCoreApplication.translate("HeaderFields", text)


def header_specs() -> list[HeaderSpec]:
    """In the order they appear on the page (and in Tab order)."""
    return [
        HeaderSpec(
            "header.parent_body",
            "line",
            _t("Cơ quan chủ quản"),
            _t("Dòng trên cùng bên trái, ví dụ: ỦY BAN NHÂN DÂN TỈNH NGHỆ AN."),
            True,
            300,
        ),
        HeaderSpec("header.agency", "line", _t("Cơ quan ban hành báo cáo"), _t("Ví dụ: SỞ CÔNG THƯƠNG."), True, 300),
        HeaderSpec(
            "header.number", "line", _t("Số văn bản"), _t("Chỉ phần số; để trống nếu văn thư chưa cấp số."), False, 20
        ),
        HeaderSpec(
            "header.symbol", "line", _t("Ký hiệu văn bản"), _t("Phần sau số, ví dụ: BC-SCT hoặc BC-UBND."), True, 50
        ),
        HeaderSpec("header.place", "line", _t("Địa danh"), _t("Nơi ban hành, ví dụ: Nghệ An."), True, 100),
        HeaderSpec("header.date", "date", _t("Ngày ban hành"), _t("Ngày ký báo cáo (ngày/tháng/năm)."), True),
        HeaderSpec("header.addressee", "text", _t("Kính gửi"), _t("Mỗi dòng một cơ quan nhận báo cáo."), True),
        HeaderSpec(
            "header.recipients",
            "text",
            _t("Nơi nhận"),
            _t("Mỗi dòng một nơi nhận, ví dụ: Như trên; Lưu: VT, QLTM."),
            True,
        ),
        HeaderSpec(
            "header.signer_authority",
            "choice",
            _t("Thẩm quyền ký"),
            _t("TM. (thay mặt), KT. (ký thay)… hoặc để trống khi người đứng đầu ký."),
            choices="signer_authority",
        ),
        HeaderSpec(
            "header.signer_authority_of",
            "line",
            _t("Ký thay, thay mặt cho"),
            _t("Ví dụ: GIÁM ĐỐC (sau KT.)."),
            False,
            200,
        ),
        HeaderSpec("header.signer_position", "line", _t("Chức vụ người ký"), _t("Ví dụ: PHÓ GIÁM ĐỐC."), True, 200),
        HeaderSpec("header.signer_name", "line", _t("Họ và tên người ký"), "", True, 200),
    ]


def signer_choices() -> list[tuple[str, str]]:
    return [(a, a) for a in SIGNER_AUTHORITIES]


def to_widget(spec: HeaderSpec, value: Any) -> Any:
    """A stored header value as its widget shows it (lists become one item per line)."""
    if spec.name in LIST_KEYS and isinstance(value, list):
        return "\n".join(value)
    return value


def is_header_filled(value: Any) -> bool:
    return value not in (None, "", [])


def check_header(values: dict[str, Any], period_start: dt.date | None) -> list[Problem]:
    """The header's problems, in form order: required items missing, text in a legacy encoding, a report date
    before the period starts (the same rules as gui.core.validation.validate_document, on the values as typed)."""
    problems: list[Problem] = []
    for spec in header_specs():
        value = values.get(spec.key)
        label = label_of(spec)
        if not is_header_filled(value):
            if spec.required:
                problems.append(
                    Problem(
                        key=spec.key,
                        message=_t("{label}: chưa nhập (bắt buộc).").format(label=label),
                        message_en=f"{label}: missing (required).",
                        code="required",
                    )
                )
            continue
        if isinstance(value, str):
            guess = detect_legacy(value)
            if guess is not None:
                vi, en = legacy_message(label, guess)
                problems.append(
                    Problem(key=spec.key, severity="warning", message=vi, message_en=en, code="legacy_encoding")
                )
        if spec.kind == "date" and isinstance(value, str) and period_start is not None:
            day = dt.date.fromisoformat(value)
            if day < period_start:
                start = period_start.strftime("%d/%m/%Y")
                problems.append(
                    Problem(
                        key=spec.key,
                        message=_t("{label}: ngày {day} trước ngày bắt đầu kỳ báo cáo ({start}).").format(
                            label=label, day=day.strftime("%d/%m/%Y"), start=start
                        ),
                        message_en=f"{label}: {day:%d/%m/%Y} is before the period starts ({start}).",
                        code="date",
                    )
                )
    return problems
