"""The errors a person caused and can fix (bad input: exit status 2), as opposed to our own faults (status 1)."""

from __future__ import annotations


class UserError(Exception):
    """Bad input: the message, in Vietnamese, names the problem and what is allowed."""


def user_error_types() -> tuple[type[BaseException], ...]:
    from gui.core.document import DocumentError
    from gui.core.parsing import InputError
    from gui.core.period import PeriodError
    from gui.core.template import TemplateError
    from gui.core.values import ValueError_
    from gui.store.database import StoreError
    from gui.store.reports import ReadOnlyReport, ReportNotFound

    return (
        UserError,
        DocumentError,
        InputError,
        PeriodError,
        TemplateError,
        ValueError_,
        StoreError,
        ReportNotFound,
        ReadOnlyReport,
    )
