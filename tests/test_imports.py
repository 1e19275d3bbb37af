"""gui/imports.py: importing a library without what it would load or compile for features the app does not use."""

from __future__ import annotations

import re
import sys

from gui.imports import compiled_when_used, hidden


def test_a_hidden_package_fails_to_import_within_the_block_only() -> None:
    import importlib

    sys.modules.pop("tabnanny", None)
    with hidden("tabnanny", "json"):  # json is imported already: it stays as it is
        try:
            importlib.import_module("tabnanny")
            raise AssertionError("tabnanny imported while hidden")
        except ImportError:
            pass
        assert importlib.import_module("json").dumps([1]) == "[1]"
    assert importlib.import_module("tabnanny").__name__ == "tabnanny"


def test_a_wanted_pattern_is_compiled_when_first_used_and_behaves_as_compiled() -> None:
    original = re.compile
    wanted = "(?:[a-z\xa1-\uffff]+)://\\S+"
    with compiled_when_used(lambda pattern, flags: bool(flags & re.IGNORECASE) and "\uffff" in pattern):
        waiting = re.compile(wanted, re.I)
        other = re.compile("[a-z]+", re.I)
    assert re.compile is original
    assert isinstance(other, re.Pattern)  # not wanted: compiled as usual
    assert not isinstance(waiting, re.Pattern)
    assert waiting.match("HTTPS://moit.gov.vn/x") is not None and waiting.match("no url") is None
    assert waiting.pattern == wanted and waiting.flags & re.IGNORECASE


def test_the_official_pdf_leaves_reportlab_whole_plane_patterns_until_used() -> None:
    """gui.pdf imports reportlab so (a tenth of a fresh `bvntd pdf render`); in this test process reportlab may have
    been imported before gui.pdf was, so the check runs in a fresh one."""
    import subprocess

    code = (
        "import re, gui.pdf, reportlab.platypus.paragraph as p, reportlab.lib.textsplit as t; "
        "print(isinstance(p.uri_pat, re.Pattern), isinstance(t.rx, re.Pattern), "
        "p.uri_pat.match('https://moit.gov.vn/') is not None, t.rx.sub('-', 'a\u4e2db') == 'a-b')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False", "True", "True"]
