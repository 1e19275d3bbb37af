"""What any report document from outside must satisfy before a byte of it is stored, whatever its status.

A draft may be incomplete or hold values a person still has to correct (those are the validator's problems, shown
in the editor). It may not hold what the form could never produce: fields the template does not have, values of
computed fields, values of the wrong type, or text and tables beyond the template's limits (max_length, max_rows).
The window, `report import-json` and the inbox all apply this; the inbox then applies the final export's rules.
"""

from __future__ import annotations

from gui.core.document import DocumentError, ReportDocument
from gui.core.i18n import label_of, pick, translate
from gui.core.template import Template
from gui.core.validation import validate_report

# Problem codes that are limits or impossible shapes rather than something still to be filled in or corrected.
REFUSED_CODES = frozenset({"type", "length", "rows", "unknown_field"})
SHOWN = 20


def refusals(doc: ReportDocument, template: Template) -> list[str]:
    """Why the document cannot be stored, one sentence each, in form order; empty when it can."""
    fields = template.field_map()
    computed = translate("Core", "Trường “{label}” ({key}) được tính tự động, tài liệu không được ghi giá trị cho nó.")
    reasons = [
        computed.format(label=label_of(fields[key]), key=key)
        for key in doc.values
        if key in fields and fields[key].is_computed
    ]
    problems = validate_report(
        template, doc.values, period_start=doc.period.start, period_end=doc.period.end, report_date=doc.header.date
    )
    reasons += [pick(p.message, p.message_en) for p in problems if p.is_error and p.code in REFUSED_CODES]
    return reasons


def check_admissible(doc: ReportDocument, template: Template) -> None:
    """DocumentError listing (the first SHOWN of) the refusals, when there are any."""
    reasons = refusals(doc, template)
    if reasons:
        raise DocumentError(refusal_text(reasons))


def refusal_text(reasons: list[str]) -> str:
    lines = "\n".join(f"- {r}" for r in reasons[:SHOWN])
    more = ""
    if len(reasons) > SHOWN:
        more = "\n" + translate("Core", "- … và {count} lỗi khác.").format(count=len(reasons) - SHOWN)
    heading = translate("Core", "Tài liệu báo cáo có {count} lỗi nên không nhập được:").format(count=len(reasons))
    return f"{heading}\n{lines}{more}"
