<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AmbassadorDialog</name>
    <message>
        <source>Edit ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. IMT Mines Alès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is me (used by default for my new visits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engineering school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmbassadorsPanel</name>
    <message>
        <source>Ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, engineering school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected ambassador as the person using this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ambassador(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>select yourself and press “This is me”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ambassadors yet.
Start with yourself: press “New ambassador”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ambassador matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ambassador %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmbassadorsTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: new visits list you as an ambassador</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Schools imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) already up to date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) that are neither collège nor lycée skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not UTF-8: read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Engineering is for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About visitapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit, school or ambassador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected line (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import schools from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About visitapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;visitapp %1&lt;/h3&gt;&lt;p&gt;For engineering students who visit collèges and lycées to show that engineering studies are open to every pupil.&lt;/p&gt;&lt;p&gt;Everything stays on this laptop, and no survey ever asks who a pupil is.&lt;/p&gt;&lt;p&gt;Data file: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you? Add yourself in Ambassadors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>Edit school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Collège Pablo Neruda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 characters, e.g. 0932001V (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UAI code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority &amp;education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolsPanel</name>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, city, UAI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import directory CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import schools from the national school directory (annuaire de l&apos;éducation) or any CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in priority education</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No schools yet.
Add one with “New school”, or import the national directory&apos;s CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete school %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing schools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolsTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Edit visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room, teacher, what went well, what to change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pupils present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Girls present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search school, city, ambassador, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit with the same school and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) met</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No visits yet.
Press “New visit” (Ctrl+N) to record your first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete visit to %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority education school (REP / REP+)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
