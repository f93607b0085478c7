"""The reply wizard (`replyWizard`), one page per module; see wizard.py."""

from .base import REPLY_LIMITS, STEP_NAMES, Step, countdown
from .wizard import ReplyWizard

__all__ = ["REPLY_LIMITS", "STEP_NAMES", "ReplyWizard", "Step", "countdown"]
