<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AmbassadorsPanel</name>
    <message numerus="yes">
        <source>%n ambassador(s)</source>
        <translation>
            <numerusform>%n ambassador</numerusform>
            <numerusform>%n ambassadors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <source>%n school(s) added</source>
        <translation>
            <numerusform>%n school added</numerusform>
            <numerusform>%n schools added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) updated</source>
        <translation>
            <numerusform>%n school updated</numerusform>
            <numerusform>%n schools updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s) already up to date</source>
        <translation>
            <numerusform>%n school already up to date</numerusform>
            <numerusform>%n schools already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) that are neither collège nor lycée skipped</source>
        <translation>
            <numerusform>%n establishment that is neither a collège nor a lycée skipped</numerusform>
            <numerusform>%n establishments that are neither collèges nor lycées skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped:</source>
        <translation>
            <numerusform>%n line skipped:</numerusform>
            <numerusform>%n lines skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolsPanel</name>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n school</numerusform>
            <numerusform>%n schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in priority education</source>
        <translation>
            <numerusform>%n in priority education</numerusform>
            <numerusform>%n in priority education</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) shown</source>
        <translation>
            <numerusform>%n visit shown</numerusform>
            <numerusform>%n visits shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>of %n</numerusform>
            <numerusform>of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) met</source>
        <translation>
            <numerusform>%n pupil met</numerusform>
            <numerusform>%n pupils met</numerusform>
        </translation>
    </message>
</context>
</TS>
