"""A repeating `table`: rows of columns, each column of a kind that may sit in a table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from gui.core.i18n import bilingual
from gui.core.kinds.base import Kind, coerce_value, kind_of
from gui.core.numbers import format_int, format_number
from gui.core.problems import InputError, Problem, ValidationContext, ValueError_, Where, is_empty

if TYPE_CHECKING:
    from gui.core.kinds.base import Spec
    from gui.core.template import Template, TemplateField


class TableKind(Kind):
    name = "table"
    has_columns = True
    in_tables = False
    layout = "table"

    def parse_line(self, spec: Spec, text: str, template: Template | None) -> Any:
        raise InputError(
            *bilingual("Kinds", "{label}: dán bảng bằng parse_rows, không nhập vào một ô.").format(
                label=(spec.label, spec.label_en or spec.label)
            ),
            key=spec.key,
        )

    def parse_rows(self, spec: TemplateField, text: str, template: Template | None) -> list[dict[str, Any]]:
        """Rows pasted from Excel or a Word table (cells split by tabs, rows by line ends) as the table's rows.

        Cells fill the columns left to right; a row with more cells than columns is refused, a fully empty row is
        skipped. A bad cell raises InputError naming the row (1-based in the message, 0-based in `row`) and column.
        """
        label = (spec.label, spec.label_en or spec.label)
        rows: list[dict[str, Any]] = []
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for line in lines:
            cells = line.split("\t")
            if not any(c.strip() for c in cells):
                continue
            index = len(rows)
            if len(cells) > len(spec.columns):
                raise InputError(
                    *bilingual("Kinds", "{label}, dòng {row}: có {cells} ô, bảng chỉ có {columns} cột.").format(
                        label=label, row=index + 1, cells=len(cells), columns=len(spec.columns)
                    ),
                    key=spec.key,
                    row=index,
                )
            row: dict[str, Any] = {}
            for column, cell in zip(spec.columns, [*cells, *[""] * len(spec.columns)], strict=False):
                try:
                    row[column.key] = kind_of(column).read(column, cell, template)
                except InputError as error:
                    raise InputError(
                        *bilingual("Kinds", "{label}, dòng {row}, cột {message}").format(
                            label=label, row=index + 1, message=(error.message, error.message_en)
                        ),
                        key=spec.key,
                        row=index,
                        column=column.key,
                    ) from None
            rows.append(row)
            if len(rows) > spec.max_rows:
                raise InputError(
                    *bilingual("Kinds", "{label}: bảng có tối đa {rows} dòng, đoạn dán vào nhiều hơn.").format(
                        label=label, rows=(format_int(spec.max_rows), spec.max_rows)
                    ),
                    key=spec.key,
                )
        return rows

    def coerce(self, spec: Spec, raw: Any) -> Any:
        spec = cast("TemplateField", spec)  # only a template field is a table
        label = spec.label
        if not isinstance(raw, list):
            raise ValueError_(f"{label}: cần danh sách các dòng")
        rows = []
        columns = {c.key: c for c in spec.columns}
        for index, row in enumerate(raw, start=1):
            if not isinstance(row, dict):
                raise ValueError_(f"{label}, dòng {index}: cần một đối tượng")
            unknown = set(row) - set(columns)
            if unknown:
                raise ValueError_(f"{label}, dòng {index}: cột không có trong mẫu: {', '.join(sorted(unknown))}")
            rows.append({key: coerce_value(col, row.get(key)) for key, col in columns.items()})
        return rows

    def is_filled(self, value: Any) -> bool:
        return value is not None and len(value) > 0

    def check(
        self, template: Template, spec: Spec, value: Any, context: ValidationContext, where: Where
    ) -> list[Problem]:
        """The number of rows, each row's shape, an empty row (a warning), and every cell by its column's kind."""
        spec = cast("TemplateField", spec)
        label = (spec.label, spec.label_en or spec.label)
        if not isinstance(value, list):
            return [where.problem(*bilingual("Kinds", "cần danh sách các dòng.").format(), "type")]
        problems: list[Problem] = []
        if len(value) > spec.max_rows:
            problems.append(
                where.problem(
                    *bilingual("Kinds", "có {count} dòng, tối đa {limit} dòng.").format(
                        count=(format_number(len(value)), f"{len(value):,}"),
                        limit=(format_number(spec.max_rows), f"{spec.max_rows:,}"),
                    ),
                    "rows",
                )
            )
        if len(value) < spec.min_rows:
            problems.append(
                where.problem(
                    *bilingual("Kinds", "cần ít nhất {least} dòng (đang có {count}).").format(
                        least=(format_number(spec.min_rows), f"{spec.min_rows:,}"),
                        count=(format_number(len(value)), f"{len(value):,}"),
                    ),
                    "rows",
                )
            )
        columns = {c.key: c for c in spec.columns}
        for index, row in enumerate(value[: spec.max_rows]):
            row_where = Where(
                spec.key, *bilingual("Kinds", "{label}, dòng {row}").format(label=label, row=index + 1), index
            )
            if not isinstance(row, Mapping):
                problems.append(row_where.problem(*bilingual("Kinds", "cần một dòng gồm các cột.").format(), "type"))
                continue
            unknown = sorted(str(k) for k in row if k not in columns)
            if unknown:
                problems.append(
                    row_where.problem(
                        *bilingual("Kinds", "cột không có trong mẫu: {columns}.").format(columns=", ".join(unknown)),
                        "type",
                    )
                )
            if all(is_empty(row.get(k)) for k in columns):
                problems.append(
                    row_where.problem(
                        *bilingual("Kinds", "dòng trống; nhập nội dung hoặc xóa dòng này.").format(),
                        "rows",
                        severity="warning",
                    )
                )
                continue
            for column in spec.columns:
                cell = Where(
                    spec.key,
                    *bilingual("Kinds", "{label}, dòng {row}, cột “{column}”").format(
                        label=label, row=index + 1, column=(column.label, column.label_en or column.label)
                    ),
                    index,
                    column.key,
                )
                cell_value = row.get(column.key)
                if is_empty(cell_value):
                    if column.required:
                        problems.append(cell.problem(*bilingual("Kinds", "chưa nhập (bắt buộc).").format(), "required"))
                    continue
                problems.extend(kind_of(column).check(template, column, cell_value, context, cell))
        return problems
