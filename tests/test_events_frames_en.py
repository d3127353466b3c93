"""English lemma frames (``lang/en/events.yaml``), wire-style sentences per entry group.

Each sentence is written in the style of the agencies (Reuters, AP, TASS, BelTA, MFA
releases) and asserts the exact event the whole extractor codes from it:
(event_type, mode, actor codes, recipient codes, status).
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2023-03-15"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "en", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese Foreign Minister Wang Yi held talks with his Pakistani counterpart in Beijing "
     "on Monday.",
     ('CONSULT', 'visit', 'PAK', 'CHN', 'occurred')),
    ("Russian and Indian diplomats conducted consultations on strategic stability in Moscow "
     "on Tuesday.",
     ('CONSULT', None, 'IND+RUS', '', 'occurred')),
    ("Japanese Prime Minister Fumio Kishida had a phone conversation with Australian Prime "
     "Minister Anthony Albanese on Thursday.",
     ('CONSULT', 'phone', 'AUS+JPN', '', 'occurred')),
    ("Kazakh President Kassym-Jomart Tokayev hosted a delegation of the Chinese government in "
     "Astana on Tuesday.",
     ('CONSULT', 'visit', 'CHN', 'KAZ', 'occurred')),
    ("The first round of consultations between Russia and China on biosecurity was held in "
     "Moscow on Tuesday.",
     ('CONSULT', 'visit', 'CHN', 'RUS', 'occurred')),
    ("Russian Foreign Minister Sergei Lavrov telephoned his Turkish counterpart on Monday.",
     ('CONSULT', 'phone', 'RUS+TUR', '', 'occurred')),
    ("Uzbek President Shavkat Mirziyoyev received a delegation of the Chinese government in "
     "Tashkent on Monday.",
     ('CONSULT', 'visit', 'CHN', 'UZB', 'occurred')),
    ("The Chinese and Pakistani foreign ministers held a phone conversation on Friday.",
     ('CONSULT', 'phone', 'CHN+PAK', '', 'occurred')),
    ("The Japanese foreign minister took part in a meeting of the UN Security Council.",
     ('CONSULT', 'multilateral', 'JPN+UN', '', 'occurred')),
    ("Brazil's ambassador addressed a session of the UN General Assembly on Monday.",
     ('CONSULT', 'multilateral', 'BRA+UN', '', 'occurred')),
    # officials gathering; the commas of a list of states are no clause boundary
    ("The defence ministers of Poland, Lithuania and Latvia gathered in Warsaw on Monday.",
     ('CONSULT', 'multilateral', 'LTU+LVA+POL', '', 'occurred')),
])
def test_events_frames_en_consult(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and Belarus reached an agreement on a common gas market on Friday.",
     ('AGREE', None, 'BLR+RUS', '', 'occurred')),
    ("Japan pledged 500 million dollars in new aid to Ukraine on Tuesday.",
     ('AGREE', None, 'JPN', 'UKR', 'occurred')),
    ("China offered to host peace talks between Russia and Ukraine.",
     ('AGREE', None, 'CHN', 'RUS+UKR', 'planned')),
    ("Brazil and Argentina expressed their readiness to expand cooperation in the energy sector.",
     ('AGREE', None, 'ARG+BRA', '', 'occurred')),
    ("The Indonesian President invited his Vietnamese counterpart to visit Jakarta next year.",
     ('AGREE', None, 'IDN', 'VNM', 'planned')),
    ("Kazakhstan and Uzbekistan will expand cooperation in transport and logistics, the two "
     "presidents said on Monday.",
     ('AGREE', None, 'KAZ+UZB', '', 'planned')),
    ("Russia and Egypt intend to expand cooperation in nuclear energy, the Kremlin said on Monday.",
     ('AGREE', None, 'EGY+RUS', '', 'occurred')),
    ("Japan extended an invitation to the Indian Prime Minister to visit Tokyo.",
     ('AGREE', None, 'JPN', 'IND', 'planned')),
    ("Mongolia is ready to develop cooperation with Kazakhstan in the digital sphere, the "
     "Mongolian foreign minister said.",
     ('AGREE', None, 'KAZ+MNG', '', 'occurred')),
    ("Norway stands willing to host talks between Colombia and the rebels.",
     ('AGREE', None, 'COL+NOR', '', 'planned')),     # what it is ready for is a meeting
])
def test_events_frames_en_agree(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of protesters gathered outside the Chinese embassy in Manila on Monday.", []),
    ("Lithuania and Poland gathered evidence of the airspace violations on Monday.", []),
])
def test_events_frames_en_gathering_that_is_no_meeting(extractor: Extractor, text: str,
                                                       expected: list[tuple]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Peru is not ready to resume talks with Chile.",
    "The troops are ready to defend Taiwan against China.",
])
def test_events_frames_en_readiness_for_no_cooperative_act_is_no_agree(
        extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese President Xi Jinping congratulated Brazilian President Luiz Inacio Lula da "
     "Silva on his inauguration on Sunday.",
     ('SUPPORT', None, 'CHN', 'BRA', 'occurred')),
    ("Kyrgyz President Sadyr Japarov thanked Russia for its humanitarian assistance.",
     ('SUPPORT', None, 'KGZ', 'RUS', 'occurred')),
    ("The Indian Foreign Ministry appreciated the contribution of Japan to the metro project.",
     ('SUPPORT', None, 'IND', 'JPN', 'occurred')),
    ("Vietnam and South Korea signed a memorandum on defence industry cooperation on Friday.",
     ('SUPPORT', None, 'KOR+VNM', '', 'occurred')),
    ("The parliament of Ukraine ratified an agreement with the European Union on Tuesday.",
     ('SUPPORT', None, 'EU+UKR', '', 'occurred')),
    ("Saudi Arabia and Iran restored diplomatic relations on Friday.",
     ('SUPPORT', None, 'IRN+SAU', '', 'occurred')),
    ("Uzbekistan and Tajikistan formalised an agreement on the border on Thursday.",
     ('SUPPORT', None, 'TJK+UZB', '', 'occurred')),
    ("Armenia and Azerbaijan established diplomatic relations on Tuesday.",
     ('SUPPORT', None, 'ARM+AZE', '', 'occurred')),
    ("Kyrgyzstan and Tajikistan adopted a joint declaration on the border on Thursday.",
     ('SUPPORT', None, 'KGZ+TJK', '', 'occurred')),
    ("Vietnam and Indonesia strengthened their partnership on Friday.",
     ('SUPPORT', None, 'IDN+VNM', '', 'occurred')),
    # an infinitive names an aim: the agreement is the act
    ("Vietnam and Indonesia agreed to strengthen their partnership.",
     ('AGREE', None, 'IDN+VNM', '', 'occurred')),
])
def test_events_frames_en_support(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thailand extradited a Russian citizen to the United States on Wednesday.",
     ('COOPERATE', None, 'THA', 'USA', 'occurred')),
    ("Russia and Iran exchanged intelligence on militant groups, the Russian Defence Ministry "
     "said.",
     ('COOPERATE', None, 'IRN+RUS', '', 'occurred')),
    ("India and France conducted a joint naval exercise in the Arabian Sea on Monday.",
     ('COOPERATE', None, 'FRA+IND', '', 'occurred')),
    ("Kazakhstan and Russia set up a joint commission on water resources on Tuesday.",
     ('COOPERATE', None, 'KAZ+RUS', '', 'occurred')),
])
def test_events_frames_en_cooperate(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union delivered 20 tonnes of humanitarian aid to Syria on Saturday.",
     ('AID', None, 'EU', 'SYR', 'occurred')),
    ("Japan donated 1.2 million doses of vaccine to Vietnam on Monday.",
     ('AID', None, 'JPN', 'VNM', 'occurred')),
    ("The United States sent weapons to Ukraine on Friday.",
     ('AID', None, 'USA', 'UKR', 'occurred')),
    ("Germany provided medical equipment to Moldova on Tuesday.",
     ('AID', None, 'DEU', 'MDA', 'occurred')),
])
def test_events_frames_en_aid(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaijan and Armenia declared a ceasefire on Tuesday.",
     ('CONCEDE', None, 'ARM+AZE', '', 'occurred')),
    ("Serbia made concessions to Kosovo on vehicle plates.",
     ('CONCEDE', None, 'SRB', 'XKX', 'occurred')),
])
def test_events_frames_en_concede(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia released two Ukrainian sailors on Friday.",
     ('RETREAT', 'release', 'RUS', 'UKR', 'occurred')),
    ("Azerbaijan freed ten Armenian soldiers on Sunday.",
     ('RETREAT', 'release', 'AZE', 'ARM', 'occurred')),
    ("The United States lifted sanctions on Venezuela on Wednesday.",
     ('RETREAT', 'ease', 'USA', 'VEN', 'occurred')),
    ("Russia and Ukraine swapped prisoners on Saturday.",
     ('RETREAT', 'release', 'RUS+UKR', '', 'occurred')),
    ("Russia and Ukraine exchanged prisoners of war on Saturday.",
     ('RETREAT', 'release', 'RUS+UKR', '', 'occurred')),
    ("The European Union eased sanctions on Belarus on Monday.",
     ('RETREAT', 'ease', 'EU', 'BLR', 'occurred')),
])
def test_events_frames_en_retreat(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Lithuanian Foreign Ministry summoned the Russian charge d'affaires on Monday.",
     ('ACCUSE', None, 'LTU', 'RUS', 'occurred')),
    ("Poland accused Belarus of orchestrating the migrant crisis.",
     ('ACCUSE', None, 'POL', 'BLR', 'occurred')),
    ("Japan lodged a protest with China over the gas field.",
     ('ACCUSE', None, 'JPN', 'CHN', 'occurred')),
    ("The French Foreign Ministry expressed concern to Algeria about the arrest of a journalist.",
     ('ACCUSE', None, 'FRA', 'DZA', 'occurred')),
    ("India slammed Pakistan over the attack in Kashmir on Sunday.",
     ('ACCUSE', None, 'IND', 'PAK', 'occurred')),
    ("Estonia deplored the decision of Russia on Tuesday.",
     ('ACCUSE', None, 'EST', 'RUS', 'occurred')),
    ("The Russian charge d'affaires was summoned to the Lithuanian Foreign Ministry on Monday.",
     ('ACCUSE', None, 'LTU', 'RUS', 'occurred')),
    ("Iran blamed Israel for the attack on its nuclear facility on Sunday.",
     ('ACCUSE', None, 'IRN', 'ISR', 'occurred')),
    ("The Chinese Foreign Ministry lodged a diplomatic protest with Japan on Tuesday.",
     ('ACCUSE', None, 'CHN', 'JPN', 'occurred')),
    ("The Polish Foreign Ministry denounced the decision of Belarus on Monday.",
     ('ACCUSE', None, 'POL', 'BLR', 'occurred')),
    ("China lodged solemn representations with Japan over the remarks on Tuesday.",
     ('ACCUSE', None, 'CHN', 'JPN', 'occurred')),
])
def test_events_frames_en_accuse(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia rejected the proposal of the United States on arms control.",
     ('REJECT', None, 'RUS', 'USA', 'occurred')),
    ("China voted against the resolution of the United States on Tuesday.",
     ('REJECT', None, 'CHN', 'USA', 'occurred')),
    ("Armenia declined an invitation of Russia to the summit.",
     ('REJECT', None, 'ARM', 'RUS', 'occurred')),
    ("Hungary turned down the Ukrainian proposal on Tuesday.",
     ('REJECT', None, 'HUN', 'UKR', 'occurred')),
])
def test_events_frames_en_reject(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea threatened the United States with a nuclear strike.",
     ('THREATEN', None, 'PRK', 'USA', 'occurred')),
    ("China vowed countermeasures against Lithuania on Monday.",
     ('THREATEN', None, 'CHN', 'LTU', 'occurred')),
    ("Iran issued an ultimatum to Azerbaijan on Friday.",
     ('THREATEN', None, 'IRN', 'AZE', 'occurred')),
    ("China warned the United States over arms sales to Taiwan.",
     ('THREATEN', None, 'CHN', 'USA', 'occurred')),
])
def test_events_frames_en_threaten(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union imposed sanctions on Belarus on Monday.",
     ('SANCTION', None, 'EU', 'BLR', 'occurred')),
    ("The United States froze the assets of the Central Bank of Afghanistan.",
     ('SANCTION', None, 'USA', 'AFG', 'occurred')),
    ("Latvia banned the entry of Russian officials on Tuesday.",
     ('SANCTION', None, 'LVA', 'RUS', 'occurred')),
    ("Moldova expelled a Russian diplomat on Wednesday.",
     ('SANCTION', 'expel', 'MDA', 'RUS', 'occurred')),
    ("Poland declared two Russian diplomats persona non grata on Friday.",
     ('SANCTION', 'expel', 'POL', 'RUS', 'occurred')),
    ("France recalled its ambassador to Australia for consultations on Friday.",
     ('SANCTION', 'withdraw', 'FRA', 'AUS', 'occurred')),
    ("Canada closed its embassy in Iran on Friday.",
     ('SANCTION', None, 'CAN', 'IRN', 'occurred')),
    ("Russia suspended its participation in the New START treaty with the United States.",
     ('SANCTION', None, 'RUS', 'USA', 'occurred')),
    ("Niger severed diplomatic relations with France on Tuesday.",
     ('SANCTION', 'break relations', 'NER', 'FRA', 'occurred')),
    ("The Kremlin added British officials to its entry ban list on Monday.",
     ('SANCTION', None, 'RUS', 'GBR', 'occurred')),
    ("Bulgaria expelled ten Russian diplomats on Tuesday.",
     ('SANCTION', 'expel', 'BGR', 'RUS', 'occurred')),
    ("Russia recalled its ambassador from Israel for consultations on Friday.",
     ('SANCTION', 'withdraw', 'RUS', 'ISR', 'occurred')),
    # a reciprocal act of coordinated subjects: both act, neither is only acted on
    ("Canada and Saudi Arabia froze diplomatic ties on Monday.",
     ('SANCTION', 'break relations', 'CAN+SAU', '', 'occurred')),
    ("The United States extended sanctions on Iran on Monday.",
     ('SANCTION', None, 'USA', 'IRN', 'occurred')),
    ("Mali ordered the French ambassador to leave the country within 72 hours.",
     ('SANCTION', 'expel', 'MLI', 'FRA', 'occurred')),
])
def test_events_frames_en_sanction(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia deployed troops to the border with Ukraine on Monday.",
     ('MOBILIZE', None, 'RUS', 'UKR', 'occurred')),
    ("North Korea test-fired ballistic missiles toward Japan on Thursday.",
     ('MOBILIZE', None, 'PRK', 'JPN', 'occurred')),
    ("China conducted military drills around Taiwan on Saturday.",
     ('MOBILIZE', None, 'CHN', 'TWN', 'occurred')),
    ("China deployed warships near Taiwan on Saturday.",
     ('MOBILIZE', None, 'CHN', 'TWN', 'occurred')),
    ("Russia sent additional troops to Belarus on Sunday.",
     ('MOBILIZE', None, 'RUS', 'BLR', 'occurred')),
])
def test_events_frames_en_mobilize(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian authorities detained a US journalist in Yekaterinburg on Thursday.",
     ('COERCE', 'arrest', 'RUS', 'USA', 'occurred')),
    ("Tajikistan deported 30 Afghan citizens to Afghanistan on Monday.",
     ('COERCE', 'deport', 'TJK', 'AFG', 'occurred')),
    ("Venezuelan authorities detained two US citizens on Monday.",
     ('COERCE', 'arrest', 'VEN', 'USA', 'occurred')),
    ("Russia deported Moldovan nationals to Moldova on Tuesday.",
     ('COERCE', 'deport', 'RUS', 'MDA', 'occurred')),
])
def test_events_frames_en_coerce(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli jets struck Syrian army positions near Damascus on Sunday.",
     ('ASSAULT', None, 'ISR', 'SYR', 'occurred')),
    ("Azerbaijani forces clashed with Armenian troops on the border on Tuesday.",
     ('ASSAULT', None, 'AZE', 'ARM', 'occurred')),
    ("Israel bombarded Syrian positions near Damascus on Sunday.",
     ('ASSAULT', None, 'ISR', 'SYR', 'occurred')),
    ("Russia invaded Ukraine on February 24.",
     ('ASSAULT', None, 'RUS', 'UKR', 'occurred')),
    ("Russian forces launched missile strikes against Ukraine on Monday.",
     ('ASSAULT', None, 'RUS', 'UKR', 'occurred')),
])
def test_events_frames_en_assault(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian officials staged a protest outside the Russian embassy in Warsaw on Friday.",
     ('PROTEST', None, 'UKR', 'RUS', 'occurred')),
])
def test_events_frames_en_protest(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union urged Serbia to align its foreign policy with Brussels.",
     ('REQUEST', None, 'EU', 'SRB', 'occurred')),
    ("Ukraine asked Germany for additional air defence systems on Tuesday.",
     ('REQUEST', None, 'UKR', 'DEU', 'occurred')),
    ("Poland called upon Belarus to release the journalist.",
     ('REQUEST', None, 'POL', 'BLR', 'occurred')),
    ("Armenia appealed to Russia for military assistance on Wednesday.",
     ('REQUEST', None, 'ARM', 'RUS', 'occurred')),
    ("Lithuania called for Belarus to close the nuclear plant.",
     ('REQUEST', None, 'LTU', 'BLR', 'occurred')),
])
def test_events_frames_en_request(extractor: Extractor, text: str, expected: tuple
                                  ) -> None:
    assert coded(extractor, text) == [expected]


# Frames that replaced the regex triggers of event_triggers.yaml, and the entry groups of
# the second round (CAMEO verbs per PLOVER category; a state's organs and people as sides).
@pytest.mark.parametrize(("text", "expected"), [
    ("The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss border trade.",
     ('CONSULT', 'visit', 'CHL', 'PER', 'occurred')),
    ("Indian Prime Minister Narendra Modi spoke with French President Emmanuel Macron on "
     "Friday.",
     ('CONSULT', None, 'FRA+IND', '', 'occurred')),
    ("Egyptian Foreign Minister Sameh Shoukry spoke with his Saudi counterpart on Sunday.",
     ('CONSULT', 'phone', 'EGY+SAU', '', 'occurred')),
    ("Jordanian King Abdullah II welcomed the Iraqi Prime Minister in Amman on Monday.",
     ('CONSULT', 'visit', 'IRQ', 'JOR', 'occurred')),
    ("The defence ministers of Poland and Lithuania had a discussion on border security on "
     "Wednesday.",
     ('CONSULT', None, 'LTU+POL', '', 'occurred')),
    ("Kazakh President Kassym-Jomart Tokayev attended the funeral of the Turkmen leader in "
     "Ashgabat.",
     ('CONSULT', 'visit', 'KAZ', 'TKM', 'occurred')),
    ("Ukraine and Poland discussed grain exports on Tuesday.",
     ('CONSULT', None, 'POL+UKR', '', 'occurred')),
])
def test_events_frames_en_consult_verbs(extractor: Extractor, text: str, expected: tuple
                                        ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany promised Ukraine additional air defence systems on Tuesday.",
     ('AGREE', None, 'DEU', 'UKR', 'occurred')),
    ("Qatar offered Lebanon fuel supplies on Monday.",
     ('AGREE', None, 'QAT', 'LBN', 'occurred')),
    ("Sudan accepted the proposal of Ethiopia on the border on Sunday.",
     ('AGREE', None, 'SDN', 'ETH', 'occurred')),
    ("Japan welcomed India's bid for a permanent seat on the Security Council.",
     ('SUPPORT', None, 'JPN', 'IND', 'occurred')),
    ("Russia and Kazakhstan extended the agreement on the lease of the Baikonur cosmodrome on "
     "Friday.",
     ('SUPPORT', None, 'KAZ+RUS', '', 'occurred')),
    ("Moldovan lawmakers ratified an agreement with Romania on Thursday.",
     ('SUPPORT', None, 'MDA+ROU', '', 'occurred')),
    ("Britain shared intelligence with Poland on Tuesday, the Ministry of Defence said.",
     ('COOPERATE', None, 'GBR+POL', '', 'occurred')),
    ("Serbia backed down on Kosovo license plates after talks with the European Union.",
     ('CONCEDE', None, 'SRB', 'EU+XKX', 'occurred')),
    ("Azerbaijan released five Armenian prisoners on Friday.",
     ('RETREAT', 'release', 'AZE', 'ARM', 'occurred')),
])
def test_events_frames_en_cooperation(extractor: Extractor, text: str, expected: tuple
                                      ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia vetoed a draft resolution of the UN Security Council on Friday.",
     ('REJECT', None, 'RUS', 'UN', 'occurred')),
    ("Slovakia spoke out against the Ukrainian proposal on Monday.",
     ('REJECT', None, 'SVK', 'UKR', 'occurred')),
    ("North Korea defied a UN Security Council resolution by launching a satellite on "
     "Wednesday.",
     ('REJECT', None, 'PRK', 'UN', 'occurred')),
    ("China objected to the Japanese proposal on Monday.",
     ('REJECT', None, 'CHN', 'JPN', 'occurred')),
    ("Azerbaijan claimed that Armenia had violated the ceasefire on Monday.",
     ('ACCUSE', None, 'AZE', 'ARM', 'occurred')),
    ("The Chinese ambassador was summoned by the Lithuanian Foreign Ministry on Monday.",
     ('ACCUSE', None, 'LTU', 'CHN', 'occurred')),
    ("Turkey threatened Sweden with retaliation on Monday.",
     ('THREATEN', None, 'TUR', 'SWE', 'occurred')),
    ("Iranian protesters stormed the Saudi embassy in Tehran on Saturday.",
     ('PROTEST', None, 'IRN', 'SAU', 'occurred')),
    ("Canada advised against travel to Haiti on Monday.",
     ('SANCTION', None, 'CAN', 'HTI', 'occurred')),
    ("The United States issued a travel advisory for Nigeria on Tuesday.",
     ('SANCTION', None, 'USA', 'NGA', 'occurred')),
    ("Estonia expelled a Russian diplomat on Friday.",
     ('SANCTION', 'expel', 'EST', 'RUS', 'occurred')),
    ("Pakistani police arrested two Afghan nationals on Tuesday.",
     ('COERCE', 'arrest', 'PAK', 'AFG', 'occurred')),
    ("Armenian police detained two Russian nationals in Yerevan on Tuesday.",
     ('COERCE', 'arrest', 'ARM', 'RUS', 'occurred')),
    ("A Russian court jailed two British men on Thursday.",
     ('COERCE', 'arrest', 'RUS', 'GBR', 'occurred')),
])
def test_events_frames_en_conflict_verbs(extractor: Extractor, text: str, expected: tuple
                                         ) -> None:
    assert coded(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Azerbaijani forces attacked Armenian positions on Tuesday.",
     ('ASSAULT', None, 'AZE', 'ARM', 'occurred')),
    ("Sudanese rebels attacked Kenyan peacekeepers on Sunday.",
     ('ASSAULT', None, 'SDN', 'KEN', 'occurred')),
    ("North Korea fired artillery shells at South Korea on Friday.",
     ('ASSAULT', None, 'PRK', 'KOR', 'occurred')),
    ("Indian troops opened fire on Pakistani soldiers on Monday.",
     ('ASSAULT', None, 'IND', 'PAK', 'occurred')),
    ("Israeli air strikes killed five Palestinian children in Gaza on Sunday.",
     ('ASSAULT', None, 'ISR', 'PSE', 'occurred')),
    ("Russian shelling killed three Ukrainian civilians in Kherson on Monday.",
     ('ASSAULT', None, 'RUS', 'UKR', 'occurred')),
])
def test_events_frames_en_attacks(extractor: Extractor, text: str, expected: tuple) -> None:
    assert coded(extractor, text) == [expected]


def test_events_frames_en_wanting_is_no_act(extractor: Extractor) -> None:
    """'wants to' is an aim (cue hypothetical), as 'would' is: no act is coded."""
    assert coded(extractor, "Serbia wants to join the European Union.") == []
    assert coded(extractor, "Azerbaijan wants to attack Armenia.") == []
