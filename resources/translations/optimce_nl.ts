<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/about_dialog.py" line="+23"/>
        <source>About OptimCE Desktop</source>
        <translation>Over OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OptimCE Desktop {0}</source>
        <translation>OptimCE Desktop {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The back-office client of OptimCE, the platform of renewable-energy communities in Belgium.</source>
        <translation>De back-officeclient van OptimCE, het platform van de hernieuwbare-energiegemeenschappen in België.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not known yet (shown once signed in)</source>
        <translation>Nog niet bekend (getoond zodra u aangemeld bent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source code</source>
        <translation>broncode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in server</source>
        <translation>Aanmeldserver</translation>
    </message>
</context>
<context>
    <name>AddMeterDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/add_meter_dialog.py" line="+42"/>
        <source>Add a meter</source>
        <translation>Een meter toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To {0}: the meter, and its first configuration period.</source>
        <translation>Aan {0}: de meter en zijn eerste configuratieperiode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create meter</source>
        <translation>Meter aanmaken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>18 digits, starting with 54</source>
        <translation>18 cijfers, beginnend met 54</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>To create the meter, fill in the fields marked * and correct those marked in red.</source>
        <translation>Vul de velden met * in en corrigeer de rood gemarkeerde velden om de meter aan te maken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create meter {0} with this EAN?</source>
        <translation>Meter {0} aanmaken met deze EAN?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create meter {0} despite these warnings?</source>
        <translation>Meter {0} aanmaken ondanks deze waarschuwingen?</translation>
    </message>
    <message>
        <source>This EAN does not look like a Belgian electricity EAN:</source>
        <translation type="vanished">Deze EAN lijkt niet op een Belgische elektriciteits-EAN:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The EAN cannot be changed once the meter is created.</source>
        <translation>De EAN kan niet meer worden gewijzigd zodra de meter aangemaakt is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create anyway</source>
        <translation>Toch aanmaken</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a meter with this EAN already exists in the CRM (perhaps in another community): it cannot be created twice</source>
        <translation>er bestaat al een meter met deze EAN in het CRM (misschien in een andere gemeenschap): hij kan niet twee keer worden aangemaakt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meter was not created: see the message under “{0}”.</source>
        <translation>De meter werd niet aangemaakt: zie het bericht onder “{0}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was sent: the CRM already has a meter with this EAN. See the message under “{0}”.</source>
        <translation>Er werd niets verstuurd: het CRM heeft al een meter met deze EAN. Zie het bericht onder “{0}”.</translation>
    </message>
    <message>
        <source>What you typed here is not kept; the draft stays in Pending changes.</source>
        <translation type="vanished">Wat u hier getypt hebt, wordt niet bewaard; het concept blijft in Wachtende wijzigingen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discard this new meter?</source>
        <translation>Deze nieuwe meter verwerpen?</translation>
    </message>
    <message>
        <source>What you typed is not kept.</source>
        <translation type="vanished">Wat u getypt hebt, wordt niet bewaard.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Verwerpen</translation>
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
        <translation>OptimCE Desktop is al gestart, maar reageert niet. Sluit het af en start het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/logging_setup.py" line="+1"/>
        <source>OptimCE Desktop could not start because of an unexpected error.</source>
        <translation>OptimCE Desktop kon niet starten door een onverwachte fout.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened is written in its log file:
{path}

Send that file to your IT support if this happens again.</source>
        <translation>Wat er gebeurde, staat in het logbestand:
{path}

Stuur dat bestand naar uw IT-ondersteuning als dit opnieuw gebeurt.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/banner.py" line="+30"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>CancelScheduledDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/cancel_scheduled_dialog.py" line="+27"/>
        <source>Cancel a scheduled change — {0}</source>
        <translation>Een geplande wijziging annuleren — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period from {0} ({1}) has not started yet.</source>
        <translation>De periode vanaf {0} ({1}) is nog niet begonnen.</translation>
    </message>
    <message>
        <source>Delete the scheduled period</source>
        <translation type="vanished">Geplande periode verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete the scheduled period</source>
        <translation>Geplande periode &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Let the period from {0} run on (it ends on {1} now)</source>
        <translation>De periode vanaf {0} laten doorlopen (ze eindigt nu op {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the period before it run on</source>
        <translation>De voorgaande periode laten doorlopen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No period ends the day before this one starts.</source>
        <translation>Geen enkele periode eindigt de dag voordat deze begint.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The period {0} is deleted.</source>
        <translation>De periode {0} wordt verwijderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with no end date</source>
        <translation>zonder einddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {0}</source>
        <translation>tot {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period from {0} runs on, {1}.</source>
        <translation>De periode vanaf {0} loopt door, {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period from {0} still ends on {1}: from {2} the meter has no configuration.</source>
        <translation>De periode vanaf {0} eindigt nog steeds op {1}: vanaf {2} heeft de meter geen configuratie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the period {0}?</source>
        <translation>De periode {0} verwijderen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete the period</source>
        <translation>Periode &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the period</source>
        <translation>Periode &amp;behouden</translation>
    </message>
    <message>
        <source>Delete the period</source>
        <translation type="vanished">Periode verwijderen</translation>
    </message>
    <message>
        <source>Keep the period</source>
        <translation type="vanished">Periode behouden</translation>
    </message>
</context>
<context>
    <name>ChangeTexts</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/change_texts.py" line="+56"/>
        <source>No holder</source>
        <translation>Geen houder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>None</source>
        <translation>Geen</translation>
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
        <translation>vanaf {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} to {1}</source>
        <translation>van {0} tot {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>now starts on {0}</source>
        <translation>begint nu op {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now ends on {0}</source>
        <translation>eindigt nu op {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer has an end date</source>
        <translation>heeft geen einddatum meer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A scheduled period {0}: {1}</source>
        <translation>Een geplande periode {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new period {0}: {1}</source>
        <translation>Een nieuwe periode {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period {0} was removed</source>
        <translation>De periode {0} werd verwijderd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period {0} changed: {1}</source>
        <translation>De periode {0} werd gewijzigd: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period {0} changed in details this form does not show</source>
        <translation>De periode {0} werd gewijzigd in details die dit formulier niet toont</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DSO {0}</source>
        <translation>DNB {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holder {0}</source>
        <translation>houder {0}</translation>
    </message>
</context>
<context>
    <name>CommunitySwitcher</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/community_switcher.py" line="+67"/>
        <source>{0}: read-only</source>
        <translation>{0}: alleen-lezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You are a member of this community: only its managers and administrators can open its meters here.</source>
        <translation>U bent lid van deze gemeenschap: enkel de beheerders en administrators ervan kunnen hier de meters openen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account belongs to no community.</source>
        <translation>Uw account behoort tot geen enkele gemeenschap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are only a member of your communities: the back-office needs the manager or administrator role.</source>
        <translation>U bent enkel lid van uw gemeenschappen: de back-office vereist de rol van beheerder of administrator.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>Beheerder</translation>
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
        <translation>Offline aan het werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are working offline: this needs the CRM. Refresh (F5) to go online.</source>
        <translation>U werkt offline: hiervoor is het CRM nodig. Vernieuw (F5) om online te gaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM cannot be reached: this needs it. The app checks again regularly.</source>
        <translation>Het CRM is niet bereikbaar, en dit heeft het nodig. De app controleert regelmatig opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline: showing data saved on {0}</source>
        <translation>Offline: gegevens bewaard op {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: no community is saved on this computer yet.</source>
        <translation>Offline: er is nog geen gemeenschap op deze computer bewaard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: no data of this community is saved on this computer yet.</source>
        <translation>Offline: er zijn nog geen gegevens van deze gemeenschap op deze computer bewaard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go online</source>
        <translation>Online gaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>ConsumptionChart</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/consumption_chart.py" line="+63"/>
        <source>Consumption chart</source>
        <translation>Verbruiksgrafiek</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Consumption: {0} kWh</source>
        <translation>Verbruik: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the community: {0} kWh</source>
        <translation>Van de gemeenschap: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the grid: {0} kWh</source>
        <translation>Van het net: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection: {0} kWh</source>
        <translation>Injectie: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the community: {0} kWh</source>
        <translation>Naar de gemeenschap: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the grid: {0} kWh</source>
        <translation>Naar het net: {0} kWh</translation>
    </message>
    <message>
        <source>No consumption for these days.</source>
        <translation type="vanished">Geen verbruik voor deze dagen.</translation>
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
        <translation>Van de gemeenschap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the grid</source>
        <translation>Van het net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the community</source>
        <translation>Naar de gemeenschap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the grid</source>
        <translation>Naar het net</translation>
    </message>
</context>
<context>
    <name>ConsumptionView</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/consumption_view.py" line="+45"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read these days from the CRM</source>
        <translation>Deze dagen ophalen uit het CRM</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="vanished">&amp;Van</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;rom</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Press Show to read this meter&apos;s consumption.</source>
        <translation>Klik op Tonen om het verbruik van deze meter op te halen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the consumption…</source>
        <translation>Verbruik wordt opgehaald…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The first day must be on or before the last day ({0}).</source>
        <translation>De eerste dag moet op of vóór de laatste dag ({0}) liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at most {0} days.</source>
        <translation>Kies hoogstens {0} dagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From: {0}</source>
        <translation>Van: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: {0}</source>
        <translation>Tot: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the first day.</source>
        <translation>Typ de eerste dag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the last day.</source>
        <translation>Typ de laatste dag.</translation>
    </message>
    <message>
        <source>No data for these days.</source>
        <translation type="vanished">Geen gegevens voor deze dagen.</translation>
    </message>
    <message>
        <source>From {0} to {1}: consumption {2} kWh, of which {3} kWh from the community; injection {4} kWh, of which {5} kWh to the community.</source>
        <translation type="vanished">Van {0} tot {1}: verbruik {2} kWh, waarvan {3} kWh van de gemeenschap; injectie {4} kWh, waarvan {5} kWh naar de gemeenschap.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read from the CRM at {0}.</source>
        <translation>Opgehaald uit het CRM op {0}.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these days to an Excel workbook: every quarter hour in Brussels time, and each day&apos;s totals</source>
        <translation>Deze dagen bewaren in een Excel-werkmap: elk kwartier in Brusselse tijd, en de totalen van elke dag</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Offline: showing the consumption saved on {0}.</source>
        <translation>Offline: verbruik bewaard op {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days not saved on this computer: {0}.</source>
        <translation>Dagen die niet op deze computer bewaard zijn: {0}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The consumption could not be read. {0}</source>
        <translation>Het verbruik kon niet worden opgehaald. {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No data for meter {0} from {1} to {2}.</source>
        <translation>Geen gegevens voor meter {0} van {1} tot {2}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Meter {0}, from {1} to {2}: consumption {3} kWh, of which {4} kWh from the community; injection {5} kWh, of which {6} kWh to the community.</source>
        <translation>Meter {0}, van {1} tot {2}: verbruik {3} kWh, waarvan {4} kWh van de gemeenschap; injectie {5} kWh, waarvan {6} kWh naar de gemeenschap.</translation>
    </message>
</context>
<context>
    <name>DeactivationDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/deactivation_dialog.py" line="+28"/>
        <source>Deactivate meter — {0}</source>
        <translation>Meter deactiveren — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Deactivation date</source>
        <translation type="vanished">Deactiveringsdatum</translation>
    </message>
    <message>
        <source>Deactivation &amp;date *</source>
        <translation type="vanished">&amp;Deactiveringsdatum *</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>D&amp;eactivation date *</source>
        <translation>Deactiveri&amp;ngsdatum *</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+38"/>
        <location line="+55"/>
        <source>Deactivation date: {0}</source>
        <translation>Deactiveringsdatum: {0}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between {0} and {1}</source>
        <translation>moet tussen {0} en {1} liggen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be on or after {0}, the start of the latest scheduled period</source>
        <translation>moet op of na {0} liggen, het begin van de laatste geplande periode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be on or after {0}, the start of the latest period</source>
        <translation>moet op of na {0} liggen, het begin van de laatste periode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period starting on {0} ({1}) will be made inactive in place, not kept in the history</source>
        <translation>de periode die begint op {0} ({1}) wordt zelf inactief gemaakt, niet bewaard in de historiek</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The latest period started on {0}: pick a later date to start an inactive period, or that date to make the period itself inactive.</source>
        <translation>De laatste periode begon op {0}: kies een latere datum om een inactieve periode te starten, of die datum om de periode zelf inactief te maken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CRM will make the period starting on {0} inactive in place. It keeps its holder and sharing operation; its active status is not kept in the history.</source>
        <translation>Het CRM maakt de periode die begint op {0} zelf inactief. Ze behoudt haar houder en deelactiviteit; haar actieve status wordt niet bewaard in de historiek.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM will start a new inactive period on {0}.</source>
        <translation>Het CRM start op {0} een nieuwe inactieve periode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period starting on {0} will end on {1}.</source>
        <translation>De periode die begint op {0} eindigt op {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new period has no holder and is in no sharing operation: the CRM does not carry them over.</source>
        <translation>De nieuwe periode heeft geen houder en zit in geen enkele deelactiviteit: het CRM neemt ze niet over.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holder until then: {0}</source>
        <translation>Houder tot dan: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing operation until then: {0}</source>
        <translation>Deelactiviteit tot dan: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make the period starting on {0} inactive?</source>
        <translation>De periode die begint op {0} inactief maken?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate meter {0} from {1}?</source>
        <translation>Meter {0} deactiveren vanaf {1}?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CRM refused the deactivation: see the message under the date.</source>
        <translation>Het CRM heeft de deactivering geweigerd: zie het bericht onder de datum.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>EAN {0}</source>
        <translation>EAN {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter no. {0}</source>
        <translation>Meternr. {0}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_detail.py" line="+62"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Selecteer een meter in de lijst om de details te zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the meter…</source>
        <translation>Meter wordt geladen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the EAN</source>
        <translation>De EAN kopiëren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Update data</source>
        <translation>Gegevens bijwerken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+245"/>
        <source>Read this meter again from the CRM</source>
        <translation>Deze meter opnieuw ophalen uit het CRM</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>This meter is not in the current list: the search or the status filter hides it.</source>
        <translation>Deze meter staat niet in de huidige lijst: de zoekopdracht of de statusfilter verbergt hem.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff group</source>
        <translation>Tariefgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of phases</source>
        <translation>Aantal fasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter information</source>
        <translation>Meterinformatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter no.</source>
        <translation>Meternr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading frequency</source>
        <translation>Opnamefrequentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This meter has no configuration in effect today.</source>
        <translation>Deze meter heeft vandaag geen geldige configuratie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current data</source>
        <translation>Huidige gegevens</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History and future</source>
        <translation>Historiek en toekomst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consumption</source>
        <translation>Verbruik</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Meter no.: {0}</source>
        <translation>Meternr.: {0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deactivation planned on {0}</source>
        <translation>Deactivering gepland op {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned: {0}</source>
        <translation>Gepland: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change this meter&apos;s configuration from a date you choose (Enter)</source>
        <translation>De configuratie van deze meter wijzigen vanaf een datum naar keuze (Enter)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This EAN does not start with 54, the Belgian prefix.</source>
        <translation>Deze EAN begint niet met 54, het Belgische voorvoegsel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This EAN&apos;s last digit does not match its GS1 check digit: it may have been mistyped.</source>
        <translation>Het laatste cijfer van deze EAN klopt niet met het GS1-controlecijfer: mogelijk werd het verkeerd getypt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Belgian EAN has 18 digits.</source>
        <translation>Een Belgische EAN telt 18 cijfers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EAN contains digits only.</source>
        <translation>Een EAN bevat enkel cijfers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meter has no EAN.</source>
        <translation>Deze meter heeft geen EAN.</translation>
    </message>
</context>
<context>
    <name>EmptyListOverlay</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/list_empty_state.py" line="+22"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/export_dialog.py" line="+69"/>
        <source>&amp;Format</source>
        <translation>&amp;Formaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save as</source>
        <translation>Op&amp;slaan als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rows sh&amp;own ({0}), as filtered and sorted</source>
        <translation>De &amp;getoonde rijen ({0}), zoals gefilterd en gesorteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;whole list ({0})</source>
        <translation>De &amp;hele lijst ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+99"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CSV, text separated by commas or semicolons (.csv)</source>
        <translation>CSV, tekst gescheiden door komma&apos;s of puntkomma&apos;s (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose where to save the file.</source>
        <translation>Kies waar u het bestand wilt opslaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a folder: add a file name.</source>
        <translation>Dit is een map: voeg een bestandsnaam toe.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation type="vanished">De map {0} bestaat niet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the export as</source>
        <translation>Export opslaan als</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing {0}…</source>
        <translation>{0} wordt geschreven…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The export was cancelled: no file was written.</source>
        <translation>De export werd geannuleerd: er werd geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../src/optimce_desktop/services/exports.py" line="+340"/>
        <source>This meter&apos;s consumption for these days was not saved on this computer, and the CRM cannot be reached.</source>
        <translation>Het verbruik van deze meter voor deze dagen werd niet op deze computer bewaard, en het CRM is niet bereikbaar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written: {0}.</source>
        <translation>Het bestand kon niet worden geschreven: {0}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is a folder: add a file name.</source>
        <translation>Dit is een map: voeg een bestandsnaam toe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {0} does not exist.</source>
        <translation>De map {0} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/keyboard_help.py" line="+28"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alt with the underlined letter of a field or a button goes to it or presses it.</source>
        <translation>Alt met de onderstreepte letter van een veld of knop gaat ernaartoe of drukt de knop in.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the meter list: update the selected meter&apos;s data</source>
        <translation>In de meterlijst: de gegevens van de geselecteerde meter bijwerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Pijl omhoog, Pijl omlaag, Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the meter list: go to another meter</source>
        <translation>In de meterlijst: naar een andere meter gaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next or previous field</source>
        <translation>Volgend of vorig veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the meter list for the next control</source>
        <translation>De meterlijst verlaten naar het volgende element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down, F4</source>
        <translation>Alt+Pijl omlaag, F4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a drop-down list</source>
        <translation>Een keuzelijst openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close a form (it asks before discarding what you typed)</source>
        <translation>Een formulier sluiten (het vraagt het eerst voor wat u typte verloren gaat)</translation>
    </message>
</context>
<context>
    <name>LocalData</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/local_data_banner.py" line="+27"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/services/local_data.py" line="+146"/>
        <source>another program is using it</source>
        <translation>een ander programma gebruikt ze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this app is not allowed to open or write it</source>
        <translation>deze app mag ze niet openen of erin schrijven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk could not read or write it</source>
        <translation>de schijf kon ze niet lezen of schrijven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data on this computer was written by a newer version of OptimCE Desktop, so this version only reads it: the updates kept there are still offered, but nothing new can be saved on this computer. Install the newer version.</source>
        <translation>De gegevens op deze computer werden geschreven door een nieuwere versie van OptimCE Desktop, dus deze versie leest ze enkel: de wijzigingen die er bewaard zijn, worden nog aangeboden, maar er kan niets nieuws op deze computer worden bewaard. Installeer de nieuwere versie.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n update(s) kept since are only in memory, until the app closes.</source>
        <translation>
            <numerusform>%n wijziging die sindsdien bewaard werd, staat enkel in het geheugen, tot de app wordt afgesloten.</numerusform>
            <numerusform>%n wijzigingen die sindsdien bewaard werden, staan enkel in het geheugen, tot de app wordt afgesloten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data on this computer cannot be used right now: {0}. It is left as it is, and the app tries again.</source>
        <translation>De gegevens op deze computer kunnen nu niet worden gebruikt: {0}. Ze blijven zoals ze zijn, en de app probeert het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n unsent update(s) are kept in memory until they can be written: do not close the app.</source>
        <translation>
            <numerusform>%n niet-verstuurde wijziging wordt in het geheugen bewaard tot ze kan worden geschreven: sluit de app niet af.</numerusform>
            <numerusform>%n niet-verstuurde wijzigingen worden in het geheugen bewaard tot ze kunnen worden geschreven: sluit de app niet af.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data on this computer can be used again.</source>
        <translation>De gegevens op deze computer kunnen opnieuw worden gebruikt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unsent update(s) kept in memory were written to it.</source>
        <translation>
            <numerusform>%n niet-verstuurde wijziging uit het geheugen werd erin geschreven.</numerusform>
            <numerusform>%n niet-verstuurde wijzigingen uit het geheugen werden erin geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data on this computer was found empty although it held data: the file {0} was cut short outside the app. Its unsent updates could not be recovered; the offline copy is saved again from the CRM.</source>
        <translation>De gegevens op deze computer bleken leeg, hoewel ze gegevens bevatten: het bestand {0} werd buiten de app ingekort. De niet-verstuurde wijzigingen ervan konden niet worden hersteld; de offline kopie wordt opnieuw uit het CRM bewaard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data on this computer could not be read: the file is damaged. It was set aside as {0}, and a new one started (the offline copy is saved again from the CRM).</source>
        <translation>De gegevens op deze computer konden niet worden gelezen: het bestand is beschadigd. Het werd opzijgezet als {0}, en er werd een nieuw gestart (de offline kopie wordt opnieuw uit het CRM bewaard).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsent update(s) were recovered</source>
        <translation>
            <numerusform>%n niet-verstuurde wijziging werd hersteld</numerusform>
            <numerusform>%n niet-verstuurde wijzigingen werden hersteld</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>others may be lost: the file is too damaged to tell how many it held</source>
        <translation>andere zijn misschien verloren: het bestand is te zwaar beschadigd om te zeggen hoeveel het er bevatte</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n kon niet worden gelezen</numerusform>
            <numerusform>%n konden niet worden gelezen</numerusform>
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
        <translation type="vanished">Alle velden</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation type="vanished">EAN</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation type="vanished">Meternummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">Adres</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="vanished">Houder</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="vanished">Alle statussen</translation>
    </message>
    <message>
        <source>Holders still being read: {0} of {1}</source>
        <translation type="vanished">Houders worden nog gelezen: {0} van {1}</translation>
    </message>
    <message>
        <source>Holders: {0} of {1}</source>
        <translation type="vanished">Houders: {0} van {1}</translation>
    </message>
    <message>
        <source>Holders and sharing operations come from each meter&apos;s details, read in the background a few a second so as not to load the CRM. Until all are read, sorting or searching on them leaves out the meters not read yet.</source>
        <translation type="vanished">Houders en deelactiviteiten komen uit de details van elke meter, die op de achtergrond worden gelezen, enkele per seconde, om het CRM niet te belasten. Zolang niet alles gelezen is, laten sorteren of zoeken daarop de nog niet gelezen meters weg.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/main_window.py" line="+212"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meters</source>
        <translation>Meters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in</source>
        <translation>Zoeken in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending changes</source>
        <translation>Wachtende wijzigingen</translation>
    </message>
    <message>
        <source>Compact ro&amp;ws</source>
        <translation type="vanished">&amp;Compacte rijen</translation>
    </message>
    <message>
        <source>One line a meter, the town in its own column: about twice the rows</source>
        <translation type="vanished">Eén regel per meter, de gemeente in een eigen kolom: ongeveer twee keer zoveel rijen</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>This meter is no longer in the community&apos;s list: its update cannot be sent.</source>
        <translation>Deze meter staat niet meer in de lijst van de gemeenschap: de wijziging kan niet worden verstuurd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The update form is not ready yet: try again in a moment.</source>
        <translation>Het formulier is nog niet klaar: probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>{0}: read-only</source>
        <translation type="vanished">{0}: alleen-lezen</translation>
    </message>
    <message>
        <source>You are a member of this community: only its managers and administrators can open its meters here.</source>
        <translation type="vanished">U bent lid van deze gemeenschap: enkel de beheerders en administrators ervan kunnen hier de meters openen.</translation>
    </message>
    <message>
        <source>Your account belongs to no community.</source>
        <translation type="vanished">Uw account behoort tot geen enkele gemeenschap.</translation>
    </message>
    <message>
        <source>You are only a member of your communities: the back-office needs the manager or administrator role.</source>
        <translation type="vanished">U bent enkel lid van uw gemeenschappen: de back-office vereist de rol van beheerder of administrator.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="vanished">Lid</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="vanished">Beheerder</translation>
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
        <translation type="vanished">De offline gegevens op deze computer konden niet worden gelezen (ze waren beschadigd, of geschreven door een nieuwere versie van de app). Ze werden opzijgezet als {0} en worden opnieuw uit het CRM bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s) could not be read: the CRM sent them in a form this app does not understand, so they are left out of the list.</source>
        <translation type="vanished">
            <numerusform>%n meter kon niet worden gelezen: het CRM stuurde hem in een vorm die deze app niet begrijpt, dus hij ontbreekt in de lijst.</numerusform>
            <numerusform>%n meters konden niet worden gelezen: het CRM stuurde ze in een vorm die deze app niet begrijpt, dus ze ontbreken in de lijst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM&apos;s pages of meters did not end as announced: the list may be incomplete.</source>
        <translation type="vanished">De pagina&apos;s met meters van het CRM eindigden niet zoals aangekondigd: de lijst is mogelijk onvolledig.</translation>
    </message>
    <message>
        <source>The offline data on this computer is damaged. It is set aside and saved again from the CRM at the next start of the app.</source>
        <translation type="vanished">De offline gegevens op deze computer zijn beschadigd. Ze worden bij de volgende start van de app opzijgezet en opnieuw uit het CRM bewaard.</translation>
    </message>
    <message>
        <source>The data cannot be saved on this computer for offline use: {0}</source>
        <translation type="vanished">De gegevens kunnen niet op deze computer worden bewaard voor offline gebruik: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s) shown</source>
        <translation type="vanished">
            <numerusform>%n meter getoond</numerusform>
            <numerusform>%n meters getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation type="vanished">(van {0})</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n of {0} meter(s) shown</source>
        <translation>
            <numerusform>%n van {0} meters getoond</numerusform>
            <numerusform>%n van {0} meters getoond</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refreshed {0}</source>
        <translation>Vernieuwd op {0}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The details of this meter were not saved on this computer before the CRM became unreachable. They are shown once it is back.</source>
        <translation>De details van deze meter werden niet op deze computer bewaard voordat het CRM onbereikbaar werd. Ze worden getoond zodra het terug is.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This meter has no configuration in effect today: only an active meter can be updated.</source>
        <translation>Deze meter heeft vandaag geen geldige configuratie: enkel een actieve meter kan worden bijgewerkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an active meter can be updated: this one is &quot;{0}&quot;.</source>
        <translation>Enkel een actieve meter kan worden bijgewerkt: deze is “{0}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offline: the update is kept on this computer as a draft, and sent from Pending changes once the CRM is back.</source>
        <translation>Offline: de wijziging wordt als concept op deze computer bewaard en verstuurd vanuit Wachtende wijzigingen zodra het CRM terug is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/main_window.ui" line="+111"/>
        <source>Read every meter of the community and its details from the CRM, and save them on this computer for offline use</source>
        <translation>Alle meters van de gemeenschap en hun details uit het CRM ophalen, en ze op deze computer bewaren voor offline gebruik</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Changes kept on this computer, waiting to be sent</source>
        <translation>Wijzigingen bewaard op deze computer, wachtend op verzending</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The CRM is back. %n change(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>Het CRM is terug. %n wijziging die op deze computer bewaard is, wacht op verzending.</numerusform>
            <numerusform>Het CRM is terug. %n wijzigingen die op deze computer bewaard zijn, wachten op verzending.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are working offline: this needs the CRM. Refresh (F5) to go online.</source>
        <translation type="vanished">U werkt offline: hiervoor is het CRM nodig. Vernieuw (F5) om online te gaan.</translation>
    </message>
    <message>
        <source>The CRM cannot be reached: this needs it. The app checks again regularly.</source>
        <translation type="vanished">Het CRM is niet bereikbaar, en dit heeft het nodig. De app controleert regelmatig opnieuw.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Selecteer een meter in de lijst om de details te zien.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="vanished">Opnieuw proberen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Aanmelden…</translation>
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
        <translation type="vanished">Offline aan het werk</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="vanished">Offline</translation>
    </message>
    <message>
        <source>Offline: showing data saved on {0}</source>
        <translation type="vanished">Offline: gegevens bewaard op {0}</translation>
    </message>
    <message>
        <source>Offline: no community is saved on this computer yet.</source>
        <translation type="vanished">Offline: er is nog geen gemeenschap op deze computer bewaard.</translation>
    </message>
    <message>
        <source>Offline: no data of this community is saved on this computer yet.</source>
        <translation type="vanished">Offline: er zijn nog geen gegevens van deze gemeenschap op deze computer bewaard.</translation>
    </message>
    <message>
        <source>Go online</source>
        <translation type="vanished">Online gaan</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="vanished">Controleren…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="vanished">Opnieuw proberen</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>✎ %n pending change(s)</source>
        <translation>
            <numerusform>✎ %n wachtende wijziging</numerusform>
            <numerusform>✎ %n wachtende wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates kept on this computer, waiting to be sent</source>
        <translation type="vanished">Wijzigingen bewaard op deze computer, wachtend op verzending</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The CRM is back. %n update(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>Het CRM is terug. %n wijziging die op deze computer bewaard is, wacht op verzending.</numerusform>
            <numerusform>Het CRM is terug. %n wijzigingen die op deze computer bewaard zijn, wachten op verzending.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Review</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="-102"/>
        <source>OptimCE Desktop</source>
        <translation>OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Community</source>
        <translation>Gemeenschap</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The community whose meters are shown</source>
        <translation>De gemeenschap waarvan de meters getoond worden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which field the search looks in</source>
        <translation>Het veld waarin gezocht wordt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EAN, meter number, address, holder… (Ctrl+F)</source>
        <translation>EAN, meternummer, adres, houder… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the community&apos;s meters again from the CRM (F5)</source>
        <translation>De meters van de gemeenschap opnieuw ophalen uit het CRM (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh all</source>
        <translation>Alles vernieuwen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No meter matches these filters.</source>
        <translation>Geen enkele meter voldoet aan deze filters.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Meter</source>
        <translation>&amp;Meter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh the list</source>
        <translation>Lijst &amp;vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh &amp;all (list and every detail)…</source>
        <translation>&amp;Alles vernieuwen (lijst en alle details)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update data…</source>
        <translation>Gegevens &amp;bijwerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the selected meter&apos;s data from a date you choose (Ctrl+U)</source>
        <translation>De gegevens van de geselecteerde meter bijwerken vanaf een datum naar keuze (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pending changes…</source>
        <translation>&amp;Wachtende wijzigingen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep offline data when signing out</source>
        <translation>Offline gegevens &amp;bewaren bij afmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When unchecked, signing out removes the copy of the CRM saved on this computer (unsent drafts stay)</source>
        <translation>Indien uitgevinkt, verwijdert afmelden de kopie van het CRM op deze computer (niet-verstuurde concepten blijven)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OptimCE Desktop…</source>
        <translation>&amp;Over OptimCE Desktop…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh this &amp;meter</source>
        <translation>Deze meter &amp;vernieuwen</translation>
    </message>
</context>
<context>
    <name>MemberComboBox</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/member_combo.py" line="+86"/>
        <source>No holder</source>
        <translation>Geen houder</translation>
    </message>
    <message>
        <source>{0}, {1} of {2}</source>
        <translation type="vanished">{0}, {1} van {2}</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no. {0}</source>
        <translation>nr. {0}</translation>
    </message>
</context>
<context>
    <name>MeterActionDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_action_dialog.py" line="+110"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen verwerpen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another operator changed this meter since this form was opened, so nothing was sent. Check the form against the meter as it is now, then validate again.</source>
        <translation>Een andere gebruiker heeft deze meter gewijzigd sinds dit formulier werd geopend, dus er werd niets verstuurd. Controleer het formulier aan de hand van de meter zoals hij nu is, en bevestig opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This form was restored from a draft kept on this computer on {0}.</source>
        <translation>Dit formulier werd hersteld uit een concept dat op {0} op deze computer bewaard werd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter changed since then: the form is checked against the meter as it is now.</source>
        <translation>De meter is sindsdien gewijzigd: het formulier wordt gecontroleerd aan de hand van de meter zoals hij nu is.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A change that was sent cannot be recalled: wait for the CRM&apos;s answer.</source>
        <translation>Een verstuurde wijziging kan niet worden ingetrokken: wacht op het antwoord van het CRM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping the change as a draft on this computer…</source>
        <translation>De wijziging wordt als concept op deze computer bewaard…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending to the CRM…</source>
        <translation>Wordt naar het CRM verstuurd…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as draft</source>
        <translation>Als concept bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM cannot be reached: the change is kept on this computer, to be checked and sent from Pending changes once the CRM is back.</source>
        <translation>Het CRM is niet bereikbaar: de wijziging wordt op deze computer bewaard, om gecontroleerd en verstuurd te worden vanuit Wachtende wijzigingen zodra het CRM terug is.</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+227"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} The CRM has not confirmed the change yet: it may have been applied. The app reads the meter again over the next half minute and tells you what happened.</source>
        <translation>{0} Het CRM heeft de wijziging nog niet bevestigd: ze werd misschien toegepast. De app leest de meter de komende halve minuut opnieuw en laat u weten wat er gebeurd is.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CRM still does not show the change. Read the meter again before sending it again.</source>
        <translation>Het CRM toont de wijziging nog steeds niet. Lees de meter opnieuw in voordat u ze opnieuw verstuurt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} Nothing was sent: the meter is unchanged.</source>
        <translation>{0} Er werd niets verstuurd: de meter is ongewijzigd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change is kept as a draft on this computer, in Pending changes.</source>
        <translation>De wijziging wordt als concept op deze computer bewaard, in Wachtende wijzigingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It could not be kept as a draft: {0}</source>
        <translation>Ze kon niet als concept worden bewaard: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The change is being sent and cannot be recalled; this window closes when the CRM answers.</source>
        <translation>De wijziging wordt verstuurd en kan niet worden ingetrokken; dit venster sluit zodra het CRM antwoordt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What you typed has not been sent and is not kept.</source>
        <translation>Wat u getypt hebt, is niet verstuurd en wordt niet bewaard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed here is not kept; the draft stays in Pending changes.</source>
        <translation>Wat u hier getypt hebt, wordt niet bewaard; het concept blijft in Wachtende wijzigingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>MeterActions</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_actions.py" line="+67"/>
        <source>&amp;Add a meter…</source>
        <translation>Meter &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;odify meter…</source>
        <translation>Meter w&amp;ijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate meter…</source>
        <translation>Meter &amp;deactiveren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modify</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this scheduled change…</source>
        <translation>Deze geplande wijziging annuleren…</translation>
    </message>
    <message>
        <source>This needs the CRM, which cannot be reached now.</source>
        <translation type="vanished">Hiervoor is het CRM nodig, dat nu niet bereikbaar is.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Open a community first: the new meter joins its list.</source>
        <translation>Open eerst een gemeenschap: de nieuwe meter komt in haar lijst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role in this community does not allow adding meters: it needs a manager or an administrator.</source>
        <translation>Uw rol in deze gemeenschap laat het toevoegen van meters niet toe: daarvoor moet u beheerder of administrator zijn.</translation>
    </message>
    <message>
        <source>Adding a meter needs the CRM, which cannot be reached now: a new meter cannot be kept as a draft.</source>
        <translation type="vanished">Voor het toevoegen van een meter is het CRM nodig, dat nu niet bereikbaar is: een nieuwe meter kan niet als concept worden bewaard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>Select a meter of the community&apos;s list.</source>
        <translation>Selecteer een meter uit de lijst van de gemeenschap.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+8"/>
        <location line="+18"/>
        <source>A change of this meter is being sent.</source>
        <translation>Er wordt een wijziging van deze meter verstuurd.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This meter&apos;s deactivation is already scheduled: cancel that change first to pick another date.</source>
        <translation>De deactivering van deze meter is al gepland: annuleer eerst die wijziging om een andere datum te kiezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an active meter can be deactivated.</source>
        <translation>Enkel een actieve meter kan worden gedeactiveerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a scheduled change (a period that starts after today) can be cancelled; current and past periods are history.</source>
        <translation>Enkel een geplande wijziging (een periode die na vandaag begint) kan worden geannuleerd; lopende en afgelopen periodes horen bij de historiek.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a meter in this community, with its first configuration period</source>
        <translation>Een meter aanmaken in deze gemeenschap, met zijn eerste configuratieperiode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the meter&apos;s address, number, tariff group, phases and reading frequency</source>
        <translation>Het adres, het nummer, de tariefgroep, de fasen en de opnamefrequentie van de meter wijzigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make this meter inactive from a date you choose</source>
        <translation>Deze meter inactief maken vanaf een datum naar keuze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete this scheduled period; the period before it can run on again</source>
        <translation>Deze geplande periode verwijderen; de voorgaande periode kan weer doorlopen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Open the draft&apos;s community first.</source>
        <translation>Open eerst de gemeenschap van het concept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another form is open: finish it or close it first.</source>
        <translation>Er is al een ander formulier open: werk het eerst af of sluit het.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This meter is no longer in the community&apos;s list: its change cannot be sent.</source>
        <translation>Deze meter staat niet meer in de lijst van de gemeenschap: de wijziging kan niet worden verstuurd.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saved as a draft: send it from Pending changes once the CRM is back</source>
        <translation>Bewaard als concept: verstuur het vanuit Wachtende wijzigingen zodra het CRM terug is</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Meter {0} will be deactivated on {1}</source>
        <translation>Meter {0} wordt gedeactiveerd op {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter {0} deactivated</source>
        <translation>Meter {0} gedeactiveerd</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Meter {0} modified</source>
        <translation>Meter {0} gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled change of meter {0} cancelled</source>
        <translation>Geplande wijziging van meter {0} geannuleerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter {0} saved</source>
        <translation>Meter {0} bewaard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Meter {0} created</source>
        <translation>Meter {0} aangemaakt</translation>
    </message>
</context>
<context>
    <name>MeterDataUpdateDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+293"/>
        <location line="+4"/>
        <source>Empty (--) when not set</source>
        <translation>Leeg (--) indien niet ingevuld</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The power the meter may take from the grid, called “sampling power” in the user guide.</source>
        <translation>Het vermogen dat de meter van het net mag afnemen, “sampling power” genoemd in de gebruikershandleiding.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Update data — {0}</source>
        <translation>Gegevens bijwerken — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN {0}</source>
        <translation>EAN {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter no. {0}</source>
        <translation>Meternr. {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <location line="+11"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No holder</source>
        <translation>Geen houder</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/dso_combo.py" line="+42"/>
        <source>Pick or type the DSO</source>
        <translation>Kies of typ de DNB</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+36"/>
        <source>This form was restored from a draft kept on this computer.</source>
        <translation>Dit formulier werd hersteld uit een concept dat op deze computer bewaard werd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form was restored from a draft kept on this computer on {0}.</source>
        <translation>Dit formulier werd hersteld uit een concept dat op {0} op deze computer bewaard werd.</translation>
    </message>
    <message>
        <source>The CRM already shows its change: it was applied although its answer was lost. There is nothing left to send, and the draft is deleted.</source>
        <translation type="vanished">Het CRM toont de wijziging al: ze werd toegepast, hoewel het antwoord verloren ging. Er valt niets meer te versturen en het concept wordt verwijderd.</translation>
    </message>
    <message>
        <source>It was sent once without an answer, and the meter as read now does not show it.</source>
        <translation type="vanished">Het werd eenmaal verstuurd zonder antwoord, en de meter zoals hij nu ingelezen is, toont het niet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was sent once without an answer, and the meter as read now does not show it. Sending it again is safe: it never creates a second period.</source>
        <translation>Ze werd eenmaal verstuurd zonder antwoord, en de meter zoals hij nu ingelezen is, toont ze niet. Opnieuw versturen is veilig: er wordt nooit een tweede periode aangemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meter changed since then; check the form against these changes:</source>
        <translation>De meter is sindsdien gewijzigd; controleer het formulier aan de hand van deze wijzigingen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A period is already scheduled from {0}: the form shows its values, not the current ones, because an update can only overwrite it (from that date) or follow it (from a later date). To change the meter before {0}, cancel that scheduled change first (History and future).</source>
        <translation>Er is al een periode gepland vanaf {0}: het formulier toont haar waarden, niet de huidige, want een wijziging kan haar alleen overschrijven (vanaf die datum) of erop volgen (vanaf een latere datum). Om de meter vóór {0} te wijzigen, annuleert u eerst die geplande wijziging (Historiek en toekomst).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The meter changed since this form was filled: the changes below are counted from the meter as the CRM has it now, and values you did not touch may undo another operator&apos;s changes.</source>
        <translation>De meter is gewijzigd sinds dit formulier werd ingevuld: de wijzigingen hieronder worden geteld ten opzichte van de meter zoals het CRM hem nu heeft, en waarden die u niet aanraakte, kunnen de wijzigingen van een andere medewerker ongedaan maken.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”.</source>
        <translation>Houder: “{0}” is geen lid van deze gemeenschap; kies er een uit de lijst, of “Geen houder”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder: the member list could not be loaded ({0}); the current holder is kept.</source>
        <translation>Houder: de ledenlijst kon niet worden geladen ({0}); de huidige houder blijft behouden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the community&apos;s members…</source>
        <translation>Leden van de gemeenschap worden geladen…</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/dso_combo.py" line="+21"/>
        <source>DSO: “{0}” is not a Belgian DSO; pick one from the list.</source>
        <translation>DNB: “{0}” is geen Belgische DNB; kies er een uit de lijst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DSO: {0} is the transmission system operator, not a distribution system operator.</source>
        <translation>DNB: {0} is de transmissienetbeheerder, geen distributienetbeheerder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DSO: not a Belgian DSO this app knows; it will be saved as typed.</source>
        <translation>DNB: geen Belgische DNB die deze app kent; hij wordt bewaard zoals getypt.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+25"/>
        <source>To validate, fill in: {0}.</source>
        <translation>Vul in om te bevestigen: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields marked in red to validate.</source>
        <translation>Corrigeer de rood gemarkeerde velden om te bevestigen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The meter has no period yet: this date starts its first one.</source>
        <translation>De meter heeft nog geen periode: deze datum start de eerste.</translation>
    </message>
    <message>
        <source>A period is scheduled from {0} ({1}): pick that date to replace it, or a later one.</source>
        <translation type="vanished">Er is een periode gepland vanaf {0} ({1}): kies die datum om ze te vervangen, of een latere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The latest period started on {0} ({1}): pick a later date to start a new period.</source>
        <translation>De laatste periode begon op {0} ({1}): kies een latere datum om een nieuwe periode te starten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as draft</source>
        <translation>Als concept bewaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM cannot be reached: the update is kept on this computer, to be checked and sent from Pending changes once the CRM is back.</source>
        <translation>Het CRM is niet bereikbaar: de wijziging wordt op deze computer bewaard, om gecontroleerd en verstuurd te worden vanuit Wachtende wijzigingen zodra het CRM terug is.</translation>
    </message>
    <message>
        <source>Replace the period starting on {0}?</source>
        <translation type="vanished">De periode vanaf {0} vervangen?</translation>
    </message>
    <message>
        <source>The meter&apos;s period {0} ({1}) starts on the effective date you picked. Sending replaces its values in place: they will not be kept in the meter&apos;s history.</source>
        <translation type="vanished">De periode {0} ({1}) van de meter begint op de gekozen ingangsdatum. Versturen vervangt de waarden ervan: ze worden niet bewaard in de historiek van de meter.</translation>
    </message>
    <message>
        <source>Replace the period</source>
        <translation type="vanished">Periode vervangen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
    <message>
        <source>Send these changes to the CRM?</source>
        <translation type="vanished">Deze wijzigingen naar het CRM versturen?</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>{0}: {1} → {2}, five times more or less than now: check the unit and the decimal mark</source>
        <translation>{0}: {1} → {2}, vijf keer meer of minder dan nu: controleer de eenheid en het decimaalteken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} → {2}, five times more or less than in the period scheduled from {3}: check the unit and the decimal mark</source>
        <translation>{0}: {1} → {2}, vijf keer meer of minder dan in de periode gepland vanaf {3}: controleer de eenheid en het decimaalteken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing changed yet: the form holds the values of the period from {0}.</source>
        <translation>Nog niets gewijzigd: het formulier bevat de waarden van de periode vanaf {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A period is scheduled from {0} ({1}): pick that date to overwrite it, or a later one to follow it; the form starts from its values.</source>
        <translation>Er is een periode gepland vanaf {0} ({1}): kies die datum om haar te overschrijven, of een latere om erop te volgen; het formulier vertrekt van haar waarden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Check before sending:</source>
        <translation>Controleer voor het versturen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meter {1}: the period scheduled from {0} will be overwritten with these changes:</source>
        <translation>Meter {1}: de periode gepland vanaf {0} wordt overschreven met deze wijzigingen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {0}, meter {1} will change as follows, compared with the period scheduled from {2}:</source>
        <translation>Vanaf {0} verandert meter {1} als volgt, ten opzichte van de periode gepland vanaf {2}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {0}, meter {1} will change as follows:</source>
        <translation>Vanaf {0} wijzigt meter {1} als volgt:</translation>
    </message>
    <message>
        <source>From {0}, meter {1} keeps the values it has.</source>
        <translation type="vanished">Vanaf {0} behoudt meter {1} zijn huidige waarden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send this update to the CRM?</source>
        <translation>Deze wijziging naar het CRM versturen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An update that was sent cannot be recalled: wait for the CRM&apos;s answer.</source>
        <translation>Een verstuurde wijziging kan niet worden ingetrokken: wacht op het antwoord van het CRM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping the update as a draft on this computer…</source>
        <translation>De wijziging wordt als concept op deze computer bewaard…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the update to the CRM…</source>
        <translation>De wijziging wordt naar het CRM verstuurd…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Another operator changed this meter since this form was opened, so nothing was sent. Check the form against these changes, then validate again:</source>
        <translation>Een andere gebruiker heeft deze meter gewijzigd sinds dit formulier werd geopend, dus er werd niets verstuurd. Controleer het formulier aan de hand van deze wijzigingen en bevestig opnieuw:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The CRM refused the update: see the message under “{0}”.</source>
        <translation>Het CRM heeft de wijziging geweigerd: zie het bericht onder “{0}”.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The update is being sent and cannot be recalled; this window closes when the CRM answers.</source>
        <translation>De wijziging wordt verstuurd en kan niet worden ingetrokken; dit venster sluit zodra het CRM antwoordt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The form could not be kept on this computer: {0}</source>
        <translation>Het formulier kon niet op deze computer worden bewaard: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes to meter {0} have not been sent.</source>
        <translation>Uw wijzigingen aan meter {0} werden niet verstuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarding also deletes the draft kept on this computer.</source>
        <translation>Verwerpen verwijdert ook het concept dat op deze computer bewaard is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen verwerpen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as draft</source>
        <translation>Als concept bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/meter_data_update_dialog.ui" line="+20"/>
        <location line="+65"/>
        <source>Update data</source>
        <translation>Gegevens bijwerken</translation>
    </message>
    <message>
        <source>Meter data update</source>
        <translation type="vanished">Metergegevens bijwerken</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Beschrijving</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>What the meter supplies, e.g. “Bakery: ovens and cold room”</source>
        <translation>Wat de meter voedt, bv. “Bakkerij: ovens en koelcel”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Energy characteristics</source>
        <translation>Energiekenmerken</translation>
    </message>
    <message>
        <source>Withdrawal power (kVA)</source>
        <translation type="vanished">Afnamevermogen (kVA)</translation>
    </message>
    <message>
        <source>Total generating capacity (kVA)</source>
        <translation type="vanished">Totaal productievermogen (kVA)</translation>
    </message>
    <message>
        <source>Amperage (A)</source>
        <translation type="vanished">Stroomsterkte (A)</translation>
    </message>
    <message>
        <source>Generation type</source>
        <translation type="vanished">Productietype</translation>
    </message>
    <message>
        <source>Injection status</source>
        <translation type="vanished">Injectiestatus</translation>
    </message>
    <message>
        <source>DSO *</source>
        <translation type="vanished">DNB *</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Financial characteristics</source>
        <translation>Financiële kenmerken</translation>
    </message>
    <message>
        <source>Tariff *</source>
        <translation type="vanished">Tarief *</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Withdrawal power (kVA)</source>
        <translation>&amp;Afnamevermogen (kVA)</translation>
    </message>
    <message>
        <source>Total generating &amp;capacity (kVA)</source>
        <translation type="vanished">Totaal &amp;productievermogen (kVA)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Amperage (A)</source>
        <translation>Stroomster&amp;kte (A)</translation>
    </message>
    <message>
        <source>&amp;Generation type</source>
        <translation type="vanished">Productiet&amp;ype</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Tota&amp;l generating capacity (kVA)</source>
        <translation>Totaal &amp;productievermogen (kVA)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Generation t&amp;ype</source>
        <translation>Productiet&amp;ype</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Injection status</source>
        <translation>In&amp;jectiestatus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DS&amp;O *</source>
        <translation>&amp;DNB *</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Tariff *</source>
        <translation>Ta&amp;rief *</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Single-rate</source>
        <translation>Enkelvoudig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bi-hourly</source>
        <translation>Tweevoudig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exclusive night</source>
        <translation>Exclusief nacht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Usage *</source>
        <translation>Gebru&amp;ik *</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Holder</source>
        <translation>&amp;Houder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sharing o&amp;peration</source>
        <translation>Dee&amp;lactiviteit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Status *</source>
        <translation>S&amp;tatus *</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&amp;Effective date *</source>
        <translation>I&amp;ngangsdatum *</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;Validate</source>
        <translation>Be&amp;vestigen</translation>
    </message>
    <message>
        <source>Usage *</source>
        <translation type="vanished">Gebruik *</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Residential</source>
        <translation>Residentieel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Professional</source>
        <translation>Professioneel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Industrial</source>
        <translation>Industrieel</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="vanished">Houder</translation>
    </message>
    <message>
        <source>Sharing operation</source>
        <translation type="vanished">Deelactiviteit</translation>
    </message>
    <message>
        <source>Status *</source>
        <translation type="vanished">Status *</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This form keeps the meter in its sharing operation; it does not change it.</source>
        <translation>Dit formulier houdt de meter in zijn deelactiviteit; het wijzigt die niet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept as is.</source>
        <translation>Blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>Effective date *</source>
        <translation type="vanished">Ingangsdatum *</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="vanished">Bevestigen</translation>
    </message>
</context>
<context>
    <name>MeterExport</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_export.py" line="+38"/>
        <source>Meters</source>
        <translation>Meters</translation>
    </message>
</context>
<context>
    <name>MeterExports</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_exports.py" line="+42"/>
        <source>&amp;Export the meter list…</source>
        <translation>Meterlijst &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the meter list to an Excel workbook or a CSV file</source>
        <translation>De meterlijst bewaren in een Excel-werkmap of een CSV-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list is empty: there is nothing to export.</source>
        <translation>De lijst is leeg: er valt niets te exporteren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>meters</source>
        <translation>meters</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The meter list of {0}, with the columns shown in the table. Working offline, it is the list saved on this computer.</source>
        <translation>De meterlijst van {0}, met de kolommen die in de tabel getoond worden. Offline is het de lijst die op deze computer bewaard is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the meter list</source>
        <translation>Meterlijst exporteren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>consumption</source>
        <translation>verbruik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter {0}, from {1} to {2}: every quarter hour in Brussels time, and each day&apos;s totals.</source>
        <translation>Meter {0}, van {1} tot {2}: elk kwartier in Brusselse tijd, en de totalen van elke dag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline, only the days saved on this computer are exported, without their quarter hours.</source>
        <translation>Offline worden enkel de dagen die op deze computer bewaard zijn geëxporteerd, zonder hun kwartieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the consumption</source>
        <translation>Verbruik exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarter hours</source>
        <translation>Kwartieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (Brussels)</source>
        <translation>Tijd (Brussel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTC offset</source>
        <translation>UTC-verschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross (kWh)</source>
        <translation>Bruto (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net (kWh)</source>
        <translation>Netto (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared (kWh)</source>
        <translation>Gedeeld (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection gross (kWh)</source>
        <translation>Injectie bruto (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injection net (kWh)</source>
        <translation>Injectie netto (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection shared (kWh)</source>
        <translation>Injectie gedeeld (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumption (kWh)</source>
        <translation>Verbruik (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the community (kWh)</source>
        <translation>Van de gemeenschap (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the grid (kWh)</source>
        <translation>Van het net (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injection (kWh)</source>
        <translation>Injectie (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the community (kWh)</source>
        <translation>Naar de gemeenschap (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the grid (kWh)</source>
        <translation>Naar het net (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved on this computer</source>
        <translation>Niet bewaard op deze computer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No data in the CRM</source>
        <translation>Geen gegevens in het CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quarter hours are not saved on this computer: export again once the CRM can be reached to have them.</source>
        <translation>De kwartieren zijn niet op deze computer bewaard: exporteer opnieuw zodra het CRM bereikbaar is om ze te krijgen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days without figures ({0}): {1}.</source>
        <translation>Dagen zonder cijfers ({0}): {1}.</translation>
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
        <translation>Meternummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box / supplement</source>
        <translation>Bus / toevoeging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff group</source>
        <translation>Tariefgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of phases</source>
        <translation>Aantal fasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading frequency</source>
        <translation>Opnamefrequentie</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 for a single-phase meter, 3 for a three-phase one</source>
        <translation>1 voor een eenfasige meter, 3 voor een driefasige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. bte 2</source>
        <translation>optioneel, bv. bus 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 41</source>
        <translation>bv. 41</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number only: a letter or a box (41A, 41 bte 2) goes in Box / supplement</source>
        <translation>Alleen het nummer: een letter of een bus (41A, 41 bus 2) hoort in Bus / toevoeging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 or 3</source>
        <translation>1 of 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 4500</source>
        <translation>bv. 4500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Belgian postcode: 4 digits, from 1000 to 9999</source>
        <translation>Een Belgische postcode: 4 cijfers, van 1000 tot 9999</translation>
    </message>
    <message>
        <source>&amp;EAN</source>
        <translation type="vanished">&amp;EAN</translation>
    </message>
    <message>
        <source>Meter &amp;number</source>
        <translation type="vanished">&amp;Meternummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EA&amp;N</source>
        <translation>&amp;EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meter number</source>
        <translation>&amp;Meternummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;reet</source>
        <translation>&amp;Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Num&amp;ber</source>
        <translation>N&amp;ummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode</source>
        <translation>Post&amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo&amp;x / supplement</source>
        <translation>Bus / toe&amp;voeging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff &amp;group</source>
        <translation>Tarie&amp;fgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number o&amp;f phases</source>
        <translation>Aanta&amp;l fasen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading fre&amp;quency</source>
        <translation>&amp;Opnamefrequentie</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>for {0}, type {1} here and {2} in Box / supplement</source>
        <translation>voor {0}, typ {1} hier en {2} in Bus / toevoeging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number, e.g. 41 (a letter or a box goes in Box / supplement)</source>
        <translation>een geheel getal, bv. 41 (een letter of een bus hoort in Bus / toevoeging)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CRM holds at most {0} characters, and counts each &lt; or &gt; as 4: this text takes {1}</source>
        <translation>het CRM bewaart hoogstens {0} tekens, en telt elke &lt; of &gt; als 4: deze tekst neemt er {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0} characters ({1} typed)</source>
        <translation>hoogstens {0} tekens ({1} getypt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character {0} is an invisible control character ({1}) the CRM cannot keep; delete it</source>
        <translation>teken {0} is een onzichtbaar stuurteken ({1}) dat het CRM niet kan bewaren; verwijder het</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CRM will store this text as “{0}”</source>
        <translation>het CRM bewaart deze tekst als “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between {0} and {1}</source>
        <translation>moet tussen {0} en {1} liggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not Belgian (4 digits, 1000 to 9999)</source>
        <translation>{0} is niet Belgisch (4 cijfers, 1000 tot 9999)</translation>
    </message>
    <message>
        <source>a Belgian postcode has 4 digits</source>
        <translation type="vanished">een Belgische postcode telt 4 cijfers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meters are single-phase (1) or three-phase (3)</source>
        <translation>meters zijn eenfasig (1) of driefasig (3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Belgian EAN has 18 digits and only digits ({0} typed)</source>
        <translation>een Belgische EAN telt 18 cijfers en enkel cijfers ({0} getypt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not start with 54, the Belgian prefix</source>
        <translation>begint niet met 54, het Belgische voorvoegsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last digit should be {0} (GS1 check digit): it may be mistyped</source>
        <translation>het laatste cijfer zou {0} moeten zijn (GS1-controlecijfer): mogelijk werd het verkeerd getypt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meter {0} is already in this community&apos;s list</source>
        <translation>meter {0} staat al in de lijst van deze gemeenschap</translation>
    </message>
</context>
<context>
    <name>MeterFilters</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_filters.py" line="+34"/>
        <source>Any field</source>
        <translation>Alle velden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter number</source>
        <translation>Meternummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
</context>
<context>
    <name>MeterStatus</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_status.py" line="+36"/>
        <source>{0} from {1}</source>
        <translation>{0} vanaf {1}</translation>
    </message>
</context>
<context>
    <name>MeterTableModel</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_table.py" line="+84"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter no.</source>
        <translation>Meternr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing operation</source>
        <translation>Deelactiviteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading from the meter&apos;s details…</source>
        <translation>Wordt geladen uit de details van de meter…</translation>
    </message>
</context>
<context>
    <name>ModifyMeterDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_dialog.py" line="+39"/>
        <source>Modify meter — {0}</source>
        <translation>Meter wijzigen — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM keeps no history of these fields: they change for every period.</source>
        <translation>Het CRM houdt geen historiek van deze velden bij: ze wijzigen voor elke periode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Save changes</source>
        <translation>Wijzigingen bewaren</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The EAN identifies the meter: it cannot be changed</source>
        <translation>De EAN identificeert de meter: hij kan niet worden gewijzigd</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing changed yet.</source>
        <translation>Er is nog niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check these warnings before saving:</source>
        <translation>Controleer deze waarschuwingen voor het bewaren:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change meter {0}?</source>
        <translation>Meter {0} wijzigen?</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The CRM keeps no history of these fields: the old values are lost.</source>
        <translation>Het CRM houdt geen historiek van deze velden bij: de oude waarden gaan verloren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The CRM refused the change: see the message under “{0}”.</source>
        <translation>Het CRM heeft de wijziging geweigerd: zie het bericht onder “{0}”.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/optional_date_edit.py" line="+139"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the day as dd/mm/yyyy, or pick it in the calendar (Alt+Down)</source>
        <translation>Typ de dag als dd/mm/jjjj, of kies hem in de kalender (Alt+Pijl-omlaag)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the calendar (Alt+Down)</source>
        <translation>De kalender openen (Alt+Pijl-omlaag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Choose a day between {0} and {1}</source>
        <translation>kies een dag tussen {0} en {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is not a day of the calendar</source>
        <translation>{0} is geen dag van de kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the year with 4 digits, e.g. 20/01/2027</source>
        <translation>typ het jaar met 4 cijfers, bv. 20/01/2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date: type it as dd/mm/yyyy, e.g. 20/01/2027</source>
        <translation>geen datum: typ ze als dd/mm/jjjj, bv. 20/01/2027</translation>
    </message>
</context>
<context>
    <name>OptionalNumberInput</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/optional_number_input.py" line="+263"/>
        <source>use one decimal mark (comma or dot) and no thousands separator</source>
        <translation>gebruik één decimaalteken (komma of punt) en geen scheidingsteken voor duizendtallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use only one decimal mark (comma or dot)</source>
        <translation>gebruik maar één decimaalteken (komma of punt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type a whole number, with no decimal mark and no thousands separator</source>
        <translation>typ een geheel getal, zonder decimaalteken en zonder scheidingsteken voor duizendtallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most one decimal, and no thousands separator</source>
        <translation>hoogstens één decimaal, en geen scheidingsteken voor duizendtallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} decimals, and no thousands separator</source>
        <translation>hoogstens {0} decimalen, en geen scheidingsteken voor duizendtallen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be negative</source>
        <translation>mag niet negatief zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {0}</source>
        <translation>moet minstens {0} zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most {0}</source>
        <translation>mag hoogstens {0} zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type a number, with a comma or a dot as the decimal mark</source>
        <translation>typ een getal, met een komma of een punt als decimaalteken</translation>
    </message>
</context>
<context>
    <name>OutcomeChecks</name>
    <message>
        <location filename="../../src/optimce_desktop/services/outcome_checks.py" line="+46"/>
        <source>Update data</source>
        <translation>Gegevens bijwerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a meter</source>
        <translation>Een meter toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modify meter</source>
        <translation>Meter wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate meter</source>
        <translation>Meter deactiveren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a scheduled change</source>
        <translation>Een geplande wijziging annuleren</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The change to meter {0} (“{1}”) that was being sent when the app stopped was applied by the CRM: there is nothing left to send.</source>
        <translation>De wijziging van meter {0} (“{1}”) die werd verstuurd toen de app stopte, werd door het CRM toegepast: er valt niets meer te versturen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM confirms the change to meter {0} (“{1}”): it was applied.</source>
        <translation>Het CRM bevestigt de wijziging van meter {0} (“{1}”): ze werd toegepast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change to meter {0} (“{1}”) was being sent when the app stopped, and the CRM does not show it: it was not applied. It is kept in Pending changes, to check and send again.</source>
        <translation>De wijziging van meter {0} (“{1}”) werd verstuurd toen de app stopte, en het CRM toont ze niet: ze werd niet toegepast. Ze wordt bewaard in Wachtende wijzigingen, om te controleren en opnieuw te versturen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM still does not show the change to meter {0} (“{1}”). It is kept in Pending changes: check it there, and send it again if needed (it is checked against the meter first, so it is never made twice).</source>
        <translation>Het CRM toont de wijziging van meter {0} (“{1}”) nog steeds niet. Ze wordt bewaard in Wachtende wijzigingen: controleer ze daar en verstuur ze zo nodig opnieuw (ze wordt eerst gecontroleerd aan de hand van de meter, zodat ze nooit twee keer wordt toegepast).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The update of meter {0} that was being sent when the app stopped was applied by the CRM: there is nothing left to send.</source>
        <translation>De wijziging van meter {0} die werd verstuurd toen de app stopte, werd door het CRM toegepast: er valt niets meer te versturen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM confirms the update of meter {0}: it was applied.</source>
        <translation>Het CRM bevestigt de wijziging van meter {0}: ze werd toegepast.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update of meter {0} was being sent when the app stopped, and the CRM does not show it: it was not applied. It is kept in Pending changes, to check and send again.</source>
        <translation>De wijziging van meter {0} werd verstuurd toen de app stopte, en het CRM toont ze niet: ze werd niet toegepast. Ze wordt bewaard in Wachtende wijzigingen, om te controleren en opnieuw te versturen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM still does not show the update of meter {0}. It is kept in Pending changes: check it there and send it again if needed (sending it again never creates a second period).</source>
        <translation>Het CRM toont de wijziging van meter {0} nog steeds niet. Ze wordt bewaard in Wachtende wijzigingen: controleer ze daar en verstuur ze zo nodig opnieuw (opnieuw versturen maakt nooit een tweede periode aan).</translation>
    </message>
</context>
<context>
    <name>PendingChangesDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/pending_changes.py" line="+59"/>
        <source>Pending changes</source>
        <translation>Wachtende wijzigingen</translation>
    </message>
    <message>
        <source>Updates kept on this computer, not sent to the CRM yet. Each one is checked against the meter as the CRM has it now; you then confirm it in the update form.</source>
        <translation type="vanished">Wijzigingen bewaard op deze computer, nog niet naar het CRM verstuurd. Elke wijziging wordt gecontroleerd tegen de meter zoals het CRM hem nu kent; daarna bevestigt u ze in het formulier.</translation>
    </message>
    <message>
        <source>Updates waiting to be sent</source>
        <translation type="vanished">Wijzigingen die wachten op verzending</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Meter</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective date</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved on</source>
        <translation>Bewaard op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>No update is waiting to be sent.</source>
        <translation type="vanished">Er wacht geen enkele wijziging op verzending.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Check and send…</source>
        <translation>&amp;Controleren en versturen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerpen…</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Was being sent when the app stopped: checked against the CRM at the next list read</source>
        <translation>Werd verstuurd toen de app stopte: wordt bij het volgende ophalen van de lijst gecontroleerd bij het CRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May have reached the CRM without an answer: checked before sending again</source>
        <translation>Heeft het CRM misschien bereikt zonder antwoord: wordt gecontroleerd voor het opnieuw versturen</translation>
    </message>
    <message>
        <source>Check and send…</source>
        <translation type="vanished">Controleren en versturen…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="vanished">Verwerpen…</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Checking against the CRM…</source>
        <translation>Controle bij het CRM…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard the update?</source>
        <translation>De wijziging verwerpen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update of meter {0} will not be sent, and its draft is deleted from this computer.</source>
        <translation>De wijziging van meter {0} wordt niet verstuurd, en het concept wordt van deze computer verwijderd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+28"/>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>Sent once without an answer: checked before sending again</source>
        <translation type="vanished">Eenmaal verstuurd zonder antwoord: gecontroleerd voor het opnieuw versturen</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Changes kept on this computer, not sent to the CRM yet. Each one is checked against the meter as the CRM has it now; you then confirm it in its form.</source>
        <translation>Wijzigingen bewaard op deze computer, nog niet naar het CRM verstuurd. Elke wijziging wordt gecontroleerd tegen de meter zoals het CRM hem nu kent; daarna bevestigt u ze in het bijbehorende formulier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes waiting to be sent</source>
        <translation>Wijzigingen die wachten op verzending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No change is waiting to be sent.</source>
        <translation>Er wacht geen enkele wijziging op verzending.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Discard the change?</source>
        <translation>De wijziging verwerpen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to meter {0} (“{1}”) will not be sent, and its draft is deleted from this computer.</source>
        <translation>De wijziging van meter {0} (“{1}”) wordt niet verstuurd, en het concept wordt van deze computer verwijderd.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Meter number: {0}</source>
        <translation>Meternummer: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First period: {0}, DSO {1}</source>
        <translation>Eerste periode: {0}, DNB {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inactive from {0}, without holder or sharing operation</source>
        <translation>Inactief vanaf {0}, zonder houder of deelactiviteit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period {0} is deleted</source>
        <translation>De periode {0} wordt verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period before it runs on</source>
        <translation>De voorgaande periode loopt door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period before it keeps its end</source>
        <translation>De voorgaande periode behoudt haar einddatum</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not sent: the CRM could not be reached</source>
        <translation>Niet verstuurd: het CRM was niet bereikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as a draft</source>
        <translation>Bewaard als concept</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already applied in the CRM: nothing left to send</source>
        <translation>Al toegepast in het CRM: niets meer te versturen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n problem(s) to correct in the form</source>
        <translation>
            <numerusform>%n probleem om te verbeteren in het formulier</numerusform>
            <numerusform>%n problemen om te verbeteren in het formulier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the CRM now has a meter with this EAN; see the form</source>
        <translation>Niet verstuurd: het CRM heeft nu een meter met deze EAN; zie het formulier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter changed since: check the form, then send</source>
        <translation>De meter is sindsdien gewijzigd: controleer het formulier en verstuur dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: confirm in the form to send</source>
        <translation>Klaar: bevestig in het formulier om te versturen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: the meter is no longer active, and a second deactivation would add another inactive period</source>
        <translation>Niet verstuurd: de meter is niet meer actief, en een tweede deactivering zou nog een inactieve periode toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: a deactivation of this meter is already scheduled</source>
        <translation>Niet verstuurd: er is al een deactivering van deze meter gepland</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this period has started since, it is history now</source>
        <translation>Niet verstuurd: deze periode is intussen begonnen, ze hoort nu bij de historiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: the CRM no longer has this meter</source>
        <translation>Niet verstuurd: het CRM heeft deze meter niet meer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meter actions are not ready yet: try again in a moment.</source>
        <translation>De meteracties zijn nog niet klaar: probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Applied by the CRM: nothing left to send</source>
        <translation>Toegepast door het CRM: niets meer te versturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied (the app stopped while sending it): check and send it again</source>
        <translation>Niet toegepast (de app stopte tijdens het versturen): controleer ze en verstuur ze opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed by the CRM: check it, then send it again if needed</source>
        <translation>Niet bevestigd door het CRM: controleer ze en verstuur ze zo nodig opnieuw</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not checked: {0}</source>
        <translation>Niet gecontroleerd: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CRM cannot be reached: a pending change is sent once it is back.</source>
        <translation>Het CRM is niet bereikbaar: een wachtende wijziging wordt verstuurd zodra het terug is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the meter from the CRM, check the change against it, and open it to send</source>
        <translation>De meter uit het CRM ophalen, de wijziging ertegen controleren, en ze openen om te versturen</translation>
    </message>
    <message>
        <source>Read the meter from the CRM, check the update against it, and open it to send</source>
        <translation type="vanished">De meter uit het CRM ophalen, de wijziging ertegen controleren, en ze openen om te versturen</translation>
    </message>
</context>
<context>
    <name>PeriodCards</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/period_cards.py" line="+35"/>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy characteristics</source>
        <translation>Energiekenmerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal power (kVA)</source>
        <translation>Afnamevermogen (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total generating capacity (kVA)</source>
        <translation>Totaal productievermogen (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amperage (A)</source>
        <translation>Stroomsterkte (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation type</source>
        <translation>Productietype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection status</source>
        <translation>Injectiestatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financial characteristics</source>
        <translation>Financiële kenmerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO</source>
        <translation>DNB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing operation</source>
        <translation>Deelactiviteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
</context>
<context>
    <name>PeriodForm</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/period_form.py" line="+68"/>
        <source>First period</source>
        <translation>Eerste periode</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No holder</source>
        <translation>Geen houder</translation>
    </message>
    <message>
        <source>Effective d&amp;ate *</source>
        <translation type="vanished">&amp;Ingangsdatum *</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Status *</source>
        <translation>S&amp;tatus *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tariff *</source>
        <translation>Ta&amp;rief *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usage *</source>
        <translation>Gebru&amp;ik *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawal power (kVA)</source>
        <translation>&amp;Afnamevermogen (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tota&amp;l generating capacity (kVA)</source>
        <translation>Totaal &amp;productievermogen (kVA)</translation>
    </message>
    <message>
        <source>A&amp;mperage (A)</source>
        <translation type="vanished">Stroomster&amp;kte (A)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Effective date *</source>
        <translation>I&amp;ngangsdatum *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Amperage (A)</source>
        <translation>Stroomster&amp;kte (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation t&amp;ype</source>
        <translation>Productiet&amp;ype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Injection status</source>
        <translation>In&amp;jectiestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DS&amp;O *</source>
        <translation>&amp;DNB *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holder</source>
        <translation>&amp;Houder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The meter&apos;s first period starts on this day; a later day schedules it.</source>
        <translation>De eerste periode van de meter begint op deze dag; een latere dag plant ze in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meter joins no sharing operation: add it to one in the CRM.</source>
        <translation>De meter neemt aan geen enkele deelactiviteit deel: voeg hem er in het CRM aan een toe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty when not known</source>
        <translation>Laat leeg indien onbekend</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>the new meter starts on {0}, yesterday: its first period covers a day already past</source>
        <translation>de nieuwe meter begint op {0}, gisteren: zijn eerste periode dekt een dag die al voorbij is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new meter starts on {0}, {1} days ago: its first period covers days already past</source>
        <translation>de nieuwe meter begint op {0}, {1} dagen geleden: zijn eerste periode dekt dagen die al voorbij zijn</translation>
    </message>
    <message>
        <source>Empty (--) when not set</source>
        <translation type="vanished">Leeg (--) indien niet ingevuld</translation>
    </message>
    <message>
        <source>Pick or type the DSO</source>
        <translation type="vanished">Kies of typ de DNB</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”.</source>
        <translation>Houder: “{0}” is geen lid van deze gemeenschap; kies er een uit de lijst, of “Geen houder”.</translation>
    </message>
    <message>
        <source>DSO: {0} is the transmission system operator, not a distribution system operator.</source>
        <translation type="vanished">DNB: {0} is de transmissienetbeheerder, geen distributienetbeheerder.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/optimce_desktop/services/problems.py" line="+76"/>
        <source>You are working offline, and this was not saved on this computer before.</source>
        <translation>U werkt offline, en dit werd niet eerder op deze computer bewaard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local database on this computer could not be used: {0}</source>
        <translation>De lokale databank op deze computer kon niet worden gebruikt: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something unexpected went wrong ({0}).</source>
        <translation>Er ging iets onverwachts mis ({0}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The CRM did not answer in time, or the connection broke.</source>
        <translation>Het CRM antwoordde niet op tijd, of de verbinding werd verbroken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM cannot be reached. Check the network connection.</source>
        <translation>Het CRM is niet bereikbaar. Controleer de netwerkverbinding.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Sign in again.</source>
        <translation>Uw sessie is verlopen. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You no longer have access to this community, or no community is selected.</source>
        <translation>U hebt geen toegang meer tot deze gemeenschap, of er is geen gemeenschap geselecteerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role in this community does not allow this: it needs a manager or an administrator.</source>
        <translation>Uw rol in deze gemeenschap laat dit niet toe: daarvoor moet u beheerder of administrator zijn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM refused this value.</source>
        <translation>Het CRM heeft deze waarde geweigerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM refused this date: the meter now has a period that starts later (perhaps just added by another operator).</source>
        <translation>Het CRM heeft deze datum geweigerd: de meter heeft nu een periode die later begint (misschien net toegevoegd door een andere gebruiker).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This conflicts with data already in the CRM.</source>
        <translation>Dit is in strijd met gegevens die al in het CRM staan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This period no longer exists in the CRM.</source>
        <translation>Deze periode bestaat niet meer in het CRM.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>This meter no longer exists in the CRM.</source>
        <translation>Deze meter bestaat niet meer in het CRM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM could not save the change: the holder or the sharing operation may no longer exist, or a date is impossible.</source>
        <translation>Het CRM kon de wijziging niet opslaan: de houder of de deelactiviteit bestaat misschien niet meer, of een datum is onmogelijk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM answered something this app does not understand. Check the server address, or update the app.</source>
        <translation>Het CRM antwoordde iets wat deze app niet begrijpt. Controleer het serveradres, of werk de app bij.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM&apos;s gateway gave up waiting for an answer (HTTP {0}).</source>
        <translation>De gateway van het CRM wachtte niet langer op een antwoord (HTTP {0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM is not available at the moment (HTTP {0}). Try again later.</source>
        <translation>Het CRM is momenteel niet beschikbaar (HTTP {0}). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server in front of the CRM answered an error (HTTP {0}) instead of the CRM&apos;s own answer.</source>
        <translation>De server vóór het CRM antwoordde met een fout (HTTP {0}) in plaats van met het antwoord van het CRM zelf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM failed to process the request.</source>
        <translation>Het CRM kon de aanvraag niet verwerken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM reported an error.</source>
        <translation>Het CRM meldde een fout.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} The CRM says: “{1}”</source>
        <translation>{0} Het CRM zegt: “{1}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal power</source>
        <translation>Afnamevermogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total generating capacity</source>
        <translation>Totaal productievermogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amperage</source>
        <translation>Stroomsterkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation type</source>
        <translation>Productietype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection status</source>
        <translation>Injectiestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO</source>
        <translation>DNB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing operation</source>
        <translation>Deelactiviteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective date</source>
        <translation>Ingangsdatum</translation>
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
        <translation>verplicht; kies de beheerder van het net waarop de meter is aangesloten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be negative</source>
        <translation>mag niet negatief zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most {0}</source>
        <translation>mag hoogstens {0} zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CRM holds at most {0} characters, and counts each &lt; or &gt; as 4: this text takes {1}</source>
        <translation>het CRM bewaart hoogstens {0} tekens, en telt elke &lt; of &gt; als 4: deze tekst neemt er {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {0} characters ({1} typed)</source>
        <translation>hoogstens {0} tekens ({1} getypt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>character {0} is an invisible control character ({1}, {2}) the CRM cannot keep; delete it (it may have come with pasted text)</source>
        <translation>teken {0} is een onzichtbaar stuurteken ({1}, {2}) dat het CRM niet kan bewaren; verwijder het (het kwam misschien mee met geplakte tekst)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the CRM may remove the HTML comments and the attributes of HTML tags in this text; write them without &lt; and &gt; to keep them as typed</source>
        <translation>het CRM kan de HTML-commentaren en de attributen van HTML-tags in deze tekst verwijderen; schrijf ze zonder &lt; en &gt; om ze te behouden zoals getypt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CRM will store this text as “{0}” (it removes the attributes of the tags &lt;b&gt;, &lt;i&gt;, &lt;u&gt; and &lt;div&gt;, and reads &amp;lt; and &amp;gt; as &lt; and &gt;)</source>
        <translation>het CRM bewaart deze tekst als “{0}” (het verwijdert de attributen van de tags &lt;b&gt;, &lt;i&gt;, &lt;u&gt; en &lt;div&gt;, en leest &amp;lt; en &amp;gt; als &lt; en &gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{0}” is not a calendar date (dd/mm/yyyy)</source>
        <translation>“{0}” is geen geldige datum (dd/mm/jjjj)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between {0} and {1}</source>
        <translation>moet tussen {0} en {1} liggen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be on or after {0}, the start of the latest scheduled period</source>
        <translation>moet op of na {0} liggen, het begin van de laatste geplande periode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be on or after {0}, the start of the current period</source>
        <translation>moet op of na {0} liggen, het begin van de huidige periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be on or after {0}, the start of the latest period</source>
        <translation>moet op of na {0} liggen, het begin van de laatste periode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the period already scheduled from {0} ({1}) will be overwritten: its values are replaced by this form&apos;s, and not kept in the history</source>
        <translation>de periode die al gepland is vanaf {0} ({1}) wordt overschreven: haar waarden worden vervangen door die van dit formulier en niet bewaard in de historiek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the period starting on {0} ({1}) will be replaced, not kept in the history</source>
        <translation>de periode die begint op {0} ({1}) wordt vervangen, niet bewaard in de historiek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a period is already scheduled from {0} ({1}): it will end on {2}, and the new period&apos;s changes are counted from its values</source>
        <translation>er is al een periode gepland vanaf {0} ({1}): ze eindigt op {2}, en de wijzigingen van de nieuwe periode worden geteld vanaf haar waarden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this changes the meter from {0}, yesterday: past sharing calculations may change</source>
        <translation>dit wijzigt de meter vanaf {0}, gisteren: eerdere verdeelberekeningen kunnen veranderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this changes the meter from {0}, {1} days ago: past sharing calculations may change</source>
        <translation>dit wijzigt de meter vanaf {0}, {1} dagen geleden: eerdere verdeelberekeningen kunnen veranderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the CRM cannot clear this value; it will keep “{0}”</source>
        <translation>het CRM kan deze waarde niet wissen; het behoudt “{0}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DSO {0}</source>
        <translation>DNB {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holder {0}</source>
        <translation>houder {0}</translation>
    </message>
</context>
<context>
    <name>RefreshAllDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/refresh_all_dialog.py" line="+20"/>
        <source>Refresh all — {0}</source>
        <translation>Alles vernieuwen — {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the list of meters…</source>
        <translation>De lijst van meters wordt gelezen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data saved on this computer is replaced only once everything is read: cancelling keeps it as it was.</source>
        <translation>De gegevens op deze computer worden pas vervangen als alles gelezen is: annuleren laat ze ongewijzigd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the list of meters… {0} of {1}</source>
        <translation>De lijst van meters wordt gelezen… {0} van {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the details of the meters… {0} of {1}</source>
        <translation>De details van de meters worden gelezen… {0} van {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving on this computer…</source>
        <translation>Bewaren op deze computer…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved on this computer, except the details of %n meter(s) the CRM did not give: their previous copy is kept</source>
        <translation>
            <numerusform>Bewaard op deze computer, behalve de gegevens van %n meter die het CRM niet gaf: de vorige kopie blijft bewaard</numerusform>
            <numerusform>Bewaard op deze computer, behalve de gegevens van %n meters die het CRM niet gaf: hun vorige kopie blijft bewaard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every meter and its details are saved on this computer</source>
        <translation>Alle meters en hun details zijn op deze computer bewaard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh cancelled: the data saved before is kept</source>
        <translation>Vernieuwen geannuleerd: de eerder bewaarde gegevens blijven behouden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refresh stopped: {0} The data saved before is kept.</source>
        <translation>Het vernieuwen is gestopt: {0} De eerder bewaarde gegevens blijven behouden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RememberedLayout</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/remembered_layout.py" line="+50"/>
        <source>Compact ro&amp;ws</source>
        <translation>&amp;Compacte rijen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One line a meter, the town in its own column: about twice the rows</source>
        <translation>Eén regel per meter, de gemeente in een eigen kolom: ongeveer twee keer zoveel rijen</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../src/optimce_desktop/services/server_settings.py" line="+57"/>
        <location line="+7"/>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such file or folder.</source>
        <translation>Bestand of map bestaat niet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{0}” uses plain http: only https is allowed, except for an address on this computer (localhost or 127.0.0.1).</source>
        <translation>“{0}” gebruikt onversleuteld http: enkel https is toegestaan, behalve voor een adres op deze computer (localhost of 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” is not a web address: it must start with https://.</source>
        <translation>“{0}” is geen webadres: het moet beginnen met https://.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/optimce_desktop/services/session.py" line="+147"/>
        <source>Set the addresses of the CRM and of the sign-in server in Settings.</source>
        <translation>Stel de adressen van het CRM en van de aanmeldserver in bij Instellingen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>These settings cannot be used: {0}</source>
        <translation>Deze instellingen zijn niet bruikbaar: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in cannot be prepared ({0}).</source>
        <translation>Het aanmelden kan niet worden voorbereid ({0}).</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Your session has ended. Sign in again to go on: your open windows and forms are kept.</source>
        <translation>Uw sessie is beëindigd. Meld u opnieuw aan om verder te gaan: uw open vensters en formulieren blijven behouden.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This computer has no usable password store: your session will not be remembered, and you will sign in again next time.</source>
        <translation>Deze computer heeft geen bruikbare wachtwoordopslag: uw sessie wordt niet onthouden, en u meldt zich de volgende keer opnieuw aan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You are signed in to OptimCE Desktop</source>
        <translation>U bent aangemeld bij OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to the app.</source>
        <translation>U kunt dit tabblad sluiten en teruggaan naar de app.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in did not complete</source>
        <translation>Het aanmelden is niet voltooid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to OptimCE Desktop to see why, and try again.</source>
        <translation>Ga terug naar OptimCE Desktop om te zien waarom, en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You are signed out of OptimCE Desktop</source>
        <translation>U bent afgemeld bij OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session at the sign-in server has ended. You can close this tab.</source>
        <translation>Uw sessie op de aanmeldserver is beëindigd. U kunt dit tabblad sluiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-out did not complete</source>
        <translation>Het afmelden is niet voltooid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to OptimCE Desktop to see why.</source>
        <translation>Ga terug naar OptimCE Desktop om te zien waarom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This page is out of date</source>
        <translation>Deze pagina is verouderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It does not belong to what OptimCE Desktop is waiting for. Go back to the app.</source>
        <translation>Ze hoort niet bij wat OptimCE Desktop verwacht. Ga terug naar de app.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close your web browser, or sign out on the sign-in server&apos;s own page, so that nobody else at this computer can use it.</source>
        <translation>Sluit uw webbrowser, of meld u af op de eigen pagina van de aanmeldserver, zodat niemand anders aan deze computer ze kan gebruiken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sign-in server offers no way for this app to end it</source>
        <translation>de aanmeldserver biedt deze app geen manier om ze te beëindigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the browser did not come back from the sign-in server&apos;s sign-out page</source>
        <translation>de browser kwam niet terug van de afmeldpagina van de aanmeldserver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sign-in server cannot be reached</source>
        <translation>de aanmeldserver is niet bereikbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sign-in server answered: {0}</source>
        <translation>de aanmeldserver antwoordde: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed out of OptimCE Desktop, but your session at the sign-in server may still be open: {0}. {1}</source>
        <translation>U bent afgemeld bij OptimCE Desktop, maar uw sessie op de aanmeldserver is misschien nog open: {0}. {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in failed unexpectedly ({0}).</source>
        <translation>Het aanmelden is onverwacht mislukt ({0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in cancelled.</source>
        <translation>Aanmelden geannuleerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The browser did not come back in time: the sign-in was stopped. Try again.</source>
        <translation>De browser kwam niet op tijd terug: het aanmelden werd gestopt. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was cancelled or refused in the browser.</source>
        <translation>Het aanmelden werd geannuleerd of geweigerd in de browser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The browser brought back an answer that does not belong to this sign-in, so it was refused. Try again.</source>
        <translation>De browser bracht een antwoord terug dat niet bij deze aanmelding hoort, dus werd het geweigerd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server refused the sign-in (it may have expired, or your session was ended). Sign in again.</source>
        <translation>De aanmeldserver weigerde de aanmelding (ze is misschien verlopen, of uw sessie werd beëindigd). Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server cannot be reached. Check the network connection and the server&apos;s address in Settings.</source>
        <translation>De aanmeldserver is niet bereikbaar. Controleer de netwerkverbinding en het adres van de server bij Instellingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server reported an error ({0}). Check the client id in Settings, or ask your administrator.</source>
        <translation>De aanmeldserver meldde een fout ({0}). Controleer de client-id bij Instellingen, of vraag het aan uw administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in server answered something this app cannot use ({0}).</source>
        <translation>De aanmeldserver antwoordde iets wat deze app niet kan gebruiken ({0}).</translation>
    </message>
</context>
<context>
    <name>SessionShell</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/session_shell.py" line="+232"/>
        <source>Sign out?</source>
        <translation>Afmelden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out now? Your windows close, and changes not yet sent are lost.</source>
        <translation>Nu afmelden? Uw vensters sluiten, en nog niet verstuurde wijzigingen gaan verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Instellingen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as {0}</source>
        <translation>Aangemeld als {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in server: {0}</source>
        <translation>Aanmeldserver: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/settings_dialog.py" line="+43"/>
        <source>Settings — OptimCE Desktop</source>
        <translation>Instellingen — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System certificates</source>
        <translation>Systeemcertificaten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">Bladeren…</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="vanished">Zoals het systeem</translation>
    </message>
    <message>
        <source>CRM gateway</source>
        <translation type="vanished">CRM-gateway</translation>
    </message>
    <message>
        <source>Sign-in server (OpenID issuer)</source>
        <translation type="vanished">Aanmeldserver (OpenID-uitgever)</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="vanished">Client-id</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation type="vanished">Certificeringsinstanties</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRM &amp;gateway</source>
        <translation>CRM-&amp;gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-&amp;in server (OpenID issuer)</source>
        <translation>&amp;Aanmeldserver (OpenID-uitgever)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client I&amp;D</source>
        <translation>Client-i&amp;d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate &amp;authorities</source>
        <translation>&amp;Certificeringsinstanties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates are always checked; name a CA bundle only if your network&apos;s proxy requires one. The language changes the next time the app starts.</source>
        <translation>Certificaten worden altijd gecontroleerd; geef enkel een CA-bundel op als de proxy van uw netwerk dat vereist. De taal verandert bij de volgende start van de app.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo runs on its own servers on this computer: these addresses are used when the app starts without --demo.</source>
        <translation>De demo draait op eigen servers op deze computer: deze adressen worden gebruikt als de app start zonder --demo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New server addresses are used once you sign out.</source>
        <translation>Nieuwe serveradressen worden gebruikt zodra u zich afmeldt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Discard your changes to the settings?</source>
        <translation>Uw wijzigingen aan de instellingen verwerpen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here is not saved.</source>
        <translation>Wat u hier getypt hebt, wordt niet bewaard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Certificate authorities (PEM)</source>
        <translation>Certificeringsinstanties (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/sign_in.py" line="+55"/>
        <source>Sign in again — OptimCE Desktop</source>
        <translation>Opnieuw aanmelden — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in — OptimCE Desktop</source>
        <translation>Aanmelden — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your session has ended</source>
        <translation>Uw sessie is beëindigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to OptimCE</source>
        <translation>Aanmelden bij OptimCE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in again to go on. Your open windows and forms are kept as they are.</source>
        <translation>Meld u opnieuw aan om verder te gaan. Uw open vensters en formulieren blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with your OptimCE account. The sign-in page opens in your web browser; come back here once you are signed in.</source>
        <translation>Meld u aan met uw OptimCE-account. De aanmeldpagina opent in uw webbrowser; kom hier terug zodra u aangemeld bent.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open the sign-in page again</source>
        <translation>De aanmeldpagina opnieuw openen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Waiting for you to sign in with your browser…</source>
        <translation>Wachten tot u zich aanmeldt in uw browser…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Instellingen…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="vanished">Afmelden</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again</source>
        <translation>Opnieuw aanmelden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Signing out in your browser…</source>
        <translation>Afmelden in uw browser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing out…</source>
        <translation>Afmelden…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="vanished">Wachten tot u zich aanmeldt in uw browser…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
</context>
<context>
    <name>SweepProgressLabel</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/sweep_progress.py" line="+41"/>
        <source>Holders still being read: {0} of {1}</source>
        <translation>Houders worden nog gelezen: {0} van {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holders: {0} of {1}</source>
        <translation>Houders: {0} van {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holders and sharing operations come from each meter&apos;s details, read in the background a few a second so as not to load the CRM. Until all are read, sorting or searching on them leaves out the meters not read yet.</source>
        <translation>Houders en deelactiviteiten komen uit de details van elke meter, die op de achtergrond worden gelezen, enkele per seconde, om het CRM niet te belasten. Zolang niet alles gelezen is, laten sorteren of zoeken daarop de nog niet gelezen meters weg.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/timeline_model.py" line="+62"/>
        <source>When</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tariff</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DSO</source>
        <translation>DNB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawal power</source>
        <translation>Afnamevermogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amperage</source>
        <translation>Stroomsterkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating capacity</source>
        <translation>Productievermogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sharing operation</source>
        <translation>Deelactiviteit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Current</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Future</source>
        <translation>Toekomstig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Afgelopen</translation>
    </message>
</context>
<context>
    <name>UpdateLauncher</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_launcher.py" line="+90"/>
        <source>Saved as a draft: send it from Pending changes once the CRM is back</source>
        <translation>Bewaard als concept: verstuur het vanuit Wachtende wijzigingen zodra het CRM terug is</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meter data updated: takes effect on {0}</source>
        <translation>Metergegevens bijgewerkt: van kracht op {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter data updated</source>
        <translation>Metergegevens bijgewerkt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review</source>
        <translation>Bekijken</translation>
    </message>
</context>
<context>
    <name>UpdateService</name>
    <message>
        <source>The CRM did not answer in time, and the meter, read again, shows no change: the update was not applied. You can send it again; the app first checks that it was not applied meanwhile, so it is never applied twice.</source>
        <translation type="vanished">Het CRM antwoordde niet op tijd, en de opnieuw ingelezen meter toont geen wijziging: de wijziging werd niet toegepast. U kunt ze opnieuw versturen; de app controleert eerst of ze intussen niet werd toegepast, zodat ze nooit twee keer wordt toegepast.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/services/updates.py" line="+67"/>
        <source>{0} Nothing was sent: the meter is unchanged.</source>
        <translation>{0} Er werd niets verstuurd: de meter is ongewijzigd.</translation>
    </message>
    <message>
        <source>{0} Whether the CRM applied the update is unknown: check the meter once the CRM can be reached before sending it again.</source>
        <translation type="vanished">{0} Het is niet bekend of het CRM de wijziging heeft toegepast: controleer de meter zodra het CRM bereikbaar is, voordat u ze opnieuw verstuurt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} The CRM has not confirmed the update yet: it may have been applied. The app reads the meter again over the next half minute and tells you what happened. Sending it again is safe: it never creates a second period.</source>
        <translation>{0} Het CRM heeft de wijziging nog niet bevestigd: ze werd misschien toegepast. De app leest de meter de komende halve minuut opnieuw en laat u weten wat er gebeurd is. Opnieuw versturen is veilig: er wordt nooit een tweede periode aangemaakt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your form is kept as a draft on this computer.</source>
        <translation>Uw formulier wordt als concept bewaard op deze computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be kept as a draft: {0}</source>
        <translation>Het kon niet als concept worden bewaard: {0}</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/services/sending.py" line="+117"/>
        <source>The CRM cannot be reached.</source>
        <translation>Het CRM is niet bereikbaar.</translation>
    </message>
</context>
<context>
    <name>WindowBanners</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/window_banners.py" line="+40"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The offline data on this computer could not be read (it was damaged, or written by a newer version of the app). It was set aside as {0}, and is saved again from the CRM.</source>
        <translation>De offline gegevens op deze computer konden niet worden gelezen (ze waren beschadigd, of geschreven door een nieuwere versie van de app). Ze werden opzijgezet als {0} en worden opnieuw uit het CRM bewaard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The offline data on this computer is damaged. It is set aside and saved again from the CRM at the next start of the app.</source>
        <translation>De offline gegevens op deze computer zijn beschadigd. Ze worden bij de volgende start van de app opzijgezet en opnieuw uit het CRM bewaard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data cannot be saved on this computer for offline use: {0}</source>
        <translation>De gegevens kunnen niet op deze computer worden bewaard voor offline gebruik: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n meter(s) could not be read: the CRM sent them in a form this app does not understand, so they are left out of the list.</source>
        <translation>
            <numerusform>%n meter kon niet worden gelezen: het CRM stuurde hem in een vorm die deze app niet begrijpt, dus hij ontbreekt in de lijst.</numerusform>
            <numerusform>%n meters konden niet worden gelezen: het CRM stuurde ze in een vorm die deze app niet begrijpt, dus ze ontbreken in de lijst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM&apos;s pages of meters did not end as announced: the list may be incomplete.</source>
        <translation>De pagina&apos;s met meters van het CRM eindigden niet zoals aangekondigd: de lijst is mogelijk onvolledig.</translation>
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
        <translation>{0} (transmissienetbeheerder)</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/domain/dso.py" line="+26"/>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Liège)</source>
        <translation>Wallonië (Luik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Namur)</source>
        <translation>Wallonië (Namen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Hainaut)</source>
        <translation>Wallonië (Henegouwen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Wavre)</source>
        <translation>Wallonië (Waver)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmission system operator</source>
        <translation>Transmissienetbeheerder</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../src/optimce_desktop/services/texts.py" line="-74"/>
        <source>Unknown ({0})</source>
        <translation>Onbekend ({0})</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/domain/enums.py" line="+101"/>
        <location line="+43"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Pending DSO approval</source>
        <translation>Wacht op DNB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending manager approval</source>
        <translation>Wacht op beheerder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Single-rate</source>
        <translation>Enkelvoudig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bi-hourly</source>
        <translation>Tweevoudig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive night</source>
        <translation>Exclusief nacht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residential</source>
        <translation>Residentieel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Professioneel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial</source>
        <translation>Industrieel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-producer, owner</source>
        <translation>Zelfproducent, eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-producer, right of use</source>
        <translation>Zelfproducent, gebruiksrecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pure injection, owner</source>
        <translation>Zuivere injectie, eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pure injection, right of use</source>
        <translation>Zuivere injectie, gebruiksrecht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photovoltaic</source>
        <translation>Fotovoltaïsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hydro</source>
        <translation>Waterkracht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solid biomass</source>
        <translation>Vaste biomassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biogas</source>
        <translation>Biogas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fossil cogeneration</source>
        <translation>Fossiele WKK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low voltage</source>
        <translation>Laagspanning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High voltage</source>
        <translation>Hoogspanning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Onderneming</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/domain/meter_status.py" line="+25"/>
        <source>Not active yet</source>
        <translation>Nog niet actief</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../src/optimce_desktop/services/texts.py" line="+82"/>
        <source>Single-phase</source>
        <translation>Eenfasig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three-phase</source>
        <translation>Driefasig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} phases</source>
        <translation>{0} fasen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
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
        <translation type="vanished">Meternr. {0}</translation>
    </message>
</context>
</TS>
