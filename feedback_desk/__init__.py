"""Feedback Desk: one calm inbox for a shop's comments and reviews, worst first."""

__version__ = "0.1.0"
