"""Acts of pressure in German, English and Russian (issue 12, branch press5): threats and
ultimatums (THREATEN), seizures, blockades, charges and bans (COERCE), demands (REQUEST) and
refusals (REJECT), with their directions.

The blind set ``tests/data/probe/press5.jsonl`` (24 agency and ministry reports, 8 per
language) was written before the coder was run on it; every sentence below is hand-written,
none taken from it. Each case is a rule of the language (a lemma and its frame, a
construction), shown on one wording; docs/events.md, "Acts of pressure".
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2025-06-11"


def coded(extractor: Extractor, language: str, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, language, PUBLISHED)


@pytest.mark.parametrize(("language", "text", "expected"), [
    # what an ultimatum or a refusal is about is no act of its own; a threat beside a demand is one
    ('en', 'Ankara gave Baghdad an ultimatum to pull its troops out of the border region.',
     [('THREATEN', None, 'TUR', 'IRQ', 'occurred')]),
    ('en', 'Norway refused to renew the fisheries agreement with Russia.',
     [('REJECT', None, 'NOR', 'RUS', 'occurred')]),
    ('en', 'France pressed Algeria to release the journalist.',
     [('REQUEST', None, 'FRA', 'DZA', 'occurred')]),
    ('ru', 'Глава МИД Эстонии призвал Москву освободить рыбаков, пригрозив новыми санкциями.',
     [('REQUEST', None, 'EST', 'RUS', 'occurred'), ('THREATEN', None, 'EST', 'RUS', 'occurred')]),
    # an agentless passive done in a named state: that state acted, the reporting ministry told it
    ('en', 'Three Dutch citizens have been arrested in Venezuela, the Dutch foreign ministry '
           'said.',
     [('COERCE', 'arrest', 'VEN', 'NLD', 'occurred')]),
    ('de', 'Zwei französische Staatsbürger sind im Iran festgenommen worden, teilte das '
           'Außenministerium in Paris mit.',
     [('COERCE', 'arrest', 'IRN', 'FRA', 'occurred')]),
    # a demand naming no addressee after an arrest or a sanction against its maker asks it of who
    # did it
    ('de', 'Venezuela hat zwei spanische Staatsbürger festgenommen. Die Regierung in Madrid '
           'verlangte ihre sofortige Freilassung.',
     [('COERCE', 'arrest', 'VEN', 'ESP', 'occurred'), ('REQUEST', None, 'ESP', 'VEN', 'occurred')]),
    ('en', 'China detained a Canadian businessman last week. Canada demanded his release.',
     [('COERCE', 'arrest', 'CHN', 'CAN', 'occurred'), ('REQUEST', None, 'CAN', 'CHN', 'occurred')]),
    ('ru', 'Власти Ирана задержали французского туриста. Франция потребовала его освобождения.',
     [('COERCE', 'arrest', 'IRN', 'FRA', 'occurred'), ('REQUEST', None, 'FRA', 'IRN', 'occurred')]),
    # THREATEN: a response announced, a warning of retaliation, the idioms of a warning
    ('ru', 'Москва отреагирует на высылку российских дипломатов из Польши, заявил Песков.',
     [('THREATEN', None, 'RUS', 'POL', 'occurred')]),
    ('ru', 'Мы ответим Вильнюсу зеркально, заявила Захарова.',
     [('THREATEN', None, 'RUS', 'LTU', 'occurred')]),
    ('ru', 'Министр ответит на вопросы депутатов в среду.',
     []),
    ('ru', 'Пекин предупредил Токио о возможных ответных мерах.',
     [('THREATEN', None, 'CHN', 'JPN', 'occurred')]),
    ('ru', 'Кремль сделал серьезное предупреждение Кишиневу.',
     [('THREATEN', None, 'RUS', 'MDA', 'occurred')]),
    ('ru', 'Гидрометцентр сделал штормовое предупреждение.',
     []),
    ('ru', 'Лавров пообещал, что Россия адекватно отреагирует на размещение ракет США в Японии.',
     [('THREATEN', None, 'RUS', 'USA', 'occurred')]),
    ('ru', 'Иран не будет сидеть сложа руки, предупредил Аракчи Израиль.',
     [('THREATEN', None, 'IRN', 'ISR', 'occurred')]),
    ('en', 'Russia will react to the expulsion of its diplomats from Poland, Peskov said.',
     [('THREATEN', None, 'RUS', 'POL', 'occurred')]),
    ('en', 'China will not sit idly by, the foreign ministry warned the Philippines.',
     [('THREATEN', None, 'CHN', 'PHL', 'occurred')]),
    ('de', 'Russland werde nicht tatenlos zusehen, warnte das Außenministerium in Moskau '
           'Finnland.',
     [('THREATEN', None, 'RUS', 'FIN', 'occurred')]),
    # COERCE: a ship seized, a blockade, vessels stopped, a sentence, a case, a search, a ban
    ('de', 'Die libysche Küstenwache brachte einen maltesischen Fischkutter auf.',
     [('COERCE', 'seize', 'LBY', 'MLT', 'occurred')]),
    ('en', 'Israel imposed a naval blockade on Lebanon.',
     [('COERCE', 'restrict', 'ISR', 'LBN', 'occurred')]),
    ('en', 'The Greek coast guard intercepted a Turkish trawler.',
     [('COERCE', 'restrict', 'GRC', 'TUR', 'occurred')]),
    ('ru', 'Египет ввел морскую блокаду Судана.',
     [('COERCE', 'restrict', 'EGY', 'SDN', 'occurred')]),
    ('ru', 'ВМС Украины перехватили российский танкер.',
     [('COERCE', 'restrict', 'UKR', 'RUS', 'occurred')]),
    ('ru', 'Пограничники Финляндии задержали российское рыболовецкое судно.',
     [('COERCE', None, 'FIN', 'RUS', 'occurred')]),
    ('ru', 'Суд в Грузии осудил гражданина России на шесть лет заключения.',
     [('COERCE', 'arrest', 'GEO', 'RUS', 'occurred')]),
    ('ru', 'Прокуратура Польши возбудила уголовное дело против белорусского журналиста.',
     [('COERCE', 'arrest', 'POL', 'BLR', 'occurred')]),
    ('ru', 'Власти Эстонии лишили гражданства российских пенсионеров.',
     [('COERCE', None, 'EST', 'RUS', 'occurred')]),
    ('ru', 'Минюст России внес британский фонд в реестр нежелательных организаций.',
     [('COERCE', 'ban', 'RUS', 'GBR', 'occurred')]),
    ('ru', 'Полиция Латвии провела обыск в офисе российского агентства.',
     [('COERCE', None, 'LVA', 'RUS', 'occurred')]),
    ('ru', 'Германия выдала ордер на арест российского хакера.',
     [('COERCE', 'arrest', 'DEU', 'RUS', 'occurred')]),
    ('ru', 'В Ашхабаде задержан гражданин Узбекистана.',
     [('COERCE', 'arrest', 'TKM', 'UZB', 'occurred')]),
    ('ru', 'В Ашхабаде подписано соглашение с Узбекистаном.',
     []),
    ('de', 'Die deutschen Behörden setzten einen iranischen Hacker auf die Fahndungsliste.',
     [('COERCE', 'arrest', 'DEU', 'IRN', 'occurred')]),
    ('de', 'Georgien entzog einem russischen Fernsehsender die Sendelizenz.',
     [('COERCE', 'ban', 'GEO', 'RUS', 'occurred')]),
    # REQUEST: pressed or pushed to act
    ('en', 'Canada pushed China to release the two detained citizens.',
     [('REQUEST', None, 'CAN', 'CHN', 'occurred')]),
    ('en', 'Russia pushed its troops to the border with Ukraine.',
     []),
    # REJECT: talks ruled out, a refusal as the answer, disagreement; no comment is no refusal
    ('en', 'Venezuela ruled out talks with Guyana over the Essequibo region.',
     [('REJECT', None, 'VEN', 'GUY', 'occurred')]),
    ('en', 'Venezuela did not rule out talks with Guyana.',
     []),
    ('ru', 'Венесуэла исключила переговоры с Гайаной.',
     [('REJECT', None, 'VEN', 'GUY', 'occurred')]),
    ('ru', 'Венесуэла не исключает переговоров с Гайаной.',
     []),
    ('ru', 'Молдавия ответила отказом на требование России.',
     [('REJECT', None, 'MDA', 'RUS', 'occurred')]),
    ('ru', 'Сербия не согласилась с предложением Косово.',
     [('REJECT', None, 'SRB', 'XKX', 'occurred')]),
    ('ru', 'Армения не пойдет на уступки Азербайджану, заявил Пашинян.',
     [('REJECT', None, 'ARM', 'AZE', 'occurred')]),
    ('en', 'The Hungarian foreign ministry refused to comment on the remarks by Ukraine.',
     []),
    ('ru', 'В МИД Венгрии отказались комментировать заявление Украины.',
     []),
    # a warning addressed, threats repeated; custody in a compound of "Haft"
    ('ru', 'Кремль адресовал Таллину жесткое предупреждение.',
     [('THREATEN', None, 'RUS', 'EST', 'occurred')]),
    ('ru', 'Анкара повторила свои угрозы в адрес Дамаска.',
     [('THREATEN', None, 'TUR', 'SYR', 'occurred')]),
    ('ru', 'Эксперты повторили предупреждение об угрозе терроризма.', []),
    ('de', 'Ein georgischer Staatsbürger wurde in Österreich in Auslieferungshaft genommen.',
     [('COERCE', 'arrest', 'AUT', 'GEO', 'occurred')]),
    # held to account: done a repression, announced a threat; offices searched
    ('de', 'Polen werde Belarus für die Schleusungen zur Rechenschaft ziehen, sagte Tusk.',
     [('THREATEN', None, 'POL', 'BLR', 'occurred')]),
    ('de', 'Die Bundesregierung verlangte, Iran für die Hinrichtung zur Rechenschaft zu ziehen.',
     [('REQUEST', None, 'DEU', 'IRN', 'occurred')]),
    ('de', 'Die ungarische Polizei durchsuchte die Büros einer amerikanischen Stiftung.',
     [('COERCE', None, 'HUN', 'USA', 'occurred')]),
    ('ru', 'Литва привлечет Белоруссию к ответственности за провокации на границе, заявил Науседа.',
     [('THREATEN', None, 'LTU', 'BLR', 'occurred')]),
    # a threat foreseen by observers is their opinion, no act
    ('de', 'Beobachter erwarten, dass Russland auf die Ausweisung seiner Diplomaten aus Estland '
           'reagieren werde.', []),
    ('ru', 'Аналитики полагают, что Москва отреагирует на высылку дипломатов из Эстонии.', []),
    ('ru', 'Москва отреагирует на высылку дипломатов из Эстонии, заявили в МИД России.',
     [('THREATEN', None, 'RUS', 'EST', 'occurred')]),
    # a response promised by its verb; countermeasures announced, steps in answer taken
    ('de', 'Die Türkei versprach, auf die Ausweisung ihres Botschafters aus Israel zu reagieren.',
     [('THREATEN', None, 'TUR', 'ISR', 'occurred')]),
    ('ru', 'Белоруссия примет контрмеры в отношении Литвы.',
     [('THREATEN', None, 'BLR', 'LTU', 'occurred')]),
    ('ru', 'Белоруссия предприняла ответные шаги против Литвы.',
     [('SANCTION', None, 'BLR', 'LTU', 'occurred')]),
    # wire idioms of refusal and ultimatum; a police raid
    ('en', 'Slovakia balked at the EU proposal to fund Ukraine.',
     [('REJECT', None, 'SVK', 'EU+UKR', 'occurred')]),
    ('en', 'Russia closed the door to negotiations with Ukraine.',
     [('REJECT', None, 'RUS', 'UKR', 'occurred')]),
    ('en', 'Germany slammed Russia for the attack.',
     [('ACCUSE', None, 'DEU', 'RUS', 'occurred')]),
    ('en', 'Serbia gave Kosovo until Monday to remove its special police units.',
     [('THREATEN', None, 'SRB', 'XKX', 'occurred')]),
    ('en', 'Belarusian police raided the Minsk office of a Polish foundation.',
     [('COERCE', None, 'BLR', 'POL', 'occurred')]),
    # defiance: a demand ignored, a deadline let lapse, a veto held to; an explanation expected
    ('de', 'Belarus ignorierte die Aufforderung Litauens.',
     [('REJECT', None, 'BLR', 'LTU', 'occurred')]),
    ('de', 'Die Türkei ließ die Frist Schwedens verstreichen.',
     [('REJECT', None, 'TUR', 'SWE', 'occurred')]),
    ('de', 'Die Slowakei hält an ihrem Veto gegen das Sanktionspaket der EU fest.',
     [('REJECT', None, 'SVK', 'EU', 'occurred')]),
    ('de', 'Deutschland erwartet von Iran eine Erklärung.',
     [('REQUEST', None, 'DEU', 'IRN', 'occurred')]),
    ('ru', 'Белоруссия проигнорировала призыв Литвы.',
     [('REJECT', None, 'BLR', 'LTU', 'occurred')]),
    ('ru', 'Турция дала отказ Швеции.',
     [('REJECT', None, 'TUR', 'SWE', 'occurred')]),
    ('ru', 'Турция не исключила военной операции против Сирии.',
     [('THREATEN', None, 'TUR', 'SYR', 'occurred')]),
    ('ru', 'Турция исключила военную операцию против Сирии.', []),
    # a sentence upheld, custody extended: the detention goes on
    ('de', 'Ein iranisches Gericht bestätigte das Todesurteil gegen einen schwedischen Arzt.',
     [('COERCE', 'arrest', 'IRN', 'SWE', 'occurred')]),
    ('de', 'Ein belarussisches Gericht verlängerte die Haft eines litauischen Aktivisten.',
     [('COERCE', 'arrest', 'BLR', 'LTU', 'occurred')]),
    ('en', 'An Iranian court upheld the conviction of a Swedish citizen.',
     [('COERCE', 'arrest', 'IRN', 'SWE', 'occurred')]),
    ('en', 'A Belarusian court extended the detention of a Lithuanian activist.',
     [('COERCE', 'arrest', 'BLR', 'LTU', 'occurred')]),
    ('ru', 'Суд в Иране утвердил приговор гражданину Швеции.',
     [('COERCE', 'arrest', 'IRN', 'SWE', 'occurred')]),
    ('ru', 'Суд в Белоруссии продлил арест гражданину Литвы.',
     [('COERCE', 'arrest', 'BLR', 'LTU', 'occurred')]),
    # a release expected of a state; a strong recommendation is a demand
    ('ru', 'Литва ждет от Минска освобождения литовских граждан.',
     [('REQUEST', None, 'LTU', 'BLR', 'occurred')]),
    ('ru', 'Пекин настоятельно рекомендовал Токио не вмешиваться.',
     [('REQUEST', None, 'CHN', 'JPN', 'occurred')]),
    ('ru', 'Минздрав рекомендовал гражданам сделать прививку.', []),
])
def test_press5_rules(extractor: Extractor, language: str, text: str,
                      expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, language, text) == expected
