"""Wrong sides on general news (issues 12 and 13): a dateline place inside the body, an
IGO official's home state, the direction of arrests, and a German adverbial prefield.

Hand-written sentences in German, English and Russian, each with the exact actor and
recipient codes of the events coded, in order (``docs/accuracy.md``, "Mentions are not
acts": the causes read on 10kGNAD samples).
"""

from __future__ import annotations

import pytest

from communique import Extractor
from communique.document import RawDocument

PUBLISHED = "2023-03-14"


def events(extractor: Extractor, text: str) -> list[str]:
    """Each event as ``TYPE ACTORS -> RECIPIENTS`` (codes sorted, joined by "+")."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published=PUBLISHED)])))
    return [f"{e.event_type} {'+'.join(sorted({a.code for a in e.actors if a.code}))} -> "
            f"{'+'.join(sorted({a.code for a in e.recipients if a.code}))}" for e in doc.events]


# A place and a dash opening a paragraph of the body is where the report was filed: no
# side of its act.
DATELINES = [
    ("Berlin – Die Bundesregierung hat Russland kritisiert.\n\nLuxemburg – Die "
     "EU-Außenminister haben am Montag neue Sanktionen gegen Belarus verhängt.",
     ["ACCUSE DEU -> RUS", "SANCTION EU -> BLR"]),
    ("Brussels – The European Union imposed new sanctions on Russia on Monday.\n\n"
     "Luxembourg – The EU foreign ministers imposed new sanctions on Belarus on Monday.",
     ["SANCTION EU -> RUS", "SANCTION EU -> BLR"]),
    ("Брюссель – Евросоюз в понедельник ввел новые санкции против России.\n\nЛюксембург – "
     "Министры иностранных дел ЕС в понедельник ввели новые санкции против Белоруссии.",
     ["SANCTION EU -> RUS", "SANCTION EU -> BLR"]),
    # controls: the dateline opening the report, and a state named after it
    ("Wien – Der österreichische Außenminister hat am Montag Russland kritisiert.",
     ["ACCUSE AUT -> RUS"]),
    ("Минск – Министр иностранных дел Белоруссии в понедельник осудил новые санкции "
     "Евросоюза.",
     ["ACCUSE BLR -> EU"]),
]

# A person acting for an international organisation acts for it, not for the home state
# the officials table gives, in every mention of the report.
IGO_OFFICIALS = [
    ("EU-Ratspräsident Donald Tusk hat am Montag den ukrainischen Präsidenten Wolodymyr "
     "Selenskyj in Brüssel empfangen.",
     ["CONSULT UKR -> EU"]),
    ("EU-Ratspräsident Donald Tusk traf am Montag den ukrainischen Präsidenten Selenskyj. "
     "Tusk kritisierte Russland.",
     ["CONSULT EU+UKR -> ", "ACCUSE EU -> RUS"]),
    ("European Council President Donald Tusk met Ukrainian President Volodymyr Zelensky in "
     "Brussels on Monday. Tusk criticised Russia.",
     ["CONSULT EU+UKR -> ", "ACCUSE EU -> RUS"]),
    ("Председатель Европейского совета Дональд Туск в понедельник встретился с президентом "
     "Украины Владимиром Зеленским. Туск раскритиковал Россию.",
     ["CONSULT EU+UKR -> ", "ACCUSE EU -> RUS"]),
    ("Nato-Generalsekretär Jens Stoltenberg kritisierte am Montag Russland.",
     ["ACCUSE NATO -> RUS"]),
]

# The state that arrests acts; the arrested people's state is acted on, in either voice
# and word order.
ARRESTS = [
    ("Zwei Russen hat die estnische Polizei am Montag festgenommen.", ["COERCE EST -> RUS"]),
    ("Zwei Russen wurden am Montag in Estland festgenommen.", ["COERCE EST -> RUS"]),
    ("Die iranischen Behörden haben einen Briten festgenommen.", ["COERCE IRN -> GBR"]),
    ("Two Russians were detained in Estonia on Monday.", ["COERCE EST -> RUS"]),
    ("An American journalist was detained in Bahrain on Sunday.", ["COERCE BHR -> USA"]),
    ("Estonian police detained two Russian citizens on Monday.", ["COERCE EST -> RUS"]),
    ("Двух россиян эстонская полиция задержала в понедельник.", ["COERCE EST -> RUS"]),
    ("Двое россиян были задержаны в Эстонии в понедельник.", ["COERCE EST -> RUS"]),
    ("Американская журналистка задержана в Бахрейне.", ["COERCE BHR -> USA"]),
]
# A state inside an adverbial phrase opening the clause ("Nach dem Verzicht der
# österreichischen Regierung …", "Amid the dispute with Russia, …", «На фоне спора с
# Россией …») is not the subject; it is the recipient only when the act names no other.
PREFIELDS = [
    ("Nach dem Verzicht der österreichischen Regierung auf Grenzkontrollen hat der "
     "italienische Innenminister am Samstag die Einigung begrüßt.",
     ["AGREE AUT+ITA -> ", "SUPPORT ITA -> AUT"]),
    ("Im Streit mit Russland hat die EU am Montag neue Sanktionen verhängt.",
     ["SANCTION EU -> RUS"]),
    # control: a noun phrase as the prefield is the subject
    ("Die russische Seite hat den Entwurf der chinesischen Seite vorgestellt.",
     ["AGREE RUS -> CHN"]),
    ("Im Streit mit Russland hat die EU am Montag neue Sanktionen gegen Belarus verhängt.",
     ["SANCTION EU -> BLR"]),
    ("Nach Gesprächen mit China haben Russland und Indien die USA kritisiert.",
     ["ACCUSE IND+RUS -> USA"]),
    ("Amid the dispute with Russia, the EU imposed new sanctions on Belarus.",
     ["SANCTION EU -> BLR"]),
    ("Amid the dispute with Russia, the EU imposed new sanctions.", ["SANCTION EU -> RUS"]),
    ("In response to Russia's move, Poland expelled two Russian diplomats.",
     ["SANCTION POL -> RUS"]),
    ("After talks with China, Russia and India criticized the United States.",
     ["ACCUSE IND+RUS -> USA"]),
    # control: a subject opening the sentence
    ("Poland expelled two Russian diplomats.", ["SANCTION POL -> RUS"]),
    ("На фоне спора с Россией ЕС ввёл санкции против Белоруссии.", ["SANCTION EU -> BLR"]),
    ("В ответ на действия России Польша выслала двух российских дипломатов.",
     ["SANCTION POL -> RUS"]),
    ("После переговоров с Китаем, Россия раскритиковала США.", ["ACCUSE RUS -> USA"]),
    ("После переговоров с Китаем Россия и Индия раскритиковали США.", ["ACCUSE IND+RUS -> USA"]),
    # control: a subject opening the sentence
    ("Польша выслала двух российских дипломатов.", ["SANCTION POL -> RUS"]),
]


# The same phrase after the verb is a circumstance: its party is no target where the act
# names another (cue ``trailing``), and the only one where it names none.
TRAILING = [
    ("Russia criticized the United States after talks with China.", ["ACCUSE RUS -> USA"]),
    ("The EU imposed sanctions on Belarus over its support for Russia.",
     ["SANCTION EU -> BLR"]),
    ("Poland expelled two Russian diplomats in response to Russia's move.",
     ["SANCTION POL -> RUS"]),
    ("Россия раскритиковала США после переговоров с Китаем.", ["ACCUSE RUS -> USA"]),
    ("ЕС ввёл санкции против Белоруссии на фоне спора с Россией.", ["SANCTION EU -> BLR"]),
]


@pytest.mark.parametrize(("text", "expected"),
                         DATELINES + IGO_OFFICIALS + ARRESTS + PREFIELDS + TRAILING)
def test_sides(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert events(extractor, text) == expected


def test_a_next_igo_meeting_with_no_host_named_is_the_igos(extractor: Extractor) -> None:
    """The members at the table agree the next meeting only where one of them hosts it
    (``resolve.carry_members``); with no host named it is the IGO's own."""
    text = ("ASHGABAT, 10 October (BelTA) – During the session of the CIS Foreign Ministers "
            "Council, which is taking place in Ashgabat, Turkmenistan, Belarus explained its "
            "stance on matters of regional security before colleagues from CIS member states. "
            "The matter will be discussed at the session of the CIS Heads of State Council.")
    assert events(extractor, text) == ["CONSULT BLR+CIS -> ", "AGREE CIS -> "]
