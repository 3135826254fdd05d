"""Is this story already known, and which stories are related? Imports models only.

ingest.py      the step: Dedup (a process's state, sessions), Ingest.ingest -> IngestResult,
               the writes a decision calls for, representative(), operator moves
candidates.py  the candidate rules: what is looked up, where (recent index or store)
match.py       the decision: which story does a new article belong to, and why (pure)
relate.py      related stories: references and same event (pure)
features.py    fingerprints, index keys, names, reference phrases (pure)
keys.py        canonical URL, URL key, content hash, story ids (pure)
index.py       the recent in-memory index of keys, kept in step with the store's
memory.py      Memo (stored articles) and Fingerprints: caches passed in, no globals
lookup.py      protocols: what dedup needs from the store (db.ingest implements them)
"""
