"""Yes or no (`yesno`): a bool, typed Có/Không or as spreadsheets mark it (x, ✓, -)."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from gui.core.i18n import bilingual
from gui.core.kinds.base import Kind
from gui.core.problems import InputError, Problem, ValidationContext, ValueError_, Where

if TYPE_CHECKING:
    from gui.core.kinds.base import Spec
    from gui.core.template import Template

# "x" and ticks are how Excel sheets mark yes; "-" is how they mark nothing.
_YES = frozenset({"có", "co", "c", "x", "yes", "y", "true", "1", "đúng", "dung", "✓", "✔", "☑"})
_NO = frozenset({"không", "khong", "ko", "k", "no", "n", "false", "0", "sai", "✗", "✘", "☐", "-"})


def yes_no(value: Any) -> str:
    """'Có', 'Không', or '' for anything not a bool."""
    return {True: "Có", False: "Không"}.get(value, "") if isinstance(value, bool) else ""


class YesNoKind(Kind):
    name = "yesno"
    switch = True
    picked = True

    def parse_line(self, spec: Spec, text: str, template: Template | None) -> Any:
        word = unicodedata.normalize("NFC", text).strip().casefold().rstrip(".")
        if word in _YES:
            return True
        if word in _NO:
            return False
        raise InputError(
            *bilingual("Kinds", "{label}: “{text}” không rõ; chọn Có hoặc Không.").format(
                label=(spec.label, spec.label_en or spec.label), text=text
            ),
            key=spec.key,
        )

    def coerce(self, spec: Spec, raw: Any) -> Any:
        if not isinstance(raw, bool):
            raise ValueError_(f"{spec.label}: cần Có hoặc Không")
        return raw

    def check(
        self, template: Template, spec: Spec, value: Any, context: ValidationContext, where: Where
    ) -> list[Problem]:
        if not isinstance(value, bool):
            return [where.problem(*bilingual("Kinds", "phải chọn Có hoặc Không.").format(), "type")]
        return []

    def format_value(self, spec: Spec, value: Any, template: Template | None) -> str:
        return "Có" if value else "Không"

    def xlsx_cell(self, spec: Spec, value: Any, template: Template) -> Any:
        return None if value is None else yes_no(value)
