<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CentralCard</name>
    <message numerus="yes">
        <source>%n file(s) merged into it</source>
        <translation>
            <numerusform>%n file merged into it</numerusform>
            <numerusform>%n files merged into it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came twice with different content. Nothing was overwritten: see what differs.</source>
        <translation>
            <numerusform>%n record came twice with different content. Nothing was overwritten: see what differs.</numerusform>
            <numerusform>%n records came twice with different content. Nothing was overwritten: see what differs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of visits may be recorded twice</source>
        <translation>
            <numerusform>%n group of visits may be recorded twice</numerusform>
            <numerusform>%n groups of visits may be recorded twice</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>counted %n times</source>
        <translation>
            <numerusform>counted once</numerusform>
            <numerusform>counted %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCard</name>
    <message numerus="yes">
        <source>%n record(s) not exported yet</source>
        <translation>
            <numerusform>%n record not exported yet</numerusform>
            <numerusform>%n records not exported yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>Exported %n record to %1</numerusform>
            <numerusform>Exported %n records to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n file(s) merged</source>
        <translation>
            <numerusform>%n file merged</numerusform>
            <numerusform>%n files merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already merged</source>
        <translation>
            <numerusform>%n already merged</numerusform>
            <numerusform>%n already merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not merged (stopped)</source>
        <translation>
            <numerusform>%n not merged (stopped)</numerusform>
            <numerusform>%n not merged (stopped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came twice with different content: the first version was kept, nothing was overwritten. See what differs with Conflicts… on the Sync page.</source>
        <translation>
            <numerusform>%n record came twice with different content: the first version was kept, nothing was overwritten. See what differs with Conflicts… on the Sync page.</numerusform>
            <numerusform>%n records came twice with different content: the first version was kept, nothing was overwritten. See what differs with Conflicts… on the Sync page.</numerusform>
        </translation>
    </message>
</context>
</TS>
