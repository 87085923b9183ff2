<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OC Numbers</source>
        <translation>Über OC Numbers</translation>
    </message>
    <message>
        <source>OC Numbers</source>
        <translation>OC Numbers</translation>
    </message>
    <message>
        <source>Browse, filter and export Microsoft Teams Operator Connect numbers from AudioCodes Live Platform.</source>
        <translation>Operator-Connect-Nummern von Microsoft Teams aus AudioCodes Live Platform durchsuchen, filtern und exportieren.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Version %1 · built with Qt %2, running on Qt %3</source>
        <translation>Version %1 · erstellt mit Qt %2, läuft mit Qt %3</translation>
    </message>
    <message>
        <source>OC Numbers is free software under the MIT licence. It is built with:</source>
        <translation>OC Numbers ist freie Software unter der MIT-Lizenz. Es verwendet:</translation>
    </message>
    <message>
        <source>GNU LGPL version 3 (Qt Base, Network, Network Authorization, HTTP Server)</source>
        <translation>GNU LGPL Version 3 (Qt Base, Network, Network Authorization, HTTP Server)</translation>
    </message>
    <message>
        <source>BSD 3-Clause licence</source>
        <translation>3-Klausel-BSD-Lizenz</translation>
    </message>
    <message>
        <source>Apache License 2.0 or MIT licence</source>
        <translation>Apache License 2.0 oder MIT-Lizenz</translation>
    </message>
    <message>
        <source>Microsoft, Teams and Entra are trademarks of Microsoft Corporation; AudioCodes and Live Platform are trademarks of AudioCodes Ltd. OC Numbers is not affiliated with either.</source>
        <translation>Microsoft, Teams und Entra sind Marken der Microsoft Corporation; AudioCodes und Live Platform sind Marken der AudioCodes Ltd. OC Numbers steht mit keinem der beiden Unternehmen in Verbindung.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Every request this window made, newest last: where it went, how it ended and the server&apos;s error ticket. No token, secret or code is kept.</source>
        <translation>Jede Anfrage dieses Fensters, die neueste zuletzt: wohin sie ging, wie sie endete und das Fehlerticket des Servers. Es werden keine Tokens, Geheimnisse oder Codes gespeichert.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copies every request as tab-separated text, for a support case</source>
        <translation>Kopiert alle Anfragen als tabulatorgetrennten Text, für einen Supportfall</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Error ticket</source>
        <translation>Fehlerticket</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>BrowserTokenSource</name>
    <message>
        <source>OC Numbers is not waiting for a sign-in.</source>
        <translation>OC Numbers wartet auf keine Anmeldung.</translation>
    </message>
    <message>
        <source>The sign-in did not complete: %1</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The answer held no authorization code.</source>
        <translation>Die Antwort enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The sign-in page came back without an authorization code.</source>
        <translation>Die Anmeldeseite hat keinen Autorisierungscode zurückgegeben.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>Anmeldung fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in service refused the token request (%1).</source>
        <translation>Der Anmeldedienst hat die Tokenanforderung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The sign-in was not finished in time. Start it again.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen. Starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cannot open a loopback port for the sign-in answer. Use device-code sign-in instead.</source>
        <translation>Für die Anmeldeantwort kann kein Loopback-Port geöffnet werden. Melden Sie sich stattdessen mit einem Gerätecode an.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with the browser first.</source>
        <translation>Nicht angemeldet. Melden Sie sich zuerst im Browser an.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in in progress; it was ignored. Finish the sign-in in the tab that OC Numbers opened.</source>
        <translation>Diese Antwort gehört nicht zur laufenden Anmeldung und wurde ignoriert. Schließen Sie die Anmeldung in dem Tab ab, den OC Numbers geöffnet hat.</translation>
    </message>
    <message>
        <source>The sign-in was not started: %1</source>
        <translation>Die Anmeldung wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
</context>
<context>
    <name>ChangesWindow</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Feld:</translation>
    </message>
    <message>
        <source>Changed field</source>
        <translation>Geändertes Feld</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleich läuft</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the changes shown to a CSV file or an Excel workbook</source>
        <translation>Die angezeigten Änderungen in eine CSV-Datei oder eine Excel-Arbeitsmappe schreiben</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen von %1 zu %2</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen…</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>Von %1 zu %2: %3 hinzugekommen, %4 entfernt, %5 geändert</translation>
    </message>
    <message>
        <source>, %1 duplicated</source>
        <translation>, %1 doppelt</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doppelte</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>No changes match the filters</source>
        <translation>Keine Änderung entspricht den Filtern</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>Exported %1 changes to %2</source>
        <translation>%1 Änderungen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenSource</name>
    <message>
        <source>Signing in to %1 timed out. Check the network, or the authority URL in the connection profile.</source>
        <translation>Zeitüberschreitung bei der Anmeldung an %1. Prüfen Sie das Netzwerk oder die Autoritäts-URL im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Cannot reach %1 to sign in: %2. Check the network, or the authority URL in the connection profile.</source>
        <translation>%1 ist für die Anmeldung nicht erreichbar: %2. Prüfen Sie das Netzwerk oder die Autoritäts-URL im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The app registration %1 does not exist in directory %2. Check the client id and the directory (tenant) id of the connection profile.</source>
        <translation>Die App-Registrierung %1 ist im Verzeichnis %2 nicht vorhanden. Prüfen Sie die Client-ID und die Verzeichnis-ID (Mandant) im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The client secret is wrong (or is the secret&apos;s id instead of its value). Enter the secret&apos;s value again in the connection profile.</source>
        <translation>Der geheime Clientschlüssel ist falsch (oder es wurde die geheime ID statt des Werts eingegeben). Geben Sie den Wert im Verbindungsprofil erneut ein.</translation>
    </message>
    <message>
        <source>The client secret has expired. Create a new secret for the app registration and enter it in the connection profile.</source>
        <translation>Der geheime Clientschlüssel ist abgelaufen. Erstellen Sie einen neuen für die App-Registrierung und geben Sie ihn im Verbindungsprofil ein.</translation>
    </message>
    <message>
        <source>The scope is not valid for this sign-in. It must be the Live Platform API&apos;s application ID URI followed by /.default.</source>
        <translation>Der Bereich ist für diese Anmeldung ungültig. Er muss der Anwendungs-ID-URI der Live-Platform-API, gefolgt von /.default, sein.</translation>
    </message>
    <message>
        <source>Directory %1 was not found. Check the directory (tenant) id of the connection profile.</source>
        <translation>Das Verzeichnis %1 wurde nicht gefunden. Prüfen Sie die Verzeichnis-ID (Mandant) im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Sign-in was refused (%1): %2</source>
        <translation>Die Anmeldung wurde abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>The sign-in service answered HTTP %1 without an explanation. Check the authority URL of the connection profile.</source>
        <translation>Der Anmeldedienst hat ohne Erklärung mit HTTP %1 geantwortet. Prüfen Sie die Autoritäts-URL im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The client secret was not sent: %1</source>
        <translation>Der geheime Clientschlüssel wurde nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CommandLineSignIn</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>cannot read the client secret from standard input</source>
        <translation>der geheime Clientschlüssel kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>no client secret: set OCNUMBERS_CLIENT_SECRET or pass --client-secret-stdin</source>
        <translation>kein geheimer Clientschlüssel: setzen Sie OCNUMBERS_CLIENT_SECRET oder geben Sie --client-secret-stdin an</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Which numbers were added, removed or changed from one load to another. Numbers are matched by telephone number.</source>
        <translation>Welche Nummern von einem Ladevorgang zum anderen hinzugekommen, entfernt oder geändert wurden. Nummern werden über die Rufnummer zugeordnet.</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>Da&amp;tei…</translation>
    </message>
    <message>
        <source>Compare a saved Live Platform response or snapshot file</source>
        <translation>Eine gespeicherte Live-Platform-Antwort oder Snapshot-Datei vergleichen</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <source>Fi&amp;le…</source>
        <translation>Dat&amp;ei…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Compare a saved response</source>
        <translation>Gespeicherte Antwort vergleichen</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Choose a file for each side: nothing is shown and no snapshot is kept yet.</source>
        <translation>Wählen Sie für jede Seite eine Datei: Es wird noch nichts angezeigt, und es ist noch kein Snapshot aufbewahrt.</translation>
    </message>
    <message>
        <source>Before and after are the same; choose something else for one of them.</source>
        <translation>Vorher und Nachher sind gleich; wählen Sie für eines davon etwas anderes.</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>C&amp;onnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Manage connections</source>
        <translation>Verbindungen verwalten</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Anm&amp;elden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Abm&amp;elden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>Customer tenant ID</source>
        <translation>Mandanten-ID des Kunden</translation>
    </message>
    <message>
        <source>The customer&apos;s Microsoft tenant ID (msTenantId), a GUID</source>
        <translation>Die Microsoft-Mandanten-ID des Kunden (msTenantId), eine GUID</translation>
    </message>
    <message>
        <source>Load only numbers with this status</source>
        <translation>Nur Nummern mit diesem Status laden</translation>
    </message>
    <message>
        <source>v3 connections: ask the server for numbers of one status only</source>
        <translation>v3-Verbindungen: nur Nummern eines Status vom Server anfordern</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load numbers</source>
        <translation>Nummern laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Signed out; the saved sign-in of this connection was removed.</source>
        <translation>Abgemeldet; die gespeicherte Anmeldung dieser Verbindung wurde entfernt.</translation>
    </message>
    <message>
        <source>Continue signing in in your browser…</source>
        <translation>Setzen Sie die Anmeldung im Browser fort…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID. Enter the customer&apos;s Microsoft tenant ID (msTenantId), a GUID like 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</source>
        <translation>„%1“ ist keine Mandanten-ID. Geben Sie die Microsoft-Mandanten-ID des Kunden (msTenantId) ein, eine GUID wie 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>The demo connection cannot be edited.</source>
        <translation>Die Demoverbindung kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now signs in at other addresses, so the client secret and saved sign-in stored for the old ones were removed.</source>
        <translation>„%1“ meldet sich jetzt an anderen Adressen an; deshalb wurden der geheime Clientschlüssel und die gespeicherte Anmeldung für die alten Adressen entfernt.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;? Its saved sign-in and client secret are removed from the keychain as well.</source>
        <translation>Verbindung „%1“ entfernen? Ihre gespeicherte Anmeldung und ihr geheimer Clientschlüssel werden ebenfalls aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The base URL is missing (for example https://lp.example.net/tenantui).</source>
        <translation>Die Basis-URL fehlt (zum Beispiel https://lp.example.net/tenantui).</translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation>Basis-URL: %1</translation>
    </message>
    <message>
        <source>The base URL should end with the /tenantui segment of Live Platform.</source>
        <translation>Die Basis-URL sollte mit dem Segment /tenantui von Live Platform enden.</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Autorität: %1</translation>
    </message>
    <message>
        <source>The directory must be your Entra tenant id (a GUID) or its .onmicrosoft.com domain.</source>
        <translation>Das Verzeichnis muss Ihre Entra-Mandanten-ID (eine GUID) oder deren .onmicrosoft.com-Domäne sein.</translation>
    </message>
    <message>
        <source>The client id must be the app registration&apos;s application (client) id, a GUID.</source>
        <translation>Die Client-ID muss die Anwendungs-ID (Client) der App-Registrierung sein, eine GUID.</translation>
    </message>
    <message>
        <source>The scope is missing.</source>
        <translation>Der Bereich fehlt.</translation>
    </message>
    <message>
        <source>With an app registration the scope must end with /.default (for example api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default).</source>
        <translation>Bei einer App-Registrierung muss der Bereich mit /.default enden (zum Beispiel api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default).</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 5000.</source>
        <translation>Die Seitengröße muss zwischen 1 und 5000 liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a profile file never holds secrets; enter the secret in the application.</source>
        <translation>&quot;%1&quot;: Eine Profildatei enthält nie Geheimnisse; geben Sie das Geheimnis in der Anwendung ein.</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;.</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;api&quot; must be &quot;v2&quot; or &quot;v3&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;api&quot; muss &quot;v2&quot; oder &quot;v3&quot; sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be app-registration, browser or device-code, not &quot;%1&quot;.</source>
        <translation>&quot;signIn&quot; muss app-registration, browser oder device-code sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the address holds a user name or password before an @, so requests would go to %1. Remove everything between :// and the @.</source>
        <translation>die Adresse enthält vor dem @ einen Benutzernamen oder ein Kennwort, sodass Anfragen an %1 gehen würden. Entfernen Sie alles zwischen :// und dem @.</translation>
    </message>
    <message>
        <source>The name contains a control character (%1). Rename the connection.</source>
        <translation>Der Name enthält ein Steuerzeichen (%1). Benennen Sie die Verbindung um.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis-ID</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>page number key</source>
        <translation>Parameter Seitennummer</translation>
    </message>
    <message>
        <source>page size key</source>
        <translation>Parameter Seitengröße</translation>
    </message>
    <message>
        <source>status key</source>
        <translation>Parameter Status</translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2).</source>
        <translation>Das Feld „%1“ enthält ein Steuerzeichen (%2).</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>Das Zeitlimit muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The answer size limit must be between 1 and %1 MB.</source>
        <translation>Die maximale Antwortgröße muss zwischen 1 und %1 MB liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3 are accepted. Shorten it in the file.</source>
        <translation>&quot;%1&quot; ist %2 Zeichen lang; höchstens %3 sind zulässig. Kürzen Sie den Wert in der Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a control character (%2 at position %3); profile fields are single lines of plain text. Remove it from the file.</source>
        <translation>&quot;%1&quot; enthält ein Steuerzeichen (%2 an Position %3); Profilfelder bestehen aus einer einzigen Zeile reinem Text. Entfernen Sie das Zeichen aus der Datei.</translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; is %1; it must be between 1 and %2 seconds. Correct it in the file.</source>
        <translation>&quot;timeoutSeconds&quot; ist %1; der Wert muss zwischen 1 und %2 Sekunden liegen. Korrigieren Sie ihn in der Datei.</translation>
    </message>
    <message>
        <source>&quot;maxBodyMegabytes&quot; is %1; it must be between 1 and %2 MB. Correct it in the file.</source>
        <translation>&quot;maxBodyMegabytes&quot; ist %1; der Wert muss zwischen 1 und %2 MB liegen. Korrigieren Sie ihn in der Datei.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Nothing answers at %1: the connection was refused. Check the host name and port.</source>
        <translation>Unter %1 antwortet nichts: Die Verbindung wurde abgelehnt. Prüfen Sie Hostname und Port.</translation>
    </message>
    <message>
        <source>The host %1 is not known. Check the address for typing errors.</source>
        <translation>Der Host %1 ist unbekannt. Prüfen Sie die Adresse auf Tippfehler.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %Ln seconds. Check the address, and that no proxy or firewall blocks it.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %Ln Sekunde geantwortet. Prüfen Sie die Adresse und ob ein Proxy oder eine Firewall sie blockiert.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %Ln Sekunden geantwortet. Prüfen Sie die Adresse und ob ein Proxy oder eine Firewall sie blockiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the address; if it is right, this computer does not trust the server&apos;s certificate.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie die Adresse; wenn sie stimmt, vertraut dieser Computer dem Zertifikat des Servers nicht.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>(error ticket %1)</source>
        <translation>(Fehlerticket %1)</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Asking %1 and %2…</source>
        <translation>%1 und %2 werden abgefragt…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Entra says: %1</source>
        <translation>Antwort von Entra: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 gave app registration %2 a token.</source>
        <translation>Angemeldet: %1 hat der App-Registrierung %2 ein Token ausgestellt.</translation>
    </message>
    <message>
        <source>Sign-in service: %1 Check the authority (https://login.microsoftonline.com for Microsoft Entra ID).</source>
        <translation>Anmeldedienst: %1 Prüfen Sie die Autorität (https://login.microsoftonline.com für Microsoft Entra ID).</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answers, but: %2</source>
        <translation>Der Anmeldedienst unter %1 antwortet, aber: %2</translation>
    </message>
    <message>
        <source>The sign-in service at %1 knows directory %2.</source>
        <translation>Der Anmeldedienst unter %1 kennt das Verzeichnis %2.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answers.</source>
        <translation>Der Anmeldedienst unter %1 antwortet.</translation>
    </message>
    <message>
        <source>Live Platform: %1</source>
        <translation>Live Platform: %1</translation>
    </message>
    <message>
        <source>Live Platform at %1 answers and asks for a sign-in, as expected.</source>
        <translation>Live Platform unter %1 antwortet und verlangt wie erwartet eine Anmeldung.</translation>
    </message>
    <message>
        <source>Live Platform at %1 answers (HTTP %2; without a sign-in 401 was expected). If loading fails, check the address.</source>
        <translation>Live Platform unter %1 antwortet (HTTP %2; ohne Anmeldung wurde 401 erwartet). Wenn das Laden fehlschlägt, prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Live Platform at %1 did not accept the token%2. The sign-in worked, so Live Platform trusts another app registration or expects another API: check the client id, the directory and the scope.</source>
        <translation>Live Platform unter %1 hat das Token nicht akzeptiert%2. Die Anmeldung hat funktioniert, also vertraut Live Platform einer anderen App-Registrierung oder erwartet eine andere API: Prüfen Sie die Client-ID, das Verzeichnis und den Bereich.</translation>
    </message>
    <message>
        <source>%1 answered with a web page (%2), not the Live Platform API. Check the address: it ends with /tenantui, like https://live.example.com/tenantui.</source>
        <translation>%1 hat mit einer Webseite (%2) geantwortet, nicht mit der Live-Platform-API. Prüfen Sie die Adresse: Sie endet mit /tenantui, etwa https://live.example.com/tenantui.</translation>
    </message>
    <message>
        <source>Live Platform at %1 answered, but not like the %2 API. Check the API version.</source>
        <translation>Live Platform unter %1 hat geantwortet, aber nicht wie die %2-API. Prüfen Sie die API-Version.</translation>
    </message>
    <message>
        <source>Live Platform at %1 accepted the token and answered the %2 API.</source>
        <translation>Live Platform unter %1 hat das Token akzeptiert und über die %2-API geantwortet.</translation>
    </message>
    <message>
        <source>Live Platform at %1 accepted the token (it refused the test&apos;s made-up tenant with HTTP %2%3, as it may).</source>
        <translation>Live Platform unter %1 hat das Token akzeptiert (den erfundenen Test-Mandanten hat es mit HTTP %2%3 abgelehnt, was zulässig ist).</translation>
    </message>
    <message>
        <source>%1 has no %2 API at %3 (HTTP 404). Check that the address ends with /tenantui, and the API version.</source>
        <translation>%1 bietet unter %3 keine %2-API (HTTP 404). Prüfen Sie, ob die Adresse mit /tenantui endet, und die API-Version.</translation>
    </message>
    <message>
        <source>Live Platform at %1 answered HTTP %2%3. It may be having trouble: try again later.</source>
        <translation>Live Platform unter %1 hat mit HTTP %2%3 geantwortet. Möglicherweise gibt es dort Probleme: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connection does not work yet.</source>
        <translation>Die Verbindung funktioniert noch nicht.</translation>
    </message>
    <message>
        <source>Both services answer.</source>
        <translation>Beide Dienste antworten.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Your own sign-in (%1) is checked when you first load numbers.</source>
        <translation>Ihre eigene Anmeldung (%1) wird beim ersten Laden von Nummern geprüft.</translation>
    </message>
    <message>
        <source>in the browser</source>
        <translation>im Browser</translation>
    </message>
    <message>
        <source>with a device code</source>
        <translation>mit einem Gerätecode</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>The saved response; - reads standard input.</source>
        <translation>Die gespeicherte Antwort; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>missing INPUT.json</source>
        <translation>INPUT.json fehlt</translation>
    </message>
    <message>
        <source>only one input file is accepted</source>
        <translation>nur eine Eingabedatei ist erlaubt</translation>
    </message>
    <message>
        <source>Converts a saved Live Platform response (a v2 array, a v3 page, an array of v3 pages or several pages one after another) or a snapshot the window kept to CSV, .xlsx or normalized JSON.</source>
        <translation>Wandelt eine gespeicherte Live-Platform-Antwort (ein v2-Array, eine v3-Seite, ein Array von v3-Seiten oder mehrere Seiten hintereinander) oder einen vom Fenster aufbewahrten Snapshot in CSV, .xlsx oder normalisiertes JSON um.</translation>
    </message>
</context>
<context>
    <name>CountLabel</name>
    <message>
        <source>Numbers shown</source>
        <translation>Angezeigte Nummern</translation>
    </message>
    <message>
        <source>%1 of %2 numbers shown</source>
        <translation>%1 von %2 Nummern angezeigt</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <source>No numbers loaded</source>
        <translation>Keine Nummern geladen</translation>
    </message>
    <message>
        <source>%1 numbers shown so far</source>
        <translation>Bisher %1 Nummern angezeigt</translation>
    </message>
</context>
<context>
    <name>CsvExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 rows</source>
        <translation>abgebrochen nach %1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Demo (sandbox)</source>
        <translation>Demo (Sandbox)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Number details</source>
        <translation>Nummerndetails</translation>
    </message>
    <message>
        <source>No number selected</source>
        <translation>Keine Nummer ausgewählt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Zuweisung:</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>MS tenant ID:</source>
        <translation>Mandanten-ID:</translation>
    </message>
    <message>
        <source>MS tenant ID</source>
        <translation>MS-Mandanten-ID</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Calling profile ID:</source>
        <translation>Anrufprofil-ID:</translation>
    </message>
    <message>
        <source>Calling profile ID</source>
        <translation>Anrufprofil-ID</translation>
    </message>
    <message>
        <source>SBCs</source>
        <translation>SBCs</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Emergency address</source>
        <translation>Notfalladresse</translation>
    </message>
    <message>
        <source>Location ID:</source>
        <translation>Standort-ID:</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <source>Civic address ID:</source>
        <translation>Adress-ID:</translation>
    </message>
    <message>
        <source>Civic address ID</source>
        <translation>Adress-ID</translation>
    </message>
    <message>
        <source>Dates (local time)</source>
        <translation>Datumsangaben (Ortszeit)</translation>
    </message>
    <message>
        <source>Acquired:</source>
        <translation>Erworben:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Consented:</source>
        <translation>Zugestimmt:</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>Assignment checked:</source>
        <translation>Zuweisung geprüft:</translation>
    </message>
    <message>
        <source>Assignment checked</source>
        <translation>Zuweisung geprüft</translation>
    </message>
    <message>
        <source>Assignment changed:</source>
        <translation>Zuweisung geändert:</translation>
    </message>
    <message>
        <source>Assignment changed</source>
        <translation>Zuweisung geändert</translation>
    </message>
    <message>
        <source>Assignment sync:</source>
        <translation>Zuweisungs-Sync:</translation>
    </message>
    <message>
        <source>Assignment sync</source>
        <translation>Zuweisungs-Sync</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Bestätigungscode:</translation>
    </message>
    <message>
        <source>Assignment verification code</source>
        <translation>Bestätigungscode der Zuweisung</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Upload entry ID:</source>
        <translation>Upload-Eintrag:</translation>
    </message>
    <message>
        <source>Upload entry ID</source>
        <translation>Upload-Eintrags-ID</translation>
    </message>
    <message>
        <source>Upload job ID:</source>
        <translation>Upload-Auftrag:</translation>
    </message>
    <message>
        <source>Upload job ID</source>
        <translation>Upload-Auftrags-ID</translation>
    </message>
    <message>
        <source>MS job ID:</source>
        <translation>MS-Auftrag:</translation>
    </message>
    <message>
        <source>MS job ID</source>
        <translation>MS-Auftrags-ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer GUID:</source>
        <translation>Kunden-GUID:</translation>
    </message>
    <message>
        <source>Customer GUID</source>
        <translation>Kunden-GUID</translation>
    </message>
    <message>
        <source>Service full name:</source>
        <translation>Vollständiger Dienstname:</translation>
    </message>
    <message>
        <source>Service full name</source>
        <translation>Vollständiger Dienstname</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Firmenname:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>OC SIP connection:</source>
        <translation>OC-SIP-Verbindung:</translation>
    </message>
    <message>
        <source>OC SIP connection</source>
        <translation>OC-SIP-Verbindung</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>OC SIP connection description</source>
        <translation>Beschreibung der OC-SIP-Verbindung</translation>
    </message>
    <message>
        <source>Tenant calling profile ID:</source>
        <translation>Mandanten-Anrufprofil-ID:</translation>
    </message>
    <message>
        <source>Tenant calling profile ID</source>
        <translation>Mandanten-Anrufprofil-ID</translation>
    </message>
    <message>
        <source>Channel ID:</source>
        <translation>Kanal-ID:</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Raw JSON of the number</source>
        <translation>Roh-JSON der Nummer</translation>
    </message>
    <message>
        <source>Copy the number&apos;s JSON to the clipboard</source>
        <translation>JSON der Nummer in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Not in the record</source>
        <translation>Nicht im Datensatz</translation>
    </message>
    <message>
        <source>null in the record</source>
        <translation>null im Datensatz</translation>
    </message>
    <message>
        <source>Shown as sent: not the type this field should have</source>
        <translation>Wie gesendet angezeigt: nicht der erwartete Typ dieses Felds</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Gesendet als %1</translation>
    </message>
    <message>
        <source>Empty text in the record</source>
        <translation>Leerer Text im Datensatz</translation>
    </message>
    <message>
        <source>Acquired</source>
        <comment>date the number was acquired</comment>
        <translation>Erwerbsdatum</translation>
    </message>
    <message>
        <source>Acquired</source>
        <comment>capability state</comment>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>No SBCs</source>
        <translation>Keine SBCs</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>capability state: available, not acquired</comment>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Available to this number, not acquired</source>
        <translation>Für diese Nummer verfügbar, aber nicht erworben</translation>
    </message>
</context>
<context>
    <name>DeviceCodeTokenSource</name>
    <message>
        <source>The saved sign-in is no longer valid (it expired or was revoked). Sign in again.</source>
        <translation>Die gespeicherte Anmeldung ist nicht mehr gültig (abgelaufen oder widerrufen). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The code was not entered in time. Start the sign-in again.</source>
        <translation>Der Code wurde nicht rechtzeitig eingegeben. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation>Die Anmeldung wurde auf dem anderen Gerät abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot reach %1 to %2. Check the network and the authority URL.</source>
        <translation>%1 ist nicht erreichbar, um %2. Prüfen Sie das Netzwerk und die Autoritäts-URL.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1): %2</source>
        <translation>Anmeldung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Not signed in. Sign in with a device code first.</source>
        <translation>Nicht angemeldet. Melden Sie sich zuerst mit einem Gerätecode an.</translation>
    </message>
    <message>
        <source>refresh the sign-in</source>
        <translation>die Anmeldung zu erneuern</translation>
    </message>
    <message>
        <source>start the sign-in</source>
        <translation>die Anmeldung zu starten</translation>
    </message>
    <message>
        <source>finish the sign-in</source>
        <translation>die Anmeldung abzuschließen</translation>
    </message>
    <message>
        <source>Cannot reach %1 to %2: %3. Check the network and the authority URL.</source>
        <translation>%1 ist nicht erreichbar, um %2: %3. Prüfen Sie das Netzwerk und die Autoritäts-URL.</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>The sign-in was not started: %1</source>
        <translation>Die Anmeldung wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>The earlier response; - reads standard input.</source>
        <translation>Die frühere Antwort; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>The later response; - reads standard input.</source>
        <translation>Die spätere Antwort; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>CSV cells exactly as stored, without the Excel-safe apostrophe before cells starting with = + - @.</source>
        <translation>CSV-Zellen genau wie gespeichert, ohne den Excel-sicheren Apostroph vor Zellen, die mit = + - @ beginnen.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>Die CSV-Datei mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen (für Excel).</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <source>missing OLD.json and NEW.json</source>
        <translation>OLD.json und NEW.json fehlen</translation>
    </message>
    <message>
        <source>missing NEW.json</source>
        <translation>NEW.json fehlt</translation>
    </message>
    <message>
        <source>only two input files are accepted</source>
        <translation>nur zwei Eingabedateien sind möglich</translation>
    </message>
    <message>
        <source>only one of OLD.json and NEW.json can be - (standard input)</source>
        <translation>nur eine von OLD.json und NEW.json kann - (Standardeingabe) sein</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 hinzugekommen, %2 entfernt, %3 geändert</translation>
    </message>
    <message>
        <source>, %1 duplicated</source>
        <translation>, %1 doppelt</translation>
    </message>
    <message>
        <source>Compares two saved Live Platform responses (any input convert reads) and writes what changed as CSV or .xlsx: change,telephoneNumber,field,old,new; one row per added, removed or duplicated number and one per changed field. Numbers are matched by telephoneNumber; record order and the order inside capability and SBC lists are not changes. Exit status: 0 no differences, 1 differences, 2 bad usage, 3 bad data, 4 input/output error.</source>
        <translation>Vergleicht zwei gespeicherte Live-Platform-Antworten (jede Eingabe, die convert liest) und schreibt die Änderungen als CSV oder .xlsx: change,telephoneNumber,field,old,new; eine Zeile je hinzugekommener, entfernter oder doppelter Nummer und eine je geändertem Feld. Nummern werden über telephoneNumber zugeordnet; die Reihenfolge der Datensätze und die Reihenfolge in Funktions- und SBC-Listen gelten nicht als Änderung. Exit-Status: 0 keine Unterschiede, 1 Unterschiede, 2 falscher Aufruf, 3 fehlerhafte Daten, 4 Ein-/Ausgabefehler.</translation>
    </message>
    <message>
        <source>Where to write: a .csv or .xlsx file, or - (the default) for standard output.</source>
        <translation>Ziel: eine .csv- oder .xlsx-Datei oder - (die Vorgabe) für die Standardausgabe.</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the --out extension; csv for -).</source>
        <translation>csv oder xlsx (Standard: nach der Endung von --out; csv für -).</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx, not &quot;%1&quot;</source>
        <translation>--format muss csv oder xlsx sein, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Excel-safe: values starting with = + - @ are written as text</source>
        <translation>&amp;Excel-sicher: Werte, die mit = + - @ beginnen, als Text schreiben</translation>
    </message>
    <message>
        <source>A spreadsheet would otherwise run such a value as a formula. Plain E.164 numbers are never changed.</source>
        <translation>Sonst würde eine Tabellenkalkulation einen solchen Wert als Formel ausführen. Reine E.164-Nummern werden nie verändert.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Zieldatei.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 ist ein Ordner; fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 existiert bereits und wird ersetzt.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte &amp;order mark (for Excel&apos;s CSV import)</source>
        <translation>UTF-8-&amp;BOM voranstellen (für den CSV-Import von Excel)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): numbers, dates and ids as typed cells</source>
        <translation>Excel-Arbeitsmappe (.xlsx): Nummern, Datumswerte und IDs als typisierte Zellen</translation>
    </message>
    <message>
        <source>&amp;Dates as the text the server sent, not date cells</source>
        <translation>Datumswerte als &amp;Text, wie vom Server gesendet, statt als Datumszellen</translation>
    </message>
    <message>
        <source>Date cells show the time in UTC.</source>
        <translation>Datumszellen zeigen die Zeit in UTC.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export to Excel workbook</source>
        <translation>Als Excel-Arbeitsmappe exportieren</translation>
    </message>
</context>
<context>
    <name>FaultPlan</name>
    <message>
        <source>fault &quot;%1&quot; is not ROUTE:FAULT[=VALUE][:times=N][:after=N]</source>
        <translation>Störung &quot;%1&quot; hat nicht die Form ROUTE:FAULT[=VALUE][:times=N][:after=N]</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot; has a value that is not a whole number, or an unknown option</source>
        <translation>Störung &quot;%1&quot; hat einen Wert, der keine ganze Zahl ist, oder eine unbekannte Option</translation>
    </message>
    <message>
        <source>unknown route &quot;%1&quot; in fault &quot;%2&quot;; routes: any, authorize, token, api, numbers-v2, numbers-v3, number</source>
        <translation>unbekannte Route &quot;%1&quot; in Störung &quot;%2&quot;; Routen: any, authorize, token, api, numbers-v2, numbers-v3, number</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot; needs redirect=URL with an absolute URL</source>
        <translation>Störung &quot;%1&quot; braucht redirect=URL mit einer absoluten URL</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; faults: latency=MS, drip=MS, 429=S, 500, 502, 503=S, reset, truncate, malformed, unterminated, content-type, expire-token, empty-page, total-changes=N, redirect=URL</source>
        <translation>unbekannte Störung &quot;%1&quot;; Störungen: latency=MS, drip=MS, 429=S, 500, 502, 503=S, reset, truncate, malformed, unterminated, content-type, expire-token, empty-page, total-changes=N, redirect=URL</translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>Signs in with the service provider&apos;s app registration (client credentials), loads a tenant&apos;s numbers from Live Platform and writes them as CSV or normalized JSON. The client secret is read from the OCNUMBERS_CLIENT_SECRET environment variable, or from standard input with --client-secret-stdin.</source>
        <translation>Meldet sich mit der App-Registrierung des Dienstanbieters an (Client-Anmeldeinformationen), lädt die Nummern eines Mandanten aus Live Platform und schreibt sie als CSV oder normalisiertes JSON. Der geheime Clientschlüssel wird aus der Umgebungsvariablen OCNUMBERS_CLIENT_SECRET gelesen oder mit --client-secret-stdin von der Standardeingabe.</translation>
    </message>
    <message>
        <source>A saved connection profile (the application&apos;s, or OCNUMBERS_PROFILES_FILE); options given here override its settings, and its secret comes from the keychain unless given as below.</source>
        <translation>Ein gespeichertes Verbindungsprofil (das der Anwendung oder aus OCNUMBERS_PROFILES_FILE); hier angegebene Optionen überschreiben seine Einstellungen, und sein Geheimnis kommt aus dem Schlüsselbund, sofern es nicht wie unten angegeben wird.</translation>
    </message>
    <message>
        <source>The customer&apos;s Microsoft tenant id (msTenantId, a GUID).</source>
        <translation>Die Microsoft-Mandanten-ID des Kunden (msTenantId, eine GUID).</translation>
    </message>
    <message>
        <source>Look up one number (E.164, e.g. +442074996300) instead of a tenant&apos;s list.</source>
        <translation>Eine einzelne Nummer abfragen (E.164, z. B. +442074996300) statt der Liste eines Mandanten.</translation>
    </message>
    <message>
        <source>Live Platform address with its /tenantui segment, e.g. https://lp.example.net/tenantui.</source>
        <translation>Live-Platform-Adresse mit dem Segment /tenantui, z. B. https://lp.example.net/tenantui.</translation>
    </message>
    <message>
        <source>Entra authority (default %1).</source>
        <translation>Entra-Autorität (Standard: %1).</translation>
    </message>
    <message>
        <source>The service provider&apos;s directory (tenant) id.</source>
        <translation>Die Verzeichnis-ID (Mandant) des Dienstanbieters.</translation>
    </message>
    <message>
        <source>The app registration&apos;s client id.</source>
        <translation>Die Client-ID der App-Registrierung.</translation>
    </message>
    <message>
        <source>Scope (default %1).</source>
        <translation>Bereich (Standard: %1).</translation>
    </message>
    <message>
        <source>v2 (one list, default) or v3 (pages).</source>
        <translation>v2 (eine Liste, Standard) oder v3 (Seiten).</translation>
    </message>
    <message>
        <source>v3 page size (default 1000).</source>
        <translation>v3-Seitengröße (Standard: 1000).</translation>
    </message>
    <message>
        <source>v3 only: numbers with this status (name or code 0-3).</source>
        <translation>Nur v3: Nummern mit diesem Status (Name oder Code 0-3).</translation>
    </message>
    <message>
        <source>Send X-Ovoc-Channel-Id: restrict to one channel.</source>
        <translation>X-Ovoc-Channel-Id senden: auf einen Kanal beschränken.</translation>
    </message>
    <message>
        <source>Sign in as a user with a device code (the code and URL are printed) instead of the app registration; --client-id is then the public client. With --profile the sign-in is kept in the keychain.</source>
        <translation>Als Benutzer mit einem Gerätecode anmelden (Code und URL werden ausgegeben) statt mit der App-Registrierung; --client-id ist dann der öffentliche Client. Mit --profile wird die Anmeldung im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Read the client secret from the first line of standard input.</source>
        <translation>Den geheimen Clientschlüssel aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Seconds without data before a request fails (default 60).</source>
        <translation>Sekunden ohne Daten, bevor eine Anfrage fehlschlägt (Standard: 60).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot; (no profiles are saved)</source>
        <translation>es gibt kein Profil namens &quot;%1&quot; (keine Profile gespeichert)</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;; profiles: %2</source>
        <translation>es gibt kein Profil namens &quot;%1&quot;; Profile: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; signs in through a browser, which ocnumbers-cli cannot open; pass --device-code to sign in with a code instead</source>
        <translation>Profil &quot;%1&quot; meldet sich über einen Browser an, den ocnumbers-cli nicht öffnen kann; geben Sie --device-code an, um sich stattdessen mit einem Code anzumelden</translation>
    </message>
    <message>
        <source>give either --tenant GUID (a tenant&apos;s numbers) or --number E164 (one number)</source>
        <translation>geben Sie entweder --tenant GUID (die Nummern eines Mandanten) oder --number E164 (eine Nummer) an</translation>
    </message>
    <message>
        <source>missing --%1 (or a --profile that has it)</source>
        <translation>--%1 fehlt (oder ein --profile, das es enthält)</translation>
    </message>
    <message>
        <source>--tenant &quot;%1&quot; is not a tenant id: it must be a GUID</source>
        <translation>--tenant &quot;%1&quot; ist keine Mandanten-ID: es muss eine GUID sein</translation>
    </message>
    <message>
        <source>--api must be v2 or v3, not &quot;%1&quot;</source>
        <translation>--api muss v2 oder v3 sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to 5000</source>
        <translation>--page-size muss eine ganze Zahl von 1 bis 5000 sein</translation>
    </message>
    <message>
        <source>unknown --status &quot;%1&quot;; use Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot; or a code 0-3</source>
        <translation>unbekannter --status &quot;%1&quot;; verwenden Sie Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot; oder einen Code 0-3</translation>
    </message>
    <message>
        <source>--status needs --api v3 (the v2 list cannot be filtered by the server); use --filter status=... to filter after loading</source>
        <translation>--status erfordert --api v3 (die v2-Liste kann der Server nicht filtern); verwenden Sie --filter status=..., um nach dem Laden zu filtern</translation>
    </message>
    <message>
        <source>--channel must be a whole number</source>
        <translation>--channel muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds</source>
        <translation>--timeout muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>%1 MB, %2 numbers</source>
        <translation>%1 MB, %2 Nummern</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 numbers had arrived; nothing was written because the list is incomplete.</source>
        <translation>%1 Nummern waren angekommen; es wurde nichts geschrieben, weil die Liste unvollständig ist.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be used until it is fixed: %2</source>
        <translation>Profil &quot;%1&quot; kann erst verwendet werden, wenn es korrigiert ist: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search numbers</source>
        <translation>Nummern suchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Assignment filter</source>
        <translation>Zuweisungsfilter</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Länderfilter</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>SBC filter</source>
        <translation>SBC-Filter</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Capabilities filter</source>
        <translation>Funktionsfilter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every loaded number again</source>
        <translation>Wieder alle geladenen Nummern anzeigen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No capabilities in the loaded numbers</source>
        <translation>Die geladenen Nummern haben keine Funktionen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any assignment</source>
        <translation>Alle Zuweisungen</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Any SBC</source>
        <translation>Alle SBCs</translation>
    </message>
    <message>
        <source>+44 20 7946…, a range, SBC, calling profile or customer</source>
        <translation>+44 20 7946…, ein Bereich, SBC, Anrufprofil oder Kunde</translation>
    </message>
    <message>
        <source>A number or its first digits (+44 20 7946), digits found anywhere (7946 0123), a block (+44 20 7946 0000..0999), or text in the calling profile, SBC, tenant or customer. Down or Enter goes to the results; Escape clears.</source>
        <translation>Eine Nummer oder ihre ersten Ziffern (+44 20 7946), Ziffern an beliebiger Stelle (7946 0123), ein Block (+44 20 7946 0000..0999) oder Text in Anrufprofil, SBC, Mandant oder Kunde. Nach-unten-Taste oder Eingabetaste führt zu den Ergebnissen; Esc leert das Feld.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a filter choice and how many loaded numbers have it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Capabilities (%1)</source>
        <translation>Funktionen (%1)</translation>
    </message>
    <message>
        <source>Show only numbers that have acquired every ticked capability</source>
        <translation>Nur Nummern anzeigen, die jede angehakte Funktion erworben haben</translation>
    </message>
    <message>
        <source>Numbers that have acquired: %1</source>
        <translation>Nummern mit diesen erworbenen Funktionen: %1</translation>
    </message>
</context>
<context>
    <name>FindNumberDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Load this tenant</source>
        <translation>Diesen Mandanten &amp;laden</translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation>Nummer suchen</translation>
    </message>
    <message>
        <source>+442074996300</source>
        <translation>+442074996300</translation>
    </message>
    <message>
        <source>&amp;Number (E.164):</source>
        <translation>&amp;Nummer (E.164):</translation>
    </message>
    <message>
        <source>Tenant (msTenantId):</source>
        <translation>Mandant (msTenantId):</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>%1 was found on the connection &quot;%2&quot;, not on the one chosen now. Find it again on this connection, or choose &quot;%2&quot;.</source>
        <translation>%1 wurde über die Verbindung „%2“ gefunden, nicht über die jetzt gewählte. Suchen Sie die Nummer erneut über diese Verbindung oder wählen Sie „%2“.</translation>
    </message>
    <message>
        <source>Sign-in failed, so %1 was not looked up: %2</source>
        <translation>Die Anmeldung ist fehlgeschlagen, daher wurde %1 nicht abgefragt: %2</translation>
    </message>
    <message>
        <source>Choose a connection that works first: there is nothing to look %1 up on.</source>
        <translation>Wählen Sie zuerst eine funktionierende Verbindung: Ohne sie kann %1 nirgends abgefragt werden.</translation>
    </message>
    <message>
        <source>Signing in to %1 first…</source>
        <translation>Zuerst Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Looking up %1 on %2…</source>
        <translation>%1 wird auf %2 abgefragt…</translation>
    </message>
    <message>
        <source>The number %1 is not on this Live Platform (%2). Check the number, or choose the connection of the Live Platform that has it.</source>
        <translation>Die Nummer %1 ist nicht auf dieser Live Platform (%2). Prüfen Sie die Nummer oder wählen Sie die Verbindung der Live Platform, auf der sie liegt.</translation>
    </message>
    <message>
        <source>(not in Live Platform&apos;s answer)</source>
        <translation>(nicht in der Antwort von Live Platform)</translation>
    </message>
    <message>
        <source>(not in Live Platform&apos;s answer; a v3 connection shows it once the tenant is loaded)</source>
        <translation>(nicht in der Antwort von Live Platform; eine v3-Verbindung zeigt ihn an, sobald der Mandant geladen ist)</translation>
    </message>
    <message>
        <source>Found %1 on %2.</source>
        <translation>%1 auf %2 gefunden.</translation>
    </message>
    <message>
        <source>%1 — Find a number</source>
        <translation>%1 — Nummer suchen</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>OC Numbers help</source>
        <translation>Hilfe zu OC Numbers</translation>
    </message>
</context>
<context>
    <name>IdentityLabel</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>%1 · until %2</source>
        <translation>%1 · bis %2</translation>
    </message>
    <message>
        <source>Signed in as %1; the access token is renewed before %2.</source>
        <translation>Angemeldet als %1; das Zugriffstoken wird vor %2 erneuert.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>the token is not a JWT (header.payload.signature)</source>
        <translation>das Token ist kein JWT (header.payload.signature)</translation>
    </message>
    <message>
        <source>the token&apos;s header is not an HS256 JWT header</source>
        <translation>der Header des Tokens ist kein HS256-JWT-Header</translation>
    </message>
    <message>
        <source>the token&apos;s signature is invalid</source>
        <translation>die Signatur des Tokens ist ungültig</translation>
    </message>
    <message>
        <source>the token&apos;s payload is not a JSON object</source>
        <translation>die Nutzlast des Tokens ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the token has expired</source>
        <translation>das Token ist abgelaufen</translation>
    </message>
    <message>
        <source>the token is not valid yet</source>
        <translation>das Token ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the token is for audience &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>das Token ist für die Zielgruppe &quot;%1&quot; bestimmt, nicht für &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>No keychain service is running (on Linux: GNOME Keyring or KWallet), so secrets cannot be kept safely on this computer.</source>
        <translation>Es läuft kein Schlüsselbunddienst (unter Linux: GNOME Keyring oder KWallet), daher können Geheimnisse auf diesem Computer nicht sicher aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1).</source>
        <translation>Der Schlüsselbund des Betriebssystems ist nicht verfügbar (%1).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading… %1 of %2 numbers</source>
        <translation>Wird geladen… %1 von %2 Nummern</translation>
    </message>
    <message>
        <source>Loading… %1 numbers (%2)</source>
        <translation>Wird geladen… %1 Nummern (%2)</translation>
    </message>
    <message>
        <source>%1 numbers loaded in %2 s</source>
        <translation>%1 Nummern in %2 s geladen</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Live Platform is busy (429)</source>
        <translation>Live Platform ist ausgelastet (429)</translation>
    </message>
    <message>
        <source>Live Platform is unavailable (503)</source>
        <translation>Live Platform ist nicht verfügbar (503)</translation>
    </message>
    <message>
        <source>The connection to Live Platform failed</source>
        <translation>Die Verbindung zu Live Platform ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Live Platform answered HTTP %1</source>
        <translation>Live Platform hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s, attempt %3 of %4</source>
        <translation>%1; neuer Versuch in %2 s, Versuch %3 von %4</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>Sign-in finished.</source>
        <translation>Anmeldung abgeschlossen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>You can close this tab and return to OC Numbers.</source>
        <translation>Sie können diesen Tab schließen und zu OC Numbers zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 did not answer in time. Sign in again.</source>
        <translation>Der Anmeldedienst unter %1 hat nicht rechtzeitig geantwortet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The connection to the sign-in service at %1 failed: %2. Sign in again.</source>
        <translation>Die Verbindung zum Anmeldedienst unter %1 ist fehlgeschlagen: %2. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answered HTTP %2 without an explanation. Check the authority URL of the connection.</source>
        <translation>Der Anmeldedienst unter %1 hat ohne Erklärung mit HTTP %2 geantwortet. Prüfen Sie die Autoritäts-URL der Verbindung.</translation>
    </message>
    <message>
        <source>Sign-in received</source>
        <translation>Anmeldung empfangen</translation>
    </message>
    <message>
        <source>OC Numbers is finishing the sign-in; its window shows the result. You can close this tab.</source>
        <translation>OC Numbers schließt die Anmeldung ab; das Ergebnis sehen Sie im Fenster von OC Numbers. Sie können diesen Tab schließen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OC Numbers</source>
        <translation>OC Numbers</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Anm&amp;elden</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Welcome to OC Numbers</source>
        <translation>Willkommen bei OC Numbers</translation>
    </message>
    <message>
        <source>Browse, filter and export your customers&apos; Operator Connect numbers from AudioCodes Live Platform. Try it on a built-in demo server first, or connect to your Live Platform instance.</source>
        <translation>Durchsuchen, filtern und exportieren Sie die Operator-Connect-Nummern Ihrer Kunden aus AudioCodes Live Platform. Probieren Sie es zuerst mit dem integrierten Demoserver aus oder verbinden Sie sich mit Ihrer Live-Platform-Instanz.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Dem&amp;o ausprobieren</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Add a Live Platform connection</source>
        <translation>Live-Platform-Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Nummern</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Add connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>Verbindung bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove connection</source>
        <translation>Verbindung &amp;entfernen</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Export &amp;selected…</source>
        <translation>Aus&amp;wahl exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Zeilen kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>&amp;Nummer kopieren</translation>
    </message>
    <message>
        <source>Copy row as &amp;JSON</source>
        <translation>Zeile als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Go to &amp;tenant</source>
        <translation>&amp;Mandant wählen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation>Ansicht &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Load / refresh</source>
        <translation>&amp;Laden / aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>Laden &amp;abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>SBC &amp;routing…</source>
        <translation>SBC-&amp;Routing…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; could not be read from the settings. Edit or remove it.</source>
        <translation>Die Verbindung „%1“ konnte nicht aus den Einstellungen gelesen werden. Bearbeiten oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <source>%1 (loading)</source>
        <translation>%1 (wird geladen)</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message>
        <source>The language changes the next time OC Numbers starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von OC Numbers.</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demoserver konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>OC Numbers &amp;help</source>
        <translation>&amp;Hilfe zu OC Numbers</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Connecting to Live Platform</source>
        <translation>&amp;Verbindung mit Live Platform</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About OC Numbers</source>
        <translation>Ü&amp;ber OC Numbers</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Demoserver wird gestartet…</translation>
    </message>
    <message>
        <source>Add a Live &amp;Platform connection…</source>
        <translation>Live-Platform-Verbindung hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Export a&amp;ll shown…</source>
        <translation>&amp;Angezeigte exportieren…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Copy rows &amp;without formula guard</source>
        <translation>Zeilen &amp;ohne Formelschutz kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows exactly as stored: cells starting with = + - @ get no leading apostrophe, so a spreadsheet may evaluate them</source>
        <translation>Die ausgewählten Zeilen genau wie gespeichert kopieren: Zellen, die mit = + - @ beginnen, erhalten keinen vorangestellten Apostroph, sodass eine Tabellenkalkulation sie als Formel auswerten kann</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is not used until it is fixed: no secret is read and nothing is sent. Edit it (File › Edit connection). %2</source>
        <translation>Die Verbindung „%1“ wird erst verwendet, wenn sie korrigiert ist: Es wird kein Geheimnis gelesen und nichts gesendet. Bearbeiten Sie sie (Datei › Verbindung bearbeiten). %2</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show the columns support looks at first, in their first order, unsorted</source>
        <translation>Die Spalten anzeigen, die der Support zuerst ansieht, in ihrer ursprünglichen Reihenfolge, unsortiert</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>&amp;Aktivität…</translation>
    </message>
    <message>
        <source>Every request this window made, to copy for a support case</source>
        <translation>Jede Anfrage dieses Fensters, zum Kopieren für einen Supportfall</translation>
    </message>
    <message>
        <source>&amp;Find a number…</source>
        <translation>&amp;Nummer suchen…</translation>
    </message>
    <message>
        <source>Look one number up on this connection&apos;s Live Platform, and see its tenant and customer</source>
        <translation>Eine einzelne Nummer auf der Live Platform dieser Verbindung abfragen und ihren Mandanten und Kunden sehen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Loading the numbers of %1…</source>
        <translation>Die Nummern von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Type or choose a customer&apos;s tenant ID (msTenantId) above and press Load, or look one number up with Numbers › Find a number…</source>
        <translation>Geben Sie oben die Mandanten-ID eines Kunden (msTenantId) ein oder wählen Sie sie aus und klicken Sie auf Laden, oder suchen Sie eine einzelne Nummer über Nummern › Nummer suchen…</translation>
    </message>
    <message>
        <source>The tenant %1 has no numbers on this Live Platform.</source>
        <translation>Der Mandant %1 hat auf dieser Live Platform keine Nummern.</translation>
    </message>
    <message>
        <source>No numbers were loaded; the message above says why.</source>
        <translation>Es wurden keine Nummern geladen; die Meldung oben nennt den Grund.</translation>
    </message>
    <message>
        <source>No number matches the search and filters. Clear filters to see all %1 numbers.</source>
        <translation>Keine Nummer entspricht der Suche und den Filtern. Setzen Sie die Filter zurück, um alle %1 Nummern zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Open a saved response…</source>
        <translation>&amp;Gespeicherte Antwort öffnen…</translation>
    </message>
    <message>
        <source>Show the numbers of a saved Live Platform response or snapshot, read-only</source>
        <translation>Die Nummern einer gespeicherten Live-Platform-Antwort oder eines Snapshots schreibgeschützt anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>&amp;Snapshots…</translation>
    </message>
    <message>
        <source>The numbers kept from earlier loads: open, export or delete them</source>
        <translation>Die aus früheren Ladevorgängen aufbewahrten Nummern: öffnen, exportieren oder löschen</translation>
    </message>
    <message>
        <source>Com&amp;pare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>What changed between two loads: the numbers shown, a snapshot or a saved response</source>
        <translation>Was sich zwischen zwei Ladevorgängen geändert hat: die angezeigten Nummern, ein Snapshot oder eine gespeicherte Antwort</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>The snapshot of this load was not kept: %1</source>
        <translation>Der Snapshot dieses Ladevorgangs wurde nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Open a saved response</source>
        <translation>Gespeicherte Antwort öffnen</translation>
    </message>
    <message>
        <source>%1 was not opened: numbers are being loaded. Cancel the load or wait for it to end, then open the file again.</source>
        <translation>%1 wurde nicht geöffnet: Es werden gerade Nummern geladen. Brechen Sie das Laden ab oder warten Sie, bis es beendet ist, und öffnen Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 is not among the numbers shown.</source>
        <translation>%1 ist nicht unter den angezeigten Nummern.</translation>
    </message>
    <message>
        <source>The numbers shown (%1)</source>
        <translation>Die angezeigten Nummern (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading what to compare…</source>
        <translation>Die zu vergleichenden Daten werden gelesen…</translation>
    </message>
    <message>
        <source>Nothing was compared. %1</source>
        <translation>Es wurde nichts verglichen. %1</translation>
    </message>
    <message>
        <source>%1 is in numbers no longer shown; compare again to go to it.</source>
        <translation>%1 gehört zu Nummern, die nicht mehr angezeigt werden; vergleichen Sie erneut, um dorthin zu gelangen.</translation>
    </message>
    <message>
        <source>File %1 of %2 · read-only</source>
        <translation>Datei %1 vom %2 · schreibgeschützt</translation>
    </message>
    <message>
        <source>Snapshot of %1 from %2 · read-only</source>
        <translation>Snapshot von %1 vom %2 · schreibgeschützt</translation>
    </message>
    <message>
        <source>The file %1 holds no numbers.</source>
        <translation>Die Datei %1 enthält keine Nummern.</translation>
    </message>
    <message>
        <source>%1: snapshot of %2 (read-only)</source>
        <translation>%1: Snapshot vom %2 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 (saved %2, read-only)</source>
        <translation>%1 (gespeichert am %2, schreibgeschützt)</translation>
    </message>
    <message>
        <source>Snapshot %1 (the numbers shown) · %2 · %3 numbers · %4</source>
        <translation>Snapshot %1 (die angezeigten Nummern) · %2 · %3 Nummern · %4</translation>
    </message>
    <message>
        <source>Snapshot %1 · %2 · %3 numbers · %4</source>
        <translation>Snapshot %1 · %2 · %3 Nummern · %4</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Loading was cancelled. The %1 numbers shown are not the tenant&apos;s full list.</source>
        <translation>Das Laden wurde abgebrochen. Die %1 angezeigten Nummern sind nicht die vollständige Liste des Mandanten.</translation>
    </message>
    <message>
        <source>The %1 numbers shown are not the tenant&apos;s full list.</source>
        <translation>Die %1 angezeigten Nummern sind nicht die vollständige Liste des Mandanten.</translation>
    </message>
</context>
<context>
    <name>NetworkPolicy</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The address %1 carries a user name or password before &quot;@&quot;; the real host would be %2. Remove the part before &quot;@&quot;.</source>
        <translation>Die Adresse %1 enthält vor „@“ einen Benutzernamen oder ein Kennwort; der tatsächliche Host wäre %2. Entfernen Sie den Teil vor „@“.</translation>
    </message>
    <message>
        <source>Plain http is refused for %1: tokens and numbers would travel unencrypted. Use https://, or http only for this machine (127.0.0.1, ::1, localhost).</source>
        <translation>Einfaches http wird für %1 abgelehnt: Tokens und Nummern würden unverschlüsselt übertragen. Verwenden Sie https:// oder http nur für diesen Rechner (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https URL.</source>
        <translation>„%1“ ist keine https-URL.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>Live Platform at %1 answered %2 to %3; redirects are not followed so that your sign-in is not sent elsewhere. Check the base URL of the connection.</source>
        <translation>Live Platform unter %1 hat mit %2 an %3 weitergeleitet; OC Numbers folgt keinen Weiterleitungen, damit Ihre Anmeldung nicht anderswohin gelangt. Prüfen Sie die Basis-URL der Verbindung.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 answered %2 to %3; redirects are not followed so that your credentials are not sent elsewhere. Check the authority URL of the connection.</source>
        <translation>Der Anmeldedienst unter %1 hat mit %2 an %3 weitergeleitet; OC Numbers folgt keinen Weiterleitungen, damit Ihre Anmeldedaten nicht anderswohin gelangen. Prüfen Sie die Autoritäts-URL der Verbindung.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Nothing was sent. Check the address; if your network inspects TLS, its certificate authority must be trusted by this system.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Es wurde nichts gesendet. Prüfen Sie die Adresse; wenn Ihr Netzwerk TLS-Verbindungen prüft, muss dieses System dessen Zertifizierungsstelle vertrauen.</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the answer was complete (%2 of %3 bytes).</source>
        <translation>Die Verbindung zu %1 wurde vor dem Ende der Antwort geschlossen (%2 von %3 Bytes).</translation>
    </message>
</context>
<context>
    <name>NumberChangesExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>NumberChangesModel</name>
    <message>
        <source>Added</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Times listed</source>
        <translation>Anzahl der Vorkommen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>NumberColumns</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Service Full Name</source>
        <translation>Vollst. Dienstname</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>MS Tenant ID</source>
        <translation>MS-Mandanten-ID</translation>
    </message>
    <message>
        <source>Emergency Address</source>
        <translation>Notfalladresse</translation>
    </message>
    <message>
        <source>OC SIP Connection</source>
        <translation>OC-SIP-Verbindung</translation>
    </message>
    <message>
        <source>Calling Profile ID</source>
        <translation>Anrufprofil-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>MS Job ID</source>
        <translation>MS-Auftrags-ID</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Acquired Date</source>
        <translation>Erwerbsdatum</translation>
    </message>
    <message>
        <source>Acquired Capabilities</source>
        <translation>Erworb. Funktionen</translation>
    </message>
    <message>
        <source>Available Capabilities</source>
        <translation>Verfügb. Funktionen</translation>
    </message>
    <message>
        <source>SBCs</source>
        <translation>SBCs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location ID</source>
        <translation>Standort-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Upload Entry ID</source>
        <translation>Upload-Eintrags-ID</translation>
    </message>
    <message>
        <source>Upload Job ID</source>
        <translation>Upload-Auftrags-ID</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Customer GUID</source>
        <translation>Kunden-GUID</translation>
    </message>
    <message>
        <source>OC SIP Connection Description</source>
        <translation>Beschr. OC-SIP-Verbindung</translation>
    </message>
    <message>
        <source>Tenant Calling Profile ID</source>
        <translation>Mandanten-Anrufprofil-ID</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Kanal-ID</translation>
    </message>
    <message>
        <source>Consented On</source>
        <translation>Zugestimmt am</translation>
    </message>
    <message>
        <source>Assignment Checked</source>
        <translation>Zuweisung geprüft</translation>
    </message>
    <message>
        <source>Assignment Changed</source>
        <translation>Zuweisung geändert</translation>
    </message>
    <message>
        <source>Assignment Sync</source>
        <translation>Zuweisungs-Sync</translation>
    </message>
    <message>
        <source>Verification Code</source>
        <translation>Bestätigungscode</translation>
    </message>
</context>
<context>
    <name>NumberDiffCsvWriter</name>
    <message>
        <source>could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>NumberDiffXlsxWriter</name>
    <message>
        <source>a sheet holds at most %1 rows, and there are %2 changes: write CSV instead</source>
        <translation>ein Tabellenblatt fasst höchstens %1 Zeilen, es gibt aber %2 Änderungen: schreiben Sie stattdessen CSV</translation>
    </message>
    <message>
        <source>Changes between two loads of numbers</source>
        <translation>Änderungen zwischen zwei Ladevorgängen der Rufnummern</translation>
    </message>
</context>
<context>
    <name>NumberFilter</name>
    <message>
        <source>filter &quot;%1&quot; is not of the form key=value; keys: text, status, assignment, country, source, sbc, capability, available</source>
        <translation>Filter &quot;%1&quot; hat nicht die Form key=value; Schlüssel: text, status, assignment, country, source, sbc, capability, available</translation>
    </message>
    <message>
        <source>filter &quot;%1&quot; has no value after &quot;=&quot;</source>
        <translation>Filter &quot;%1&quot; hat keinen Wert nach &quot;=&quot;</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; in filter &quot;%2&quot;; use Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot;, a code 0-3 or none</source>
        <translation>unbekannter Status &quot;%1&quot; in Filter &quot;%2&quot;; verwenden Sie Active, &quot;Release Requested&quot;, &quot;Marked For Removal&quot;, &quot;Ready For Removal&quot;, einen Code 0-3 oder none</translation>
    </message>
    <message>
        <source>unknown filter key &quot;%1&quot;; use text, status, assignment, country, source, sbc, capability or available</source>
        <translation>unbekannter Filterschlüssel &quot;%1&quot;; verwenden Sie text, status, assignment, country, source, sbc, capability oder available</translation>
    </message>
    <message>
        <source>filter &quot;%1&quot;: %2</source>
        <translation>Filter &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>NumberJsonWriter</name>
    <message>
        <source>could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>expected an integer but found %1; ignored</source>
        <translation>erwartet: eine ganze Zahl, gefunden: %1; ignoriert</translation>
    </message>
    <message>
        <source>%1: the page&apos;s &quot;data&quot; is %2, expected the array of numbers</source>
        <translation>%1: &quot;data&quot; der Seite: %2; erwartet wurde das Array der Nummern</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>this is an error response from the server, not numbers</source>
        <translation>das ist eine Fehlerantwort des Servers, keine Nummern</translation>
    </message>
    <message>
        <source>(error ticket %1)</source>
        <translation>(Fehlerticket %1)</translation>
    </message>
    <message>
        <source>this is an error response from the server, not numbers: %1</source>
        <translation>das ist eine Fehlerantwort des Servers, keine Nummern: %1</translation>
    </message>
    <message>
        <source>the input is empty; expected JSON: an array of numbers or a v3 page</source>
        <translation>die Eingabe ist leer; erwartet wird JSON: ein Array von Nummern oder eine v3-Seite</translation>
    </message>
    <message>
        <source>the input is not valid UTF-8</source>
        <translation>die Eingabe ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the input (%1 bytes) is too large to parse</source>
        <translation>die Eingabe (%1 Bytes) ist zu groß zum Parsen</translation>
    </message>
    <message>
        <source>the input nests arrays or objects too deeply to be a Live Platform response</source>
        <translation>die Eingabe verschachtelt Arrays oder Objekte zu tief für eine Live-Platform-Antwort</translation>
    </message>
    <message>
        <source>the input is not valid JSON (%1)</source>
        <translation>die Eingabe ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3 (byte %4): %5</source>
        <translation>%1 in Zeile %2, Spalte %3 (Byte %4): %5</translation>
    </message>
    <message>
        <source>document %1 of the input is not a v3 page (an object with &quot;data&quot;)</source>
        <translation>Dokument %1 der Eingabe ist keine v3-Seite (ein Objekt mit &quot;data&quot;)</translation>
    </message>
    <message>
        <source>the last %1 bytes of the input are an incomplete JSON document</source>
        <translation>die letzten %1 Bytes der Eingabe sind ein unvollständiges JSON-Dokument</translation>
    </message>
    <message>
        <source>%1: expected a v3 page like the first element, found %2</source>
        <translation>%1: erwartet wurde eine v3-Seite wie das erste Element, gefunden: %2</translation>
    </message>
    <message>
        <source>the top-level object is neither a number (no known key such as &quot;telephoneNumber&quot;) nor a v3 page (no &quot;data&quot; array)</source>
        <translation>das Objekt auf oberster Ebene ist weder eine Nummer (kein bekannter Schlüssel wie &quot;telephoneNumber&quot;) noch eine v3-Seite (kein &quot;data&quot;-Array)</translation>
    </message>
    <message>
        <source>the top-level value is %1; expected an array of numbers, a v3 page object or a number object</source>
        <translation>der Wert auf oberster Ebene ist %1; erwartet wird ein Array von Nummern, ein v3-Seitenobjekt oder ein Nummernobjekt</translation>
    </message>
    <message>
        <source>the response (%1 bytes) is too large to load: %2</source>
        <translation>die Antwort (%1 Bytes) ist zu groß zum Laden: %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>expected a number object but found %1; this entry is not a number and was left out</source>
        <translation>erwartet: ein Nummernobjekt, gefunden: %1; dieser Eintrag ist keine Nummer und wurde ausgelassen</translation>
    </message>
    <message>
        <source>the record has no telephoneNumber; it is kept and listed without a number</source>
        <translation>der Datensatz hat keine telephoneNumber; er wird behalten und ohne Nummer aufgeführt</translation>
    </message>
    <message>
        <source>expected %1 but found %2; the value is kept only in the raw JSON</source>
        <translation>erwartet: %1, gefunden: %2; der Wert bleibt nur im Roh-JSON erhalten</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>eine Zeichenfolge oder null</translation>
    </message>
    <message>
        <source>an integer, a string or null</source>
        <translation>eine ganze Zahl, eine Zeichenfolge oder null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time; it is shown as sent</source>
        <translation>&quot;%1&quot; ist kein ISO-8601-Datum mit Uhrzeit; es wird wie gesendet angezeigt</translation>
    </message>
    <message>
        <source>a date-time string or null</source>
        <translation>eine Datum-Uhrzeit-Zeichenfolge oder null</translation>
    </message>
    <message>
        <source>an array of capability names or null</source>
        <translation>ein Array von Funktionsnamen oder null</translation>
    </message>
    <message>
        <source>item %1 is %2, not a capability name; it is ignored</source>
        <translation>Element %1 ist %2, kein Funktionsname; es wird ignoriert</translation>
    </message>
    <message>
        <source>more than %1 different capability names in one response; &quot;%2&quot; is shown only in the raw JSON</source>
        <translation>mehr als %1 verschiedene Funktionsnamen in einer Antwort; &quot;%2&quot; wird nur im Roh-JSON angezeigt</translation>
    </message>
    <message>
        <source>entry %1 has no sbcName string; it is shown only in the raw JSON</source>
        <translation>Eintrag %1 hat keine sbcName-Zeichenfolge; er wird nur im Roh-JSON angezeigt</translation>
    </message>
    <message>
        <source>the key appears more than once; the first value is used and the others are kept only in the raw JSON</source>
        <translation>der Schlüssel kommt mehrfach vor; der erste Wert wird verwendet, die anderen bleiben nur im Roh-JSON erhalten</translation>
    </message>
    <message>
        <source>an array of SBCs or null</source>
        <translation>ein Array von SBCs oder null</translation>
    </message>
    <message>
        <source>a status code, a status name or null</source>
        <translation>ein Statuscode, ein Statusname oder null</translation>
    </message>
    <message>
        <source>a string, an array of strings or null</source>
        <translation>eine Zeichenfolge, ein Array von Zeichenfolgen oder null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an E.164 number (&quot;+&quot; then up to 15 digits); it is shown as sent</source>
        <translation>&quot;%1&quot; ist keine E.164-Nummer (&quot;+&quot; gefolgt von bis zu 15 Ziffern); sie wird wie gesendet angezeigt</translation>
    </message>
    <message>
        <source>the number as a string</source>
        <translation>die Nummer als Zeichenfolge</translation>
    </message>
    <message>
        <source>a value is missing before this separator</source>
        <translation>vor diesem Trennzeichen fehlt ein Wert</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after element %1 of the array</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach Element %1 des Arrays erwartet</translation>
    </message>
    <message numerus="yes">
        <source>the input ends before its array of numbers is closed, after %n complete element(s): the response is incomplete</source>
        <translation>
            <numerusform>die Eingabe endet, bevor ihr Array von Nummern geschlossen ist, nach %n vollständigen Element: die Antwort ist unvollständig</numerusform>
            <numerusform>die Eingabe endet, bevor ihr Array von Nummern geschlossen ist, nach %n vollständigen Elementen: die Antwort ist unvollständig</numerusform>
        </translation>
    </message>
    <message>
        <source>there is more text after the array&apos;s closing bracket</source>
        <translation>nach der schließenden Klammer des Arrays folgt weiterer Text</translation>
    </message>
    <message>
        <source>the input is not valid JSON</source>
        <translation>die Eingabe ist kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>NumbersFileJob</name>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>Cannot open the snapshot: %1.</source>
        <translation>Der Snapshot kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>%1 is not a Live Platform response OC Numbers can read: %2</source>
        <translation>%1 ist keine Live-Platform-Antwort, die OC Numbers lesen kann: %2</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>NumbersFileReader</name>
    <message>
        <source>Live Platform responses and snapshots (*.json *%1);;All files (*)</source>
        <translation>Live-Platform-Antworten und Snapshots (*.json *%1);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>NumbersInput</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>NumbersLoad</name>
    <message>
        <source>The server says: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>(error ticket %1)</source>
        <translation>(Fehlerticket %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an E.164 number: &quot;+&quot;, the country code and the number, digits only (for example +442074996300).</source>
        <translation>„%1“ ist keine E.164-Nummer: „+“, Landesvorwahl und Rufnummer, nur Ziffern (zum Beispiel +442074996300).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Microsoft tenant id: it must be a GUID like f94238e5-4f2c-4e1b-8125-2d27122ca75f.</source>
        <translation>„%1“ ist keine Microsoft-Mandanten-ID: Es muss eine GUID wie f94238e5-4f2c-4e1b-8125-2d27122ca75f sein.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The load was cancelled; the numbers shown are incomplete.</source>
        <translation>Das Laden wurde abgebrochen; die angezeigten Nummern sind unvollständig.</translation>
    </message>
    <message>
        <source>The answer is larger than the limit of %1 MB set in the connection profile; the load was stopped. Raise the limit or use v3 paging.</source>
        <translation>Die Antwort überschreitet das im Verbindungsprofil festgelegte Limit von %1 MB; das Laden wurde beendet. Erhöhen Sie das Limit oder verwenden Sie v3 mit Seiten.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>the number list</source>
        <translation>die Nummernliste</translation>
    </message>
    <message>
        <source>Loading %1 from %2 timed out %3 times. Check the network and load again.</source>
        <translation>Die Anfrage für %1 an %2 hat %3-mal das Zeitlimit überschritten. Prüfen Sie das Netzwerk und laden Sie erneut.</translation>
    </message>
    <message>
        <source>Loading %1 from %2 failed %3 times: %4. Check the network and load again.</source>
        <translation>Die Anfrage für %1 an %2 ist %3-mal fehlgeschlagen: %4. Prüfen Sie das Netzwerk und laden Sie erneut.</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>die Verbindung wurde vor dem Ende der Antwort geschlossen</translation>
    </message>
    <message>
        <source>Live Platform refused the sign-in twice. Sign in again.</source>
        <translation>Live Platform hat die Anmeldung zweimal abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed in, but not allowed to read tenant %1%2. Ask for access, or check the channel of the connection profile.</source>
        <translation>Angemeldet, aber ohne Berechtigung zum Lesen des Mandanten %1%2. Fordern Sie Zugriff an oder prüfen Sie den Kanal im Verbindungsprofil.</translation>
    </message>
    <message>
        <source> in channel %1</source>
        <translation> im Kanal %1</translation>
    </message>
    <message>
        <source>Live Platform refused the request for %1 (HTTP %2).</source>
        <translation>Live Platform hat die Anfrage für %1 abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>Live Platform answered HTTP %1 for %2 %3 times. Try again later.</source>
        <translation>Live Platform hat auf die Anfrage für %2 %3-mal mit HTTP %1 geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Live Platform answered %1 with &quot;%2&quot; instead of JSON: perhaps a proxy or sign-in page. Check the base URL of the connection profile.</source>
        <translation>Live Platform hat auf die Anfrage für %1 mit „%2“ statt JSON geantwortet – vielleicht ein Proxy oder eine Anmeldeseite. Prüfen Sie die Basis-URL im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Live Platform&apos;s answer for %1 is not a list of numbers: %2</source>
        <translation>Die Antwort von Live Platform für %1 ist keine Liste von Nummern: %2</translation>
    </message>
    <message>
        <source>%1 has no totalRecords: this is not a v3 page. Check the API version of the connection profile.</source>
        <translation>Die Antwort für %1 enthält kein totalRecords: Das ist keine v3-Seite. Prüfen Sie die API-Version im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The tenant changed during the load: the server counted %1 numbers, then %2. Load again.</source>
        <translation>Der Mandant hat sich während des Ladens geändert: Der Server zählte erst %1 Nummern, dann %2. Laden Sie erneut.</translation>
    </message>
    <message>
        <source>Page %1 held %2 numbers where %3 were due (of %4): the list is incomplete. Load again.</source>
        <translation>Seite %1 enthielt %2 statt %3 Nummern (von %4): Die Liste ist unvollständig. Laden Sie erneut.</translation>
    </message>
    <message>
        <source>The number list changed while it was sent again after a network error; the numbers shown are incomplete. Load again.</source>
        <translation>Die Nummernliste hat sich geändert, während sie nach einem Netzwerkfehler erneut gesendet wurde; die angezeigten Nummern sind unvollständig. Laden Sie erneut.</translation>
    </message>
</context>
<context>
    <name>NumbersOutput</name>
    <message>
        <source>Comma-separated columns in output order (default: all). Keys: %1.</source>
        <translation>Kommagetrennte Spalten in Ausgabereihenfolge (Standard: alle). Schlüssel: %1.</translation>
    </message>
    <message>
        <source>Keep numbers matching key=value[,value...]; repeat to combine with AND. Keys: text, status, assignment, country, source, sbc, capability (all must be acquired), available (available but not acquired).</source>
        <translation>Nummern behalten, die key=value[,value...] entsprechen; mehrfach angeben für eine UND-Verknüpfung. Schlüssel: text, status, assignment, country, source, sbc, capability (alle müssen erworben sein), available (verfügbar, aber nicht erworben).</translation>
    </message>
    <message>
        <source>Same as --filter text=TEXT.</source>
        <translation>Wie --filter text=TEXT.</translation>
    </message>
    <message>
        <source>Sort by a column key, :desc for descending.</source>
        <translation>Nach einem Spaltenschlüssel sortieren, :desc für absteigend.</translation>
    </message>
    <message>
        <source>CSV cells exactly as stored, without the Excel-safe apostrophe before cells starting with = + - @.</source>
        <translation>CSV-Zellen genau wie gespeichert, ohne den Excel-sicheren Apostroph vor Zellen, die mit = + - @ beginnen.</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>Die CSV-Datei mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen (für Excel).</translation>
    </message>
    <message>
        <source>Fail (exit 3) when the data has warnings.</source>
        <translation>Mit Exit-Code 3 abbrechen, wenn die Daten Warnungen enthalten.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; columns are: %2</source>
        <translation>unbekannte Spalte &quot;%1&quot;; Spalten: %2</translation>
    </message>
    <message>
        <source>--columns lists no column</source>
        <translation>--columns nennt keine Spalte</translation>
    </message>
    <message>
        <source>unknown sort column &quot;%1&quot;; columns are: %2</source>
        <translation>unbekannte Sortierspalte &quot;%1&quot;; Spalten: %2</translation>
    </message>
    <message>
        <source>--header must be keys, titles or none, not &quot;%1&quot;</source>
        <translation>--header muss keys, titles oder none sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>warning: %1 more warnings not shown</source>
        <translation>Warnung: %1 weitere Warnungen nicht angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) in the data and --strict is set; nothing written</source>
        <translation>
            <numerusform>%n Warnung in den Daten und --strict ist gesetzt; nichts geschrieben</numerusform>
            <numerusform>%n Warnungen in den Daten und --strict ist gesetzt; nichts geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 of %2 numbers to %3</source>
        <translation>%1 von %2 Nummern nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Where to write: a .csv, .xlsx or .json file, or - for standard output.</source>
        <translation>Ziel: eine .csv-, .xlsx- oder .json-Datei oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>csv, xlsx or json (default: from the --out extension; csv for -).</source>
        <translation>csv, xlsx oder json (Standard: nach der Endung von --out; csv für -).</translation>
    </message>
    <message>
        <source>CSV or .xlsx header: keys (default), titles or none.</source>
        <translation>CSV- oder .xlsx-Kopfzeile: keys (Standard), titles oder none.</translation>
    </message>
    <message>
        <source>.xlsx: timestamps as the text the server sent instead of date-time cells (UTC).</source>
        <translation>.xlsx: Zeitstempel als Text, wie vom Server gesendet, statt als Datums-/Uhrzeitzellen (UTC).</translation>
    </message>
    <message>
        <source>missing --out FILE (.csv, .xlsx, .json or - for standard output)</source>
        <translation>--out DATEI fehlt (.csv, .xlsx, .json oder - für die Standardausgabe)</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or json, not &quot;%1&quot;</source>
        <translation>--format muss csv, xlsx oder json sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: name it .csv, .xlsx or .json, or pass --format</source>
        <translation>das Format von &quot;%1&quot; ist nicht erkennbar: verwenden Sie die Endung .csv, .xlsx oder .json oder geben Sie --format an</translation>
    </message>
</context>
<context>
    <name>NumbersTableView</name>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>NumbersWidget</name>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported %1 numbers to %2.</source>
        <translation>%1 Nummern nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of this view (the filter and the table&apos;s columns):</source>
        <translation>Name dieser Ansicht (Filter und Spalten der Tabelle):</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>View to delete:</source>
        <translation>Zu löschende Ansicht:</translation>
    </message>
    <message>
        <source>Filters cleared to show %1.</source>
        <translation>Filter zurückgesetzt, um %1 anzuzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s), %1 columns (the visible ones, in the table&apos;s order).</source>
        <translation>
            <numerusform>%Ln Nummer, %1 Spalten (die sichtbaren, in der Reihenfolge der Tabelle).</numerusform>
            <numerusform>%Ln Nummern, %1 Spalten (die sichtbaren, in der Reihenfolge der Tabelle).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenTarget</name>
    <message>
        <source>Give either a tenant (--tenant) or a number (--number), not both.</source>
        <translation>Geben Sie entweder einen Mandanten (--tenant) oder eine Nummer (--number) an, nicht beides.</translation>
    </message>
    <message>
        <source>There is no connection yet. Start OC Numbers and add one (File › Add connection), or import one with ocnumbers-cli profile import.</source>
        <translation>Es gibt noch keine Verbindung. Starten Sie OC Numbers und fügen Sie eine hinzu (Datei › Verbindung hinzufügen) oder importieren Sie eine mit ocnumbers-cli profile import.</translation>
    </message>
    <message>
        <source>Name the connection with --connection NAME. The connections are: %1.</source>
        <translation>Geben Sie die Verbindung mit --connection NAME an. Die Verbindungen sind: %1.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;. The connections are: %2.</source>
        <translation>Es gibt keine Verbindung namens „%1“. Die Verbindungen sind: %2.</translation>
    </message>
    <message>
        <source>Enter a phone number in E.164 form: &quot;+&quot;, the country code and the number, for example +442074996300.</source>
        <translation>Geben Sie eine Telefonnummer im E.164-Format ein: „+“, Landesvorwahl und Rufnummer, zum Beispiel +442074996300.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 form. Enter &quot;+&quot;, the country code and the number, digits only, for example +442074996300.</source>
        <translation>„%1“ ist keine Telefonnummer im E.164-Format. Geben Sie „+“, Landesvorwahl und Rufnummer ein, nur Ziffern, zum Beispiel +442074996300.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant ID. Enter the customer&apos;s Microsoft tenant ID (msTenantId), a GUID like 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</source>
        <translation>„%1“ ist keine Mandanten-ID. Geben Sie die Microsoft-Mandanten-ID des Kunden (msTenantId) ein, eine GUID wie 7c3a9f2e-1b4d-4c8e-9f0a-2d3e4f5a6b7c.</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ParseWarningsDialog</name>
    <message>
        <source>Warnings about the loaded numbers</source>
        <translation>Warnungen zu den geladenen Nummern</translation>
    </message>
    <message>
        <source>The numbers were loaded, but %1 things in them were odd; the first %2 are listed. Each record is kept, and a value that could not be read is kept in its raw JSON.</source>
        <translation>Die Nummern wurden geladen, aber sie enthielten %1 Auffälligkeiten; die ersten %2 sind aufgeführt. Jeder Datensatz bleibt erhalten, und ein Wert, der nicht gelesen werden konnte, bleibt als Roh-JSON erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The numbers were loaded, but %n thing(s) in them were odd. Each record is kept, and a value that could not be read is kept in its raw JSON.</source>
        <translation>
            <numerusform>Die Nummern wurden geladen, aber sie enthielten %n Auffälligkeit. Jeder Datensatz bleibt erhalten, und ein Wert, der nicht gelesen werden konnte, bleibt als Roh-JSON erhalten.</numerusform>
            <numerusform>Die Nummern wurden geladen, aber sie enthielten %n Auffälligkeiten. Jeder Datensatz bleibt erhalten, und ein Wert, der nicht gelesen werden konnte, bleibt als Roh-JSON erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>What was wrong</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all) as tab-separated text with a header</source>
        <translation>Die ausgewählten Zeilen (oder alle) als tabulatorgetrennten Text mit Kopfzeile kopieren</translation>
    </message>
</context>
<context>
    <name>PhoneQuery</name>
    <message>
        <source>A range has one &quot;..&quot; or &quot;-&quot; between its start and its end.</source>
        <translation>Ein Bereich hat genau ein „..“ oder „-“ zwischen Anfang und Ende.</translation>
    </message>
    <message>
        <source>A &quot;+&quot; can only begin a number.</source>
        <translation>Ein „+“ darf nur am Anfang einer Nummer stehen.</translation>
    </message>
    <message>
        <source>A range starts with a full number including its &quot;+&quot;, for example +44 20 7946 0000..0999.</source>
        <translation>Ein Bereich beginnt mit einer vollständigen Nummer samt „+“, zum Beispiel +44 20 7946 0000..0999.</translation>
    </message>
    <message>
        <source>Both ends of a range need the same number of digits; the start has %1, the end %2.</source>
        <translation>Beide Enden eines Bereichs brauchen gleich viele Ziffern; der Anfang hat %1, das Ende %2.</translation>
    </message>
    <message>
        <source>The end of the range has more digits (%1) than its start (%2). Give the end as a full number with &quot;+&quot; or as the last digits only, for example +44 20 7946 0000..0999.</source>
        <translation>Das Ende des Bereichs hat mehr Ziffern (%1) als sein Anfang (%2). Geben Sie das Ende als vollständige Nummer mit „+“ oder nur als letzte Ziffern an, zum Beispiel +44 20 7946 0000..0999.</translation>
    </message>
    <message>
        <source>The range ends (+%1) below its start (+%2).</source>
        <translation>Der Bereich endet (+%1) unterhalb seines Anfangs (+%2).</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>The profile name, or the file to import.</source>
        <translation>Der Profilname oder die zu importierende Datei.</translation>
    </message>
    <message>
        <source>import: the name to save the profile under.</source>
        <translation>import: der Name, unter dem das Profil gespeichert wird.</translation>
    </message>
    <message>
        <source>export: the file to write, or - for standard output.</source>
        <translation>export: die zu schreibende Datei oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>missing action</source>
        <translation>Aktion fehlt</translation>
    </message>
    <message>
        <source>%1 needs a profile name or file</source>
        <translation>%1 braucht einen Profilnamen oder eine Datei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not a profile (a JSON object): %1</source>
        <translation>kein Profil (ein JSON-Objekt): %1</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot;.</source>
        <translation>Profil &quot;%1&quot; gespeichert.</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>es gibt kein Profil namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.</source>
        <translation>Profil &quot;%1&quot; entfernt.</translation>
    </message>
    <message>
        <source>cannot read the secret from standard input</source>
        <translation>das Geheimnis kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>standard input holds no secret</source>
        <translation>die Standardeingabe enthält kein Geheimnis</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is in the keychain.</source>
        <translation>Das Geheimnis von &quot;%1&quot; ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; a profile file is a few hundred bytes. Check that it is a profile exported by OC Numbers.</source>
        <translation>die Datei ist größer als 1 MiB; eine Profildatei ist nur einige hundert Bytes groß. Prüfen Sie, ob es sich um ein von OC Numbers exportiertes Profil handelt.</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; exists already. Pass --replace to replace it, or --name NAME to import this one under another name.</source>
        <translation>ein Profil namens &quot;%1&quot; existiert bereits. Geben Sie --replace an, um es zu ersetzen, oder --name NAME, um dieses unter einem anderen Namen zu importieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now points to other addresses: its stored client secret and saved sign-in were removed. Store the secret again with &quot;%2 set-secret&quot; if it uses one.</source>
        <translation>&quot;%1&quot; verweist jetzt auf andere Adressen: Sein gespeicherter geheimer Clientschlüssel und seine gespeicherte Anmeldung wurden entfernt. Speichern Sie den Schlüssel mit &quot;%2 set-secret&quot; erneut, falls das Profil einen verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now points to other addresses; its stored client secret and saved sign-in could not be removed (%2). They are not used for the new addresses.</source>
        <translation>&quot;%1&quot; verweist jetzt auf andere Adressen; sein gespeicherter geheimer Clientschlüssel und seine gespeicherte Anmeldung konnten nicht entfernt werden (%2). Sie werden für die neuen Adressen nicht verwendet.</translation>
    </message>
    <message>
        <source>Replaced profile &quot;%1&quot;.</source>
        <translation>Profil &quot;%1&quot; ersetzt.</translation>
    </message>
    <message>
        <source>import: replace the profile of the same name. If the addresses differ, its stored secret and sign-in are removed.</source>
        <translation>import: das gleichnamige Profil ersetzen. Wenn sich die Adressen unterscheiden, werden sein gespeichertes Geheimnis und seine gespeicherte Anmeldung entfernt.</translation>
    </message>
    <message>
        <source>the stored secret and sign-in of &quot;%1&quot; could not be removed from the keychain: %2</source>
        <translation>das gespeicherte Geheimnis und die gespeicherte Anmeldung von &quot;%1&quot; konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the client secret from standard input</source>
        <translation>der geheime Clientschlüssel kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>No client secret: set OCNUMBERS_CLIENT_SECRET, pass --client-secret-stdin or store one with set-secret.</source>
        <translation>Kein geheimer Clientschlüssel: Setzen Sie OCNUMBERS_CLIENT_SECRET, geben Sie --client-secret-stdin an oder speichern Sie einen mit set-secret.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be tested until it is fixed: %2</source>
        <translation>Profil &quot;%1&quot; kann erst getestet werden, wenn es korrigiert ist: %2</translation>
    </message>
    <message>
        <source>Manages connection profiles: list, show NAME, import FILE, export NAME, remove NAME, set-secret NAME, test NAME. Profile files hold no secrets; set-secret reads the app registration&apos;s secret from standard input and keeps it in the OS keychain.</source>
        <translation>Verwaltet Verbindungsprofile: list, show NAME, import FILE, export NAME, remove NAME, set-secret NAME, test NAME. Profildateien enthalten keine Geheimnisse; set-secret liest den geheimen Clientschlüssel der App-Registrierung von der Standardeingabe und speichert ihn im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>list, show, import, export, remove, set-secret or test (signs in and asks Live Platform once, saying what works and what to fix).</source>
        <translation>list, show, import, export, remove, set-secret oder test (meldet sich an und fragt Live Platform einmal ab; sagt, was funktioniert und was zu korrigieren ist).</translation>
    </message>
    <message>
        <source>test: read the app registration&apos;s secret from the first line of standard input (else OCNUMBERS_CLIENT_SECRET, else the keychain).</source>
        <translation>test: den geheimen Clientschlüssel der App-Registrierung aus der ersten Zeile der Standardeingabe lesen (sonst OCNUMBERS_CLIENT_SECRET, sonst der Schlüsselbund).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Add a Live Platform connection</source>
        <translation>Live-Platform-Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>For example: Contoso production</source>
        <translation>Zum Beispiel: Contoso Produktion</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Live Platform</source>
        <translation>Live Platform</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>https://live.example.com/tenantui</source>
        <translation>https://live.example.com/tenantui</translation>
    </message>
    <message>
        <source>Live Platform address</source>
        <translation>Live-Platform-Adresse</translation>
    </message>
    <message>
        <source>The address of your Live Platform, up to and including /tenantui.</source>
        <translation>Die Adresse Ihrer Live Platform bis einschließlich /tenantui.</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>A&amp;PI:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Numbers per page</source>
        <translation>Nummern pro Seite</translation>
    </message>
    <message>
        <source> numbers</source>
        <translation> Nummern</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Channel id (optional)</source>
        <translation>Kanal-ID (optional)</translation>
    </message>
    <message>
        <source>Optional: a channel id limits the view to that channel&apos;s customers (X-Ovoc-Channel-Id).</source>
        <translation>Optional: Eine Kanal-ID beschränkt die Ansicht auf die Kunden dieses Kanals (X-Ovoc-Channel-Id).</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Change these only if your Live Platform&apos;s v3 API uses other query names.</source>
        <translation>Nur ändern, wenn die v3-API Ihrer Live Platform andere Abfrageparameter verwendet.</translation>
    </message>
    <message>
        <source>Page number key:</source>
        <translation>Parameter Seitennummer:</translation>
    </message>
    <message>
        <source>Page number query key</source>
        <translation>Abfrageparameter für die Seitennummer</translation>
    </message>
    <message>
        <source>Page size key:</source>
        <translation>Parameter Seitengröße:</translation>
    </message>
    <message>
        <source>Page size query key</source>
        <translation>Abfrageparameter für die Seitengröße</translation>
    </message>
    <message>
        <source>Status key:</source>
        <translation>Parameter Status:</translation>
    </message>
    <message>
        <source>Number status query key</source>
        <translation>Abfrageparameter für den Nummernstatus</translation>
    </message>
    <message>
        <source>Largest answer:</source>
        <translation>Max. Antwortgröße:</translation>
    </message>
    <message>
        <source>Largest answer in megabytes</source>
        <translation>Maximale Antwortgröße in Megabyte</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Sign-in (Microsoft Entra ID)</source>
        <translation>Anmeldung (Microsoft Entra ID)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>A&amp;uthority:</source>
        <translation>A&amp;utorität:</translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <source>Sign-in authority</source>
        <translation>Anmeldeautorität</translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>&amp;Verzeichnis-ID (Mandant):</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <source>Your own Entra tenant, not the customer&apos;s: Entra admin center › Overview › Tenant ID, or your .onmicrosoft.com domain.</source>
        <translation>Ihr eigener Entra-Mandant, nicht der des Kunden: Entra Admin Center › Übersicht › Mandanten-ID, oder Ihre .onmicrosoft.com-Domäne.</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>The Live Platform API&apos;s application ID URI followed by /.default.</source>
        <translation>Der Anwendungs-ID-URI der Live-Platform-API, gefolgt von /.default.</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Geheimer &amp;Clientschlüssel:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>Probleme mit dem Profil</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Edit the connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>v3: numbers in pages</source>
        <translation>v3: Nummern seitenweise</translation>
    </message>
    <message>
        <source>v2: the whole list in one answer</source>
        <translation>v2: ganze Liste in einer Antwort</translation>
    </message>
    <message>
        <source>App registration (client secret)</source>
        <translation>App-Registrierung (geheimer Clientschlüssel)</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Gerätecode</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Entra admin center › App registrations › the app Live Platform trusts (LiveCloud-APIToken) › Application (client) ID.</source>
        <translation>Entra Admin Center › App-Registrierungen › die App, der Live Platform vertraut (LiveCloud-APIToken) › Anwendungs-ID (Client).</translation>
    </message>
    <message>
        <source>The Application (client) ID of the public client app registered for OC Numbers, not the LiveCloud-APIToken app.</source>
        <translation>Die Anwendungs-ID (Client) der für OC Numbers registrierten öffentlichen Client-App, nicht die der App LiveCloud-APIToken.</translation>
    </message>
    <message>
        <source>Not used: signing in as a user needs no secret.</source>
        <translation>Nicht verwendet: Die Anmeldung als Benutzer braucht kein Geheimnis.</translation>
    </message>
    <message>
        <source>The secret&apos;s Value (shown once, when it was made), not its Secret ID. Kept in the keychain, never in the profile.</source>
        <translation>Der „Wert“ des geheimen Schlüssels (nur beim Erstellen einmal angezeigt), nicht die „Geheime ID“. Wird im Schlüsselbund gespeichert, nie im Profil.</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>Gespeichert; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>Paste the secret&apos;s value</source>
        <translation>Wert des geheimen Schlüssels einfügen</translation>
    </message>
    <message>
        <source>The stored secret could not be read to keep it under the new name: %1. Enter the secret again, or keep the old name.</source>
        <translation>Der gespeicherte geheime Schlüssel konnte nicht gelesen werden, um ihn unter dem neuen Namen zu behalten: %1. Geben Sie ihn erneut ein oder behalten Sie den alten Namen.</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Test beendet.</translation>
    </message>
    <message>
        <source>No client secret: type the app registration&apos;s secret to test the sign-in.</source>
        <translation>Kein geheimer Clientschlüssel: Geben Sie den Schlüssel der App-Registrierung ein, um die Anmeldung zu testen.</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>Stop &amp;test</source>
        <translation>&amp;Test stoppen</translation>
    </message>
    <message>
        <source>What saving removes</source>
        <translation>Was beim Speichern entfernt wird</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>die Autorität</translation>
    </message>
    <message>
        <source>the directory</source>
        <translation>das Verzeichnis</translation>
    </message>
    <message>
        <source>the client id</source>
        <translation>die Client-ID</translation>
    </message>
    <message>
        <source>the base URL</source>
        <translation>die Basis-URL</translation>
    </message>
    <message>
        <source>the addresses</source>
        <translation>die Adressen</translation>
    </message>
    <message>
        <source>You changed %1. Saving removes the client secret and saved sign-in stored for this connection: they were issued for the old addresses. Enter the secret again if it uses one.</source>
        <translation>Sie haben %1 geändert. Beim Speichern werden der geheime Clientschlüssel und die gespeicherte Anmeldung dieser Verbindung entfernt: Sie wurden für die alten Adressen ausgestellt. Geben Sie den Schlüssel erneut ein, falls die Verbindung einen verwendet.</translation>
    </message>
    <message>
        <source>The secret was not stored in the keychain. %1 Save again to keep the connection without it: the secret is then used until OC Numbers closes, and asked for at sign-in after that.</source>
        <translation>Der geheime Schlüssel wurde nicht im Schlüsselbund gespeichert. %1 Speichern Sie erneut, um die Verbindung ohne ihn zu behalten: Der Schlüssel wird dann verwendet, bis OC Numbers geschlossen wird, und danach bei der Anmeldung abgefragt.</translation>
    </message>
    <message>
        <source>The keychain could not be read. %1 Type the client secret to test the sign-in.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden. %1 Geben Sie den geheimen Clientschlüssel ein, um die Anmeldung zu testen.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1 port %1 (in use, or not allowed)</source>
        <translation>kann nicht auf 127.0.0.1 Port %1 lauschen (belegt oder nicht erlaubt)</translation>
    </message>
</context>
<context>
    <name>SbcRoutingDialog</name>
    <message>
        <source>SBC routing</source>
        <translation>SBC-Routing</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Inbound calling:</source>
        <translation>Eingehende Anrufe:</translation>
    </message>
    <message>
        <source>Inbound calling</source>
        <translation>Eingehende Anrufe</translation>
    </message>
    <message>
        <source>Calling profile:</source>
        <translation>Anrufprofil:</translation>
    </message>
    <message>
        <source>Calling profile</source>
        <translation>Anrufprofil</translation>
    </message>
    <message>
        <source>Outbound calling:</source>
        <translation>Ausgehende Anrufe:</translation>
    </message>
    <message>
        <source>Outbound calling</source>
        <translation>Ausgehende Anrufe</translation>
    </message>
    <message>
        <source>SBCs of this number</source>
        <translation>SBCs dieser Nummer</translation>
    </message>
    <message>
        <source>SBC</source>
        <translation>SBC</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>SBC ID</source>
        <translation>SBC-ID</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>This number has no SBC in its list</source>
        <translation>Diese Nummer hat keinen SBC in ihrer Liste</translation>
    </message>
    <message>
        <source>Show only numbers &amp;through this SBC</source>
        <translation>&amp;Nur Nummern über diesen SBC anzeigen</translation>
    </message>
    <message>
        <source>Filter the main table to the numbers routed through the selected SBC</source>
        <translation>Haupttabelle auf die Nummern filtern, die über den ausgewählten SBC geroutet werden</translation>
    </message>
    <message>
        <source>Show only numbers through this SBC</source>
        <translation>Nur Nummern über diesen SBC anzeigen</translation>
    </message>
    <message>
        <source>Other numbers through these SBCs</source>
        <translation>Andere Nummern über diese SBCs</translation>
    </message>
    <message>
        <source>Other numbers by country</source>
        <translation>Andere Nummern nach Land</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Other numbers by status</source>
        <translation>Andere Nummern nach Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SBC routing — %1</source>
        <translation>SBC-Routing – %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>Available but not acquired</source>
        <translation>Verfügbar, aber nicht erworben</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Without an SBC, this number shares its routing with no other number</source>
        <translation>Ohne SBC teilt diese Nummer ihr Routing mit keiner anderen Nummer</translation>
    </message>
    <message>
        <source>No other loaded number uses this SBC</source>
        <translation>Keine andere geladene Nummer verwendet diesen SBC</translation>
    </message>
    <message>
        <source>No other loaded number uses these SBCs</source>
        <translation>Keine andere geladene Nummer verwendet diese SBCs</translation>
    </message>
    <message>
        <source>Other numbers through this SBC</source>
        <translation>Andere Nummern über diesen SBC</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other loaded numbers use this SBC</source>
        <translation>
            <numerusform>%Ln andere geladene Nummer verwendet diesen SBC</numerusform>
            <numerusform>%Ln andere geladene Nummern verwenden diesen SBC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other loaded numbers use these SBCs</source>
        <translation>
            <numerusform>%Ln andere geladene Nummer verwendet diese SBCs</numerusform>
            <numerusform>%Ln andere geladene Nummern verwenden diese SBCs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Geheimer &amp;Clientschlüssel:</translation>
    </message>
    <message>
        <source>Paste the secret&apos;s value</source>
        <translation>Wert des geheimen Schlüssels einfügen</translation>
    </message>
    <message>
        <source>&amp;Keep it in the keychain for later sign-ins</source>
        <translation>Für spätere Anmeldungen im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Client secret for &quot;%1&quot;</source>
        <translation>Geheimer Clientschlüssel für „%1“</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; signs in with the app registration %2. Enter its client secret (the secret&apos;s Value, not its Secret ID). It is used until OC Numbers closes.</source>
        <translation>Die Verbindung „%1“ meldet sich mit der App-Registrierung %2 an. Geben Sie deren geheimen Clientschlüssel ein (den „Wert“ des Schlüssels, nicht die „Geheime ID“). Er wird verwendet, bis OC Numbers geschlossen wird.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Anm&amp;elden</translation>
    </message>
</context>
<context>
    <name>SignInPromptDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Copy &amp;code</source>
        <translation>&amp;Code kopieren</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Sign in with a code</source>
        <translation>Mit einem Code anmelden</translation>
    </message>
    <message>
        <source>On any device with a browser, open the address below, enter the code and sign in with your work account. This window closes by itself when you are done. The code is valid until %1.</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät mit Browser die unten stehende Adresse, geben Sie den Code ein und melden Sie sich mit Ihrem Geschäftskonto an. Dieses Fenster schließt sich danach von selbst. Der Code ist gültig bis %1.</translation>
    </message>
    <message>
        <source>Sign in with your browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>No browser could be started. Open this address in a browser on this computer and sign in; OC Numbers continues by itself when you are done.</source>
        <translation>Es konnte kein Browser gestartet werden. Öffnen Sie diese Adresse in einem Browser auf diesem Computer und melden Sie sich an; OC Numbers fährt danach von selbst fort.</translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>App registration %1</source>
        <translation>App-Registrierung %1</translation>
    </message>
    <message>
        <source>App registration %1 (%2)</source>
        <translation>App-Registrierung %1 (%2)</translation>
    </message>
    <message>
        <source>No keychain is available for the client secret of &quot;%1&quot;.</source>
        <translation>Für den geheimen Clientschlüssel von „%1“ ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;. Edit the connection and enter the app registration&apos;s secret.</source>
        <translation>Für „%1“ ist kein geheimer Clientschlüssel gespeichert. Bearbeiten Sie die Verbindung und geben Sie den Schlüssel der App-Registrierung ein.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is not signed in to anything until it is fixed: %2</source>
        <translation>Für die Verbindung „%1“ erfolgt keine Anmeldung, bis sie korrigiert ist: %2</translation>
    </message>
    <message>
        <source>No client secret is stored for &quot;%1&quot;.</source>
        <translation>Für „%1“ ist kein geheimer Clientschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The client secret of &quot;%1&quot; is used until OC Numbers closes but was not stored in the keychain. %2</source>
        <translation>Der geheime Clientschlüssel von „%1“ wird verwendet, bis OC Numbers geschlossen wird, wurde aber nicht im Schlüsselbund gespeichert. %2</translation>
    </message>
    <message>
        <source>Not signed in: no client secret was entered for &quot;%1&quot;.</source>
        <translation>Nicht angemeldet: Für „%1“ wurde kein geheimer Clientschlüssel eingegeben.</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>cannot open the snapshot: %1</source>
        <translation>der Snapshot kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not an OC Numbers snapshot</source>
        <translation>kein Snapshot von OC Numbers</translation>
    </message>
    <message>
        <source>the snapshot is truncated (its header ends early)</source>
        <translation>der Snapshot ist abgeschnitten (sein Header endet vorzeitig)</translation>
    </message>
    <message>
        <source>the snapshot&apos;s header is damaged (no format version)</source>
        <translation>der Header des Snapshots ist beschädigt (keine Formatversion)</translation>
    </message>
    <message>
        <source>the snapshot was written by a newer version of OC Numbers (format %1; this version reads format %2): update OC Numbers to open it</source>
        <translation>der Snapshot wurde von einer neueren Version von OC Numbers geschrieben (Format %1; diese Version liest Format %2): Aktualisieren Sie OC Numbers, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>the snapshot&apos;s header is damaged (too long)</source>
        <translation>der Header des Snapshots ist beschädigt (zu lang)</translation>
    </message>
    <message>
        <source>the snapshot&apos;s header is damaged (its description is not valid)</source>
        <translation>der Header des Snapshots ist beschädigt (seine Beschreibung ist ungültig)</translation>
    </message>
    <message>
        <source>cannot read the snapshot: %1</source>
        <translation>der Snapshot kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not enough memory to read the snapshot</source>
        <translation>nicht genug Arbeitsspeicher, um den Snapshot zu lesen</translation>
    </message>
    <message>
        <source>the snapshot is damaged (its compressed data is not valid: %1)</source>
        <translation>der Snapshot ist beschädigt (seine komprimierten Daten sind ungültig: %1)</translation>
    </message>
    <message>
        <source>the snapshot is truncated (the compressed data ends early)</source>
        <translation>der Snapshot ist abgeschnitten (die komprimierten Daten enden vorzeitig)</translation>
    </message>
    <message>
        <source>cannot write the snapshot: %1</source>
        <translation>der Snapshot kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the snapshot is damaged (it holds %1 numbers, its header says %2)</source>
        <translation>der Snapshot ist beschädigt (er enthält %1 Nummern, sein Header nennt %2)</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>Cannot create the snapshot folder %1: check that it can be written.</source>
        <translation>Der Snapshot-Ordner %1 kann nicht angelegt werden: Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot delete the snapshot %1: %2</source>
        <translation>Der Snapshot %1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Each completed load can be kept as a snapshot of the numbers received, to open or export later without signing in.</source>
        <translation>Jeder abgeschlossene Ladevorgang kann als Snapshot der empfangenen Nummern aufbewahrt werden, um ihn später ohne Anmeldung zu öffnen oder zu exportieren.</translation>
    </message>
    <message>
        <source>There are no snapshots yet. With &quot;Keep a snapshot of each load&quot; on, one is kept each time numbers finish loading.</source>
        <translation>Es gibt noch keine Snapshots. Wenn „Von jedem Ladevorgang einen Snapshot aufbewahren“ aktiviert ist, wird jedes Mal einer aufbewahrt, wenn das Laden von Nummern abgeschlossen ist.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Show the snapshot&apos;s numbers in the window</source>
        <translation>Die Nummern des Snapshots im Fenster anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the snapshot&apos;s numbers as a JSON file that OC Numbers and ocnumbers-cli read</source>
        <translation>Die Nummern des Snapshots als JSON-Datei speichern, die OC Numbers und ocnumbers-cli lesen können</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Keep a snapshot of each load</source>
        <translation>Von jedem Ladevorgang einen Snapshot &amp;aufbewahren</translation>
    </message>
    <message>
        <source>Snapshots per &amp;tenant:</source>
        <translation>Snapshots pro &amp;Mandant:</translation>
    </message>
    <message>
        <source>How many of the newest snapshots of one connection and tenant are kept</source>
        <translation>Wie viele der neuesten Snapshots einer Verbindung und eines Mandanten aufbewahrt werden</translation>
    </message>
    <message>
        <source>Total size &amp;limit:</source>
        <translation>Maximale &amp;Gesamtgröße:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>When all snapshots together are larger, the oldest are deleted</source>
        <translation>Wenn alle Snapshots zusammen größer sind, werden die ältesten gelöscht</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>(connection without a name)</source>
        <translation>(Verbindung ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the snapshot folder could not be read and are not listed.</source>
        <translation>
            <numerusform>%n Datei im Snapshot-Ordner konnte nicht gelesen werden und wird nicht aufgeführt.</numerusform>
            <numerusform>%n Dateien im Snapshot-Ordner konnten nicht gelesen werden und werden nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2
%3</source>
        <translation>%1 auf %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n snapshot(s)</source>
        <translation>
            <numerusform>%1 in %n Snapshot</numerusform>
            <numerusform>%1 in %n Snapshots</numerusform>
        </translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Snapshot exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation>Snapshots löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n Snapshot löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Snapshots löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantCombo</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>TokenReply</name>
    <message>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <source>the answer is not a JSON object (%1 bytes)</source>
        <translation>die Antwort ist kein JSON-Objekt (%1 Bytes)</translation>
    </message>
    <message>
        <source>the answer holds no access_token</source>
        <translation>die Antwort enthält kein access_token</translation>
    </message>
    <message>
        <source>the token is of type &quot;%1&quot;, not a bearer token</source>
        <translation>das Token hat den Typ „%1“ und ist kein Bearer-Token</translation>
    </message>
    <message>
        <source>the answer holds no positive expires_in</source>
        <translation>die Antwort enthält kein positives expires_in</translation>
    </message>
    <message>
        <source>The sign-in service at %1 did not answer with a usable token: %2. Nothing was kept. Sign in again; if this repeats, check the authority URL of the connection.</source>
        <translation>Der Anmeldedienst unter %1 hat kein verwendbares Token geliefert: %2. Es wurde nichts gespeichert. Melden Sie sich erneut an; wenn das wieder vorkommt, prüfen Sie die Autoritäts-URL der Verbindung.</translation>
    </message>
</context>
<context>
    <name>WarningsButton</name>
    <message>
        <source>Some records of the list were odd: show what the parser noticed</source>
        <translation>Einige Datensätze der Liste waren auffällig: anzeigen, was der Parser bemerkt hat</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>die Arbeitsmappe kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot name the sheet &quot;%1&quot;</source>
        <translation>das Tabellenblatt kann nicht &quot;%1&quot; heißen</translation>
    </message>
    <message>
        <source>the workbook was not created</source>
        <translation>die Arbeitsmappe wurde nicht angelegt</translation>
    </message>
    <message>
        <source>cannot read the workbook back: %1</source>
        <translation>die Arbeitsmappe kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>die Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>a sheet holds at most %1 rows, and there are %2: filter them, or export CSV</source>
        <translation>ein Tabellenblatt fasst höchstens %1 Zeilen, es gibt aber %2: filtern Sie sie oder exportieren Sie CSV</translation>
    </message>
    <message>
        <source>Telephone numbers: %1</source>
        <translation>Rufnummern: %1</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 rows</source>
        <translation>abgebrochen nach %1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Load a tenant&apos;s numbers from Live Platform</source>
        <translation>Die Nummern eines Mandanten aus Live Platform laden</translation>
    </message>
    <message>
        <source>Manage connection profiles</source>
        <translation>Verbindungsprofile verwalten</translation>
    </message>
    <message>
        <source>Convert a saved response to CSV or JSON</source>
        <translation>Eine gespeicherte Antwort in CSV oder JSON umwandeln</translation>
    </message>
    <message>
        <source>Run &apos;ocnumbers-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;ocnumbers-cli COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: ocnumbers-cli COMMAND [options]</source>
        <translation>Aufruf: ocnumbers-cli COMMAND [Optionen]</translation>
    </message>
    <message>
        <source>Show what changed between two saved responses</source>
        <translation>Zeigen, was sich zwischen zwei gespeicherten Antworten geändert hat</translation>
    </message>
    <message>
        <source>Exit codes: 0 success (diff: no differences), 1 diff: differences, 2 bad usage, 3 bad data, 4 input/output error, 5 sign-in failed, 6 server or network failure.</source>
        <translation>Exit-Codes: 0 Erfolg (diff: keine Unterschiede), 1 diff: Unterschiede, 2 falscher Aufruf, 3 fehlerhafte Daten, 4 Ein-/Ausgabefehler, 5 Anmeldung fehlgeschlagen, 6 Server- oder Netzwerkfehler.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, filter and export Microsoft Teams Operator Connect numbers.</source>
        <translation>Operator-Connect-Nummern von Microsoft Teams durchsuchen, filtern und exportieren.</translation>
    </message>
    <message>
        <source>Start the built-in demo server and load its largest tenant.</source>
        <translation>Den integrierten Demoserver starten und seinen größten Mandanten laden.</translation>
    </message>
    <message>
        <source>How many numbers the demo&apos;s largest tenant has.</source>
        <translation>Wie viele Nummern der größte Mandant der Demo hat.</translation>
    </message>
    <message>
        <source>light, dark or system (the default: the desktop&apos;s colours).</source>
        <translation>light, dark oder system (Standard: die Farben des Desktops).</translation>
    </message>
    <message>
        <source>Make the demo server fail on purpose, as ocnumbers-sandbox --faults does (e.g. numbers-v2:503=2:times=1), to see how failures look.</source>
        <translation>Im Demoserver absichtlich Störungen auslösen, wie mit ocnumbers-sandbox --faults (z. B. numbers-v2:503=2:times=1), um zu sehen, wie Fehler dargestellt werden.</translation>
    </message>
    <message>
        <source>Open with this connection chosen (its name as in the window). Without it, --tenant and --number use the last connection used.</source>
        <translation>Mit dieser Verbindung öffnen (ihr Name wie im Fenster). Ohne diese Option verwenden --tenant und --number die zuletzt verwendete Verbindung.</translation>
    </message>
    <message>
        <source>Load this tenant (the customer&apos;s Microsoft tenant ID).</source>
        <translation>Diesen Mandanten laden (die Microsoft-Mandanten-ID des Kunden).</translation>
    </message>
    <message>
        <source>Look this number up (E.164, e.g. +442074996300) and show it with its tenant and customer.</source>
        <translation>Diese Nummer abfragen (E.164, z. B. +442074996300) und mit ihrem Mandanten und Kunden anzeigen.</translation>
    </message>
    <message>
        <source>A saved Live Platform response or snapshot to show, read-only.</source>
        <translation>Eine gespeicherte Live-Platform-Antwort oder ein Snapshot zum schreibgeschützten Anzeigen.</translation>
    </message>
</context>
</TS>
