"""From keystroke to store: each edit handed to the Autosaver and checked, the computed fields and the completion
following; what the editor says of its saving ("Đã lưu lúc …", a banner while a database fault holds edits back,
kept on screen and saved at the next edit or Ctrl+S); Ctrl+S, Ctrl+Z (undo the latest saved edit), and the text
typed in TCVN3 or VNI converted in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from gui.core.dates import VIETNAM
from gui.core.header import HeaderSpec, to_widget
from gui.core.i18n import label_of
from gui.core.legacy_encoding import detect_legacy
from gui.core.values import computed_values
from gui.views.fields import InputError

if TYPE_CHECKING:
    from gui.store.reports import Revision
    from gui.views.editor.field_row import FieldRow
    from gui.views.editor.widget import ReportEditor


class Editing(QObject):
    def __init__(self, editor: ReportEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.state = editor.state
        for key, row in editor.rows.items():
            self._connect(key, row)

    def connect_autosaver(self) -> None:
        """What the Autosaver reports (after the first load, which saves nothing)."""
        autosaver = self.editor.autosaver
        autosaver.saved.connect(self._on_saved)
        autosaver.invalid.connect(self._on_invalid)
        autosaver.failed.connect(self.notice)
        autosaver.store_failed.connect(self._on_store_failed)
        autosaver.store_recovered.connect(self._on_store_recovered)

    def _connect(self, key: str, row: FieldRow) -> None:
        row.editor.edited.connect(lambda: self._on_edited(key))
        row.editor.committed.connect(lambda: self._on_committed(key))
        row.editor.problem.connect(lambda message: self.notice(key, message))
        row.convert_requested.connect(lambda: self.convert_legacy(key))

    def load(self) -> None:
        """Show what the store holds (on opening, and after an undo)."""
        editor = self.editor
        stored = editor.store.values(editor.report_id, with_header=True)
        for key, row in editor.rows.items():
            spec = row.spec
            value = stored.get(key)
            row.editor.set_value(to_widget(spec, value) if isinstance(spec, HeaderSpec) else value)
        self.refresh_computed(stored)
        self.refresh_completion(stored)
        editor.revalidate()
        editor.preview.request()
        editor.refresh_life()

    def current_values(self) -> dict[str, Any]:
        """The values the widgets show, where they can be read (the computed ones follow these)."""
        values: dict[str, Any] = {}
        for key, row in self.editor.rows.items():
            try:
                values[key] = row.editor.value()
            except InputError:
                continue
        return values

    def _getter(self, key: str) -> Callable[[], Any]:
        return self.editor.rows[key].editor.value

    def _on_edited(self, key: str) -> None:
        editor = self.editor
        if editor.read_only:
            return
        editor.checking.edited(key)
        editor.autosaver.schedule(key, self._getter(key))
        if key in self.state.operands:
            self.refresh_computed(self.current_values())

    def _on_committed(self, key: str) -> None:
        editor = self.editor
        if editor.read_only:
            return
        if key in editor.autosaver.pending():
            editor.autosaver.commit(key)
        editor.checking.committed()

    def notice(self, key: str, message: str) -> None:
        """A message about input the widget refused (too long, a bad cell): shown until the field is edited."""
        self.state.notice(key, message)
        if message:
            self.editor.status.emit(message)
        self.editor.checking.apply_marks()

    def refresh_computed(self, values: Mapping[str, Any]) -> None:
        for key, value in computed_values(self.state.template, dict(values)).items():
            row = self.editor.rows.get(key)
            if row is not None:
                row.editor.set_value(value)
                row.show_target_met(value)

    def refresh_completion(self, stored: Mapping[str, Any]) -> None:
        self.state.count_filled(stored)
        self.editor.tree_sync.show_completion()
        for key, filled in self.state.filled.items():
            self.editor.rows[key].setProperty("filled", filled)

    def convert_legacy(self, key: str) -> bool:
        """Replace text typed in TCVN3/VNI by its Unicode form, in place, and save it."""
        editor = self.editor
        row = editor.rows.get(key)
        if row is None or editor.read_only:
            return False
        try:
            value = row.editor.value()
        except InputError:
            return False
        guess = detect_legacy(value) if isinstance(value, str) else None
        if guess is None:
            return False
        row.editor.set_value(guess.converted)
        self.state.touched.add(key)
        editor.autosaver.commit(key, self._getter(key))
        editor.revalidate()
        editor.status.emit(
            self.tr("Đã chuyển “{field}” từ {encoding} sang Unicode.").format(
                field=label_of(row.spec), encoding=guess.name
            )
        )
        return True

    def save_now(self) -> bool:
        """Ctrl+S: every pending edit now (autosave would do it within a second anyway)."""
        editor = self.editor
        ok = editor.autosaver.flush()
        editor.settle()
        if ok:
            editor.saved.emit(self.tr("Đã lưu lúc {time}").format(time=dt.datetime.now(VIETNAM).strftime("%H:%M:%S")))
        elif editor.autosaver.held():
            editor.status.emit(self.tr("Chưa lưu được vào cơ sở dữ liệu; nội dung vẫn còn trên màn hình."))
        else:
            editor.status.emit(
                self.tr("Có mục nhập chưa đúng: giá trị đó chưa được lưu, hãy sửa theo hướng dẫn.")
            )
        return ok

    def undo_last(self) -> Revision | None:
        """Undo the latest saved edit (also one made before a restart); the field shows the earlier value."""
        editor = self.editor
        if editor.read_only:
            return None
        editor.autosaver.flush()
        revision = editor.store.undo(editor.report_id)
        if revision is None:
            editor.status.emit(self.tr("Không còn thay đổi nào để hoàn tác."))
            return None
        self.load()
        row = editor.rows.get(revision.key)
        name = label_of(row.spec) if row else revision.key
        editor.status.emit(self.tr("Đã hoàn tác: {field}").format(field=name))
        if row is not None:
            editor.focus_field(revision.key)
        editor.changed.emit()
        return revision

    def _on_saved(self, key: str, when: dt.datetime) -> None:
        editor = self.editor
        editor.saved.emit(self.tr("Đã lưu lúc {time}").format(time=when.strftime("%H:%M:%S")))
        stored = editor.store.values(editor.report_id, with_header=True)
        self.refresh_completion(stored)
        if key in self.state.operands:
            self.refresh_computed(stored)
        editor.preview.request()
        if editor.life.exported_unchanged():
            editor.refresh_life()  # the first edit after an export: said now, in the editor
        editor.changed.emit()

    def _on_invalid(self, key: str, message: str) -> None:
        editor = self.editor
        row = editor.rows.get(key)
        if row is None:
            return
        editor.status.emit(self.tr("Chưa lưu “{field}”: giá trị nhập chưa đúng.").format(field=label_of(row.spec)))
        editor.revalidate()

    def _on_store_failed(self, key: str, message: str) -> None:
        editor = self.editor
        row = editor.rows.get(key)
        name = label_of(row.spec) if row else key
        text = self.tr(
            "Chưa lưu được “{field}”: {message}\nNội dung bạn nhập vẫn còn trên màn hình và sẽ được lưu lại "
            "ở lần nhập tiếp theo hoặc khi nhấn Ctrl+S."
        ).format(field=name, message=message)
        editor.save_banner.setText(text)
        editor.save_banner.show()
        editor.status.emit(self.tr("Chưa lưu được vào cơ sở dữ liệu: {message}").format(message=message))

    def _on_store_recovered(self) -> None:
        self.editor.save_banner.hide()
        self.editor.status.emit(
            self.tr("Đã lưu lại được mọi thay đổi lúc {time}").format(time=dt.datetime.now(VIETNAM).strftime("%H:%M:%S"))
        )
