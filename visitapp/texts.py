"""Words for the codes the core and storage return, in English and French.

Shared by the GUI, the command line and the pupils' web page, so one problem reads the same
everywhere. Qt's own strings (labels, menus) are translated with Qt Linguist instead.
"""

from __future__ import annotations

import locale
import os

from visitapp.core.errors import VisitappError
from visitapp.core.problems import Problem
from visitapp.sync_texts import SYNC_MESSAGES

LANGUAGES = ("fr", "en")

# code -> (English, French). Placeholders come from the problem's or error's params.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("This field is required.", "Ce champ est obligatoire."),
    "too_long": ("Too long: at most {max} characters.", "Trop long : {max} caractères au plus."),
    "out_of_range": (
        "Must be between {min} and {max}.",
        "Doit être compris entre {min} et {max}.",
    ),
    "negative": ("Cannot be negative.", "Ne peut pas être négatif."),
    "duplicate": ("Listed twice.", "Figure deux fois."),
    "date.out_of_range": (
        "This date looks wrong: check the year.",
        "Cette date semble fausse : vérifiez l'année.",
    ),
    "uai.format": (
        "A UAI code is 7 digits followed by a letter, e.g. 0750655E.",
        "Un code UAI compte 7 chiffres suivis d'une lettre, par exemple 0750655E.",
    ),
    "uai.check_letter": (
        "The last letter of this UAI code does not match its digits: check for a typo.",
        "La lettre finale de ce code UAI ne correspond pas à ses chiffres : vérifiez la saisie.",
    ),
    "uai.duplicate": (
        "Another school already has this UAI code: {name}.",
        "Un autre établissement a déjà ce code UAI : {name}.",
    ),
    "postcode.format": (
        "A French postcode has 5 digits, e.g. 75005.",
        "Un code postal français compte 5 chiffres, par exemple 75005.",
    ),
    "email.format": (
        "This e-mail address looks incomplete (name@school.fr).",
        "Cette adresse e-mail semble incomplète (nom@ecole.fr).",
    ),
    "girls.more_than_pupils": (
        "There cannot be more girls than pupils ({pupils}).",
        "Il ne peut pas y avoir plus de filles que d'élèves ({pupils}).",
    ),
    "girls.without_pupils": (
        "Enter the number of pupils first.",
        "Indiquez d'abord le nombre d'élèves.",
    ),
    "school.unknown": (
        "This school no longer exists: pick another one.",
        "Cet établissement n'existe plus : choisissez-en un autre.",
    ),
    "ambassador.unknown": (
        "One of the ambassadors no longer exists.",
        "L'un des ambassadeurs n'existe plus.",
    ),
    "school.has_visits": (
        "This school has {count} visit(s): delete or move them first.",
        "Cet établissement a {count} visite(s) : supprimez-les ou déplacez-les d'abord.",
    ),
    "csv.empty": ("The file is empty.", "Le fichier est vide."),
    "csv.unreadable": (
        "This file cannot be read as CSV ({detail}).",
        "Ce fichier ne peut pas être lu comme un CSV ({detail}).",
    ),
    "csv.unreadable_row": (
        "This line cannot be read ({detail}).",
        "Cette ligne est illisible ({detail}).",
    ),
    "csv.no_name_column": (
        "No column holds the school names (expected e.g. nom_etablissement or name).",
        "Aucune colonne ne contient le nom des établissements (attendu par exemple "
        "nom_etablissement ou nom).",
    ),
    "csv.mapped_column_missing": (
        "The column “{column}” is not in the file.",
        "La colonne « {column} » n'est pas dans le fichier.",
    ),
    "csv.missing_cells": (
        "This line has fewer cells than the header.",
        "Cette ligne a moins de cellules que l'en-tête.",
    ),
    "csv.unknown_priority": (
        "Unknown priority education value (expected REP, REP+ or empty).",
        "Valeur d'éducation prioritaire inconnue (attendu REP, REP+ ou vide).",
    ),
    "csv.unknown_sector": (
        "Unknown sector (expected Public or Privé).",
        "Secteur inconnu (attendu Public ou Privé).",
    ),
    "file.unreadable": (
        "The file cannot be read: {detail}",
        "Le fichier ne peut pas être lu : {detail}",
    ),
    "error": ("Something went wrong: {detail}", "Une erreur est survenue : {detail}"),
    "db.unreadable": (
        "The database file cannot be opened: {detail}",
        "Le fichier de base de données ne peut pas être ouvert : {detail}",
    ),
    "db.not_sqlite": (
        "{path} is not a visitapp database (it is not even an SQLite file). It was left untouched.",
        "{path} n'est pas une base visitapp (ce n'est même pas un fichier SQLite). "
        "Il n'a pas été modifié.",
    ),
    "db.not_visitapp": (
        "{path} is an SQLite database made by another program, not visitapp. It was left untouched.",
        "{path} est une base SQLite créée par un autre logiciel, pas par visitapp. "
        "Elle n'a pas été modifiée.",
    ),
    # SQLite's own words (English) stay out of it: what helps is the backup to restore.
    "db.corrupt": (
        "{path} is damaged. It was left untouched; restore a backup copy "
        "(files ending in .bak next to it).",
        "{path} est endommagé. Il n'a pas été modifié ; restaurez une copie de "
        "sauvegarde (fichiers en .bak à côté).",
    ),
    "db.newer_schema": (
        "{path} was made by a newer visitapp (schema {found}, this one reads up to {supported}): "
        "update first. The file was left untouched.",
        "{path} a été créé par une version plus récente de visitapp (schéma {found}, celle-ci "
        "lit jusqu'au {supported}) : mettez d'abord à jour. Le fichier n'a pas été modifié.",
    ),
    "db.busy": (
        "{path} is in use by another program; close it and try again.",
        "{path} est utilisé par un autre programme ; fermez-le et réessayez.",
    ),
    "period.end_before_start": (
        "The end of the period comes before its start.",
        "La fin de la période est avant son début.",
    ),
    "min_group.too_low": (
        "Groups smaller than {min} pupils must stay hidden: choose {min} or more.",
        "Les groupes de moins de {min} élèves doivent rester masqués : choisissez {min} ou plus.",
    ),
    "report.no_database": (
        "There is no database at {path}.",
        "Il n'y a pas de base de données à l'emplacement {path}.",
    ),
    "report.bad_date": (
        "“{value}” is not a date: write it as YYYY-MM-DD, e.g. 2026-09-01.",
        "« {value} » n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2026-09-01.",
    ),
    "report.unknown_level": (
        "Unknown class level “{value}” (expected one of {choices}).",
        "Niveau de classe inconnu « {value} » (attendu : {choices}).",
    ),
    "report.unknown_ambassador": (
        "No ambassador has the id {id} in this database (`visitapp-cli report DB --format json"
        " --out -` lists them with their ids).",
        "Aucun ambassadeur n'a l'identifiant {id} dans cette base (`visitapp-cli report BASE"
        " --format json --out -` les liste avec leur identifiant).",
    ),
    "report.nothing_to_certify": (
        "{name} has no visit that took place in this period: there is nothing to certify yet.",
        "{name} n'a aucune intervention réalisée sur cette période : il n'y a encore rien à "
        "attester.",
    ),
    "report.cannot_write": (
        "The report cannot be written to {path}: {detail}",
        "Le rapport ne peut pas être écrit dans {path} : {detail}",
    ),
    "record.not_found": (
        "This record no longer exists (deleted elsewhere?).",
        "Cet enregistrement n'existe plus (supprimé ailleurs ?).",
    ),
    # -- decks (presentation) --
    "deck.unreadable": (
        "This deck cannot be read: {detail}",
        "Cette présentation ne peut pas être lue : {detail}",
    ),
    "deck.not_pdf": (
        "This file is not a PDF. Export your slides as PDF first (PowerPoint: File › Export; "
        "Google Slides: File › Download › PDF; Canva: Share › Download › PDF).",
        "Ce fichier n'est pas un PDF. Exportez d'abord vos diapositives en PDF (PowerPoint : "
        "Fichier › Exporter ; Google Slides : Fichier › Télécharger › PDF ; Canva : Partager › "
        "Télécharger › PDF).",
    ),
    "deck.encrypted": (
        "This PDF is protected by a password or encryption, so it cannot be shown. Export it "
        "again without protection.",
        "Ce PDF est protégé par un mot de passe ou chiffré : il ne peut pas être affiché. "
        "Exportez-le à nouveau sans protection.",
    ),
    "deck.damaged": (
        "This PDF is damaged and cannot be shown. Export it again, or copy it again from where "
        "it came from.",
        "Ce PDF est endommagé et ne peut pas être affiché. Exportez-le à nouveau, ou copiez-le "
        "à nouveau depuis sa source.",
    ),
    "deck.truncated": (
        "This PDF is incomplete: its end is missing (an interrupted copy or download?). Copy it "
        "again.",
        "Ce PDF est incomplet : sa fin manque (copie ou téléchargement interrompu ?). "
        "Copiez-le à nouveau.",
    ),
    "deck.empty": ("This PDF has no pages.", "Ce PDF ne contient aucune page."),
    "deck.file_missing": (
        "The PDF of “{title}” is not on this laptop ({path}). Import the PDF again.",
        "Le PDF de « {title} » n'est pas sur cet ordinateur ({path}). Importez à nouveau le PDF.",
    ),
    "pptx.not_pptx": (
        "This file is not a PowerPoint presentation (.pptx).",
        "Ce fichier n'est pas une présentation PowerPoint (.pptx).",
    ),
    "pptx.old_format": (
        "This is an old PowerPoint file (.ppt). Open it in PowerPoint and save it as .pptx first.",
        "C'est un ancien fichier PowerPoint (.ppt). Ouvrez-le dans PowerPoint et enregistrez-le "
        "d'abord au format .pptx.",
    ),
    "pptx.mismatch": (
        "This presentation has {slides} slides ({shown} shown) but the PDF has {pages} pages: "
        "it does not seem to be the same deck.",
        "Cette présentation compte {slides} diapositives ({shown} affichées) mais le PDF "
        "{pages} pages : ce n'est apparemment pas la même présentation.",
    ),
}
MESSAGES.update(SYNC_MESSAGES)


def system_language() -> str:
    """French when the user's locale is French, English otherwise."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    code = locale.getlocale()[0] or ""
    return "fr" if code.lower().startswith("fr") else "en"


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def message(code: str, language: str = "en", **params: object) -> str:
    english, french = MESSAGES.get(code, MESSAGES["error"])
    template = french if language == "fr" else english
    return template.format_map(_Params({"detail": code, **params}))


def describe(problem: Problem, language: str = "en") -> str:
    return message(problem.code, language, **dict(problem.params))


def describe_error(error: VisitappError, language: str = "en") -> str:
    params = dict(error.params)
    params.setdefault("detail", error.detail or error.code)
    return message(error.code, language, **params)


def _merge_feature_messages() -> None:
    from visitapp.texts_surveys import MESSAGES as SURVEY_MESSAGES

    MESSAGES.update(SURVEY_MESSAGES)


_merge_feature_messages()
