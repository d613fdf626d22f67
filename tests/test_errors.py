from __future__ import annotations

import pytest

from newscorpus import CorpusNotFoundError, DocumentReadError, MetadataError, NewsCorpusError


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (CorpusNotFoundError, FileNotFoundError),
        (DocumentReadError, ValueError),
        (MetadataError, ValueError),
    ],
)
def test_each_error_is_also_the_builtin_it_narrows(
    error: type[Exception], builtin: type[Exception]
) -> None:
    assert issubclass(error, NewsCorpusError)
    assert issubclass(error, builtin)
    with pytest.raises(builtin):
        raise error("x")
