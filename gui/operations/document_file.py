"""A report document read from a file someone sent, with the limits of every outside file; no store, so that
`bvntd pdf render` reads its document without importing the database layer."""

from __future__ import annotations

from pathlib import Path

from gui.core import limits
from gui.core.document import DocumentError, ReportDocument, read_document
from gui.core.i18n import translate
from gui.core.text import shown_path
from gui.outside_file import ReadMessages, read_outside_file


def read_document_file(path: Path) -> ReportDocument:
    """A document from a file someone sent (`report import-json`, `pdf render`, the window's open-file): a regular
    file within the size limit, read without blocking (gui.outside_file), then read_document's limits."""
    name = shown_path(path).replace("{", "{{").replace("}", "}}")  # the messages are formatted once more
    messages = ReadMessages(
        missing=translate("Core", "Không tìm thấy tệp {name}.").replace("{name}", name),
        unreadable=translate("Core", "Không đọc được tệp {name}: {error}.").replace("{name}", name),
        too_large=translate("Core", "Tệp {name} quá lớn ({size}; một báo cáo tối đa {limit}).").replace(
            "{name}", name
        ),
        not_regular=translate("Core", "{name} không phải một tệp thông thường.").replace("{name}", name),
    )
    return read_document(read_outside_file(path, limits.MAX_JSON_BYTES, messages, DocumentError))
