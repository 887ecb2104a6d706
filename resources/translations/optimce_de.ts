<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/optimce_desktop/app.py" line="+251"/>
        <source>OptimCE Desktop</source>
        <translation>OptimCE Desktop</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/banner.py" line="+30"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ChangeTexts</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/change_texts.py" line="+50"/>
        <source>No holder</source>
        <translation>Kein Inhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>from {0}</source>
        <translation>ab {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} to {1}</source>
        <translation>vom {0} bis {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>now starts on {0}</source>
        <translation>beginnt jetzt am {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now ends on {0}</source>
        <translation>endet jetzt am {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer has an end date</source>
        <translation>hat kein Enddatum mehr</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A scheduled period {0}: {1}</source>
        <translation>Ein geplanter Zeitraum {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new period {0}: {1}</source>
        <translation>Ein neuer Zeitraum {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period {0} was removed</source>
        <translation>Der Zeitraum {0} wurde entfernt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period {0} changed: {1}</source>
        <translation>Der Zeitraum {0} wurde geändert: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period {0} changed in details this form does not show</source>
        <translation>Der Zeitraum {0} wurde in Details geändert, die dieses Formular nicht anzeigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DSO {0}</source>
        <translation>VNB {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holder {0}</source>
        <translation>Inhaber {0}</translation>
    </message>
</context>
<context>
    <name>ConsumptionChart</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/consumption_chart.py" line="+61"/>
        <source>Consumption chart</source>
        <translation>Verbrauchsdiagramm</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Consumption: {0} kWh</source>
        <translation>Verbrauch: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the community: {0} kWh</source>
        <translation>Aus der Gemeinschaft: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the grid: {0} kWh</source>
        <translation>Aus dem Netz: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection: {0} kWh</source>
        <translation>Einspeisung: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the community: {0} kWh</source>
        <translation>An die Gemeinschaft: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the grid: {0} kWh</source>
        <translation>Ins Netz: {0} kWh</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No consumption for these days.</source>
        <translation>Kein Verbrauch für diese Tage.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+56"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>From the community</source>
        <translation>Aus der Gemeinschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the grid</source>
        <translation>Aus dem Netz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the community</source>
        <translation>An die Gemeinschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the grid</source>
        <translation>Ins Netz</translation>
    </message>
</context>
<context>
    <name>ConsumptionView</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/consumption_view.py" line="+41"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read these days from the CRM</source>
        <translation>Diese Tage aus dem CRM laden</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="vanished">&amp;Von</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Press Show to read this meter&apos;s consumption.</source>
        <translation>Klicken Sie auf Anzeigen, um den Verbrauch dieses Zählers zu laden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the consumption…</source>
        <translation>Verbrauch wird geladen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The first day must be on or before the last day ({0}).</source>
        <translation>Der erste Tag muss am oder vor dem letzten Tag ({0}) liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at most {0} days.</source>
        <translation>Wählen Sie höchstens {0} Tage.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From {0} to {1}: consumption {2} kWh, of which {3} kWh from the community; injection {4} kWh, of which {5} kWh to the community.</source>
        <translation>Vom {0} bis {1}: Verbrauch {2} kWh, davon {3} kWh aus der Gemeinschaft; Einspeisung {4} kWh, davon {5} kWh an die Gemeinschaft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from the CRM at {0}.</source>
        <translation>Aus dem CRM geladen am {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline: showing the consumption saved on {0}.</source>
        <translation>Offline: Verbrauch gespeichert am {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days not saved on this computer: {0}.</source>
        <translation>Nicht auf diesem Computer gespeicherte Tage: {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The consumption could not be read. {0}</source>
        <translation>Der Verbrauch konnte nicht geladen werden. {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_detail.py" line="+57"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Wählen Sie einen Zähler in der Liste aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the meter…</source>
        <translation>Zähler wird geladen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the EAN</source>
        <translation>EAN kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Update data</source>
        <translation>Daten ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>Read this meter again from the CRM</source>
        <translation>Diesen Zähler erneut aus dem CRM laden</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff group</source>
        <translation>Tarifgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of phases</source>
        <translation>Anzahl Phasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter information</source>
        <translation>Zählerinformationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter no.</source>
        <translation>Zählernr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading frequency</source>
        <translation>Ablesehäufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This meter has no configuration in effect today.</source>
        <translation>Für diesen Zähler gilt heute keine Konfiguration.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current data</source>
        <translation>Aktuelle Daten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History and future</source>
        <translation>Verlauf und Zukunft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consumption</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Meter no.: {0}</source>
        <translation>Zählernr.: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change this meter&apos;s configuration from a date you choose (Enter)</source>
        <translation>Die Konfiguration dieses Zählers ab einem gewählten Datum ändern (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This EAN does not start with 54, the Belgian prefix.</source>
        <translation>Diese EAN beginnt nicht mit 54, dem belgischen Präfix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This EAN&apos;s last digit does not match its GS1 check digit: it may have been mistyped.</source>
        <translation>Die letzte Ziffer dieser EAN stimmt nicht mit ihrer GS1-Prüfziffer überein: sie wurde eventuell falsch eingegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Belgian EAN has 18 digits.</source>
        <translation>Eine belgische EAN hat 18 Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EAN contains digits only.</source>
        <translation>Eine EAN enthält nur Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meter has no EAN.</source>
        <translation>Dieser Zähler hat keine EAN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/main_window.py" line="+140"/>
        <source>Any field</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter number</source>
        <translation>Zählernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>This meter is no longer in the community&apos;s list: its update cannot be sent.</source>
        <translation>Dieser Zähler steht nicht mehr in der Liste der Gemeinschaft: Seine Änderung kann nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The update form is not ready yet: try again in a moment.</source>
        <translation>Das Änderungsformular ist noch nicht bereit: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>You are a member of this community: only its managers and administrators can open its meters here.</source>
        <translation>Sie sind Mitglied dieser Gemeinschaft: Nur ihre Verwalter und Administratoren können ihre Zähler hier öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account belongs to no community.</source>
        <translation>Ihr Konto gehört zu keiner Gemeinschaft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are only a member of your communities: the back-office needs the manager or administrator role.</source>
        <translation>Sie sind in Ihren Gemeinschaften nur Mitglied: Das Back-Office erfordert die Rolle Verwalter oder Administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>Verwalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} — OptimCE Desktop</source>
        <translation>{0} — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The offline data on this computer could not be read (it was damaged, or written by a newer version of the app). It was set aside as {0}, and is saved again from the CRM.</source>
        <translation>Die Offline-Daten auf diesem Computer konnten nicht gelesen werden (sie waren beschädigt oder von einer neueren Version der App geschrieben). Sie wurden als {0} beiseitegelegt und werden erneut aus dem CRM gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The offline data on this computer is damaged. It is set aside and saved again from the CRM at the next start of the app.</source>
        <translation>Die Offline-Daten auf diesem Computer sind beschädigt. Sie werden beim nächsten Start der App beiseitegelegt und erneut aus dem CRM gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data cannot be saved on this computer for offline use: {0}</source>
        <translation>Die Daten können auf diesem Computer nicht für die Offline-Nutzung gespeichert werden: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s) shown</source>
        <translation type="vanished">
            <numerusform>%n Zähler angezeigt</numerusform>
            <numerusform>%n Zähler angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation type="vanished">(von {0})</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n of {0} meter(s) shown</source>
        <translation>
            <numerusform>%n von {0} Zählern angezeigt</numerusform>
            <numerusform>%n von {0} Zählern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refreshed {0}</source>
        <translation>Stand: {0}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The details of this meter were not saved on this computer before the CRM became unreachable. They are shown once it is back.</source>
        <translation>Die Details dieses Zählers wurden nicht auf diesem Computer gespeichert, bevor das CRM unerreichbar wurde. Sie werden angezeigt, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This meter has no configuration in effect today: only an active meter can be updated.</source>
        <translation>Für diesen Zähler gilt heute keine Konfiguration: Nur ein aktiver Zähler kann geändert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an active meter can be updated: this one is &quot;{0}&quot;.</source>
        <translation>Nur ein aktiver Zähler kann geändert werden: Dieser ist „{0}“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offline: the update is kept on this computer as a draft, and sent from Pending changes once the CRM is back.</source>
        <translation>Offline: Die Änderung wird als Entwurf auf diesem Computer gespeichert und über Ausstehende Änderungen gesendet, sobald das CRM wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/main_window.ui" line="+111"/>
        <source>Read every meter of the community and its details from the CRM, and save them on this computer for offline use</source>
        <translation>Alle Zähler der Gemeinschaft mit ihren Details aus dem CRM laden und für die Offline-Nutzung auf diesem Computer speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are working offline: this needs the CRM. Refresh (F5) to go online.</source>
        <translation>Sie arbeiten offline: Dafür wird das CRM benötigt. Laden Sie neu (F5), um online zu gehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM cannot be reached: this needs it. The app checks again regularly.</source>
        <translation>Das CRM ist nicht erreichbar, wird hierfür aber benötigt. Die App prüft regelmäßig erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Wählen Sie einen Zähler in der Liste aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working offline</source>
        <translation>Offline-Betrieb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offline: showing data saved on {0}</source>
        <translation>Offline: Daten gespeichert am {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: no community is saved on this computer yet.</source>
        <translation>Offline: Auf diesem Computer ist noch keine Gemeinschaft gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: no data of this community is saved on this computer yet.</source>
        <translation>Offline: Auf diesem Computer sind noch keine Daten dieser Gemeinschaft gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go online</source>
        <translation>Online gehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>✎ %n pending change(s)</source>
        <translation>
            <numerusform>✎ %n ausstehende Änderung</numerusform>
            <numerusform>✎ %n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates kept on this computer, waiting to be sent</source>
        <translation>Auf diesem Computer gespeicherte Änderungen, die auf das Senden warten</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The CRM is back. %n update(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>Das CRM ist wieder erreichbar. %n auf diesem Computer gespeicherte Änderung wartet auf das Senden.</numerusform>
            <numerusform>Das CRM ist wieder erreichbar. %n auf diesem Computer gespeicherte Änderungen warten auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="-102"/>
        <source>OptimCE Desktop</source>
        <translation>OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Community</source>
        <translation>Gemeinschaft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The community whose meters are shown</source>
        <translation>Die Gemeinschaft, deren Zähler angezeigt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which field the search looks in</source>
        <translation>Das Feld, in dem gesucht wird</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EAN, meter number, address, holder… (Ctrl+F)</source>
        <translation>EAN, Zählernummer, Adresse, Inhaber… (Strg+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the community&apos;s meters again from the CRM (F5)</source>
        <translation>Die Zähler der Gemeinschaft erneut aus dem CRM laden (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh all</source>
        <translation>Alles neu laden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No meter matches these filters.</source>
        <translation>Kein Zähler entspricht diesen Filtern.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Meter</source>
        <translation>&amp;Zähler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh the list</source>
        <translation>Liste &amp;neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh &amp;all (list and every detail)…</source>
        <translation>&amp;Alles neu laden (Liste und alle Details)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update data…</source>
        <translation>&amp;Daten ändern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pending changes…</source>
        <translation>&amp;Ausstehende Änderungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep offline data when signing out</source>
        <translation>&amp;Offline-Daten beim Abmelden behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When unchecked, signing out removes the copy of the CRM saved on this computer (unsent drafts stay)</source>
        <translation>Wenn deaktiviert, entfernt das Abmelden die auf diesem Computer gespeicherte Kopie des CRM (nicht gesendete Entwürfe bleiben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh this &amp;meter</source>
        <translation>Diesen Zähler &amp;neu laden</translation>
    </message>
</context>
<context>
    <name>MemberComboBox</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/member_combo.py" line="+67"/>
        <source>No holder</source>
        <translation>Kein Inhaber</translation>
    </message>
</context>
<context>
    <name>MeterDataUpdateDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+218"/>
        <source>Empty (--) when not set</source>
        <translation>Leer (--), wenn nicht angegeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Update data — {0}</source>
        <translation>Daten ändern — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN {0}</source>
        <translation>EAN {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter no. {0}</source>
        <translation>Zählernr. {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <location line="+11"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No holder</source>
        <translation>Kein Inhaber</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pick or type the DSO</source>
        <translation>VNB wählen oder eingeben</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This form was restored from a draft kept on this computer.</source>
        <translation>Dieses Formular wurde aus einem auf diesem Computer gespeicherten Entwurf wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form was restored from a draft kept on this computer on {0}.</source>
        <translation>Dieses Formular wurde aus einem am {0} auf diesem Computer gespeicherten Entwurf wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM already shows its change: it was applied although its answer was lost. There is nothing left to send, and the draft is deleted.</source>
        <translation>Das CRM zeigt die Änderung bereits: Sie wurde also übernommen, obwohl die Antwort verloren ging. Es gibt nichts mehr zu senden, und der Entwurf wird gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was sent once without an answer, and the meter as read now does not show it.</source>
        <translation>Er wurde einmal ohne Antwort gesendet, und der jetzt gelesene Zähler zeigt ihn nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter changed since then; check the form against these changes:</source>
        <translation>Der Zähler hat sich seitdem geändert; prüfen Sie das Formular anhand dieser Änderungen:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”.</source>
        <translation>Inhaber: „{0}“ ist kein Mitglied dieser Gemeinschaft; wählen Sie eines aus der Liste oder „Kein Inhaber“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder: the member list could not be loaded ({0}); the current holder is kept.</source>
        <translation>Inhaber: Die Mitgliederliste konnte nicht geladen werden ({0}); der aktuelle Inhaber bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the community&apos;s members…</source>
        <translation>Mitglieder der Gemeinschaft werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DSO: {0} is the transmission system operator, not a distribution system operator.</source>
        <translation>VNB: {0} ist der Übertragungsnetzbetreiber, kein Verteilernetzbetreiber.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DSO: not a Belgian DSO this app knows; it will be saved as typed.</source>
        <translation>VNB: kein belgischer VNB, den diese App kennt; er wird wie eingegeben gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To validate, fill in: {0}.</source>
        <translation>Zum Bestätigen bitte ausfüllen: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields marked in red to validate.</source>
        <translation>Korrigieren Sie die rot markierten Felder, um zu bestätigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meter has no period yet: this date starts its first one.</source>
        <translation>Der Zähler hat noch keinen Zeitraum: Mit diesem Datum beginnt der erste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A period is scheduled from {0} ({1}): pick that date to replace it, or a later one.</source>
        <translation>Ein Zeitraum ist ab {0} geplant ({1}): Wählen Sie dieses Datum, um ihn zu ersetzen, oder ein späteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest period started on {0} ({1}): pick a later date to start a new period.</source>
        <translation>Der letzte Zeitraum begann am {0} ({1}): Wählen Sie ein späteres Datum, um einen neuen Zeitraum zu beginnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM cannot be reached: the update is kept on this computer, to be checked and sent from Pending changes once the CRM is back.</source>
        <translation>Das CRM ist nicht erreichbar: Die Änderung wird auf diesem Computer gespeichert, um über Ausstehende Änderungen geprüft und gesendet zu werden, sobald das CRM wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace the period starting on {0}?</source>
        <translation>Den Zeitraum ab {0} ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s period {0} ({1}) starts on the effective date you picked. Sending replaces its values in place: they will not be kept in the meter&apos;s history.</source>
        <translation>Der Zeitraum {0} ({1}) des Zählers beginnt am gewählten Stichtag. Das Senden ersetzt seine Werte direkt: sie bleiben nicht im Verlauf des Zählers erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the period</source>
        <translation>Zeitraum ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Send these changes to the CRM?</source>
        <translation>Diese Änderungen an das CRM senden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {0}, meter {1} will change as follows:</source>
        <translation>Ab {0} ändert sich Zähler {1} wie folgt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An update that was sent cannot be recalled: wait for the CRM&apos;s answer.</source>
        <translation>Eine gesendete Änderung kann nicht zurückgerufen werden: Warten Sie auf die Antwort des CRM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping the update as a draft on this computer…</source>
        <translation>Die Änderung wird als Entwurf auf diesem Computer gespeichert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the update to the CRM…</source>
        <translation>Die Änderung wird an das CRM gesendet…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Another operator changed this meter since this form was opened, so nothing was sent. Check the form against these changes, then validate again:</source>
        <translation>Ein anderer Bearbeiter hat diesen Zähler geändert, seit dieses Formular geöffnet wurde, daher wurde nichts gesendet. Prüfen Sie das Formular anhand dieser Änderungen und bestätigen Sie erneut:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The CRM refused the update: see the message under “{0}”.</source>
        <translation>Das CRM hat die Änderung abgelehnt: Siehe die Meldung unter „{0}“.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The update is being sent and cannot be recalled; this window closes when the CRM answers.</source>
        <translation>Die Änderung wird gesendet und kann nicht zurückgerufen werden; dieses Fenster schließt sich, sobald das CRM antwortet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The form could not be kept on this computer: {0}</source>
        <translation>Das Formular konnte nicht auf diesem Computer gespeichert werden: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes to meter {0} have not been sent.</source>
        <translation>Ihre Änderungen an Zähler {0} wurden nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarding also deletes the draft kept on this computer.</source>
        <translation>Beim Verwerfen wird auch der auf diesem Computer gespeicherte Entwurf gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/meter_data_update_dialog.ui" line="+20"/>
        <source>Update data</source>
        <translation>Daten ändern</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Meter data update</source>
        <translation>Zählerdaten ändern</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What the meter supplies, e.g. “Bakery: ovens and cold room”</source>
        <translation>Was der Zähler versorgt, z. B. „Bäckerei: Öfen und Kühlraum“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Energy characteristics</source>
        <translation>Energiemerkmale</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Withdrawal power (kVA)</source>
        <translation>Entnahmeleistung (kVA)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total generating capacity (kVA)</source>
        <translation>Gesamte Erzeugungsleistung (kVA)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amperage (A)</source>
        <translation>Stromstärke (A)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Generation type</source>
        <translation>Erzeugungsart</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Injection status</source>
        <translation>Einspeisestatus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DSO *</source>
        <translation>VNB *</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Financial characteristics</source>
        <translation>Finanzielle Merkmale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tariff *</source>
        <translation>Tarif *</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Single-rate</source>
        <translation>Einfachtarif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bi-hourly</source>
        <translation>Zweizeittarif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exclusive night</source>
        <translation>Exklusiv-Nachttarif</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage *</source>
        <translation>Nutzung *</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Residential</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Professional</source>
        <translation>Gewerblich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Industrial</source>
        <translation>Industriell</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sharing operation</source>
        <translation>Teilungsvorgang</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status *</source>
        <translation>Status *</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This form keeps the meter in its sharing operation; it does not change it.</source>
        <translation>Dieses Formular belässt den Zähler in seinem Teilungsvorgang; es ändert ihn nicht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept as is.</source>
        <translation>Bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Effective date *</source>
        <translation>Gültig ab *</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Validate</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>MeterTableModel</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_table.py" line="+73"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter no.</source>
        <translation>Zählernr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing operation</source>
        <translation>Teilungsvorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading from the meter&apos;s details…</source>
        <translation>Wird aus den Zählerdetails geladen…</translation>
    </message>
</context>
<context>
    <name>PendingChangesDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/pending_changes.py" line="+43"/>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updates kept on this computer, not sent to the CRM yet. Each one is checked against the meter as the CRM has it now; you then confirm it in the update form.</source>
        <translation>Auf diesem Computer gespeicherte Änderungen, noch nicht an das CRM gesendet. Jede wird mit dem Zähler abgeglichen, wie das CRM ihn jetzt kennt; danach bestätigen Sie sie im Änderungsformular.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved on</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No update is waiting to be sent.</source>
        <translation>Keine Änderung wartet auf das Senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check and send…</source>
        <translation>Prüfen und senden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking against the CRM…</source>
        <translation>Abgleich mit dem CRM…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard the update?</source>
        <translation>Die Änderung verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update of meter {0} will not be sent, and its draft is deleted from this computer.</source>
        <translation>Die Änderung von Zähler {0} wird nicht gesendet, und ihr Entwurf wird von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent once without an answer: checked before sending again</source>
        <translation>Einmal ohne Antwort gesendet: wird vor dem erneuten Senden geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the CRM could not be reached</source>
        <translation>Nicht gesendet: Das CRM war nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as a draft</source>
        <translation>Als Entwurf gespeichert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already applied in the CRM: nothing left to send</source>
        <translation>Bereits im CRM übernommen: nichts mehr zu senden</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n problem(s) to correct in the form</source>
        <translation>
            <numerusform>%n Problem im Formular zu korrigieren</numerusform>
            <numerusform>%n Probleme im Formular zu korrigieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter changed since: check the form, then send</source>
        <translation>Der Zähler hat sich seitdem geändert: Formular prüfen, dann senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready: confirm in the form to send</source>
        <translation>Bereit: im Formular bestätigen, um zu senden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not checked: {0}</source>
        <translation>Nicht geprüft: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CRM cannot be reached: a pending change is sent once it is back.</source>
        <translation>Das CRM ist nicht erreichbar: Eine ausstehende Änderung wird gesendet, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the meter from the CRM, check the update against it, and open it to send</source>
        <translation>Den Zähler aus dem CRM laden, die Änderung damit abgleichen und sie zum Senden öffnen</translation>
    </message>
</context>
<context>
    <name>PeriodCards</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/period_cards.py" line="+33"/>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Beginndatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy characteristics</source>
        <translation>Energiemerkmale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal power (kVA)</source>
        <translation>Entnahmeleistung (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total generating capacity (kVA)</source>
        <translation>Gesamte Erzeugungsleistung (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amperage (A)</source>
        <translation>Stromstärke (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation type</source>
        <translation>Erzeugungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection status</source>
        <translation>Einspeisestatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financial characteristics</source>
        <translation>Finanzielle Merkmale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO</source>
        <translation>VNB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing operation</source>
        <translation>Teilungsvorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/optimce_desktop/services/problems.py" line="+77"/>
        <source>You are working offline, and this was not saved on this computer before.</source>
        <translation>Sie arbeiten offline, und dies wurde zuvor nicht auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local database on this computer could not be used: {0}</source>
        <translation>Die lokale Datenbank auf diesem Computer konnte nicht verwendet werden: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something unexpected went wrong ({0}).</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten ({0}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CRM did not answer in time, or the connection broke.</source>
        <translation>Das CRM hat nicht rechtzeitig geantwortet, oder die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM cannot be reached. Check the network connection.</source>
        <translation>Das CRM ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You no longer have access to this community, or no community is selected.</source>
        <translation>Sie haben keinen Zugriff mehr auf diese Gemeinschaft, oder es ist keine Gemeinschaft ausgewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role in this community does not allow this: it needs a manager or an administrator.</source>
        <translation>Ihre Rolle in dieser Gemeinschaft erlaubt dies nicht: Dazu sind Verwalter- oder Administratorrechte nötig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM refused this value.</source>
        <translation>Das CRM hat diesen Wert abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM refused this date: the meter now has a period that starts later (perhaps just added by another operator).</source>
        <translation>Das CRM hat dieses Datum abgelehnt: Der Zähler hat jetzt einen Zeitraum, der später beginnt (vielleicht gerade von einem anderen Bearbeiter hinzugefügt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This conflicts with data already in the CRM.</source>
        <translation>Dies widerspricht Daten, die bereits im CRM stehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This period no longer exists in the CRM.</source>
        <translation>Dieser Zeitraum existiert im CRM nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meter no longer exists in the CRM.</source>
        <translation>Dieser Zähler existiert im CRM nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM could not save the change: the holder or the sharing operation may no longer exist, or a date is impossible.</source>
        <translation>Das CRM konnte die Änderung nicht speichern: Der Inhaber oder der Teilungsvorgang existiert vielleicht nicht mehr, oder ein Datum ist unmöglich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM answered something this app does not understand. Check the server address, or update the app.</source>
        <translation>Das CRM hat etwas geantwortet, das diese App nicht versteht. Prüfen Sie die Serveradresse oder aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM&apos;s gateway gave up waiting for an answer (HTTP {0}).</source>
        <translation>Das Gateway des CRM hat das Warten auf eine Antwort aufgegeben (HTTP {0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM is not available at the moment (HTTP {0}). Try again later.</source>
        <translation>Das CRM ist derzeit nicht verfügbar (HTTP {0}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM failed to process the request.</source>
        <translation>Das CRM konnte die Anfrage nicht verarbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM reported an error.</source>
        <translation>Das CRM hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} The CRM says: “{1}”</source>
        <translation>{0} Das CRM meldet: „{1}“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal power</source>
        <translation>Entnahmeleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total generating capacity</source>
        <translation>Gesamte Erzeugungsleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amperage</source>
        <translation>Stromstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation type</source>
        <translation>Erzeugungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection status</source>
        <translation>Einspeisestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO</source>
        <translation>VNB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing operation</source>
        <translation>Teilungsvorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>required; pick the operator whose grid the meter is connected to</source>
        <translation>erforderlich; wählen Sie den Betreiber des Netzes, an das der Zähler angeschlossen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most {0}</source>
        <translation>darf höchstens {0} betragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0} characters ({1} typed)</source>
        <translation>höchstens {0} Zeichen ({1} eingegeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” is not a calendar date (dd/mm/yyyy)</source>
        <translation>„{0}“ ist kein gültiges Datum (TT/MM/JJJJ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between {0} and {1}</source>
        <translation>muss zwischen {0} und {1} liegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be on or after {0}, the start of the latest scheduled period</source>
        <translation>muss am oder nach dem {0} liegen, dem Beginn des letzten geplanten Zeitraums</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be on or after {0}, the start of the current period</source>
        <translation>muss am oder nach dem {0} liegen, dem Beginn des aktuellen Zeitraums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be on or after {0}, the start of the latest period</source>
        <translation>muss am oder nach dem {0} liegen, dem Beginn des letzten Zeitraums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period starting on {0} ({1}) will be replaced, not kept in the history</source>
        <translation>der Zeitraum ab {0} ({1}) wird ersetzt und nicht im Verlauf behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the CRM cannot clear this value; it will keep “{0}”</source>
        <translation>das CRM kann diesen Wert nicht löschen; es behält „{0}“</translation>
    </message>
</context>
<context>
    <name>RefreshAllDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/refresh_all_dialog.py" line="+20"/>
        <source>Refresh all — {0}</source>
        <translation>Alles neu laden — {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the list of meters…</source>
        <translation>Die Zählerliste wird gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data saved on this computer is replaced only once everything is read: cancelling keeps it as it was.</source>
        <translation>Die auf diesem Computer gespeicherten Daten werden erst ersetzt, wenn alles gelesen ist: Abbrechen lässt sie unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the list of meters… {0} of {1}</source>
        <translation>Die Zählerliste wird gelesen… {0} von {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the details of the meters… {0} of {1}</source>
        <translation>Die Zählerdetails werden gelesen… {0} von {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving on this computer…</source>
        <translation>Wird auf diesem Computer gespeichert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every meter and its details are saved on this computer</source>
        <translation>Alle Zähler und ihre Details sind auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh cancelled: the data saved before is kept</source>
        <translation>Neu laden abgebrochen: Die zuvor gespeicherten Daten bleiben erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refresh stopped: {0} The data saved before is kept.</source>
        <translation>Das Neuladen wurde unterbrochen: {0} Die zuvor gespeicherten Daten bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../src/optimce_desktop/services/server_settings.py" line="+57"/>
        <location line="+7"/>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such file or folder.</source>
        <translation>Datei oder Ordner nicht gefunden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{0}” uses plain http: only https is allowed, except for an address on this computer (localhost or 127.0.0.1).</source>
        <translation>„{0}“ verwendet unverschlüsseltes http: Nur https ist erlaubt, außer für eine Adresse auf diesem Computer (localhost oder 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” is not a web address: it must start with https://.</source>
        <translation>„{0}“ ist keine Webadresse: Sie muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/optimce_desktop/services/session.py" line="+134"/>
        <source>Set the addresses of the CRM and of the sign-in server in Settings.</source>
        <translation>Geben Sie die Adressen des CRM und des Anmeldeservers in den Einstellungen an.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>These settings cannot be used: {0}</source>
        <translation>Diese Einstellungen können nicht verwendet werden: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in cannot be prepared ({0}).</source>
        <translation>Die Anmeldung kann nicht vorbereitet werden ({0}).</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Your session has ended. Sign in again to go on: your open windows and forms are kept.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren: Ihre offenen Fenster und Formulare bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This computer has no usable password store: your session will not be remembered, and you will sign in again next time.</source>
        <translation>Dieser Computer hat keinen nutzbaren Passwortspeicher: Ihre Sitzung wird nicht gespeichert, und Sie melden sich beim nächsten Mal erneut an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are signed in to OptimCE Desktop</source>
        <translation>Sie sind bei OptimCE Desktop angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to the app.</source>
        <translation>Sie können diesen Tab schließen und zur App zurückkehren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in did not complete</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to OptimCE Desktop to see why, and try again.</source>
        <translation>Kehren Sie zu OptimCE Desktop zurück, um den Grund zu sehen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sign-in failed unexpectedly ({0}).</source>
        <translation>Die Anmeldung ist unerwartet fehlgeschlagen ({0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The browser did not come back in time: the sign-in was stopped. Try again.</source>
        <translation>Der Browser hat nicht rechtzeitig geantwortet: Die Anmeldung wurde abgebrochen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was cancelled or refused in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen oder abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The browser brought back an answer that does not belong to this sign-in, so it was refused. Try again.</source>
        <translation>Der Browser hat eine Antwort zurückgegeben, die nicht zu dieser Anmeldung gehört; sie wurde daher abgelehnt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server refused the sign-in (it may have expired, or your session was ended). Sign in again.</source>
        <translation>Der Anmeldeserver hat die Anmeldung abgelehnt (sie ist vielleicht abgelaufen, oder Ihre Sitzung wurde beendet). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server cannot be reached. Check the network connection and the server&apos;s address in Settings.</source>
        <translation>Der Anmeldeserver ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server reported an error ({0}). Check the client id in Settings, or ask your administrator.</source>
        <translation>Der Anmeldeserver hat einen Fehler gemeldet ({0}). Prüfen Sie die Client-ID in den Einstellungen oder wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in server answered something this app cannot use ({0}).</source>
        <translation>Der Anmeldeserver hat etwas geantwortet, das diese App nicht verwenden kann ({0}).</translation>
    </message>
</context>
<context>
    <name>SessionShell</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/session_shell.py" line="+213"/>
        <source>Sign out?</source>
        <translation>Abmelden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out now? Your windows close, and changes not yet sent are lost.</source>
        <translation>Jetzt abmelden? Ihre Fenster werden geschlossen, und noch nicht gesendete Änderungen gehen verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in as {0}</source>
        <translation>Angemeldet als {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in server: {0}</source>
        <translation>Anmeldeserver: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/settings_dialog.py" line="+41"/>
        <source>Settings — OptimCE Desktop</source>
        <translation>Einstellungen — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRM gateway</source>
        <translation>CRM-Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in server (OpenID issuer)</source>
        <translation>Anmeldeserver (OpenID-Aussteller)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate authorities</source>
        <translation>Zertifizierungsstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates are always checked; name a CA bundle only if your network&apos;s proxy requires one. The language changes the next time the app starts.</source>
        <translation>Zertifikate werden immer geprüft; geben Sie ein CA-Bündel nur an, wenn der Proxy Ihres Netzwerks es verlangt. Die Sprache ändert sich beim nächsten Start der App.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo runs on its own servers on this computer: these addresses are used when the app starts without --demo.</source>
        <translation>Die Demo läuft auf eigenen Servern auf diesem Computer: Diese Adressen werden verwendet, wenn die App ohne --demo startet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New server addresses are used once you sign out.</source>
        <translation>Neue Serveradressen werden verwendet, sobald Sie sich abmelden.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Certificate authorities (PEM)</source>
        <translation>Zertifizierungsstellen (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/sign_in.py" line="+55"/>
        <source>Sign in again — OptimCE Desktop</source>
        <translation>Erneut anmelden — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in — OptimCE Desktop</source>
        <translation>Anmelden — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your session has ended</source>
        <translation>Ihre Sitzung ist beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to OptimCE</source>
        <translation>Bei OptimCE anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in again to go on. Your open windows and forms are kept as they are.</source>
        <translation>Melden Sie sich erneut an, um fortzufahren. Ihre offenen Fenster und Formulare bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with your OptimCE account. The sign-in page opens in your web browser; come back here once you are signed in.</source>
        <translation>Melden Sie sich mit Ihrem OptimCE-Konto an. Die Anmeldeseite öffnet sich in Ihrem Webbrowser; kehren Sie hierher zurück, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open the sign-in page again</source>
        <translation>Anmeldeseite erneut öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Signing out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/timeline_model.py" line="+62"/>
        <source>When</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DSO</source>
        <translation>VNB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawal power</source>
        <translation>Entnahmeleistung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amperage</source>
        <translation>Stromstärke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating capacity</source>
        <translation>Erzeugungsleistung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sharing operation</source>
        <translation>Teilungsvorgang</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Future</source>
        <translation>Künftig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
</context>
<context>
    <name>UpdateLauncher</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_launcher.py" line="+55"/>
        <source>Saved as a draft: send it from Pending changes once the CRM is back</source>
        <translation>Als Entwurf gespeichert: Senden Sie sie über Ausstehende Änderungen, sobald das CRM wieder erreichbar ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter data updated</source>
        <translation>Zählerdaten geändert</translation>
    </message>
</context>
<context>
    <name>UpdateService</name>
    <message>
        <location filename="../../src/optimce_desktop/services/updates.py" line="+81"/>
        <source>The CRM did not answer in time, and the meter, read again, shows no change: the update was not applied. You can send it again; the app first checks that it was not applied meanwhile, so it is never applied twice.</source>
        <translation>Das CRM hat nicht rechtzeitig geantwortet, und der erneut gelesene Zähler zeigt keine Änderung: Die Änderung wurde nicht übernommen. Sie können sie erneut senden; die App prüft zuerst, ob sie inzwischen übernommen wurde, sodass sie nie zweimal übernommen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} Nothing was sent: the meter is unchanged.</source>
        <translation>{0} Es wurde nichts gesendet: Der Zähler ist unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} Whether the CRM applied the update is unknown: check the meter once the CRM can be reached before sending it again.</source>
        <translation>{0} Ob das CRM die Änderung übernommen hat, ist unbekannt: Prüfen Sie den Zähler, sobald das CRM erreichbar ist, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your form is kept as a draft on this computer.</source>
        <translation>Ihr Formular wird als Entwurf auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be kept as a draft: {0}</source>
        <translation>Es konnte nicht als Entwurf gespeichert werden: {0}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The CRM cannot be reached.</source>
        <translation>Das CRM ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>OptimCE Desktop</source>
        <translation type="vanished">OptimCE Desktop</translation>
    </message>
</context>
<context>
    <name>dso</name>
    <message>
        <location filename="../../src/optimce_desktop/services/texts.py" line="+65"/>
        <source>{0} (transmission operator)</source>
        <translation>{0} (Übertragungsnetzbetreiber)</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/domain/dso.py" line="+26"/>
        <source>Wallonia</source>
        <translation>Wallonien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Liège)</source>
        <translation>Wallonien (Lüttich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Namur)</source>
        <translation>Wallonien (Namur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Hainaut)</source>
        <translation>Wallonien (Hennegau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Wavre)</source>
        <translation>Wallonien (Wavre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brussels</source>
        <translation>Brüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flanders</source>
        <translation>Flandern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmission system operator</source>
        <translation>Übertragungsnetzbetreiber</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../src/optimce_desktop/services/texts.py" line="-44"/>
        <source>Unknown ({0})</source>
        <translation>Unbekannt ({0})</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/domain/enums.py" line="+101"/>
        <location line="+43"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Pending DSO approval</source>
        <translation>Wartet auf VNB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending manager approval</source>
        <translation>Wartet auf Verwalter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Single-rate</source>
        <translation>Einfachtarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bi-hourly</source>
        <translation>Zweizeittarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive night</source>
        <translation>Exklusiv-Nachttarif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residential</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Gewerblich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial</source>
        <translation>Industriell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-producer, owner</source>
        <translation>Eigenerzeuger, Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-producer, right of use</source>
        <translation>Eigenerzeuger, Nutzungsrecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pure injection, owner</source>
        <translation>Reine Einspeisung, Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pure injection, right of use</source>
        <translation>Reine Einspeisung, Nutzungsrecht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photovoltaic</source>
        <translation>Photovoltaik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hydro</source>
        <translation>Wasserkraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solid biomass</source>
        <translation>Feste Biomasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biogas</source>
        <translation>Biogas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fossil cogeneration</source>
        <translation>Fossile KWK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low voltage</source>
        <translation>Niederspannung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High voltage</source>
        <translation>Hochspannung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Individual</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../src/optimce_desktop/services/texts.py" line="+52"/>
        <source>Single-phase</source>
        <translation>Einphasig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three-phase</source>
        <translation>Dreiphasig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} phases</source>
        <translation>{0} Phasen</translation>
    </message>
</context>
</TS>
