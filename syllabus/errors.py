"""The one exception type for bad input.

Stages raise :class:`UserError` for anything the user can fix (a missing file, a
corrupt PDF, an unknown family). The CLI prints its message as a single line and
exits non-zero, with no traceback; anything else is a bug and keeps its traceback.
"""


class UserError(Exception):
    """Bad input: the message says what is wrong and what to do, on one line."""
