"""The Ministry's inbox in the interface: import received reports and read the consolidation of a period."""

from gui.views.inbox.widget import InboxWidget

__all__ = ["InboxWidget"]
