"""The contract every field widget keeps: value() in the template's canonical form, set_value(), and two signals."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from gui.core.i18n import pick
from gui.core.kinds import kind_of
from gui.core.numbers import format_int, format_number
from gui.core.parsing import InputError, parse_input


def parse(spec: Any, text: Any) -> Any:
    """What the user typed, read by the one parser the app has (gui.core.parsing); InputError otherwise."""
    return parse_input(spec, text)


def message_of(error: InputError) -> str:
    """The parser's message in the interface language."""
    return pick(error.message, error.message_en) if isinstance(error, InputError) else str(error)


def help_tr(text: str) -> str:
    """A text of the F1 help (Qt's context 'FieldHelp')."""
    return QCoreApplication.translate("FieldHelp", text)


def length_limit(spec: Any) -> int:
    """The most characters a text field takes: the template's max_length, or the parser's ceiling for its kind."""
    limit = getattr(spec, "max_length", None)
    return int(limit) if limit else kind_of(spec).default_max_length


def choice_items(template: Any, list_name: str | None) -> list[tuple[str, str]]:
    """A template list as (label in the interface language, value) pairs for a drop-down."""
    return [(pick(c.label, c.label_en), c.value) for c in template.choices.get(list_name or "", ())]


def refusal_message(widget: QWidget, length: int, limit: int) -> str:
    return widget.tr(
        "Không nhận đoạn vừa nhập: nội dung sẽ dài {length} ký tự, vượt giới hạn {limit} ký tự của trường này. "
        "Không có gì bị cắt bớt, nội dung cũ được giữ nguyên; hãy rút gọn rồi nhập lại."
    ).format(length=format_int(length), limit=format_int(limit))


class FieldEditor(QWidget):
    """One template field's editing widget.

    `edited` fires on every change the user makes (the autosaver debounces it); `committed` fires when the
    user leaves the field or picks a value from a list, so the autosaver saves at once.
    """

    edited = Signal()
    committed = Signal()
    problem = Signal(str)  # a message to show under the field ('' clears it), for input the widget refused

    # The template kinds this widget edits: a subclass that names them is the one `create_field` picks for them.
    kinds: ClassVar[tuple[str, ...]] = ()
    _editors: ClassVar[dict[str, type[FieldEditor]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for kind in cls.__dict__.get("kinds", ()):
            FieldEditor._editors[kind] = cls

    @classmethod
    def editor_for(cls, kind: str) -> type[FieldEditor] | None:
        return cls._editors.get(kind)

    @classmethod
    def for_spec(cls, spec: Any, template: Any, parent: QWidget | None = None) -> FieldEditor:
        """The widget for `spec`; a widget that needs more than the spec (a list's items) says so here."""
        return cls(spec, parent)

    @classmethod
    def accepts(cls, spec: Any, template: Any) -> str:
        """What the field accepts and how to type it, in a sentence, for the F1 help."""
        return help_tr("Văn bản, tối đa {limit} ký tự.").format(limit=format_number(length_limit(spec)))

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._loading = False
        self._read_only = False

    # --- to implement ------------------------------------------------------------------------------

    def value(self) -> Any:
        """The current value in canonical form (None when empty); raises InputError for unreadable input."""
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits inside this field, in order."""
        return [self.focus_widget()]

    def _apply_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    # --- shared ------------------------------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        """Show a stored value without emitting `edited` (loading is not editing)."""
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only(read_only)

    def _emit_edited(self, *_args: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def _emit_committed(self, *_args: Any) -> None:
        if not self._loading:
            self.committed.emit()

    def _watch_focus(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._on_focus_out()
            self._emit_committed()
        elif event.type() == QEvent.Type.FocusIn:
            self._on_focus_in()
        return super().eventFilter(watched, event)

    def _on_focus_out(self) -> None:
        """Hook: reformat the text when the user leaves (numbers get their grouping back)."""

    def _on_focus_in(self) -> None:
        """Hook: show the editable form of the text (numbers lose their grouping)."""
