"""Words of the exported reports, in English and French (exports are made without Qt's translator,
from the command line too). Keys are the snake_case names the JSON export uses."""

from __future__ import annotations

from visitapp.core.indicators import Hidden, HiddenReason
from visitapp.core.schools import Priority
from visitapp.core.visits import ClassLevel, VisitKind

# key -> (English, French)
_WORDS: dict[str, tuple[str, str]] = {
    # tables
    "summary": ("Key figures", "Chiffres clés"),
    "by_month": ("Reach over time", "Élèves rencontrés dans le temps"),
    "by_kind": ("Visits by kind", "Interventions par type"),
    "by_level": ("By class level", "Par niveau de classe"),
    "by_priority": ("Priority education (REP / REP+)", "Éducation prioritaire (REP / REP+)"),
    "by_school": ("By school", "Par établissement"),
    "ambassadors": ("Ambassadors", "Ambassadeurs et ambassadrices"),
    # columns
    "indicator": ("Indicator", "Indicateur"),
    "value": ("Value", "Valeur"),
    "month": ("Month", "Mois"),
    "kind": ("Kind", "Type"),
    "class_level": ("Class level", "Niveau"),
    "priority": ("Priority education", "Éducation prioritaire"),
    "school": ("School", "Établissement"),
    "city": ("City", "Commune"),
    "name": ("Name", "Nom"),
    "engineering_school": ("Engineering school", "École d'ingénieurs"),
    "visits": ("Visits", "Interventions"),
    "pupils": ("Pupils", "Élèves"),
    "hours": ("Hours", "Heures"),
    "date": ("Date", "Date"),
    "duration": ("Duration", "Durée"),
    # key figures
    "planned_visits": ("Planned visits (not held yet)", "Interventions prévues (à venir)"),
    "visits_without_headcount": (
        "Held visits without a headcount",
        "Interventions sans effectif saisi",
    ),
    "pupils_reached": ("Pupils reached", "Élèves rencontrés"),
    "girls_share": ("Share of girls", "Part de filles"),
    "priority_visits_share": (
        "Share of visits in REP / REP+ schools",
        "Part des interventions en REP / REP+",
    ),
    "priority_pupils_share": (
        "Share of pupils in REP / REP+ schools",
        "Part des élèves en REP / REP+",
    ),
    "rep_plus_visits_share": ("Share of visits in REP+ schools", "Part des interventions en REP+"),
    "schools": ("Schools visited", "Établissements visités"),
    "active_ambassadors": ("Ambassadors who took part", "Ambassadeurs et ambassadrices engagés"),
    "visit_hours": ("Hours in front of pupils", "Heures devant les élèves"),
    # surveys
    "survey": ("Pupils' surveys", "Questionnaires des élèves"),
    "paired_changes": (
        "Before → after, same phone (paired)",
        "Avant → après, même téléphone (apparié)",
    ),
    "unpaired_changes": ("Before → after, all answers", "Avant → après, toutes les réponses"),
    "distributions": ("Answers per option", "Réponses par modalité"),
    "question": ("Question", "Question"),
    "group": ("Group", "Groupe"),
    "option": ("Answer", "Réponse"),
    "before": ("Before", "Avant"),
    "after": ("After", "Après"),
    "pairs": ("Pairs", "Paires"),
    "mean_change": ("Mean change", "Évolution moyenne"),
    "ci_low": ("95% CI low", "IC 95 % bas"),
    "ci_high": ("95% CI high", "IC 95 % haut"),
    "share_up": ("Moved up", "En hausse"),
    "share_down": ("Moved down", "En baisse"),
    "answers_before": ("Answers before", "Réponses avant"),
    "answers_after": ("Answers after", "Réponses après"),
    # Right after the answers they are part of: before and after, each its own count.
    "tallied_before": ("of which show of hands (before)", "dont à main levée (avant)"),
    "tallied_after": ("of which show of hands (after)", "dont à main levée (après)"),
    "mean_before": ("Mean before", "Moyenne avant"),
    "mean_after": ("Mean after", "Moyenne après"),
    "surveyed_visits_before": (
        "Visits with a before survey",
        "Interventions avec questionnaire avant",
    ),
    "surveyed_visits_after": (
        "Visits with an after survey",
        "Interventions avec questionnaire après",
    ),
    "responses_before": ("Answers before", "Réponses avant"),
    "responses_after": ("Answers after", "Réponses après"),
    "response_rate_before": ("Response rate before", "Taux de réponse avant"),
    "response_rate_after": ("Response rate after", "Taux de réponse après"),
    "paired_phones": ("Phones paired before/after", "Téléphones appariés avant/après"),
    "tallied_sessions": ("Surveys counted by show of hands", "Questionnaires comptés à main levée"),
    "useful_answers": (
        "Answers on the talk's usefulness",
        "Réponses sur l'utilité de l'intervention",
    ),
    "useful_mean": ("Usefulness, mean out of 5", "Utilité, moyenne sur 5"),
    "share_useful": (
        "Found the talk useful (4 or 5 of 5)",
        "Ont trouvé l'intervention utile (4 ou 5 sur 5)",
    ),
    "overall": ("All pupils", "Tous les élèves"),
    "gender_not_stated": ("Gender not stated", "Genre non indiqué"),
    # suppression
    "hidden": ("hidden", "masqué"),
    "all": ("All", "Tous"),
}

_KINDS = {
    VisitKind.CLASS_VISIT: ("Class visit", "Intervention en classe"),
    VisitKind.FORUM: ("Forum or fair", "Forum ou salon"),
    VisitKind.CAMPUS_VISIT: ("Campus visit", "Visite du campus"),
    VisitKind.COMPANY_VISIT: ("Company visit", "Visite d'entreprise"),
    VisitKind.ONLINE: ("Online session", "Séance en ligne"),
    VisitKind.OTHER: ("Other", "Autre"),
}

_LEVELS = {
    ClassLevel.SIXIEME: ("6e", "6e"),
    ClassLevel.CINQUIEME: ("5e", "5e"),
    ClassLevel.QUATRIEME: ("4e", "4e"),
    ClassLevel.TROISIEME: ("3e", "3e"),
    ClassLevel.SECONDE: ("2nde", "2nde"),
    ClassLevel.PREMIERE: ("1re", "1re"),
    ClassLevel.TERMINALE: ("Terminale", "Terminale"),
    ClassLevel.OTHER: ("Other level", "Autre niveau"),
}

_PRIORITIES = {
    Priority.NONE: ("Not priority education", "Hors éducation prioritaire"),
    Priority.REP: ("REP", "REP"),
    Priority.REP_PLUS: ("REP+", "REP+"),
}

_MONTHS = (
    ("January", "janvier"),
    ("February", "février"),
    ("March", "mars"),
    ("April", "avril"),
    ("May", "mai"),
    ("June", "juin"),
    ("July", "juillet"),
    ("August", "août"),
    ("September", "septembre"),
    ("October", "octobre"),
    ("November", "novembre"),
    ("December", "décembre"),
)


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "fr" else pair[0]


def word(key: str, language: str) -> str:
    return _pick(_WORDS[key], language)


def _member(enum_type: type, value: str, table: dict, language: str) -> str:
    try:
        return _pick(table[enum_type(value)], language)
    except ValueError:
        return value  # written by a newer visitapp: show the code rather than guess


def kind(value: str, language: str) -> str:
    return _member(VisitKind, value, _KINDS, language)


def level(value: str, language: str) -> str:
    return _member(ClassLevel, value, _LEVELS, language)


def priority(value: str, language: str) -> str:
    return _member(Priority, value, _PRIORITIES, language)


def month(key: str, language: str) -> str:
    """'2026-10' → 'octobre 2026' / 'October 2026'."""
    year, number = key[:4], int(key[5:7])
    return f"{_pick(_MONTHS[number - 1], language)} {year}"


_SHORT_FRENCH_MONTHS = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip


def short_month(key: str, language: str) -> str:
    """'2026-10' → 'oct. 26' / 'Oct 26' (chart axes)."""
    number = int(key[5:7])
    name = _SHORT_FRENCH_MONTHS[number - 1] if language == "fr" else _MONTHS[number - 1][0][:3]
    return f"{name} {key[2:4]}"


def hidden(value: Hidden, language: str) -> str:
    """How a suppressed figure reads: "< 5" for a small group, "hidden" for its complement."""
    if value.reason is HiddenReason.SMALL_GROUP:
        return f"< {value.threshold}"
    return word("hidden", language)


def method_notes(language: str) -> list[str]:
    """How the figures are computed, for the report's readers (README "Indicators" in short)."""
    notes = (
        (
            "A visit counts once it has started; visits later than the report's date are counted "
            "apart as planned.",
            "Une intervention compte dès qu'elle a commencé ; celles postérieures à la date du "
            "rapport sont comptées à part, comme prévues.",
        ),
        (
            "Pupils reached is the sum of the headcounts the ambassadors entered: a pupil met "
            "twice counts twice.",
            "Les élèves rencontrés sont la somme des effectifs saisis par les ambassadeurs : un "
            "élève rencontré deux fois compte deux fois.",
        ),
        (
            "Share of girls = girls present ÷ pupils present, over the visits where both were "
            "entered.",
            "Part de filles = filles présentes ÷ élèves présents, sur les interventions où les "
            "deux ont été saisis.",
        ),
        (
            "REP / REP+ shares use the priority-education flag of each school's record.",
            "Les parts REP / REP+ reposent sur l'appartenance à l'éducation prioritaire indiquée "
            "dans la fiche de chaque établissement.",
        ),
        (
            "Per ambassador, every visit they took part in counts in full (hours and pupils): "
            "shared visits appear under each of them.",
            "Pour chaque ambassadeur ou ambassadrice, chaque intervention à laquelle il ou elle a "
            "participé compte en entier (heures et élèves) : une intervention à plusieurs "
            "apparaît chez chacun.",
        ),
    )
    return [_pick(pair, language) for pair in notes]


def suppression_notes(threshold: int, language: str) -> list[str]:
    notes = (
        (
            f"Any figure computed from fewer than {threshold} pupils is shown as “< {threshold}”.",
            f"Tout chiffre calculé sur moins de {threshold} élèves est affiché « < {threshold} ».",
        ),
        (
            "When a group is hidden, at least one more group of the same table is hidden too "
            "(“hidden”), so that the total cannot reveal it.",
            "Quand un groupe est masqué, au moins un autre groupe du même tableau l'est aussi "
            "(« masqué »), pour que le total ne permette pas de le retrouver.",
        ),
        (
            "Counts of visits and headcounts are not pupils' answers and are shown as entered. "
            "Free-text answers never appear in a report.",
            "Les nombres d'interventions et les effectifs ne sont pas des réponses d'élèves et "
            "sont donnés tels que saisis. Les réponses libres n'apparaissent jamais dans un "
            "rapport.",
        ),
    )
    return [_pick(pair, language) for pair in notes]
