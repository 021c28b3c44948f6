<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddressPicker</name>
    <message>
        <source>The network the pupils&apos; phones are on</source>
        <translation>Le réseau sur lequel sont les téléphones des élèves</translation>
    </message>
    <message>
        <source>If this port is busy, the next free one is used</source>
        <translation>Si ce port est occupé, le suivant libre est utilisé</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Look again for networks (after joining a Wi-Fi)</source>
        <translation>Chercher à nouveau les réseaux (après avoir rejoint un Wi-Fi)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>This laptop only (127.0.0.1), for a test</source>
        <translation>Cet ordinateur seulement (127.0.0.1), pour un essai</translation>
    </message>
    <message>
        <source>This laptop is on no network, so phones cannot reach it: connect to the class Wi-Fi or start a hotspot, then press Refresh. Kiosk and show of hands work without a network.</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun réseau, les téléphones ne peuvent donc pas le joindre : connectez-le au Wi-Fi de la classe ou lancez un partage de connexion, puis cliquez sur Actualiser. La borne et le vote à main levée marchent sans réseau.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Survey kiosk</source>
        <translation>Borne de questionnaire</translation>
    </message>
    <message>
        <source>Anonymous: nobody asks for your name. Questions without * are optional.</source>
        <translation>Anonyme : on ne te demande pas ton nom. Les questions sans * sont facultatives.</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Envoyer mes réponses</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>Your answers are saved. Next pupil, it is your turn.</source>
        <translation>Tes réponses sont enregistrées. Élève suivant, à toi !</translation>
    </message>
    <message>
        <source>Next pupil</source>
        <translation>Élève suivant</translation>
    </message>
    <message>
        <source>Optional, at most %1 characters</source>
        <translation>Facultatif, %1 caractères au plus</translation>
    </message>
    <message>
        <source>Some answers need another look, see above.</source>
        <translation>Certaines réponses sont à revoir, voir ci-dessus.</translation>
    </message>
    <message>
        <source>This survey is closed: answers can no longer be saved.</source>
        <translation>Ce questionnaire est fermé : les réponses ne peuvent plus être enregistrées.</translation>
    </message>
    <message>
        <source>Leave the kiosk? Answers already sent are kept.</source>
        <translation>Quitter la borne ? Les réponses déjà envoyées sont conservées.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Scan the code with your phone&apos;s camera. Anonymous, one minute.</source>
        <translation>Scanne le code avec l&apos;appareil photo de ton téléphone. Anonyme, une minute.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Open a survey to see its answers here.</source>
        <translation>Ouvrez un questionnaire pour voir ici ses réponses.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>(hands: %1)</source>
        <translation>(main levée : %1)</translation>
    </message>
</context>
<context>
    <name>ShowOfHandsDialog</name>
    <message>
        <source>Show of hands</source>
        <translation>Vote à main levée</translation>
    </message>
    <message>
        <source>Ask each question aloud and count the raised hands. These counts are kept as a show of hands, apart from the pupils&apos; own answers.</source>
        <translation>Posez chaque question à voix haute et comptez les mains levées. Ces décomptes sont conservés comme vote à main levée, à part des réponses individuelles des élèves.</translation>
    </message>
</context>
<context>
    <name>SurveyController</name>
    <message>
        <source>&amp;Survey</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>Pupil survey of the selected visit (QR code, kiosk…)</source>
        <translation>Questionnaire élèves de la visite choisie (code QR, borne…)</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>Survey — %1</source>
        <translation>Questionnaire — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Before the talk</source>
        <translation>Avant l&apos;intervention</translation>
    </message>
    <message>
        <source>After the talk</source>
        <translation>Après l&apos;intervention</translation>
    </message>
    <message>
        <source>Open the survey</source>
        <translation>Ouvrir le questionnaire</translation>
    </message>
    <message>
        <source>A survey at another moment (a follow-up, a forum stand): the questions of the before survey, kept apart from the before/after comparison</source>
        <translation>Un questionnaire à un autre moment (un suivi, un stand de salon) : les questions du questionnaire d&apos;avant, tenues à part de la comparaison avant/après</translation>
    </message>
    <message>
        <source>Close the survey</source>
        <translation>Fermer le questionnaire</translation>
    </message>
    <message>
        <source>Show full screen on the projector</source>
        <translation>Afficher en plein écran au vidéoprojecteur</translation>
    </message>
    <message>
        <source>Kiosk on this laptop</source>
        <translation>Borne sur cet ordinateur</translation>
    </message>
    <message>
        <source>Where phones are not allowed: pupils answer one after another here</source>
        <translation>Là où les téléphones sont interdits : les élèves répondent ici l&apos;un après l&apos;autre</translation>
    </message>
    <message>
        <source>Show of hands…</source>
        <translation>Main levée…</translation>
    </message>
    <message>
        <source>Type the counts of a show of hands</source>
        <translation>Saisir les décomptes d&apos;un vote à main levée</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Not opened yet.</source>
        <translation>Pas encore ouvert.</translation>
    </message>
    <message>
        <source>Open the survey: its QR code appears here for the pupils to scan.</source>
        <translation>Ouvrez le questionnaire : son code QR apparaît ici, à scanner par les élèves.</translation>
    </message>
    <message>
        <source>Open, but not served on the network.</source>
        <translation>Ouvert, mais pas diffusé sur le réseau.</translation>
    </message>
    <message>
        <source>Pick an address to show the QR code, or use the kiosk.</source>
        <translation>Choisissez une adresse pour afficher le code QR, ou utilisez la borne.</translation>
    </message>
    <message>
        <source>Open since %1: pupils scan the code or type the address.</source>
        <translation>Ouvert depuis %1 : les élèves scannent le code ou tapent l&apos;adresse.</translation>
    </message>
    <message>
        <source>Closed at %1. Reopening gives it a new QR code.</source>
        <translation>Fermé à %1. Le rouvrir lui donne un nouveau code QR.</translation>
    </message>
    <message>
        <source>The survey is closed: its old QR code no longer works.</source>
        <translation>Le questionnaire est fermé : son ancien code QR ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Another moment</source>
        <translation>Autre moment</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>More answers than expected (%1 pupils present): some phones may have answered twice, or the class count is wrong. Every answer is kept.</source>
        <translation>Plus de réponses que prévu (%1 élèves présents) : certains téléphones ont peut-être répondu deux fois, ou l&apos;effectif est faux. Toutes les réponses sont conservées.</translation>
    </message>
    <message>
        <source>No answers yet for this survey.</source>
        <translation>Pas encore de réponse à ce questionnaire.</translation>
    </message>
</context>
</TS>
