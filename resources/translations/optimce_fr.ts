<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/about_dialog.py" line="+23"/>
        <source>About OptimCE Desktop</source>
        <translation>À propos d&apos;OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OptimCE Desktop {0}</source>
        <translation>OptimCE Desktop {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The back-office client of OptimCE, the platform of renewable-energy communities in Belgium.</source>
        <translation>Le client back-office d&apos;OptimCE, la plateforme des communautés d&apos;énergie renouvelable en Belgique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not known yet (shown once signed in)</source>
        <translation>Pas encore connu (affiché une fois connecté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source code</source>
        <translation>code source</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in server</source>
        <translation>Serveur de connexion</translation>
    </message>
</context>
<context>
    <name>AddMeterDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/add_meter_dialog.py" line="+42"/>
        <source>Add a meter</source>
        <translation>Ajouter un compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To {0}: the meter, and its first configuration period.</source>
        <translation>Dans {0}&#xa0;: le compteur et sa première période de configuration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create meter</source>
        <translation>Créer le compteur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>18 digits, starting with 54</source>
        <translation>18 chiffres, commençant par 54</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>To create the meter, fill in the fields marked * and correct those marked in red.</source>
        <translation>Pour créer le compteur, complétez les champs marqués d&apos;un * et corrigez ceux marqués en rouge.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create meter {0} with this EAN?</source>
        <translation>Créer le compteur {0} avec cet EAN&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create meter {0} despite these warnings?</source>
        <translation>Créer le compteur {0} malgré ces avertissements&#xa0;?</translation>
    </message>
    <message>
        <source>This EAN does not look like a Belgian electricity EAN:</source>
        <translation type="vanished">Cet EAN ne ressemble pas à un EAN d&apos;électricité belge&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The EAN cannot be changed once the meter is created.</source>
        <translation>L&apos;EAN ne peut plus être modifié une fois le compteur créé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a meter with this EAN already exists in the CRM (perhaps in another community): it cannot be created twice</source>
        <translation>un compteur avec cet EAN existe déjà dans le CRM (peut-être dans une autre communauté)&#xa0;: il ne peut pas être créé deux fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The meter was not created: see the message under “{0}”.</source>
        <translation>Le compteur n&apos;a pas été créé&#xa0;: voyez le message sous «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was sent: the CRM already has a meter with this EAN. See the message under “{0}”.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: le CRM a déjà un compteur avec cet EAN. Voyez le message sous «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>What you typed here is not kept; the draft stays in Pending changes.</source>
        <translation type="vanished">Ce que vous avez saisi ici ne sera pas conservé&#xa0;; le brouillon reste dans Modifications en attente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discard this new meter?</source>
        <translation>Abandonner ce nouveau compteur&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed is not kept.</source>
        <translation type="vanished">Ce que vous avez saisi ne sera pas conservé.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Abandonner</translation>
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
        <translation>OptimCE Desktop est déjà ouvert, mais ne répond pas. Fermez-le, puis relancez-le.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/logging_setup.py" line="+1"/>
        <source>OptimCE Desktop could not start because of an unexpected error.</source>
        <translation>OptimCE Desktop n&apos;a pas pu démarrer à cause d&apos;une erreur inattendue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened is written in its log file:
{path}

Send that file to your IT support if this happens again.</source>
        <translation>Ce qui s&apos;est passé est consigné dans son fichier journal&#xa0;:
{path}

Envoyez ce fichier à votre support informatique si cela se reproduit.</translation>
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
    <name>CancelScheduledDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/cancel_scheduled_dialog.py" line="+27"/>
        <source>Cancel a scheduled change — {0}</source>
        <translation>Annuler une modification planifiée — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period from {0} ({1}) has not started yet.</source>
        <translation>La période à partir du {0} ({1}) n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>Delete the scheduled period</source>
        <translation type="vanished">Supprimer la période planifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete the scheduled period</source>
        <translation>&amp;Supprimer la période planifiée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Let the period from {0} run on (it ends on {1} now)</source>
        <translation>Prolonger la période à partir du {0} (elle se termine actuellement le {1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the period before it run on</source>
        <translation>Prolonger la période précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No period ends the day before this one starts.</source>
        <translation>Aucune période ne se termine la veille du début de celle-ci.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The period {0} is deleted.</source>
        <translation>La période {0} est supprimée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {0}</source>
        <translation>jusqu&apos;au {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period from {0} runs on, {1}.</source>
        <translation>La période à partir du {0} se prolonge, {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period from {0} still ends on {1}: from {2} the meter has no configuration.</source>
        <translation>La période à partir du {0} se termine toujours le {1}&#xa0;: à partir du {2}, le compteur n&apos;a aucune configuration.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the period {0}?</source>
        <translation>Supprimer la période {0}&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete the period</source>
        <translation>&amp;Supprimer la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the period</source>
        <translation>&amp;Garder la période</translation>
    </message>
    <message>
        <source>Delete the period</source>
        <translation type="vanished">Supprimer la période</translation>
    </message>
    <message>
        <source>Keep the period</source>
        <translation type="vanished">Garder la période</translation>
    </message>
</context>
<context>
    <name>ChangeTexts</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/change_texts.py" line="+56"/>
        <source>No holder</source>
        <translation>Aucun titulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+31"/>
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
        <location line="+13"/>
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
    <name>CommunitySwitcher</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/community_switcher.py" line="+67"/>
        <source>{0}: read-only</source>
        <translation>{0}&#xa0;: lecture seule</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You are a member of this community: only its managers and administrators can open its meters here.</source>
        <translation>Vous êtes membre de cette communauté&#xa0;: seuls ses gestionnaires et administrateurs peuvent ouvrir ses compteurs ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your account belongs to no community.</source>
        <translation>Votre compte n&apos;appartient à aucune communauté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are only a member of your communities: the back-office needs the manager or administrator role.</source>
        <translation>Vous n&apos;êtes que membre de vos communautés&#xa0;: le back-office requiert le rôle de gestionnaire ou d&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+32"/>
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
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/connection_status.py" line="+43"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working offline</source>
        <translation>Hors ligne (travail local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You are working offline: this needs the CRM. Refresh (F5) to go online.</source>
        <translation>Vous travaillez hors ligne&#xa0;: ceci nécessite le CRM. Actualisez (F5) pour repasser en ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM cannot be reached: this needs it. The app checks again regularly.</source>
        <translation>Le CRM est injoignable&#xa0;: ceci en a besoin. L&apos;application vérifie à nouveau régulièrement.</translation>
    </message>
    <message>
        <location line="+5"/>
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
</context>
<context>
    <name>ConsumptionChart</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/consumption_chart.py" line="+63"/>
        <source>Consumption chart</source>
        <translation>Graphique de consommation</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Consumption: {0} kWh</source>
        <translation>Consommation&#xa0;: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the community: {0} kWh</source>
        <translation>De la communauté&#xa0;: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the grid: {0} kWh</source>
        <translation>Du réseau&#xa0;: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection: {0} kWh</source>
        <translation>Injection&#xa0;: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the community: {0} kWh</source>
        <translation>Vers la communauté&#xa0;: {0} kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the grid: {0} kWh</source>
        <translation>Vers le réseau&#xa0;: {0} kWh</translation>
    </message>
    <message>
        <source>No consumption for these days.</source>
        <translation type="vanished">Aucune consommation pour ces jours.</translation>
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
        <location filename="../../src/optimce_desktop/gui/consumption_view.py" line="+45"/>
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
        <location line="+23"/>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F&amp;rom</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Press Show to read this meter&apos;s consumption.</source>
        <translation>Cliquez sur Afficher pour lire la consommation de ce compteur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the consumption…</source>
        <translation>Lecture de la consommation…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The first day must be on or before the last day ({0}).</source>
        <translation>Le premier jour doit être le dernier jour ({0}) ou avant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at most {0} days.</source>
        <translation>Choisissez au plus {0} jours.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From: {0}</source>
        <translation>Du&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: {0}</source>
        <translation>Au&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the first day.</source>
        <translation>Saisissez le premier jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the last day.</source>
        <translation>Saisissez le dernier jour.</translation>
    </message>
    <message>
        <source>No data for these days.</source>
        <translation type="vanished">Aucune donnée pour ces jours.</translation>
    </message>
    <message>
        <source>From {0} to {1}: consumption {2} kWh, of which {3} kWh from the community; injection {4} kWh, of which {5} kWh to the community.</source>
        <translation type="vanished">Du {0} au {1}&#xa0;: consommation {2} kWh, dont {3} kWh de la communauté&#xa0;; injection {4} kWh, dont {5} kWh vers la communauté.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read from the CRM at {0}.</source>
        <translation>Lu depuis le CRM le {0}.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these days to an Excel workbook: every quarter hour in Brussels time, and each day&apos;s totals</source>
        <translation>Enregistrer ces jours dans un classeur Excel&#xa0;: chaque quart d&apos;heure à l&apos;heure de Bruxelles, et les totaux de chaque jour</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Offline: showing the consumption saved on {0}.</source>
        <translation>Hors ligne&#xa0;: consommation enregistrée le {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days not saved on this computer: {0}.</source>
        <translation>Jours non enregistrés sur cet ordinateur&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The consumption could not be read. {0}</source>
        <translation>La consommation n&apos;a pas pu être lue. {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No data for meter {0} from {1} to {2}.</source>
        <translation>Aucune donnée pour le compteur {0} du {1} au {2}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Meter {0}, from {1} to {2}: consumption {3} kWh, of which {4} kWh from the community; injection {5} kWh, of which {6} kWh to the community.</source>
        <translation>Compteur {0}, du {1} au {2}&#xa0;: consommation {3} kWh, dont {4} kWh de la communauté&#xa0;; injection {5} kWh, dont {6} kWh vers la communauté.</translation>
    </message>
</context>
<context>
    <name>DeactivationDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/deactivation_dialog.py" line="+28"/>
        <source>Deactivate meter — {0}</source>
        <translation>Désactiver le compteur — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivation date</source>
        <translation type="vanished">Date de désactivation</translation>
    </message>
    <message>
        <source>Deactivation &amp;date *</source>
        <translation type="vanished">&amp;Date de désactivation *</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>D&amp;eactivation date *</source>
        <translation>Date d&amp;e désactivation *</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+38"/>
        <location line="+55"/>
        <source>Deactivation date: {0}</source>
        <translation>Date de désactivation&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between {0} and {1}</source>
        <translation>doit être comprise entre le {0} et le {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be on or after {0}, the start of the latest scheduled period</source>
        <translation>doit être le {0} ou plus tard, début de la dernière période planifiée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be on or after {0}, the start of the latest period</source>
        <translation>doit être le {0} ou plus tard, début de la dernière période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the period starting on {0} ({1}) will be made inactive in place, not kept in the history</source>
        <translation>la période commençant le {0} ({1}) deviendra elle-même inactive, et ne sera pas conservée dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The latest period started on {0}: pick a later date to start an inactive period, or that date to make the period itself inactive.</source>
        <translation>La dernière période a commencé le {0}&#xa0;: choisissez une date ultérieure pour commencer une période inactive, ou cette date pour rendre la période elle-même inactive.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CRM will make the period starting on {0} inactive in place. It keeps its holder and sharing operation; its active status is not kept in the history.</source>
        <translation>Le CRM rendra inactive la période commençant le {0} elle-même. Elle garde son titulaire et son opération de partage&#xa0;; son statut actif n&apos;est pas conservé dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM will start a new inactive period on {0}.</source>
        <translation>Le CRM commencera une nouvelle période inactive le {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period starting on {0} will end on {1}.</source>
        <translation>La période commençant le {0} se terminera le {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new period has no holder and is in no sharing operation: the CRM does not carry them over.</source>
        <translation>La nouvelle période n&apos;a pas de titulaire et ne fait partie d&apos;aucune opération de partage&#xa0;: le CRM ne les reporte pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holder until then: {0}</source>
        <translation>Titulaire jusque-là&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharing operation until then: {0}</source>
        <translation>Opération de partage jusque-là&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make the period starting on {0} inactive?</source>
        <translation>Rendre inactive la période commençant le {0}&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate meter {0} from {1}?</source>
        <translation>Désactiver le compteur {0} à partir du {1}&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CRM refused the deactivation: see the message under the date.</source>
        <translation>Le CRM a refusé la désactivation&#xa0;: voyez le message sous la date.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>EAN {0}</source>
        <translation>EAN {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter no. {0}</source>
        <translation>Compteur n° {0}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_detail.py" line="+62"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Sélectionnez un compteur dans la liste pour voir ses détails.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the meter…</source>
        <translation>Chargement du compteur…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the EAN</source>
        <translation>Copier l&apos;EAN</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Update data</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+245"/>
        <source>Read this meter again from the CRM</source>
        <translation>Relire ce compteur depuis le CRM</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>This meter is not in the current list: the search or the status filter hides it.</source>
        <translation>Ce compteur ne figure pas dans la liste actuelle&#xa0;: la recherche ou le filtre de statut le masque.</translation>
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
        <location line="+8"/>
        <source>Current data</source>
        <translation>Données actuelles</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History and future</source>
        <translation>Historique et à venir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Meter no.: {0}</source>
        <translation>Compteur n° {0}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Deactivation planned on {0}</source>
        <translation>Désactivation prévue le {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned: {0}</source>
        <translation>Prévu&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change this meter&apos;s configuration from a date you choose (Enter)</source>
        <translation>Modifier la configuration de ce compteur à partir d&apos;une date de votre choix (Entrée)</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>EmptyListOverlay</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/list_empty_state.py" line="+22"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
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
        <translation>Enregistrer &amp;sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rows sh&amp;own ({0}), as filtered and sorted</source>
        <translation>Les lignes &amp;affichées ({0}), filtrées et triées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &amp;whole list ({0})</source>
        <translation>&amp;Toute la liste ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+99"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>CSV, text separated by commas or semicolons (.csv)</source>
        <translation>CSV, texte séparé par des virgules ou des points-virgules (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a folder: add a file name.</source>
        <translation>Ceci est un dossier&#xa0;: ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation type="vanished">Le dossier {0} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the export as</source>
        <translation>Enregistrer l&apos;export sous</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The export was cancelled: no file was written.</source>
        <translation>L&apos;export a été annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../src/optimce_desktop/services/exports.py" line="+340"/>
        <source>This meter&apos;s consumption for these days was not saved on this computer, and the CRM cannot be reached.</source>
        <translation>La consommation de ce compteur pour ces jours n&apos;a pas été enregistrée sur cet ordinateur, et le CRM est injoignable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be written: {0}.</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is a folder: add a file name.</source>
        <translation>Ceci est un dossier&#xa0;: ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {0} does not exist.</source>
        <translation>Le dossier {0} n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelpDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/keyboard_help.py" line="+28"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alt with the underlined letter of a field or a button goes to it or presses it.</source>
        <translation>Alt avec la lettre soulignée d&apos;un champ ou d&apos;un bouton y mène ou appuie sur le bouton.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the meter list: update the selected meter&apos;s data</source>
        <translation>Dans la liste des compteurs&#xa0;: mettre à jour les données du compteur sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Haut, Bas, Page préc., Page suiv.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the meter list: go to another meter</source>
        <translation>Dans la liste des compteurs&#xa0;: aller à un autre compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next or previous field</source>
        <translation>Champ suivant ou précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the meter list for the next control</source>
        <translation>Quitter la liste des compteurs pour le contrôle suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down, F4</source>
        <translation>Alt+Bas, F4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a drop-down list</source>
        <translation>Ouvrir une liste déroulante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close a form (it asks before discarding what you typed)</source>
        <translation>Fermer un formulaire (il demande avant d&apos;abandonner ce que vous avez saisi)</translation>
    </message>
</context>
<context>
    <name>LocalData</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/local_data_banner.py" line="+27"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/services/local_data.py" line="+146"/>
        <source>another program is using it</source>
        <translation>un autre programme l&apos;utilise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this app is not allowed to open or write it</source>
        <translation>cette application n&apos;a pas le droit de l&apos;ouvrir ou d&apos;y écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk could not read or write it</source>
        <translation>le disque n&apos;a pas pu la lire ou l&apos;écrire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data on this computer was written by a newer version of OptimCE Desktop, so this version only reads it: the updates kept there are still offered, but nothing new can be saved on this computer. Install the newer version.</source>
        <translation>Les données de cet ordinateur ont été écrites par une version plus récente d&apos;OptimCE Desktop&#xa0;; cette version ne fait donc que les lire&#xa0;: les mises à jour qui y sont conservées restent proposées, mais rien de nouveau ne peut être enregistré sur cet ordinateur. Installez la version plus récente.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n update(s) kept since are only in memory, until the app closes.</source>
        <translation>
            <numerusform>%n mise à jour conservée depuis n&apos;est qu&apos;en mémoire, jusqu&apos;à la fermeture de l&apos;application.</numerusform>
            <numerusform>%n mises à jour conservées depuis ne sont qu&apos;en mémoire, jusqu&apos;à la fermeture de l&apos;application.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data on this computer cannot be used right now: {0}. It is left as it is, and the app tries again.</source>
        <translation>Les données de cet ordinateur ne peuvent pas être utilisées pour le moment&#xa0;: {0}. Elles sont laissées telles quelles, et l&apos;application réessaie.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n unsent update(s) are kept in memory until they can be written: do not close the app.</source>
        <translation>
            <numerusform>%n mise à jour non envoyée est conservée en mémoire jusqu&apos;à ce qu&apos;elle puisse être écrite&#xa0;: ne fermez pas l&apos;application.</numerusform>
            <numerusform>%n mises à jour non envoyées sont conservées en mémoire jusqu&apos;à ce qu&apos;elles puissent être écrites&#xa0;: ne fermez pas l&apos;application.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data on this computer can be used again.</source>
        <translation>Les données de cet ordinateur peuvent à nouveau être utilisées.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unsent update(s) kept in memory were written to it.</source>
        <translation>
            <numerusform>%n mise à jour non envoyée conservée en mémoire y a été écrite.</numerusform>
            <numerusform>%n mises à jour non envoyées conservées en mémoire y ont été écrites.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data on this computer was found empty although it held data: the file {0} was cut short outside the app. Its unsent updates could not be recovered; the offline copy is saved again from the CRM.</source>
        <translation>Les données de cet ordinateur ont été trouvées vides alors qu&apos;elles en contenaient&#xa0;: le fichier {0} a été tronqué en dehors de l&apos;application. Ses mises à jour non envoyées n&apos;ont pas pu être récupérées&#xa0;; la copie hors ligne est à nouveau enregistrée depuis le CRM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data on this computer could not be read: the file is damaged. It was set aside as {0}, and a new one started (the offline copy is saved again from the CRM).</source>
        <translation>Les données de cet ordinateur n&apos;ont pas pu être lues&#xa0;: le fichier est endommagé. Il a été mis de côté sous {0}, et un nouveau a été commencé (la copie hors ligne est à nouveau enregistrée depuis le CRM).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unsent update(s) were recovered</source>
        <translation>
            <numerusform>%n mise à jour non envoyée a été récupérée</numerusform>
            <numerusform>%n mises à jour non envoyées ont été récupérées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>others may be lost: the file is too damaged to tell how many it held</source>
        <translation>d&apos;autres sont peut-être perdues&#xa0;: le fichier est trop endommagé pour savoir combien il en contenait</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être lue</numerusform>
            <numerusform>%n n&apos;ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; {1}.</source>
        <translation>{0}&#xa0;; {1}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Any field</source>
        <translation type="vanished">Partout</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation type="vanished">EAN</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation type="vanished">Numéro de compteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">Adresse</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="vanished">Titulaire</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="vanished">Tous</translation>
    </message>
    <message>
        <source>Holders still being read: {0} of {1}</source>
        <translation type="vanished">Titulaires en cours de lecture&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <source>Holders: {0} of {1}</source>
        <translation type="vanished">Titulaires&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <source>Holders and sharing operations come from each meter&apos;s details, read in the background a few a second so as not to load the CRM. Until all are read, sorting or searching on them leaves out the meters not read yet.</source>
        <translation type="vanished">Les titulaires et opérations de partage proviennent des détails de chaque compteur, lus en arrière-plan à raison de quelques-uns par seconde pour ne pas surcharger le CRM. Tant que tous ne sont pas lus, un tri ou une recherche sur ces colonnes laisse de côté les compteurs pas encore lus.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/main_window.py" line="+212"/>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Compact ro&amp;ws</source>
        <translation type="vanished">Lignes &amp;compactes</translation>
    </message>
    <message>
        <source>One line a meter, the town in its own column: about twice the rows</source>
        <translation type="vanished">Une ligne par compteur, la localité dans sa propre colonne&#xa0;: environ deux fois plus de lignes</translation>
    </message>
    <message>
        <location line="+212"/>
        <source>This meter is no longer in the community&apos;s list: its update cannot be sent.</source>
        <translation>Ce compteur ne figure plus dans la liste de la communauté&#xa0;: sa mise à jour ne peut pas être envoyée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The update form is not ready yet: try again in a moment.</source>
        <translation>Le formulaire de mise à jour n&apos;est pas encore prêt&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{0}: read-only</source>
        <translation type="vanished">{0}&#xa0;: lecture seule</translation>
    </message>
    <message>
        <source>You are a member of this community: only its managers and administrators can open its meters here.</source>
        <translation type="vanished">Vous êtes membre de cette communauté&#xa0;: seuls ses gestionnaires et administrateurs peuvent ouvrir ses compteurs ici.</translation>
    </message>
    <message>
        <source>Your account belongs to no community.</source>
        <translation type="vanished">Votre compte n&apos;appartient à aucune communauté.</translation>
    </message>
    <message>
        <source>You are only a member of your communities: the back-office needs the manager or administrator role.</source>
        <translation type="vanished">Vous n&apos;êtes que membre de vos communautés&#xa0;: le back-office requiert le rôle de gestionnaire ou d&apos;administrateur.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="vanished">Membre</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="vanished">Gestionnaire</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="vanished">Administrateur</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{0} — OptimCE Desktop</source>
        <translation>{0} — OptimCE Desktop</translation>
    </message>
    <message>
        <source>The offline data on this computer could not be read (it was damaged, or written by a newer version of the app). It was set aside as {0}, and is saved again from the CRM.</source>
        <translation type="vanished">Les données hors ligne de cet ordinateur n&apos;ont pas pu être lues (elles étaient endommagées, ou écrites par une version plus récente de l&apos;application). Elles ont été mises de côté sous {0} et sont à nouveau enregistrées depuis le CRM.</translation>
    </message>
    <message numerus="yes">
        <source>%n meter(s) could not be read: the CRM sent them in a form this app does not understand, so they are left out of the list.</source>
        <translation type="vanished">
            <numerusform>%n compteur n&apos;a pas pu être lu&#xa0;: le CRM l&apos;a envoyé sous une forme que cette application ne comprend pas, il est donc absent de la liste.</numerusform>
            <numerusform>%n compteurs n&apos;ont pas pu être lus&#xa0;: le CRM les a envoyés sous une forme que cette application ne comprend pas, ils sont donc absents de la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CRM&apos;s pages of meters did not end as announced: the list may be incomplete.</source>
        <translation type="vanished">Les pages de compteurs du CRM ne se sont pas terminées comme annoncé&#xa0;: la liste est peut-être incomplète.</translation>
    </message>
    <message>
        <source>The offline data on this computer is damaged. It is set aside and saved again from the CRM at the next start of the app.</source>
        <translation type="vanished">Les données hors ligne de cet ordinateur sont endommagées. Elles seront mises de côté et à nouveau enregistrées depuis le CRM au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>The data cannot be saved on this computer for offline use: {0}</source>
        <translation type="vanished">Les données ne peuvent pas être enregistrées sur cet ordinateur pour une utilisation hors ligne&#xa0;: {0}</translation>
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
        <location line="+75"/>
        <source>%n of {0} meter(s) shown</source>
        <translation>
            <numerusform>%n compteur affiché sur {0}</numerusform>
            <numerusform>%n compteurs affichés sur {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refreshed {0}</source>
        <translation>Actualisé le {0}</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+55"/>
        <source>Changes kept on this computer, waiting to be sent</source>
        <translation>Modifications conservées sur cet ordinateur, en attente d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The CRM is back. %n change(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>Le CRM est de retour. %n modification conservée sur cet ordinateur attend d&apos;être envoyée.</numerusform>
            <numerusform>Le CRM est de retour. %n modifications conservées sur cet ordinateur attendent d&apos;être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are working offline: this needs the CRM. Refresh (F5) to go online.</source>
        <translation type="vanished">Vous travaillez hors ligne&#xa0;: ceci nécessite le CRM. Actualisez (F5) pour repasser en ligne.</translation>
    </message>
    <message>
        <source>The CRM cannot be reached: this needs it. The app checks again regularly.</source>
        <translation type="vanished">Le CRM est injoignable&#xa0;: ceci en a besoin. L&apos;application vérifie à nouveau régulièrement.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Select a meter in the list to see its details.</source>
        <translation>Sélectionnez un compteur dans la liste pour voir ses détails.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="vanished">Réessayer</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Connexion…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="vanished">Connexion…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="vanished">En ligne</translation>
    </message>
    <message>
        <source>Working offline</source>
        <translation type="vanished">Hors ligne (travail local)</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="vanished">Hors ligne</translation>
    </message>
    <message>
        <source>Offline: showing data saved on {0}</source>
        <translation type="vanished">Hors ligne&#xa0;: données enregistrées le {0}</translation>
    </message>
    <message>
        <source>Offline: no community is saved on this computer yet.</source>
        <translation type="vanished">Hors ligne&#xa0;: aucune communauté n&apos;est encore enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Offline: no data of this community is saved on this computer yet.</source>
        <translation type="vanished">Hors ligne&#xa0;: aucune donnée de cette communauté n&apos;est encore enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Go online</source>
        <translation type="vanished">Passer en ligne</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="vanished">Vérification…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="vanished">Réessayer</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>✎ %n pending change(s)</source>
        <translation>
            <numerusform>✎ %n modification en attente</numerusform>
            <numerusform>✎ %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates kept on this computer, waiting to be sent</source>
        <translation type="vanished">Mises à jour conservées sur cet ordinateur, en attente d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The CRM is back. %n update(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>Le CRM est de retour. %n mise à jour conservée sur cet ordinateur attend d&apos;être envoyée.</numerusform>
            <numerusform>Le CRM est de retour. %n mises à jour conservées sur cet ordinateur attendent d&apos;être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
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
        <location line="+38"/>
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
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+1"/>
        <source>Update the selected meter&apos;s data from a date you choose (Ctrl+U)</source>
        <translation>Mettre à jour les données du compteur sélectionné à partir d&apos;une date de votre choix (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
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
        <source>&amp;About OptimCE Desktop…</source>
        <translation>À &amp;propos d&apos;OptimCE Desktop…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh this &amp;meter</source>
        <translation>&amp;Actualiser ce compteur</translation>
    </message>
</context>
<context>
    <name>MemberComboBox</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/member_combo.py" line="+86"/>
        <source>No holder</source>
        <translation>Aucun titulaire</translation>
    </message>
    <message>
        <source>{0}, {1} of {2}</source>
        <translation type="vanished">{0}, {1} sur {2}</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no. {0}</source>
        <translation>n° {0}</translation>
    </message>
</context>
<context>
    <name>MeterActionDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_action_dialog.py" line="+110"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another operator changed this meter since this form was opened, so nothing was sent. Check the form against the meter as it is now, then validate again.</source>
        <translation>Un autre opérateur a modifié ce compteur depuis l&apos;ouverture de ce formulaire, rien n&apos;a donc été envoyé. Vérifiez le formulaire au regard du compteur tel qu&apos;il est maintenant, puis validez à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This form was restored from a draft kept on this computer on {0}.</source>
        <translation>Ce formulaire a été restauré à partir d&apos;un brouillon conservé sur cet ordinateur le {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meter changed since then: the form is checked against the meter as it is now.</source>
        <translation>Le compteur a changé depuis&#xa0;: le formulaire est vérifié au regard du compteur tel qu&apos;il est maintenant.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A change that was sent cannot be recalled: wait for the CRM&apos;s answer.</source>
        <translation>Une modification envoyée ne peut pas être annulée&#xa0;: attendez la réponse du CRM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping the change as a draft on this computer…</source>
        <translation>Enregistrement de la modification comme brouillon sur cet ordinateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending to the CRM…</source>
        <translation>Envoi au CRM…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM cannot be reached: the change is kept on this computer, to be checked and sent from Pending changes once the CRM is back.</source>
        <translation>Le CRM est injoignable&#xa0;: la modification est conservée sur cet ordinateur, pour être vérifiée et envoyée depuis Modifications en attente dès le retour du CRM.</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+227"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} The CRM has not confirmed the change yet: it may have been applied. The app reads the meter again over the next half minute and tells you what happened.</source>
        <translation>{0} Le CRM n&apos;a pas encore confirmé la modification&#xa0;: elle a peut-être été appliquée. L&apos;application relit le compteur pendant la demi-minute qui suit et vous indique ce qu&apos;il en est.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CRM still does not show the change. Read the meter again before sending it again.</source>
        <translation>Le CRM n&apos;affiche toujours pas la modification. Relisez le compteur avant de la renvoyer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} Nothing was sent: the meter is unchanged.</source>
        <translation>{0} Rien n&apos;a été envoyé&#xa0;: le compteur est inchangé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change is kept as a draft on this computer, in Pending changes.</source>
        <translation>La modification est conservée comme brouillon sur cet ordinateur, dans Modifications en attente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It could not be kept as a draft: {0}</source>
        <translation>Elle n&apos;a pas pu être conservée comme brouillon&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The change is being sent and cannot be recalled; this window closes when the CRM answers.</source>
        <translation>La modification est en cours d&apos;envoi et ne peut pas être annulée&#xa0;; cette fenêtre se fermera dès que le CRM répondra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What you typed has not been sent and is not kept.</source>
        <translation>Ce que vous avez saisi n&apos;a pas été envoyé et ne sera pas conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed here is not kept; the draft stays in Pending changes.</source>
        <translation>Ce que vous avez saisi ici ne sera pas conservé&#xa0;; le brouillon reste dans Modifications en attente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
</context>
<context>
    <name>MeterActions</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_actions.py" line="+67"/>
        <source>&amp;Add a meter…</source>
        <translation>Ajouter un &amp;compteur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;odify meter…</source>
        <translation>Mod&amp;ifier le compteur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate meter…</source>
        <translation>&amp;Désactiver le compteur…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modify</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel this scheduled change…</source>
        <translation>Annuler cette modification planifiée…</translation>
    </message>
    <message>
        <source>This needs the CRM, which cannot be reached now.</source>
        <translation type="vanished">Ceci nécessite le CRM, qui est injoignable pour le moment.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Open a community first: the new meter joins its list.</source>
        <translation>Ouvrez d&apos;abord une communauté&#xa0;: le nouveau compteur rejoint sa liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role in this community does not allow adding meters: it needs a manager or an administrator.</source>
        <translation>Votre rôle dans cette communauté ne permet pas d&apos;ajouter des compteurs&#xa0;: il faut être gestionnaire ou administrateur.</translation>
    </message>
    <message>
        <source>Adding a meter needs the CRM, which cannot be reached now: a new meter cannot be kept as a draft.</source>
        <translation type="vanished">L&apos;ajout d&apos;un compteur nécessite le CRM, qui est injoignable pour le moment&#xa0;: un nouveau compteur ne peut pas être conservé comme brouillon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+14"/>
        <source>Select a meter of the community&apos;s list.</source>
        <translation>Sélectionnez un compteur de la liste de la communauté.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+8"/>
        <location line="+18"/>
        <source>A change of this meter is being sent.</source>
        <translation>Une modification de ce compteur est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This meter&apos;s deactivation is already scheduled: cancel that change first to pick another date.</source>
        <translation>La désactivation de ce compteur est déjà planifiée&#xa0;: annulez d&apos;abord cette modification pour choisir une autre date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an active meter can be deactivated.</source>
        <translation>Seul un compteur actif peut être désactivé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a scheduled change (a period that starts after today) can be cancelled; current and past periods are history.</source>
        <translation>Seule une modification planifiée (une période qui commence après aujourd&apos;hui) peut être annulée&#xa0;; les périodes en cours et passées relèvent de l&apos;historique.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create a meter in this community, with its first configuration period</source>
        <translation>Créer un compteur dans cette communauté, avec sa première période de configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the meter&apos;s address, number, tariff group, phases and reading frequency</source>
        <translation>Modifier l&apos;adresse, le numéro, le groupe tarifaire, les phases et la fréquence de relevé du compteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make this meter inactive from a date you choose</source>
        <translation>Rendre ce compteur inactif à partir d&apos;une date de votre choix</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete this scheduled period; the period before it can run on again</source>
        <translation>Supprimer cette période planifiée&#xa0;; la période précédente peut se prolonger</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Open the draft&apos;s community first.</source>
        <translation>Ouvrez d&apos;abord la communauté du brouillon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another form is open: finish it or close it first.</source>
        <translation>Un autre formulaire est ouvert&#xa0;: terminez-le ou fermez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This meter is no longer in the community&apos;s list: its change cannot be sent.</source>
        <translation>Ce compteur ne figure plus dans la liste de la communauté&#xa0;: sa modification ne peut pas être envoyée.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saved as a draft: send it from Pending changes once the CRM is back</source>
        <translation>Enregistrée comme brouillon&#xa0;: envoyez-la depuis Modifications en attente dès le retour du CRM</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Meter {0} will be deactivated on {1}</source>
        <translation>Le compteur {0} sera désactivé le {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter {0} deactivated</source>
        <translation>Compteur {0} désactivé</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Meter {0} modified</source>
        <translation>Compteur {0} modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled change of meter {0} cancelled</source>
        <translation>Modification planifiée du compteur {0} annulée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter {0} saved</source>
        <translation>Compteur {0} enregistré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Meter {0} created</source>
        <translation>Compteur {0} créé</translation>
    </message>
</context>
<context>
    <name>MeterDataUpdateDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+293"/>
        <location line="+4"/>
        <source>Empty (--) when not set</source>
        <translation>Vide (--) si non renseigné</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The power the meter may take from the grid, called “sampling power” in the user guide.</source>
        <translation>La puissance que le compteur peut prélever sur le réseau, appelée «&#xa0;sampling power&#xa0;» dans le guide de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../../src/optimce_desktop/gui/widgets/dso_combo.py" line="+42"/>
        <source>Pick or type the DSO</source>
        <translation>Choisir ou saisir le GRD</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+36"/>
        <source>This form was restored from a draft kept on this computer.</source>
        <translation>Ce formulaire a été restauré à partir d&apos;un brouillon conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This form was restored from a draft kept on this computer on {0}.</source>
        <translation>Ce formulaire a été restauré à partir d&apos;un brouillon conservé sur cet ordinateur le {0}.</translation>
    </message>
    <message>
        <source>The CRM already shows its change: it was applied although its answer was lost. There is nothing left to send, and the draft is deleted.</source>
        <translation type="vanished">Le CRM affiche déjà sa modification&#xa0;: elle a été appliquée bien que la réponse se soit perdue. Il n&apos;y a plus rien à envoyer et le brouillon est supprimé.</translation>
    </message>
    <message>
        <source>It was sent once without an answer, and the meter as read now does not show it.</source>
        <translation type="vanished">Il a été envoyé une fois sans réponse, et le compteur tel qu&apos;il vient d&apos;être lu ne le reflète pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was sent once without an answer, and the meter as read now does not show it. Sending it again is safe: it never creates a second period.</source>
        <translation>Elle a été envoyée une fois sans réponse, et le compteur tel qu&apos;il vient d&apos;être lu ne la reflète pas. La renvoyer est sans risque&#xa0;: cela ne crée jamais de seconde période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meter changed since then; check the form against these changes:</source>
        <translation>Le compteur a changé depuis&#xa0;; vérifiez le formulaire au regard de ces modifications&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A period is already scheduled from {0}: the form shows its values, not the current ones, because an update can only overwrite it (from that date) or follow it (from a later date). To change the meter before {0}, cancel that scheduled change first (History and future).</source>
        <translation>Une période est déjà planifiée à partir du {0}&#xa0;: le formulaire montre ses valeurs, pas les valeurs actuelles, car une mise à jour ne peut que l&apos;écraser (à cette date) ou la suivre (à une date ultérieure). Pour modifier le compteur avant le {0}, annulez d&apos;abord ce changement planifié (Historique et à venir).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The meter changed since this form was filled: the changes below are counted from the meter as the CRM has it now, and values you did not touch may undo another operator&apos;s changes.</source>
        <translation>Le compteur a changé depuis que ce formulaire a été rempli&#xa0;: les changements ci-dessous sont comptés par rapport au compteur tel que le CRM l&apos;a maintenant, et des valeurs que vous n&apos;avez pas modifiées peuvent annuler les changements d&apos;un autre opérateur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”.</source>
        <translation>Titulaire&#xa0;: «&#xa0;{0}&#xa0;» n&apos;est pas membre de cette communauté&#xa0;; choisissez-en un dans la liste, ou «&#xa0;Aucun titulaire&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holder: the member list could not be loaded ({0}); the current holder is kept.</source>
        <translation>Titulaire&#xa0;: la liste des membres n&apos;a pas pu être chargée ({0})&#xa0;; le titulaire actuel est conservé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the community&apos;s members…</source>
        <translation>Chargement des membres de la communauté…</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/dso_combo.py" line="+21"/>
        <source>DSO: “{0}” is not a Belgian DSO; pick one from the list.</source>
        <translation>GRD&#xa0;: «&#xa0;{0}&#xa0;» n&apos;est pas un GRD belge&#xa0;; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DSO: {0} is the transmission system operator, not a distribution system operator.</source>
        <translation>GRD&#xa0;: {0} est le gestionnaire du réseau de transport, pas un gestionnaire de réseau de distribution.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DSO: not a Belgian DSO this app knows; it will be saved as typed.</source>
        <translation>GRD&#xa0;: ce n&apos;est pas un GRD belge connu de l&apos;application&#xa0;; il sera enregistré tel que saisi.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/gui/update_dialog.py" line="+25"/>
        <source>To validate, fill in: {0}.</source>
        <translation>Pour valider, complétez&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the fields marked in red to validate.</source>
        <translation>Corrigez les champs marqués en rouge pour valider.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The meter has no period yet: this date starts its first one.</source>
        <translation>Le compteur n&apos;a encore aucune période&#xa0;: cette date ouvre la première.</translation>
    </message>
    <message>
        <source>A period is scheduled from {0} ({1}): pick that date to replace it, or a later one.</source>
        <translation type="vanished">Une période est planifiée à partir du {0} ({1})&#xa0;: choisissez cette date pour la remplacer, ou une date ultérieure.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Replace the period starting on {0}?</source>
        <translation type="vanished">Remplacer la période commençant le {0}&#xa0;?</translation>
    </message>
    <message>
        <source>The meter&apos;s period {0} ({1}) starts on the effective date you picked. Sending replaces its values in place: they will not be kept in the meter&apos;s history.</source>
        <translation type="vanished">La période {0} ({1}) du compteur commence à la date d&apos;effet choisie. L&apos;envoi remplace ses valeurs sur place&#xa0;: elles ne seront pas conservées dans l&apos;historique du compteur.</translation>
    </message>
    <message>
        <source>Replace the period</source>
        <translation type="vanished">Remplacer la période</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <source>Send these changes to the CRM?</source>
        <translation type="vanished">Envoyer ces modifications au CRM&#xa0;?</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>{0}: {1} → {2}, five times more or less than now: check the unit and the decimal mark</source>
        <translation>{0}&#xa0;: {1} → {2}, cinq fois plus ou moins qu&apos;actuellement&#xa0;: vérifiez l&apos;unité et le séparateur décimal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: {1} → {2}, five times more or less than in the period scheduled from {3}: check the unit and the decimal mark</source>
        <translation>{0}&#xa0;: {1} → {2}, cinq fois plus ou moins que dans la période planifiée à partir du {3}&#xa0;: vérifiez l&apos;unité et le séparateur décimal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing changed yet: the form holds the values of the period from {0}.</source>
        <translation>Rien n&apos;a encore été modifié&#xa0;: le formulaire contient les valeurs de la période du {0}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A period is scheduled from {0} ({1}): pick that date to overwrite it, or a later one to follow it; the form starts from its values.</source>
        <translation>Une période est planifiée à partir du {0} ({1})&#xa0;: choisissez cette date pour l&apos;écraser, ou une date ultérieure pour la suivre&#xa0;; le formulaire part de ses valeurs.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Check before sending:</source>
        <translation>À vérifier avant l&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meter {1}: the period scheduled from {0} will be overwritten with these changes:</source>
        <translation>Compteur {1}&#xa0;: la période planifiée à partir du {0} sera écrasée avec ces changements&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {0}, meter {1} will change as follows, compared with the period scheduled from {2}:</source>
        <translation>À partir du {0}, le compteur {1} changera comme suit, par rapport à la période planifiée à partir du {2}&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {0}, meter {1} will change as follows:</source>
        <translation>À partir du {0}, le compteur {1} changera comme suit&#xa0;:</translation>
    </message>
    <message>
        <source>From {0}, meter {1} keeps the values it has.</source>
        <translation type="vanished">À partir du {0}, le compteur {1} garde ses valeurs actuelles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send this update to the CRM?</source>
        <translation>Envoyer cette mise à jour au CRM&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+14"/>
        <source>The CRM refused the update: see the message under “{0}”.</source>
        <translation>Le CRM a refusé la mise à jour&#xa0;: voyez le message sous «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The update is being sent and cannot be recalled; this window closes when the CRM answers.</source>
        <translation>La mise à jour est en cours d&apos;envoi et ne peut pas être annulée&#xa0;; cette fenêtre se fermera dès que le CRM répondra.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The form could not be kept on this computer: {0}</source>
        <translation>Le formulaire n&apos;a pas pu être conservé sur cet ordinateur&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes to meter {0} have not been sent.</source>
        <translation>Vos modifications du compteur {0} n&apos;ont pas été envoyées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarding also deletes the draft kept on this computer.</source>
        <translation>Abandonner supprime aussi le brouillon conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+65"/>
        <source>Update data</source>
        <translation>Mettre à jour les données</translation>
    </message>
    <message>
        <source>Meter data update</source>
        <translation type="vanished">Mise à jour des données du compteur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Description</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>What the meter supplies, e.g. “Bakery: ovens and cold room”</source>
        <translation>Ce que le compteur alimente, p. ex. «&#xa0;Boulangerie&#xa0;: fours et chambre froide&#xa0;»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Energy characteristics</source>
        <translation>Caractéristiques énergétiques</translation>
    </message>
    <message>
        <source>Withdrawal power (kVA)</source>
        <translation type="vanished">Puissance de prélèvement (kVA)</translation>
    </message>
    <message>
        <source>Total generating capacity (kVA)</source>
        <translation type="vanished">Puissance de production totale (kVA)</translation>
    </message>
    <message>
        <source>Amperage (A)</source>
        <translation type="vanished">Ampérage (A)</translation>
    </message>
    <message>
        <source>Generation type</source>
        <translation type="vanished">Type de production</translation>
    </message>
    <message>
        <source>Injection status</source>
        <translation type="vanished">Statut d&apos;injection</translation>
    </message>
    <message>
        <source>DSO *</source>
        <translation type="vanished">GRD *</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Financial characteristics</source>
        <translation>Caractéristiques financières</translation>
    </message>
    <message>
        <source>Tariff *</source>
        <translation type="vanished">Tarif *</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Withdrawal power (kVA)</source>
        <translation>&amp;Puissance de prélèvement (kVA)</translation>
    </message>
    <message>
        <source>Total generating &amp;capacity (kVA)</source>
        <translation type="vanished">Puissance de production &amp;totale (kVA)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Amperage (A)</source>
        <translation>&amp;Ampérage (A)</translation>
    </message>
    <message>
        <source>&amp;Generation type</source>
        <translation type="vanished">T&amp;ype de production</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Tota&amp;l generating capacity (kVA)</source>
        <translation>Puissance de production &amp;totale (kVA)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Generation t&amp;ype</source>
        <translation>T&amp;ype de production</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Injection status</source>
        <translation>Statut d&apos;in&amp;jection</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DS&amp;O *</source>
        <translation>&amp;GRD *</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Tariff *</source>
        <translation>Tari&amp;f *</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <source>&amp;Usage *</source>
        <translation>&amp;Usage *</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Holder</source>
        <translation>T&amp;itulaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sharing o&amp;peration</source>
        <translation>&amp;Opération de partage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Status *</source>
        <translation>&amp;Statut *</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&amp;Effective date *</source>
        <translation>Date d&apos;&amp;effet *</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Usage *</source>
        <translation type="vanished">Usage *</translation>
    </message>
    <message>
        <location line="-239"/>
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
        <source>Holder</source>
        <translation type="vanished">Titulaire</translation>
    </message>
    <message>
        <source>Sharing operation</source>
        <translation type="vanished">Opération de partage</translation>
    </message>
    <message>
        <source>Status *</source>
        <translation type="vanished">Statut *</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This form keeps the meter in its sharing operation; it does not change it.</source>
        <translation>Ce formulaire maintient le compteur dans son opération de partage&#xa0;; il ne la modifie pas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept as is.</source>
        <translation>Conservée telle quelle.</translation>
    </message>
    <message>
        <source>Effective date *</source>
        <translation type="vanished">Date d&apos;effet *</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="vanished">Valider</translation>
    </message>
</context>
<context>
    <name>MeterExport</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_export.py" line="+38"/>
        <source>Meters</source>
        <translation>Compteurs</translation>
    </message>
</context>
<context>
    <name>MeterExports</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_exports.py" line="+42"/>
        <source>&amp;Export the meter list…</source>
        <translation>&amp;Exporter la liste des compteurs…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the meter list to an Excel workbook or a CSV file</source>
        <translation>Enregistrer la liste des compteurs dans un classeur Excel ou un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list is empty: there is nothing to export.</source>
        <translation>La liste est vide&#xa0;: il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>meters</source>
        <translation>compteurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The meter list of {0}, with the columns shown in the table. Working offline, it is the list saved on this computer.</source>
        <translation>La liste des compteurs de {0}, avec les colonnes affichées dans le tableau. Hors ligne, c&apos;est la liste enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the meter list</source>
        <translation>Exporter la liste des compteurs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>consumption</source>
        <translation>consommation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter {0}, from {1} to {2}: every quarter hour in Brussels time, and each day&apos;s totals.</source>
        <translation>Compteur {0}, du {1} au {2}&#xa0;: chaque quart d&apos;heure à l&apos;heure de Bruxelles, et les totaux de chaque jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline, only the days saved on this computer are exported, without their quarter hours.</source>
        <translation>Hors ligne, seuls les jours enregistrés sur cet ordinateur sont exportés, sans leurs quarts d&apos;heure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the consumption</source>
        <translation>Exporter la consommation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarter hours</source>
        <translation>Quarts d&apos;heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (Brussels)</source>
        <translation>Heure (Bruxelles)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTC offset</source>
        <translation>Décalage UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross (kWh)</source>
        <translation>Brut (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net (kWh)</source>
        <translation>Net (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared (kWh)</source>
        <translation>Partagé (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection gross (kWh)</source>
        <translation>Injection brute (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injection net (kWh)</source>
        <translation>Injection nette (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection shared (kWh)</source>
        <translation>Injection partagée (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumption (kWh)</source>
        <translation>Consommation (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the community (kWh)</source>
        <translation>De la communauté (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the grid (kWh)</source>
        <translation>Du réseau (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Injection (kWh)</source>
        <translation>Injection (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the community (kWh)</source>
        <translation>Vers la communauté (kWh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the grid (kWh)</source>
        <translation>Vers le réseau (kWh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved on this computer</source>
        <translation>Non enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No data in the CRM</source>
        <translation>Aucune donnée dans le CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quarter hours are not saved on this computer: export again once the CRM can be reached to have them.</source>
        <translation>Les quarts d&apos;heure ne sont pas enregistrés sur cet ordinateur&#xa0;: exportez à nouveau dès que le CRM est joignable pour les obtenir.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported to {0}</source>
        <translation>Exporté vers {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days without figures ({0}): {1}.</source>
        <translation>Jours sans chiffres ({0})&#xa0;: {1}.</translation>
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
        <translation>Numéro de compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box / supplement</source>
        <translation>Boîte / complément</translation>
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
        <source>Reading frequency</source>
        <translation>Fréquence de relevé</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Meter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 for a single-phase meter, 3 for a three-phase one</source>
        <translation>1 pour un compteur monophasé, 3 pour un triphasé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. bte 2</source>
        <translation>facultatif, p. ex. bte 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 41</source>
        <translation>p. ex. 41</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number only: a letter or a box (41A, 41 bte 2) goes in Box / supplement</source>
        <translation>Le numéro seul&#xa0;: une lettre ou une boîte (41A, 41 bte 2) va dans Boîte / complément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 or 3</source>
        <translation>1 ou 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 4500</source>
        <translation>p. ex. 4500</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Belgian postcode: 4 digits, from 1000 to 9999</source>
        <translation>Un code postal belge&#xa0;: 4 chiffres, de 1000 à 9999</translation>
    </message>
    <message>
        <source>&amp;EAN</source>
        <translation type="vanished">&amp;EAN</translation>
    </message>
    <message>
        <source>Meter &amp;number</source>
        <translation type="vanished">&amp;Numéro de compteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EA&amp;N</source>
        <translation>EA&amp;N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meter number</source>
        <translation>Num&amp;éro de compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;reet</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Num&amp;ber</source>
        <translation>Nu&amp;méro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City</source>
        <translation>&amp;Localité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bo&amp;x / supplement</source>
        <translation>&amp;Boîte / complément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff &amp;group</source>
        <translation>Gr&amp;oupe tarifaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number o&amp;f phases</source>
        <translation>Nombre de p&amp;hases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading fre&amp;quency</source>
        <translation>Fré&amp;quence de relevé</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>for {0}, type {1} here and {2} in Box / supplement</source>
        <translation>pour {0}, tapez {1} ici et {2} dans Boîte / complément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number, e.g. 41 (a letter or a box goes in Box / supplement)</source>
        <translation>un nombre entier, p. ex. 41 (une lettre ou une boîte va dans Boîte / complément)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CRM holds at most {0} characters, and counts each &lt; or &gt; as 4: this text takes {1}</source>
        <translation>le CRM accepte au plus {0} caractères, et compte chaque &lt; ou &gt; pour 4&#xa0;: ce texte en prend {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0} characters ({1} typed)</source>
        <translation>{0} caractères au maximum ({1} saisis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character {0} is an invisible control character ({1}) the CRM cannot keep; delete it</source>
        <translation>le caractère {0} est un caractère de contrôle invisible ({1}) que le CRM ne peut pas conserver&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CRM will store this text as “{0}”</source>
        <translation>le CRM enregistrera ce texte sous la forme «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between {0} and {1}</source>
        <translation>doit être compris entre {0} et {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not Belgian (4 digits, 1000 to 9999)</source>
        <translation>{0} n&apos;est pas belge (4 chiffres, de 1000 à 9999)</translation>
    </message>
    <message>
        <source>a Belgian postcode has 4 digits</source>
        <translation type="vanished">un code postal belge compte 4 chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meters are single-phase (1) or three-phase (3)</source>
        <translation>les compteurs sont monophasés (1) ou triphasés (3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Belgian EAN has 18 digits and only digits ({0} typed)</source>
        <translation>un EAN belge compte 18 chiffres et uniquement des chiffres ({0} saisis)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not start with 54, the Belgian prefix</source>
        <translation>ne commence pas par 54, le préfixe belge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last digit should be {0} (GS1 check digit): it may be mistyped</source>
        <translation>le dernier chiffre devrait être {0} (clé de contrôle GS1)&#xa0;: il a peut-être été mal saisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meter {0} is already in this community&apos;s list</source>
        <translation>le compteur {0} figure déjà dans la liste de cette communauté</translation>
    </message>
</context>
<context>
    <name>MeterFilters</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_filters.py" line="+34"/>
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
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>MeterStatus</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_status.py" line="+36"/>
        <source>{0} from {1}</source>
        <translation>{0} à partir du {1}</translation>
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
        <location line="+1"/>
        <source>Town</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading from the meter&apos;s details…</source>
        <translation>Chargement depuis les détails du compteur…</translation>
    </message>
</context>
<context>
    <name>ModifyMeterDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/meter_dialog.py" line="+39"/>
        <source>Modify meter — {0}</source>
        <translation>Modifier le compteur — {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM keeps no history of these fields: they change for every period.</source>
        <translation>Le CRM ne conserve aucun historique de ces champs&#xa0;: ils changent pour toutes les périodes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The EAN identifies the meter: it cannot be changed</source>
        <translation>L&apos;EAN identifie le compteur&#xa0;: il ne peut pas être modifié</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing changed yet.</source>
        <translation>Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check these warnings before saving:</source>
        <translation>Vérifiez ces avertissements avant d&apos;enregistrer&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change meter {0}?</source>
        <translation>Modifier le compteur {0}&#xa0;?</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The CRM keeps no history of these fields: the old values are lost.</source>
        <translation>Le CRM ne conserve aucun historique de ces champs&#xa0;: les anciennes valeurs sont perdues.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The CRM refused the change: see the message under “{0}”.</source>
        <translation>Le CRM a refusé la modification&#xa0;: voyez le message sous «&#xa0;{0}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/optional_date_edit.py" line="+139"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the day as dd/mm/yyyy, or pick it in the calendar (Alt+Down)</source>
        <translation>Saisissez le jour sous la forme jj/mm/aaaa, ou choisissez-le dans le calendrier (Alt+Flèche bas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Ouvrir le calendrier (Alt+Flèche bas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Choose a day between {0} and {1}</source>
        <translation>choisissez un jour entre le {0} et le {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is not a day of the calendar</source>
        <translation>{0} n&apos;est pas un jour du calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the year with 4 digits, e.g. 20/01/2027</source>
        <translation>saisissez l&apos;année en 4 chiffres, p. ex. 20/01/2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date: type it as dd/mm/yyyy, e.g. 20/01/2027</source>
        <translation>ce n&apos;est pas une date&#xa0;: saisissez-la sous la forme jj/mm/aaaa, p. ex. 20/01/2027</translation>
    </message>
</context>
<context>
    <name>OptionalNumberInput</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/widgets/optional_number_input.py" line="+263"/>
        <source>use one decimal mark (comma or dot) and no thousands separator</source>
        <translation>utilisez un seul séparateur décimal (virgule ou point) et aucun séparateur de milliers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use only one decimal mark (comma or dot)</source>
        <translation>utilisez un seul séparateur décimal (virgule ou point)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type a whole number, with no decimal mark and no thousands separator</source>
        <translation>saisissez un nombre entier, sans séparateur décimal ni séparateur de milliers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most one decimal, and no thousands separator</source>
        <translation>une décimale au maximum, et aucun séparateur de milliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {0} decimals, and no thousands separator</source>
        <translation>{0} décimales au maximum, et aucun séparateur de milliers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be negative</source>
        <translation>la valeur ne peut pas être négative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least {0}</source>
        <translation>doit valoir au moins {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at most {0}</source>
        <translation>ne peut pas dépasser {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type a number, with a comma or a dot as the decimal mark</source>
        <translation>saisissez un nombre, avec une virgule ou un point comme séparateur décimal</translation>
    </message>
</context>
<context>
    <name>OutcomeChecks</name>
    <message>
        <location filename="../../src/optimce_desktop/services/outcome_checks.py" line="+46"/>
        <source>Update data</source>
        <translation>Mettre à jour les données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a meter</source>
        <translation>Ajouter un compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modify meter</source>
        <translation>Modifier le compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate meter</source>
        <translation>Désactiver le compteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a scheduled change</source>
        <translation>Annuler une modification planifiée</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The change to meter {0} (“{1}”) that was being sent when the app stopped was applied by the CRM: there is nothing left to send.</source>
        <translation>La modification du compteur {0} («&#xa0;{1}&#xa0;») qui était en cours d&apos;envoi à l&apos;arrêt de l&apos;application a été appliquée par le CRM&#xa0;: il n&apos;y a plus rien à envoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM confirms the change to meter {0} (“{1}”): it was applied.</source>
        <translation>Le CRM confirme la modification du compteur {0} («&#xa0;{1}&#xa0;»)&#xa0;: elle a été appliquée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The change to meter {0} (“{1}”) was being sent when the app stopped, and the CRM does not show it: it was not applied. It is kept in Pending changes, to check and send again.</source>
        <translation>La modification du compteur {0} («&#xa0;{1}&#xa0;») était en cours d&apos;envoi à l&apos;arrêt de l&apos;application, et le CRM ne l&apos;affiche pas&#xa0;: elle n&apos;a pas été appliquée. Elle est conservée dans Modifications en attente, pour être vérifiée et renvoyée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM still does not show the change to meter {0} (“{1}”). It is kept in Pending changes: check it there, and send it again if needed (it is checked against the meter first, so it is never made twice).</source>
        <translation>Le CRM n&apos;affiche toujours pas la modification du compteur {0} («&#xa0;{1}&#xa0;»). Elle est conservée dans Modifications en attente&#xa0;: vérifiez-la là et renvoyez-la si nécessaire (elle est d&apos;abord vérifiée au regard du compteur, elle n&apos;est donc jamais appliquée deux fois).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The update of meter {0} that was being sent when the app stopped was applied by the CRM: there is nothing left to send.</source>
        <translation>La mise à jour du compteur {0} qui était en cours d&apos;envoi à l&apos;arrêt de l&apos;application a été appliquée par le CRM&#xa0;: il n&apos;y a plus rien à envoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM confirms the update of meter {0}: it was applied.</source>
        <translation>Le CRM confirme la mise à jour du compteur {0}&#xa0;: elle a été appliquée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update of meter {0} was being sent when the app stopped, and the CRM does not show it: it was not applied. It is kept in Pending changes, to check and send again.</source>
        <translation>La mise à jour du compteur {0} était en cours d&apos;envoi à l&apos;arrêt de l&apos;application, et le CRM ne l&apos;affiche pas&#xa0;: elle n&apos;a pas été appliquée. Elle est conservée dans Modifications en attente, pour être vérifiée et renvoyée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CRM still does not show the update of meter {0}. It is kept in Pending changes: check it there and send it again if needed (sending it again never creates a second period).</source>
        <translation>Le CRM n&apos;affiche toujours pas la mise à jour du compteur {0}. Elle est conservée dans Modifications en attente&#xa0;: vérifiez-la là et renvoyez-la si nécessaire (la renvoyer ne crée jamais de seconde période).</translation>
    </message>
</context>
<context>
    <name>PendingChangesDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/pending_changes.py" line="+59"/>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Updates kept on this computer, not sent to the CRM yet. Each one is checked against the meter as the CRM has it now; you then confirm it in the update form.</source>
        <translation type="vanished">Mises à jour conservées sur cet ordinateur, pas encore envoyées au CRM. Chacune est vérifiée par rapport au compteur tel que le CRM le connaît maintenant&#xa0;; vous la confirmez ensuite dans le formulaire de mise à jour.</translation>
    </message>
    <message>
        <source>Updates waiting to be sent</source>
        <translation type="vanished">Mises à jour en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+1"/>
        <source>Saved on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>No update is waiting to be sent.</source>
        <translation type="vanished">Aucune mise à jour n&apos;attend d&apos;être envoyée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Check and send…</source>
        <translation>&amp;Vérifier et envoyer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Was being sent when the app stopped: checked against the CRM at the next list read</source>
        <translation>Était en cours d&apos;envoi à l&apos;arrêt de l&apos;application&#xa0;: vérifiée auprès du CRM à la prochaine lecture de la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May have reached the CRM without an answer: checked before sending again</source>
        <translation>A peut-être atteint le CRM sans réponse&#xa0;: vérifiée avant un nouvel envoi</translation>
    </message>
    <message>
        <source>Check and send…</source>
        <translation type="vanished">Vérifier et envoyer…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="vanished">Abandonner…</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Checking against the CRM…</source>
        <translation>Vérification auprès du CRM…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard the update?</source>
        <translation>Abandonner la mise à jour&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The update of meter {0} will not be sent, and its draft is deleted from this computer.</source>
        <translation>La mise à jour du compteur {0} ne sera pas envoyée, et son brouillon est supprimé de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+28"/>
        <source>{0}: {1} → {2}</source>
        <translation>{0}&#xa0;: {1} → {2}</translation>
    </message>
    <message>
        <source>Sent once without an answer: checked before sending again</source>
        <translation type="vanished">Envoyée une fois sans réponse&#xa0;: vérifiée avant un nouvel envoi</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Changes kept on this computer, not sent to the CRM yet. Each one is checked against the meter as the CRM has it now; you then confirm it in its form.</source>
        <translation>Modifications conservées sur cet ordinateur, pas encore envoyées au CRM. Chacune est vérifiée par rapport au compteur tel que le CRM le connaît maintenant&#xa0;; vous la confirmez ensuite dans son formulaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No change is waiting to be sent.</source>
        <translation>Aucune modification n&apos;attend d&apos;être envoyée.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Discard the change?</source>
        <translation>Abandonner la modification&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change to meter {0} (“{1}”) will not be sent, and its draft is deleted from this computer.</source>
        <translation>La modification du compteur {0} («&#xa0;{1}&#xa0;») ne sera pas envoyée, et son brouillon est supprimé de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Meter number: {0}</source>
        <translation>Numéro de compteur&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First period: {0}, DSO {1}</source>
        <translation>Première période&#xa0;: {0}, GRD {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inactive from {0}, without holder or sharing operation</source>
        <translation>Inactif à partir du {0}, sans titulaire ni opération de partage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period {0} is deleted</source>
        <translation>La période {0} est supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period before it runs on</source>
        <translation>La période précédente se prolonge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period before it keeps its end</source>
        <translation>La période précédente garde sa date de fin</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not sent: the CRM could not be reached</source>
        <translation>Non envoyée&#xa0;: le CRM était injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept as a draft</source>
        <translation>Conservée comme brouillon</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already applied in the CRM: nothing left to send</source>
        <translation>Déjà appliquée dans le CRM&#xa0;: plus rien à envoyer</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n problem(s) to correct in the form</source>
        <translation>
            <numerusform>%n problème à corriger dans le formulaire</numerusform>
            <numerusform>%n problèmes à corriger dans le formulaire</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the CRM now has a meter with this EAN; see the form</source>
        <translation>Non envoyée&#xa0;: le CRM a désormais un compteur avec cet EAN&#xa0;; voyez le formulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meter changed since: check the form, then send</source>
        <translation>Le compteur a changé depuis&#xa0;: vérifiez le formulaire, puis envoyez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready: confirm in the form to send</source>
        <translation>Prête&#xa0;: confirmez dans le formulaire pour envoyer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: the meter is no longer active, and a second deactivation would add another inactive period</source>
        <translation>Non envoyée&#xa0;: le compteur n&apos;est plus actif, et une seconde désactivation ajouterait une autre période inactive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: a deactivation of this meter is already scheduled</source>
        <translation>Non envoyée&#xa0;: une désactivation de ce compteur est déjà planifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: this period has started since, it is history now</source>
        <translation>Non envoyée&#xa0;: cette période a commencé depuis, elle relève désormais de l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent: the CRM no longer has this meter</source>
        <translation>Non envoyée&#xa0;: le CRM n&apos;a plus ce compteur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meter actions are not ready yet: try again in a moment.</source>
        <translation>Les actions sur les compteurs ne sont pas encore prêtes&#xa0;: réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Applied by the CRM: nothing left to send</source>
        <translation>Appliquée par le CRM&#xa0;: plus rien à envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied (the app stopped while sending it): check and send it again</source>
        <translation>Non appliquée (l&apos;application s&apos;est arrêtée pendant l&apos;envoi)&#xa0;: vérifiez-la et renvoyez-la</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not confirmed by the CRM: check it, then send it again if needed</source>
        <translation>Non confirmée par le CRM&#xa0;: vérifiez-la, puis renvoyez-la si nécessaire</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Read the meter from the CRM, check the change against it, and open it to send</source>
        <translation>Relire le compteur depuis le CRM, y confronter la modification, et l&apos;ouvrir pour l&apos;envoyer</translation>
    </message>
    <message>
        <source>Read the meter from the CRM, check the update against it, and open it to send</source>
        <translation type="vanished">Relire le compteur depuis le CRM, y confronter la mise à jour, et l&apos;ouvrir pour l&apos;envoyer</translation>
    </message>
</context>
<context>
    <name>PeriodCards</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/period_cards.py" line="+35"/>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
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
    <name>PeriodForm</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/period_form.py" line="+68"/>
        <source>First period</source>
        <translation>Première période</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No holder</source>
        <translation>Aucun titulaire</translation>
    </message>
    <message>
        <source>Effective d&amp;ate *</source>
        <translation type="vanished">&amp;Date d&apos;effet *</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Status *</source>
        <translation>&amp;Statut *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tariff *</source>
        <translation>Tari&amp;f *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Usage *</source>
        <translation>&amp;Usage *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdrawal power (kVA)</source>
        <translation>&amp;Puissance de prélèvement (kVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tota&amp;l generating capacity (kVA)</source>
        <translation>Puissance de production &amp;totale (kVA)</translation>
    </message>
    <message>
        <source>A&amp;mperage (A)</source>
        <translation type="vanished">&amp;Ampérage (A)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Effective date *</source>
        <translation>Date d&apos;&amp;effet *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Amperage (A)</source>
        <translation>&amp;Ampérage (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation t&amp;ype</source>
        <translation>T&amp;ype de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Injection status</source>
        <translation>Statut d&apos;in&amp;jection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DS&amp;O *</source>
        <translation>&amp;GRD *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holder</source>
        <translation>T&amp;itulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The meter&apos;s first period starts on this day; a later day schedules it.</source>
        <translation>La première période du compteur commence ce jour-là&#xa0;; un jour ultérieur la planifie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meter joins no sharing operation: add it to one in the CRM.</source>
        <translation>Le compteur ne rejoint aucune opération de partage&#xa0;: ajoutez-le à l&apos;une d&apos;elles dans le CRM.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty when not known</source>
        <translation>Laissez vide si inconnu</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>the new meter starts on {0}, yesterday: its first period covers a day already past</source>
        <translation>le nouveau compteur commence le {0}, hier&#xa0;: sa première période couvre un jour déjà passé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new meter starts on {0}, {1} days ago: its first period covers days already past</source>
        <translation>le nouveau compteur commence le {0}, il y a {1} jours&#xa0;: sa première période couvre des jours déjà passés</translation>
    </message>
    <message>
        <source>Empty (--) when not set</source>
        <translation type="vanished">Vide (--) si non renseigné</translation>
    </message>
    <message>
        <source>Pick or type the DSO</source>
        <translation type="vanished">Choisir ou saisir le GRD</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Holder: “{0}” is not a member of this community; pick one from the list, or “No holder”.</source>
        <translation>Titulaire&#xa0;: «&#xa0;{0}&#xa0;» n&apos;est pas membre de cette communauté&#xa0;; choisissez-en un dans la liste, ou «&#xa0;Aucun titulaire&#xa0;».</translation>
    </message>
    <message>
        <source>DSO: {0} is the transmission system operator, not a distribution system operator.</source>
        <translation type="vanished">GRD&#xa0;: {0} est le gestionnaire du réseau de transport, pas un gestionnaire de réseau de distribution.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/optimce_desktop/services/problems.py" line="+76"/>
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
        <location line="+14"/>
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
        <location line="-33"/>
        <location line="+34"/>
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
        <location line="+4"/>
        <source>The server in front of the CRM answered an error (HTTP {0}) instead of the CRM&apos;s own answer.</source>
        <translation>Le serveur placé devant le CRM a renvoyé une erreur (HTTP {0}) au lieu de la réponse du CRM.</translation>
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
        <location filename="../../src/optimce_desktop/services/texts.py" line="+77"/>
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
        <location line="+3"/>
        <source>the CRM holds at most {0} characters, and counts each &lt; or &gt; as 4: this text takes {1}</source>
        <translation>le CRM accepte au plus {0} caractères, et compte chaque &lt; ou &gt; pour 4&#xa0;: ce texte en prend {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {0} characters ({1} typed)</source>
        <translation>{0} caractères au maximum ({1} saisis)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>character {0} is an invisible control character ({1}, {2}) the CRM cannot keep; delete it (it may have come with pasted text)</source>
        <translation>le caractère {0} est un caractère de contrôle invisible ({1}, {2}) que le CRM ne peut pas conserver&#xa0;; supprimez-le (il provient peut-être d&apos;un texte collé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the CRM may remove the HTML comments and the attributes of HTML tags in this text; write them without &lt; and &gt; to keep them as typed</source>
        <translation>le CRM peut supprimer les commentaires HTML et les attributs des balises HTML de ce texte&#xa0;; écrivez-les sans &lt; ni &gt; pour les conserver tels que saisis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CRM will store this text as “{0}” (it removes the attributes of the tags &lt;b&gt;, &lt;i&gt;, &lt;u&gt; and &lt;div&gt;, and reads &amp;lt; and &amp;gt; as &lt; and &gt;)</source>
        <translation>le CRM enregistrera ce texte sous la forme «&#xa0;{0}&#xa0;» (il supprime les attributs des balises &lt;b&gt;, &lt;i&gt;, &lt;u&gt; et &lt;div&gt;, et lit &amp;lt; et &amp;gt; comme &lt; et &gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+4"/>
        <source>the period already scheduled from {0} ({1}) will be overwritten: its values are replaced by this form&apos;s, and not kept in the history</source>
        <translation>la période déjà planifiée à partir du {0} ({1}) sera écrasée&#xa0;: ses valeurs sont remplacées par celles de ce formulaire, et non conservées dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the period starting on {0} ({1}) will be replaced, not kept in the history</source>
        <translation>la période commençant le {0} ({1}) sera remplacée, et non conservée dans l&apos;historique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a period is already scheduled from {0} ({1}): it will end on {2}, and the new period&apos;s changes are counted from its values</source>
        <translation>une période est déjà planifiée à partir du {0} ({1})&#xa0;: elle se terminera le {2}, et les changements de la nouvelle période sont comptés à partir de ses valeurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this changes the meter from {0}, yesterday: past sharing calculations may change</source>
        <translation>cela modifie le compteur à partir du {0}, hier&#xa0;: les calculs de partage passés peuvent changer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this changes the meter from {0}, {1} days ago: past sharing calculations may change</source>
        <translation>cela modifie le compteur à partir du {0}, il y a {1} jours&#xa0;: les calculs de partage passés peuvent changer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the CRM cannot clear this value; it will keep “{0}”</source>
        <translation>le CRM ne peut pas effacer cette valeur&#xa0;; il conservera «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message numerus="yes">
        <location line="+10"/>
        <source>Saved on this computer, except the details of %n meter(s) the CRM did not give: their previous copy is kept</source>
        <translation>
            <numerusform>Enregistré sur cet ordinateur, sauf les détails de %n compteur que le CRM n&apos;a pas fournis&#xa0;: sa copie précédente est conservée</numerusform>
            <numerusform>Enregistré sur cet ordinateur, sauf les détails de %n compteurs que le CRM n&apos;a pas fournis&#xa0;: leur copie précédente est conservée</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>RememberedLayout</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/remembered_layout.py" line="+50"/>
        <source>Compact ro&amp;ws</source>
        <translation>Lignes &amp;compactes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One line a meter, the town in its own column: about twice the rows</source>
        <translation>Une ligne par compteur, la localité dans sa propre colonne&#xa0;: environ deux fois plus de lignes</translation>
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
        <location line="+16"/>
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
        <location filename="../../src/optimce_desktop/services/session.py" line="+147"/>
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
        <location line="+138"/>
        <source>Your session has ended. Sign in again to go on: your open windows and forms are kept.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour continuer&#xa0;: vos fenêtres et formulaires ouverts sont conservés.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This computer has no usable password store: your session will not be remembered, and you will sign in again next time.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de mots de passe utilisable&#xa0;: votre session ne sera pas mémorisée, et vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+10"/>
        <source>You are signed out of OptimCE Desktop</source>
        <translation>Vous êtes déconnecté d&apos;OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your session at the sign-in server has ended. You can close this tab.</source>
        <translation>Votre session sur le serveur de connexion a pris fin. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-out did not complete</source>
        <translation>La déconnexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to OptimCE Desktop to see why.</source>
        <translation>Revenez à OptimCE Desktop pour en voir la raison.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This page is out of date</source>
        <translation>Cette page n&apos;est plus à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It does not belong to what OptimCE Desktop is waiting for. Go back to the app.</source>
        <translation>Elle ne correspond pas à ce qu&apos;OptimCE Desktop attend. Revenez à l&apos;application.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close your web browser, or sign out on the sign-in server&apos;s own page, so that nobody else at this computer can use it.</source>
        <translation>Fermez votre navigateur, ou déconnectez-vous sur la page du serveur de connexion, afin que personne d&apos;autre sur cet ordinateur ne puisse l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sign-in server offers no way for this app to end it</source>
        <translation>le serveur de connexion n&apos;offre à cette application aucun moyen d&apos;y mettre fin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the browser did not come back from the sign-in server&apos;s sign-out page</source>
        <translation>le navigateur n&apos;est pas revenu de la page de déconnexion du serveur de connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sign-in server cannot be reached</source>
        <translation>le serveur de connexion est injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sign-in server answered: {0}</source>
        <translation>le serveur de connexion a répondu&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed out of OptimCE Desktop, but your session at the sign-in server may still be open: {0}. {1}</source>
        <translation>Vous êtes déconnecté d&apos;OptimCE Desktop, mais votre session sur le serveur de connexion est peut-être encore ouverte&#xa0;: {0}. {1}</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../src/optimce_desktop/gui/session_shell.py" line="+232"/>
        <source>Sign out?</source>
        <translation>Se déconnecter&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out now? Your windows close, and changes not yet sent are lost.</source>
        <translation>Se déconnecter maintenant&#xa0;? Vos fenêtres se ferment, et les modifications non envoyées sont perdues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Paramètres…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed in as {0}</source>
        <translation>Connecté en tant que {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in server: {0}</source>
        <translation>Serveur de connexion&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/settings_dialog.py" line="+43"/>
        <source>Settings — OptimCE Desktop</source>
        <translation>Paramètres — OptimCE Desktop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System certificates</source>
        <translation>Certificats du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">Parcourir…</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="vanished">Comme le système</translation>
    </message>
    <message>
        <source>CRM gateway</source>
        <translation type="vanished">Passerelle du CRM</translation>
    </message>
    <message>
        <source>Sign-in server (OpenID issuer)</source>
        <translation type="vanished">Serveur de connexion (émetteur OpenID)</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="vanished">Identifiant client</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation type="vanished">Autorités de certification</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="vanished">Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CRM &amp;gateway</source>
        <translation>&amp;Passerelle du CRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-&amp;in server (OpenID issuer)</source>
        <translation>&amp;Serveur de connexion (émetteur OpenID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client I&amp;D</source>
        <translation>&amp;Identifiant client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate &amp;authorities</source>
        <translation>&amp;Autorités de certification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
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
        <location line="+64"/>
        <source>Discard your changes to the settings?</source>
        <translation>Abandonner vos modifications des paramètres&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed here is not saved.</source>
        <translation>Ce que vous avez saisi ici n&apos;est pas enregistré.</translation>
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
        <location line="+56"/>
        <source>Certificate authorities (PEM)</source>
        <translation>Autorités de certification (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Waiting for you to sign in with your browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">Paramètres…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="vanished">Se déconnecter</translation>
    </message>
    <message>
        <location line="-71"/>
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
        <location line="+65"/>
        <source>Signing out in your browser…</source>
        <translation>Déconnexion dans votre navigateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="vanished">En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>SweepProgressLabel</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/sweep_progress.py" line="+41"/>
        <source>Holders still being read: {0} of {1}</source>
        <translation>Titulaires en cours de lecture&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holders: {0} of {1}</source>
        <translation>Titulaires&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holders and sharing operations come from each meter&apos;s details, read in the background a few a second so as not to load the CRM. Until all are read, sorting or searching on them leaves out the meters not read yet.</source>
        <translation>Les titulaires et opérations de partage proviennent des détails de chaque compteur, lus en arrière-plan à raison de quelques-uns par seconde pour ne pas surcharger le CRM. Tant que tous ne sont pas lus, un tri ou une recherche sur ces colonnes laisse de côté les compteurs pas encore lus.</translation>
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
        <location filename="../../src/optimce_desktop/gui/update_launcher.py" line="+90"/>
        <source>Saved as a draft: send it from Pending changes once the CRM is back</source>
        <translation>Enregistrée comme brouillon&#xa0;: envoyez-la depuis Modifications en attente dès le retour du CRM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meter data updated: takes effect on {0}</source>
        <translation>Données du compteur mises à jour&#xa0;: effet au {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter data updated</source>
        <translation>Données du compteur mises à jour</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review</source>
        <translation>Examiner</translation>
    </message>
</context>
<context>
    <name>UpdateService</name>
    <message>
        <source>The CRM did not answer in time, and the meter, read again, shows no change: the update was not applied. You can send it again; the app first checks that it was not applied meanwhile, so it is never applied twice.</source>
        <translation type="vanished">Le CRM n&apos;a pas répondu à temps, et le compteur, relu, ne montre aucun changement&#xa0;: la mise à jour n&apos;a pas été appliquée. Vous pouvez la renvoyer&#xa0;; l&apos;application vérifie d&apos;abord qu&apos;elle n&apos;a pas été appliquée entre-temps, elle n&apos;est donc jamais appliquée deux fois.</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/services/updates.py" line="+67"/>
        <source>{0} Nothing was sent: the meter is unchanged.</source>
        <translation>{0} Rien n&apos;a été envoyé&#xa0;: le compteur est inchangé.</translation>
    </message>
    <message>
        <source>{0} Whether the CRM applied the update is unknown: check the meter once the CRM can be reached before sending it again.</source>
        <translation type="vanished">{0} On ne sait pas si le CRM a appliqué la mise à jour&#xa0;: vérifiez le compteur dès que le CRM est joignable, avant de la renvoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} The CRM has not confirmed the update yet: it may have been applied. The app reads the meter again over the next half minute and tells you what happened. Sending it again is safe: it never creates a second period.</source>
        <translation>{0} Le CRM n&apos;a pas encore confirmé la mise à jour&#xa0;: elle a peut-être été appliquée. L&apos;application relit le compteur pendant la demi-minute qui suit et vous indique ce qu&apos;il en est. La renvoyer est sans risque&#xa0;: cela ne crée jamais de seconde période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your form is kept as a draft on this computer.</source>
        <translation>Votre formulaire est conservé comme brouillon sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be kept as a draft: {0}</source>
        <translation>Il n&apos;a pas pu être conservé comme brouillon&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../src/optimce_desktop/services/sending.py" line="+117"/>
        <source>The CRM cannot be reached.</source>
        <translation>Le CRM est injoignable.</translation>
    </message>
</context>
<context>
    <name>WindowBanners</name>
    <message>
        <location filename="../../src/optimce_desktop/gui/window_banners.py" line="+40"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+13"/>
        <source>%n meter(s) could not be read: the CRM sent them in a form this app does not understand, so they are left out of the list.</source>
        <translation>
            <numerusform>%n compteur n&apos;a pas pu être lu&#xa0;: le CRM l&apos;a envoyé sous une forme que cette application ne comprend pas, il est donc absent de la liste.</numerusform>
            <numerusform>%n compteurs n&apos;ont pas pu être lus&#xa0;: le CRM les a envoyés sous une forme que cette application ne comprend pas, ils sont donc absents de la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CRM&apos;s pages of meters did not end as announced: the list may be incomplete.</source>
        <translation>Les pages de compteurs du CRM ne se sont pas terminées comme annoncé&#xa0;: la liste est peut-être incomplète.</translation>
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
        <location filename="../../src/optimce_desktop/services/texts.py" line="-74"/>
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
    <message>
        <location filename="../../src/optimce_desktop/domain/meter_status.py" line="+25"/>
        <source>Not active yet</source>
        <translation>Pas encore actif</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../src/optimce_desktop/services/texts.py" line="+82"/>
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
    <message>
        <location line="-31"/>
        <source>“{0}”</source>
        <translation>«&#xa0;{0}&#xa0;»</translation>
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
        <translation type="vanished">Compteur n° {0}</translation>
    </message>
</context>
</TS>
