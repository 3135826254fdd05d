"""Is this story already known? (and, later: which stories are related?)

keys.py   pure functions: canonical URL, URL key, content fingerprint
match.py  the decision: which story does a new article belong to, and why
"""
