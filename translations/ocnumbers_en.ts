<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityDialog</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message numerus="yes">
        <source>%1 did not answer within %Ln seconds. Check the address, and that no proxy or firewall blocks it.</source>
        <translation>
            <numerusform>%1 did not answer within %Ln second. Check the address, and that no proxy or firewall blocks it.</numerusform>
            <numerusform>%1 did not answer within %Ln seconds. Check the address, and that no proxy or firewall blocks it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message numerus="yes">
        <source>the input ends before its array of numbers is closed, after %n complete element(s): the response is incomplete</source>
        <translation>
            <numerusform>the input ends before its array of numbers is closed, after %n complete element: the response is incomplete</numerusform>
            <numerusform>the input ends before its array of numbers is closed, after %n complete elements: the response is incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumbersOutput</name>
    <message numerus="yes">
        <source>%n warning(s) in the data and --strict is set; nothing written</source>
        <translation>
            <numerusform>%n warning in the data and --strict is set; nothing written</numerusform>
            <numerusform>%n warnings in the data and --strict is set; nothing written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumbersWidget</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s), %1 columns (the visible ones, in the table&apos;s order).</source>
        <translation>
            <numerusform>%Ln number, %1 columns (the visible ones, in the table&apos;s order).</numerusform>
            <numerusform>%Ln numbers, %1 columns (the visible ones, in the table&apos;s order).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParseWarningsDialog</name>
    <message numerus="yes">
        <source>The numbers were loaded, but %n thing(s) in them were odd. Each record is kept, and a value that could not be read is kept in its raw JSON.</source>
        <translation>
            <numerusform>The numbers were loaded, but %n thing in them was odd. Each record is kept, and a value that could not be read is kept in its raw JSON.</numerusform>
            <numerusform>The numbers were loaded, but %n things in them were odd. Each record is kept, and a value that could not be read is kept in its raw JSON.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SbcRoutingDialog</name>
    <message numerus="yes">
        <source>%Ln other loaded numbers use this SBC</source>
        <translation>
            <numerusform>%Ln other loaded number uses this SBC</numerusform>
            <numerusform>%Ln other loaded numbers use this SBC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other loaded numbers use these SBCs</source>
        <translation>
            <numerusform>%Ln other loaded number uses these SBCs</numerusform>
            <numerusform>%Ln other loaded numbers use these SBCs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message numerus="yes">
        <source>%n file(s) in the snapshot folder could not be read and are not listed.</source>
        <translation>
            <numerusform>%n file in the snapshot folder could not be read and is not listed.</numerusform>
            <numerusform>%n files in the snapshot folder could not be read and are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n snapshot(s)</source>
        <translation>
            <numerusform>%1 in %n snapshot</numerusform>
            <numerusform>%1 in %n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n snapshot? This cannot be undone.</numerusform>
            <numerusform>Delete %n snapshots? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningsButton</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
