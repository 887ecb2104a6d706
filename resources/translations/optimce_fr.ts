<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
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
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ChangeTexts</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/change_texts.py" line="+50"/>
        <source>No holder</source>
        <translation>Aucun titulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>{0}: {1} → {2}</source>
        <translation>{0}&#xa0;: {1} → {2}</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>from {0}</source>
        <translation>à partir du {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} to {1}</source>
        <translation>du {0} au {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>now starts on {0}</source>
        <translation>commence désormais le {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now ends on {0}</source>
        <translation>se termine désormais le {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer has an end date</source>
        <translation>n&apos;a plus de date de fin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A scheduled period {0}: {1}</source>
        <translation>Une période planifiée {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new period {0}: {1}</source>
        <translation>Une nouvelle période {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period {0} was removed</source>
        <translation>La période {0} a été supprimée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period {0} changed: {1}</source>
        <translation>La période {0} a changé&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period {0} changed in details this form does not show</source>
        <translation>La période {0} a changé dans des détails que ce formulaire n&apos;affiche pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DSO {0}</source>
        <translation>GRD {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holder {0}</source>
        <translation>titulaire {0}</translation>
    </message>
</context>
<context>
    <name>ConsumptionChart</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/consumption_chart.py" line="+61"/>
        <source>Consumption chart</source>
        <translation>Graphique de consommation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Consumption: {0} kWh</source>
        <translation>Consommation : {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the community: {0} kWh</source>
        <translation>De la communauté : {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the grid: {0} kWh</source>
        <translation>Du réseau : {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection: {0} kWh</source>
        <translation>Injection : {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the community: {0} kWh</source>
        <translation>Vers la communauté : {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the grid: {0} kWh</source>
        <translation>Vers le réseau : {0} kWh</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No consumption for these days.</source>
        <translation>Aucune consommation pour ces jours.</translation>
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
        <translation>De la communauté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the grid</source>
        <translation>Du réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the community</source>
        <translation>Vers la communauté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the grid</source>
        <translation>Vers le réseau</translation>
    </message>
</context>
<context>
    <name>ConsumptionView</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/consumption_view.py" line="+41"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read these days from the CRM</source>
        <translation>Lire ces jours depuis le CRM</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="vanished">&amp;Du</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;rom</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Press Show to read this meter&apos;s consumption.</source>
        <translation>Cliquez sur Afficher pour lire la consommation de ce compteur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the consumption…</source>
        <translation>Lecture de la consommation…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The first day must be on or before the last day ({0}).</source>
        <translation>Le premier jour doit être le dernier jour ({0}) ou avant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at most {0} days.</source>
        <translation>Choisissez au plus {0} jours.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From {0} to {1}: consumption {2} kWh, of which {3} kWh from the community; injection {4} kWh, of which {5} kWh to the community.</source>
        <translation>Du {0} au {1} : consommation {2} kWh, dont {3} kWh de la communauté ; injection {4} kWh, dont {5} kWh vers la communauté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read from the CRM at {0}.</source>
        <translation>Lu depuis le CRM le {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline: showing the consumption saved on {0}.</source>
        <translation>Hors ligne : consommation enregistrée le {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days not saved on this computer: {0}.</source>
        <translation>Jours non enregistrés sur cet ordinateur : {0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The consumption could not be read. {0}</source>
        <translation>La consommation n&apos;a pas pu être lue. {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_detail.py" line="+57"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Sélectionnez un compteur dans la liste pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the meter…</source>
        <translation>Chargement du compteur…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the EAN</source>
        <translation>Copier l&apos;EAN</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Update data</source>
        <translation>Mettre à jour les données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <source>Read this meter again from the CRM</source>
        <translation>Relire ce compteur depuis le CRM</translation>
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
        <translation>Groupe tarifaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of phases</source>
        <translation>Nombre de phases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter information</source>
        <translation>Informations du compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter no.</source>
        <translation>N° de compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading frequency</source>
        <translation>Fréquence de relevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This meter has no configuration in effect today.</source>
        <translation>Ce compteur n&apos;a aucune configuration en vigueur aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current data</source>
        <translation>Données actuelles</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History and future</source>
        <translation>Historique et à venir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Meter no.: {0}</source>
        <translation>N° de compteur&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change this meter&apos;s configuration from a date you choose (Enter)</source>
        <translation>Modifier la configuration de ce compteur à partir d&apos;une date de votre choix (Entrée)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This EAN does not start with 54, the Belgian prefix.</source>
        <translation>Cet EAN ne commence pas par 54, le préfixe belge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This EAN&apos;s last digit does not match its GS1 check digit: it may have been mistyped.</source>
        <translation>Le dernier chiffre de cet EAN ne correspond pas à sa clé de contrôle GS1&#xa0;: il a peut-être été mal saisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Belgian EAN has 18 digits.</source>
        <translation>Un EAN belge compte 18 chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EAN contains digits only.</source>
        <translation>Un EAN ne contient que des chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meter has no EAN.</source>
        <translation>Ce compteur n&apos;a pas d&apos;EAN.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/main_window.py" line="+140"/>
        <source>Any field</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter number</source>
        <translation>Numéro de compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>This meter is no longer in the community&apos;s list: its update cannot be sent.</source>
        <translation>Ce compteur ne figure plus dans la liste de la communauté&#xa0;: sa mise à jour ne peut pas être envoyée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The update form is not ready yet: try again in a moment.</source>
        <translation>Le formulaire de mise à jour n&apos;est pas encore prêt&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>You are a member of this community: only its managers and administrators can open its meters here.</source>
        <translation>Vous êtes membre de cette communauté&#xa0;: seuls ses gestionnaires et administrateurs peuvent ouvrir ses compteurs ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account belongs to no community.</source>
        <translation>Votre compte n&apos;appartient à aucune communauté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are only a member of your communities: the back-office needs the manager or administrator role.</source>
        <translation>Vous n&apos;êtes que membre de vos communautés&#xa0;: le back-office requiert le rôle de gestionnaire ou d&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} — OptimCE Desktop</source>
        <translation>{0} — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The offline data on this computer could not be read (it was damaged, or written by a newer version of the app). It was set aside as {0}, and is saved again from the CRM.</source>
        <translation>Les données hors ligne de cet ordinateur n&apos;ont pas pu être lues (elles étaient endommagées, ou écrites par une version plus récente de l&apos;application). Elles ont été mises de côté sous {0} et sont à nouveau enregistrées depuis le CRM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The offline data on this computer is damaged. It is set aside and saved again from the CRM at the next start of the app.</source>
        <translation>Les données hors ligne de cet ordinateur sont endommagées. Elles seront mises de côté et à nouveau enregistrées depuis le CRM au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data cannot be saved on this computer for offline use: {0}</source>
        <translation>Les données ne peuvent pas être enregistrées sur cet ordinateur pour une utilisation hors ligne&#xa0;: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s) shown</source>
        <translation type="vanished">
            <numerusform>%n compteur affiché</numerusform>
            <numerusform>%n compteurs affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation type="vanished">sur {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n of {0} meter(s) shown</source>
        <translation>
            <numerusform>%n compteur affiché sur {0}</numerusform>
            <numerusform>%n compteurs affichés sur {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refreshed {0}</source>
        <translation>Actualisé le {0}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The details of this meter were not saved on this computer before the CRM became unreachable. They are shown once it is back.</source>
        <translation>Les détails de ce compteur n&apos;avaient pas été enregistrés sur cet ordinateur avant que le CRM devienne injoignable. Ils s&apos;afficheront dès son retour.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This meter has no configuration in effect today: only an active meter can be updated.</source>
        <translation>Ce compteur n&apos;a aucune configuration en vigueur aujourd&apos;hui&#xa0;: seul un compteur actif peut être mis à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an active meter can be updated: this one is &quot;{0}&quot;.</source>
        <translation>Seul un compteur actif peut être mis à jour&#xa0;: celui-ci est «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offline: the update is kept on this computer as a draft, and sent from Pending changes once the CRM is back.</source>
        <translation>Hors ligne&#xa0;: la mise à jour est conservée comme brouillon sur cet ordinateur, et sera envoyée depuis Modifications en attente dès le retour du CRM.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/main_window.ui" line="+111"/>
        <source>Read every meter of the community and its details from the CRM, and save them on this computer for offline use</source>
        <translation>Relire depuis le CRM tous les compteurs de la communauté et leurs détails, et les enregistrer sur cet ordinateur pour une utilisation hors ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are working offline: this needs the CRM. Refresh (F5) to go online.</source>
        <translation>Vous travaillez hors ligne&#xa0;: ceci nécessite le CRM. Actualisez (F5) pour repasser en ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM cannot be reached: this needs it. The app checks again regularly.</source>
        <translation>Le CRM est injoignable&#xa0;: ceci en a besoin. L&apos;application vérifie à nouveau régulièrement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Sélectionnez un compteur dans la liste pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working offline</source>
        <translation>Hors ligne (travail local)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offline: showing data saved on {0}</source>
        <translation>Hors ligne&#xa0;: données enregistrées le {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: no community is saved on this computer yet.</source>
        <translation>Hors ligne&#xa0;: aucune communauté n&apos;est encore enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: no data of this community is saved on this computer yet.</source>
        <translation>Hors ligne&#xa0;: aucune donnée de cette communauté n&apos;est encore enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go online</source>
        <translation>Passer en ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>✎ %n pending change(s)</source>
        <translation>
            <numerusform>✎ %n modification en attente</numerusform>
            <numerusform>✎ %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates kept on this computer, waiting to be sent</source>
        <translation>Mises à jour conservées sur cet ordinateur, en attente d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The CRM is back. %n update(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>Le CRM est de retour. %n mise à jour conservée sur cet ordinateur attend d&apos;être envoyée.</numerusform>
            <numerusform>Le CRM est de retour. %n mises à jour conservées sur cet ordinateur attendent d&apos;être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Examiner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="-102"/>
        <source>OptimCE Desktop</source>
        <translation>OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The community whose meters are shown</source>
        <translation>La communauté dont les compteurs sont affichés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which field the search looks in</source>
        <translation>Le champ dans lequel chercher</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EAN, meter number, address, holder… (Ctrl+F)</source>
        <translation>EAN, n° de compteur, adresse, titulaire… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the community&apos;s meters again from the CRM (F5)</source>
        <translation>Relire les compteurs de la communauté depuis le CRM (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh all</source>
        <translation>Tout actualiser</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No meter matches these filters.</source>
        <translation>Aucun compteur ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Meter</source>
        <translation>&amp;Compteur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh the list</source>
        <translation>&amp;Actualiser la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh &amp;all (list and every detail)…</source>
        <translation>&amp;Tout actualiser (liste et tous les détails)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update data…</source>
        <translation>&amp;Mettre à jour les données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pending changes…</source>
        <translation>M&amp;odifications en attente…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep offline data when signing out</source>
        <translation>&amp;Conserver les données hors ligne à la déconnexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When unchecked, signing out removes the copy of the CRM saved on this computer (unsent drafts stay)</source>
        <translation>Si la case est décochée, la déconnexion supprime la copie du CRM enregistrée sur cet ordinateur (les brouillons non envoyés restent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh this &amp;meter</source>
        <translation>&amp;Actualiser ce compteur</translation>
    </message>
</context>
<context>
    <name>MemberComboBox</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/member_combo.py" line="+67"/>
        <source>No holder</source>
        <translation>Aucun titulaire</translation>
    </message>
</context>
<context>
    <name>MeterDataUpdateDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+218"/>
        <source>Empty (--) when not set</source>
        <translation>Vide (--) si non renseigné</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Update data — {0}</source>
        <translation>Mettre à jour les données — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN {0}</source>
        <translation>EAN {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter no. {0}</source>
        <translation>Compteur n° {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <location line="+11"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No holder</source>
        <translation>Aucun titulaire</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pick or type the DSO</source>
        <translation>Choisir ou saisir le GRD</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This form was restored from a draft kept on this computer.</source>
        <translation>Ce formulaire a été restauré à partir d&apos;un brouillon conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form was restored from a draft kept on this computer on {0}.</source>
        <translation>Ce formulaire a été restauré à partir d&apos;un brouillon conservé sur cet ordinateur le {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM already shows its change: it was applied although its answer was lost. There is nothing left to send, and the draft is deleted.</source>
        <translation>Le CRM affiche déjà sa modification&#xa0;: elle a été appliquée bien que la réponse se soit perdue. Il n&apos;y a plus rien à envoyer et le brouillon est supprimé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It was sent once without an answer, and the meter as read now does not show it.</source>
        <translation>Il a été envoyé une fois sans réponse, et le compteur tel qu&apos;il vient d&apos;être lu ne le reflète pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meter changed since then; check the form against these changes:</source>
        <translation>Le compteur a changé depuis&#xa0;; vérifiez le formulaire au regard de ces modifications&#xa0;:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”.</source>
        <translation>Titulaire&#xa0;: «&#xa0;{0}&#xa0;» n&apos;est pas membre de cette communauté&#xa0;; choisissez-en un dans la liste, ou «&#xa0;Aucun titulaire&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder: the member list could not be loaded ({0}); the current holder is kept.</source>
        <translation>Titulaire&#xa0;: la liste des membres n&apos;a pas pu être chargée ({0})&#xa0;; le titulaire actuel est conservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the community&apos;s members…</source>
        <translation>Chargement des membres de la communauté…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DSO: {0} is the transmission system operator, not a distribution system operator.</source>
        <translation>GRD&#xa0;: {0} est le gestionnaire du réseau de transport, pas un gestionnaire de réseau de distribution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DSO: not a Belgian DSO this app knows; it will be saved as typed.</source>
        <translation>GRD&#xa0;: ce n&apos;est pas un GRD belge connu de l&apos;application&#xa0;; il sera enregistré tel que saisi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To validate, fill in: {0}.</source>
        <translation>Pour valider, complétez&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields marked in red to validate.</source>
        <translation>Corrigez les champs marqués en rouge pour valider.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meter has no period yet: this date starts its first one.</source>
        <translation>Le compteur n&apos;a encore aucune période&#xa0;: cette date ouvre la première.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A period is scheduled from {0} ({1}): pick that date to replace it, or a later one.</source>
        <translation>Une période est planifiée à partir du {0} ({1})&#xa0;: choisissez cette date pour la remplacer, ou une date ultérieure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The latest period started on {0} ({1}): pick a later date to start a new period.</source>
        <translation>La dernière période a commencé le {0} ({1})&#xa0;: choisissez une date ultérieure pour commencer une nouvelle période.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM cannot be reached: the update is kept on this computer, to be checked and sent from Pending changes once the CRM is back.</source>
        <translation>Le CRM est injoignable&#xa0;: la mise à jour est conservée sur cet ordinateur, pour être vérifiée et envoyée depuis Modifications en attente dès le retour du CRM.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace the period starting on {0}?</source>
        <translation>Remplacer la période commençant le {0}&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meter&apos;s period {0} ({1}) starts on the effective date you picked. Sending replaces its values in place: they will not be kept in the meter&apos;s history.</source>
        <translation>La période {0} ({1}) du compteur commence à la date d&apos;effet choisie. L&apos;envoi remplace ses valeurs sur place&#xa0;: elles ne seront pas conservées dans l&apos;historique du compteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the period</source>
        <translation>Remplacer la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Send these changes to the CRM?</source>
        <translation>Envoyer ces modifications au CRM&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {0}, meter {1} will change as follows:</source>
        <translation>À partir du {0}, le compteur {1} changera comme suit&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An update that was sent cannot be recalled: wait for the CRM&apos;s answer.</source>
        <translation>Une mise à jour envoyée ne peut pas être annulée&#xa0;: attendez la réponse du CRM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping the update as a draft on this computer…</source>
        <translation>Enregistrement de la mise à jour comme brouillon sur cet ordinateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending the update to the CRM…</source>
        <translation>Envoi de la mise à jour au CRM…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Another operator changed this meter since this form was opened, so nothing was sent. Check the form against these changes, then validate again:</source>
        <translation>Un autre opérateur a modifié ce compteur depuis l&apos;ouverture de ce formulaire, rien n&apos;a donc été envoyé. Vérifiez le formulaire au regard de ces modifications, puis validez à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The CRM refused the update: see the message under “{0}”.</source>
        <translation>Le CRM a refusé la mise à jour&#xa0;: voyez le message sous «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The update is being sent and cannot be recalled; this window closes when the CRM answers.</source>
        <translation>La mise à jour est en cours d&apos;envoi et ne peut pas être annulée&#xa0;; cette fenêtre se fermera dès que le CRM répondra.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The form could not be kept on this computer: {0}</source>
        <translation>Le formulaire n&apos;a pas pu être conservé sur cet ordinateur : {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes to meter {0} have not been sent.</source>
        <translation>Vos modifications du compteur {0} n&apos;ont pas été envoyées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarding also deletes the draft kept on this computer.</source>
        <translation>Abandonner supprime aussi le brouillon conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as draft</source>
        <translation>Garder comme brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <location filename="../../ui/meter_data_update_dialog.ui" line="+20"/>
        <source>Update data</source>
        <translation>Mettre à jour les données</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Meter data update</source>
        <translation>Mise à jour des données du compteur</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>What the meter supplies, e.g. “Bakery: ovens and cold room”</source>
        <translation>Ce que le compteur alimente, p. ex. «&#xa0;Boulangerie&#xa0;: fours et chambre froide&#xa0;»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Energy characteristics</source>
        <translation>Caractéristiques énergétiques</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Withdrawal power (kVA)</source>
        <translation>Puissance de prélèvement (kVA)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total generating capacity (kVA)</source>
        <translation>Puissance de production totale (kVA)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amperage (A)</source>
        <translation>Ampérage (A)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Generation type</source>
        <translation>Type de production</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Injection status</source>
        <translation>Statut d&apos;injection</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DSO *</source>
        <translation>GRD *</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Financial characteristics</source>
        <translation>Caractéristiques financières</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tariff *</source>
        <translation>Tarif *</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Single-rate</source>
        <translation>Simple</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bi-hourly</source>
        <translation>Bihoraire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exclusive night</source>
        <translation>Exclusif nuit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage *</source>
        <translation>Usage *</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Residential</source>
        <translation>Résidentiel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Industrial</source>
        <translation>Industriel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sharing operation</source>
        <translation>Opération de partage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status *</source>
        <translation>Statut *</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This form keeps the meter in its sharing operation; it does not change it.</source>
        <translation>Ce formulaire maintient le compteur dans son opération de partage&#xa0;; il ne la modifie pas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept as is.</source>
        <translation>Conservée telle quelle.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Effective date *</source>
        <translation>Date d&apos;effet *</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Validate</source>
        <translation>Valider</translation>
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
        <translation>N° compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing operation</source>
        <translation>Opération de partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading from the meter&apos;s details…</source>
        <translation>Chargement depuis les détails du compteur…</translation>
    </message>
</context>
<context>
    <name>PendingChangesDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/pending_changes.py" line="+43"/>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updates kept on this computer, not sent to the CRM yet. Each one is checked against the meter as the CRM has it now; you then confirm it in the update form.</source>
        <translation>Mises à jour conservées sur cet ordinateur, pas encore envoyées au CRM. Chacune est vérifiée par rapport au compteur tel que le CRM le connaît maintenant&#xa0;; vous la confirmez ensuite dans le formulaire de mise à jour.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No update is waiting to be sent.</source>
        <translation>Aucune mise à jour n&apos;attend d&apos;être envoyée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check and send…</source>
        <translation>Vérifier et envoyer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking against the CRM…</source>
        <translation>Vérification auprès du CRM…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard the update?</source>
        <translation>Abandonner la mise à jour&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update of meter {0} will not be sent, and its draft is deleted from this computer.</source>
        <translation>La mise à jour du compteur {0} ne sera pas envoyée, et son brouillon est supprimé de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0}: {1} → {2}</source>
        <translation>{0}&#xa0;: {1} → {2}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent once without an answer: checked before sending again</source>
        <translation>Envoyée une fois sans réponse&#xa0;: vérifiée avant un nouvel envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the CRM could not be reached</source>
        <translation>Non envoyée&#xa0;: le CRM était injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as a draft</source>
        <translation>Conservée comme brouillon</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already applied in the CRM: nothing left to send</source>
        <translation>Déjà appliquée dans le CRM&#xa0;: plus rien à envoyer</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n problem(s) to correct in the form</source>
        <translation>
            <numerusform>%n problème à corriger dans le formulaire</numerusform>
            <numerusform>%n problèmes à corriger dans le formulaire</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter changed since: check the form, then send</source>
        <translation>Le compteur a changé depuis&#xa0;: vérifiez le formulaire, puis envoyez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready: confirm in the form to send</source>
        <translation>Prête&#xa0;: confirmez dans le formulaire pour envoyer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not checked: {0}</source>
        <translation>Non vérifiée&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CRM cannot be reached: a pending change is sent once it is back.</source>
        <translation>Le CRM est injoignable&#xa0;: une modification en attente est envoyée dès son retour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the meter from the CRM, check the update against it, and open it to send</source>
        <translation>Relire le compteur depuis le CRM, y confronter la mise à jour, et l&apos;ouvrir pour l&apos;envoyer</translation>
    </message>
</context>
<context>
    <name>PeriodCards</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/period_cards.py" line="+33"/>
        <location line="+3"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Energy characteristics</source>
        <translation>Caractéristiques énergétiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal power (kVA)</source>
        <translation>Puissance de prélèvement (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total generating capacity (kVA)</source>
        <translation>Puissance de production totale (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amperage (A)</source>
        <translation>Ampérage (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation type</source>
        <translation>Type de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection status</source>
        <translation>Statut d&apos;injection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financial characteristics</source>
        <translation>Caractéristiques financières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO</source>
        <translation>GRD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing operation</source>
        <translation>Opération de partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/optimce_desktop/services/problems.py" line="+77"/>
        <source>You are working offline, and this was not saved on this computer before.</source>
        <translation>Vous travaillez hors ligne, et ceci n&apos;avait pas été enregistré sur cet ordinateur auparavant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local database on this computer could not be used: {0}</source>
        <translation>La base de données locale de cet ordinateur n&apos;a pas pu être utilisée&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something unexpected went wrong ({0}).</source>
        <translation>Une erreur inattendue s&apos;est produite ({0}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CRM did not answer in time, or the connection broke.</source>
        <translation>Le CRM n&apos;a pas répondu à temps, ou la connexion a été interrompue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM cannot be reached. Check the network connection.</source>
        <translation>Le CRM est injoignable. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your session has expired. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You no longer have access to this community, or no community is selected.</source>
        <translation>Vous n&apos;avez plus accès à cette communauté, ou aucune communauté n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role in this community does not allow this: it needs a manager or an administrator.</source>
        <translation>Votre rôle dans cette communauté ne le permet pas&#xa0;: il faut être gestionnaire ou administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM refused this value.</source>
        <translation>Le CRM a refusé cette valeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM refused this date: the meter now has a period that starts later (perhaps just added by another operator).</source>
        <translation>Le CRM a refusé cette date&#xa0;: le compteur a désormais une période qui commence plus tard (peut-être ajoutée à l&apos;instant par un autre opérateur).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This conflicts with data already in the CRM.</source>
        <translation>Ceci est en conflit avec des données déjà présentes dans le CRM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This period no longer exists in the CRM.</source>
        <translation>Cette période n&apos;existe plus dans le CRM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meter no longer exists in the CRM.</source>
        <translation>Ce compteur n&apos;existe plus dans le CRM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM could not save the change: the holder or the sharing operation may no longer exist, or a date is impossible.</source>
        <translation>Le CRM n&apos;a pas pu enregistrer la modification&#xa0;: le titulaire ou l&apos;opération de partage n&apos;existe peut-être plus, ou une date est impossible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM answered something this app does not understand. Check the server address, or update the app.</source>
        <translation>Le CRM a répondu quelque chose que cette application ne comprend pas. Vérifiez l&apos;adresse du serveur, ou mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM&apos;s gateway gave up waiting for an answer (HTTP {0}).</source>
        <translation>La passerelle du CRM a cessé d&apos;attendre une réponse (HTTP {0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM is not available at the moment (HTTP {0}). Try again later.</source>
        <translation>Le CRM n&apos;est pas disponible pour le moment (HTTP {0}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CRM failed to process the request.</source>
        <translation>Le CRM n&apos;a pas pu traiter la demande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM reported an error.</source>
        <translation>Le CRM a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} The CRM says: “{1}”</source>
        <translation>{0} Le CRM indique&#xa0;: «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal power</source>
        <translation>Puissance de prélèvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total generating capacity</source>
        <translation>Puissance de production totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amperage</source>
        <translation>Ampérage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation type</source>
        <translation>Type de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection status</source>
        <translation>Statut d&apos;injection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO</source>
        <translation>GRD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing operation</source>
        <translation>Opération de partage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>required; pick the operator whose grid the meter is connected to</source>
        <translation>obligatoire&#xa0;; choisissez le gestionnaire du réseau auquel le compteur est raccordé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be negative</source>
        <translation>la valeur ne peut pas être négative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most {0}</source>
        <translation>ne peut pas dépasser {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0} characters ({1} typed)</source>
        <translation>{0} caractères au maximum ({1} saisis)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” is not a calendar date (dd/mm/yyyy)</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une date valide (jj/mm/aaaa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between {0} and {1}</source>
        <translation>doit être comprise entre le {0} et le {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be on or after {0}, the start of the latest scheduled period</source>
        <translation>doit être le {0} ou plus tard, début de la dernière période planifiée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be on or after {0}, the start of the current period</source>
        <translation>doit être le {0} ou plus tard, début de la période en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be on or after {0}, the start of the latest period</source>
        <translation>doit être le {0} ou plus tard, début de la dernière période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period starting on {0} ({1}) will be replaced, not kept in the history</source>
        <translation>la période commençant le {0} ({1}) sera remplacée, et non conservée dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the CRM cannot clear this value; it will keep “{0}”</source>
        <translation>le CRM ne peut pas effacer cette valeur&#xa0;; il conservera «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RefreshAllDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/refresh_all_dialog.py" line="+20"/>
        <source>Refresh all — {0}</source>
        <translation>Tout actualiser — {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the list of meters…</source>
        <translation>Lecture de la liste des compteurs…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data saved on this computer is replaced only once everything is read: cancelling keeps it as it was.</source>
        <translation>Les données enregistrées sur cet ordinateur ne sont remplacées qu&apos;une fois tout lu&#xa0;: annuler les conserve telles quelles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the list of meters… {0} of {1}</source>
        <translation>Lecture de la liste des compteurs… {0} sur {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the details of the meters… {0} of {1}</source>
        <translation>Lecture des détails des compteurs… {0} sur {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving on this computer…</source>
        <translation>Enregistrement sur cet ordinateur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every meter and its details are saved on this computer</source>
        <translation>Tous les compteurs et leurs détails sont enregistrés sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh cancelled: the data saved before is kept</source>
        <translation>Actualisation annulée&#xa0;: les données enregistrées auparavant sont conservées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refresh stopped: {0} The data saved before is kept.</source>
        <translation>L&apos;actualisation s&apos;est arrêtée&#xa0;: {0} Les données enregistrées auparavant sont conservées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../src/optimce_desktop/services/server_settings.py" line="+57"/>
        <location line="+7"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such file or folder.</source>
        <translation>Fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{0}” uses plain http: only https is allowed, except for an address on this computer (localhost or 127.0.0.1).</source>
        <translation>«&#xa0;{0}&#xa0;» utilise http sans chiffrement&#xa0;: seul https est autorisé, sauf pour une adresse de cet ordinateur (localhost ou 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” is not a web address: it must start with https://.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une adresse web&#xa0;: elle doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/optimce_desktop/services/session.py" line="+134"/>
        <source>Set the addresses of the CRM and of the sign-in server in Settings.</source>
        <translation>Indiquez les adresses du CRM et du serveur de connexion dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>These settings cannot be used: {0}</source>
        <translation>Ces paramètres ne sont pas utilisables&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in cannot be prepared ({0}).</source>
        <translation>La connexion ne peut pas être préparée ({0}).</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Your session has ended. Sign in again to go on: your open windows and forms are kept.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer&#xa0;: vos fenêtres et formulaires ouverts sont conservés.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This computer has no usable password store: your session will not be remembered, and you will sign in again next time.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe utilisable&#xa0;: votre session ne sera pas mémorisée, et vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are signed in to OptimCE Desktop</source>
        <translation>Vous êtes connecté à OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this tab and go back to the app.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à l&apos;application.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in did not complete</source>
        <translation>La connexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to OptimCE Desktop to see why, and try again.</source>
        <translation>Revenez à OptimCE Desktop pour en voir la raison, et réessayez.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sign-in failed unexpectedly ({0}).</source>
        <translation>La connexion a échoué de manière inattendue ({0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The browser did not come back in time: the sign-in was stopped. Try again.</source>
        <translation>Le navigateur n&apos;a pas répondu à temps&#xa0;: la connexion a été interrompue. Réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was cancelled or refused in the browser.</source>
        <translation>La connexion a été annulée ou refusée dans le navigateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The browser brought back an answer that does not belong to this sign-in, so it was refused. Try again.</source>
        <translation>Le navigateur a renvoyé une réponse qui n&apos;appartient pas à cette connexion&#xa0;; elle a donc été refusée. Réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server refused the sign-in (it may have expired, or your session was ended). Sign in again.</source>
        <translation>Le serveur de connexion a refusé la connexion (elle a peut-être expiré, ou votre session a été fermée). Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server cannot be reached. Check the network connection and the server&apos;s address in Settings.</source>
        <translation>Le serveur de connexion est injoignable. Vérifiez la connexion réseau et l&apos;adresse du serveur dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in server reported an error ({0}). Check the client id in Settings, or ask your administrator.</source>
        <translation>Le serveur de connexion a signalé une erreur ({0}). Vérifiez l&apos;identifiant client dans les Paramètres, ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in server answered something this app cannot use ({0}).</source>
        <translation>Le serveur de connexion a répondu quelque chose que cette application ne peut pas utiliser ({0}).</translation>
    </message>
</context>
<context>
    <name>SessionShell</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/session_shell.py" line="+213"/>
        <source>Sign out?</source>
        <translation>Se déconnecter&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out now? Your windows close, and changes not yet sent are lost.</source>
        <translation>Se déconnecter maintenant&#xa0;? Vos fenêtres se ferment, et les modifications non envoyées sont perdues.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed in as {0}</source>
        <translation>Connecté en tant que {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in server: {0}</source>
        <translation>Serveur de connexion&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/settings_dialog.py" line="+41"/>
        <source>Settings — OptimCE Desktop</source>
        <translation>Paramètres — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System certificates</source>
        <translation>Certificats du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRM gateway</source>
        <translation>Passerelle du CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in server (OpenID issuer)</source>
        <translation>Serveur de connexion (émetteur OpenID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate authorities</source>
        <translation>Autorités de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates are always checked; name a CA bundle only if your network&apos;s proxy requires one. The language changes the next time the app starts.</source>
        <translation>Les certificats sont toujours vérifiés&#xa0;; n&apos;indiquez un fichier d&apos;AC que si le proxy de votre réseau l&apos;exige. La langue change au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo runs on its own servers on this computer: these addresses are used when the app starts without --demo.</source>
        <translation>La démo utilise ses propres serveurs sur cet ordinateur&#xa0;: ces adresses servent quand l&apos;application démarre sans --demo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New server addresses are used once you sign out.</source>
        <translation>Les nouvelles adresses de serveur sont utilisées après votre déconnexion.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Certificate authorities (PEM)</source>
        <translation>Autorités de certification (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/sign_in.py" line="+55"/>
        <source>Sign in again — OptimCE Desktop</source>
        <translation>Se reconnecter — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in — OptimCE Desktop</source>
        <translation>Connexion — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your session has ended</source>
        <translation>Votre session a pris fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to OptimCE</source>
        <translation>Connectez-vous à OptimCE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in again to go on. Your open windows and forms are kept as they are.</source>
        <translation>Reconnectez-vous pour continuer. Vos fenêtres et formulaires ouverts restent tels quels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with your OptimCE account. The sign-in page opens in your web browser; come back here once you are signed in.</source>
        <translation>Connectez-vous avec votre compte OptimCE. La page de connexion s&apos;ouvre dans votre navigateur&#xa0;; revenez ici une fois connecté.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open the sign-in page again</source>
        <translation>Rouvrir la page de connexion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/timeline_model.py" line="+62"/>
        <source>When</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DSO</source>
        <translation>GRD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdrawal power</source>
        <translation>Puissance de prélèvement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amperage</source>
        <translation>Ampérage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating capacity</source>
        <translation>Puissance de production</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sharing operation</source>
        <translation>Opération de partage</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Future</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Passée</translation>
    </message>
</context>
<context>
    <name>UpdateLauncher</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_launcher.py" line="+55"/>
        <source>Saved as a draft: send it from Pending changes once the CRM is back</source>
        <translation>Enregistrée comme brouillon&#xa0;: envoyez-la depuis Modifications en attente dès le retour du CRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter data updated</source>
        <translation>Données du compteur mises à jour</translation>
    </message>
</context>
<context>
    <name>UpdateService</name>
    <message>
        <location filename="../../src/optimce_desktop/services/updates.py" line="+81"/>
        <source>The CRM did not answer in time, and the meter, read again, shows no change: the update was not applied. You can send it again; the app first checks that it was not applied meanwhile, so it is never applied twice.</source>
        <translation>Le CRM n&apos;a pas répondu à temps, et le compteur, relu, ne montre aucun changement&#xa0;: la mise à jour n&apos;a pas été appliquée. Vous pouvez la renvoyer&#xa0;; l&apos;application vérifie d&apos;abord qu&apos;elle n&apos;a pas été appliquée entre-temps, elle n&apos;est donc jamais appliquée deux fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} Nothing was sent: the meter is unchanged.</source>
        <translation>{0} Rien n&apos;a été envoyé&#xa0;: le compteur est inchangé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} Whether the CRM applied the update is unknown: check the meter once the CRM can be reached before sending it again.</source>
        <translation>{0} On ne sait pas si le CRM a appliqué la mise à jour&#xa0;: vérifiez le compteur dès que le CRM est joignable, avant de la renvoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your form is kept as a draft on this computer.</source>
        <translation>Votre formulaire est conservé comme brouillon sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be kept as a draft: {0}</source>
        <translation>Il n&apos;a pas pu être conservé comme brouillon&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The CRM cannot be reached.</source>
        <translation>Le CRM est injoignable.</translation>
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
        <translation>{0} (gestionnaire de transport)</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/domain/dso.py" line="+26"/>
        <source>Wallonia</source>
        <translation>Wallonie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Liège)</source>
        <translation>Wallonie (Liège)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Namur)</source>
        <translation>Wallonie (Namur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Hainaut)</source>
        <translation>Wallonie (Hainaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallonia (Wavre)</source>
        <translation>Wallonie (Wavre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flanders</source>
        <translation>Flandre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmission system operator</source>
        <translation>Gestionnaire du réseau de transport</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../src/optimce_desktop/services/texts.py" line="-44"/>
        <source>Unknown ({0})</source>
        <translation>Inconnu ({0})</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/domain/enums.py" line="+101"/>
        <location line="+43"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Pending DSO approval</source>
        <translation>En attente du GRD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending manager approval</source>
        <translation>En attente du gestionnaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Single-rate</source>
        <translation>Simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bi-hourly</source>
        <translation>Bihoraire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive night</source>
        <translation>Exclusif nuit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residential</source>
        <translation>Résidentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industrial</source>
        <translation>Industriel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-producer, owner</source>
        <translation>Autoproducteur, propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-producer, right of use</source>
        <translation>Autoproducteur, droit d&apos;usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pure injection, owner</source>
        <translation>Injection pure, propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pure injection, right of use</source>
        <translation>Injection pure, droit d&apos;usage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photovoltaic</source>
        <translation>Photovoltaïque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wind</source>
        <translation>Éolien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hydro</source>
        <translation>Hydraulique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solid biomass</source>
        <translation>Biomasse solide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biogas</source>
        <translation>Biogaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fossil cogeneration</source>
        <translation>Cogénération fossile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low voltage</source>
        <translation>Basse tension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High voltage</source>
        <translation>Haute tension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../src/optimce_desktop/services/texts.py" line="+52"/>
        <source>Single-phase</source>
        <translation>Monophasé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three-phase</source>
        <translation>Triphasé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} phases</source>
        <translation>{0} phases</translation>
    </message>
</context>
</TS>
