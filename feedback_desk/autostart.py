"""Starting Feedback Desk when the owner logs in: an XDG autostart entry on Linux desktops.
macOS and Windows are not offered yet (Settings says so). Qt-free."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .core.texts import translate

FILE_NAME = "feedback-desk.desktop"


def offered() -> bool:
    return sys.platform.startswith("linux")


def autostart_file() -> Path:
    """$XDG_CONFIG_HOME/autostart/feedback-desk.desktop (~/.config when it is unset)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / FILE_NAME


def _command(home: Path) -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle's own executable
        return [sys.executable, "--home", str(home), "--hidden"]
    return [sys.executable, "-m", "feedback_desk", "--home", str(home), "--hidden"]


def _exec_line(arguments: list[str]) -> str:
    """Quoted for the Desktop Entry spec: double quotes, with \\ " ` $ escaped."""

    def quoted(argument: str) -> str:
        if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`%"):
            return argument
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        return f'"{escaped}"'.replace("%", "%%")

    # The string escape rule then applies on top: each backslash is written twice.
    return " ".join(quoted(a) for a in arguments).replace("\\", "\\\\")


def start_at_login(on: bool, home: Path) -> Path:
    """Write (on) or remove (off) the autostart entry; it starts the app in the tray."""
    path = autostart_file()
    if not on:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # What the desktop's list of programs started at login says about it: in the language
    # of the interface the owner turned it on in (one line, as the format wants).
    comment = " ".join(
        translate("Autostart", "Keeps watch over your shop's comments in the tray").split()
    )
    text = (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Feedback Desk\n"
        f"Comment={comment}\n"
        f"Exec={_exec_line(_command(home))}\n"
        "Icon=feedback-desk\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )
    partial = path.with_suffix(".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return path
