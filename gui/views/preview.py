"""The PDF preview inside the editor: the draft pages rendered off the GUI thread, a moment after the last save."""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.pdf.render import render_report

log = logging.getLogger(__name__)

# reportlab keeps caches that are not made for two builds at once: the preview worker and an export in the GUI
# thread take turns through this lock (an export waits at most one render, about 0.2 s).
RENDER_LOCK = threading.Lock()
DEFAULT_PREVIEW_DELAY_MS = 1000


class _Signals(QObject):
    done = Signal(int, bytes)  # generation, PDF bytes
    failed = Signal(int, str)


class RenderJob(QRunnable):
    """Renders a ReportDocument snapshot (taken in the GUI thread) as a draft; nothing here touches the store."""

    def __init__(self, generation: int, doc: Any, template: Any) -> None:
        super().__init__()
        self.generation = generation
        self.doc = doc
        self.template = template
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            with RENDER_LOCK:
                data = render_report(self.doc, self.template, draft=True)
        except Exception as error:  # shown in the pane, logged for the support desk; the editor carries on
            log.exception("Preview rendering failed")
            self.signals.failed.emit(self.generation, str(error))
            return
        self.signals.done.emit(self.generation, data)


class PreviewPane(QWidget):
    """QPdfView over the latest rendering. `request()` after a save; it renders `delay_ms` later, one job at a time.

    `snapshot()` gives (ReportDocument, Template) and is called in the GUI thread when a job starts.
    """

    rendered = Signal(int)  # page count of the rendering now shown

    def __init__(self, snapshot: Any, parent: QWidget | None = None, delay_ms: int = DEFAULT_PREVIEW_DELAY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.snapshot = snapshot
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.generation = 0
        self.shown_generation = 0
        self.running = False
        self.dirty = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._start)
        self._jobs: dict[int, RenderJob] = {}

        self.title = QLabel(self.tr("Xem trước bản in (dự thảo) — F5 để bật/tắt"), self)
        self.title.setObjectName("previewTitle")
        self.state = QLabel(self)
        self.state.setObjectName("fieldHelp")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.document.pageCountChanged.connect(self._pages_changed)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.buffer: QBuffer | None = None
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setStyleSheet("QLabel#previewTitle { font-weight: 600; color: #1f3a5f; }")

    # --- scheduling --------------------------------------------------------------------------------

    def request(self, *, now: bool = False) -> None:
        """The report changed: render again shortly (only while the pane is visible; later otherwise)."""
        self.dirty = True
        if not self.isVisible():
            return
        if now:
            self.timer.stop()
            self._start()
        else:
            self.timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.dirty:
            self.request(now=True)

    def _start(self) -> None:
        if self.running:
            return  # the job running now re-checks `dirty` when it ends
        if not self.isVisible():
            # Hidden or closed since the timer started (the editor left, its store perhaps closed already):
            # render when shown again, never from a report that is gone.
            self.dirty = True
            return
        self.dirty = False
        self.running = True
        self.generation += 1
        self.state.setText(self.tr("Đang cập nhật…"))
        doc, template = self.snapshot()
        job = RenderJob(self.generation, doc, template)
        job.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._jobs[job.generation] = job  # keeps its signals object alive until the result arrives
        self.pool.start(job)

    def _finished(self, generation: int) -> None:
        self._jobs.pop(generation, None)
        self.running = False
        if self.dirty and self.isVisible():
            self.timer.start()

    def _done(self, generation: int, data: bytes) -> None:
        self._finished(generation)
        self.show_pdf(data)
        self.shown_generation = generation

    def _failed(self, generation: int, message: str) -> None:
        self._finished(generation)
        self.state.setText(self.tr("Không tạo được bản xem trước: {message}").format(message=message))

    # --- showing --------------------------------------------------------------------------------------

    def show_pdf(self, data: bytes) -> None:
        """Load new bytes, keeping the reader's place in the pages."""
        scroll = self.view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.deleteLater()
        self.buffer = buffer
        # The scroll bar as the timer's context: if the preview is closed first, Qt drops the call.
        bar = self.view.verticalScrollBar()
        QTimer.singleShot(0, bar, lambda: bar.setValue(scroll))
        if self.document.pageCount():
            self._pages_changed(self.document.pageCount())

    def _pages_changed(self, pages: int) -> None:
        if pages:
            self.state.setText(self.tr("{pages} trang").format(pages=pages))
            self.rendered.emit(pages)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """For tests and shutdown: wait for the running job."""
        return self.pool.waitForDone(timeout_ms)
