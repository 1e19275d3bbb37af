"""The Ministry's inbox in the interface: import received reports and read the consolidation of a period."""

from gui.views.inbox import _qtguard as _qtguard  # applied on import, before the widget makes any Qt call
from gui.views.inbox.widget import InboxWidget

__all__ = ["InboxWidget"]
