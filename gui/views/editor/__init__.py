"""The report editor, in parts: `widget.ReportEditor` wires them; `state.EditorState` is what it shows, without Qt."""

from gui.views.editor.state import HEADER_SECTION, EditorState
from gui.views.editor.widget import ReportEditor

__all__ = ["HEADER_SECTION", "EditorState", "ReportEditor"]
