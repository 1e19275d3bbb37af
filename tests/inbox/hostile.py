"""A corpus of hostile received files, generated (never committed): each case of issue 13 and its neighbours.

Every case is (file name as bytes, content, a fragment the refusal must contain). The good files sit beside them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from msgspec.structs import replace

from gui.core.document import ReportDocument
from gui.core.template import active_template
from tests.inbox.conftest import province_docs, render_pdf


@dataclass(frozen=True)
class Case:
    name: bytes  # bytes: some names are not UTF-8
    data: bytes
    says: str  # a fragment of the reason shown on the file's line

    def write(self, folder: Path) -> Path:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), self.name)))
        path.write_bytes(self.data)
        return path


def _doc_json(doc: ReportDocument, **changes: object) -> dict:
    data = json.loads(doc.to_json())
    for dotted, value in changes.items():
        target = data
        *parents, last = dotted.split("__")
        for part in parents:
            target = target[part]
        target[last] = value
    return data


def _swap(text: str, number: str) -> bytes:
    """The document with cp_received written as `number`, exactly as typed (json.dumps would refuse some)."""
    data = json.loads(text)
    data["values"]["cp_received"] = "@@"
    return json.dumps(data, ensure_ascii=False).replace('"@@"', number).encode()


def _dumps(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def good_docs() -> list[ReportDocument]:
    return province_docs("2025", seed=7)[:5]


def json_cases(base: ReportDocument) -> list[Case]:
    """Hostile JSON documents, each built from a valid report of another province than the good ones."""
    template = active_template()
    table = next(f for f in template.iter_fields() if f.kind == "table")
    narrative = next(f for f in template.iter_fields() if f.kind == "text")
    computed = next(f for f in template.iter_fields() if f.is_computed)
    valid = base.to_json()
    row = dict.fromkeys((c.key for c in table.columns), None) | {table.columns[0].key: "x"}
    cases = [
        # 80 KB of escaped quotes (used to keep the importer busy for 20 s), closed and unclosed
        Case(b"quotes.json", b'{"format": "bvntd-report", "uid": "' + b'\\"' * 40_000 + b'"}', "không hợp lệ"),
        Case(b"quotes-open.json", b'{"format": "bvntd-report", "uid": "' + b'\\"' * 40_000, "không phải JSON"),
        Case(b"giant-number.json", _swap(valid, "9" * 5000), "quá lớn (tối đa 18 chữ số)"),
        Case(b"nan.json", _swap(valid, "NaN"), "NaN"),
        Case(b"infinity.json", _swap(valid, "-Infinity"), "NaN"),
        Case(b"float-huge.json", _swap(valid, "1e400"), "quá lớn"),
        Case(b"surrogate.json", valid.replace('"uid": "', '"uid": "\\ud800').encode(), "nửa cặp UTF-16"),
        Case(b"deep.json", b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "lồng nhau quá sâu"),
        Case(b"deep-dict.json", b'{"a":' * 30 + b"1" + b"}" * 30, "lồng nhau quá sâu"),
        Case(b"many-values.json", b'{"a": [' + b"0," * 300_000 + b"0]}", "quá nhiều giá trị"),
        Case(b"latin1.json", valid.encode("utf-8").replace("Bảo".encode(), b"B\xe1o"), "UTF-8"),
        Case(b"empty.json", b"", "rỗng"),
        Case(b"not-json.json", b"{ this is not json", "không phải JSON"),
        Case(b"unknown-field.json", _dumps(_doc_json(base, values__no_such_field=1)), "no_such_field"),
        Case(b"computed.json", _dumps(_doc_json(base, **{f"values__{computed.key}": 50.0})), computed.label),
        Case(b"negative.json", _dumps(_doc_json(base, values__cp_received=-1_000_000)), "không đạt các quy định"),
        Case(b"future.json", _dumps(_doc_json(base, updated_at="2099-01-01T00:00:00+00:00")), "tương lai"),
        Case(
            b"rows.json",
            _dumps(_doc_json(base, **{f"values__{table.key}": [row] * (table.max_rows + 1)})),
            f"tối đa {table.max_rows} dòng",
        ),
        Case(
            b"long-text.json",
            _dumps(_doc_json(base, **{f"values__{narrative.key}": "x" * 5_000_000})),
            "tối đa 20.000 ký tự",
        ),
        Case(b"array.json", b"[1, 2, 3]", "Không phải tệp PDF hay tài liệu báo cáo JSON"),
        Case(b"other-format.json", b'{"format": "something-else"}', "format"),
        # names a person might send: not UTF-8 (a zip made on Windows), a newline that would forge a line
        Case(b"t\xean-t\xe1p.json", b"{}", "format"),
        Case(b"forged\nx.json: \xc4\x90\xc3\xa3 nh\xe1\xba\xadp.json", b"{}", "format"),
    ]
    return cases


def pdf_cases(base: ReportDocument) -> list[Case]:
    from gui.pdf.embedded import DOCUMENT_NAME, MANIFEST_NAME, Attachment, manifest_for, report_attachments
    from gui.pdf.render import render_report
    from tests.inbox.conftest import minimal_pdf

    template = active_template()
    good = render_pdf(base)
    other = province_docs("2025", seed=9)[11]
    data = base.canonical_bytes()
    future = replace(base, updated_at="2099-01-01T00:00:00+00:00")
    return [
        Case(b"text.pdf", b"not a pdf at all", "Không phải tệp PDF"),
        Case(b"cut.pdf", good[: len(good) // 2], "không đầy đủ"),
        Case(b"scan.pdf", _scan_pdf(), "không mang dữ liệu báo cáo"),
        Case(b"xref-stream.pdf", crafted_xref(good, 2_000_000), "cần hơn 2 giây để đọc"),
        Case(b"draft.pdf", render_report(base, template, draft=True), "bản dự thảo (DỰ THẢO)"),
        Case(b"other-unit.pdf", pages_of(other, data_of=base), "trang hiển thị một đơn vị khác"),
        Case(b"future.pdf", render_pdf(future), "tương lai"),
        Case(b"extra.pdf", minimal_pdf(base, [Attachment("run-me.exe", b"MZ")]), "tệp đính kèm lạ"),
        Case(
            b"renamed.pdf",
            minimal_pdf(None, [*report_attachments(base), Attachment("bvntd-report.json ", b"{}")]),
            "tệp đính kèm lạ",
        ),
        Case(
            b"twice.pdf",
            minimal_pdf(None, [*report_attachments(base), *report_attachments(other)[:1]]),
            "xuất hiện hai lần",
        ),
        Case(
            b"manifest-other.pdf",
            minimal_pdf(
                None,
                [
                    Attachment(DOCUMENT_NAME, data),
                    Attachment(MANIFEST_NAME, json.dumps({**manifest_for(base, data), "document": "x.json"}).encode()),
                ],
            ),
            "nói về tệp",
        ),
        Case(b"encrypted.pdf", encrypted(good, "secret"), "mật khẩu"),
    ]


def crafted_xref(base: bytes, count: int) -> bytes:
    """An incremental update whose cross-reference stream declares `count` entries, compressed to a few KB:
    pypdf reads every entry (about 25 s for two million), so the file is small and very slow."""
    import zlib

    previous = int(base.rsplit(b"startxref", 1)[1].split()[0])
    body = zlib.compress(b"\x01\x00\x00\x00\x00\x00" * count)
    offset = len(base) + 1
    xref = (
        b"\n9999 0 obj\n<< /Type /XRef /Size %d /Index [0 %d] /W [1 4 1] /Prev %d /Root 1 0 R "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % (count, count, previous, len(body))
    )
    return base + xref + body + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % offset


def pages_of(shown: ReportDocument, *, data_of: ReportDocument) -> bytes:
    """The pages of one report carrying the data of another (as a careless or dishonest sender could make)."""
    from gui.pdf.official import build_official_pdf, official_styles
    from gui.pdf.render import official_closing, official_header, report_meta, report_story

    template = active_template()
    styles = official_styles()
    return build_official_pdf(
        report_story(shown, template, styles, draft=False),
        report_meta(data_of, template, draft=False),
        header=official_header(shown),
        closing=official_closing(shown),
        draft=False,
        styles=styles,
    )


def encrypted(pdf: bytes, user_password: str) -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _scan_pdf() -> bytes:
    from tests.inbox.conftest import minimal_pdf

    return minimal_pdf(None)


def hostile_cases() -> list[Case]:
    base = province_docs("2025", seed=9)[10]
    return json_cases(base) + pdf_cases(base)


def write_good(folder: Path) -> list[Path]:
    """JSON documents, PDFs, and a PDF with an owner password only (it opens without one: not damaged)."""
    paths = []
    for index, doc in enumerate(good_docs()):
        path = folder / f"good-{index}.{'pdf' if index % 2 else 'json'}"
        if index == 4:
            path = folder / "good-owner-password.pdf"
            path.write_bytes(encrypted(render_pdf(doc), ""))
        else:
            path.write_bytes(render_pdf(doc) if index % 2 else doc.to_json().encode())
        paths.append(path)
    return paths
