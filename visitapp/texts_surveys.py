"""Words for the survey codes (definitions, answers, sessions), merged into `texts.MESSAGES`.

Kept apart so the survey feature's sentences change without touching the shared table.
"""

from __future__ import annotations

# code -> (English, French). Pupils read some of these on their phones: short, plain words.
MESSAGES: dict[str, tuple[str, str]] = {
    "survey.unknown_option": (
        "Pick one of the proposed answers.",
        "Choisis l'une des réponses proposées.",
    ),
    "survey.one_answer": ("Only one answer here.", "Une seule réponse ici."),
    "survey.not_a_number": ("Type a whole number.", "Écris un nombre entier."),
    "survey.not_text": ("This answer cannot be read.", "Cette réponse est illisible."),
    "survey.unknown_field": (
        "This form was changed on the way: reload the page and answer again.",
        "Ce formulaire a été modifié en route : recharge la page et réponds à nouveau.",
    ),
    "survey.not_tallied": (
        "Only closed questions can be counted by show of hands.",
        "Seules les questions fermées se comptent à main levée.",
    ),
    "survey.not_found": (
        "This survey cannot be found on this laptop.",
        "Ce questionnaire est introuvable sur cet ordinateur.",
    ),
    "survey.definition_in_use": (
        "Survey {survey} version {version} has already been used and cannot change: "
        "give the new text a new version number.",
        "Le questionnaire {survey} version {version} a déjà servi et ne peut plus changer : "
        "donnez un nouveau numéro de version au nouveau texte.",
    ),
    "survey.identifying": (
        "Surveys are anonymous: a question may not ask for a name, contact, birth date, photo "
        "or place (“{what}”).",
        "Les questionnaires sont anonymes : aucune question ne peut demander un nom, un "
        "contact, une date de naissance, une photo ou un lieu (« {what} »).",
    ),
    "survey.unknown_kind": (
        "Unknown question type “{kind}” (single, multiple, scale, text or number).",
        "Type de question inconnu « {kind} » (single, multiple, scale, text ou number).",
    ),
    "survey.text_missing": (
        "A text in French and English is needed here.",
        "Il faut ici un texte en français et en anglais.",
    ),
    "survey.bad_id": (
        "Ids are lower-case letters, digits, - and _ (at most 63).",
        "Les identifiants s'écrivent en minuscules, chiffres, - et _ (63 au plus).",
    ),
    "survey.duplicate_id": (
        "The id “{id}” is used twice.",
        "L'identifiant « {id} » sert deux fois.",
    ),
    "survey.not_integer": ("A whole number is expected.", "Un nombre entier est attendu."),
    "survey.not_boolean": ("Expected true or false.", "Attendu : true ou false."),
    "survey.not_object": ("A JSON object is expected.", "Un objet JSON est attendu."),
    "survey.not_json": ("This is not JSON: {detail}", "Ce n'est pas du JSON : {detail}"),
    "survey.unknown_key": ("Unknown entry.", "Entrée inconnue."),
    "survey.unknown_phase": (
        "The phase is before, after or other.",
        "La phase est before, after ou other.",
    ),
    "survey.option_count": (
        "A choice question needs {min} to {max} options.",
        "Une question à choix demande de {min} à {max} options.",
    ),
    "survey.question_count": (
        "A survey has {min} to {max} questions.",
        "Un questionnaire compte de {min} à {max} questions.",
    ),
    "survey.bad_range": (
        "The minimum must be below the maximum (within ±1,000,000).",
        "Le minimum doit être inférieur au maximum (entre -1 000 000 et 1 000 000).",
    ),
    "survey.no_network": (
        "This laptop is on no network: connect to the class Wi-Fi or start a hotspot "
        "(or use --host 127.0.0.1 to try it on this laptop only).",
        "Cet ordinateur n'est connecté à aucun réseau : connectez-le au Wi-Fi de la classe ou "
        "lancez un partage de connexion (ou --host 127.0.0.1 pour essayer sur cet ordinateur).",
    ),
    "survey.address_unavailable": (
        "The address {host} is not one of this laptop's: {detail}",
        "L'adresse {host} n'est pas celle de cet ordinateur : {detail}",
    ),
}
