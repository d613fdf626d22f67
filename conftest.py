"""Collection settings for the doctests in src/: skip modules whose optional extra is absent."""

import importlib.util

collect_ignore = []
if importlib.util.find_spec("dask") is None:
    collect_ignore.append("src/newscorpus/dask.py")
