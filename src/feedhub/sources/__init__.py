"""Where articles come from: HTTP feeds, the portal's article store, the wire inbox.

Each kind ends in the same shapes: `Fetched | NotModified`, then `ParsedFeed`.
"""
