"""Who is doing a piece of work (sending a reply, publishing an import), so two Feedback
Desk processes never do it both, and work left by a process that died is taken over.

A claim names this computer, the process id and a nonce drawn when the process started.
"""

from __future__ import annotations

import os
import socket
import uuid

_NONCE = uuid.uuid4().hex[:12]
HOST = socket.gethostname()  # this computer, as claims name it


def this_process() -> str:
    return f"{HOST}|{os.getpid()}|{_NONCE}"


def held_by_another_live_process(claimed_by: str) -> bool:
    """Does a claim that is not this process's belong to a process still running? Another
    computer sharing the folder cannot be asked: its claim is trusted."""
    host, _, rest = claimed_by.partition("|")
    pid_text = rest.partition("|")[0]
    if host != HOST or not pid_text.isdigit():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False  # that process is gone: its work was interrupted
    except OSError:
        return True  # it exists (perhaps another user's): not ours to take over
    return True
