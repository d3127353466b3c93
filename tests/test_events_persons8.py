"""Officials of found acts, eighth round (issue 13, branch persons8).

Hand-written wire sentences (none from the blind set tests/data/probe/persons8.jsonl), each
with the exact persons (name and state) of the acts coded: a body in the genitive closing a
Russian title is no name word, and the state it ends with is the official's; who accompanied
a visitor, or received one named by a pronoun, took part; an official whose title names no
state in such a sentence is of the one official's side it names, or of the meeting's one
side without an official ("Angeführt wurde sie von …"); "den Vorsitz führten …" names the
chairs; an impersonal outcome "im Anschluss an die Sitzung" is the chairs' act; an official
of no stated state in the meeting's sentence sits for its one side without an official; two
states and two names joined alike pair in order; a session that may take place is no act;
who also sat in, his side named nowhere, is the host's; an agentless passive opening with
its participle ("Vereinbart wurde …") is the chairs' outcome; who also took part in the
session held no meeting of their own.
"""

from __future__ import annotations

import pytest

from codekit import with_persons
from communique import Extractor

Coded = tuple[str, tuple[str, ...], tuple[str, ...], frozenset[tuple[str, str | None]]]


def coded(extractor: Extractor, text: str) -> list[Coded]:
    """Each event as (type, actor codes, recipient codes, persons with their code)."""
    return with_persons(extractor, text, "2025-05-06", lambda a: (a.name, a.code))


CASES = [
    # «Госсовета» is the body of the title, no name; КНР before the name is his state
    ("МОСКВА, 6 мая. /ТАСС/. Первый вице-премьер России Денис Мантуров провел во вторник в "
     "Москве переговоры с вице-премьером Госсовета КНР Хэ Лифэном.",
     [("CONSULT", ("CHN",), ("RUS",),
       frozenset({("Denis Manturov", "RUS"), ("He Lifeng", "CHN")}))]),
    # a title the lexicon cannot read, closed by the ministry and its state
    ("МОСКВА, 6 мая. /ТАСС/. Заместитель министра иностранных дел России Андрей Руденко "
     "провел во вторник в Москве консультации с генеральным директором департамента Азии МИД "
     "Японии Масатакой Окано.",
     [("CONSULT", ("JPN",), ("RUS",),
       frozenset({("Andrey Rudenko", "RUS"), ("Masataka Okano", "JPN")}))]),
    # the host of a visitor named by a pronoun, and the visitor's deputy who accompanied him
    ("АШХАБАД, 6 мая. /ТАСС/. Председатель Исполнительного комитета СНГ Сергей Лебедев "
     "посетил во вторник Ашхабад. Его принял министр иностранных дел Туркменистана Рашид "
     "Мередов. Лебедева сопровождал его заместитель Денис Тихонов.",
     [("CONSULT", ("CIS",), ("TKM",),
       frozenset({("Sergei Lebedev", "CIS"), ("Rashid Meredov", "TKM"),
                  ("Denis Tikhonov", "CIS")}))]),
    # the head of the delegation the sentence before named: the side with no official yet
    ("Berlin (dpa) - Staatsministerin Anna Lührmann hat am Dienstag im Auswärtigen Amt eine "
     "Delegation aus Georgien empfangen. Angeführt wurde sie von Vizeaußenminister Lascha "
     "Darsalia. Themen waren die EU-Annäherung Georgiens und die Lage in Abchasien.",
     [("CONSULT", ("GEO",), ("DEU",),
       frozenset({("Anna Lührmann", "DEU"), ("Lascha Darsalia", "GEO")}))]),
    # the chairs of a commission, and the outcome signed after its session
    ("Prag (dpa) - Die tschechisch-slowakische Regierungskommission hat am Dienstag in Prag "
     "ihre jährliche Sitzung abgehalten. Den Vorsitz führten der tschechische Industrieminister "
     "Lukáš Vlček und der slowakische Wirtschaftsminister Karel Hirman. Im Anschluss an die "
     "Sitzung wurde ein Abkommen über den Ausbau der Gasleitungen unterzeichnet.",
     [("CONSULT", ("SVK",), ("CZE",),
       frozenset({("Lukáš Vlček", "CZE"), ("Karel Hirman", "SVK")})),
      ("SUPPORT", ("CZE", "SVK"), (),
       frozenset({("Lukáš Vlček", "CZE"), ("Karel Hirman", "SVK")}))]),
    # an official of no stated state in the meeting's sentence: the side with no official
    ("Berlin (dpa) - Der Botschafter Chinas in Deutschland, Deng Hongbo, ist am Montag im "
     "Auswärtigen Amt mit der Leiterin der Asien-Abteilung, Petra Sigmund, zusammengetroffen.",
     [("CONSULT", ("CHN",), ("DEU",),
       frozenset({("Deng Hongbo", "CHN"), ("Petra Sigmund", "DEU")}))]),
    # two states and two names, each joined by «и»: respectively
    ("АСТАНА, 6 мая. /ТАСС/. Министры иностранных дел Казахстана и Киргизии Мурат Нуртлеу и "
     "Жээнбек Кулубаев провели во вторник переговоры в Астане.",
     [("CONSULT", ("KGZ",), ("KAZ",),
       frozenset({("Murat Nurtleu", "KAZ"), ("Zheenbek Kulubayev", "KGZ")}))]),
    # who also sat in, his side named nowhere: the host's staff
    ("Moskau (Sputnik) - Der russische Vizeaußenminister Michail Galusin hat am Montag in "
     "Moskau den Botschafter Kirgisistans, Aliaskar Zhamankulow, empfangen. An dem Gespräch "
     "nahm auch der Direktor der Vierten GUS-Abteilung, Alexej Polischtschuk, teil.",
     [("CONSULT", ("KGZ",), ("RUS",),
       frozenset({("Mikhail Galuzin", "RUS"), ("Aliaskar Zhamankulov", "KGZ"),
                  ("Alexei Polishchuk", "RUS")}))]),
    # an agentless passive opening with its participle after the chairs: their outcome
    ("Riga (dpa) - In Riga hat am Dienstag die deutsch-lettische Regierungskommission für "
     "Energiefragen getagt. Ko-Vorsitzende waren der deutsche Staatssekretär Frank Wetzel und "
     "der lettische Energieminister Kaspars Melnis. Vereinbart wurde eine engere "
     "Zusammenarbeit beim Bau von Offshore-Windparks.",
     [("CONSULT", ("DEU",), ("LVA",),
       frozenset({("Frank Wetzel", "DEU"), ("Kaspars Melnis", "LVA")})),
      ("AGREE", ("DEU", "LVA"), (),
       frozenset({("Frank Wetzel", "DEU"), ("Kaspars Melnis", "LVA")}))]),
    # who also took part in the session took part in it: no meeting of their own
    ("АСТАНА. КАЗИНФОРМ - Президент Казахстана Касым-Жомарт Токаев принял участие в заседании "
     "Совета глав государств СНГ, которое прошло в пятницу в Душанбе под председательством "
     "президента Таджикистана Эмомали Рахмона. В заседании также участвовали президент России "
     "Владимир Путин и президент Белоруссии Александр Лукашенко.",
     [("CONSULT", ("BLR", "CIS", "KAZ", "RUS", "TJK"), (),
       frozenset({("Kassym-Jomart Tokayev", "KAZ"), ("Emomali Rahmon", "TJK"),
                  ("Vladimir Putin", "RUS"), ("Alexander Lukashenko", "BLR")}))]),
    # a next session that may take place somewhere is no agreement to hold it
    ("МИНСК, 6 мая. /ТАСС/. Министр иностранных дел Белоруссии Максим Рыженков провел во "
     "вторник в Минске переговоры с министром иностранных дел Вьетнама Буй Тхань Шоном. "
     "Следующий раунд консультаций, по словам Рыженкова, может пройти в Ханое.",
     [("CONSULT", ("VNM",), ("BLR",),
       frozenset({("Maxim Ryzhenkov", "BLR"), ("Bui Thanh Son", "VNM")}))]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_persons(extractor: Extractor, text: str, expected: list[Coded]) -> None:
    assert coded(extractor, text) == expected
