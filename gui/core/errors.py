"""UserError: the one base class of every error meant for a person, whatever layer raises it.

A UserError is a fault the person can fix (bad input, a file that cannot be used, a report that cannot be
changed): its message names the problem and what is allowed. The command line prints it and exits 2, the window
shows it; anything else is our own fault (exit 1, logged). It lives in gui/core, the lowest layer, so the
domain's own errors can derive from it too.
"""

from __future__ import annotations


class UserError(Exception):
    """A fault the person can fix; the message, in Vietnamese, says what is wrong and what is allowed."""
