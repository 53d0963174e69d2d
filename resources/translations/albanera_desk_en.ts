<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLabels</name>
    <message numerus="yes">
        <source>%n closed request(s) past their retention deleted</source>
        <translation>
            <numerusform>%n closed request past its retention deleted</numerusform>
            <numerusform>%n closed requests past their retention deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>art. 19 notices to %n recipient(s)</source>
        <translation>
            <numerusform>art. 19 notice to %n recipient</numerusform>
            <numerusform>art. 19 notices to %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>art. 19 notices ({action}) to %n recipient(s)</source>
        <translation>
            <numerusform>art. 19 notice ({action}) to %n recipient</numerusform>
            <numerusform>art. 19 notices ({action}) to %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>art. 19 notices posted to %n recipient(s)</source>
        <translation>
            <numerusform>art. 19 notice posted to %n recipient</numerusform>
            <numerusform>art. 19 notices posted to %n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>demo: where the data of %n person(s) came from</source>
        <translation>
            <numerusform>demo: where the data of %n person came from</numerusform>
            <numerusform>demo: where the data of %n people came from</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>search index rebuilt for %n person(s)</source>
        <translation>
            <numerusform>search index rebuilt for %n person</numerusform>
            <numerusform>search index rebuilt for %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after restoring {name}: %n later erasure(s) applied again</source>
        <translation>
            <numerusform>after restoring {name}: %n later erasure applied again</numerusform>
            <numerusform>after restoring {name}: %n later erasures applied again</numerusform>
        </translation>
    </message>
</context>
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
    <name>DueCalendar</name>
    <message numerus="yes">
        <source>%n answer(s) due</source>
        <translation>
            <numerusform>%n answer due</numerusform>
            <numerusform>%n answers due</numerusform>
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
    <message numerus="yes">
        <source>For %n request(s): {list}</source>
        <translation>
            <numerusform>For %n request: {list}</numerusform>
            <numerusform>For %n requests: {list}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the people file are kept past their retention end: they should be deleted.</source>
        <translation>
            <numerusform>%n item in the people file is kept past its retention end: it should be deleted.</numerusform>
            <numerusform>%n items in the people file are kept past their retention end: they should be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted.</source>
        <translation>
            <numerusform>%n item deleted.</numerusform>
            <numerusform>%n items deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the file</source>
        <translation>
            <numerusform>%n person in the file</numerusform>
            <numerusform>%n people in the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message numerus="yes">
        <source>%n art. 28(3) term(s) missing from the agreement: {terms}.</source>
        <translation>
            <numerusform>%n art. 28(3) term missing from the agreement: {terms}.</numerusform>
            <numerusform>%n art. 28(3) terms missing from the agreement: {terms}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message numerus="yes">
        <source>%n term(s) missing</source>
        <translation>
            <numerusform>%n term missing</numerusform>
            <numerusform>%n terms missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message numerus="yes">
        <source>%n entry(ies) added from the privacy policy; complete each one.</source>
        <translation>
            <numerusform>%n entry added from the privacy policy; complete it.</numerusform>
            <numerusform>%n entries added from the privacy policy; complete each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message numerus="yes">
        <source>{date} · %n day(s) late</source>
        <translation>
            <numerusform>{date} · %n day late</numerusform>
            <numerusform>{date} · %n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} · in %n day(s)</source>
        <translation>
            <numerusform>{date} · in %n day</numerusform>
            <numerusform>{date} · in %n days</numerusform>
        </translation>
    </message>
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
<context>
    <name>RequestsView</name>
    <message numerus="yes">
        <source>The {shown} most urgent of %n requests: type to narrow.</source>
        <translation>
            <numerusform>The {shown} most urgent of %n request: type to narrow.</numerusform>
            <numerusform>The {shown} most urgent of %n requests: type to narrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acknowledgements to post (%n)…</source>
        <translation>
            <numerusform>Acknowledgement to post (%n)…</numerusform>
            <numerusform>Acknowledgements to post (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoredNotice</name>
    <message numerus="yes">
        <source>The backup was older than %n erasure(s): they were made again.</source>
        <translation>
            <numerusform>The backup was older than %n erasure: it was made again.</numerusform>
            <numerusform>The backup was older than %n erasures: they were made again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting identity</source>
        <translation>
            <numerusform>%n awaiting identity</numerusform>
            <numerusform>%n awaiting identity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to post this week</source>
        <translation>
            <numerusform>%n to post this week</numerusform>
            <numerusform>%n to post this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransfersView</name>
    <message numerus="yes">
        <source>%n third party(ies)</source>
        <translation>
            <numerusform>%n third party</numerusform>
            <numerusform>%n third parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
</context>
</TS>
