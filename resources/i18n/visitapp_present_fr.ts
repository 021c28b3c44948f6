<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AudienceWindow</name>
    <message>
        <source>visitapp – slides</source>
        <translation>visitapp – diapositives</translation>
    </message>
</context>
<context>
    <name>DeckDialog</name>
    <message>
        <source>Deck</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>DeckNotesDialog</name>
    <message>
        <source>Speaker notes – %1</source>
        <translation>Notes de l&apos;orateur – %1</translation>
    </message>
    <message>
        <source>What to say on this slide…</source>
        <translation>Ce que vous direz sur cette diapositive…</translation>
    </message>
    <message>
        <source>Import notes from the .pptx…</source>
        <translation>Importer les notes du .pptx…</translation>
    </message>
    <message>
        <source>PDF export drops the notes: read them from the PowerPoint file instead</source>
        <translation>L&apos;export PDF perd les notes : lisez-les dans le fichier PowerPoint</translation>
    </message>
    <message>
        <source>Notes for this slide</source>
        <translation>Notes de cette diapositive</translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Diapositive %1</translation>
    </message>
    <message>
        <source>Notes from PowerPoint</source>
        <translation>Notes depuis PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx);;All files (*)</source>
        <translation>Présentations PowerPoint (*.pptx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No notes imported</source>
        <translation>Aucune note importée</translation>
    </message>
    <message>
        <source>Notes imported</source>
        <translation>Notes importées</translation>
    </message>
    <message numerus="yes">
        <source>Notes found for %n slide(s). Press Save to keep them.</source>
        <translation>
            <numerusform>Notes trouvées pour %n diapositive. Cliquez sur Enregistrer pour les garder.</numerusform>
            <numerusform>Notes trouvées pour %n diapositives. Cliquez sur Enregistrer pour les garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace notes?</source>
        <translation>Remplacer les notes ?</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) already have other notes. Replace them with the .pptx&apos;s?</source>
        <translation>
            <numerusform>%n diapositive a déjà d&apos;autres notes. Les remplacer par celles du .pptx ?</numerusform>
            <numerusform>%n diapositives ont déjà d&apos;autres notes. Les remplacer par celles du .pptx ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>Your changes to the notes are not saved. Discard them?</source>
        <translation>Vos modifications des notes ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l&apos;orateur</translation>
    </message>
</context>
<context>
    <name>DecksPanel</name>
    <message>
        <source>Decks</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Search a deck…</source>
        <translation>Rechercher une présentation…</translation>
    </message>
    <message>
        <source>Add the French demo deck</source>
        <translation>Ajouter la présentation de démonstration</translation>
    </message>
    <message>
        <source>&amp;Import a PDF…</source>
        <translation>&amp;Importer un PDF…</translation>
    </message>
    <message>
        <source>Copy a PDF of your slides (PowerPoint, Impress, Google Slides, Canva)</source>
        <translation>Copier le PDF de vos diapositives (PowerPoint, Impress, Google Slides, Canva)</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Present without a visit: a rehearsal, nothing is recorded</source>
        <translation>Présenter sans visite : une répétition, rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Speaker &amp;notes…</source>
        <translation>&amp;Notes de l&apos;orateur…</translation>
    </message>
    <message>
        <source>&amp;Title and language…</source>
        <translation>&amp;Titre et langue…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message numerus="yes">
        <source>%n deck(s)</source>
        <translation>
            <numerusform>%n présentation</numerusform>
            <numerusform>%n présentations</numerusform>
        </translation>
    </message>
    <message>
        <source>No decks yet.
Import the PDF of your slides (Ctrl+I), or start with the demo deck.</source>
        <translation>Aucune présentation pour l&apos;instant.
Importez le PDF de vos diapositives (Ctrl+I), ou commencez avec la présentation de démonstration.</translation>
    </message>
    <message>
        <source>No deck matches this search.</source>
        <translation>Aucune présentation ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Import a deck</source>
        <translation>Importer une présentation</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Fichiers PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Copying the deck…</source>
        <translation>Copie de la présentation…</translation>
    </message>
    <message>
        <source>Back in the library</source>
        <translation>De retour dans la bibliothèque</translation>
    </message>
    <message>
        <source>“%1” had been deleted: it is back, with its notes.</source>
        <translation>« %1 » avait été supprimée : la revoici, avec ses notes.</translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>“%1” is already in the library.</source>
        <translation>« %1 » est déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>This deck cannot be imported</source>
        <translation>Cette présentation ne peut pas être importée</translation>
    </message>
    <message>
        <source>The demo deck cannot be added</source>
        <translation>La présentation de démonstration ne peut pas être ajoutée</translation>
    </message>
    <message>
        <source>Delete deck “%1”</source>
        <translation>Supprimer la présentation « %1 »</translation>
    </message>
</context>
<context>
    <name>DecksTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>PresentDialog</name>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2 slides)</source>
        <translation>%1 (%2 diapositives)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The class period: the console tells you if you are ahead</source>
        <translation>La durée du cours : la console vous dit si vous êtes en avance</translation>
    </message>
    <message>
        <source>&amp;Deck</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <source>&amp;Target duration</source>
        <translation>&amp;Durée visée</translation>
    </message>
    <message>
        <source>The slides go full screen on the projector and the console on this screen. Press ? during the talk for the keys.</source>
        <translation>Les diapositives s&apos;affichent en plein écran sur le vidéoprojecteur et la console sur cet écran. Appuyez sur ? pendant l&apos;intervention pour voir les touches.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
</context>
<context>
    <name>PresentLauncher</name>
    <message>
        <source>No deck yet</source>
        <translation>Pas encore de présentation</translation>
    </message>
    <message>
        <source>Import the PDF of your slides in the Decks section first.</source>
        <translation>Importez d&apos;abord le PDF de vos diapositives dans la rubrique Présentations.</translation>
    </message>
    <message>
        <source>This deck cannot be shown</source>
        <translation>Cette présentation ne peut pas être affichée</translation>
    </message>
    <message>
        <source>The slide times were not saved</source>
        <translation>Les temps par diapositive n&apos;ont pas été enregistrés</translation>
    </message>
</context>
<context>
    <name>PresentSection</name>
    <message>
        <source>Decks</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present a deck to this visit&apos;s class (projector + console)</source>
        <translation>Présenter à la classe de cette visite (vidéoprojecteur + console)</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>A survey is open</source>
        <translation>Un questionnaire est ouvert</translation>
    </message>
    <message>
        <source>The survey of this visit is still open and pupils may be answering. End the presentation anyway? (The survey stays open.)</source>
        <translation>Le questionnaire de cette visite est encore ouvert et des élèves répondent peut-être. Terminer quand même la présentation ? (Le questionnaire reste ouvert.)</translation>
    </message>
</context>
<context>
    <name>PresentationKeys</name>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Première / dernière diapositive</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>Un numéro, puis Entrée</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>Aller à cette diapositive</translation>
    </message>
    <message>
        <source>Mouse wheel, click</source>
        <translation>Molette, clic</translation>
    </message>
    <message>
        <source>Next (right click: previous)</source>
        <translation>Suivante (clic droit : précédente)</translation>
    </message>
    <message>
        <source>Black screen (again: back)</source>
        <translation>Écran noir (encore : retour)</translation>
    </message>
    <message>
        <source>White screen (again: back)</source>
        <translation>Écran blanc (encore : retour)</translation>
    </message>
    <message>
        <source>Freeze the projector while you move on the console</source>
        <translation>Figer le vidéoprojecteur pendant que vous avancez sur la console</translation>
    </message>
    <message>
        <source>Survey QR code and answer count (again: hide)</source>
        <translation>Code QR du questionnaire et nombre de réponses (encore : masquer)</translation>
    </message>
    <message>
        <source>Swap the two screens</source>
        <translation>Échanger les deux écrans</translation>
    </message>
    <message>
        <source>Show or hide the console (one screen)</source>
        <translation>Afficher ou masquer la console (un seul écran)</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Terminer la présentation</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>visitapp – presenter console</source>
        <translation>visitapp – console de l&apos;orateur</translation>
    </message>
    <message>
        <source>Click: next slide · wheel: move</source>
        <translation>Clic : diapositive suivante · molette : avancer ou reculer</translation>
    </message>
    <message>
        <source>Click: go to this slide</source>
        <translation>Clic : aller à cette diapositive</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Time since the presentation started</source>
        <translation>Temps écoulé depuis le début</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Target duration of the presentation</source>
        <translation>Durée visée de la présentation</translation>
    </message>
    <message>
        <source>Restart timer</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Durée visée</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Diapositive affichée</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>Pas de notes pour cette diapositive.</translation>
    </message>
    <message>
        <source>Smaller notes</source>
        <translation>Notes plus petites</translation>
    </message>
    <message>
        <source>Larger notes</source>
        <translation>Notes plus grandes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Black (B)</source>
        <translation>Noir (B)</translation>
    </message>
    <message>
        <source>White (W)</source>
        <translation>Blanc (W)</translation>
    </message>
    <message>
        <source>Freeze (F)</source>
        <translation>Figer (F)</translation>
    </message>
    <message>
        <source>Survey (Q)</source>
        <translation>Questionnaire (Q)</translation>
    </message>
    <message>
        <source>Show the survey&apos;s QR code and live answer count over the slides</source>
        <translation>Afficher sur les diapositives le code QR du questionnaire et le nombre de réponses en direct</translation>
    </message>
    <message>
        <source>Swap screens (S)</source>
        <translation>Échanger les écrans (S)</translation>
    </message>
    <message>
        <source>Back to the slides (C)</source>
        <translation>Retour aux diapositives (C)</translation>
    </message>
    <message>
        <source>Keys (?)</source>
        <translation>Touches (?)</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Terminer (Échap)</translation>
    </message>
    <message>
        <source>Next: slide %1</source>
        <translation>Suivante : diapositive %1</translation>
    </message>
    <message>
        <source>Next: end of the deck</source>
        <translation>Suivante : fin de la présentation</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <source>Projector: black screen</source>
        <translation>Vidéoprojecteur : écran noir</translation>
    </message>
    <message>
        <source>Projector: white screen</source>
        <translation>Vidéoprojecteur : écran blanc</translation>
    </message>
    <message>
        <source>Projector frozen on slide %1</source>
        <translation>Vidéoprojecteur figé sur la diapositive %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code on the projector · %1</source>
        <translation>Code QR au vidéoprojecteur · %1</translation>
    </message>
    <message>
        <source>Survey open · %1</source>
        <translation>Questionnaire ouvert · %1</translation>
    </message>
    <message>
        <source>Survey open, not on the network · %1</source>
        <translation>Questionnaire ouvert, pas sur le réseau · %1</translation>
    </message>
    <message>
        <source>Go to slide %1…</source>
        <translation>Aller à la diapositive %1…</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les temps</translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min d&apos;avance</numerusform>
            <numerusform>%n min d&apos;avance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min de retard</numerusform>
            <numerusform>%n min de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min over time</source>
        <translation>
            <numerusform>%n min de dépassement</numerusform>
            <numerusform>%n min de dépassement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min restante</numerusform>
            <numerusform>%n min restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyOffer</name>
    <message>
        <source>Open the before survey</source>
        <translation>Ouvrir le questionnaire d&apos;avant</translation>
    </message>
    <message>
        <source>Open the after survey</source>
        <translation>Ouvrir le questionnaire d&apos;après</translation>
    </message>
    <message>
        <source>Show its QR code</source>
        <translation>Afficher son code QR</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>No survey is open for this visit. Pick the network the pupils&apos; phones are on, then open the survey: its QR code goes straight onto the slides.</source>
        <translation>Aucun questionnaire n&apos;est ouvert pour cette visite. Choisissez le réseau des téléphones des élèves, puis ouvrez le questionnaire : son code QR s&apos;affiche aussitôt sur les diapositives.</translation>
    </message>
    <message>
        <source>The survey of this visit is open but not on the network yet. Pick the network the pupils&apos; phones are on to show its QR code.</source>
        <translation>Le questionnaire de cette visite est ouvert mais pas encore sur le réseau. Choisissez le réseau des téléphones des élèves pour afficher son code QR.</translation>
    </message>
    <message>
        <source>A rehearsal has no survey. To show a survey&apos;s QR code, present from a visit (Visits page, Present).</source>
        <translation>Une répétition n&apos;a pas de questionnaire. Pour afficher le code QR d&apos;un questionnaire, présentez depuis une visite (page Visites, Présenter).</translation>
    </message>
</context>
<context>
    <name>SurveyOverlay</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. Anonymous, one minute.</source>
        <translation>Scanne le code avec l&apos;appareil photo de ton téléphone. Anonyme, une minute.</translation>
    </message>
    <message>
        <source>or type this address:</source>
        <translation>ou tape cette adresse :</translation>
    </message>
</context>
</TS>
