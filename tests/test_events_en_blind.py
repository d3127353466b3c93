"""English rules found on the blind wire set (tests/data/probe/en_blind.jsonl).

Each group is one construction of English agency and ministry prose; its sentences come
from the set and from other wordings of the same construction, so that the rule is shown
to be general. Each asserts the exact (event_type, mode, actors, recipients, status) the
whole extractor codes.
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2024-05-08"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "en", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # an official's journey announced: a planned visit (spec section 3: AGREE planned);
    # reported as done it is the visit itself
    ("Japanese Foreign Minister Yoko Kamikawa will travel to Beijing on Monday.",
     [('AGREE', None, 'JPN', 'CHN', 'planned')]),
    ("Japanese Foreign Minister Yoko Kamikawa travelled to Beijing on Monday.",
     [('CONSULT', 'visit', 'JPN', 'CHN', 'occurred')]),
    ("Hungarian Foreign Minister Peter Szijjarto is expected in Minsk on Tuesday for talks "
     "with his Belarusian counterpart Maxim Ryzhenkov.",
     [('AGREE', None, 'HUN', 'BLR', 'planned')]),
    ("The Indian Prime Minister is expected in Moscow next month for a two-day visit.",
     [('AGREE', None, 'IND', 'RUS', 'planned')]),
    ("Turkish Foreign Minister Hakan Fidan will visit Cairo next week.",
     [('AGREE', None, 'TUR', 'EGY', 'planned')]),
    ("Chinese Foreign Minister Wang Yi plans to visit Australia in March.",
     [('AGREE', None, 'CHN', 'AUS', 'planned')]),
    ("The Indian Prime Minister is due to visit Moscow in July.",
     [('AGREE', None, 'IND', 'RUS', 'planned')]),
    # travel that is no official's journey
    # a stay announced: the future is the verb's, before the visit noun
    ("The Indian Prime Minister will be in Moscow on an official visit on 8-9 July.",
     [('AGREE', None, 'IND', 'RUS', 'planned')]),
    ("On April 24, Foreign Minister Sergey Lavrov will hold talks in Moscow with Minister of "
     "Foreign Affairs of the Lao People's Democratic Republic Saleumxay Kommasith, who will be "
     "in Russia on a working visit.",
     [('AGREE', None, 'LAO+RUS', '', 'planned')]),
    ("The Indian Prime Minister was in Moscow on an official visit on 8-9 July.",
     [('CONSULT', 'visit', 'IND', 'RUS', 'occurred')]),
    # "the next round" of the meeting just reported, announced
    ("Belarusian-Russian consultations on information security were held in Minsk on 23 April. "
     "The next round is expected to take place in Moscow in 2025.",
     [('AGREE', None, 'BLR+RUS', '', 'planned'), ('CONSULT', 'visit', 'RUS', 'BLR', 'occurred')]),
    ("Russia and Ukraine held a new round of talks in Istanbul on Monday.",
     [('CONSULT', None, 'RUS+UKR', '', 'occurred')]),
    ("Russian tourists will travel to Turkey in record numbers this summer.", []),
])
def test_planned_journeys(extractor: Extractor, text: str,
                          expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # retaliation announced is a threat (as «ответит» in Russian); its target is the state
    # named, or the one whose act the story reported
    ("Austria expelled two Russian diplomats on Thursday. Moscow will respond to the "
     "unfriendly step, Russian Foreign Ministry spokeswoman Maria Zakharova told RIA.",
     [('SANCTION', 'expel', 'AUT', 'RUS', 'occurred'),
      ('THREATEN', None, 'RUS', 'AUT', 'occurred')]),
    ("Russia will retaliate against Poland for the closure of its consulate in Poznan.",
     [('THREATEN', None, 'RUS', 'POL', 'occurred')]),
    # a conditional retaliation is the threat PLOVER means
    ("Beijing will reciprocate if Washington imposes new visa restrictions on Chinese "
     "officials, the Chinese Foreign Ministry said.",
     [('THREATEN', None, 'CHN', 'USA', 'occurred')]),
    # answering a letter or questions is no threat
    ("The Russian Foreign Ministry will respond to the letter from the Polish government.", []),
])
def test_retaliation_announced(extractor: Extractor, text: str,
                               expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "state-backed", "Iran-backed": an attribute of a noun, no act of support
    ("Dutch military intelligence said Chinese state-backed hackers had breached a defence "
     "ministry network.", []),
    ("The United States backed Ukraine's bid to join the alliance.",
     [('SUPPORT', None, 'USA', 'UKR', 'occurred')]),
    # the concern the sides voice together is their opinion, not a complaint to a state
    ("The ministers of Russia and Iran discussed the situation in Lebanon. Both sides expressed "
     "serious concern over the growing number of civilian casualties.",
     [('CONSULT', None, 'IRN+RUS', '', 'occurred')]),
    ("The Russian and Chinese foreign ministers met in Beijing. The parties voiced concern "
     "over the deployment of US missiles in Asia.",
     [('CONSULT', 'visit', 'RUS', 'CHN', 'occurred')]),
    ("Japan expressed concern to China over the detention of a Japanese businessman.",
     [('ACCUSE', None, 'JPN', 'CHN', 'occurred')]),
])
def test_no_act_of_their_own(extractor: Extractor, text: str,
                             expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # sequence of tenses after any verb of saying: "stressed that … would" reports a
    # future, not a hypothesis
    ("The Russian side stressed that Moscow would respond firmly to any new US restrictions "
     "on its diplomats.",
     [('THREATEN', None, 'RUS', 'USA', 'occurred')]),
    ("The Chinese Foreign Ministry underlined that Beijing would respond to any new US "
     "tariffs on Chinese goods.",
     [('THREATEN', None, 'CHN', 'USA', 'occurred')]),
    # an envoy "invited to the Foreign Ministry" is summoned there: no invitation
    ("On 19 August, the charge d'affaires of Lithuania in Belarus was invited to the Belarusian "
     "Foreign Ministry and handed a note of protest.",
     [('ACCUSE', None, 'BLR', 'LTU', 'occurred')]),
    ("Belarusian President Alexander Lukashenko invited Chinese President Xi Jinping to visit "
     "Belarus.",
     [('AGREE', None, 'BLR', 'CHN', 'planned')]),
    # support stated in the present tense, as spokespersons and readouts state it
    ("Xi said China firmly supports Kazakhstan in safeguarding its independence.",
     [('SUPPORT', None, 'CHN', 'KAZ', 'occurred')]),
    ("Turkey supports Azerbaijan's efforts to sign a peace treaty with Armenia, the Turkish "
     "Foreign Minister said.",
     [('SUPPORT', None, 'TUR', 'ARM+AZE', 'occurred')]),
])
def test_said_and_stated(extractor: Extractor, text: str,
                         expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting reported by its end ("the session ended in New York on Friday", "talks
    # concluded") took place
    ("The final session of the UN Open-Ended Working Group on ICT security ended in New York "
     "on Friday with the adoption of its final report. The Russian delegation was led by "
     "Special Presidential Envoy Artur Lyukmanov.",
     [('CONSULT', 'multilateral', 'RUS+UN', '', 'occurred')]),
    ("Talks between Armenia and Azerbaijan ended in Almaty on Friday without a breakthrough.",
     [('CONSULT', None, 'ARM+AZE', '', 'occurred')]),
    ("Consultations between the foreign ministries of Russia and Laos concluded in Vientiane "
     "on Tuesday.",
     [('CONSULT', 'visit', 'RUS', 'LAO', 'occurred')]),
    ("The war in Ukraine ended negotiations between the two countries.", []),
])
def test_meeting_ended(extractor: Extractor, text: str,
                       expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verdict on the other side's act is criticism ("called the veto cynical"); on
    # accusations it is their denial, and "called on" stays a request
    ("US Ambassador Linda Thomas-Greenfield called the veto by Russia and China cynical and "
     "petty.",
     [('ACCUSE', None, 'USA', 'CHN+RUS', 'occurred')]),
    ("The Chinese Foreign Ministry branded the new US sanctions illegal.",
     [('ACCUSE', None, 'CHN', 'USA', 'occurred')]),
    ("Russia's Foreign Ministry called the expulsion of its diplomats from Moldova an "
     "unfriendly step.",
     [('ACCUSE', None, 'RUS', 'MDA', 'occurred')]),
    ("Beijing called the accusations by the Netherlands absurd.", []),
    ("The EU called on Russia to stop its reckless behaviour.",
     [('REQUEST', None, 'EU', 'RUS', 'occurred')]),
])
def test_verdict_on_an_act(extractor: Extractor, text: str,
                           expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "navies", "armies", "militaries" act for their states as "navy" does, and "the two
    # navies" are the two sides named before; "kicked off" opens an exercise as "began"
    ("The Chinese and Russian navies kicked off the Joint Sea-2024 exercise in Zhanjiang on "
     "Sunday. After the drills, the two navies will conduct a joint maritime patrol in the "
     "Pacific.",
     [('AGREE', None, 'CHN+RUS', '', 'planned'), ('COOPERATE', None, 'CHN+RUS', '', 'occurred')]),
    ("Kazakhstan and Kyrgyzstan kicked off a joint border exercise on Monday.",
     [('COOPERATE', None, 'KAZ+KGZ', '', 'occurred')]),
    ("The Indian and French armies held a joint exercise in Rajasthan. The two armies "
     "practised counter-terrorism operations.",
     [('COOPERATE', None, 'FRA+IND', '', 'occurred')]),
])
def test_forces_as_sides(extractor: Extractor, text: str,
                         expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


def persons(extractor: Extractor, text: str) -> list[tuple[str, list[str]]]:
    raw = RawDocument(text, doc_id="case", language="en", published=PUBLISHED)
    return sorted((e.event_type, sorted(a.name for a in (*e.actors, *e.recipients)
                                        if a.kind == "person"))
                  for doc in extractor.run([raw]) for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # the official of the acting state named in the attribution after a directed act made it
    ("Moscow condemned the expulsion of Russian diplomats from Austria, Russian Foreign "
     "Ministry spokeswoman Maria Zakharova said.",
     [('ACCUSE', ['Maria Zakharova'])]),
    ("Russia will respond to the expulsion of its diplomats from Austria, Foreign Ministry "
     "spokeswoman Maria Zakharova said.",
     [('THREATEN', ['Maria Zakharova'])]),
    ("The United States urged China to release the detained journalists, US Secretary of "
     "State Antony Blinken said.",
     [('REQUEST', ['Antony Blinken'])]),
    # who announces a deed need not be who did it
    ("Austria expelled two Russian diplomats, Austrian Foreign Minister Alexander Schallenberg "
     "said.",
     [('SANCTION', [])]),
])
def test_speaker_after_the_act(extractor: Extractor, text: str,
                               expected: list[tuple[str, list[str]]]) -> None:
    assert persons(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capital as the subject after a date or an adverbial opener closed by a comma
    ("On Thursday, Moscow expelled two Austrian diplomats.",
     [('SANCTION', 'expel', 'RUS', 'AUT', 'occurred')]),
    ("On Thursday, Beijing lodged a protest with Tokyo.",
     [('ACCUSE', None, 'CHN', 'JPN', 'occurred')]),
    ("Following the incident, Warsaw summoned the Belarusian charge d'affaires.",
     [('ACCUSE', None, 'POL', 'BLR', 'occurred')]),
    ("Moscow expelled two Austrian diplomats on Thursday.",
     [('SANCTION', 'expel', 'RUS', 'AUT', 'occurred')]),
])
def test_capital_after_lead_in(extractor: Extractor, text: str,
                               expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
