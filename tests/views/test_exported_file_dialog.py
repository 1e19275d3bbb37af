"""The dialog after every export (the Ministry's Excel and summary PDF, the province's PDF): its text reads as one
block at the top, not floating in the middle of the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_the_saved_file_is_said_at_the_top_with_the_buttons_below(qtbot: Any, tmp_path: Path) -> None:
    from gui.views.exported_file_dialog import FileDoneDialog

    path = tmp_path / "tong-hop.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    dialog = FileDoneDialog(path, "Đã xuất", "báo cáo tổng hợp PDF", subject="s", body="b")
    qtbot.addWidget(dialog)
    dialog.resize(560, 220)  # taller than it needs, as a window manager may make it
    dialog.show()
    qtbot.waitExposed(dialog)
    margin = dialog.layout().contentsMargins().top()
    assert dialog.summary.geometry().top() == margin
    assert dialog.summary.geometry().height() <= dialog.summary.sizeHint().height() + 2
    assert "tong-hop.pdf" in dialog.summary.text()
