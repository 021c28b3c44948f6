<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DashboardPanel</name>
    <message numerus="yes">
        <source>%n visit(s) still without a headcount</source>
        <translation>
            <numerusform>%n visit still without a headcount</numerusform>
            <numerusform>%n visits still without a headcount</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show-of-hands counts from %n survey(s) are included in the answers per option and the unpaired means.</source>
        <translation>
            <numerusform>Show-of-hands counts from %n survey are included in the answers per option and the unpaired means.</numerusform>
            <numerusform>Show-of-hands counts from %n surveys are included in the answers per option and the unpaired means.</numerusform>
        </translation>
    </message>
</context>
</TS>
