"""Words: a narrative (`text`, several paragraphs) and a one-line `line`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from gui.core.i18n import bilingual
from gui.core.kinds.base import DEFAULT_MAX_LINE, DEFAULT_MAX_TEXT, Kind, check_length
from gui.core.legacy_encoding import detect_legacy, legacy_message
from gui.core.numbers import format_number
from gui.core.problems import Problem, ValidationContext, ValueError_, Where
from gui.core.text import normalize_line, normalize_text

if TYPE_CHECKING:
    from gui.core.kinds.base import Spec
    from gui.core.template import Template


def coerce_text(raw: Any, label: str, normalizer: Callable[[str], str]) -> str | None:
    if not isinstance(raw, str):
        raise ValueError_(f"{label}: cần văn bản")
    value = normalizer(raw)
    return value if value.strip() else None


def check_text(spec: Spec, value: Any, where: Where) -> list[Problem]:
    """Text of the right length, with a warning when it looks typed in TCVN3 or VNI."""
    if not isinstance(value, str):
        return [where.problem(*bilingual("Kinds", "phải là văn bản.").format(), "type")]
    problems = []
    limit = spec.max_length
    if limit is not None and len(value) > limit:
        problems.append(
            where.problem(
                *bilingual("Kinds", "dài {length} ký tự, tối đa {limit} ký tự.").format(
                    length=(format_number(len(value)), f"{len(value):,}"), limit=(format_number(limit), f"{limit:,}")
                ),
                "length",
            )
        )
    guess = detect_legacy(value)
    if guess is not None:
        vi, en = legacy_message(where.label, guess)
        problems.append(
            Problem(
                key=where.key,
                row=where.row,
                column=where.column,
                severity="warning",
                message=vi,
                message_en=en,
                code="legacy_encoding",
            )
        )
    return problems


class TextKind(Kind):
    """A narrative: paragraphs of prose, printed as the report's own paragraphs."""

    name = "text"
    in_tables = False
    free_text = True
    layout = "narrative"
    default_max_length = DEFAULT_MAX_TEXT

    def parse(self, spec: Spec, text: str, template: Template | None) -> Any:
        value = normalize_text(text)
        check_length(spec, value, DEFAULT_MAX_TEXT)
        return value if value.strip() else None

    def coerce(self, spec: Spec, raw: Any) -> Any:
        return coerce_text(raw, spec.label, normalize_text)

    def check(
        self, template: Template, spec: Spec, value: Any, context: ValidationContext, where: Where
    ) -> list[Problem]:
        return check_text(spec, value, where)


class LineKind(Kind):
    """One line: a name, a title, a short answer."""

    name = "line"
    free_text = True

    def parse(self, spec: Spec, text: str, template: Template | None) -> Any:
        value = normalize_line(text)
        check_length(spec, value, DEFAULT_MAX_LINE)
        return value or None

    def coerce(self, spec: Spec, raw: Any) -> Any:
        return coerce_text(raw, spec.label, normalize_line)

    def check(
        self, template: Template, spec: Spec, value: Any, context: ValidationContext, where: Where
    ) -> list[Problem]:
        return check_text(spec, value, where)
