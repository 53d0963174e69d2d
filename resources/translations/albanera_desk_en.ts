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
