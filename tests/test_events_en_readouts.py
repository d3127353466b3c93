"""English rules found on the ministry-readout set (tests/data/probe/en_readouts.jsonl).

Each group is one construction of English readout and agency prose; its sentences come
from the set and from other wordings of the same construction, so that the rule is shown
to be general. Each asserts the exact (event_type, mode, actors, recipients, status) the
whole extractor codes.
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2024-05-08"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    raw = RawDocument(text, doc_id="case", language="en", published=PUBLISHED)
    return sorted((e.event_type, e.mode, "+".join(sorted({a.code for a in e.actors if a.code})),
                   "+".join(sorted({a.code for a in e.recipients if a.code})), e.status)
                  for doc in extractor.run([raw]) for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # "is planning", "is intending": the progressive of the active voice, no passive; the
    # subject is the one who means to help (PLOVER AGREE, CAMEO 030)
    ("Australia is planning to assist Papua New Guinea with the upgrade of the Bomana police "
     "training college.", [('AGREE', None, 'AUS', 'PNG', 'occurred')]),
    ("Japan is planning to help the Philippines build coast guard vessels.",
     [('AGREE', None, 'JPN', 'PHL', 'occurred')]),
    ("The United States is intending to assist Ukraine with demining.",
     [('AGREE', None, 'USA', 'UKR', 'occurred')]),
    # the passive keeps its agent and its patient
    ("Russia's ambassador was summoned to the Foreign Ministry in Warsaw.",
     [('ACCUSE', None, 'POL', 'RUS', 'occurred')]),
    ("Two Chinese diplomats were expelled by Canada.",
     [('SANCTION', 'expel', 'CAN', 'CHN', 'occurred')]),
    ("Russia is being accused by Poland of sabotage.",
     [('ACCUSE', None, 'POL', 'RUS', 'occurred')]),
])
def test_progressive_is_active(extractor: Extractor, text: str,
                               expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
