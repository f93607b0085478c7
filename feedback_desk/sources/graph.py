"""Meta's Graph API version: the one place it is written.

The Facebook and Instagram connectors and the Meta sign-in all call
``https://graph.facebook.com/{GRAPH_VERSION}/…`` (Instagram: ``graph.instagram.com``), and the
test fakes speak the same version, so moving on is a one-line change here.

Meta supports each version for about two years after the next one comes out; the dates are in
the changelog at https://developers.facebook.com/docs/graph-api/changelog/versions. Before the
version below is retired:

1. Read the changelog entries between this version and the new one for the fields and
   permissions the app uses (``facebook.COMMENT_FIELDS``, ``instagram.COMMENT_FIELDS``,
   ``signin.meta.META_SCOPES``) and the errors it reads (``facebook.GraphErrors``).
2. Change ``GRAPH_VERSION`` below, and any field that changed in the connectors (and in the
   fakes under tests/fakes/, which follow this constant).
3. Run ``bash scripts/run-tests.sh``, then sync a real test Page and Instagram account once.

``tests/sources/test_graph_version.py`` fails if any other file writes a version itself.
"""

from __future__ import annotations

GRAPH_VERSION = "v25.0"
FACEBOOK_GRAPH = "https://graph.facebook.com"
