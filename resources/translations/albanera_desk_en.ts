<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain intact: %n event(s), none altered or removed.</source>
        <translation>
            <numerusform>✔ Audit chain intact: %n event, not altered or removed.</numerusform>
            <numerusform>✔ Audit chain intact: %n events, none altered or removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <source>Letters for %n request(s)</source>
        <translation>
            <numerusform>Letters for %n request</numerusform>
            <numerusform>Letters for %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message numerus="yes">
        <source>overdue since %n day(s) (due {date})</source>
        <translation>
            <numerusform>overdue by %n day (due {date})</numerusform>
            <numerusform>overdue by %n days (due {date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due {date}, in %n day(s)</source>
        <translation>
            <numerusform>due {date}, in %n day</numerusform>
            <numerusform>due {date}, in %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
