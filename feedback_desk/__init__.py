"""Feedback Desk: one calm inbox for a shop's comments and reviews, worst first."""

__version__ = "0.1.0"

# Where problems are reported (Help → Report a problem): the one place this address lives.
PROJECT_URL = "https://github.com/feedback-desk/feedback-desk"
ISSUES_URL = f"{PROJECT_URL}/issues/new"
