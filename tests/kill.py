"""Simulating a Feedback Desk that died while sending (its claim left behind)."""

from __future__ import annotations

from feedback_desk.store import outbox as outbox_module
from feedback_desk.store.outbox import Outbox

# Beyond any pid the kernel hands out (pid_max is at most 2**22): a process that is gone.
GONE_PID = 999_999_999


def app_killed(outbox: Outbox, reply_id: int) -> None:
    """As if the process that claimed `reply_id` was killed: its claim names a process that
    no longer exists, and nothing in this process remembers sending it."""
    host = outbox_module.this_process().split("|")[0]
    outbox._conn.execute(
        "UPDATE replies SET claimed_by = ? WHERE id = ?", (f"{host}|{GONE_PID}|gone", reply_id)
    )
    if outbox._conn.in_transaction:
        outbox._conn.commit()
    outbox_module._settled_here(reply_id)
