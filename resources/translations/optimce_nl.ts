<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
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
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ChangeTexts</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/change_texts.py" line="+50"/>
        <source>No holder</source>
        <translation>Geen houder</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>None</source>
        <translation>Geen</translation>
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
        <location line="+9"/>
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
    <name>ConsumptionChart</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/consumption_chart.py" line="+61"/>
        <source>Consumption chart</source>
        <translation>Verbruiksgrafiek</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+16"/>
        <source>No consumption for these days.</source>
        <translation>Geen verbruik voor deze dagen.</translation>
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
        <location filename="../../src/optimce_desktop/gui/consumption_view.py" line="+41"/>
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
        <location line="+17"/>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;rom</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Press Show to read this meter&apos;s consumption.</source>
        <translation>Klik op Tonen om het verbruik van deze meter op te halen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the consumption…</source>
        <translation>Verbruik wordt opgehaald…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The first day must be on or before the last day ({0}).</source>
        <translation>De eerste dag moet op of vóór de laatste dag ({0}) liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at most {0} days.</source>
        <translation>Kies hoogstens {0} dagen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From {0} to {1}: consumption {2} kWh, of which {3} kWh from the community; injection {4} kWh, of which {5} kWh to the community.</source>
        <translation>Van {0} tot {1}: verbruik {2} kWh, waarvan {3} kWh van de gemeenschap; injectie {4} kWh, waarvan {5} kWh naar de gemeenschap.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from the CRM at {0}.</source>
        <translation>Opgehaald uit het CRM op {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline: showing the consumption saved on {0}.</source>
        <translation>Offline: verbruik bewaard op {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days not saved on this computer: {0}.</source>
        <translation>Dagen die niet op deze computer bewaard zijn: {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The consumption could not be read. {0}</source>
        <translation>Het verbruik kon niet worden opgehaald. {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_detail.py" line="+57"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Selecteer een meter in de lijst om de details te zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the meter…</source>
        <translation>Meter wordt geladen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the EAN</source>
        <translation>De EAN kopiëren</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+128"/>
        <source>Read this meter again from the CRM</source>
        <translation>Deze meter opnieuw ophalen uit het CRM</translation>
    </message>
    <message>
        <location line="-119"/>
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
        <location line="+7"/>
        <source>Current data</source>
        <translation>Huidige gegevens</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History and future</source>
        <translation>Historiek en toekomst</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consumption</source>
        <translation>Verbruik</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Meter no.: {0}</source>
        <translation>Meternr.: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change this meter&apos;s configuration from a date you choose (Enter)</source>
        <translation>De configuratie van deze meter wijzigen vanaf een datum naar keuze (Enter)</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/main_window.py" line="+140"/>
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
    <message>
        <location line="+223"/>
        <source>This meter is no longer in the community&apos;s list: its update cannot be sent.</source>
        <translation>Deze meter staat niet meer in de lijst van de gemeenschap: de wijziging kan niet worden verstuurd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The update form is not ready yet: try again in a moment.</source>
        <translation>Het formulier is nog niet klaar: probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>You are a member of this community: only its managers and administrators can open its meters here.</source>
        <translation>U bent lid van deze gemeenschap: enkel de beheerders en administrators ervan kunnen hier de meters openen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account belongs to no community.</source>
        <translation>Uw account behoort tot geen enkele gemeenschap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are only a member of your communities: the back-office needs the manager or administrator role.</source>
        <translation>U bent enkel lid van uw gemeenschappen: de back-office vereist de rol van beheerder of administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <message>
        <location line="+24"/>
        <source>{0} — OptimCE Desktop</source>
        <translation>{0} — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location line="+31"/>
        <source>%n of {0} meter(s) shown</source>
        <translation>
            <numerusform>%n van {0} meters getoond</numerusform>
            <numerusform>%n van {0} meters getoond</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refreshed {0}</source>
        <translation>Vernieuwd op {0}</translation>
    </message>
    <message>
        <location line="+53"/>
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
        <location line="+6"/>
        <source>You are working offline: this needs the CRM. Refresh (F5) to go online.</source>
        <translation>U werkt offline: hiervoor is het CRM nodig. Vernieuw (F5) om online te gaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM cannot be reached: this needs it. The app checks again regularly.</source>
        <translation>Het CRM is niet bereikbaar, en dit heeft het nodig. De app controleert regelmatig opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Selecteer een meter in de lijst om de details te zien.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
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
        <translation>Offline aan het werk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <message numerus="yes">
        <location line="+23"/>
        <source>✎ %n pending change(s)</source>
        <translation>
            <numerusform>✎ %n wachtende wijziging</numerusform>
            <numerusform>✎ %n wachtende wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates kept on this computer, waiting to be sent</source>
        <translation>Wijzigingen bewaard op deze computer, wachtend op verzending</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The CRM is back. %n update(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>Het CRM is terug. %n wijziging die op deze computer bewaard is, wacht op verzending.</numerusform>
            <numerusform>Het CRM is terug. %n wijzigingen die op deze computer bewaard zijn, wachten op verzending.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+36"/>
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
        <location line="+12"/>
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
        <source>Refresh this &amp;meter</source>
        <translation>Deze meter &amp;vernieuwen</translation>
    </message>
</context>
<context>
    <name>MemberComboBox</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/member_combo.py" line="+67"/>
        <source>No holder</source>
        <translation>Geen houder</translation>
    </message>
</context>
<context>
    <name>MeterDataUpdateDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+218"/>
        <source>Empty (--) when not set</source>
        <translation>Leeg (--) indien niet ingevuld</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+22"/>
        <source>Pick or type the DSO</source>
        <translation>Kies of typ de DNB</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This form was restored from a draft kept on this computer.</source>
        <translation>Dit formulier werd hersteld uit een concept dat op deze computer bewaard werd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form was restored from a draft kept on this computer on {0}.</source>
        <translation>Dit formulier werd hersteld uit een concept dat op {0} op deze computer bewaard werd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM already shows its change: it was applied although its answer was lost. There is nothing left to send, and the draft is deleted.</source>
        <translation>Het CRM toont de wijziging al: ze werd toegepast, hoewel het antwoord verloren ging. Er valt niets meer te versturen en het concept wordt verwijderd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was sent once without an answer, and the meter as read now does not show it.</source>
        <translation>Het werd eenmaal verstuurd zonder antwoord, en de meter zoals hij nu ingelezen is, toont het niet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter changed since then; check the form against these changes:</source>
        <translation>De meter is sindsdien gewijzigd; controleer het formulier aan de hand van deze wijzigingen:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”.</source>
        <translation>Houder: “{0}” is geen lid van deze gemeenschap; kies er een uit de lijst, of “Geen houder”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder: the member list could not be loaded ({0}); the current holder is kept.</source>
        <translation>Houder: de ledenlijst kon niet worden geladen ({0}); de huidige houder blijft behouden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the community&apos;s members…</source>
        <translation>Leden van de gemeenschap worden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DSO: {0} is the transmission system operator, not a distribution system operator.</source>
        <translation>DNB: {0} is de transmissienetbeheerder, geen distributienetbeheerder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DSO: not a Belgian DSO this app knows; it will be saved as typed.</source>
        <translation>DNB: geen Belgische DNB die deze app kent; hij wordt bewaard zoals getypt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To validate, fill in: {0}.</source>
        <translation>Vul in om te bevestigen: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields marked in red to validate.</source>
        <translation>Corrigeer de rood gemarkeerde velden om te bevestigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meter has no period yet: this date starts its first one.</source>
        <translation>De meter heeft nog geen periode: deze datum start de eerste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A period is scheduled from {0} ({1}): pick that date to replace it, or a later one.</source>
        <translation>Er is een periode gepland vanaf {0} ({1}): kies die datum om ze te vervangen, of een latere.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+24"/>
        <source>Replace the period starting on {0}?</source>
        <translation>De periode vanaf {0} vervangen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s period {0} ({1}) starts on the effective date you picked. Sending replaces its values in place: they will not be kept in the meter&apos;s history.</source>
        <translation>De periode {0} ({1}) van de meter begint op de gekozen ingangsdatum. Versturen vervangt de waarden ervan: ze worden niet bewaard in de historiek van de meter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the period</source>
        <translation>Periode vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Back to the form</source>
        <translation>Terug naar het formulier</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Send these changes to the CRM?</source>
        <translation>Deze wijzigingen naar het CRM versturen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {0}, meter {1} will change as follows:</source>
        <translation>Vanaf {0} wijzigt meter {1} als volgt:</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+18"/>
        <source>The CRM refused the update: see the message under “{0}”.</source>
        <translation>Het CRM heeft de wijziging geweigerd: zie het bericht onder “{0}”.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The update is being sent and cannot be recalled; this window closes when the CRM answers.</source>
        <translation>De wijziging wordt verstuurd en kan niet worden ingetrokken; dit venster sluit zodra het CRM antwoordt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The form could not be kept on this computer: {0}</source>
        <translation>Het formulier kon niet op deze computer worden bewaard: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes to meter {0} have not been sent.</source>
        <translation>Uw wijzigingen aan meter {0} werden niet verstuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarding also deletes the draft kept on this computer.</source>
        <translation>Verwerpen verwijdert ook het concept dat op deze computer bewaard is.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Update data</source>
        <translation>Gegevens bijwerken</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Meter data update</source>
        <translation>Metergegevens bijwerken</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What the meter supplies, e.g. “Bakery: ovens and cold room”</source>
        <translation>Wat de meter voedt, bv. “Bakkerij: ovens en koelcel”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Energy characteristics</source>
        <translation>Energiekenmerken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Withdrawal power (kVA)</source>
        <translation>Afnamevermogen (kVA)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total generating capacity (kVA)</source>
        <translation>Totaal productievermogen (kVA)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amperage (A)</source>
        <translation>Stroomsterkte (A)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Generation type</source>
        <translation>Productietype</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Injection status</source>
        <translation>Injectiestatus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DSO *</source>
        <translation>DNB *</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Financial characteristics</source>
        <translation>Financiële kenmerken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tariff *</source>
        <translation>Tarief *</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <source>Usage *</source>
        <translation>Gebruik *</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+24"/>
        <source>Holder</source>
        <translation>Houder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sharing operation</source>
        <translation>Deelactiviteit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status *</source>
        <translation>Status *</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This form keeps the meter in its sharing operation; it does not change it.</source>
        <translation>Dit formulier houdt de meter in zijn deelactiviteit; het wijzigt die niet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept as is.</source>
        <translation>Blijft ongewijzigd.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Effective date *</source>
        <translation>Ingangsdatum *</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Validate</source>
        <translation>Bevestigen</translation>
    </message>
</context>
<context>
    <name>MeterTableModel</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_table.py" line="+73"/>
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
        <location line="+40"/>
        <source>Loading from the meter&apos;s details…</source>
        <translation>Wordt geladen uit de details van de meter…</translation>
    </message>
</context>
<context>
    <name>PendingChangesDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/pending_changes.py" line="+43"/>
        <source>Pending changes</source>
        <translation>Wachtende wijzigingen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updates kept on this computer, not sent to the CRM yet. Each one is checked against the meter as the CRM has it now; you then confirm it in the update form.</source>
        <translation>Wijzigingen bewaard op deze computer, nog niet naar het CRM verstuurd. Elke wijziging wordt gecontroleerd tegen de meter zoals het CRM hem nu kent; daarna bevestigt u ze in het formulier.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+0"/>
        <source>Saved on</source>
        <translation>Bewaard op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No update is waiting to be sent.</source>
        <translation>Er wacht geen enkele wijziging op verzending.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check and send…</source>
        <translation>Controleren en versturen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard…</source>
        <translation>Verwerpen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking against the CRM…</source>
        <translation>Controle bij het CRM…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard the update?</source>
        <translation>De wijziging verwerpen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update of meter {0} will not be sent, and its draft is deleted from this computer.</source>
        <translation>De wijziging van meter {0} wordt niet verstuurd, en het concept wordt van deze computer verwijderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent once without an answer: checked before sending again</source>
        <translation>Eenmaal verstuurd zonder antwoord: gecontroleerd voor het opnieuw versturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the CRM could not be reached</source>
        <translation>Niet verstuurd: het CRM was niet bereikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as a draft</source>
        <translation>Bewaard als concept</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already applied in the CRM: nothing left to send</source>
        <translation>Al toegepast in het CRM: niets meer te versturen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n problem(s) to correct in the form</source>
        <translation>
            <numerusform>%n probleem om te verbeteren in het formulier</numerusform>
            <numerusform>%n problemen om te verbeteren in het formulier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter changed since: check the form, then send</source>
        <translation>De meter is sindsdien gewijzigd: controleer het formulier en verstuur dan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready: confirm in the form to send</source>
        <translation>Klaar: bevestig in het formulier om te versturen</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>Read the meter from the CRM, check the update against it, and open it to send</source>
        <translation>De meter uit het CRM ophalen, de wijziging ertegen controleren, en ze openen om te versturen</translation>
    </message>
</context>
<context>
    <name>PeriodCards</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/period_cards.py" line="+33"/>
        <location line="+3"/>
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
    <name>Problems</name>
    <message>
        <location filename="../../src/optimce_desktop/services/problems.py" line="+77"/>
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
        <location line="+8"/>
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
        <location line="+1"/>
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
        <location line="+2"/>
        <source>at most {0} characters ({1} typed)</source>
        <translation>hoogstens {0} tekens ({1} getypt)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>the period starting on {0} ({1}) will be replaced, not kept in the history</source>
        <translation>de periode die begint op {0} ({1}) wordt vervangen, niet bewaard in de historiek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the CRM cannot clear this value; it will keep “{0}”</source>
        <translation>het CRM kan deze waarde niet wissen; het behoudt “{0}”</translation>
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
    <message>
        <location line="+7"/>
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
        <location line="+11"/>
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
        <location filename="../../src/optimce_desktop/services/session.py" line="+134"/>
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
        <location line="+141"/>
        <source>Your session has ended. Sign in again to go on: your open windows and forms are kept.</source>
        <translation>Uw sessie is beëindigd. Meld u opnieuw aan om verder te gaan: uw open vensters en formulieren blijven behouden.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This computer has no usable password store: your session will not be remembered, and you will sign in again next time.</source>
        <translation>Deze computer heeft geen bruikbare wachtwoordopslag: uw sessie wordt niet onthouden, en u meldt zich de volgende keer opnieuw aan.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+13"/>
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
        <location filename="../../src/optimce_desktop/gui/session_shell.py" line="+213"/>
        <source>Sign out?</source>
        <translation>Afmelden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out now? Your windows close, and changes not yet sent are lost.</source>
        <translation>Nu afmelden? Uw vensters sluiten, en nog niet verstuurde wijzigingen gaan verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in as {0}</source>
        <translation>Aangemeld als {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in server: {0}</source>
        <translation>Aanmeldserver: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/settings_dialog.py" line="+41"/>
        <source>Settings — OptimCE Desktop</source>
        <translation>Instellingen — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System certificates</source>
        <translation>Systeemcertificaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRM gateway</source>
        <translation>CRM-gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in server (OpenID issuer)</source>
        <translation>Aanmeldserver (OpenID-uitgever)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id</source>
        <translation>Client-id</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate authorities</source>
        <translation>Certificeringsinstanties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
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
        <location line="+73"/>
        <source>Certificate authorities (PEM)</source>
        <translation>Certificeringsinstanties (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+60"/>
        <source>Signing out…</source>
        <translation>Afmelden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Wachten tot u zich aanmeldt in uw browser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
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
        <location filename="../../src/optimce_desktop/gui/update_launcher.py" line="+55"/>
        <source>Saved as a draft: send it from Pending changes once the CRM is back</source>
        <translation>Bewaard als concept: verstuur het vanuit Wachtende wijzigingen zodra het CRM terug is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter data updated</source>
        <translation>Metergegevens bijgewerkt</translation>
    </message>
</context>
<context>
    <name>UpdateService</name>
    <message>
        <location filename="../../src/optimce_desktop/services/updates.py" line="+81"/>
        <source>The CRM did not answer in time, and the meter, read again, shows no change: the update was not applied. You can send it again; the app first checks that it was not applied meanwhile, so it is never applied twice.</source>
        <translation>Het CRM antwoordde niet op tijd, en de opnieuw ingelezen meter toont geen wijziging: de wijziging werd niet toegepast. U kunt ze opnieuw versturen; de app controleert eerst of ze intussen niet werd toegepast, zodat ze nooit twee keer wordt toegepast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} Nothing was sent: the meter is unchanged.</source>
        <translation>{0} Er werd niets verstuurd: de meter is ongewijzigd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} Whether the CRM applied the update is unknown: check the meter once the CRM can be reached before sending it again.</source>
        <translation>{0} Het is niet bekend of het CRM de wijziging heeft toegepast: controleer de meter zodra het CRM bereikbaar is, voordat u ze opnieuw verstuurt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your form is kept as a draft on this computer.</source>
        <translation>Uw formulier wordt als concept bewaard op deze computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be kept as a draft: {0}</source>
        <translation>Het kon niet als concept worden bewaard: {0}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The CRM cannot be reached.</source>
        <translation>Het CRM is niet bereikbaar.</translation>
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
        <location filename="../../src/optimce_desktop/services/texts.py" line="-44"/>
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
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../src/optimce_desktop/services/texts.py" line="+52"/>
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
</context>
</TS>
