<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DeckNotesDialog</name>
    <message numerus="yes">
        <source>Notes found for %n slide(s). Press Save to keep them.</source>
        <translation>
            <numerusform>Notes found for %n slide. Press Save to keep them.</numerusform>
            <numerusform>Notes found for %n slides. Press Save to keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s) already have other notes. Replace them with the .pptx&apos;s?</source>
        <translation>
            <numerusform>%n slide already has other notes. Replace them with the .pptx&apos;s?</numerusform>
            <numerusform>%n slides already have other notes. Replace them with the .pptx&apos;s?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecksPanel</name>
    <message numerus="yes">
        <source>%n deck(s)</source>
        <translation>
            <numerusform>%n deck</numerusform>
            <numerusform>%n decks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min ahead</numerusform>
            <numerusform>%n min ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min over time</source>
        <translation>
            <numerusform>%n min over time</numerusform>
            <numerusform>%n min over time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyOverlay</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
</TS>
