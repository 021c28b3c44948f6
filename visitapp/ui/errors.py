"""What went wrong, for a message box or a status line: in the interface's language and in a
student's words (never a traceback)."""

from __future__ import annotations

from visitapp.core.errors import VisitappError
from visitapp.texts import describe_error, message
from visitapp.ui.i18n import current_language


def error_text(error: Exception) -> str:
    language = current_language()
    if isinstance(error, VisitappError):
        return describe_error(error, language)
    if isinstance(error, OSError):  # a file gone, a full disk, a folder not ours to write
        detail = f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")
        return message("error", language, detail=detail)
    return message("error", language, detail=str(error))
