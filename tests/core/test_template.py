"""The template is data: it loads, covers the whole report, and a broken one is refused naming the key."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from gui.core.template import TemplateError, active_template, load_template, parse_template
from gui.resources import resource_path


def _raw() -> dict:
    return json.loads(resource_path("templates", "nq82-v1.json").read_text(encoding="utf-8"))


def test_active_template_covers_the_report_outline() -> None:
    template = active_template()
    assert (template.id, template.version) == ("nq82-bvqlntd", 1)
    titles = [s.title for s in template.sections]
    assert len(titles) == 5
    assert [s.key for s in template.sections[1].sections] == [
        "state_management",
        "legal_org",
        "communication",
        "complaints",
        "social",
        "international_digital",
    ]
    kinds = {f.kind for f in template.iter_fields()}
    assert kinds == {"text", "line", "integer", "money", "percent", "yesno", "date", "docref", "table"}
    assert any(c.kind == "choice" for f in template.iter_fields() for c in f.columns)
    assert template.field("cp_success_rate").computed is not None
    assert {r.check for r in template.rules} == {"le", "sum_eq"}


def test_every_label_has_english_and_vietnamese_is_nfc() -> None:
    import unicodedata

    template = active_template()
    for f in template.iter_fields():
        assert f.label_en, f.key
        assert unicodedata.is_normalized("NFC", f.label)
        for c in f.columns:
            assert c.label_en, f"{f.key}.{c.key}"


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda t: t["sections"][0]["fields"][1].update(kind="number"), "plan_issued"),
        (lambda t: t["sections"][0]["fields"][2].update(required_if="nothing_here"), "nothing_here"),
        (
            lambda t: t["sections"][0]["fields"].append(copy.deepcopy(t["sections"][0]["fields"][0])),
            "direction_summary",
        ),
        (lambda t: t["rules"][0].update(left="no_such_field"), "no_such_field"),
        (lambda t: t["sections"][0]["fields"][7].update(min=10, max=1), "staff_fulltime"),
        (lambda t: t.pop("version"), "version"),
        (lambda t: t["sections"][0]["fields"][10]["columns"][2].update(choices="missing_list"), "missing_list"),
        # the desk's plausibility ceilings and the list a province-count target was set for
        (lambda t: t["sections"][0]["fields"][7].update(plausible_max=10**9, max=100), "plausible_max"),
        (lambda t: t["sections"][0]["fields"][1].update(plausible_max=5), "plan_issued"),
        (lambda t: t["sections"][0]["fields"][7].update(target="≥ 5", target_list="vn-99"), "vn-99"),
        (lambda t: t["sections"][0]["fields"][7].update(target_list="qd124-2004"), "target_list"),
        (lambda t: t["plausible_ratios"][0].update(denominator="plan_issued"), "fine_per_case"),
        (lambda t: t["plausible_ratios"][0].update(max=0), "max"),
    ],
)
def test_a_broken_template_is_refused_naming_the_key(breakage, expected: str) -> None:
    data = _raw()
    breakage(data)
    with pytest.raises(TemplateError) as info:
        parse_template(data, "hỏng.json")
    assert expected in str(info.value)
    assert "hỏng.json" in str(info.value)


def test_a_file_that_is_not_json_is_refused_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "nq82-v9.json"
    path.write_text('{"id": "x",\n "version": }', encoding="utf-8")
    with pytest.raises(TemplateError, match="dòng 2"):
        load_template(path)


def test_a_new_period_template_needs_no_code_change(tmp_path: Path) -> None:
    data = _raw()
    data["version"] = 2
    data["sections"][4]["fields"].append(
        {"key": "pr_new_field", "kind": "text", "label": "Kiến nghị khác", "label_en": "Other proposals"}
    )
    path = tmp_path / "nq82-v2.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    template = load_template(path)
    assert template.version == 2 and template.field("pr_new_field").kind == "text"


def test_cli_template_prints_the_active_template(cli) -> None:
    result = cli("template")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "nq82-bvqlntd"


def test_cli_template_refuses_a_broken_file_with_status_2(cli, tmp_path: Path) -> None:
    data = _raw()
    data["sections"][0]["fields"][1]["kind"] = "number"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = cli("template", "--file", path)
    assert result.returncode == 2
    assert "plan_issued" in result.stderr and "Traceback" not in result.stderr
