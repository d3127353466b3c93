"""Russian lemma frames (lang/ru/events.yaml) on wire-style sentences, one or more per group.

Each sentence is written in the style of BelTA, TASS or RIA reports and must give exactly
the coded (type, mode, actors, recipients, status); the cases cover both aspects, passives,
light verbs, nominalisations and reflexives, and a few sentences that report no act.
"""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from communique import Extractor
from communique.document import RawDocument
from communique.nlp.lemmas import Lemmatizer

PUBLISHED = "2021-11-24"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    raw = RawDocument(text, doc_id="case", published=PUBLISHED, language="ru")
    return sorted((e.event_type, e.mode,
                   "+".join(sorted({a.code for a in e.actors if a.code})),
                   "+".join(sorted({a.code for a in e.recipients if a.code})), e.status)
                  for doc in extractor.run([raw]) for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # CONSULT
    ('Министр обороны Белоруссии Виктор Хренин встретился в '
     'Минске с министром обороны Армении Суреном Папикяном.',
     [('CONSULT', 'visit', 'ARM', 'BLR', 'occurred')]),
    ('Министры иностранных дел Армении и Азербайджана проводят в Вашингтоне переговоры.',
     [('CONSULT', None, 'ARM+AZE', '', 'occurred')]),
    ('Консультации министерств иностранных дел России и Японии проведены в Токио.',
     [('CONSULT', 'visit', 'RUS', 'JPN', 'occurred')]),
    ('Делегации России и Китая ведут переговоры о поставках газа.',
     [('CONSULT', None, 'CHN+RUS', '', 'occurred')]),
    ('Министр иностранных дел Китая побеседовал с послом США.',
     [('CONSULT', None, 'CHN+USA', '', 'occurred')]),
    ('Президенты России и Франции обсуждали по телефону ситуацию вокруг Украины.',
     [('CONSULT', 'phone', 'FRA+RUS', '', 'occurred')]),
    ('Министры иностранных дел России и Казахстана переговорили по телефону.',
     [('CONSULT', 'phone', 'KAZ+RUS', '', 'occurred')]),
    ('Премьер-министр Венгрии Виктор Орбан побывал в Пекине.',
     [('CONSULT', 'visit', 'HUN', 'CHN', 'occurred')]),
    ('Премьер-министр Японии совершил визит в Индию.',
     [('CONSULT', 'visit', 'JPN', 'IND', 'occurred')]),
    ('Президент Казахстана Касым-Жомарт Токаев принял в '
     'Астане министра иностранных дел Германии Анналену Бербок.',
     [('CONSULT', 'visit', 'DEU', 'KAZ', 'occurred')]),
    ('Состоялась видеоконференция министров иностранных дел России и Индии.',
     [('CONSULT', 'phone', 'IND+RUS', '', 'occurred')]),
    ('Министр иностранных дел Ирана находится в Москве с визитом.',
     [('CONSULT', 'visit', 'IRN', 'RUS', 'occurred')]),
    # AGREE
    ('Китай гарантировал Пакистану поставки вакцин.',
     [('AGREE', None, 'CHN', 'PAK', 'occurred')]),
    ('Министр иностранных дел России Сергей Лавров в '
     'среду встретится с турецким коллегой Мевлютом Чавушоглу.',
     [('AGREE', None, 'RUS+TUR', '', 'planned')]),
    ('Россия и Белоруссия достигли договоренности о цене на газ.',
     [('AGREE', None, 'BLR+RUS', '', 'occurred')]),
    ('Армения и Азербайджан пришли к соглашению о делимитации границы.',
     [('AGREE', None, 'ARM+AZE', '', 'occurred')]),
    ('Казахстан и Узбекистан согласовали проект соглашения о демаркации границы.',
     [('AGREE', None, 'KAZ+UZB', '', 'occurred')]),
    ('Достигнута договоренность о проведении следующего раунда '
     'переговоров России и Китая в Пекине.',
     [('AGREE', None, 'CHN+RUS', '', 'planned')]),
    ('Китай выразил готовность расширять сотрудничество с Белоруссией в сфере образования.',
     [('AGREE', None, 'BLR+CHN', '', 'occurred')]),
    ('Россия и Индия намерены расширять военно-техническое сотрудничество.',
     [('AGREE', None, 'IND+RUS', '', 'occurred')]),
    ('Китай готов расширять сотрудничество с Белоруссией.',
     [('AGREE', None, 'BLR+CHN', '', 'occurred')]),
    ('Евросоюз пообещал предоставить Украине помощь.',
     [('AGREE', None, 'EU', 'UKR', 'occurred')]),
    ('Президент Египта пригласил президента России посетить Каир.',
     [('AGREE', None, 'EGY', 'RUS', 'planned')]),
    ('Германия предложила Польше разместить дополнительные системы ПВО.',
     [('AGREE', None, 'DEU', 'POL', 'occurred')]),
    ('Япония взяла на себя обязательство выделить Филиппинам патрульные катера.',
     [('AGREE', None, 'JPN', 'PHL', 'occurred')]),
    ('Президент Казахстана выдвинул инициативу о создании совета по энергетике с Узбекистаном.',
     [('AGREE', None, 'KAZ', 'UZB', 'occurred')]),
    ('Президент Китая посетит Россию с визитом в марте.',
     [('AGREE', None, 'CHN', 'RUS', 'planned')]),
    ('Россия и Белоруссия подпишут соглашение о взаимном признании виз.',
     [('AGREE', None, 'BLR+RUS', '', 'planned')]),
    # SUPPORT
    ('Между Белоруссией и Вьетнамом подписан меморандум о взаимопонимании.',
     [('SUPPORT', None, 'BLR+VNM', '', 'occurred')]),
    ('Китай и Пакистан заключили соглашение о свободной торговле.',
     [('SUPPORT', None, 'CHN+PAK', '', 'occurred')]),
    ('Соглашение между Россией и Монголией было ратифицировано парламентом Монголии.',
     [('SUPPORT', None, 'MNG+RUS', '', 'occurred')]),
    ('Президент Белоруссии дал высокую оценку сотрудничеству с Китаем.',
     [('SUPPORT', None, 'BLR', 'CHN', 'occurred')]),
    ('Министр иностранных дел Китая высоко оценил позицию Белоруссии.',
     [('SUPPORT', None, 'CHN', 'BLR', 'occurred')]),
    ('Индия присоединилась к декларации ЕС.',
     [('SUPPORT', None, 'IND', 'EU', 'occurred')]),
    ('Армения и Израиль восстановили дипломатические отношения.',
     [('SUPPORT', None, 'ARM+ISR', '', 'occurred')]),
    ('Китай выразил поддержку Белоруссии.',
     [('SUPPORT', None, 'CHN', 'BLR', 'occurred')]),
    ('Премьер-министр Индии поблагодарил Россию за поддержку.',
     [('SUPPORT', None, 'IND', 'RUS', 'occurred')]),
    ('Президент Франции поздравил президента Казахстана с победой на выборах.',
     [('SUPPORT', None, 'FRA', 'KAZ', 'occurred')]),
    ('Венгрия приветствовала решение Сербии.',
     [('SUPPORT', None, 'HUN', 'SRB', 'occurred')]),
    ('Президент Сербии поддержал инициативу Китая.',
     [('SUPPORT', None, 'SRB', 'CHN', 'occurred')]),
    ('Министр иностранных дел Белоруссии выразил признательность Китаю за поддержку.',
     [('SUPPORT', None, 'BLR', 'CHN', 'occurred')]),
    ('Президент Туркмении направил поздравление президенту Узбекистана.',
     [('SUPPORT', None, 'TKM', 'UZB', 'occurred')]),
    ('Россия и Китай приняли совместное заявление о многополярном мире.',
     [('SUPPORT', None, 'CHN+RUS', '', 'occurred')]),
    ('По итогам встречи президентов России и Казахстана подписан ряд документов.',
     [('CONSULT', None, 'KAZ+RUS', '', 'occurred'), ('SUPPORT', None, 'KAZ+RUS', '', 'occurred')]),
    ('В ходе переговоров министры иностранных дел Белоруссии и Китая '
     'подписали план сотрудничества.',
     [('CONSULT', None, 'BLR+CHN', '', 'occurred'), ('SUPPORT', None, 'BLR+CHN', '', 'occurred')]),
    # CONCEDE
    ('Евросоюз смягчил санкции против Белоруссии.',
     [('CONCEDE', None, 'EU', 'BLR', 'occurred')]),
    ('Армения пошла на уступки Азербайджану.',
     [('CONCEDE', None, 'ARM', 'AZE', 'occurred')]),
    # COOPERATE
    ('Россия и Казахстан обменялись данными о террористах.',
     [('COOPERATE', None, 'KAZ+RUS', '', 'occurred')]),
    ('Турция выдала России подозреваемого в терроризме.',
     [('COOPERATE', None, 'TUR', 'RUS', 'occurred')]),
    ('Россия и Белоруссия создали совместную рабочую группу по кибербезопасности.',
     [('COOPERATE', None, 'BLR+RUS', '', 'occurred')]),
    ('Спецслужбы России и Белоруссии обменялись информацией о террористических угрозах.',
     [('COOPERATE', None, 'BLR+RUS', '', 'occurred')]),
    ('Украина экстрадировала в Молдавию гражданина Молдавии.',
     [('COOPERATE', None, 'UKR', 'MDA', 'occurred')]),
    ('Россия и Китай провели совместные военно-морские учения в Японском море.',
     [('COOPERATE', None, 'CHN+RUS', '', 'occurred')]),
    ('Россия и Грузия возобновили авиасообщение.',
     [('COOPERATE', None, 'GEO+RUS', '', 'occurred')]),
    # AID
    ('Россия передала Сирии партию гуманитарной помощи.',
     [('AID', None, 'RUS', 'SYR', 'occurred')]),
    ('Россия оказала Кубе гуманитарную помощь.',
     [('AID', None, 'RUS', 'CUB', 'occurred')]),
    ('Япония предоставила Вьетнаму кредит в размере 500 миллионов долларов.',
     [('AID', None, 'JPN', 'VNM', 'occurred')]),
    ('Китай поставил Белоруссии вакцины от коронавируса.',
     [('AID', None, 'CHN', 'BLR', 'occurred')]),
    ('Китай направил Монголии гуманитарную помощь.',
     [('AID', None, 'CHN', 'MNG', 'occurred')]),
    ('Литва передала Украине боеприпасы.',
     [('AID', None, 'LTU', 'UKR', 'occurred')]),
    # RETREAT
    ('Армения отвела войска от границы с Азербайджаном.',
     [('RETREAT', None, 'ARM', 'AZE', 'occurred')]),
    ('Украина и Россия обменялись пленными.',
     [('RETREAT', None, 'RUS+UKR', '', 'occurred')]),
    ('Китай освободил двух граждан Канады.',
     [('RETREAT', None, 'CHN', 'CAN', 'occurred')]),
    ('Россия вывела войска из Казахстана.',
     [('RETREAT', None, 'RUS', 'KAZ', 'occurred')]),
    ('Россия помиловала гражданина США.',
     [('RETREAT', None, 'RUS', 'USA', 'occurred')]),
    ('Иран допустил инспекторов МАГАТЭ на ядерные объекты.',
     [('RETREAT', None, 'IRN', 'IAEA', 'occurred')]),
    # REQUEST
    ('Иран призвал Саудовскую Аравию к диалогу.',
     [('REQUEST', None, 'IRN', 'SAU', 'occurred')]),
    ('Армения попросила Россию о помощи.',
     [('REQUEST', None, 'ARM', 'RUS', 'occurred')]),
    ('Сербия обратилась к России с просьбой о поставках газа.',
     [('REQUEST', None, 'SRB', 'RUS', 'occurred')]),
    ('Россия призвала США отказаться от размещения ракет в Европе.',
     [('REQUEST', None, 'RUS', 'USA', 'occurred')]),
    ('Литва запросила у США дополнительные системы ПВО.',
     [('REQUEST', None, 'LTU', 'USA', 'occurred')]),
    # ACCUSE
    ('Министерство иностранных дел Латвии вызвало временного поверенного в делах России.',
     [('ACCUSE', None, 'LVA', 'RUS', 'occurred')]),
    ('Посол Германии был вызван в МИД России.',
     [('ACCUSE', None, 'RUS', 'DEU', 'occurred')]),
    ('Литва выразила озабоченность Белоруссии в связи со строительством АЭС.',
     [('ACCUSE', None, 'LTU', 'BLR', 'occurred')]),
    ('Россия обвиняет Украину в срыве переговоров.',
     [('ACCUSE', None, 'RUS', 'UKR', 'occurred')]),
    ('Франция раскритиковала Китай за нарушения прав человека.',
     [('ACCUSE', None, 'FRA', 'CHN', 'occurred')]),
    ('Китай осуждает санкции США.',
     [('ACCUSE', None, 'CHN', 'USA', 'occurred')]),
    ('Великобритания возложила на Россию ответственность за кибератаку.',
     [('ACCUSE', None, 'GBR', 'RUS', 'occurred')]),
    ('МИД Литвы вызвал посла России.',
     [('ACCUSE', None, 'LTU', 'RUS', 'occurred')]),
    ('Россия опротестовала решение Латвии.',
     [('ACCUSE', None, 'RUS', 'LVA', 'occurred')]),
    ('МИД России назвал решение Эстонии провокацией.',
     [('ACCUSE', None, 'RUS', 'EST', 'occurred')]),
    # REJECT
    ('Китай отклонил просьбу Литвы о переговорах.',
     [('REJECT', None, 'CHN', 'LTU', 'occurred')]),
    ('Венгрия заблокировала заявление ЕС о Китае.',
     [('REJECT', None, 'HUN', 'EU', 'occurred')]),
    ('Россия проголосовала против резолюции Украины.',
     [('REJECT', None, 'RUS', 'UKR', 'occurred')]),
    ('Китай отверг предложение Австралии о расследовании.',
     [('REJECT', None, 'CHN', 'AUS', 'occurred')]),
    ('Россия наложила вето на проект резолюции Великобритании.',
     [('REJECT', None, 'RUS', 'GBR', 'occurred')]),
    # THREATEN
    ('Китай предупредил США о последствиях визита в Тайвань.',
     [('THREATEN', None, 'CHN', 'USA', 'occurred')]),
    ('Северная Корея пригрозила США ответными действиями.',
     [('THREATEN', None, 'PRK', 'USA', 'occurred')]),
    ('Китай предъявил ультиматум Индии.',
     [('THREATEN', None, 'CHN', 'IND', 'occurred')]),
    ('Россия пригрозила ввести санкции против Молдавии.',
     [('THREATEN', None, 'RUS', 'MDA', 'occurred')]),
    ('Россия угрожает Украине вторжением.',
     [('THREATEN', None, 'RUS', 'UKR', 'occurred')]),
    ('Москва пообещала Варшаве зеркальные ответные меры.',
     [('THREATEN', None, 'RUS', 'POL', 'occurred')]),
    ('Россия пообещала Молдавии ответить на высылку дипломатов.',
     [('THREATEN', None, 'RUS', 'MDA', 'occurred')]),
    ('Китай предостерег США от вмешательства во внутренние дела.',
     [('THREATEN', None, 'CHN', 'USA', 'occurred')]),
    ('Россия вышлет двух дипломатов Эстонии.',
     [('THREATEN', None, 'RUS', 'EST', 'occurred')]),
    ('Евросоюз введет санкции против Белоруссии.',
     [('THREATEN', None, 'EU', 'BLR', 'occurred')]),
    # PROTEST
    ('Тысячи граждан Грузии провели митинг у посольства России.',
     [('PROTEST', None, 'GEO', 'RUS', 'occurred')]),
    ('Граждане Молдавии пикетировали посольство России в Кишиневе.',
     [('PROTEST', None, 'MDA', 'RUS', 'occurred')]),
    # SANCTION
    ('Евросоюз продлил санкции против России на полгода.',
     [('SANCTION', None, 'EU', 'RUS', 'occurred')]),
    ('США заморозили активы Центробанка Афганистана.',
     [('SANCTION', None, 'USA', 'AFG', 'occurred')]),
    ('Польские дипломаты высланы из Белоруссии.',
     [('SANCTION', 'expel', 'POL', 'BLR', 'occurred')]),
    ('Белоруссия объявила двух польских дипломатов персонами нон грата.',
     [('SANCTION', 'expel', 'BLR', 'POL', 'occurred')]),
    ('Литва отозвала посла из Китая для консультаций.',
     [('SANCTION', None, 'LTU', 'CHN', 'occurred')]),
    ('Латвия запретила въезд гражданам России.',
     [('SANCTION', None, 'LVA', 'RUS', 'occurred')]),
    ('Латвия отказала во въезде гражданам России.',
     [('SANCTION', None, 'LVA', 'RUS', 'occurred')]),
    ('Россия приостановила участие в Договоре об открытом небе с США.',
     [('SANCTION', None, 'RUS', 'USA', 'occurred')]),
    ('Эстония закрыла консульство России в Нарве.',
     [('SANCTION', None, 'EST', 'RUS', 'occurred')]),
    ('США вышли из договора с Россией о ракетах средней и меньшей дальности.',
     [('SANCTION', None, 'USA', 'RUS', 'occurred')]),
    ('Евросоюз ввел санкции против Белоруссии.',
     [('SANCTION', None, 'EU', 'BLR', 'occurred')]),
    ('Канада вводит санкции против Ирана.',
     [('SANCTION', None, 'CAN', 'IRN', 'occurred')]),
    ('Литва высылает российского дипломата.',
     [('SANCTION', 'expel', 'LTU', 'RUS', 'occurred')]),
    ('Россия расширила санкционный список граждан Канады.',
     [('SANCTION', None, 'RUS', 'CAN', 'occurred')]),
    ('Грузия разорвала дипломатические отношения с Россией.',
     [('SANCTION', 'break relations', 'GEO', 'RUS', 'occurred')]),
    ('Россия денонсировала соглашение с Японией.',
     [('SANCTION', None, 'RUS', 'JPN', 'occurred')]),
    ('Россия аннулировала аккредитацию журналистов Латвии.',
     [('SANCTION', None, 'RUS', 'LVA', 'occurred')]),
    # MOBILIZE
    ('Россия перебросила к границе с Украиной дополнительные войска.',
     [('MOBILIZE', None, 'RUS', 'UKR', 'occurred')]),
    ('Белоруссия объявила мобилизацию против Литвы.',
     [('MOBILIZE', None, 'BLR', 'LTU', 'occurred')]),
    ('Россия сосредоточила войска у границы с Украиной.',
     [('MOBILIZE', None, 'RUS', 'UKR', 'occurred')]),
    ('Япония подняла истребители из-за самолетов Китая.',
     [('MOBILIZE', None, 'JPN', 'CHN', 'occurred')]),
    # COERCE
    ('Власти Белоруссии задержали гражданина Литвы.',
     [('COERCE', 'arrest', 'BLR', 'LTU', 'occurred')]),
    ('Суд России приговорил гражданина США к девяти годам заключения.',
     [('COERCE', 'arrest', 'RUS', 'USA', 'occurred')]),
    ('Россия депортировала граждан Таджикистана.',
     [('COERCE', None, 'RUS', 'TJK', 'occurred')]),
    ('Иран задержал танкер Великобритании.',
     [('COERCE', None, 'IRN', 'GBR', 'occurred')]),
    ('Власти Ирана арестовали гражданина Франции.',
     [('COERCE', 'arrest', 'IRN', 'FRA', 'occurred')]),
    # ASSAULT
    ('Израиль нанес авиаудар по территории Сирии.',
     [('ASSAULT', None, 'ISR', 'SYR', 'occurred')]),
    ('Россия обстреливает территорию Украины.',
     [('ASSAULT', None, 'RUS', 'UKR', 'occurred')]),
    ('Израиль сбил беспилотник Ирана.',
     [('ASSAULT', None, 'ISR', 'IRN', 'occurred')]),
    ('Россия вторглась на территорию Украины.',
     [('ASSAULT', None, 'RUS', 'UKR', 'occurred')]),
    ('Азербайджан атаковал позиции армянских войск.',
     [('ASSAULT', None, 'AZE', 'ARM', 'occurred')]),
    ('Турция нанесла удар по территории Сирии.',
     [('ASSAULT', None, 'TUR', 'SYR', 'occurred')]),
])
def test_events_frames_ru_code_the_act(extractor: Extractor, text: str,
                                       expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Правительство России приняло решение о повышении пенсий.",
    "Рейс из Москвы в Минск задержан на два часа.",
    "Стороны выразили уверенность в дальнейшем развитии отношений России и Китая.",
    "Россия и Китай поддерживают тесные контакты.",
    "Министр иностранных дел России Сергей Лавров принял участие в заседании правительства.",
    "Литва может ввести санкции против Белоруссии.",
    "Россия не вводила санкции против Китая.",
    "Китай вызвал обеспокоенность США своими учениями.",
])
def test_events_frames_ru_no_act(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


def test_events_frames_ru_lemmas_are_the_lemmatisers() -> None:
    """A frame lemma that pymorphy3 never gives would match nothing: every one must be
    its own lemma (ё read as е, as the matcher reads it)."""
    path = resources.files("communique").joinpath("lang", "ru", "events.yaml")
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["frames"]
    lemmatizer = Lemmatizer("ru")
    fold = str.maketrans("ё", "е")
    strays = [word for entry in entries for word in entry["lemmas"]
              if lemmatizer.lemma(word).lower().translate(fold) != word]
    assert strays == []
