"""Choosing a signature or seal image, with a thumbnail of it as it will print: used by the Settings tab "Chữ ký
số" and by the sign dialog (which chooses its images itself).

The thumbnail is drawn from the image as gui.signing.placement.load_picture makes it printable — the very pixels
the signature draws — over a white "page" ruled with grey lines, so a transparent background shows the lines
through and an opaque one (a JPEG, a PNG without transparency) visibly covers them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from gui.core.errors import UserError
from gui.signing.placement import Picture, load_picture

if TYPE_CHECKING:
    from PIL.Image import Image

THUMBNAIL = QSize(180, 72)


def qimage_of(image: Image) -> QImage:
    """A printable PIL image (RGB or RGBA, 8-bit) as a QImage that owns its pixels."""
    rgba = image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    return QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888).copy()


def thumbnail(picture: Picture, size: QSize = THUMBNAIL) -> QPixmap:
    """The picture fitted into `size`, over a ruled white page (see the module's note)."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setPen(QColor(170, 170, 170))
    for y in range(6, size.height(), 9):
        painter.drawLine(4, y, size.width() - 4, y)
    image = qimage_of(picture.image).scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter.drawImage((size.width() - image.width()) // 2, (size.height() - image.height()) // 2, image)
    painter.setPen(QColor(120, 120, 120))
    painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    painter.end()
    return pixmap


class ImagePicker(QWidget):
    """A path field with "Chọn…", the thumbnail, and a line saying what is wrong or what to know (opaque).

    `changed` when the chosen file changes; `picture()` is the loaded image or None (no file, or unusable:
    `problem()` says why)."""

    changed = Signal()

    def __init__(self, what: str, path: str, dialog_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what  # "ảnh chữ ký" / "ảnh con dấu", in the interface language, for the messages
        self.dialog_title = dialog_title
        self.edit = QLineEdit(path, self)
        self.edit.setPlaceholderText(self.tr("Chưa chọn ảnh"))
        self.browse = QPushButton(self.tr("Chọn…"), self)
        self.browse.clicked.connect(self.choose)
        self.preview = QLabel(self)
        self.preview.setObjectName("imageThumbnail")
        self.preview.setFixedSize(THUMBNAIL)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(self)
        self.note.setObjectName("fieldHelp")
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.preview)
        below.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(below)
        self._picture: Picture | None = None
        self._problem: str | None = None
        self._loaded_for: str | None = None
        self.edit.editingFinished.connect(self._reload)
        self._reload()

    # QLineEdit's own two, so a form (and a test) sets and reads the path as in a line edit
    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, path: str) -> None:
        self.edit.setText(path)
        self._reload()

    def picture(self) -> Picture | None:
        self._reload()  # the path typed may not have been confirmed yet (Enter, leaving the field)
        return self._picture

    def problem(self) -> str | None:
        self._reload()
        return self._problem

    def choose(self) -> None:
        start = self.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.dialog_title, start, self.tr("Ảnh PNG hoặc JPEG (*.png *.jpg *.jpeg)")
        )
        if path:
            self.setText(path)

    def _reload(self) -> None:
        path = self.text()
        if path == self._loaded_for:
            return
        self._loaded_for = path
        self._picture, self._problem = None, None
        if path:
            try:
                self._picture = load_picture(Path(path), self.what)
            except UserError as error:
                self._problem = str(error).replace(" Chưa ký.", "").replace(" Not signed.", "")
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        picture = self._picture
        if picture is not None:
            ratio = self.devicePixelRatioF()  # drawn for the screen's pixels: sharp at 150 %
            pixmap = thumbnail(picture, THUMBNAIL * ratio)
            pixmap.setDevicePixelRatio(ratio)
            self.preview.setPixmap(pixmap)
            size = f"{picture.image.width} × {picture.image.height}"
            if picture.opaque:
                self.note.setText(
                    self.tr(
                        "{size} điểm ảnh. Ảnh không có nền trong suốt: sẽ che phần văn bản bên dưới (như trong ô "
                        "này). Phụ lục I, Nghị định 30/2020 yêu cầu ảnh PNG nền trong suốt."
                    ).format(size=size)
                )
            else:
                self.note.setText(self.tr("{size} điểm ảnh, nền trong suốt: in ra đúng như trong ô này.").format(size=size))
        else:
            self.preview.clear()
            self.preview.setText(self.tr("(không có ảnh)"))
            self.note.setText(self._problem or "")
        self.note.setObjectName("fieldMessage" if self._problem else "fieldHelp")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
