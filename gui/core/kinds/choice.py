"""A `choice`: one value of one of the template's lists (`choices`), stored by its value, shown by its label."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gui.core.i18n import bilingual
from gui.core.kinds.base import DEFAULT_MAX_LINE, Kind, check_length
from gui.core.kinds.text import coerce_text
from gui.core.problems import InputError, Problem, ValidationContext, Where
from gui.core.text import normalize_line

if TYPE_CHECKING:
    from gui.core.kinds.base import Spec
    from gui.core.template import Template


class ChoiceKind(Kind):
    """One value of a template list (`choices`), stored by its value, shown by its label."""

    name = "choice"
    has_choices = True
    picked = True

    def parse(self, spec: Spec, text: str, template: Template | None) -> Any:
        value = normalize_line(text)
        check_length(spec, value, DEFAULT_MAX_LINE)
        if not value:
            return None
        if template is None or spec.choices is None:
            return value
        options = template.choices.get(spec.choices, ())
        wanted = value.casefold()
        for option in options:  # typed by its value or its label in either language ("Kế hoạch" → "plan")
            if wanted in (option.value.casefold(), option.label.casefold(), option.label_en.casefold()):
                return option.value
        allowed = ", ".join(o.label for o in options)
        allowed_en = ", ".join(o.label_en or o.label for o in options)
        raise InputError(
            *bilingual("Kinds", "{label}: “{value}” không có trong danh sách; chọn một trong: {allowed}.").format(
                label=(spec.label, spec.label_en or spec.label), value=value, allowed=(allowed, allowed_en)
            ),
            key=spec.key,
        )

    def coerce(self, spec: Spec, raw: Any) -> Any:
        return coerce_text(raw, spec.label, normalize_line)

    def check(
        self, template: Template, spec: Spec, value: Any, context: ValidationContext, where: Where
    ) -> list[Problem]:
        options = template.choices.get(spec.choices or "", ())
        if isinstance(value, str) and any(o.value == value for o in options):
            return []
        allowed = ", ".join(o.label for o in options)
        allowed_en = ", ".join(o.label_en or o.label for o in options)
        return [
            where.problem(
                *bilingual("Kinds", "“{value}” không có trong danh sách; chọn một trong: {allowed}.").format(
                    value=value, allowed=(allowed, allowed_en)
                ),
                "choice",
            )
        ]

    def format_value(self, spec: Spec, value: Any, template: Template | None) -> str:
        if template is None:
            return str(value)
        return template.choice_label(spec.choices or "", str(value))

    def xlsx_cell(self, spec: Spec, value: Any, template: Template) -> Any:
        if value is None or not spec.choices:
            return value
        return template.choice_label(spec.choices, value)
