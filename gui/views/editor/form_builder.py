"""The form built from the template, in EditorState's outline: a heading per section (with its help), each rule
group's banner above its first field, and a FieldRow per field (the general information's from its HeaderSpecs)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.core.header import HeaderSpec, signer_choices
from gui.core.i18n import help_of
from gui.views.editor.field_row import FORM_STYLE, FieldRow
from gui.views.editor.state import EditorState
from gui.views.fields import FieldEditor, create_field
from gui.views.fields.simple import ChoiceField
from gui.views.rule_banner import RuleBanner

if TYPE_CHECKING:
    from gui.core.template import TemplateField


@dataclass
class Form:
    """The built form: the widget for the scroll area, its layout, the rows by field key, the headings by section
    key (where the tree scrolls to) and the rule groups' banners in group order."""

    widget: QWidget
    layout: QVBoxLayout
    rows: dict[str, FieldRow] = field(default_factory=dict)
    anchors: dict[str, QWidget] = field(default_factory=dict)
    rule_banners: list[RuleBanner] = field(default_factory=list)


def build_form(state: EditorState, header: Sequence[HeaderSpec], *, read_only: bool) -> Form:
    widget = QWidget()
    widget.setObjectName("reportForm")
    widget.setStyleSheet(FORM_STYLE)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(24, 12, 24, 24)
    layout.setSpacing(2)
    form = Form(widget, layout)
    if read_only:
        text = QCoreApplication.translate("ReportEditor", "Báo cáo nhận từ đơn vị khác: chỉ xem, không sửa được.")
        banner = QLabel(text, widget)
        banner.setObjectName("readOnlyBanner")
        banner.setWordWrap(True)
        layout.addWidget(banner)
    header_specs = {spec.key: spec for spec in header}
    template = state.template
    for entry in state.sections.values():
        heading = QLabel(entry.title, widget)
        heading.setObjectName("sectionHeading" if entry.level == 0 else "subsectionHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form.anchors[entry.key] = heading
        if entry.section is None:  # the general information
            for key in entry.fields:
                head = header_specs[key]
                if head.kind == "choice":
                    editor: FieldEditor = ChoiceField(head, signer_choices(), widget)
                else:
                    editor = create_field(head, template, widget)
                _add_row(form, state, head, editor)
            continue
        section_help = help_of(entry.section)
        if section_help:
            helper = QLabel(section_help, widget)
            helper.setObjectName("sectionHelp")
            helper.setWordWrap(True)
            layout.addWidget(helper)
        for spec in entry.section.fields:
            _add_row(form, state, spec, create_field(spec, template, widget))
    layout.addStretch(1)
    return form


def _add_row(form: Form, state: EditorState, spec: TemplateField | HeaderSpec, editor: FieldEditor) -> None:
    key = spec.key
    group = state.group_of.get(key)
    if group is not None and group == len(form.rule_banners):  # the group's first field: its banner above
        banner = RuleBanner(state.rule_groups[group][0], form.widget)
        form.rule_banners.append(banner)
        form.layout.addWidget(banner)
    row = FieldRow(spec, editor, form.widget)
    form.rows[key] = row
    form.layout.addWidget(row)
