"""English rules found on the ministry-readout set (tests/data/probe/en_readouts.jsonl).

Each group is one construction of English readout and agency prose; its sentences come
from the set and from other wordings of the same construction, so that the rule is shown
to be general. Each asserts the exact (event_type, mode, actors, recipients, status) the
whole extractor codes.
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2024-05-08"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "en", PUBLISHED)


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


@pytest.mark.parametrize(("text", "expected"), [
    # an offer of mediation, or readiness for it, is an intent to mediate (CAMEO 039 → AGREE),
    # no mediation held
    ("Turkey offered to mediate between Russia and Ukraine.",
     [('AGREE', None, 'TUR', 'RUS+UKR', 'occurred')]),
    ("The Qatari prime minister offered to mediate between Russia and Ukraine.",
     [('AGREE', None, 'QAT', 'RUS+UKR', 'occurred')]),
    ("Turkey is ready to mediate between Russia and Ukraine.",
     [('AGREE', None, 'RUS+TUR+UKR', '', 'occurred')]),
    # mediation done or going on is a meeting of the three (CAMEO 045 → CONSULT)
    ("Qatar mediated talks between Russia and Ukraine on the return of children.",
     [('CONSULT', 'multilateral', 'QAT+RUS+UKR', '', 'occurred')]),
    ("Qatar has been mediating between Russia and Ukraine on the return of children.",
     [('CONSULT', 'multilateral', 'QAT+RUS+UKR', '', 'occurred')]),
])
def test_offer_to_mediate(extractor: Extractor, text: str,
                          expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "will help", "will assist": help announced in the future tense is a promise (AGREE);
    # aid money given is AID, announced it is AGREE; another's response helped is no threat
    ("China will help Pakistan respond to the floods.",
     [('AGREE', None, 'CHN', 'PAK', 'planned')]),
    ("Australia will assist Fiji with the reconstruction of its schools.",
     [('AGREE', None, 'AUS', 'FJI', 'planned')]),
    ("The UK will provide £10 million to help Kenya respond to drought in the north of the "
     "country.", [('AGREE', None, 'GBR', 'KEN', 'planned')]),
    ("Japan will provide $5 million to help Bangladesh respond to the floods.",
     [('AGREE', None, 'JPN', 'BGD', 'planned')]),
    ("The UK provided £10 million to Kenya.", [('AID', None, 'GBR', 'KEN', 'occurred')]),
    ("Russia will respond to the unfriendly step of Poland.",
     [('THREATEN', None, 'RUS', 'POL', 'occurred')]),
    ("The EU asked China to help end the war.", [('REQUEST', None, 'EU', 'CHN', 'occurred')]),
    ("The new bridge will help trade between Kazakhstan and China.", []),
])
def test_help_announced(extractor: Extractor, text: str,
                        expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # support for a principle of the world order is a standing position, no act
    ("China supports the United Nations in playing a central role in international affairs.",
     []),
    ("China supports ASEAN centrality in the regional architecture.", []),
    ("China supports the SCO in playing a greater role in regional security.", []),
    ("Russia supports the BRICS in playing a bigger role in global governance.", []),
    ("Russia supports the central role of the UN in world affairs.", []),
    ("China supports the multilateral trading system with the WTO at its core.", []),
    # support for an actor or its act is SUPPORT
    ("China firmly supports Pakistan in safeguarding its national sovereignty and territorial "
     "integrity.", [('SUPPORT', None, 'CHN', 'PAK', 'occurred')]),
    ("The United States reaffirmed its support for Kazakhstan's independence, sovereignty and "
     "territorial integrity.", [('SUPPORT', None, 'USA', 'KAZ', 'occurred')]),
    ("Germany supports Ukraine's sovereignty under international law.",
     [('SUPPORT', None, 'DEU', 'UKR', 'occurred')]),
    ("France backed Armenia's bid to join the EU.",
     [('SUPPORT', None, 'FRA', 'ARM+EU', 'occurred')]),
    ("Kazakhstan supports the UN's efforts to achieve the Sustainable Development Goals.",
     [('SUPPORT', None, 'KAZ', 'UN', 'occurred')]),
])
def test_standing_position(extractor: Extractor, text: str,
                           expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # relations as the subject of a verb of growth: how they stand, nobody's act
    ("Relations between China and Pakistan have strengthened in recent years.", []),
    ("Under the guidance of the two heads of state, China-Serbia relations have deepened "
     "steadily.", []),
    ("Russian-Chinese cooperation has expanded significantly.", []),
    # the states that strengthen, deepen or upgrade them act (PLOVER SUPPORT), in the passive too
    ("China and Pakistan strengthened their relations in 2015.",
     [('SUPPORT', None, 'CHN+PAK', '', 'occurred')]),
    ("India and Japan have deepened their cooperation in defence.",
     [('SUPPORT', None, 'IND+JPN', '', 'occurred')]),
    ("Bilateral relations were elevated to a strategic partnership by India and Poland.",
     [('SUPPORT', None, 'IND+POL', '', 'occurred')]),
    ("Russia and Egypt upgraded relations to a comprehensive strategic partnership.",
     [('SUPPORT', None, 'EGY+RUS', '', 'occurred')]),
])
def test_relations_as_subject(extractor: Extractor, text: str,
                              expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a readout's call: "spoke to", "received a call from" (CAMEO 041, no host)
    ("Foreign Secretary David Lammy spoke to India's External Affairs Minister S. Jaishankar "
     "today.", [('CONSULT', None, 'GBR+IND', '', 'occurred')]),
    ("UK Prime Minister Keir Starmer spoke by phone to German Chancellor Olaf Scholz on Tuesday.",
     [('CONSULT', 'phone', 'DEU+GBR', '', 'occurred')]),
    ("External Affairs Minister S. Jaishankar received a call from Saudi Foreign Minister Prince "
     "Faisal bin Farhan Al Saud this evening.", [('CONSULT', 'phone', 'IND+SAU', '', 'occurred')]),
    ("President Putin received a telephone call from Turkish President Erdogan.",
     [('CONSULT', 'phone', 'RUS+TUR', '', 'occurred')]),
    # spoken to the press or to a topic, a letter received: no meeting; a guest received is hosted
    ("The Secretary spoke to the need for restraint in the Middle East.", []),
    ("Lavrov spoke to reporters after his talks with Chinese Foreign Minister Wang Yi.", []),
    ("Chinese Foreign Minister Wang Yi received a letter from the Japanese Prime Minister.", []),
    ("Foreign Minister Wang Yi received Pakistani Foreign Minister Ishaq Dar in Beijing.",
     [('CONSULT', 'visit', 'PAK', 'CHN', 'occurred')]),
])
def test_readout_calls(extractor: Extractor, text: str,
                       expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # signed texts exchanged at a ceremony: an agreement finalised (CAMEO 057, SUPPORT)
    ("Kazakhstan and Uzbekistan exchanged 12 documents.",
     [('SUPPORT', None, 'KAZ+UZB', '', 'occurred')]),
    ("India and the Maldives exchanged MoUs on a currency swap arrangement.",
     [('SUPPORT', None, 'IND+MDV', '', 'occurred')]),
    ("Russia and Belarus exchanged instruments of ratification of the treaty on security "
     "guarantees.", [('SUPPORT', None, 'BLR+RUS', '', 'occurred')]),
    # views exchanged are talks, prisoners exchanged a release
    ("Russia and China exchanged views on the situation in Syria.",
     [('CONSULT', None, 'CHN+RUS', '', 'occurred')]),
    ("Russia and Ukraine exchanged 90 prisoners of war.",
     [('RETREAT', 'release', 'RUS+UKR', '', 'occurred')]),
])
def test_documents_exchanged(extractor: Extractor, text: str,
                             expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # readiness to supply, export, invest: willingness to cooperate (PLOVER AGREE)
    ("Belarus is ready to supply tractors and combine harvesters to Zimbabwe.",
     [('AGREE', None, 'BLR+ZWE', '', 'occurred')]),
    ("Russia is ready to respond to any provocation by NATO.", []),
    # a release agreed or welcomed is the content of that act; done, it is RETREAT
    ("Australia welcomes the agreement between Armenia and Azerbaijan to release detained "
     "servicemen.", [('SUPPORT', None, 'AUS', 'ARM+AZE', 'occurred')]),
    ("Russia released 90 Ukrainian prisoners of war on Friday.",
     [('RETREAT', 'release', 'RUS', 'UKR', 'occurred')]),
    ("Japan provided humanitarian aid to Turkey.", [('AID', None, 'JPN', 'TUR', 'occurred')]),
    ("Azerbaijan released 32 Armenian servicemen on Wednesday.",
     [('RETREAT', 'release', 'AZE', 'ARM', 'occurred')]),
    # announced in the reported future it is a promise (AGREE planned)
    ("Azerbaijan said it would free 20 Armenian prisoners next week.",
     [('AGREE', None, 'AZE', 'ARM', 'planned')]),
])
def test_readiness_and_aims(extractor: Extractor, text: str,
                            expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "called on" an official with no "to" after: a courtesy call, the official's state hosts
    ("Indian Foreign Secretary Vikram Misri visited Dhaka on Monday and called on Prime "
     "Minister Sheikh Hasina.", [('CONSULT', 'visit', 'IND', 'BGD', 'occurred')]),
    ("Saudi Foreign Minister Prince Faisal bin Farhan called on President Vladimir Putin in "
     "Moscow.", [('CONSULT', 'visit', 'SAU', 'RUS', 'occurred')]),
    # with "to" and a verb after the official it is a request
    ("The EU called on President Aleksandar Vucic to respect the agreement.",
     [('REQUEST', None, 'EU', 'SRB', 'occurred')]),
])
def test_courtesy_call_on_an_official(extractor: Extractor, text: str,
                                      expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
