"""Help pages shipped with the app (resources/help), readable offline in a small window.

Each page may come in the interface language: its file name is itself translated
("guide.html" is "guide_de.html" in German). A page without a translation, or whose
translated file is missing, is shown in English."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..core.data_files import resource_folder
from .fit import resize_to_fit

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from pathlib import Path

CONNECTING = "connecting.html"
GUIDE = "guide.html"


def _help_file(name: str) -> Path | Traversable:
    return resource_folder().joinpath("help", name)


def page_file(page: str) -> str:
    """The file of a bundled page in the interface language, or the English one when there
    is none in that language."""
    if page == GUIDE:
        #: The file of the user guide in your language: the English name with _ and the
        #: language code before .html (guide_de.html). It ships in resources/help/.
        name = QCoreApplication.translate("HelpWindow", "guide.html")
    elif page == CONNECTING:
        #: The file of "Connecting your accounts" in your language (connecting_de.html).
        #: It ships in resources/help/.
        name = QCoreApplication.translate("HelpWindow", "connecting.html")
    else:
        name = page
    if name != page and (
        "/" in name or not name.endswith(".html") or not _help_file(name).is_file()
    ):
        return page
    return name


def help_page(name: str) -> str:
    """A bundled help page's HTML in the interface language (our own text, so rich text is
    intended here)."""
    return _help_file(page_file(name)).read_text("utf-8")


class HelpWindow(QDialog):
    """A help page: links inside it scroll to their section, links out open in the browser."""

    def __init__(self, page: str = CONNECTING, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)  # decided below: sections here, the web outside
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setAccessibleName(self.tr("Help"))
        self.show_page(page)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("helpButtons")
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        resize_to_fit(self, 680, 600)  # within a 1024x640 screen too

    def follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif not url.scheme() and url.path().endswith(".html") and "/" not in url.path():
            self.show_page(url.path())  # another bundled page (the guide links to connecting)
            if url.hasFragment():
                self.browser.scrollToAnchor(url.fragment())
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())

    def show_page(self, page: str) -> None:
        """Show a bundled page, named by its English file (links between pages use those)."""
        self.page = page
        self.browser.setHtml(help_page(page))
        title = self.browser.documentTitle() or self.tr("Help")
        self.setWindowTitle(title)
        self.browser.setAccessibleDescription(title)
