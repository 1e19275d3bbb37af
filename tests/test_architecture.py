"""The import rule of docs/architecture.md, read from the source: each layer imports only what lies below it.

- Qt (PySide6, shiboken6) only in gui/views;
- gui/core imports nothing of ours but gui/core and gui/resources;
- gui/pdf renders and reads documents: never the store, the operations or the views;
- gui/store and gui/operations: no views; the store no operations;
- gui/signing signs and verifies bytes: never gui/pdf (rendering, the sandbox), the inbox, the operations or views;
- the editor's display state (gui/views/editor/state.py): no Qt, nothing else of gui/views;
- no import cycles between our modules, counting imports inside functions;
- the Ministry's pages (gui/views/inbox) catch no operation's failure themselves: gui/views/run_operation.py does.

Every import counts for the layers, also those inside functions and under TYPE_CHECKING (a layer that names
another's types depends on it); for cycles, every import that runs.
"""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "gui"
QT = ("PySide6", "shiboken6")

# (the modules a rule applies to, the imports it forbids them, why)
RULES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("gui", QT, "Qt belongs to gui/views only"),
    (
        "gui.core",
        (
            "gui.cli",
            "gui.commands",
            "gui.fileio",
            "gui.imports",
            "gui.inbox",
            "gui.logs",
            "gui.mail",
            "gui.operations",
            "gui.outside_file",
            "gui.pdf",
            "gui.selftest",
            "gui.signing",
            "gui.store",
            "gui.user_settings",
            "gui.views",
        ),
        "gui/core imports nothing of ours but gui/core and gui/resources",
    ),
    ("gui.pdf", ("gui.store", "gui.operations", "gui.views", "gui.commands", "gui.inbox"), "gui/pdf renders and reads"),
    ("gui.store", ("gui.operations", "gui.views", "gui.commands", "gui.pdf"), "the store is below the operations"),
    (
        "gui.signing",
        ("gui.pdf", "gui.inbox", "gui.operations", "gui.views", "gui.commands"),
        "gui/signing takes bytes and a placement; rendering and reading in the sandbox are combined above it",
    ),
    ("gui.operations", ("gui.views", "gui.commands"), "the operations are below the window and the command line"),
    (
        "gui.views.editor.state",
        (*QT, "gui.views"),
        "the editor's display state is Qt-free: the widgets draw it, tests read it without them",
    ),
)


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. gui.pdf.render
    target: str  # what it imports, e.g. reportlab.platypus or gui.core.document
    line: int
    top_level: bool  # False inside a function or under TYPE_CHECKING
    type_only: bool = False  # under TYPE_CHECKING: names a type, imports nothing when the program runs


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, source: str | None = None) -> Iterator[Import]:
    """The imports of the module at `path` (its text, or `source` for a module made up by a test)."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    text = path.read_text(encoding="utf-8") if source is None else source

    def walk(node: ast.AST, top_level: bool, type_only: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            inner, inner_type_only = top_level, type_only
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                inner = False
            elif isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                inner, inner_type_only = False, True
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(module, alias.name, child.lineno, top_level, type_only)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package
                    for _ in range(child.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    base = f"{anchor}.{base}" if base else anchor
                yield Import(module, base, child.lineno, top_level, type_only)
                for alias in child.names:  # `from gui import fileio` imports the module gui.fileio
                    yield Import(module, f"{base}.{alias.name}", child.lineno, top_level, type_only)
            yield from walk(child, inner, inner_type_only)

    yield from walk(ast.parse(text, str(path)), True, False)


def all_imports() -> list[Import]:
    return [found for path in sorted(PACKAGE.rglob("*.py")) for found in imports_of(path)]


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def broken_rules(imports: list[Import]) -> list[str]:
    broken = []
    for found in imports:
        for scope, forbidden, why in RULES:
            if not within(found.module, scope) or (forbidden == QT and within(found.module, "gui.views")):
                continue
            if any(within(found.target, name) for name in forbidden):
                broken.append(f"{found.module}:{found.line} imports {found.target} ({why})")
    return broken


def our_modules() -> set[str]:
    return {module_name(path) for path in PACKAGE.rglob("*.py")}


def cycles(imports: list[Import]) -> list[list[str]]:
    """The strongly connected groups of two or more of our modules (Tarjan), counting every import that runs:
    at the top or inside a function, not one under TYPE_CHECKING (a type named back is no cycle)."""
    modules = our_modules()

    def ours(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {m: set() for m in modules}
    for found in imports:
        if found.type_only:
            continue
        target = ours(found.target)
        # a module's package (gui.store for gui.store.reports) runs first anyway: not an edge of the cycle sense
        if target and target != found.module and not within(found.module, target):
            graph[found.module].add(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_each_layer_imports_only_what_lies_below_it() -> None:
    assert broken_rules(all_imports()) == []


def test_there_are_no_import_cycles() -> None:
    assert cycles(all_imports()) == []


@pytest.mark.parametrize(
    ("module", "source", "rule"),
    [
        ("core/widget.py", "from PySide6.QtWidgets import QWidget\n", "Qt belongs to gui/views only"),
        ("core/x.py", "def f():\n    from gui.store.reports import ReportStore\n", "gui/core imports nothing"),
        (
            "pdf/x.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from gui.store import reports\n",
            "renders",
        ),
        ("store/x.py", "from gui.views import app\n", "below the operations"),
        ("signing/x.py", "def f():\n    from gui.pdf.render import render_report\n", "takes bytes and a placement"),
        (
            "signing/x.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from gui.pdf.sandbox import PdfSandbox\n",
            "takes bytes and a placement",
        ),
        ("operations/x.py", "import gui.views.editor\n", "below the window"),
        ("views/editor/state.py", "from PySide6.QtCore import QObject\n", "display state is Qt-free"),
        ("views/editor/state.py", "from gui.views.textutil import fold_search\n", "display state is Qt-free"),
    ],
)
def test_a_forbidden_import_is_found(module: str, source: str, rule: str) -> None:
    found = list(imports_of(PACKAGE / module, source))
    assert any(rule in message for message in broken_rules(found))


def test_a_cycle_is_found() -> None:
    made_up = [
        Import("gui.store.database", "gui.store.backups", 1, False),
        Import("gui.store.backups", "gui.store.database", 1, True),
    ]
    assert cycles(made_up) == [["gui.store.backups", "gui.store.database"]]
    type_only = Import("gui.store.backups", "gui.store.database", 1, False, type_only=True)
    assert cycles([made_up[0], type_only]) == []


def uncommented_local_imports(path: Path, source: str | None = None) -> list[str]:
    """The imports inside functions with no comment saying why (on their line or the line above; one comment
    covers a block of adjacent imports). A function-local import is there to keep a start-up fast, and says so."""
    text = path.read_text(encoding="utf-8") if source is None else source
    comments = {
        token.start[0]
        for token in tokenize.generate_tokens(io.StringIO(text).readline)
        if token.type == tokenize.COMMENT
    }
    lines = text.splitlines()
    found = []

    def covered(node: ast.stmt) -> bool:
        end = node.end_lineno or node.lineno
        above = node.lineno - 1
        return any(n in comments for n in range(node.lineno, end + 1)) or (
            above >= 1 and above in comments and lines[above - 1].lstrip().startswith("#")
        )

    def walk(node: ast.AST, in_function: bool) -> None:
        for field in ("body", "orelse", "finalbody", "handlers"):
            block = getattr(node, field, None)
            if not isinstance(block, list):
                continue
            previous_ok: ast.stmt | None = None
            for statement in block:
                if in_function and isinstance(statement, ast.Import | ast.ImportFrom):
                    adjacent = previous_ok is not None and (previous_ok.end_lineno or 0) == statement.lineno - 1
                    if adjacent or covered(statement):
                        previous_ok = statement
                        continue
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{statement.lineno}: {ast.unparse(statement)}")
                previous_ok = None
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            walk(child, inner)

    walk(ast.parse(text, str(path)), False)
    return found


def test_every_function_local_import_says_why() -> None:
    missing = [line for path in sorted(PACKAGE.rglob("*.py")) for line in uncommented_local_imports(path)]
    assert missing == []


def test_an_unexplained_local_import_is_found() -> None:
    source = (
        "import json\n\n\ndef f():\n    import csv\n    return csv\n\n\n"
        "def g():\n    # lazy: reportlab is slow to import\n    import reportlab\n    import reportlab.platypus\n"
        "    from pypdf import PdfReader  # lazy: so is pypdf\n    return 1\n"
    )
    assert uncommented_local_imports(PACKAGE / "x.py", source) == ["gui/x.py:5: import csv"]


# --- the Ministry's half: commands and pages go through gui/operations (issue 21) ------------------------------

MINISTRY_FRONTS = ("gui.commands.inbox", "gui.commands.follow_up", "gui.commands.replies", "gui.views.inbox")
# The one thing of the store they hold: the database handle the operations take (as Anki's operations take the
# collection). Its records reach them re-exported by the operations (gui.operations.inbox: Conflict, Version;
# gui.operations.desk: Address, Comment; gui.operations.trust: RegisteredCertificate, TrustSource).
STORE_HANDLE = "gui.store.reports.ReportStore"
# The work an operation does for them: reading a period, importing, deciding a conflict, recording a review,
# reading or saving the address book, the reminder's units, each report's checks, receipts, the letter, answers.
OPERATIONS_WORK = (
    "gui.inbox.decisions",
    "gui.inbox.importer.import_paths",
    "gui.inbox.consolidate.consolidate",
    "gui.inbox.consolidate.periods",
    "gui.inbox.review.record",
    "gui.inbox.review.reviews",
    "gui.inbox.addressbook",
    "gui.inbox.reminders",
    "gui.inbox.report_checks.report_quality",
    "gui.inbox.deadlines.deadline_problem",
    "gui.inbox.receipt.make_receipts",
    "gui.inbox.correction_letter.request_reply",
    "gui.inbox.answers.request_answers",
)


def bypassed_operations(imports: list[Import]) -> list[str]:
    broken = []
    for found in imports:
        if not any(within(found.module, front) for front in MINISTRY_FRONTS):
            continue
        if within(found.target, "gui.store") and found.target not in ("gui.store.reports", STORE_HANDLE):
            broken.append(f"{found.module}:{found.line} imports {found.target} (the store only through operations)")
        if any(within(found.target, work) for work in OPERATIONS_WORK):
            broken.append(f"{found.module}:{found.line} imports {found.target} (an operation does this work)")
    return broken


def test_the_ministry_s_commands_and_pages_reach_the_store_only_through_operations() -> None:
    assert bypassed_operations(all_imports()) == []


@pytest.mark.parametrize(
    "source",
    [
        "from gui.store.follow_up import DeskRepository\n",
        "def f():\n    from gui.store.inbox import Conflict\n",
        "from gui.inbox.decisions import decide\n",
        "from gui.inbox.consolidate import Consolidation, consolidate\n",
    ],
)
def test_a_page_that_bypasses_the_operations_is_found(source: str) -> None:
    assert bypassed_operations(list(imports_of(PACKAGE / "views" / "inbox" / "x.py", source)))
    assert not bypassed_operations(list(imports_of(PACKAGE / "views" / "x.py", source)))  # not the Ministry's


SQL_CALLS = ("execute", "executemany", "executescript", "query")
SQL_WORDS = ("SELECT ", "INSERT ", "UPDATE ", "DELETE ", "PRAGMA ", "CREATE ", "DROP ", "ALTER ", "VACUUM ")


def sql_outside_the_store(path: Path, source: str | None = None) -> list[str]:
    """Calls that run SQL (`.execute(…)`, `.query(…)`) and string literals that are SQL, outside gui/store."""
    if within(module_name(path), "gui.store"):
        return []
    text = path.read_text(encoding="utf-8") if source is None else source
    found = []
    for node in ast.walk(ast.parse(text, str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: .{node.func.attr}(…)")
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.lstrip().startswith(SQL_WORDS)
        ):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {node.value.strip()[:40]!r}")
    return found


def test_no_sql_outside_the_store() -> None:
    assert [line for path in sorted(PACKAGE.rglob("*.py")) for line in sql_outside_the_store(path)] == []


def test_sql_outside_the_store_is_found() -> None:
    source = 'def f(store):\n    return store.db.execute("SELECT id FROM reports").fetchall()\n'
    assert len(sql_outside_the_store(PACKAGE / "inbox" / "x.py", source)) == 2
    assert sql_outside_the_store(PACKAGE / "store" / "x.py", source) == []


# --- the Ministry's pages: an operation's failure is caught in one place, gui/views/run_operation.py (issue 21) --

PAGES = "gui.views.inbox"
# What only run_operation (and `attempt`, for a worker thread) may catch: an operation's refusal, or anything.
CAUGHT_BY_RUN_OPERATION = frozenset({"UserError", "Exception", "BaseException"})


def refusal_classes() -> frozenset[str]:
    """UserError and the names of its subclasses defined anywhere in gui (NotCountableError, …), read from the
    source: a page catching one of them catches an operation's refusal."""
    bases: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    b.id if isinstance(b, ast.Name) else b.attr
                    for b in node.bases
                    if isinstance(b, ast.Name | ast.Attribute)
                )
    found = {"UserError"}
    while grown := {name for name, of in bases.items() if of & found} - found:
        found |= grown
    return frozenset(found)


def failures_caught_in_a_page(path: Path, forbidden: frozenset[str], source: str | None = None) -> list[str]:
    """The `except` clauses of a module of gui/views/inbox that catch `forbidden` (or everything, bare)."""
    if not within(module_name(path), PAGES):
        return []
    text = path.read_text(encoding="utf-8") if source is None else source
    found = []
    for node in ast.walk(ast.parse(text, str(path))):
        if not isinstance(node, ast.ExceptHandler):
            continue
        kinds = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
        names = {k.id if isinstance(k, ast.Name) else k.attr if isinstance(k, ast.Attribute) else "" for k in kinds}
        if node.type is None or names & forbidden:
            caught = ast.unparse(node.type) if node.type is not None else "everything"
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: except {caught}")
    return found


def test_the_ministry_s_pages_leave_an_operation_s_failure_to_run_operation() -> None:
    """A page runs its operations through gui/views/run_operation.py (gui/views/inbox/page_operation.py adapts
    it): a refusal said as it is, anything else logged and said politely, in one place."""
    forbidden = CAUGHT_BY_RUN_OPERATION | refusal_classes()
    assert "NotCountableError" in forbidden  # the subclasses are found
    pages = sorted((PACKAGE / "views" / "inbox").rglob("*.py"))
    assert len(pages) >= 8
    assert [line for path in pages for line in failures_caught_in_a_page(path, forbidden)] == []


@pytest.mark.parametrize(
    "source",
    [
        "try:\n    f()\nexcept UserError as error:\n    warn(None, 't', str(error))\n",
        "try:\n    f()\nexcept (OSError, NotCountableError):\n    pass\n",
        "try:\n    f()\nexcept errors.UserError:\n    pass\n",
        "def g():\n    try:\n        f()\n    except Exception:\n        log.exception('x')\n",
        "try:\n    f()\nexcept:\n    pass\n",
    ],
)
def test_a_page_catching_an_operation_s_failure_is_found(source: str) -> None:
    forbidden = CAUGHT_BY_RUN_OPERATION | refusal_classes()
    assert failures_caught_in_a_page(PACKAGE / "views" / "inbox" / "x.py", forbidden, source)
    assert not failures_caught_in_a_page(PACKAGE / "views" / "x.py", forbidden, source)  # not a page of the inbox
    harmless = "try:\n    day = parse(text)\nexcept ValueError:\n    day = None\n"
    assert not failures_caught_in_a_page(PACKAGE / "views" / "inbox" / "x.py", forbidden, harmless)
