"""A repeating `table`: rows of columns, each column of a kind that may sit in a table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

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
            f"{spec.label}: dán bảng bằng parse_rows, không nhập vào một ô.",
            f"{spec.label_en or spec.label}: use parse_rows for a table.",
            key=spec.key,
        )

    def parse_rows(self, spec: TemplateField, text: str, template: Template | None) -> list[dict[str, Any]]:
        """Rows pasted from Excel or a Word table (cells split by tabs, rows by line ends) as the table's rows.

        Cells fill the columns left to right; a row with more cells than columns is refused, a fully empty row is
        skipped. A bad cell raises InputError naming the row (1-based in the message, 0-based in `row`) and column.
        """
        label_en = spec.label_en or spec.label
        rows: list[dict[str, Any]] = []
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for line in lines:
            cells = line.split("\t")
            if not any(c.strip() for c in cells):
                continue
            index = len(rows)
            if len(cells) > len(spec.columns):
                raise InputError(
                    f"{spec.label}, dòng {index + 1}: có {len(cells)} ô, bảng chỉ có {len(spec.columns)} cột.",
                    f"{label_en}, row {index + 1}: {len(cells)} cells, the table has {len(spec.columns)} columns.",
                    key=spec.key,
                    row=index,
                )
            row: dict[str, Any] = {}
            for column, cell in zip(spec.columns, [*cells, *[""] * len(spec.columns)], strict=False):
                try:
                    row[column.key] = kind_of(column).read(column, cell, template)
                except InputError as error:
                    raise InputError(
                        f"{spec.label}, dòng {index + 1}, cột {error.message}",
                        f"{label_en}, row {index + 1}, column {error.message_en}",
                        key=spec.key,
                        row=index,
                        column=column.key,
                    ) from None
            rows.append(row)
            if len(rows) > spec.max_rows:
                raise InputError(
                    f"{spec.label}: bảng có tối đa {format_int(spec.max_rows)} dòng, đoạn dán vào nhiều hơn.",
                    f"{label_en}: at most {spec.max_rows} rows; the paste has more.",
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
        label_en = spec.label_en or spec.label
        if not isinstance(value, list):
            return [where.problem("cần danh sách các dòng.", "a list of rows expected.", "type")]
        problems: list[Problem] = []
        if len(value) > spec.max_rows:
            problems.append(
                where.problem(
                    f"có {format_number(len(value))} dòng, tối đa {format_number(spec.max_rows)} dòng.",
                    f"{len(value):,} rows, at most {spec.max_rows:,}.",
                    "rows",
                )
            )
        if len(value) < spec.min_rows:
            problems.append(
                where.problem(
                    f"cần ít nhất {format_number(spec.min_rows)} dòng (đang có {format_number(len(value))}).",
                    f"at least {spec.min_rows:,} rows needed ({len(value):,} now).",
                    "rows",
                )
            )
        columns = {c.key: c for c in spec.columns}
        for index, row in enumerate(value[: spec.max_rows]):
            row_where = Where(spec.key, f"{spec.label}, dòng {index + 1}", f"{label_en}, row {index + 1}", index)
            if not isinstance(row, Mapping):
                problems.append(row_where.problem("cần một dòng gồm các cột.", "a row of columns expected.", "type"))
                continue
            unknown = sorted(str(k) for k in row if k not in columns)
            if unknown:
                problems.append(
                    row_where.problem(
                        f"cột không có trong mẫu: {', '.join(unknown)}.",
                        f"columns not in the template: {', '.join(unknown)}.",
                        "type",
                    )
                )
            if all(is_empty(row.get(k)) for k in columns):
                problems.append(
                    row_where.problem(
                        "dòng trống; nhập nội dung hoặc xóa dòng này.",
                        "empty row; fill it in or delete it.",
                        "rows",
                        severity="warning",
                    )
                )
                continue
            for column in spec.columns:
                cell = Where(
                    spec.key,
                    f"{spec.label}, dòng {index + 1}, cột “{column.label}”",
                    f"{label_en}, row {index + 1}, column “{column.label_en or column.label}”",
                    index,
                    column.key,
                )
                cell_value = row.get(column.key)
                if is_empty(cell_value):
                    if column.required:
                        problems.append(cell.problem("chưa nhập (bắt buộc).", "missing (required).", "required"))
                    continue
                problems.extend(kind_of(column).check(template, column, cell_value, context, cell))
        return problems
