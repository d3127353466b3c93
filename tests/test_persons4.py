"""Officials across clauses, titles and scripts (issue 13, session 13, branch persons4).

Hand-written wire sentences, none from the probe set ``tests/data/probe/persons4.jsonl``, each
with the exact events (type, actor codes, recipient codes) and the persons (name, title, state)
of the event asked for:

- a relative clause on the subject («Сийярто, который в январе посетил Пекин, провел
  переговоры …») leaves the subject to the main clause's act and is no main meeting;
- a meeting noun that complements a round or session ("held the third round of the … dialogue
  with X", «провел раунд … консультаций с X») is one act with the verb or noun before it;
- a trigger that is a topic word ("… and discussed Libya's trade with Turkey") hands no new
  state to the meeting of its sentence, nor does an adverbial clause with an act of its own
  ("…, as China deployed vessels …", «…, когда КНДР запустила ракеты …»);
- the given name a Malaysian official is called by ("Mohamad" of "Mohamad Hasan");
- a capitalised Russian function word inside an East Asian name («Ли До Хун»), and a
  one-syllable word of such a name left undeclined;
- the speaker of a quotation named after a state in his long title, and a head of delegation's
  "we" that carries the meeting's officials to the outcome;
- Arabic and Persian names written back from Russian (Vahid, Jalalzade, Mohammed);
- "counterpart", «коллега» as a title ("his Indonesian counterpart Sugiono");
- the furniture of a press page ("Readout Office", a date) run into a name by a headline;
- a title's qualifier in brackets ("Joint Secretary (Eurasia) Manish Chauhan"), and a bare
  title opening a sentence ("Minister held talks with …") for the official named before with it;
  the host's official named by the talks joins the visit's host side;
- an official whose title names no state, meeting an envoy the sentence posts to a state
  («… с Послом Японии в Казахстане …»), is of that state; a foreign surname declined after
  an undeclined given name («Кэйдзи Исидой»).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique import Extractor
from communique.document import RawDocument
from communique.gazetteer.names import canonical_person_name

Sided = tuple[str, str, str]     # the conftest fixture ``sided``: type, actors, recipients
Persons = list[tuple[str, str | None, str | None]]
DMFA = "Deputy Minister of Foreign Affairs"
MFA = "Minister of Foreign Affairs"


def persons_of(extractor: Extractor, text: str, index: int = 0) -> Persons:
    """The persons of the ``index``-th coded event: (name, role, state), sorted."""
    doc = next(iter(extractor.run([RawDocument(text, doc_id="case", published="2024-05-15")])))
    event = doc.events[index]
    return sorted((a.name, a.role, a.country) for a in (*event.actors, *event.recipients)
                  if a.kind == "person")


SIDES = [
    # the relative clause's visit is an aside; the talks keep the subject before it
    ("БУДАПЕШТ, 14 марта. /ТАСС/. Глава МИД Венгрии Петер Сийярто, который в январе посетил "
     "Пекин, провел во вторник в Будапеште переговоры с министром иностранных дел Сербии "
     "Марко Джуричем.", [("CONSULT", "HUN", "CHN"), ("CONSULT", "SRB", "HUN")]),
    # the round's verb and the consultations are one meeting
    ("ТОКИО, 14 марта. /ТАСС/. Заместитель министра иностранных дел России Андрей Руденко "
     "провел в Токио очередной раунд российско-японских консультаций с заместителем министра "
     "иностранных дел Японии Масатакой Окано.", [("CONSULT", "RUS", "JPN")]),
    ("KATHMANDU, March 14 (PTI) - Indian Foreign Secretary Vikram Misri held the third round "
     "of the India-Nepal foreign secretary-level dialogue with Nepali Foreign Secretary Amrit "
     "Rai in Kathmandu on Tuesday.", [("CONSULT", "IND", "NPL")]),
    # what was discussed names no side of the talks
    ("ROME, March 14 (ANSA) - Italian Foreign Minister Antonio Tajani held talks with Egyptian "
     "Foreign Minister Badr Abdelatty in Rome on Tuesday and discussed Libya's oil exports and "
     "its trade with Turkey.", [("CONSULT", "EGY", "ITA")]),
    # an adverbial clause after the talks tells an act of its own: its state is no side
    ("TOKYO, March 14 (Kyodo) - Japanese Foreign Minister Takeshi Iwaya held talks with "
     "Philippine Foreign Secretary Enrique Manalo in Tokyo on Monday, as China condemned the "
     "joint patrols of the two navies in the South China Sea.",
     [("CONSULT", "PHL", "JPN"), ("COOPERATE", "JPN+PHL", "")]),
    ("СЕУЛ, 14 марта. /ТАСС/. Министр иностранных дел Республики Корея Чо Тхэ Ёль провел в "
     "Сеуле переговоры с главой МИД Японии Такэси Иваей, когда КНДР запустила баллистические "
     "ракеты в сторону Японского моря.", [("CONSULT", "JPN", "KOR")]),
    # the dateline's capital as the state's own agency writes it ("HA NOI"): a title with no
    # state of its own is the dateline state's, which the report names
    ("HA NOI (VNA) – Deputy Minister of Foreign Affairs Nguyễn Minh Hằng received New Zealand "
     "Ambassador Caroline Beresford in Ha Noi on June 3. She said New Zealand wanted closer "
     "ties with Viet Nam.", [("CONSULT", "NZL", "VNM")]),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_sides(sided: Callable[[str], list[Sided]], text: str, expected: list[Sided]) -> None:
    assert sided(text) == expected


PERSONS = [
    (SIDES[0][0], 1, [("Marko Dzhurich", MFA, "SRB"), ("Péter Szijjártó", MFA, "HUN")]),
    (SIDES[1][0], 0, [("Andrey Rudenko", DMFA, "RUS"), ("Masataka Okano", DMFA, "JPN")]),
    (SIDES[2][0], 0, [("Amrit Rai", "Foreign Secretary", "NPL"),
                      ("Vikram Misri", "Foreign Secretary", "IND")]),
    # "Mohamad" alone is Mohamad Hasan, who thanked Thailand
    ("PUTRAJAYA, March 14 (Bernama) - Malaysian Foreign Minister Mohamad Hasan met Thai Foreign "
     "Minister Maris Sangiampongsa in Putrajaya on Tuesday. Mohamad thanked Thailand for its "
     "support for the ASEAN chairmanship.", 1, [("Mohamad Hasan", MFA, "MYS")]),
    # «До» inside the name; «Ли» undeclined: not Lee Jae-myung by the family name alone
    ("МОСКВА, 14 марта. /ТАСС/. Заместитель министра иностранных дел России Андрей Руденко "
     "провел в среду встречу с Послом Республики Корея в Москве Ли До Хуном.", 0,
     [("Andrey Rudenko", DMFA, "RUS"), ("Li Do Khun", "Ambassador", "KOR")]),
    # the head of delegation's "we" carries both heads to what was agreed
    ("МОСКВА, 14 марта. /РИА Новости/. Россия и Иран провели во вторник в Москве консультации "
     "по вопросам нераспространения. Иранскую делегацию возглавлял заместитель министра "
     "иностранных дел Казем Гарибабади. «Мы договорились продолжить диалог по всем вопросам», "
     "— сказал РИА Новости замглавы МИД РФ, курирующий вопросы контроля над вооружениями, "
     "Сергей Рябков.", 1,
     [("Kazem Garibabadi", DMFA, "IRN"), ("Sergei Ryabkov", DMFA, "RUS")]),
    # the title's qualifier in brackets; the leader's bare title opening the next sentence
    ("NEW DELHI, March 14. India and Kazakhstan held foreign office consultations in New Delhi "
     "on Tuesday. The Indian delegation was led by Joint Secretary (Eurasia) Manish Chauhan, "
     "and the Kazakh delegation was led by Deputy Foreign Minister Alibek Bakayev.", 0,
     [("Alibek Bakayev", DMFA, "KAZ"), ("Manish Chauhan", "Joint Secretary", "IND")]),
    ("External Affairs Minister Subrahmanyam Jaishankar is on an official visit to Japan. "
     "Minister held talks with Foreign Minister of Japan Takeshi Iwaya in Tokyo today.", 0,
     [("Subrahmanyam Jaishankar", MFA, "IND"), ("Takeshi Iwaya", MFA, "JPN")]),
    # the deputy minister's title names no state: the ambassador is posted to Kazakhstan
    ("Заместитель министра иностранных дел Алибек Бакаев встретился с Чрезвычайным и "
     "Полномочным Послом Японии в Казахстане Кэйдзи Исидой.", 0,
     [("Alibek Bakayev", DMFA, "KAZ"), ("Keiji Ishida", "Ambassador", "JPN")]),
    # "counterpart" is a title: the name after it, one word or more, is the official's
    ("JAKARTA, March 14 (Antara) - Indonesian Foreign Minister Sugiono held talks in Jakarta "
     "on Tuesday with his Thai counterpart Maris Sangiampongsa.", 0,
     [("Maris Sangiampongsa", MFA, "THA"), ("Sugiono", MFA, "IDN")]),
    ("BEIJING, March 14 (Xinhua) - Chinese Foreign Minister Wang Yi held talks in Beijing on "
     "Tuesday with his Indonesian counterpart Sugiono, who is on an official visit to China.", 0,
     [("Sugiono", MFA, "IDN"), ("Wang Yi", MFA, "CHN")]),
    ("ПЕКИН, 14 марта. /ТАСС/. Министр иностранных дел КНР Ван И провел в Пекине переговоры "
     "с индонезийским коллегой Сугионо.", 0,
     [("Sugiono", MFA, "IDN"), ("Wang Yi", MFA, "CHN")]),
    # the headline's "Readout Office of the Spokesperson March 3" is no name
    ("Secretary Rubio's Meeting with Indian External Affairs Minister Jaishankar Readout Office "
     "of the Spokesperson March 3, 2025 Secretary of State Marco Rubio met today with Indian "
     "External Affairs Minister Subrahmanyam Jaishankar in Washington.", 1,
     [("Marco Rubio", "Secretary of State", "USA"),
      ("Subrahmanyam Jaishankar", MFA, "IND")]),
]


@pytest.mark.parametrize(("text", "index", "expected"), PERSONS)
def test_persons(extractor: Extractor, text: str, index: int, expected: Persons) -> None:
    assert persons_of(extractor, text, index) == expected


@pytest.mark.parametrize(("name", "country", "expected"), [
    ("Вахид Джалалзаде", "IRN", "Vahid Jalalzade"),
    ("Мохаммед Абдель Латиф", "EGY", "Mohammed Abdel Latif"),
    ("Халид аль-Ясин", "KWT", "Khalid al-Yasin"),
    ("Джавад Зариф", "IRN", "Javad Zarif"),
])
def test_arabic_script_names(name: str, country: str, expected: str) -> None:
    assert canonical_person_name(name, "ru", country) == expected
