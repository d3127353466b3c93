"""The English lexicon pass from PETRARCH2's CAMEO verb dictionary, per PLOVER category.

Each entry of ``lang/en/events.yaml`` added from a CAMEO verb (lemma plus the frame its
pattern asks for: "sign * AGREEMENT", "accuse * OF") is shown by sentences written for it,
both ways: the act with its exact type, actors and recipients, and a near wording that is
no act. The tools that measured the pass (``cameo_coverage``, ``petrarch_check``'s
aggregate by type) are tested on small hand-made inputs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from codekit import acts_of
from communique import Extractor
from communique.tools.cameo_coverage import measure
from communique.tools.petrarch_check import Case, Outcome, by_type

PUBLISHED = "2024-05-08"

_CAMEO = """####### VERB PATTERNS #######
---  ACCUSE   [112]  ---
ACCUSE
INDICT [173]
- * (OF ESPIONAGE) [1125]  # ACCUSE

---  CONSTRUCT   [---]  ---
MOLD
- * COMMITTEE [030]  # SET_UP
"""
_PLOVER = ("030: AGREE,  , diplomatic # Express intent to cooperate\n"
           "112: ACCUSE, disapprove,    # Accuse\n173: COERCE, arrest, legal # Arrest\n")


def test_coverage_counts_bare_and_framed_verbs_per_category(tmp_path: Path) -> None:
    cameo, plover = tmp_path / "cameo.txt", tmp_path / "plover.txt"
    cameo.write_text(_CAMEO, encoding="utf-8")
    plover.write_text(_PLOVER, encoding="utf-8")
    table = {c.category: c for c in measure(cameo, plover)}
    assert sorted(table) == ["ACCUSE", "AGREE", "COERCE"]
    assert table["ACCUSE"].bare == {"accuse"}
    assert table["ACCUSE"].framed == {"indict"}     # only "indict * (of espionage)"
    assert table["ACCUSE"].covered == {"accuse"}    # indict is a COERCE frame, not ACCUSE
    assert table["COERCE"].covered == {"indict"}
    assert table["AGREE"].framed == {"mold"} and not table["AGREE"].covered
    assert table["ACCUSE"].line() == "ACCUSE     bare   1/  1  framed   0/  1  all   1/  2 = 50%"


def test_petrarch_aggregate_counts_each_gold_type_by_kind_of_miss() -> None:
    def outcome(gold: str, coded: tuple[str, ...], triggered: tuple[str, ...]) -> Outcome:
        return Outcome(Case("c", "text", frozenset(gold.split("+"))), coded, triggered)

    outcomes = [outcome("AGREE", ("AGREE", "SUPPORT"), ("AGREE", "SUPPORT")),
                outcome("AGREE", (), ("AGREE",)),
                outcome("ACCUSE+COERCE", ("COERCE",), ("COERCE",)),
                outcome("ACCUSE", ("CONSULT",), ("ACCUSE", "CONSULT"))]
    assert by_type(outcomes) == [
        "by gold type: hit / no trigger / no sides / other type",
        "  ACCUSE      2: hit 0  no_trigger 1  no_sides 0  other 1",
        "  AGREE       2: hit 1  no_trigger 0  no_sides 1  other 0",
        "  COERCE      1: hit 1  no_trigger 0  no_sides 0  other 0",
        "extra by type: CONSULT 1, SUPPORT 1",
    ]


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "en", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # CONSULT: an official's arrival ("arrive * (for talks)"); briefing a foreign official
    ("The Indian Foreign Minister arrived in Tehran on Monday.",
     [("CONSULT", "visit", "IND", "IRN", "occurred")]),
    ("Hundreds of refugees from Syria arrived in Turkey on Monday.", []),
    ("The Russian Foreign Minister briefed his Chinese counterpart on the talks in Geneva.",
     [("CONSULT", "visit", "RUS", "CHN", "occurred")]),
    ("The Indian Foreign Minister briefed reporters on the talks with Nepal.", []),
    # AGREE: "proffer" beside "offer"; readiness is a commitment, not backing
    ("Chile proffered assistance to Bolivia.", [("AGREE", None, "CHL", "BOL", "occurred")]),
    ("Japan expressed its readiness to support Mongolia in the field of education.",
     [("AGREE", None, "JPN+MNG", "", "occurred")]),
    # SUPPORT: "side * with"
    ("Hungary sided with Russia in the dispute over the gas pipeline.",
     [("SUPPORT", None, "HUN", "RUS", "occurred")]),
    # AID: "contribute * &CURRENCY", "arm"
    ("Japan contributed 10 million dollars in humanitarian aid to Bangladesh.",
     [("AID", None, "JPN", "BGD", "occurred")]),
    ("Iran armed the Yemeni rebels.", [("AID", None, "IRN", "YEM", "occurred")]),
    # CONCEDE: complying, dropping an objection; asked to comply is a request
    ("Serbia complied with the demands of Kosovo.",
     [("CONCEDE", None, "SRB", "XKX", "occurred")]),
    ("The United States urged Iran to comply with the resolution.",
     [("REQUEST", None, "USA", "IRN", "occurred")]),
    ("Turkey dropped its objection to Sweden's membership.",
     [("CONCEDE", None, "TUR", "SWE", "occurred")]),
    # REQUEST: "plead with", "lobby * for"
    ("Ukraine pleaded with Germany for more air defence systems.",
     [("REQUEST", None, "UKR", "DEU", "occurred")]),
    ("Poland lobbied the United States for a permanent military base.",
     [("REQUEST", None, "POL", "USA", "occurred")]),
    # ACCUSE: milder verbs of blame, an official complaint, regret of another's decision
    ("The Chinese Foreign Ministry chided Japan over its remarks on Taiwan.",
     [("ACCUSE", None, "CHN", "JPN", "occurred")]),
    ("Egypt complained to Ethiopia about the dam.", [("ACCUSE", None, "EGY", "ETH", "occurred")]),
    ("Moscow regretted the decision of Finland to close the border.",
     [("ACCUSE", None, "RUS", "FIN", "occurred")]),
    # REJECT: obstructing a process; a commitment breached (a ceasefire breached is ASSAULT;
    # a breach reported by the other side is its accusation, not coded as the breach)
    ("Sudan hampered the investigation of the United Nations.",
     [("REJECT", None, "SDN", "UN", "occurred")]),
    ("Heavy snow hampered the delivery of aid to Nepal.", []),
    ("Russia violated the airspace of Estonia.", [("REJECT", None, "RUS", "EST", "occurred")]),
    ("Finland said Russia violated its airspace.", []),
    ("Armenia violated the ceasefire with Azerbaijan.",
     [("ASSAULT", None, "ARM", "AZE", "occurred")]),
    # SANCTION: a diplomat's accreditation revoked; a journalist's is COERCE (branch coerce,
    # as the en_general gold codes it)
    ("Russia revoked the accreditation of Dutch diplomats.",
     [("SANCTION", None, "RUS", "NLD", "occurred")]),
    ("Russia revoked the accreditation of Dutch journalists.",
     [("COERCE", None, "RUS", "NLD", "occurred")]),
    # COERCE: blockade, nationalisation, restriction of movement
    ("Eritrea blockaded Ethiopia.", [("COERCE", None, "ERI", "ETH", "occurred")]),
    ("Venezuela nationalised the assets of ExxonMobil, a US company.",
     [("COERCE", "seize", "VEN", "USA", "occurred")]),
    ("Belarus restricted the movement of Lithuanian diplomats.",
     [("COERCE", None, "BLR", "LTU", "occurred")]),
    # ASSAULT: destroying, waging war, storming, targeting, murdering, battling
    ("Russia destroyed Ukrainian villages.", [("ASSAULT", None, "RUS", "UKR", "occurred")]),
    ("The earthquake destroyed the village in Turkey.", []),
    ("Russia waged war on Ukraine.", [("ASSAULT", None, "RUS", "UKR", "occurred")]),
    ("Israeli troops stormed a Lebanese village.", [("ASSAULT", None, "ISR", "LBN", "occurred")]),
    ("Russia targeted Ukrainian cities with missiles.",
     [("ASSAULT", None, "RUS", "UKR", "occurred")]),
    ("Sudanese soldiers murdered three Chadian civilians.",
     [("ASSAULT", None, "SDN", "TCD", "occurred")]),
    ("Indian troops battled militants from Pakistan.",
     [("ASSAULT", None, "IND", "PAK", "occurred")]),
    # MOBILIZE: "muster * troops"
    ("North Korea mustered troops on the border with South Korea.",
     [("MOBILIZE", None, "PRK", "KOR", "occurred")]),
])
def test_cameo_entries_code_their_acts(extractor: Extractor, text: str,
                                       expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # outcomes of talks that are AGREE: agreed, reached, concluded, pledged, committed
    ("Russia and China agreed to expand cooperation in the energy sector.",
     [("AGREE", None, "CHN+RUS", "", "occurred")]),
    ("Egypt and Sudan reached an agreement on the use of Nile water.",
     [("AGREE", None, "EGY+SDN", "", "occurred")]),
    ("Serbia and Hungary reached consensus on the construction of an oil pipeline.",
     [("AGREE", None, "HUN+SRB", "", "occurred")]),
    ("Vietnam and Laos concluded an agreement on border demarcation.",
     [("AGREE", None, "LAO+VNM", "", "occurred")]),
    ("Germany pledged 50 million euros in aid to Ukraine.",
     [("AGREE", None, "DEU", "UKR", "occurred")]),
    ("France committed to supplying more air defence systems to Ukraine.",
     [("AGREE", None, "FRA", "UKR", "occurred")]),
    ("Russia and Laos agreed to hold the next round of talks in Vientiane.",
     [("AGREE", None, "LAO+RUS", "", "planned")]),
    # signing is SUPPORT (spec section 3: sign, ratify or finalise an agreement)
    ("India and Japan signed a memorandum on cooperation in railways.",
     [("SUPPORT", None, "IND+JPN", "", "occurred")]),
    # intent to cooperate (CAMEO 030): cooperation announced in the future, interest,
    # determination, intent to help; done it is COOPERATE, urged it is REQUEST
    ("Russia and Laos will cooperate in the fight against terrorism.",
     [("AGREE", None, "LAO+RUS", "", "planned")]),
    ("Russia and Laos cooperated in the fight against terrorism.",
     [("COOPERATE", None, "LAO+RUS", "", "occurred")]),
    ("The sides expressed interest in expanding trade between Chile and Vietnam.",
     [("AGREE", None, "CHL+VNM", "", "occurred")]),
    ("Egypt and Jordan are determined to deepen their cooperation.",
     [("AGREE", None, "EGY+JOR", "", "occurred")]),
    ("Germany intends to help Moldova with energy supplies.",
     [("AGREE", None, "DEU", "MDA", "occurred")]),
    ("Japan plans to assist Tonga after the eruption.",
     [("AGREE", None, "JPN", "TON", "occurred")]),
    # the request is made of Germany; Moldova is what it asks for (participants.content_span)
    ("The United States urged Germany to help Moldova.",
     [("REQUEST", None, "USA", "DEU", "occurred")]),
    # a violation a court finds is its finding, no act of the violator reported here
    ("The court determined that Egypt and Jordan had violated the treaty.", []),
])
def test_agree_outcomes(extractor: Extractor, text: str,
                        expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # backing a state or its policy is SUPPORT, done by one state or several
    ("China backed Pakistan's bid for membership in the group.",
     [("SUPPORT", None, "CHN", "PAK", "occurred")]),
    ("Japan voiced support for the Philippines in the dispute over the shoal.",
     [("SUPPORT", None, "JPN", "PHL", "occurred")]),
    ("Russia thanked China for its support on the Security Council.",
     [("SUPPORT", None, "RUS", "CHN", "occurred")]),
    ("The Turkish foreign minister said Turkey supports Azerbaijan's territorial integrity.",
     [("SUPPORT", None, "TUR", "AZE", "occurred")]),
    # one state backing no one is giving an opinion
    ("Egypt backed the two-state solution.", []),
    # support as a topic, a non-state body's statement, support asked for
    ("The ministers discussed Russian support for the Syrian government.", []),
    ("Amnesty International issued a statement in support of the detained journalists "
     "in Egypt.", []),
    ("The Kenyan president called for support from the African Union for the mission in "
     "Haiti.", [("REQUEST", None, "KEN", "AU", "occurred")]),
    # a backer named in an attribute is no act of backing
    ("The US-supported rebels captured the town.", []),
])
def test_support_acts_and_opinions(extractor: Extractor, text: str,
                                   expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # SUPPORT: a state's position defended (its own is no act), rallying behind a state;
    # standing ready is AGREE
    ("Serbia defended the position of Hungary on migration.",
     [("SUPPORT", None, "SRB", "HUN", "occurred")]),
    ("Serbia defended its decision not to impose sanctions on Russia.", []),
    ("Poland stands ready to help Ukraine.", [("AGREE", None, "POL+UKR", "", "occurred")]),
    ("EU leaders rallied behind Denmark in the dispute over Greenland.",
     [("SUPPORT", None, "EU", "DNK", "occurred")]),
    # COOPERATE: another state's forces trained
    ("The United Kingdom trained pilots from Ukraine.",
     [("COOPERATE", None, "GBR", "UKR", "occurred")]),
    # RETREAT: a border or embassy reopened; asked to reopen it is a request
    ("Egypt reopened its border with Sudan.", [("RETREAT", "ease", "EGY", "SDN", "occurred")]),
    ("Russia reopened its embassy in Libya.", [("RETREAT", "ease", "RUS", "LBY", "occurred")]),
    ("Chile called on Bolivia to reopen the border.",
     [("REQUEST", None, "CHL", "BOL", "occurred")]),
])
def test_cameo_entries_second_batch(extractor: Extractor, text: str,
                                    expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a promise of a response or of reprisals is a threat, not a promise to cooperate
    ("China vowed to respond firmly to the US sanctions.",
     [("THREATEN", None, "CHN", "USA", "occurred")]),
    ("Moscow promised to take retaliatory measures against Norway.",
     [("THREATEN", None, "RUS", "NOR", "occurred")]),
    ("Russia promised to help Serbia.", [("AGREE", None, "RUS", "SRB", "occurred")]),
])
def test_a_promised_response_is_a_threat(extractor: Extractor, text: str,
                                          expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
