"""Qt widgets: the main window, the report editor, the inbox and dialogs. The only layer that imports Qt."""
