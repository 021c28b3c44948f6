"""The pupils' page in French and English: every sentence a phone shows, in one place."""

from __future__ import annotations

# key -> (French, English). French first: it is the page's default language.
WORDS: dict[str, tuple[str, str]] = {
    "send": ("Envoyer", "Send"),
    "sending": ("Envoi…", "Sending…"),
    "retrying": (
        "Connexion perdue : nouvel essai dans un instant. Garde la page ouverte, tes réponses "
        "sont conservées.",
        "Connection lost: trying again in a moment. Keep this page open, your answers are kept.",
    ),
    "anonymous": (
        "Anonyme : on ne te demande ni ton nom ni rien qui permette de te reconnaître.",
        "Anonymous: nobody asks for your name or anything that could identify you.",
    ),
    "required": ("obligatoire", "required"),
    "optional_hint": (
        "Les questions sans * sont facultatives.",
        "Questions without * are optional.",
    ),
    "scale_hint": ("1 = {low} · 5 = {high}", "1 = {low} · 5 = {high}"),
    "max_chars": ("{max} caractères au plus", "at most {max} characters"),
    "fix_below": (
        "Certaines réponses sont à revoir, voir ci-dessous.",
        "Some answers need another look, see below.",
    ),
    "other_language": ("English", "Français"),
    "thanks_title": ("Merci !", "Thank you!"),
    "thanks_text": (
        "Ta réponse est bien enregistrée. Tu peux fermer cette page.",
        "Your answer has been saved. You can close this page.",
    ),
    "already_title": ("Déjà répondu", "Already answered"),
    "already_text": (
        "Ce téléphone a déjà répondu à ce questionnaire. Merci !",
        "This phone has already answered this survey. Thank you!",
    ),
    "closed_title": ("Questionnaire fermé", "Survey closed"),
    "closed_text": (
        "Ce questionnaire n'accepte plus de réponses. Merci quand même !",
        "This survey no longer takes answers. Thank you all the same!",
    ),
    "conflict_title": ("Réponse déjà envoyée", "Answer already sent"),
    "conflict_text": (
        "Ce formulaire a déjà été envoyé avec d'autres réponses : la première est gardée.",
        "This form was already sent with other answers: the first one is kept.",
    ),
    "expired_title": ("Formulaire périmé", "Form expired"),
    "expired_text": (
        "Ce formulaire n'est plus valable. Recharge la page pour répondre.",
        "This form is no longer valid. Reload the page to answer.",
    ),
    "changed_title": ("Formulaire modifié", "Form changed"),
    "reload": ("Recharger le questionnaire", "Reload the survey"),
    "forbidden_title": ("Envoi refusé", "Sending refused"),
    "forbidden_text": (
        "Cette réponse ne vient pas de la page du questionnaire.",
        "This answer did not come from the survey page.",
    ),
    "too_large_title": ("Réponse trop longue", "Answer too long"),
    "too_large_text": (
        "Ta réponse est trop longue pour être envoyée. Raccourcis le texte et réessaie.",
        "Your answer is too long to send. Shorten the text and try again.",
    ),
    "not_found_title": ("Page introuvable", "Page not found"),
    "not_found_text": (
        "Cette adresse ne mène à aucun questionnaire. Vérifie le code QR ou l'adresse.",
        "This address leads to no survey. Check the QR code or the address.",
    ),
    "method_title": ("Action impossible", "Not allowed"),
    "busy_title": ("Réponse pas encore enregistrée", "Answer not saved yet"),
    "busy_text": (
        "L'ordinateur n'a pas pu enregistrer ta réponse. Attends un instant, reviens en arrière "
        "et renvoie-la : elle ne sera comptée qu'une fois.",
        "The laptop could not save your answer. Wait a moment, go back and send it again: it "
        "will be counted only once.",
    ),
}


def word(key: str, language: str, **params: object) -> str:
    french, english = WORDS[key]
    text = english if language == "en" else french
    return text.format(**params) if params else text
