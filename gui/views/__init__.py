"""Qt widgets: the main window, the report editor, the inbox and dialogs. The only layer that imports Qt."""

from gui.views import qtcompat as _qtcompat  # noqa: F401 - applied on import, before any widget emits a signal
