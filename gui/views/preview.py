"""The PDF preview inside the editor: the draft pages rendered off the GUI thread, a moment after the last save."""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from gui.pdf.render import render_report
from gui.views.exported_file_dialog import open_with_system

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from gui.core.document import ReportDocument
    from gui.core.template import Template

log = logging.getLogger(__name__)

# reportlab keeps caches that are not made for two builds at once: the preview worker and an export in the GUI
# thread take turns through this lock (an export waits at most one render, about 0.2 s).
RENDER_LOCK = threading.Lock()
DEFAULT_PREVIEW_DELAY_MS = 1000


# The zoom steps of the usual PDF readers: + and − (Ctrl+=, Ctrl+-, Ctrl+wheel) go to the next one from what is shown.
ZOOM_LADDER = (0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)


def next_zoom(current: float, up: bool) -> float:
    """The ladder's next step above (or below) `current`; a zoom between two steps (fit to width) goes to the
    nearer one on that side, and the ends stay where they are."""
    if up:
        return next((z for z in ZOOM_LADDER if z > current * 1.005), ZOOM_LADDER[-1])
    return next((z for z in reversed(ZOOM_LADDER) if z < current * 0.995), ZOOM_LADDER[0])


class _Signals(QObject):
    done = Signal(int, bytes)  # generation, PDF bytes
    failed = Signal(int, str)


class RenderJob(QRunnable):
    """Renders a ReportDocument snapshot (taken in the GUI thread) as a draft; nothing here touches the store."""

    def __init__(self, generation: int, doc: ReportDocument, template: Template) -> None:
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
    expand_toggled = Signal(bool)  # the pages over the whole editor area, or back beside the form

    def __init__(self, snapshot: Callable[[], tuple[ReportDocument, Template]], parent: QWidget | None = None, delay_ms: int = DEFAULT_PREVIEW_DELAY_MS) -> None:
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
        self.title.setWordWrap(True)
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
        self._wheel = 0  # Ctrl+wheel turned but not yet a whole notch
        self.view.viewport().installEventFilter(self)
        self.buffer: QBuffer | None = None
        self.data = b""
        # Proofreading needs room and zoom: the whole editor area, zoom in and out, fit to width, print.
        self.zoom_out_button = self._tool("−", self.tr("Thu nhỏ (Ctrl+-)"), self.zoom_out, "Ctrl+-")
        self.zoom_in_button = self._tool("+", self.tr("Phóng to (Ctrl++)"), self.zoom_in, "Ctrl++", "Ctrl+=")
        self.fit_button = self._tool(
            self.tr("Vừa chiều rộng"), self.tr("Trang vừa khung (Ctrl+0)"), self.fit_width, "Ctrl+0"
        )
        self.expand_button = self._tool(
            self.tr("Mở rộng"), self.tr("Xem trước trên toàn bộ vùng soạn thảo"), self.toggle_expand
        )
        self.expand_button.setCheckable(True)
        self.print_button = self._tool(
            self.tr("In…"), self.tr("Mở bản xem trước bằng chương trình đọc PDF của máy để in"), self.print_pages
        )
        # The title above the tools, so that beside the form the pane is as narrow as its tools allow.
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.expand_button,
            self.print_button,
        ):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setStyleSheet("QLabel#previewTitle { font-weight: 600; color: #1f3a5f; }")

    def _tool(self, text: str, tip: str, slot: Callable[[], object], *keys: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        for key in keys:  # Ctrl++ is Ctrl+Shift+= on most keyboards: Ctrl+= zooms in too, as in a browser
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return button

    # --- zoom, room and print --------------------------------------------------------------------------

    def zoom(self) -> float:
        return float(self.view.zoomFactor())

    def zoom_in(self) -> None:
        self._zoom_step(up=True)

    def zoom_out(self) -> None:
        self._zoom_step(up=False)

    def _zoom_step(self, up: bool) -> None:
        """From what is shown now (also from "fit to width") to the ladder's next step, 25 % to 400 %."""
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._fitted_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(next_zoom(current, up))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel over the pages zooms a step per notch (the wheel alone scrolls, as before)."""
        if (
            watched is self.view.viewport()
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # A touchpad sends a notch in small parts: a step once they add up to one (120, Qt's notch).
            self._wheel += event.angleDelta().y()
            while abs(self._wheel) >= 120:
                self._zoom_step(up=self._wheel > 0)
                self._wheel -= 120 if self._wheel > 0 else -120
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _fitted_factor(self) -> float:
        """The factor "fit to width" shows at: the view's width over the page's width in points."""
        size = self.document.pagePointSize(0) if self.document.pageCount() else None
        if size is None or size.width() <= 0:
            return 1.0
        points_to_pixels = self.view.logicalDpiX() / 72.0
        return max(0.25, (self.view.viewport().width() - 12) / (size.width() * points_to_pixels))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def toggle_expand(self) -> None:
        self.expand_toggled.emit(self.expand_button.isChecked())

    def set_expanded(self, expanded: bool) -> None:
        self.expand_button.setChecked(expanded)
        self.expand_button.setText(self.tr("Thu về") if expanded else self.tr("Mở rộng"))

    def print_pages(self) -> Path | None:
        """Print through the system's PDF reader (its print dialog knows this computer's printers): the pages now
        shown are written to a temporary file and opened. Returns that file, or None with the reason shown."""
        if not self.data:
            self.state.setText(self.tr("Chưa có bản xem trước để in."))
            return None
        folder = Path(tempfile.gettempdir()) / "bvntd-xem-truoc"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "ban-xem-truoc-du-thao.pdf"
        path.write_bytes(self.data)
        problem = open_with_system(path)
        if problem is not None:
            self.state.setText(self.tr("{problem} Bản xem trước để in ở: {path}").format(problem=problem, path=path))
            return None
        self.state.setText(self.tr("Đã mở bản xem trước trong chương trình đọc PDF: in từ đó (Ctrl+P)."))
        return path

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

    def showEvent(self, event: QShowEvent) -> None:
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
        self.data = data
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
