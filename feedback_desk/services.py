"""The services every part of the app shares, built once by a composition root.

`app.build_window` and `cli.main` each build one `Services` and pass it down; nothing else
builds a credential store or picks a clock. Plain Python: the command line imports it
without Qt (the window's task runner is only named here for the type checker).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .core.clock import Clock
    from .secrets import CredentialStore
    from .sources.sync import ConnectorFactory
    from .store import Database
    from .ui.tasks import TaskRunner


@dataclass(frozen=True)
class Services:
    """The database (and with it the one clock), the keyring, how an account's connector is
    made, and, for the window, its background task runner.

    Stores are not kept here: each is made on a connection, and a connection belongs to
    the thread that opened it (`CommentStore(services.db, conn)`)."""

    db: Database
    credentials: CredentialStore
    # Makes an account's connector; None: the real platform's (sources.registry). Tests and
    # the screenshots hand in connectors for their own servers.
    connect: ConnectorFactory | None = None
    # The window's background work (ui.tasks, Qt); the command line works inline and has none.
    runner: TaskRunner | None = None

    @property
    def clock(self) -> Clock:
        """The app's one clock: the database's, which every store stamps its rows with. The
        wizard's countdown, the inbox's pauses and the outbox's rules all read this one."""
        return self.db.clock

    def tasks(self) -> TaskRunner:
        """The task runner of a window's services."""
        if self.runner is None:
            raise ValueError(
                "a window needs services with a task runner (Services(..., runner=...))"
            )
        return self.runner
