<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/about_dialog.py" line="+23"/>
        <source>About OptimCE Desktop</source>
        <translation>Über OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OptimCE Desktop {0}</source>
        <translation>OptimCE Desktop {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The back-office client of OptimCE, the platform of renewable-energy communities in Belgium.</source>
        <translation>Der Back-Office-Client von OptimCE, der Plattform der Erneuerbare-Energie-Gemeinschaften in Belgien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not known yet (shown once signed in)</source>
        <translation>Noch nicht bekannt (wird nach der Anmeldung angezeigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source code</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in server</source>
        <translation>Anmeldeserver</translation>
    </message>
</context>
<context>
    <name>AddMeterDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/add_meter_dialog.py" line="+42"/>
        <source>Add a meter</source>
        <translation>Einen Zähler hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To {0}: the meter, and its first configuration period.</source>
        <translation>Zu {0}: der Zähler und sein erster Konfigurationszeitraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create meter</source>
        <translation>Zähler anlegen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>18 digits, starting with 54</source>
        <translation>18 Ziffern, beginnend mit 54</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>To create the meter, fill in the fields marked * and correct those marked in red.</source>
        <translation>Um den Zähler anzulegen, füllen Sie die mit * markierten Felder aus und korrigieren Sie die rot markierten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create meter {0} with this EAN?</source>
        <translation>Zähler {0} mit dieser EAN anlegen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create meter {0} despite these warnings?</source>
        <translation>Zähler {0} trotz dieser Warnungen anlegen?</translation>
    </message>
    <message>
        <source>This EAN does not look like a Belgian electricity EAN:</source>
        <translation type="vanished">Diese EAN sieht nicht wie eine belgische Strom-EAN aus:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The EAN cannot be changed once the meter is created.</source>
        <translation>Die EAN kann nach dem Anlegen des Zählers nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create anyway</source>
        <translation>Trotzdem anlegen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a meter with this EAN already exists in the CRM (perhaps in another community): it cannot be created twice</source>
        <translation>im CRM gibt es bereits einen Zähler mit dieser EAN (vielleicht in einer anderen Gemeinschaft): Er kann nicht zweimal angelegt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meter was not created: see the message under “{0}”.</source>
        <translation>Der Zähler wurde nicht angelegt: Siehe die Meldung unter „{0}“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was sent: the CRM already has a meter with this EAN. See the message under “{0}”.</source>
        <translation>Es wurde nichts gesendet: Das CRM hat bereits einen Zähler mit dieser EAN. Siehe die Meldung unter „{0}“.</translation>
    </message>
    <message>
        <source>What you typed here is not kept; the draft stays in Pending changes.</source>
        <translation type="vanished">Ihre Eingaben hier werden nicht behalten; der Entwurf bleibt unter Ausstehende Änderungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discard this new meter?</source>
        <translation>Diesen neuen Zähler verwerfen?</translation>
    </message>
    <message>
        <source>What you typed is not kept.</source>
        <translation type="vanished">Ihre Eingaben werden nicht behalten.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Verwerfen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/optimce_desktop/app.py" line="+316"/>
        <location line="+130"/>
        <location filename="../../src/optimce_desktop/logging_setup.py" line="+137"/>
        <source>OptimCE Desktop</source>
        <translation>OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OptimCE Desktop is already running, but does not answer. Close it, then start it again.</source>
        <translation>OptimCE Desktop läuft bereits, antwortet aber nicht. Schließen Sie es und starten Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/logging_setup.py" line="+1"/>
        <source>OptimCE Desktop could not start because of an unexpected error.</source>
        <translation>OptimCE Desktop konnte wegen eines unerwarteten Fehlers nicht starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened is written in its log file:
{path}

Send that file to your IT support if this happens again.</source>
        <translation>Was geschehen ist, steht in der Protokolldatei:
{path}

Senden Sie diese Datei an Ihren IT-Support, wenn dies erneut vorkommt.</translation>
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
    <name>CancelScheduledDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/cancel_scheduled_dialog.py" line="+27"/>
        <source>Cancel a scheduled change — {0}</source>
        <translation>Eine geplante Änderung stornieren — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period from {0} ({1}) has not started yet.</source>
        <translation>Der Zeitraum ab {0} ({1}) hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Delete the scheduled period</source>
        <translation type="vanished">Geplanten Zeitraum löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete the scheduled period</source>
        <translation>Geplanten Zeitraum &amp;löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Let the period from {0} run on (it ends on {1} now)</source>
        <translation>Den Zeitraum ab {0} weiterlaufen lassen (er endet derzeit am {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the period before it run on</source>
        <translation>Den vorherigen Zeitraum weiterlaufen lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No period ends the day before this one starts.</source>
        <translation>Kein Zeitraum endet am Tag vor dem Beginn dieses Zeitraums.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The period {0} is deleted.</source>
        <translation>Der Zeitraum {0} wird gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with no end date</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {0}</source>
        <translation>bis zum {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period from {0} runs on, {1}.</source>
        <translation>Der Zeitraum ab {0} läuft weiter, {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period from {0} still ends on {1}: from {2} the meter has no configuration.</source>
        <translation>Der Zeitraum ab {0} endet weiterhin am {1}: Ab dem {2} hat der Zähler keine Konfiguration.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the period {0}?</source>
        <translation>Den Zeitraum {0} löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete the period</source>
        <translation>Zeitraum &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the period</source>
        <translation>Zeitraum &amp;behalten</translation>
    </message>
    <message>
        <source>Delete the period</source>
        <translation type="vanished">Zeitraum löschen</translation>
    </message>
    <message>
        <source>Keep the period</source>
        <translation type="vanished">Zeitraum behalten</translation>
    </message>
</context>
<context>
    <name>ChangeTexts</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/change_texts.py" line="+56"/>
        <source>No holder</source>
        <translation>Kein Inhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+31"/>
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
        <location line="+13"/>
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
    <name>CommunitySwitcher</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/community_switcher.py" line="+67"/>
        <source>{0}: read-only</source>
        <translation>{0}: schreibgeschützt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You are a member of this community: only its managers and administrators can open its meters here.</source>
        <translation>Sie sind Mitglied dieser Gemeinschaft: Nur ihre Verwalter und Administratoren können ihre Zähler hier öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account belongs to no community.</source>
        <translation>Ihr Konto gehört zu keiner Gemeinschaft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are only a member of your communities: the back-office needs the manager or administrator role.</source>
        <translation>Sie sind in Ihren Gemeinschaften nur Mitglied: Das Back-Office erfordert die Rolle Verwalter oder Administrator.</translation>
    </message>
    <message>
        <location line="+32"/>
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
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/connection_status.py" line="+43"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working offline</source>
        <translation>Offline-Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are working offline: this needs the CRM. Refresh (F5) to go online.</source>
        <translation>Sie arbeiten offline: Dafür wird das CRM benötigt. Laden Sie neu (F5), um online zu gehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM cannot be reached: this needs it. The app checks again regularly.</source>
        <translation>Das CRM ist nicht erreichbar, wird hierfür aber benötigt. Die App prüft regelmäßig erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
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
</context>
<context>
    <name>ConsumptionChart</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/consumption_chart.py" line="+63"/>
        <source>Consumption chart</source>
        <translation>Verbrauchsdiagramm</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <source>No consumption for these days.</source>
        <translation type="vanished">Kein Verbrauch für diese Tage.</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location filename="../../src/optimce_desktop/gui/consumption_view.py" line="+45"/>
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
        <location line="+23"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Press Show to read this meter&apos;s consumption.</source>
        <translation>Klicken Sie auf Anzeigen, um den Verbrauch dieses Zählers zu laden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the consumption…</source>
        <translation>Verbrauch wird geladen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The first day must be on or before the last day ({0}).</source>
        <translation>Der erste Tag muss am oder vor dem letzten Tag ({0}) liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at most {0} days.</source>
        <translation>Wählen Sie höchstens {0} Tage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From: {0}</source>
        <translation>Von: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: {0}</source>
        <translation>Bis: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the first day.</source>
        <translation>Geben Sie den ersten Tag ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the last day.</source>
        <translation>Geben Sie den letzten Tag ein.</translation>
    </message>
    <message>
        <source>No data for these days.</source>
        <translation type="vanished">Keine Daten für diese Tage.</translation>
    </message>
    <message>
        <source>From {0} to {1}: consumption {2} kWh, of which {3} kWh from the community; injection {4} kWh, of which {5} kWh to the community.</source>
        <translation type="vanished">Vom {0} bis {1}: Verbrauch {2} kWh, davon {3} kWh aus der Gemeinschaft; Einspeisung {4} kWh, davon {5} kWh an die Gemeinschaft.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read from the CRM at {0}.</source>
        <translation>Aus dem CRM geladen am {0}.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these days to an Excel workbook: every quarter hour in Brussels time, and each day&apos;s totals</source>
        <translation>Diese Tage in einer Excel-Arbeitsmappe speichern: jede Viertelstunde in Brüsseler Zeit und die Summen jedes Tages</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Offline: showing the consumption saved on {0}.</source>
        <translation>Offline: Verbrauch gespeichert am {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days not saved on this computer: {0}.</source>
        <translation>Nicht auf diesem Computer gespeicherte Tage: {0}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The consumption could not be read. {0}</source>
        <translation>Der Verbrauch konnte nicht geladen werden. {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No data for meter {0} from {1} to {2}.</source>
        <translation>Keine Daten für Zähler {0} vom {1} bis {2}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Meter {0}, from {1} to {2}: consumption {3} kWh, of which {4} kWh from the community; injection {5} kWh, of which {6} kWh to the community.</source>
        <translation>Zähler {0}, vom {1} bis {2}: Verbrauch {3} kWh, davon {4} kWh aus der Gemeinschaft; Einspeisung {5} kWh, davon {6} kWh an die Gemeinschaft.</translation>
    </message>
</context>
<context>
    <name>DeactivationDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/deactivation_dialog.py" line="+28"/>
        <source>Deactivate meter — {0}</source>
        <translation>Zähler deaktivieren — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Deactivation date</source>
        <translation type="vanished">Deaktivierungsdatum</translation>
    </message>
    <message>
        <source>Deactivation &amp;date *</source>
        <translation type="vanished">Deaktivierungs&amp;datum *</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>D&amp;eactivation date *</source>
        <translation>De&amp;aktivierungsdatum *</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+38"/>
        <location line="+55"/>
        <source>Deactivation date: {0}</source>
        <translation>Deaktivierungsdatum: {0}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between {0} and {1}</source>
        <translation>muss zwischen {0} und {1} liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be on or after {0}, the start of the latest scheduled period</source>
        <translation>muss am oder nach dem {0} liegen, dem Beginn des letzten geplanten Zeitraums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be on or after {0}, the start of the latest period</source>
        <translation>muss am oder nach dem {0} liegen, dem Beginn des letzten Zeitraums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period starting on {0} ({1}) will be made inactive in place, not kept in the history</source>
        <translation>der Zeitraum ab {0} ({1}) wird direkt inaktiv gesetzt und nicht im Verlauf behalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The latest period started on {0}: pick a later date to start an inactive period, or that date to make the period itself inactive.</source>
        <translation>Der letzte Zeitraum begann am {0}: Wählen Sie ein späteres Datum, um einen inaktiven Zeitraum zu beginnen, oder dieses Datum, um den Zeitraum selbst inaktiv zu setzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CRM will make the period starting on {0} inactive in place. It keeps its holder and sharing operation; its active status is not kept in the history.</source>
        <translation>Das CRM setzt den Zeitraum ab {0} direkt inaktiv. Er behält seinen Inhaber und seinen Teilungsvorgang; sein aktiver Status bleibt nicht im Verlauf erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM will start a new inactive period on {0}.</source>
        <translation>Das CRM beginnt am {0} einen neuen inaktiven Zeitraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period starting on {0} will end on {1}.</source>
        <translation>Der Zeitraum ab {0} endet am {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new period has no holder and is in no sharing operation: the CRM does not carry them over.</source>
        <translation>Der neue Zeitraum hat keinen Inhaber und gehört zu keinem Teilungsvorgang: Das CRM übernimmt sie nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holder until then: {0}</source>
        <translation>Inhaber bis dahin: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing operation until then: {0}</source>
        <translation>Teilungsvorgang bis dahin: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make the period starting on {0} inactive?</source>
        <translation>Den Zeitraum ab {0} inaktiv setzen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate meter {0} from {1}?</source>
        <translation>Zähler {0} ab dem {1} deaktivieren?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CRM refused the deactivation: see the message under the date.</source>
        <translation>Das CRM hat die Deaktivierung abgelehnt: Siehe die Meldung unter dem Datum.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>EAN {0}</source>
        <translation>EAN {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter no. {0}</source>
        <translation>Zählernr. {0}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_detail.py" line="+62"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Wählen Sie einen Zähler in der Liste aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the meter…</source>
        <translation>Zähler wird geladen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the EAN</source>
        <translation>EAN kopieren</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+245"/>
        <source>Read this meter again from the CRM</source>
        <translation>Diesen Zähler erneut aus dem CRM laden</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>This meter is not in the current list: the search or the status filter hides it.</source>
        <translation>Dieser Zähler steht nicht in der aktuellen Liste: Die Suche oder der Statusfilter blendet ihn aus.</translation>
    </message>
    <message>
        <location line="+80"/>
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
        <translation>Ablesezyklus</translation>
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
        <location line="+8"/>
        <source>Current data</source>
        <translation>Aktuelle Daten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History and future</source>
        <translation>Verlauf und Zukunft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consumption</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Meter no.: {0}</source>
        <translation>Zählernr.: {0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deactivation planned on {0}</source>
        <translation>Deaktivierung geplant am {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned: {0}</source>
        <translation>Geplant: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change this meter&apos;s configuration from a date you choose (Enter)</source>
        <translation>Die Konfiguration dieses Zählers ab einem gewählten Datum ändern (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>EmptyListOverlay</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/list_empty_state.py" line="+22"/>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/export_dialog.py" line="+69"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save as</source>
        <translation>&amp;Speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rows sh&amp;own ({0}), as filtered and sorted</source>
        <translation>Die &amp;angezeigten Zeilen ({0}), wie gefiltert und sortiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;whole list ({0})</source>
        <translation>Die &amp;ganze Liste ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+99"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CSV, text separated by commas or semicolons (.csv)</source>
        <translation>CSV, durch Kommas oder Semikolons getrennter Text (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a folder: add a file name.</source>
        <translation>Dies ist ein Ordner: Fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation type="vanished">Der Ordner {0} existiert nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the export as</source>
        <translation>Export speichern unter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing {0}…</source>
        <translation>{0} wird geschrieben…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The export was cancelled: no file was written.</source>
        <translation>Der Export wurde abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../src/optimce_desktop/services/exports.py" line="+340"/>
        <source>This meter&apos;s consumption for these days was not saved on this computer, and the CRM cannot be reached.</source>
        <translation>Der Verbrauch dieses Zählers für diese Tage wurde nicht auf diesem Computer gespeichert, und das CRM ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written: {0}.</source>
        <translation>Die Datei konnte nicht geschrieben werden: {0}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is a folder: add a file name.</source>
        <translation>Dies ist ein Ordner: Fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {0} does not exist.</source>
        <translation>Der Ordner {0} existiert nicht.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/keyboard_help.py" line="+28"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alt with the underlined letter of a field or a button goes to it or presses it.</source>
        <translation>Alt mit dem unterstrichenen Buchstaben eines Felds oder einer Schaltfläche springt dorthin oder drückt die Schaltfläche.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the meter list: update the selected meter&apos;s data</source>
        <translation>In der Zählerliste: die Daten des ausgewählten Zählers ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Pfeil hoch, Pfeil runter, Bild auf, Bild ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the meter list: go to another meter</source>
        <translation>In der Zählerliste: zu einem anderen Zähler gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next or previous field</source>
        <translation>Nächstes oder vorheriges Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Tab</source>
        <translation>Strg+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the meter list for the next control</source>
        <translation>Die Zählerliste zum nächsten Element verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down, F4</source>
        <translation>Alt+Pfeil runter, F4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a drop-down list</source>
        <translation>Eine Auswahlliste öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close a form (it asks before discarding what you typed)</source>
        <translation>Ein Formular schließen (es fragt, bevor Ihre Eingaben verworfen werden)</translation>
    </message>
</context>
<context>
    <name>LocalData</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/local_data_banner.py" line="+27"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/services/local_data.py" line="+146"/>
        <source>another program is using it</source>
        <translation>ein anderes Programm verwendet sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this app is not allowed to open or write it</source>
        <translation>diese App darf sie nicht öffnen oder beschreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk could not read or write it</source>
        <translation>die Festplatte konnte sie nicht lesen oder schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data on this computer was written by a newer version of OptimCE Desktop, so this version only reads it: the updates kept there are still offered, but nothing new can be saved on this computer. Install the newer version.</source>
        <translation>Die Daten auf diesem Computer wurden von einer neueren Version von OptimCE Desktop geschrieben, daher liest diese Version sie nur: Die dort gespeicherten Änderungen werden weiterhin angeboten, aber nichts Neues kann auf diesem Computer gespeichert werden. Installieren Sie die neuere Version.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n update(s) kept since are only in memory, until the app closes.</source>
        <translation>
            <numerusform>%n seitdem gespeicherte Änderung ist nur im Arbeitsspeicher, bis die App geschlossen wird.</numerusform>
            <numerusform>%n seitdem gespeicherte Änderungen sind nur im Arbeitsspeicher, bis die App geschlossen wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data on this computer cannot be used right now: {0}. It is left as it is, and the app tries again.</source>
        <translation>Die Daten auf diesem Computer können gerade nicht verwendet werden: {0}. Sie bleiben unverändert, und die App versucht es erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n unsent update(s) are kept in memory until they can be written: do not close the app.</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung wird im Arbeitsspeicher gehalten, bis sie geschrieben werden kann: Schließen Sie die App nicht.</numerusform>
            <numerusform>%n nicht gesendete Änderungen werden im Arbeitsspeicher gehalten, bis sie geschrieben werden können: Schließen Sie die App nicht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data on this computer can be used again.</source>
        <translation>Die Daten auf diesem Computer können wieder verwendet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unsent update(s) kept in memory were written to it.</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung aus dem Arbeitsspeicher wurde hineingeschrieben.</numerusform>
            <numerusform>%n nicht gesendete Änderungen aus dem Arbeitsspeicher wurden hineingeschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data on this computer was found empty although it held data: the file {0} was cut short outside the app. Its unsent updates could not be recovered; the offline copy is saved again from the CRM.</source>
        <translation>Die Daten auf diesem Computer waren leer, obwohl sie Daten enthielten: Die Datei {0} wurde außerhalb der App gekürzt. Ihre nicht gesendeten Änderungen konnten nicht wiederhergestellt werden; die Offline-Kopie wird erneut aus dem CRM gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data on this computer could not be read: the file is damaged. It was set aside as {0}, and a new one started (the offline copy is saved again from the CRM).</source>
        <translation>Die Daten auf diesem Computer konnten nicht gelesen werden: Die Datei ist beschädigt. Sie wurde als {0} beiseitegelegt und eine neue begonnen (die Offline-Kopie wird erneut aus dem CRM gespeichert).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsent update(s) were recovered</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung wurde wiederhergestellt</numerusform>
            <numerusform>%n nicht gesendete Änderungen wurden wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>others may be lost: the file is too damaged to tell how many it held</source>
        <translation>weitere sind vielleicht verloren: Die Datei ist zu beschädigt, um zu sagen, wie viele sie enthielt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden</numerusform>
            <numerusform>%n konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; {1}.</source>
        <translation>{0}; {1}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Any field</source>
        <translation type="vanished">Alle Felder</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation type="vanished">EAN</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation type="vanished">Zählernummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">Adresse</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="vanished">Inhaber</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="vanished">Alle Status</translation>
    </message>
    <message>
        <source>Holders still being read: {0} of {1}</source>
        <translation type="vanished">Inhaber werden noch gelesen: {0} von {1}</translation>
    </message>
    <message>
        <source>Holders: {0} of {1}</source>
        <translation type="vanished">Inhaber: {0} von {1}</translation>
    </message>
    <message>
        <source>Holders and sharing operations come from each meter&apos;s details, read in the background a few a second so as not to load the CRM. Until all are read, sorting or searching on them leaves out the meters not read yet.</source>
        <translation type="vanished">Inhaber und Teilungsvorgänge stammen aus den Details jedes Zählers, die im Hintergrund gelesen werden, einige pro Sekunde, um das CRM nicht zu belasten. Solange nicht alle gelesen sind, lässt Sortieren oder Suchen danach die noch nicht gelesenen Zähler aus.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/main_window.py" line="+212"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Compact ro&amp;ws</source>
        <translation type="vanished">&amp;Kompakte Zeilen</translation>
    </message>
    <message>
        <source>One line a meter, the town in its own column: about twice the rows</source>
        <translation type="vanished">Eine Zeile pro Zähler, die Gemeinde in einer eigenen Spalte: etwa doppelt so viele Zeilen</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>This meter is no longer in the community&apos;s list: its update cannot be sent.</source>
        <translation>Dieser Zähler steht nicht mehr in der Liste der Gemeinschaft: Seine Änderung kann nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The update form is not ready yet: try again in a moment.</source>
        <translation>Das Änderungsformular ist noch nicht bereit: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{0}: read-only</source>
        <translation type="vanished">{0}: schreibgeschützt</translation>
    </message>
    <message>
        <source>You are a member of this community: only its managers and administrators can open its meters here.</source>
        <translation type="vanished">Sie sind Mitglied dieser Gemeinschaft: Nur ihre Verwalter und Administratoren können ihre Zähler hier öffnen.</translation>
    </message>
    <message>
        <source>Your account belongs to no community.</source>
        <translation type="vanished">Ihr Konto gehört zu keiner Gemeinschaft.</translation>
    </message>
    <message>
        <source>You are only a member of your communities: the back-office needs the manager or administrator role.</source>
        <translation type="vanished">Sie sind in Ihren Gemeinschaften nur Mitglied: Das Back-Office erfordert die Rolle Verwalter oder Administrator.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="vanished">Mitglied</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="vanished">Verwalter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="vanished">Administrator</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{0} — OptimCE Desktop</source>
        <translation>{0} — OptimCE Desktop</translation>
    </message>
    <message>
        <source>The offline data on this computer could not be read (it was damaged, or written by a newer version of the app). It was set aside as {0}, and is saved again from the CRM.</source>
        <translation type="vanished">Die Offline-Daten auf diesem Computer konnten nicht gelesen werden (sie waren beschädigt oder von einer neueren Version der App geschrieben). Sie wurden als {0} beiseitegelegt und werden erneut aus dem CRM gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s) could not be read: the CRM sent them in a form this app does not understand, so they are left out of the list.</source>
        <translation type="vanished">
            <numerusform>%n Zähler konnte nicht gelesen werden: Das CRM hat ihn in einer Form gesendet, die diese App nicht versteht, daher fehlt er in der Liste.</numerusform>
            <numerusform>%n Zähler konnten nicht gelesen werden: Das CRM hat sie in einer Form gesendet, die diese App nicht versteht, daher fehlen sie in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM&apos;s pages of meters did not end as announced: the list may be incomplete.</source>
        <translation type="vanished">Die Zählerseiten des CRM endeten nicht wie angekündigt: Die Liste ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>The offline data on this computer is damaged. It is set aside and saved again from the CRM at the next start of the app.</source>
        <translation type="vanished">Die Offline-Daten auf diesem Computer sind beschädigt. Sie werden beim nächsten Start der App beiseitegelegt und erneut aus dem CRM gespeichert.</translation>
    </message>
    <message>
        <source>The data cannot be saved on this computer for offline use: {0}</source>
        <translation type="vanished">Die Daten können auf diesem Computer nicht für die Offline-Nutzung gespeichert werden: {0}</translation>
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
        <location line="+75"/>
        <source>%n of {0} meter(s) shown</source>
        <translation>
            <numerusform>%n von {0} Zählern angezeigt</numerusform>
            <numerusform>%n von {0} Zählern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refreshed {0}</source>
        <translation>Stand: {0}</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+55"/>
        <source>Changes kept on this computer, waiting to be sent</source>
        <translation>Auf diesem Computer gespeicherte Änderungen, die auf das Senden warten</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The CRM is back. %n change(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>Das CRM ist wieder erreichbar. %n auf diesem Computer gespeicherte Änderung wartet auf das Senden.</numerusform>
            <numerusform>Das CRM ist wieder erreichbar. %n auf diesem Computer gespeicherte Änderungen warten auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are working offline: this needs the CRM. Refresh (F5) to go online.</source>
        <translation type="vanished">Sie arbeiten offline: Dafür wird das CRM benötigt. Laden Sie neu (F5), um online zu gehen.</translation>
    </message>
    <message>
        <source>The CRM cannot be reached: this needs it. The app checks again regularly.</source>
        <translation type="vanished">Das CRM ist nicht erreichbar, wird hierfür aber benötigt. Die App prüft regelmäßig erneut.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Wählen Sie einen Zähler in der Liste aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="vanished">Erneut versuchen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Anmeldung…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="vanished">Verbinden…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="vanished">Online</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation type="vanished">Offline-Betrieb</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="vanished">Offline</translation>
    </message>
    <message>
        <source>Offline: showing data saved on {0}</source>
        <translation type="vanished">Offline: Daten gespeichert am {0}</translation>
    </message>
    <message>
        <source>Offline: no community is saved on this computer yet.</source>
        <translation type="vanished">Offline: Auf diesem Computer ist noch keine Gemeinschaft gespeichert.</translation>
    </message>
    <message>
        <source>Offline: no data of this community is saved on this computer yet.</source>
        <translation type="vanished">Offline: Auf diesem Computer sind noch keine Daten dieser Gemeinschaft gespeichert.</translation>
    </message>
    <message>
        <source>Go online</source>
        <translation type="vanished">Online gehen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="vanished">Wird geprüft…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="vanished">Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>✎ %n pending change(s)</source>
        <translation>
            <numerusform>✎ %n ausstehende Änderung</numerusform>
            <numerusform>✎ %n ausstehende Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates kept on this computer, waiting to be sent</source>
        <translation type="vanished">Auf diesem Computer gespeicherte Änderungen, die auf das Senden warten</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The CRM is back. %n update(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>Das CRM ist wieder erreichbar. %n auf diesem Computer gespeicherte Änderung wartet auf das Senden.</numerusform>
            <numerusform>Das CRM ist wieder erreichbar. %n auf diesem Computer gespeicherte Änderungen warten auf das Senden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
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
        <location line="+38"/>
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
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+1"/>
        <source>Update the selected meter&apos;s data from a date you choose (Ctrl+U)</source>
        <translation>Die Daten des ausgewählten Zählers ab einem gewählten Datum ändern (Strg+U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
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
        <source>&amp;About OptimCE Desktop…</source>
        <translation>Ü&amp;ber OptimCE Desktop…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh this &amp;meter</source>
        <translation>Diesen Zähler &amp;neu laden</translation>
    </message>
</context>
<context>
    <name>MemberComboBox</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/member_combo.py" line="+86"/>
        <source>No holder</source>
        <translation>Kein Inhaber</translation>
    </message>
    <message>
        <source>{0}, {1} of {2}</source>
        <translation type="vanished">{0}, {1} von {2}</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no. {0}</source>
        <translation>Nr. {0}</translation>
    </message>
</context>
<context>
    <name>MeterActionDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_action_dialog.py" line="+110"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another operator changed this meter since this form was opened, so nothing was sent. Check the form against the meter as it is now, then validate again.</source>
        <translation>Ein anderer Bearbeiter hat diesen Zähler geändert, seit dieses Formular geöffnet wurde, daher wurde nichts gesendet. Prüfen Sie das Formular anhand des aktuellen Zählers und bestätigen Sie erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This form was restored from a draft kept on this computer on {0}.</source>
        <translation>Dieses Formular wurde aus einem am {0} auf diesem Computer gespeicherten Entwurf wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter changed since then: the form is checked against the meter as it is now.</source>
        <translation>Der Zähler hat sich seitdem geändert: Das Formular wird anhand des aktuellen Zählers geprüft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A change that was sent cannot be recalled: wait for the CRM&apos;s answer.</source>
        <translation>Eine gesendete Änderung kann nicht zurückgerufen werden: Warten Sie auf die Antwort des CRM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping the change as a draft on this computer…</source>
        <translation>Die Änderung wird als Entwurf auf diesem Computer gespeichert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending to the CRM…</source>
        <translation>Wird an das CRM gesendet…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM cannot be reached: the change is kept on this computer, to be checked and sent from Pending changes once the CRM is back.</source>
        <translation>Das CRM ist nicht erreichbar: Die Änderung wird auf diesem Computer gespeichert, um über Ausstehende Änderungen geprüft und gesendet zu werden, sobald das CRM wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+227"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} The CRM has not confirmed the change yet: it may have been applied. The app reads the meter again over the next half minute and tells you what happened.</source>
        <translation>{0} Das CRM hat die Änderung noch nicht bestätigt: Sie wurde vielleicht übernommen. Die App liest den Zähler in der nächsten halben Minute erneut und teilt Ihnen mit, was geschehen ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CRM still does not show the change. Read the meter again before sending it again.</source>
        <translation>Das CRM zeigt die Änderung noch immer nicht. Laden Sie den Zähler neu, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} Nothing was sent: the meter is unchanged.</source>
        <translation>{0} Es wurde nichts gesendet: Der Zähler ist unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change is kept as a draft on this computer, in Pending changes.</source>
        <translation>Die Änderung wird als Entwurf auf diesem Computer gespeichert, unter Ausstehende Änderungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It could not be kept as a draft: {0}</source>
        <translation>Sie konnte nicht als Entwurf gespeichert werden: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The change is being sent and cannot be recalled; this window closes when the CRM answers.</source>
        <translation>Die Änderung wird gesendet und kann nicht zurückgerufen werden; dieses Fenster schließt sich, sobald das CRM antwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What you typed has not been sent and is not kept.</source>
        <translation>Ihre Eingaben wurden nicht gesendet und werden nicht behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed here is not kept; the draft stays in Pending changes.</source>
        <translation>Ihre Eingaben hier werden nicht behalten; der Entwurf bleibt unter Ausstehende Änderungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>MeterActions</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_actions.py" line="+67"/>
        <source>&amp;Add a meter…</source>
        <translation>Zähler &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;odify meter…</source>
        <translation>Zähler &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate meter…</source>
        <translation>Zähler d&amp;eaktivieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modify</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this scheduled change…</source>
        <translation>Diese geplante Änderung stornieren…</translation>
    </message>
    <message>
        <source>This needs the CRM, which cannot be reached now.</source>
        <translation type="vanished">Dafür wird das CRM benötigt, das gerade nicht erreichbar ist.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Open a community first: the new meter joins its list.</source>
        <translation>Öffnen Sie zuerst eine Gemeinschaft: Der neue Zähler kommt in ihre Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role in this community does not allow adding meters: it needs a manager or an administrator.</source>
        <translation>Ihre Rolle in dieser Gemeinschaft erlaubt kein Hinzufügen von Zählern: Dazu sind Verwalter- oder Administratorrechte nötig.</translation>
    </message>
    <message>
        <source>Adding a meter needs the CRM, which cannot be reached now: a new meter cannot be kept as a draft.</source>
        <translation type="vanished">Zum Hinzufügen eines Zählers wird das CRM benötigt, das gerade nicht erreichbar ist: Ein neuer Zähler kann nicht als Entwurf gespeichert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>Select a meter of the community&apos;s list.</source>
        <translation>Wählen Sie einen Zähler aus der Liste der Gemeinschaft aus.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+8"/>
        <location line="+18"/>
        <source>A change of this meter is being sent.</source>
        <translation>Eine Änderung dieses Zählers wird gerade gesendet.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This meter&apos;s deactivation is already scheduled: cancel that change first to pick another date.</source>
        <translation>Die Deaktivierung dieses Zählers ist bereits geplant: Stornieren Sie zuerst diese Änderung, um ein anderes Datum zu wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an active meter can be deactivated.</source>
        <translation>Nur ein aktiver Zähler kann deaktiviert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a scheduled change (a period that starts after today) can be cancelled; current and past periods are history.</source>
        <translation>Nur eine geplante Änderung (ein Zeitraum, der nach heute beginnt) kann storniert werden; laufende und vergangene Zeiträume gehören zum Verlauf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a meter in this community, with its first configuration period</source>
        <translation>Einen Zähler in dieser Gemeinschaft anlegen, mit seinem ersten Konfigurationszeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the meter&apos;s address, number, tariff group, phases and reading frequency</source>
        <translation>Adresse, Nummer, Tarifgruppe, Phasen und Ablesezyklus des Zählers ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make this meter inactive from a date you choose</source>
        <translation>Diesen Zähler ab einem gewählten Datum inaktiv setzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete this scheduled period; the period before it can run on again</source>
        <translation>Diesen geplanten Zeitraum löschen; der vorherige Zeitraum kann weiterlaufen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Open the draft&apos;s community first.</source>
        <translation>Öffnen Sie zuerst die Gemeinschaft des Entwurfs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another form is open: finish it or close it first.</source>
        <translation>Ein anderes Formular ist geöffnet: Beenden oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This meter is no longer in the community&apos;s list: its change cannot be sent.</source>
        <translation>Dieser Zähler steht nicht mehr in der Liste der Gemeinschaft: Seine Änderung kann nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saved as a draft: send it from Pending changes once the CRM is back</source>
        <translation>Als Entwurf gespeichert: Senden Sie sie über Ausstehende Änderungen, sobald das CRM wieder erreichbar ist</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Meter {0} will be deactivated on {1}</source>
        <translation>Zähler {0} wird am {1} deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter {0} deactivated</source>
        <translation>Zähler {0} deaktiviert</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Meter {0} modified</source>
        <translation>Zähler {0} geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled change of meter {0} cancelled</source>
        <translation>Geplante Änderung von Zähler {0} storniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter {0} saved</source>
        <translation>Zähler {0} gespeichert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Meter {0} created</source>
        <translation>Zähler {0} angelegt</translation>
    </message>
</context>
<context>
    <name>MeterDataUpdateDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+293"/>
        <location line="+4"/>
        <source>Empty (--) when not set</source>
        <translation>Leer (--), wenn nicht angegeben</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The power the meter may take from the grid, called “sampling power” in the user guide.</source>
        <translation>Die Leistung, die der Zähler aus dem Netz beziehen darf, im Benutzerhandbuch „sampling power“ genannt.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../../src/optimce_desktop/gui/widgets/dso_combo.py" line="+42"/>
        <source>Pick or type the DSO</source>
        <translation>VNB wählen oder eingeben</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+36"/>
        <source>This form was restored from a draft kept on this computer.</source>
        <translation>Dieses Formular wurde aus einem auf diesem Computer gespeicherten Entwurf wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form was restored from a draft kept on this computer on {0}.</source>
        <translation>Dieses Formular wurde aus einem am {0} auf diesem Computer gespeicherten Entwurf wiederhergestellt.</translation>
    </message>
    <message>
        <source>The CRM already shows its change: it was applied although its answer was lost. There is nothing left to send, and the draft is deleted.</source>
        <translation type="vanished">Das CRM zeigt die Änderung bereits: Sie wurde also übernommen, obwohl die Antwort verloren ging. Es gibt nichts mehr zu senden, und der Entwurf wird gelöscht.</translation>
    </message>
    <message>
        <source>It was sent once without an answer, and the meter as read now does not show it.</source>
        <translation type="vanished">Er wurde einmal ohne Antwort gesendet, und der jetzt gelesene Zähler zeigt ihn nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was sent once without an answer, and the meter as read now does not show it. Sending it again is safe: it never creates a second period.</source>
        <translation>Sie wurde einmal ohne Antwort gesendet, und der jetzt gelesene Zähler zeigt sie nicht. Erneutes Senden ist sicher: Es entsteht nie ein zweiter Zeitraum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meter changed since then; check the form against these changes:</source>
        <translation>Der Zähler hat sich seitdem geändert; prüfen Sie das Formular anhand dieser Änderungen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A period is already scheduled from {0}: the form shows its values, not the current ones, because an update can only overwrite it (from that date) or follow it (from a later date). To change the meter before {0}, cancel that scheduled change first (History and future).</source>
        <translation>Ab {0} ist bereits ein Zeitraum geplant: Das Formular zeigt dessen Werte, nicht die aktuellen, denn eine Änderung kann ihn nur überschreiben (ab diesem Datum) oder ihm folgen (ab einem späteren Datum). Um den Zähler vor dem {0} zu ändern, stornieren Sie zuerst diese geplante Änderung (Verlauf und Zukunft).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The meter changed since this form was filled: the changes below are counted from the meter as the CRM has it now, and values you did not touch may undo another operator&apos;s changes.</source>
        <translation>Der Zähler wurde geändert, seit dieses Formular ausgefüllt wurde: Die Änderungen unten werden gegenüber dem Zähler gezählt, wie das CRM ihn jetzt hat, und Werte, die Sie nicht angefasst haben, können die Änderungen eines anderen Bearbeiters rückgängig machen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”.</source>
        <translation>Inhaber: „{0}“ ist kein Mitglied dieser Gemeinschaft; wählen Sie eines aus der Liste oder „Kein Inhaber“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder: the member list could not be loaded ({0}); the current holder is kept.</source>
        <translation>Inhaber: Die Mitgliederliste konnte nicht geladen werden ({0}); der aktuelle Inhaber bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the community&apos;s members…</source>
        <translation>Mitglieder der Gemeinschaft werden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/dso_combo.py" line="+21"/>
        <source>DSO: “{0}” is not a Belgian DSO; pick one from the list.</source>
        <translation>VNB: „{0}“ ist kein belgischer VNB; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DSO: {0} is the transmission system operator, not a distribution system operator.</source>
        <translation>VNB: {0} ist der Übertragungsnetzbetreiber, kein Verteilernetzbetreiber.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DSO: not a Belgian DSO this app knows; it will be saved as typed.</source>
        <translation>VNB: kein belgischer VNB, den diese App kennt; er wird wie eingegeben gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+25"/>
        <source>To validate, fill in: {0}.</source>
        <translation>Zum Bestätigen bitte ausfüllen: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields marked in red to validate.</source>
        <translation>Korrigieren Sie die rot markierten Felder, um zu bestätigen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The meter has no period yet: this date starts its first one.</source>
        <translation>Der Zähler hat noch keinen Zeitraum: Mit diesem Datum beginnt der erste.</translation>
    </message>
    <message>
        <source>A period is scheduled from {0} ({1}): pick that date to replace it, or a later one.</source>
        <translation type="vanished">Ein Zeitraum ist ab {0} geplant ({1}): Wählen Sie dieses Datum, um ihn zu ersetzen, oder ein späteres.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Replace the period starting on {0}?</source>
        <translation type="vanished">Den Zeitraum ab {0} ersetzen?</translation>
    </message>
    <message>
        <source>The meter&apos;s period {0} ({1}) starts on the effective date you picked. Sending replaces its values in place: they will not be kept in the meter&apos;s history.</source>
        <translation type="vanished">Der Zeitraum {0} ({1}) des Zählers beginnt am gewählten Stichtag. Das Senden ersetzt seine Werte direkt: sie bleiben nicht im Verlauf des Zählers erhalten.</translation>
    </message>
    <message>
        <source>Replace the period</source>
        <translation type="vanished">Zeitraum ersetzen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <source>Send these changes to the CRM?</source>
        <translation type="vanished">Diese Änderungen an das CRM senden?</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>{0}: {1} → {2}, five times more or less than now: check the unit and the decimal mark</source>
        <translation>{0}: {1} → {2}, fünfmal mehr oder weniger als jetzt: Prüfen Sie die Einheit und das Dezimalzeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} → {2}, five times more or less than in the period scheduled from {3}: check the unit and the decimal mark</source>
        <translation>{0}: {1} → {2}, fünfmal mehr oder weniger als im ab {3} geplanten Zeitraum: Prüfen Sie die Einheit und das Dezimalzeichen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing changed yet: the form holds the values of the period from {0}.</source>
        <translation>Noch nichts geändert: Das Formular enthält die Werte des Zeitraums ab {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A period is scheduled from {0} ({1}): pick that date to overwrite it, or a later one to follow it; the form starts from its values.</source>
        <translation>Ab {0} ist ein Zeitraum geplant ({1}): Wählen Sie dieses Datum, um ihn zu überschreiben, oder ein späteres, um ihm zu folgen; das Formular geht von seinen Werten aus.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Check before sending:</source>
        <translation>Vor dem Senden prüfen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meter {1}: the period scheduled from {0} will be overwritten with these changes:</source>
        <translation>Zähler {1}: Der ab {0} geplante Zeitraum wird mit diesen Änderungen überschrieben:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {0}, meter {1} will change as follows, compared with the period scheduled from {2}:</source>
        <translation>Ab {0} ändert sich der Zähler {1} wie folgt, gegenüber dem ab {2} geplanten Zeitraum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {0}, meter {1} will change as follows:</source>
        <translation>Ab {0} ändert sich Zähler {1} wie folgt:</translation>
    </message>
    <message>
        <source>From {0}, meter {1} keeps the values it has.</source>
        <translation type="vanished">Ab dem {0} behält Zähler {1} seine aktuellen Werte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send this update to the CRM?</source>
        <translation>Diese Änderung an das CRM senden?</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+14"/>
        <source>The CRM refused the update: see the message under “{0}”.</source>
        <translation>Das CRM hat die Änderung abgelehnt: Siehe die Meldung unter „{0}“.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The update is being sent and cannot be recalled; this window closes when the CRM answers.</source>
        <translation>Die Änderung wird gesendet und kann nicht zurückgerufen werden; dieses Fenster schließt sich, sobald das CRM antwortet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The form could not be kept on this computer: {0}</source>
        <translation>Das Formular konnte nicht auf diesem Computer gespeichert werden: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes to meter {0} have not been sent.</source>
        <translation>Ihre Änderungen an Zähler {0} wurden nicht gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarding also deletes the draft kept on this computer.</source>
        <translation>Beim Verwerfen wird auch der auf diesem Computer gespeicherte Entwurf gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+65"/>
        <source>Update data</source>
        <translation>Daten ändern</translation>
    </message>
    <message>
        <source>Meter data update</source>
        <translation type="vanished">Zählerdaten ändern</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Beschreibung</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>What the meter supplies, e.g. “Bakery: ovens and cold room”</source>
        <translation>Was der Zähler versorgt, z. B. „Bäckerei: Öfen und Kühlraum“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Energy characteristics</source>
        <translation>Energiemerkmale</translation>
    </message>
    <message>
        <source>Withdrawal power (kVA)</source>
        <translation type="vanished">Entnahmeleistung (kVA)</translation>
    </message>
    <message>
        <source>Total generating capacity (kVA)</source>
        <translation type="vanished">Gesamte Erzeugungsleistung (kVA)</translation>
    </message>
    <message>
        <source>Amperage (A)</source>
        <translation type="vanished">Stromstärke (A)</translation>
    </message>
    <message>
        <source>Generation type</source>
        <translation type="vanished">Erzeugungsart</translation>
    </message>
    <message>
        <source>Injection status</source>
        <translation type="vanished">Einspeisestatus</translation>
    </message>
    <message>
        <source>DSO *</source>
        <translation type="vanished">VNB *</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Financial characteristics</source>
        <translation>Finanzielle Merkmale</translation>
    </message>
    <message>
        <source>Tariff *</source>
        <translation type="vanished">Tarif *</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>&amp;Description</source>
        <translation>Bes&amp;chreibung</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Withdrawal power (kVA)</source>
        <translation>Entnah&amp;meleistung (kVA)</translation>
    </message>
    <message>
        <source>Total generating &amp;capacity (kVA)</source>
        <translation type="vanished">&amp;Gesamte Erzeugungsleistung (kVA)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Amperage (A)</source>
        <translation>Stromstär&amp;ke (A)</translation>
    </message>
    <message>
        <source>&amp;Generation type</source>
        <translation type="vanished">Er&amp;zeugungsart</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Tota&amp;l generating capacity (kVA)</source>
        <translation>&amp;Gesamte Erzeugungsleistung (kVA)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Generation t&amp;ype</source>
        <translation>Er&amp;zeugungsart</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Injection status</source>
        <translation>Einspeise&amp;status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DS&amp;O *</source>
        <translation>&amp;VNB *</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Tariff *</source>
        <translation>&amp;Tarif *</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <source>&amp;Usage *</source>
        <translation>&amp;Nutzung *</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Holder</source>
        <translation>&amp;Inhaber</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sharing o&amp;peration</source>
        <translation>Tei&amp;lungsvorgang</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Status *</source>
        <translation>Stat&amp;us *</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&amp;Effective date *</source>
        <translation>Gültig &amp;ab *</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;Validate</source>
        <translation>Best&amp;ätigen</translation>
    </message>
    <message>
        <source>Usage *</source>
        <translation type="vanished">Nutzung *</translation>
    </message>
    <message>
        <location line="-239"/>
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
        <source>Holder</source>
        <translation type="vanished">Inhaber</translation>
    </message>
    <message>
        <source>Sharing operation</source>
        <translation type="vanished">Teilungsvorgang</translation>
    </message>
    <message>
        <source>Status *</source>
        <translation type="vanished">Status *</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This form keeps the meter in its sharing operation; it does not change it.</source>
        <translation>Dieses Formular belässt den Zähler in seinem Teilungsvorgang; es ändert ihn nicht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept as is.</source>
        <translation>Bleibt unverändert.</translation>
    </message>
    <message>
        <source>Effective date *</source>
        <translation type="vanished">Gültig ab *</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="vanished">Bestätigen</translation>
    </message>
</context>
<context>
    <name>MeterExport</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_export.py" line="+38"/>
        <source>Meters</source>
        <translation>Zähler</translation>
    </message>
</context>
<context>
    <name>MeterExports</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_exports.py" line="+42"/>
        <source>&amp;Export the meter list…</source>
        <translation>&amp;Zählerliste exportieren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the meter list to an Excel workbook or a CSV file</source>
        <translation>Die Zählerliste in einer Excel-Arbeitsmappe oder einer CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list is empty: there is nothing to export.</source>
        <translation>Die Liste ist leer: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>meters</source>
        <translation>zähler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The meter list of {0}, with the columns shown in the table. Working offline, it is the list saved on this computer.</source>
        <translation>Die Zählerliste von {0}, mit den in der Tabelle angezeigten Spalten. Im Offline-Betrieb ist es die auf diesem Computer gespeicherte Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the meter list</source>
        <translation>Zählerliste exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>consumption</source>
        <translation>verbrauch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter {0}, from {1} to {2}: every quarter hour in Brussels time, and each day&apos;s totals.</source>
        <translation>Zähler {0}, vom {1} bis {2}: jede Viertelstunde in Brüsseler Zeit und die Summen jedes Tages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline, only the days saved on this computer are exported, without their quarter hours.</source>
        <translation>Im Offline-Betrieb werden nur die auf diesem Computer gespeicherten Tage exportiert, ohne ihre Viertelstunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the consumption</source>
        <translation>Verbrauch exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarter hours</source>
        <translation>Viertelstunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (Brussels)</source>
        <translation>Uhrzeit (Brüssel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTC offset</source>
        <translation>UTC-Versatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross (kWh)</source>
        <translation>Brutto (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net (kWh)</source>
        <translation>Netto (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared (kWh)</source>
        <translation>Geteilt (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection gross (kWh)</source>
        <translation>Einspeisung brutto (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injection net (kWh)</source>
        <translation>Einspeisung netto (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection shared (kWh)</source>
        <translation>Einspeisung geteilt (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumption (kWh)</source>
        <translation>Verbrauch (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the community (kWh)</source>
        <translation>Aus der Gemeinschaft (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the grid (kWh)</source>
        <translation>Aus dem Netz (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injection (kWh)</source>
        <translation>Einspeisung (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the community (kWh)</source>
        <translation>An die Gemeinschaft (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the grid (kWh)</source>
        <translation>Ins Netz (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved on this computer</source>
        <translation>Nicht auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No data in the CRM</source>
        <translation>Keine Daten im CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quarter hours are not saved on this computer: export again once the CRM can be reached to have them.</source>
        <translation>Die Viertelstunden sind nicht auf diesem Computer gespeichert: Exportieren Sie erneut, sobald das CRM erreichbar ist, um sie zu erhalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported to {0}</source>
        <translation>Exportiert nach {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days without figures ({0}): {1}.</source>
        <translation>Tage ohne Zahlen ({0}): {1}.</translation>
    </message>
</context>
<context>
    <name>MeterFieldsForm</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_dialog.py" line="+306"/>
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
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box / supplement</source>
        <translation>Briefkasten / Zusatz</translation>
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
        <source>Reading frequency</source>
        <translation>Ablesezyklus</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Meter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 for a single-phase meter, 3 for a three-phase one</source>
        <translation>1 für einen einphasigen Zähler, 3 für einen dreiphasigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. bte 2</source>
        <translation>optional, z. B. Bk. 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 41</source>
        <translation>z. B. 41</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number only: a letter or a box (41A, 41 bte 2) goes in Box / supplement</source>
        <translation>Nur die Hausnummer: ein Buchstabe oder Briefkasten (41A, 41 bte 2) gehört in Briefkasten / Zusatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 or 3</source>
        <translation>1 oder 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 4500</source>
        <translation>z. B. 4500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Belgian postcode: 4 digits, from 1000 to 9999</source>
        <translation>Eine belgische Postleitzahl: 4 Ziffern, von 1000 bis 9999</translation>
    </message>
    <message>
        <source>&amp;EAN</source>
        <translation type="vanished">&amp;EAN</translation>
    </message>
    <message>
        <source>Meter &amp;number</source>
        <translation type="vanished">&amp;Zählernummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EA&amp;N</source>
        <translation>&amp;EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meter number</source>
        <translation>Zäh&amp;lernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;reet</source>
        <translation>St&amp;raße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Num&amp;ber</source>
        <translation>&amp;Hausnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode</source>
        <translation>P&amp;ostleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City</source>
        <translation>Gemein&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo&amp;x / supplement</source>
        <translation>&amp;Briefkasten / Zusatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff &amp;group</source>
        <translation>Tari&amp;fgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number o&amp;f phases</source>
        <translation>Anzahl &amp;Phasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading fre&amp;quency</source>
        <translation>Ablesez&amp;yklus</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>for {0}, type {1} here and {2} in Box / supplement</source>
        <translation>für {0} geben Sie hier {1} und {2} in Briefkasten / Zusatz ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number, e.g. 41 (a letter or a box goes in Box / supplement)</source>
        <translation>eine ganze Zahl, z. B. 41 (ein Buchstabe oder Briefkasten gehört in Briefkasten / Zusatz)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CRM holds at most {0} characters, and counts each &lt; or &gt; as 4: this text takes {1}</source>
        <translation>das CRM speichert höchstens {0} Zeichen und zählt jedes &lt; oder &gt; als 4: Dieser Text braucht {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0} characters ({1} typed)</source>
        <translation>höchstens {0} Zeichen ({1} eingegeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character {0} is an invisible control character ({1}) the CRM cannot keep; delete it</source>
        <translation>Zeichen {0} ist ein unsichtbares Steuerzeichen ({1}), das das CRM nicht speichern kann; löschen Sie es</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CRM will store this text as “{0}”</source>
        <translation>das CRM speichert diesen Text als „{0}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between {0} and {1}</source>
        <translation>muss zwischen {0} und {1} liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not Belgian (4 digits, 1000 to 9999)</source>
        <translation>{0} ist nicht belgisch (4 Ziffern, 1000 bis 9999)</translation>
    </message>
    <message>
        <source>a Belgian postcode has 4 digits</source>
        <translation type="vanished">eine belgische Postleitzahl hat 4 Ziffern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meters are single-phase (1) or three-phase (3)</source>
        <translation>Zähler sind einphasig (1) oder dreiphasig (3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Belgian EAN has 18 digits and only digits ({0} typed)</source>
        <translation>eine belgische EAN hat 18 Ziffern und nur Ziffern ({0} eingegeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not start with 54, the Belgian prefix</source>
        <translation>beginnt nicht mit 54, dem belgischen Präfix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last digit should be {0} (GS1 check digit): it may be mistyped</source>
        <translation>die letzte Ziffer müsste {0} sein (GS1-Prüfziffer): Sie wurde eventuell falsch eingegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meter {0} is already in this community&apos;s list</source>
        <translation>Zähler {0} steht bereits in der Liste dieser Gemeinschaft</translation>
    </message>
</context>
<context>
    <name>MeterFilters</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_filters.py" line="+34"/>
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
</context>
<context>
    <name>MeterStatus</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_status.py" line="+36"/>
        <source>{0} from {1}</source>
        <translation>{0} ab dem {1}</translation>
    </message>
</context>
<context>
    <name>MeterTableModel</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_table.py" line="+84"/>
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
        <location line="+1"/>
        <source>Town</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading from the meter&apos;s details…</source>
        <translation>Wird aus den Zählerdetails geladen…</translation>
    </message>
</context>
<context>
    <name>ModifyMeterDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_dialog.py" line="+39"/>
        <source>Modify meter — {0}</source>
        <translation>Zähler bearbeiten — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM keeps no history of these fields: they change for every period.</source>
        <translation>Das CRM führt keinen Verlauf dieser Felder: Sie ändern sich für jeden Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The EAN identifies the meter: it cannot be changed</source>
        <translation>Die EAN kennzeichnet den Zähler: Sie kann nicht geändert werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check these warnings before saving:</source>
        <translation>Prüfen Sie diese Warnungen vor dem Speichern:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change meter {0}?</source>
        <translation>Zähler {0} ändern?</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The CRM keeps no history of these fields: the old values are lost.</source>
        <translation>Das CRM führt keinen Verlauf dieser Felder: Die alten Werte gehen verloren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The CRM refused the change: see the message under “{0}”.</source>
        <translation>Das CRM hat die Änderung abgelehnt: Siehe die Meldung unter „{0}“.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/optional_date_edit.py" line="+139"/>
        <source>dd/mm/yyyy</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the day as dd/mm/yyyy, or pick it in the calendar (Alt+Down)</source>
        <translation>Geben Sie den Tag als TT/MM/JJJJ ein oder wählen Sie ihn im Kalender (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Kalender öffnen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Choose a day between {0} and {1}</source>
        <translation>Wählen Sie einen Tag zwischen dem {0} und dem {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is not a day of the calendar</source>
        <translation>{0} ist kein Kalendertag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the year with 4 digits, e.g. 20/01/2027</source>
        <translation>Geben Sie das Jahr mit 4 Ziffern ein, z. B. 20/01/2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date: type it as dd/mm/yyyy, e.g. 20/01/2027</source>
        <translation>Kein Datum: Geben Sie es als TT/MM/JJJJ ein, z. B. 20/01/2027</translation>
    </message>
</context>
<context>
    <name>OptionalNumberInput</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/optional_number_input.py" line="+263"/>
        <source>use one decimal mark (comma or dot) and no thousands separator</source>
        <translation>verwenden Sie ein Dezimalzeichen (Komma oder Punkt) und kein Tausendertrennzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use only one decimal mark (comma or dot)</source>
        <translation>verwenden Sie nur ein Dezimalzeichen (Komma oder Punkt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type a whole number, with no decimal mark and no thousands separator</source>
        <translation>geben Sie eine ganze Zahl ein, ohne Dezimalzeichen und ohne Tausendertrennzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most one decimal, and no thousands separator</source>
        <translation>höchstens eine Dezimalstelle und kein Tausendertrennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} decimals, and no thousands separator</source>
        <translation>höchstens {0} Dezimalstellen und kein Tausendertrennzeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {0}</source>
        <translation>muss mindestens {0} betragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most {0}</source>
        <translation>darf höchstens {0} betragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type a number, with a comma or a dot as the decimal mark</source>
        <translation>geben Sie eine Zahl ein, mit Komma oder Punkt als Dezimalzeichen</translation>
    </message>
</context>
<context>
    <name>OutcomeChecks</name>
    <message>
        <location filename="../../src/optimce_desktop/services/outcome_checks.py" line="+46"/>
        <source>Update data</source>
        <translation>Daten ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a meter</source>
        <translation>Einen Zähler hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modify meter</source>
        <translation>Zähler bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate meter</source>
        <translation>Zähler deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a scheduled change</source>
        <translation>Eine geplante Änderung stornieren</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The change to meter {0} (“{1}”) that was being sent when the app stopped was applied by the CRM: there is nothing left to send.</source>
        <translation>Die Änderung von Zähler {0} („{1}“), die beim Beenden der App gerade gesendet wurde, wurde vom CRM übernommen: Es gibt nichts mehr zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM confirms the change to meter {0} (“{1}”): it was applied.</source>
        <translation>Das CRM bestätigt die Änderung von Zähler {0} („{1}“): Sie wurde übernommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change to meter {0} (“{1}”) was being sent when the app stopped, and the CRM does not show it: it was not applied. It is kept in Pending changes, to check and send again.</source>
        <translation>Die Änderung von Zähler {0} („{1}“) wurde beim Beenden der App gerade gesendet, und das CRM zeigt sie nicht: Sie wurde nicht übernommen. Sie bleibt unter Ausstehende Änderungen erhalten, um sie zu prüfen und erneut zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM still does not show the change to meter {0} (“{1}”). It is kept in Pending changes: check it there, and send it again if needed (it is checked against the meter first, so it is never made twice).</source>
        <translation>Das CRM zeigt die Änderung von Zähler {0} („{1}“) noch immer nicht. Sie bleibt unter Ausstehende Änderungen erhalten: Prüfen Sie sie dort und senden Sie sie bei Bedarf erneut (sie wird zuvor mit dem Zähler abgeglichen, sodass sie nie zweimal übernommen wird).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The update of meter {0} that was being sent when the app stopped was applied by the CRM: there is nothing left to send.</source>
        <translation>Die Änderung von Zähler {0}, die beim Beenden der App gerade gesendet wurde, wurde vom CRM übernommen: Es gibt nichts mehr zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM confirms the update of meter {0}: it was applied.</source>
        <translation>Das CRM bestätigt die Änderung von Zähler {0}: Sie wurde übernommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update of meter {0} was being sent when the app stopped, and the CRM does not show it: it was not applied. It is kept in Pending changes, to check and send again.</source>
        <translation>Die Änderung von Zähler {0} wurde beim Beenden der App gerade gesendet, und das CRM zeigt sie nicht: Sie wurde nicht übernommen. Sie bleibt unter Ausstehende Änderungen erhalten, um sie zu prüfen und erneut zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM still does not show the update of meter {0}. It is kept in Pending changes: check it there and send it again if needed (sending it again never creates a second period).</source>
        <translation>Das CRM zeigt die Änderung von Zähler {0} noch immer nicht. Sie bleibt unter Ausstehende Änderungen erhalten: Prüfen Sie sie dort und senden Sie sie bei Bedarf erneut (erneutes Senden erzeugt nie einen zweiten Zeitraum).</translation>
    </message>
</context>
<context>
    <name>PendingChangesDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/pending_changes.py" line="+59"/>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Updates kept on this computer, not sent to the CRM yet. Each one is checked against the meter as the CRM has it now; you then confirm it in the update form.</source>
        <translation type="vanished">Auf diesem Computer gespeicherte Änderungen, noch nicht an das CRM gesendet. Jede wird mit dem Zähler abgeglichen, wie das CRM ihn jetzt kennt; danach bestätigen Sie sie im Änderungsformular.</translation>
    </message>
    <message>
        <source>Updates waiting to be sent</source>
        <translation type="vanished">Änderungen, die auf das Senden warten</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+1"/>
        <source>Saved on</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>No update is waiting to be sent.</source>
        <translation type="vanished">Keine Änderung wartet auf das Senden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Check and send…</source>
        <translation>&amp;Prüfen und senden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Was being sent when the app stopped: checked against the CRM at the next list read</source>
        <translation>Wurde beim Beenden der App gerade gesendet: wird beim nächsten Laden der Liste mit dem CRM abgeglichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May have reached the CRM without an answer: checked before sending again</source>
        <translation>Hat das CRM vielleicht ohne Antwort erreicht: wird vor dem erneuten Senden geprüft</translation>
    </message>
    <message>
        <source>Check and send…</source>
        <translation type="vanished">Prüfen und senden…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="vanished">Verwerfen…</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Checking against the CRM…</source>
        <translation>Abgleich mit dem CRM…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard the update?</source>
        <translation>Die Änderung verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update of meter {0} will not be sent, and its draft is deleted from this computer.</source>
        <translation>Die Änderung von Zähler {0} wird nicht gesendet, und ihr Entwurf wird von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+28"/>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>Sent once without an answer: checked before sending again</source>
        <translation type="vanished">Einmal ohne Antwort gesendet: wird vor dem erneuten Senden geprüft</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Changes kept on this computer, not sent to the CRM yet. Each one is checked against the meter as the CRM has it now; you then confirm it in its form.</source>
        <translation>Auf diesem Computer gespeicherte Änderungen, noch nicht an das CRM gesendet. Jede wird mit dem Zähler abgeglichen, wie das CRM ihn jetzt kennt; danach bestätigen Sie sie in ihrem Formular.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes waiting to be sent</source>
        <translation>Änderungen, die auf das Senden warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No change is waiting to be sent.</source>
        <translation>Keine Änderung wartet auf das Senden.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Discard the change?</source>
        <translation>Die Änderung verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to meter {0} (“{1}”) will not be sent, and its draft is deleted from this computer.</source>
        <translation>Die Änderung von Zähler {0} („{1}“) wird nicht gesendet, und ihr Entwurf wird von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Meter number: {0}</source>
        <translation>Zählernummer: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First period: {0}, DSO {1}</source>
        <translation>Erster Zeitraum: {0}, VNB {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inactive from {0}, without holder or sharing operation</source>
        <translation>Inaktiv ab dem {0}, ohne Inhaber oder Teilungsvorgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period {0} is deleted</source>
        <translation>Der Zeitraum {0} wird gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period before it runs on</source>
        <translation>Der vorherige Zeitraum läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period before it keeps its end</source>
        <translation>Der vorherige Zeitraum behält sein Enddatum</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not sent: the CRM could not be reached</source>
        <translation>Nicht gesendet: Das CRM war nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as a draft</source>
        <translation>Als Entwurf gespeichert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already applied in the CRM: nothing left to send</source>
        <translation>Bereits im CRM übernommen: nichts mehr zu senden</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n problem(s) to correct in the form</source>
        <translation>
            <numerusform>%n Problem im Formular zu korrigieren</numerusform>
            <numerusform>%n Probleme im Formular zu korrigieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the CRM now has a meter with this EAN; see the form</source>
        <translation>Nicht gesendet: Das CRM hat jetzt einen Zähler mit dieser EAN; siehe das Formular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter changed since: check the form, then send</source>
        <translation>Der Zähler hat sich seitdem geändert: Formular prüfen, dann senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: confirm in the form to send</source>
        <translation>Bereit: im Formular bestätigen, um zu senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: the meter is no longer active, and a second deactivation would add another inactive period</source>
        <translation>Nicht gesendet: Der Zähler ist nicht mehr aktiv, und eine zweite Deaktivierung würde einen weiteren inaktiven Zeitraum hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: a deactivation of this meter is already scheduled</source>
        <translation>Nicht gesendet: Eine Deaktivierung dieses Zählers ist bereits geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this period has started since, it is history now</source>
        <translation>Nicht gesendet: Dieser Zeitraum hat inzwischen begonnen, er gehört jetzt zum Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: the CRM no longer has this meter</source>
        <translation>Nicht gesendet: Das CRM hat diesen Zähler nicht mehr</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meter actions are not ready yet: try again in a moment.</source>
        <translation>Die Zähleraktionen sind noch nicht bereit: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Applied by the CRM: nothing left to send</source>
        <translation>Vom CRM übernommen: nichts mehr zu senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied (the app stopped while sending it): check and send it again</source>
        <translation>Nicht übernommen (die App wurde beim Senden beendet): prüfen und erneut senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed by the CRM: check it, then send it again if needed</source>
        <translation>Nicht vom CRM bestätigt: prüfen, dann bei Bedarf erneut senden</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Read the meter from the CRM, check the change against it, and open it to send</source>
        <translation>Den Zähler aus dem CRM laden, die Änderung damit abgleichen und sie zum Senden öffnen</translation>
    </message>
    <message>
        <source>Read the meter from the CRM, check the update against it, and open it to send</source>
        <translation type="vanished">Den Zähler aus dem CRM laden, die Änderung damit abgleichen und sie zum Senden öffnen</translation>
    </message>
</context>
<context>
    <name>PeriodCards</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/period_cards.py" line="+35"/>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
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
    <name>PeriodForm</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/period_form.py" line="+68"/>
        <source>First period</source>
        <translation>Erster Zeitraum</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No holder</source>
        <translation>Kein Inhaber</translation>
    </message>
    <message>
        <source>Effective d&amp;ate *</source>
        <translation type="vanished">&amp;Gültig ab *</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Status *</source>
        <translation>Stat&amp;us *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tariff *</source>
        <translation>&amp;Tarif *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usage *</source>
        <translation>&amp;Nutzung *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawal power (kVA)</source>
        <translation>Entnah&amp;meleistung (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tota&amp;l generating capacity (kVA)</source>
        <translation>&amp;Gesamte Erzeugungsleistung (kVA)</translation>
    </message>
    <message>
        <source>A&amp;mperage (A)</source>
        <translation type="vanished">Stromstär&amp;ke (A)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Effective date *</source>
        <translation>Gültig &amp;ab *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Amperage (A)</source>
        <translation>Stromstär&amp;ke (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation t&amp;ype</source>
        <translation>Er&amp;zeugungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Injection status</source>
        <translation>Einspeise&amp;status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DS&amp;O *</source>
        <translation>&amp;VNB *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holder</source>
        <translation>&amp;Inhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>Bes&amp;chreibung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The meter&apos;s first period starts on this day; a later day schedules it.</source>
        <translation>Der erste Zeitraum des Zählers beginnt an diesem Tag; ein späterer Tag plant ihn ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meter joins no sharing operation: add it to one in the CRM.</source>
        <translation>Der Zähler gehört zu keinem Teilungsvorgang: Fügen Sie ihn im CRM einem hinzu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty when not known</source>
        <translation>Leer lassen, wenn unbekannt</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>the new meter starts on {0}, yesterday: its first period covers a day already past</source>
        <translation>der neue Zähler beginnt am {0}, gestern: Sein erster Zeitraum umfasst einen bereits vergangenen Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new meter starts on {0}, {1} days ago: its first period covers days already past</source>
        <translation>der neue Zähler beginnt am {0}, vor {1} Tagen: Sein erster Zeitraum umfasst bereits vergangene Tage</translation>
    </message>
    <message>
        <source>Empty (--) when not set</source>
        <translation type="vanished">Leer (--), wenn nicht angegeben</translation>
    </message>
    <message>
        <source>Pick or type the DSO</source>
        <translation type="vanished">VNB wählen oder eingeben</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”.</source>
        <translation>Inhaber: „{0}“ ist kein Mitglied dieser Gemeinschaft; wählen Sie eines aus der Liste oder „Kein Inhaber“.</translation>
    </message>
    <message>
        <source>DSO: {0} is the transmission system operator, not a distribution system operator.</source>
        <translation type="vanished">VNB: {0} ist der Übertragungsnetzbetreiber, kein Verteilernetzbetreiber.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/optimce_desktop/services/problems.py" line="+76"/>
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
        <location line="+14"/>
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
        <location line="-33"/>
        <location line="+34"/>
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
        <location line="+4"/>
        <source>The server in front of the CRM answered an error (HTTP {0}) instead of the CRM&apos;s own answer.</source>
        <translation>Der Server vor dem CRM hat einen Fehler (HTTP {0}) statt der Antwort des CRM selbst geliefert.</translation>
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
        <location filename="../../src/optimce_desktop/services/texts.py" line="+77"/>
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
        <location line="+3"/>
        <source>the CRM holds at most {0} characters, and counts each &lt; or &gt; as 4: this text takes {1}</source>
        <translation>das CRM speichert höchstens {0} Zeichen und zählt jedes &lt; oder &gt; als 4: Dieser Text braucht {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {0} characters ({1} typed)</source>
        <translation>höchstens {0} Zeichen ({1} eingegeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>character {0} is an invisible control character ({1}, {2}) the CRM cannot keep; delete it (it may have come with pasted text)</source>
        <translation>Zeichen {0} ist ein unsichtbares Steuerzeichen ({1}, {2}), das das CRM nicht speichern kann; löschen Sie es (es kam vielleicht mit eingefügtem Text)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the CRM may remove the HTML comments and the attributes of HTML tags in this text; write them without &lt; and &gt; to keep them as typed</source>
        <translation>das CRM entfernt eventuell die HTML-Kommentare und die Attribute von HTML-Tags in diesem Text; schreiben Sie sie ohne &lt; und &gt;, um sie wie eingegeben zu behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CRM will store this text as “{0}” (it removes the attributes of the tags &lt;b&gt;, &lt;i&gt;, &lt;u&gt; and &lt;div&gt;, and reads &amp;lt; and &amp;gt; as &lt; and &gt;)</source>
        <translation>das CRM speichert diesen Text als „{0}“ (es entfernt die Attribute der Tags &lt;b&gt;, &lt;i&gt;, &lt;u&gt; und &lt;div&gt; und liest &amp;lt; und &amp;gt; als &lt; und &gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+4"/>
        <source>the period already scheduled from {0} ({1}) will be overwritten: its values are replaced by this form&apos;s, and not kept in the history</source>
        <translation>der bereits ab {0} geplante Zeitraum ({1}) wird überschrieben: Seine Werte werden durch die dieses Formulars ersetzt und nicht im Verlauf behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the period starting on {0} ({1}) will be replaced, not kept in the history</source>
        <translation>der Zeitraum ab {0} ({1}) wird ersetzt und nicht im Verlauf behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a period is already scheduled from {0} ({1}): it will end on {2}, and the new period&apos;s changes are counted from its values</source>
        <translation>ab {0} ist bereits ein Zeitraum geplant ({1}): Er endet am {2}, und die Änderungen des neuen Zeitraums werden ab seinen Werten gezählt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this changes the meter from {0}, yesterday: past sharing calculations may change</source>
        <translation>dies ändert den Zähler ab dem {0}, gestern: frühere Teilungsberechnungen können sich ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this changes the meter from {0}, {1} days ago: past sharing calculations may change</source>
        <translation>dies ändert den Zähler ab dem {0}, vor {1} Tagen: frühere Teilungsberechnungen können sich ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the CRM cannot clear this value; it will keep “{0}”</source>
        <translation>das CRM kann diesen Wert nicht löschen; es behält „{0}“</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved on this computer, except the details of %n meter(s) the CRM did not give: their previous copy is kept</source>
        <translation>
            <numerusform>Auf diesem Computer gespeichert, außer den Details von %n Zähler, die das CRM nicht geliefert hat: die vorherige Kopie bleibt erhalten</numerusform>
            <numerusform>Auf diesem Computer gespeichert, außer den Details von %n Zählern, die das CRM nicht geliefert hat: ihre vorherige Kopie bleibt erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>RememberedLayout</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/remembered_layout.py" line="+50"/>
        <source>Compact ro&amp;ws</source>
        <translation>&amp;Kompakte Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One line a meter, the town in its own column: about twice the rows</source>
        <translation>Eine Zeile pro Zähler, die Gemeinde in einer eigenen Spalte: etwa doppelt so viele Zeilen</translation>
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
        <location line="+16"/>
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
        <location filename="../../src/optimce_desktop/services/session.py" line="+147"/>
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
        <location line="+138"/>
        <source>Your session has ended. Sign in again to go on: your open windows and forms are kept.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren: Ihre offenen Fenster und Formulare bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This computer has no usable password store: your session will not be remembered, and you will sign in again next time.</source>
        <translation>Dieser Computer hat keinen nutzbaren Passwortspeicher: Ihre Sitzung wird nicht gespeichert, und Sie melden sich beim nächsten Mal erneut an.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+10"/>
        <source>You are signed out of OptimCE Desktop</source>
        <translation>Sie sind von OptimCE Desktop abgemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session at the sign-in server has ended. You can close this tab.</source>
        <translation>Ihre Sitzung am Anmeldeserver ist beendet. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-out did not complete</source>
        <translation>Die Abmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to OptimCE Desktop to see why.</source>
        <translation>Kehren Sie zu OptimCE Desktop zurück, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This page is out of date</source>
        <translation>Diese Seite ist veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It does not belong to what OptimCE Desktop is waiting for. Go back to the app.</source>
        <translation>Sie gehört nicht zu dem, worauf OptimCE Desktop wartet. Kehren Sie zur App zurück.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close your web browser, or sign out on the sign-in server&apos;s own page, so that nobody else at this computer can use it.</source>
        <translation>Schließen Sie Ihren Webbrowser oder melden Sie sich auf der Seite des Anmeldeservers ab, damit niemand sonst an diesem Computer sie verwenden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sign-in server offers no way for this app to end it</source>
        <translation>der Anmeldeserver bietet dieser App keine Möglichkeit, sie zu beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the browser did not come back from the sign-in server&apos;s sign-out page</source>
        <translation>der Browser ist nicht von der Abmeldeseite des Anmeldeservers zurückgekehrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sign-in server cannot be reached</source>
        <translation>der Anmeldeserver ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sign-in server answered: {0}</source>
        <translation>der Anmeldeserver hat geantwortet: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed out of OptimCE Desktop, but your session at the sign-in server may still be open: {0}. {1}</source>
        <translation>Sie sind von OptimCE Desktop abgemeldet, aber Ihre Sitzung am Anmeldeserver ist vielleicht noch offen: {0}. {1}</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../src/optimce_desktop/gui/session_shell.py" line="+232"/>
        <source>Sign out?</source>
        <translation>Abmelden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out now? Your windows close, and changes not yet sent are lost.</source>
        <translation>Jetzt abmelden? Ihre Fenster werden geschlossen, und noch nicht gesendete Änderungen gehen verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Einstellungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as {0}</source>
        <translation>Angemeldet als {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in server: {0}</source>
        <translation>Anmeldeserver: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/settings_dialog.py" line="+43"/>
        <source>Settings — OptimCE Desktop</source>
        <translation>Einstellungen — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">Durchsuchen…</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="vanished">Wie das System</translation>
    </message>
    <message>
        <source>CRM gateway</source>
        <translation type="vanished">CRM-Gateway</translation>
    </message>
    <message>
        <source>Sign-in server (OpenID issuer)</source>
        <translation type="vanished">Anmeldeserver (OpenID-Aussteller)</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="vanished">Client-ID</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation type="vanished">Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRM &amp;gateway</source>
        <translation>CRM-&amp;Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-&amp;in server (OpenID issuer)</source>
        <translation>&amp;Anmeldeserver (OpenID-Aussteller)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client I&amp;D</source>
        <translation>&amp;Client-ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate &amp;authorities</source>
        <translation>&amp;Zertifizierungsstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
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
        <location line="+64"/>
        <source>Discard your changes to the settings?</source>
        <translation>Ihre Änderungen an den Einstellungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here is not saved.</source>
        <translation>Ihre Eingaben hier werden nicht gespeichert.</translation>
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
        <location line="+56"/>
        <source>Certificate authorities (PEM)</source>
        <translation>Zertifizierungsstellen (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Waiting for you to sign in with your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Einstellungen…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="vanished">Abmelden</translation>
    </message>
    <message>
        <location line="-71"/>
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
        <location line="+65"/>
        <source>Signing out in your browser…</source>
        <translation>Abmeldung in Ihrem Browser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="vanished">Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>SweepProgressLabel</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/sweep_progress.py" line="+41"/>
        <source>Holders still being read: {0} of {1}</source>
        <translation>Inhaber werden noch gelesen: {0} von {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holders: {0} of {1}</source>
        <translation>Inhaber: {0} von {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holders and sharing operations come from each meter&apos;s details, read in the background a few a second so as not to load the CRM. Until all are read, sorting or searching on them leaves out the meters not read yet.</source>
        <translation>Inhaber und Teilungsvorgänge stammen aus den Details jedes Zählers, die im Hintergrund gelesen werden, einige pro Sekunde, um das CRM nicht zu belasten. Solange nicht alle gelesen sind, lässt Sortieren oder Suchen danach die noch nicht gelesenen Zähler aus.</translation>
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
        <location filename="../../src/optimce_desktop/gui/update_launcher.py" line="+90"/>
        <source>Saved as a draft: send it from Pending changes once the CRM is back</source>
        <translation>Als Entwurf gespeichert: Senden Sie sie über Ausstehende Änderungen, sobald das CRM wieder erreichbar ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meter data updated: takes effect on {0}</source>
        <translation>Zählerdaten geändert: gültig ab {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter data updated</source>
        <translation>Zählerdaten geändert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review</source>
        <translation>Ansehen</translation>
    </message>
</context>
<context>
    <name>UpdateService</name>
    <message>
        <source>The CRM did not answer in time, and the meter, read again, shows no change: the update was not applied. You can send it again; the app first checks that it was not applied meanwhile, so it is never applied twice.</source>
        <translation type="vanished">Das CRM hat nicht rechtzeitig geantwortet, und der erneut gelesene Zähler zeigt keine Änderung: Die Änderung wurde nicht übernommen. Sie können sie erneut senden; die App prüft zuerst, ob sie inzwischen übernommen wurde, sodass sie nie zweimal übernommen wird.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/services/updates.py" line="+67"/>
        <source>{0} Nothing was sent: the meter is unchanged.</source>
        <translation>{0} Es wurde nichts gesendet: Der Zähler ist unverändert.</translation>
    </message>
    <message>
        <source>{0} Whether the CRM applied the update is unknown: check the meter once the CRM can be reached before sending it again.</source>
        <translation type="vanished">{0} Ob das CRM die Änderung übernommen hat, ist unbekannt: Prüfen Sie den Zähler, sobald das CRM erreichbar ist, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} The CRM has not confirmed the update yet: it may have been applied. The app reads the meter again over the next half minute and tells you what happened. Sending it again is safe: it never creates a second period.</source>
        <translation>{0} Das CRM hat die Änderung noch nicht bestätigt: Sie wurde vielleicht übernommen. Die App liest den Zähler in der nächsten halben Minute erneut und teilt Ihnen mit, was geschehen ist. Erneutes Senden ist sicher: Es entsteht nie ein zweiter Zeitraum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your form is kept as a draft on this computer.</source>
        <translation>Ihr Formular wird als Entwurf auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be kept as a draft: {0}</source>
        <translation>Es konnte nicht als Entwurf gespeichert werden: {0}</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/services/sending.py" line="+117"/>
        <source>The CRM cannot be reached.</source>
        <translation>Das CRM ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>WindowBanners</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/window_banners.py" line="+40"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+13"/>
        <source>%n meter(s) could not be read: the CRM sent them in a form this app does not understand, so they are left out of the list.</source>
        <translation>
            <numerusform>%n Zähler konnte nicht gelesen werden: Das CRM hat ihn in einer Form gesendet, die diese App nicht versteht, daher fehlt er in der Liste.</numerusform>
            <numerusform>%n Zähler konnten nicht gelesen werden: Das CRM hat sie in einer Form gesendet, die diese App nicht versteht, daher fehlen sie in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM&apos;s pages of meters did not end as announced: the list may be incomplete.</source>
        <translation>Die Zählerseiten des CRM endeten nicht wie angekündigt: Die Liste ist möglicherweise unvollständig.</translation>
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
        <location filename="../../src/optimce_desktop/services/texts.py" line="+25"/>
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
        <location filename="../../src/optimce_desktop/services/texts.py" line="-74"/>
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
    <message>
        <location filename="../../src/optimce_desktop/domain/meter_status.py" line="+25"/>
        <source>Not active yet</source>
        <translation>Noch nicht aktiv</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../src/optimce_desktop/services/texts.py" line="+82"/>
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
    <message>
        <location line="-31"/>
        <source>“{0}”</source>
        <translation>„{0}“</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>EAN {0}</source>
        <translation type="vanished">EAN {0}</translation>
    </message>
    <message>
        <source>Meter no. {0}</source>
        <translation type="vanished">Zählernr. {0}</translation>
    </message>
</context>
</TS>
