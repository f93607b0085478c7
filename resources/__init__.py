"""Data files shipped with the app (sample inbox, word lists, icons), read with importlib."""
