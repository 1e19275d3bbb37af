"""The app's look in one place: a light style sheet on top of the platform style.

Enum properties set here (qproperty-…) rather than in code keep the `Qt` namespace, ~45 ms to build in PySide6,
off the start-up path (see views/report_list.py)."""

from __future__ import annotations

STYLE_SHEET = """
QLabel#sectionHeading {
    font-size: 13pt; font-weight: 600; color: #1f3a5f;
    padding: 14px 0 4px 0; border-bottom: 1px solid #c9d3df; margin-bottom: 4px;
}
QLabel#subsectionHeading { font-size: 11pt; font-weight: 600; color: #2c4a6e; padding: 10px 0 2px 0; }
QLabel#sectionHelp, QLabel#fieldHelp, QLabel#fieldHint { color: #5f6b7a; font-size: 9pt; }
QLabel#fieldLabel { font-weight: 500; }
QLabel#fieldTarget {
    color: #1d5c96; background: #e8f1fb; border: 1px solid #c5daf0; border-radius: 3px; padding: 1px 6px;
    font-size: 9pt;
}
QLabel#fieldMessage { color: #b3261e; font-size: 9pt; }
QLabel#fieldMessage[severity="warning"] { color: #8a5a00; }
QLabel#computedValue { font-weight: 600; padding: 3px 6px; background: #f2f4f7; border-radius: 3px; }
QLabel#editorTitle, QLabel#listHeading { font-size: 12pt; font-weight: 600; color: #1f3a5f; padding-left: 8px; }
QLabel#readOnlyBanner { background: #fff4d6; border: 1px solid #e8cf86; padding: 6px 10px; border-radius: 3px; }
QLabel#emptyHint { color: #5f6b7a; font-size: 11pt; padding: 24px; qproperty-alignment: AlignCenter; }
QToolBar#mainToolbar { qproperty-toolButtonStyle: ToolButtonTextOnly; }
QWidget#reportForm { background: palette(base); }
QTreeWidget#sectionTree::item { padding: 3px 0; }
QToolButton#dateButton::menu-indicator { image: none; width: 0; }
QToolButton#dateButton { padding: 0 4px; }
"""
