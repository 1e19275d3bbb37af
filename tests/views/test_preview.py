"""The PDF preview beside the form: pages shown (F5), rendered off the GUI thread, and again after an edit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.store.reports import ReportStore, create_demo_report
from gui.views.editor import ReportEditor
from gui.views.preview import ZOOM_LADDER, next_zoom
from tests.views.conftest import activate, type_text


@pytest.fixture
def store(db_path: Path) -> Iterator[ReportStore]:
    store = ReportStore.open(db_path)
    yield store
    store.close()


def dark_share(image: QImage) -> float:
    """The share of sampled pixels that are ink (text, rules), not paper or background."""
    dark = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            total += 1
            if image.pixelColor(x, y).lightness() < 110:
                dark += 1
    return dark / max(total, 1)


def test_the_preview_shows_the_pages_and_follows_edits(qtbot: Any, store: ReportStore, tmp_path: Path) -> None:
    report_id = create_demo_report(store)
    editor = ReportEditor(store, report_id, delay_ms=30, preview_delay_ms=100)
    qtbot.addWidget(editor)
    editor.resize(1400, 860)
    editor.show()
    activate(qtbot, editor)
    editor.rows["focal_agency"].editor.edit.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert editor.preview.isVisible() and editor.preview_action.isChecked()
    qtbot.waitUntil(lambda: editor.preview.document.pageCount() > 1, timeout=15_000)
    assert "trang" in editor.preview.state.text()
    # QPdfView paints its pages asynchronously: wait for ink on the page before looking.
    qtbot.waitUntil(lambda: dark_share(editor.preview.view.viewport().grab().toImage()) > 0.004, timeout=15_000)
    assert editor.grab().save(
        str(tmp_path / "preview.png")
    )  # docs/screenshots/preview.png: scripts/screenshots_editor.py

    first = editor.preview.shown_generation
    box = editor.rows["cp_results"].editor.edit
    box.setFocus()
    type_text(box, " Thêm một câu.")
    qtbot.waitUntil(lambda: editor.preview.shown_generation > first, timeout=15_000)
    assert editor.preview.wait_idle()

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert not editor.preview.isVisible()
    assert not editor.side.isVisible()


def test_typing_while_the_pages_render_loses_nothing(qtbot: Any, store: ReportStore) -> None:
    report_id = create_demo_report(store)
    editor = ReportEditor(store, report_id, delay_ms=30, preview_delay_ms=0)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_preview(True)
    box = editor.rows["cp_results"].editor.edit
    type_text(box, " Gõ tiếp trong lúc trang đang được dựng lại.")  # renders start and finish while typing
    qtbot.waitUntil(lambda: not editor.preview.running and editor.preview.shown_generation > 0, timeout=15_000)
    assert box.toPlainText().startswith(" Gõ tiếp trong lúc trang đang được dựng lại.")
    assert editor.preview.wait_idle()


def test_a_refresh_pending_when_the_editor_closes_never_reads_the_closed_store(qtbot: Any, db_path: Path) -> None:
    """The store may be closed (another database opened, the window closing) while a refresh waits on its timer:
    the pane, hidden by then, must not ask the closed store for the report (it failed a CI run once)."""
    store = ReportStore.open(db_path)
    report_id = create_demo_report(store)
    editor = ReportEditor(store, report_id, delay_ms=30, preview_delay_ms=100)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_preview(True)
    qtbot.waitUntil(lambda: editor.preview.document.pageCount() > 1, timeout=15_000)
    editor.preview.request()  # a refresh now waits 100 ms
    assert editor.preview.timer.isActive()
    editor.close()
    store.close()
    qtbot.wait(300)  # the timer fires here; pytest-qt fails the test on any exception in the event loop
    assert editor.preview.dirty and not editor.preview.running


def test_the_preview_can_be_proofread_large_zoomed_and_printed(
    qtbot: Any, store: ReportStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    report_id = create_demo_report(store)
    editor = ReportEditor(store, report_id, delay_ms=30, preview_delay_ms=100)
    qtbot.addWidget(editor)
    editor.resize(1400, 860)
    editor.show()
    activate(qtbot, editor)
    editor.rows["focal_agency"].editor.edit.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    preview = editor.preview
    qtbot.waitUntil(lambda: preview.document.pageCount() > 1, timeout=15_000)
    beside = preview.view.width()
    preview.expand_button.click()  # the whole editor area
    QApplication.processEvents()
    assert not editor.tree.isVisible() and not editor.scroll_area.isVisible()
    assert preview.view.width() > 2 * beside and preview.view.width() > 1000
    fitted = preview._fitted_factor()
    preview.zoom_in_button.click()
    assert abs(preview.zoom() - next_zoom(fitted, up=True)) < 0.01  # the ladder's next step up
    preview.view.setFocus()  # a click in the pages
    QTest.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom() < fitted
    preview.fit_button.click()
    assert preview.view.zoomMode() == preview.view.ZoomMode.FitToWidth

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr("gui.opener.missing_opener", lambda path: None)
    printed = preview.print_pages()  # through the system's PDF reader and its print dialog
    assert printed is not None and opened == [str(printed)] and printed.read_bytes() == preview.data
    monkeypatch.setattr("gui.opener.missing_opener", lambda path: "Máy này chưa có chương trình mở tệp PDF.")
    assert preview.print_pages() is None and "chưa có chương trình mở tệp PDF" in preview.state.text()

    QTest.keyClick(preview.view, Qt.Key.Key_Escape)  # back beside the form, still in the report
    assert editor.tree.isVisible() and editor.scroll_area.isVisible() and preview.isVisible()
    assert preview.wait_idle()


def test_with_the_preview_beside_it_the_form_keeps_its_labels_whole(
    open_window: Any, store: ReportStore, db_path: Path
) -> None:
    """At the window's default size, F5 puts the pages beside the form: the room comes from the tree, every label
    of the form is whole (wrapped, not cut by the edge or hidden behind a sideways scroll bar)."""
    from PySide6.QtWidgets import QLabel

    from tests.views.conftest import new_report

    report_id = new_report(store)
    window = open_window()
    editor = window.open_report(report_id)
    editor.show_preview(True)
    QApplication.processEvents()
    tree, form, side = editor.splitter.sizes()
    assert side > 300 and tree >= 200 and form >= editor.form.minimumSizeHint().width()
    viewport = editor.scroll_area.viewport()
    assert editor.scroll_area.horizontalScrollBar().maximum() == 0
    cut = [
        (key, label.text())
        for key, row in editor.rows.items()
        for label in row.findChildren(QLabel)
        if label.text()
        and not label.isHidden()
        and (
            label.mapTo(viewport, label.rect().topRight()).x() > viewport.width()
            or label.height() < label.heightForWidth(label.width())
        )
    ]
    assert not cut, cut


def test_the_zoom_ladder_steps_like_a_pdf_reader() -> None:
    assert {0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0} <= set(ZOOM_LADDER)
    assert list(ZOOM_LADDER) == sorted(ZOOM_LADDER) and (ZOOM_LADDER[0], ZOOM_LADDER[-1]) == (0.25, 4.0)
    assert next_zoom(1.0, up=True) == 1.1 and next_zoom(1.0, up=False) == 0.9
    assert next_zoom(0.62, up=True) == 0.67 and next_zoom(0.62, up=False) == 0.5  # "fit to width" between steps
    assert next_zoom(0.669, up=True) == 0.75  # a step shown as 0.67 but stored a hair lower is that step
    assert next_zoom(4.0, up=True) == 4.0 and next_zoom(0.25, up=False) == 0.25  # the ends stay


def test_ctrl_keys_and_ctrl_wheel_follow_the_zoom_ladder(qtbot: Any, store: ReportStore) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    editor = ReportEditor(store, create_demo_report(store), delay_ms=30, preview_delay_ms=100)
    qtbot.addWidget(editor)
    editor.resize(1400, 860)
    editor.show()
    activate(qtbot, editor)
    editor.show_preview(True)
    preview = editor.preview
    qtbot.waitUntil(lambda: preview.document.pageCount() > 1, timeout=15_000)
    view = preview.view
    view.setZoomMode(view.ZoomMode.Custom)
    view.setZoomFactor(1.0)
    view.setFocus()
    steps = []
    for key, modifiers in [
        (Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier),  # Ctrl+= (the + key without Shift)
        (Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier),
    ]:
        QTest.keyClick(view, key, modifiers)
        steps.append(round(preview.zoom(), 2))
    assert steps == [1.1, 1.25, 1.1, 1.0, 0.9]

    def wheel(delta: int, modifiers: Qt.KeyboardModifier) -> None:
        centre = QPointF(view.viewport().rect().center())
        event = QWheelEvent(
            centre,
            QPointF(view.viewport().mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)

    wheel(120, Qt.KeyboardModifier.ControlModifier)
    assert round(preview.zoom(), 2) == 1.0
    for _ in range(4):  # a touchpad: a notch in four parts is one step
        wheel(-30, Qt.KeyboardModifier.ControlModifier)
    assert round(preview.zoom(), 2) == 0.9
    scrolled = view.verticalScrollBar().value()
    wheel(-120, Qt.KeyboardModifier.NoModifier)  # the wheel alone scrolls the pages, as before
    assert round(preview.zoom(), 2) == 0.9 and view.verticalScrollBar().value() > scrolled
