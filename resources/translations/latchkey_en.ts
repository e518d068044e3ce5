<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddTokenDialog</name>
    <message numerus="yes">
        <source>%n to choose from.</source>
        <translation>
            <numerusform>%n to choose from.</numerusform>
            <numerusform>%n to choose from.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>%n history line(s) could not be read and were skipped.</source>
        <translation>
            <numerusform>%n history line could not be read and were skipped.</numerusform>
            <numerusform>%n history lines could not be read and were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HumanFormat</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%1 with %n request(s). Nothing is saved with --dry-run.</source>
        <translation>
            <numerusform>%1 with %n request. Nothing is saved with --dry-run.</numerusform>
            <numerusform>%1 with %n requests. Nothing is saved with --dry-run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s) into the collection "%1":</source>
        <translation>
            <numerusform>Imported %n preset into the collection "%1":</numerusform>
            <numerusform>Imported %n presets into the collection "%1":</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>Imported %n preset(s) into "%1".</source>
        <translation>
            <numerusform>Imported %n preset into "%1".</numerusform>
            <numerusform>Imported %n presets into "%1".</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTable</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paginator</name>
    <message numerus="yes">
        <source>Stopped: %1 loaded from %n page(s).</source>
        <translation>
            <numerusform>Stopped: %1 loaded from %n page.</numerusform>
            <numerusform>Stopped: %1 loaded from %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service still answered "too many requests" after %n tries; stopped at page %1.</source>
        <translation>
            <numerusform>The service still answered "too many requests" after %n tries; stopped at page %1.</numerusform>
            <numerusform>The service still answered "too many requests" after %n tries; stopped at page %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every page loaded: %1 on %n page(s).</source>
        <translation>
            <numerusform>Every page loaded: %1 on %n page.</numerusform>
            <numerusform>Every page loaded: %1 on %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) so far</source>
        <translation>
            <numerusform>%Ln item so far</numerusform>
            <numerusform>%Ln items so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n page(s) (the page limit); the service has more. %1 loaded.</source>
        <translation>
            <numerusform>Stopped after %n page (the page limit); the service has more. %1 loaded.</numerusform>
            <numerusform>Stopped after %n pages (the page limit); the service has more. %1 loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseSummary</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests: try again in %n second.</numerusform>
            <numerusform>Too many requests: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n redirect(s)</source>
        <translation>
            <numerusform>%n redirect</numerusform>
            <numerusform>%n redirects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseTableView</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message numerus="yes">
        <source>%n column(s) left out to fit the width; --output csv has them all.</source>
        <translation>
            <numerusform>%n column left out to fit the width; --output csv has them all.</numerusform>
            <numerusform>%n columns left out to fit the width; --output csv has them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message numerus="yes">
        <source>Token copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Token copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Token copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDetailsPanel</name>
    <message numerus="yes">
        <source>Show the token for %n second(s)</source>
        <translation>
            <numerusform>Show the token for %n second</numerusform>
            <numerusform>Show the token for %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
