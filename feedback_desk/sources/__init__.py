"""Where comments come from: one module per platform, plus export files."""
