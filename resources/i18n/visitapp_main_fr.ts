<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AmbassadorDialog</name>
    <message>
        <source>Edit ambassador</source>
        <translation>Modifier l&apos;ambassadeur</translation>
    </message>
    <message>
        <source>New ambassador</source>
        <translation>Nouvel ambassadeur</translation>
    </message>
    <message>
        <source>e.g. IMT Mines Alès</source>
        <translation>par exemple IMT Mines Alès</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>This is me (used by default for my new visits)</source>
        <translation>C&apos;est moi (proposé par défaut pour mes nouvelles visites)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Engineering school</source>
        <translation>&amp;École d&apos;ingénieurs</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>AmbassadorsPanel</name>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Search name, engineering school…</source>
        <translation>Rechercher un nom, une école d&apos;ingénieurs…</translation>
    </message>
    <message>
        <source>&amp;New ambassador</source>
        <translation>&amp;Nouvel ambassadeur</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>C&apos;est &amp;moi</translation>
    </message>
    <message>
        <source>Mark the selected ambassador as the person using this laptop</source>
        <translation>Indiquer que l&apos;ambassadeur sélectionné est la personne qui utilise cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>%n ambassador(s)</source>
        <translation>
            <numerusform>%n ambassadeur</numerusform>
            <numerusform>%n ambassadeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>select yourself and press “This is me”</source>
        <translation>sélectionnez-vous et cliquez sur « C&apos;est moi »</translation>
    </message>
    <message>
        <source>No ambassadors yet.
Start with yourself: press “New ambassador”.</source>
        <translation>Aucun ambassadeur pour l&apos;instant.
Commencez par vous : cliquez sur « Nouvel ambassadeur ».</translation>
    </message>
    <message>
        <source>No ambassador matches this search.</source>
        <translation>Aucun ambassadeur ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Delete ambassador %1</source>
        <translation>Supprimer l&apos;ambassadeur %1</translation>
    </message>
</context>
<context>
    <name>AmbassadorsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Engineering school</source>
        <translation>École d&apos;ingénieurs</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>(me)</source>
        <translation>(moi)</translation>
    </message>
    <message>
        <source>You: new visits list you as an ambassador</source>
        <translation>Vous : vos nouvelles visites vous indiquent comme ambassadeur</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Schools imported</source>
        <translation>Établissements importés</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) added</source>
        <translation>
            <numerusform>%n établissement ajouté</numerusform>
            <numerusform>%n établissements ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) updated</source>
        <translation>
            <numerusform>%n établissement mis à jour</numerusform>
            <numerusform>%n établissements mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) already up to date</source>
        <translation>
            <numerusform>%n établissement déjà à jour</numerusform>
            <numerusform>%n établissements déjà à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) that are neither collège nor lycée skipped</source>
        <translation>
            <numerusform>%n établissement qui n&apos;est ni un collège ni un lycée ignoré</numerusform>
            <numerusform>%n établissements qui ne sont ni des collèges ni des lycées ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not UTF-8: read as Windows-1252.</source>
        <translation>Le fichier n&apos;était pas en UTF-8 : lu en Windows-1252.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped:</source>
        <translation>
            <numerusform>%n ligne ignorée :</numerusform>
            <numerusform>%n lignes ignorées :</numerusform>
        </translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Class visit</source>
        <translation>Intervention en classe</translation>
    </message>
    <message>
        <source>Forum or fair</source>
        <translation>Forum ou salon</translation>
    </message>
    <message>
        <source>Campus visit</source>
        <translation>Visite de campus</translation>
    </message>
    <message>
        <source>Company visit</source>
        <translation>Visite d&apos;entreprise</translation>
    </message>
    <message>
        <source>Online session</source>
        <translation>Séance en ligne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>6e</source>
        <translation>6e</translation>
    </message>
    <message>
        <source>5e</source>
        <translation>5e</translation>
    </message>
    <message>
        <source>4e</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>3e</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>2nde</source>
        <translation>2nde</translation>
    </message>
    <message>
        <source>1re</source>
        <translation>1re</translation>
    </message>
    <message>
        <source>Terminale</source>
        <translation>Terminale</translation>
    </message>
    <message>
        <source>Other level</source>
        <translation>Autre niveau</translation>
    </message>
    <message>
        <source>Collège</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Lycée</source>
        <translation>Lycée</translation>
    </message>
    <message>
        <source>Not priority education</source>
        <translation>Hors éducation prioritaire</translation>
    </message>
    <message>
        <source>REP</source>
        <translation>REP</translation>
    </message>
    <message>
        <source>REP+</source>
        <translation>REP+</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Schools</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Engineering is for everyone</source>
        <translation>L&apos;ingénierie, c&apos;est pour tout le monde</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import schools…</source>
        <translation>&amp;Importer des établissements…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About visitapp</source>
        <translation>À &amp;propos de visitapp</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>The new language will be used the next time visitapp starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de visitapp.</translation>
    </message>
    <message>
        <source>New visit, school or ambassador</source>
        <translation>Nouvelle visite, nouvel établissement ou ambassadeur</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Entrée ou F2</translation>
    </message>
    <message>
        <source>Edit the selected line</source>
        <translation>Modifier la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Duplicate the selected visit</source>
        <translation>Dupliquer la visite sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Delete the selected line (can be undone)</source>
        <translation>Supprimer la ligne sélectionnée (annulable)</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Annuler / rétablir</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Import schools from a CSV file</source>
        <translation>Importer des établissements depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation>Aller à une rubrique</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About visitapp</source>
        <translation>À propos de visitapp</translation>
    </message>
    <message>
        <source>&lt;h3&gt;visitapp %1&lt;/h3&gt;&lt;p&gt;For engineering students who visit collèges and lycées to show that engineering studies are open to every pupil.&lt;/p&gt;&lt;p&gt;Everything stays on this laptop, and no survey ever asks who a pupil is.&lt;/p&gt;&lt;p&gt;Data file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;visitapp %1&lt;/h3&gt;&lt;p&gt;Pour les élèves ingénieurs qui interviennent dans les collèges et lycées afin de montrer que les études d&apos;ingénieur sont ouvertes à tous les élèves.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur, et aucune enquête ne demande jamais qui est un élève.&lt;/p&gt;&lt;p&gt;Fichier de données : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Who are you? Add yourself in Ambassadors.</source>
        <translation>Qui êtes-vous ? Ajoutez-vous dans Ambassadeurs.</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>Edit school</source>
        <translation>Modifier l&apos;établissement</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nouvel établissement</translation>
    </message>
    <message>
        <source>e.g. Collège Pablo Neruda</source>
        <translation>par exemple Collège Pablo Neruda</translation>
    </message>
    <message>
        <source>8 characters, e.g. 0932001V (optional)</source>
        <translation>8 caractères, par exemple 0932001V (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Code &amp;postal</translation>
    </message>
    <message>
        <source>&amp;UAI code</source>
        <translation>Code &amp;UAI</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Priority &amp;education</source>
        <translation>&amp;Éducation prioritaire</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
</context>
<context>
    <name>SchoolsPanel</name>
    <message>
        <source>Schools</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Search name, city, UAI…</source>
        <translation>Rechercher un nom, une ville, un UAI…</translation>
    </message>
    <message>
        <source>&amp;New school</source>
        <translation>&amp;Nouvel établissement</translation>
    </message>
    <message>
        <source>&amp;Import directory CSV…</source>
        <translation>&amp;Importer l&apos;annuaire (CSV)…</translation>
    </message>
    <message>
        <source>Import schools from the national school directory (annuaire de l&apos;éducation) or any CSV</source>
        <translation>Importer des établissements depuis l&apos;annuaire de l&apos;éducation nationale ou tout fichier CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n établissement</numerusform>
            <numerusform>%n établissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in priority education</source>
        <translation>
            <numerusform>%n en éducation prioritaire</numerusform>
            <numerusform>%n en éducation prioritaire</numerusform>
        </translation>
    </message>
    <message>
        <source>No schools yet.
Add one with “New school”, or import the national directory&apos;s CSV.</source>
        <translation>Aucun établissement pour l&apos;instant.
Ajoutez-en un avec « Nouvel établissement », ou importez le CSV de l&apos;annuaire de l&apos;éducation.</translation>
    </message>
    <message>
        <source>No school matches this search.</source>
        <translation>Aucun établissement ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>School in use</source>
        <translation>Établissement utilisé</translation>
    </message>
    <message>
        <source>Delete school %1</source>
        <translation>Supprimer l&apos;établissement %1</translation>
    </message>
    <message>
        <source>Import schools</source>
        <translation>Importer des établissements</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing schools…</source>
        <translation>Import des établissements…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
</context>
<context>
    <name>SchoolsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>UAI</source>
        <translation>UAI</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority education</source>
        <translation>Éducation prioritaire</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation>Modifier la visite</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <source>Type to search a school</source>
        <translation>Tapez pour chercher un établissement</translation>
    </message>
    <message>
        <source>New school…</source>
        <translation>Nouvel établissement…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>Room, teacher, what went well, what to change…</source>
        <translation>Salle, professeur, ce qui a marché, ce qu&apos;il faut changer…</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>É&amp;tablissement</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Date et heure</translation>
    </message>
    <message>
        <source>&amp;Kind of action</source>
        <translation>&amp;Type d&apos;action</translation>
    </message>
    <message>
        <source>Class &amp;level</source>
        <translation>&amp;Niveau de la classe</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;Pupils present</source>
        <translation>Élèves &amp;présents</translation>
    </message>
    <message>
        <source>&amp;Girls present</source>
        <translation>&amp;Filles présentes</translation>
    </message>
    <message>
        <source>&amp;Ambassadors</source>
        <translation>&amp;Ambassadeurs</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Search school, city, ambassador, notes…</source>
        <translation>Rechercher un établissement, une ville, un ambassadeur, des notes…</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Nouvelle visite</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>New visit with the same school and team</source>
        <translation>Nouvelle visite avec le même établissement et la même équipe</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Cette année scolaire</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Tous les établissements</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visite</numerusform>
            <numerusform>%n visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) shown</source>
        <translation>
            <numerusform>%n visite affichée</numerusform>
            <numerusform>%n visites affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>sur %n</numerusform>
            <numerusform>sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) met</source>
        <translation>
            <numerusform>%n élève rencontré</numerusform>
            <numerusform>%n élèves rencontrés</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits yet.
Press “New visit” (Ctrl+N) to record your first one.</source>
        <translation>Aucune visite pour l&apos;instant.
Cliquez sur « Nouvelle visite » (Ctrl+N) pour enregistrer la première.</translation>
    </message>
    <message>
        <source>No visit matches these filters.</source>
        <translation>Aucune visite ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Delete visit to %1 on %2</source>
        <translation>Supprimer la visite à %1 du %2</translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Priority education school (REP / REP+)</source>
        <translation>Établissement en éducation prioritaire (REP / REP+)</translation>
    </message>
</context>
</TS>
