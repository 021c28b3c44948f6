"""Writing a file the user keeps (an export, the settings): it appears whole or not at all
(temporary name in the same folder, flushed to disk, then renamed over the old one)."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    path = Path(path)
    temporary = path.with_name(f".{path.name}-{os.urandom(6).hex()}.tmp")
    # os.open with 0o666 lets the umask decide the permissions, as for any file the user saves.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
