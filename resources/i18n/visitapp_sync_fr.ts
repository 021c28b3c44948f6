<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CentralCard</name>
    <message>
        <source>Merge exports (coordinator)</source>
        <translation>Fusionner des exports (coordination)</translation>
    </message>
    <message>
        <source>&amp;Open central database…</source>
        <translation>&amp;Ouvrir la base centrale…</translation>
    </message>
    <message>
        <source>&amp;Merge exports…</source>
        <translation>&amp;Fusionner des exports…</translation>
    </message>
    <message>
        <source>Probable duplicates…</source>
        <translation>Doublons probables…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflits…</translation>
    </message>
    <message>
        <source>The central database is a visitapp database on your own disk. Open it, then merge the files the ambassadors sent you: in any order, as often as needed.</source>
        <translation>La base centrale est une base visitapp sur votre propre disque. Ouvrez-la, puis fusionnez les fichiers envoyés par les ambassadeurs&#xa0;: dans n&apos;importe quel ordre, autant de fois que nécessaire.</translation>
    </message>
    <message>
        <source>Open database: %1</source>
        <translation>Base ouverte&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) merged into it</source>
        <translation>
            <numerusform>%n fichier fusionné dans cette base</numerusform>
            <numerusform>%n fichiers fusionnés dans cette base</numerusform>
        </translation>
    </message>
    <message>
        <source>, the last on %1</source>
        <translation>, le dernier le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came twice with different content. Nothing was overwritten: see what differs.</source>
        <translation>
            <numerusform>%n enregistrement est arrivé deux fois avec un contenu différent. Rien n&apos;a été écrasé&#xa0;: voyez ce qui diffère.</numerusform>
            <numerusform>%n enregistrements sont arrivés deux fois avec un contenu différent. Rien n&apos;a été écrasé&#xa0;: voyez ce qui diffère.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record came twice with different content.</source>
        <translation>Aucun enregistrement n&apos;est arrivé deux fois avec un contenu différent.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of visits may be recorded twice</source>
        <translation>
            <numerusform>%n groupe de visites est peut-être saisi deux fois</numerusform>
            <numerusform>%n groupes de visites sont peut-être saisis deux fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Every probable duplicate was reviewed.</source>
        <translation>Tous les doublons probables ont été examinés.</translation>
    </message>
    <message>
        <source>No visit seems to be recorded twice.</source>
        <translation>Aucune visite ne semble saisie deux fois.</translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <source>visitapp — %1</source>
        <translation>visitapp — %1</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Records that came twice with different content</source>
        <translation>Enregistrements arrivés deux fois avec un contenu différent</translation>
    </message>
    <message>
        <source>These records reached this database twice, from one laptop or two, with different content. visitapp kept the first version it received: nothing was overwritten, and every figure uses the kept version. The incoming version is kept here for you to check. This list is for reading only: nothing needs to be resolved here.</source>
        <translation>Ces enregistrements sont arrivés deux fois dans cette base, depuis un ou deux ordinateurs, avec un contenu différent. visitapp a gardé la première version reçue&#xa0;: rien n&apos;a été écrasé, et tous les chiffres utilisent la version gardée. La version arrivée ensuite est conservée ici pour que vous puissiez la vérifier. Cette liste est en lecture seule&#xa0;: il n&apos;y a rien à résoudre ici.</translation>
    </message>
    <message>
        <source>No conflicts: every record that came twice had the same content.</source>
        <translation>Aucun conflit&#xa0;: chaque enregistrement arrivé deux fois avait le même contenu.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier le détail</translation>
    </message>
    <message>
        <source>Put this conflict on the clipboard, as text</source>
        <translation>Copier ce conflit dans le presse-papiers, sous forme de texte</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — visit: %2</source>
        <translation>%1 — visite&#xa0;: %2</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>gardé&#xa0;: %1</translation>
    </message>
    <message>
        <source>incoming: %1</source>
        <translation>arrivé ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Arrived on %1 from laptop %2, in file %3</source>
        <translation>Arrivé le %1 depuis l&apos;ordinateur %2, dans le fichier %3</translation>
    </message>
    <message>
        <source>(unknown file)</source>
        <translation>(fichier inconnu)</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Laptop: %1</source>
        <translation>Ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2)</source>
        <translation>Fichier&#xa0;: %1 (SHA-256 %2)</translation>
    </message>
</context>
<context>
    <name>ConflictsTableModel</name>
    <message>
        <source>Detected</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Pupil&apos;s answers (before)</source>
        <translation>Réponses d&apos;élève (avant)</translation>
    </message>
    <message>
        <source>Pupil&apos;s answers (after)</source>
        <translation>Réponses d&apos;élève (après)</translation>
    </message>
    <message>
        <source>Pupil&apos;s answers</source>
        <translation>Réponses d&apos;un élève</translation>
    </message>
    <message>
        <source>Survey definition</source>
        <translation>Définition de questionnaire</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Survey session</source>
        <translation>Session de questionnaire</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondu sur</translation>
    </message>
    <message>
        <source>Before/after pairing</source>
        <translation>Appariement avant/après</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>DifferencesTableModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept (in use)</source>
        <translation>Gardé (utilisé)</translation>
    </message>
    <message>
        <source>Incoming (set aside)</source>
        <translation>Arrivé ensuite (mis de côté)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicate visits</source>
        <translation>Visites probablement en double</translation>
    </message>
    <message>
        <source>Visits that may have been recorded twice</source>
        <translation>Visites peut-être saisies deux fois</translation>
    </message>
    <message>
        <source>Each group holds visits of the same school, day and class level recorded on different laptops. If they are one real visit, mark them as the same visit: its pupils are then counted once, from the visit marked “counted”.</source>
        <translation>Chaque groupe réunit des visites du même établissement, du même jour et du même niveau, saisies sur des ordinateurs différents. Si c&apos;est une seule et même visite, marquez-les comme la même visite&#xa0;: ses élèves ne sont alors comptés qu&apos;une fois, d&apos;après la visite marquée «&#xa0;comptée&#xa0;».</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Filles</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No probable duplicates: no visit seems to be recorded twice.</source>
        <translation>Aucun doublon probable&#xa0;: aucune visite ne semble saisie deux fois.</translation>
    </message>
    <message>
        <source>Mark as the same visit</source>
        <translation>Marquer comme la même visite</translation>
    </message>
    <message>
        <source>Not the same visit</source>
        <translation>Pas la même visite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>counted once</source>
        <translation>comptée une fois</translation>
    </message>
    <message numerus="yes">
        <source>counted %n times</source>
        <translation>
            <numerusform>comptée %n fois</numerusform>
            <numerusform>comptée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 — %3 — %4 — %5</source>
        <translation>%1, %2 — %3 — %4 — %5</translation>
    </message>
    <message>
        <source>Visit at %1</source>
        <translation>Visite à %1</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non comptée</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>comptée</translation>
    </message>
</context>
<context>
    <name>ExportCard</name>
    <message>
        <source>Send to the coordinator</source>
        <translation>Envoyer à la coordination</translation>
    </message>
    <message>
        <source>&amp;Export for the coordinator…</source>
        <translation>&amp;Exporter pour la coordination…</translation>
    </message>
    <message>
        <source>&amp;Send to shared folder</source>
        <translation>&amp;Envoyer vers le dossier partagé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not exported yet</source>
        <translation>
            <numerusform>%n enregistrement pas encore exporté</numerusform>
            <numerusform>%n enregistrements pas encore exportés</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is exported</source>
        <translation>Tout est exporté</translation>
    </message>
    <message>
        <source>Never exported from this database.</source>
        <translation>Jamais exporté depuis cette base.</translation>
    </message>
    <message>
        <source>Last export: %1, to %2</source>
        <translation>Dernier export&#xa0;: %1, vers %2</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Dossier partagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Shared folder: none chosen yet (a network drive, synced folder or USB stick)</source>
        <translation>Dossier partagé&#xa0;: pas encore choisi (lecteur réseau, dossier synchronisé ou clé USB)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>%n enregistrement exporté vers %1</numerusform>
            <numerusform>%n enregistrements exportés vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileAsker</name>
    <message>
        <source>Export for the coordinator</source>
        <translation>Exporter pour la coordination</translation>
    </message>
    <message>
        <source>visitapp exports (*%1)</source>
        <translation>Exports visitapp (*%1)</translation>
    </message>
    <message>
        <source>Choose the shared folder (network drive, synced folder, USB stick)</source>
        <translation>Choisir le dossier partagé (lecteur réseau, dossier synchronisé, clé USB)</translation>
    </message>
    <message>
        <source>Open or create the central database</source>
        <translation>Ouvrir ou créer la base centrale</translation>
    </message>
    <message>
        <source>visitapp databases (*.db)</source>
        <translation>Bases visitapp (*.db)</translation>
    </message>
    <message>
        <source>Exports to merge</source>
        <translation>Exports à fusionner</translation>
    </message>
    <message>
        <source>visitapp exports (*%1);;All files (*)</source>
        <translation>Exports visitapp (*%1);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présents</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge exports</source>
        <translation>Fusionner des exports</translation>
    </message>
    <message>
        <source>Merge exports into %1</source>
        <translation>Fusionner des exports dans %1</translation>
    </message>
    <message>
        <source>Add the .visitapp files the ambassadors sent you, or drop them here. Each file is checked, then merged on its own: a refused file changes nothing, and a file merged twice adds nothing.</source>
        <translation>Ajoutez les fichiers .visitapp envoyés par les ambassadeurs, ou déposez-les ici. Chaque fichier est vérifié, puis fusionné séparément&#xa0;: un fichier refusé ne change rien, et un fichier fusionné deux fois n&apos;ajoute rien.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Stop after this file</source>
        <translation>Arrêter après ce fichier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>Stopping after the file being merged…</source>
        <translation>Arrêt après le fichier en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) merged</source>
        <translation>
            <numerusform>%n fichier fusionné</numerusform>
            <numerusform>%n fichiers fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already merged</source>
        <translation>
            <numerusform>%n déjà fusionné</numerusform>
            <numerusform>%n déjà fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not merged (stopped)</source>
        <translation>
            <numerusform>%n non fusionné (arrêt)</numerusform>
            <numerusform>%n non fusionnés (arrêt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n enregistrement ajouté</numerusform>
            <numerusform>%n enregistrements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came twice with different content: the first version was kept, nothing was overwritten. See what differs with Conflicts… on the Sync page.</source>
        <translation>
            <numerusform>%n enregistrement est arrivé deux fois avec un contenu différent&#xa0;: la première version a été gardée, rien n&apos;a été écrasé. Voyez ce qui diffère avec Conflits… sur la page Synchronisation.</numerusform>
            <numerusform>%n enregistrements sont arrivés deux fois avec un contenu différent&#xa0;: la première version a été gardée, rien n&apos;a été écrasé. Voyez ce qui diffère avec Conflits… sur la page Synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The merge stopped: %1</source>
        <translation>La fusion s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MergeFilesModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présents</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>Merged (made by an older visitapp)</source>
        <translation>Fusionné (créé par un visitapp plus ancien)</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Already merged: nothing changed</source>
        <translation>Déjà fusionné&#xa0;: rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Not merged: stopped before it</source>
        <translation>Non fusionné&#xa0;: arrêt avant ce fichier</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Send what this laptop recorded to the programme&apos;s coordinator, or, as the coordinator, merge the ambassadors&apos; exports into one central database.</source>
        <translation>Envoyez ce que cet ordinateur a enregistré à la coordination du programme ou, si vous coordonnez, fusionnez les exports des ambassadeurs dans une base centrale.</translation>
    </message>
    <message>
        <source>Files merged into this database</source>
        <translation>Fichiers fusionnés dans cette base</translation>
    </message>
    <message>
        <source>No export has been merged into this database yet.</source>
        <translation>Aucun export n&apos;a encore été fusionné dans cette base.</translation>
    </message>
</context>
</TS>
