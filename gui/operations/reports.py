"""The unit's own reports: create one for a period, duplicate one to another period, move to the trash and back.

The window's list (Báo cáo mới, Nhân bản, Xóa, Khôi phục, the start panel's "Xóa báo cáo mẫu") and the command
line (`bvntd report new | duplicate | delete | restore`) both do it here, with the same refusals: a report in
the trash is neither duplicated nor trashed again, one that is not there is not restored, and a report received
from another unit belongs to the Ministry's inbox, not to this list.
"""

from __future__ import annotations

from gui.core.demo_uid import is_demo_uid
from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.core.period import Period
from gui.core.template import Template, active_template
from gui.core.units import Unit, agencies, province_list_at
from gui.store.listing import ReportSummary
from gui.store.reports import ReportStore


class ReportInTrashError(UserError):
    def __init__(self, report_id: int) -> None:
        super().__init__(
            translate("Operations", "Báo cáo số {id} đang ở thùng rác; hãy khôi phục nó trước.").format(id=report_id)
        )


class ReportNotInTrashError(UserError):
    def __init__(self, report_id: int) -> None:
        super().__init__(
            translate("Operations", "Báo cáo số {id} không ở thùng rác, không có gì để khôi phục.").format(id=report_id)
        )


class ReceivedReportError(UserError):
    def __init__(self, report_id: int) -> None:
        super().__init__(
            translate(
                "Operations",
                "Báo cáo số {id} là báo cáo nhận từ đơn vị khác: nó thuộc phần Tổng hợp, "
                "không sửa, nhân bản hay xóa ở danh sách báo cáo của đơn vị.",
            ).format(id=report_id)
        )


class UnknownUnitError(UserError):
    def __init__(self, code: str, period: Period) -> None:
        super().__init__(
            translate(
                "Operations",
                "Không có đơn vị mã '{code}' cho kỳ {period}: dùng mã tỉnh, thành phố theo danh mục đang áp dụng "
                "ở cuối kỳ (ví dụ 40 là Nghệ An) hoặc mã bộ, ngành (ví dụ BYT là Bộ Y tế).",
            ).format(code=code, period=period.id)
        )


def unit_for(code: str, period: Period) -> Unit:
    """The unit a code names for a period: a province of the list in force at the period's end (34 from
    01/7/2025, 63 before), or a ministry; as the window's unit picker offers them."""
    code = code.strip()
    unit = province_list_at(period.end).get(code) or next((u for u in agencies() if u.code == code.upper()), None)
    if unit is None:
        raise UnknownUnitError(code, period)
    return unit


class NoUnitError(UserError):
    def __init__(self) -> None:
        super().__init__(
            translate("Operations", "Hồ sơ cơ quan chưa có đơn vị: hãy cho biết đơn vị báo cáo, ví dụ --unit 40.")
        )


def new_report_unit(store: ReportStore, period: Period, code: str | None = None) -> Unit:
    """The unit a new report is for: the one a code names, else the agency profile's (as the window's "Báo cáo
    mới" dialog starts from it)."""
    if not code:
        code = store.profile().unit_code
        if not code:
            raise NoUnitError()
    return unit_for(code, period)


def own_report(store: ReportStore, report_id: int, *, in_trash: bool = False) -> ReportSummary:
    """The summary of one of the unit's own reports, in the trash or out of it as asked; a UserError otherwise
    (ReportNotFound when there is no such report)."""
    summary = store.summary(report_id)
    if summary.origin != "own":
        raise ReceivedReportError(report_id)
    if in_trash and summary.deleted_at is None:
        raise ReportNotInTrashError(report_id)
    if not in_trash and summary.deleted_at is not None:
        raise ReportInTrashError(report_id)
    return summary


def create_report(store: ReportStore, unit: Unit, period: Period, template: Template | None = None) -> int:
    """A new draft of the unit's report for the period on the active template; its header starts from the
    agency profile. Returns its id."""
    return store.create_report(unit, period, template or active_template())


def duplicate_report(store: ReportStore, report_id: int, period: Period) -> int:
    """A new draft for another period carrying the report's texts and header (not its number and date)."""
    own_report(store, report_id)
    return store.duplicate_report(report_id, period)


def move_to_trash(store: ReportStore, report_id: int) -> ReportSummary:
    """Into the trash, where it stays whole until restored; returns the summary it had."""
    summary = own_report(store, report_id)
    store.delete_report(report_id)
    return summary


def restore_from_trash(store: ReportStore, report_id: int) -> ReportSummary:
    """Out of the trash, back in the list as it was; returns its summary."""
    own_report(store, report_id, in_trash=True)
    store.restore_report(report_id)
    return store.summary(report_id)


def demo_report_ids(store: ReportStore) -> list[int]:
    """The demo reports in the list (not those already in the trash)."""
    return [s.id for s in store.list_reports(origin="own") if is_demo_uid(s.uid)]


def trash_demo_reports(store: ReportStore, report_ids: list[int] | None = None) -> list[int]:
    """The start panel's "Xóa báo cáo mẫu": the demo reports (those given, else all in the list) to the trash,
    restorable like any other. Returns the ids moved."""
    ids = demo_report_ids(store) if report_ids is None else report_ids
    for report_id in ids:
        move_to_trash(store, report_id)
    return ids
