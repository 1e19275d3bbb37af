"""The province's window and the Ministry's replies: "Tệp › Mở văn bản của Bộ…" (or a PDF dropped on the window)
opens a receipt or a letter (gui.operations.ministry_replies), one line per file; the editor of a report the
Ministry asked to correct shows the request above the form, each comment beside its field and, in the Kiểm tra
panel, a list of them (Enter jumps to the field). An unverified request says so; nothing here changes a value."""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.core.errors import UserError
from gui.core.replies import FieldComment
from gui.operations.ministry_state import MinistryState, comments_of
from gui.views.check_panel import ProblemList
from gui.views.messages import quiet
from gui.views.run_operation import Changed

if TYPE_CHECKING:
    from gui.operations.ministry_replies import Received
    from gui.store.reports import ReportStore
    from gui.views.editor import ReportEditor
    from gui.views.main_window import MainWindow

KEY_ROLE = Qt.ItemDataRole.UserRole + 2
COMMENT_STYLE = (
    "QLabel#ministryComment { background: #eef4fb; border-left: 3px solid #2f6fb3; padding: 3px 6px; color: #1f3a5f; }"
    'QLabel#ministryComment[trusted="false"] { background: #fff8e6; border-left-color: #d49b00; color: #5a4300; }'
    "QLabel#ministryBanner { background: #eef4fb; border: 1px solid #9cbce0; padding: 6px 8px; color: #1f3a5f; }"
    'QLabel#ministryBanner[trusted="false"] { background: #fff8e6; border-color: #d49b00; color: #5a4300; }'
)


def open_ministry_files(parent: QWidget, store: ReportStore, paths: list[Path]) -> list[Received]:
    """Open each file and say, one line per file, what became of it."""
    # lazy: the sandbox and the signature checker are imported when a file of the Ministry's is opened
    from gui.operations.ministry_replies import receive_files

    results = receive_files(store, paths)
    if not results:
        return results
    title = QCoreApplication.translate("MinistryReplies", "Mở văn bản của Bộ")
    lines = "\n".join(r.line for r in results)
    if quiet():
        print(f"{title}: {lines}", file=sys.stderr)
        return results
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIcon(
        QMessageBox.Icon.Warning if any(not (r.changed or r.already) for r in results) else QMessageBox.Icon.Information
    )
    box.setText(lines)
    box.exec()
    return results


def receive_in_window(window: MainWindow, paths: list[Path] | None = None) -> list[Received]:
    """"Tệp › Mở văn bản của Bộ…" or PDFs dropped on the window: the files (chosen when not given) opened and said
    one line each; then the one refresh, and the open report opened again when its request changed, so that its
    comments show beside their fields."""
    if window.store is None:
        return []
    if paths is None:
        names, _ = QFileDialog.getOpenFileNames(
            window,
            QCoreApplication.translate("MinistryReplies", "Mở văn bản của Bộ"),
            str(Path.home()),
            QCoreApplication.translate("MinistryReplies", "Văn bản của Bộ (*.pdf);;Mọi tệp (*)"),
        )
        if not names:
            return []
        paths = [Path(n) for n in names]
    editor = window.editor
    reopen = editor.report_id if editor is not None and not editor.read_only else None
    results = open_ministry_files(window, window.store, paths)
    changed = [r for r in results if r.changed]
    if changed:
        window.operation_did_execute(Changed(select=changed[-1].report_id))
        if reopen is not None and any(r.report_id == reopen for r in changed):
            window.open_report(reopen)
    return results


class MinistryComments(QObject):
    """What a request for correction shows in the editor: a banner, a note under each commented field, and a
    list in the Kiểm tra panel. Made by attach(); nothing when the report has no request in force."""

    def __init__(self, editor: ReportEditor, state: MinistryState, comments: tuple[FieldComment, ...]) -> None:
        super().__init__(editor)
        self.editor = editor
        self.state = state
        self.comments = comments
        trusted = "true" if state.trusted else "false"
        reply = state.reply
        text = f"<b>{html.escape(state.text)}</b>"
        text += "<br>" + html.escape(
            self.tr("Công văn {cited} của Bộ Công Thương").format(cited=reply.cited)
            + (
                self.tr("; hạn gửi bản đã sửa: {day}").format(day=reply.deadline.strftime("%d/%m/%Y"))
                if reply.deadline
                else ""
            )
            + "."
        )
        if reply.general.strip():
            text += "<br>" + html.escape(self.tr("Ý kiến chung: {text}").format(text=reply.general.strip()))
        if not state.trusted:
            text += "<br>" + html.escape(
                self.tr(
                    "Chưa xác minh được văn bản này là của Bộ Công Thương (chưa ký số, hoặc ký bằng chứng thư số khác "
                    "với chứng thư của Bộ đã nạp trong Cài đặt). Hãy đối chiếu với Bộ trước khi sửa; ứng dụng không "
                    "tự thay đổi giá trị nào."
                )
            )
        self.banner = QLabel(text, editor.form)
        self.banner.setObjectName("ministryBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setProperty("trusted", trusted)
        self.banner.setStyleSheet(COMMENT_STYLE)
        editor.form_layout.insertWidget(0, self.banner)
        self.notes: dict[str, QLabel] = {}
        for comment in comments:
            row = editor.rows.get(comment.key)
            if row is None:
                continue
            note = QLabel(
                self.tr("Ý kiến của Bộ: {comment} (Bộ đã nhận: {value})").format(
                    comment=comment.comment, value=comment.value or "—"
                ),
                row,
            )
            note.setObjectName("ministryComment")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setProperty("trusted", trusted)
            note.setStyleSheet(COMMENT_STYLE)
            layout = row.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(1, note)  # under the label, above the field's widget
            self.notes[comment.key] = note
            editor.state.comments[comment.key] = comment
        self.title = QLabel(
            self.tr("Ý kiến đề nghị chỉnh sửa của Bộ ({count})").format(count=len(self.notes)), editor.check_panel
        )
        self.title.setObjectName("checkTitle")
        self.list = ProblemList(editor.check_panel)  # Enter activates, Esc closes the panel, as the problems' list
        self.list.setObjectName("ministryCommentList")
        self.list.close_requested.connect(editor.check_panel.close_requested)
        for comment in comments:
            if comment.key not in self.notes:
                continue
            place = editor.state.number_of_field(comment.key) or comment.section
            item = QListWidgetItem(f"{place} · {comment.label}: {comment.comment}" if place else comment.comment)
            item.setData(KEY_ROLE, comment.key)
            item.setToolTip(comment.comment)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._jump)
        self.list.itemDoubleClicked.connect(self._jump)
        panel_layout = editor.check_panel.layout()
        if isinstance(panel_layout, QVBoxLayout):
            panel_layout.addWidget(self.title)
            panel_layout.addWidget(self.list)

    def _jump(self, item: QListWidgetItem) -> None:
        self.editor.focus_field(str(item.data(KEY_ROLE)))


def attach(editor: ReportEditor) -> MinistryComments | None:
    """Show the request for correction in force on the editor's report, if any."""
    if editor.read_only:
        return None
    state, comments = comments_of(editor.store, editor.report_id)
    if state is None or (not state.comments and not state.reply.general.strip()):
        return None
    return MinistryComments(editor, state, tuple(c for c in comments if c.key))


class MinistryCertificateRow(QWidget):
    """Settings › Gửi báo cáo: the Ministry's certificate this database trusts for its receipts and letters, and
    a button to load it (once; `bvntd report receive --trust` does the same)."""

    def __init__(self, store: ReportStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.shown = QLabel(self)
        self.shown.setWordWrap(True)
        self.shown.setObjectName("ministryCertificates")
        self.load_button = QPushButton(self.tr("Nạp chứng thư số của Bộ…"), self)
        self.load_button.clicked.connect(lambda: self.load())
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.shown, 1)
        row.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        # lazy: the store's replies repository is imported with the settings dialog, after the window is shown
        from gui.store.replies import ReplyRepository

        loaded = ReplyRepository(self.store).certificates()
        if loaded:
            self.shown.setText("\n".join(c.subject for c in loaded))
        else:
            self.shown.setText(self.tr("Chưa nạp: giấy xác nhận và công văn của Bộ sẽ hiện “chưa xác minh”."))

    def load(self, path: Path | None = None) -> bool:
        # lazy: the certificate reader (asn1crypto) is imported when a certificate is loaded
        from gui.operations.ministry_replies import load_ministry_certificate

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Chứng thư số của Bộ Công Thương"),
                str(Path.home()),
                self.tr("Chứng thư số (*.cer *.crt *.pem *.der);;Mọi tệp (*)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            load_ministry_certificate(self.store, path)
        except UserError as error:
            self.message.setText(str(error))
            self.message.show()
            return False
        self.message.hide()
        self.refresh()
        return True
