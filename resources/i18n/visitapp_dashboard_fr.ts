<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Pupils reached per month</source>
        <translation>Élèves rencontrés par mois</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Share of girls by class level</source>
        <translation>Part de filles par niveau</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Filles</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>CSV for Excel…</source>
        <translation>CSV pour Excel…</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Classeur Excel (XLSX)…</translation>
    </message>
    <message>
        <source>PDF impact report…</source>
        <translation>Rapport d&apos;impact PDF…</translation>
    </message>
    <message>
        <source>JSON for other tools…</source>
        <translation>JSON pour d&apos;autres outils…</translation>
    </message>
    <message>
        <source>Engagement certificate…</source>
        <translation>Attestation d&apos;engagement…</translation>
    </message>
    <message>
        <source>Choose an ambassador in the filters first</source>
        <translation>Choisissez d&apos;abord un ambassadeur ou une ambassadrice dans les filtres</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Cette année scolaire</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>L&apos;année scolaire dernière</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période choisie</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source> pupils</source>
        <translation> élèves</translation>
    </message>
    <message>
        <source>Hide groups under</source>
        <translation>Masquer les groupes de moins de</translation>
    </message>
    <message>
        <source>Figures about fewer pupils are shown as “&lt; N” (never fewer than 3)</source>
        <translation>Les chiffres portant sur moins d&apos;élèves sont affichés « &lt; N » (jamais moins de 3)</translation>
    </message>
    <message>
        <source>Visits held</source>
        <translation>Interventions réalisées</translation>
    </message>
    <message>
        <source>Pupils reached</source>
        <translation>Élèves rencontrés</translation>
    </message>
    <message>
        <source>Share of girls</source>
        <translation>Part de filles</translation>
    </message>
    <message>
        <source>Visits in REP / REP+ schools</source>
        <translation>Interventions en REP / REP+</translation>
    </message>
    <message>
        <source>Pupils in REP / REP+ schools</source>
        <translation>Élèves en REP / REP+</translation>
    </message>
    <message>
        <source>Hours in front of pupils</source>
        <translation>Heures devant les élèves</translation>
    </message>
    <message>
        <source>Response rate (after survey)</source>
        <translation>Taux de réponse (questionnaire après)</translation>
    </message>
    <message>
        <source>Found the talk useful (4–5 of 5)</source>
        <translation>Ont trouvé l&apos;intervention utile (4–5 sur 5)</translation>
    </message>
    <message>
        <source>No visit took place in this selection yet.
Visits appear here once they have happened; enter the pupils present to count them.</source>
        <translation>Aucune intervention réalisée dans cette sélection pour l&apos;instant.
Les interventions apparaissent ici une fois passées ; indiquez les élèves présents pour les compter.</translation>
    </message>
    <message>
        <source>Before and after the talk</source>
        <translation>Avant et après l&apos;intervention</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Évolution moyenne</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>IC à 95 %</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>En hausse</translation>
    </message>
    <message>
        <source>Answers before / after</source>
        <translation>Réponses avant / après</translation>
    </message>
    <message>
        <source>Mean before → after</source>
        <translation>Moyenne avant → après</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs et ambassadrices</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Engineering school</source>
        <translation>École d&apos;ingénieurs</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Pupils met</source>
        <translation>Élèves rencontrés</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Une erreur est survenue : %1</translation>
    </message>
    <message>
        <source>All engineering schools</source>
        <translation>Toutes les écoles d&apos;ingénieurs</translation>
    </message>
    <message>
        <source>All ambassadors</source>
        <translation>Tous les ambassadeurs</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>As of %1 · %2 planned · figures about fewer than %3 pupils are hidden</source>
        <translation>Situation au %1 · %2 à venir · chiffres sur moins de %3 élèves masqués</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) still without a headcount</source>
        <translation>
            <numerusform>%n intervention sans effectif saisi</numerusform>
            <numerusform>%n interventions sans effectif saisi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers before, %2 after, %3 phones paired.</source>
        <translation>%1 réponses avant, %2 après, %3 téléphones appariés.</translation>
    </message>
    <message numerus="yes">
        <source>Show-of-hands counts from %n survey(s) are included in the answers per option and the unpaired means.</source>
        <translation>
            <numerusform>Les comptages à main levée de %n questionnaire sont inclus dans les réponses par modalité et les moyennes non appariées.</numerusform>
            <numerusform>Les comptages à main levée de %n questionnaires sont inclus dans les réponses par modalité et les moyennes non appariées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
</TS>
