<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>LocalData</name>
    <message numerus="yes">
        <location filename="../../src/optimce_desktop/services/local_data.py" line="+164"/>
        <source>%n update(s) kept since are only in memory, until the app closes.</source>
        <translation>
            <numerusform>%n update kept since is only in memory, until the app closes.</numerusform>
            <numerusform>%n updates kept since are only in memory, until the app closes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n unsent update(s) are kept in memory until they can be written: do not close the app.</source>
        <translation>
            <numerusform>%n unsent update is kept in memory until it can be written: do not close the app.</numerusform>
            <numerusform>%n unsent updates are kept in memory until they can be written: do not close the app.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n unsent update(s) kept in memory were written to it.</source>
        <translation>
            <numerusform>%n unsent update kept in memory was written to it.</numerusform>
            <numerusform>%n unsent updates kept in memory were written to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n unsent update(s) were recovered</source>
        <translation>
            <numerusform>%n unsent update was recovered</numerusform>
            <numerusform>%n unsent updates were recovered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n meter(s) could not be read: the CRM sent them in a form this app does not understand, so they are left out of the list.</source>
        <translation type="vanished">
            <numerusform>%n meter could not be read: the CRM sent it in a form this app does not understand, so it is left out of the list.</numerusform>
            <numerusform>%n meters could not be read: the CRM sent them in a form this app does not understand, so they are left out of the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/optimce_desktop/gui/main_window.py" line="+551"/>
        <source>%n of {0} meter(s) shown</source>
        <translation>
            <numerusform>%n of {0} meters shown</numerusform>
            <numerusform>%n of {0} meters shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+149"/>
        <source>✎ %n pending change(s)</source>
        <translation>
            <numerusform>✎ %n pending change</numerusform>
            <numerusform>✎ %n pending changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The CRM is back. %n update(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>The CRM is back. %n update kept on this computer is waiting to be sent.</numerusform>
            <numerusform>The CRM is back. %n updates kept on this computer are waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The CRM is back. %n change(s) kept on this computer are waiting to be sent.</source>
        <translation>
            <numerusform>The CRM is back. %n change kept on this computer is waiting to be sent.</numerusform>
            <numerusform>The CRM is back. %n changes kept on this computer are waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingChangesDialog</name>
    <message numerus="yes">
        <location filename="../../src/optimce_desktop/gui/pending_changes.py" line="+299"/>
        <source>%n problem(s) to correct in the form</source>
        <translation>
            <numerusform>%n problem to correct in the form</numerusform>
            <numerusform>%n problems to correct in the form</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshAllDialog</name>
    <message numerus="yes">
        <location filename="../../src/optimce_desktop/gui/refresh_all_dialog.py" line="+75"/>
        <source>Saved on this computer, except the details of %n meter(s) the CRM did not give: their previous copy is kept</source>
        <translation>
            <numerusform>Saved on this computer, except the details of %n meter the CRM did not give: its previous copy is kept</numerusform>
            <numerusform>Saved on this computer, except the details of %n meters the CRM did not give: their previous copy is kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowBanners</name>
    <message numerus="yes">
        <location filename="../../src/optimce_desktop/gui/window_banners.py" line="+77"/>
        <source>%n meter(s) could not be read: the CRM sent them in a form this app does not understand, so they are left out of the list.</source>
        <translation>
            <numerusform>%n meter could not be read: the CRM sent it in a form this app does not understand, so it is left out of the list.</numerusform>
            <numerusform>%n meters could not be read: the CRM sent them in a form this app does not understand, so they are left out of the list.</numerusform>
        </translation>
    </message>
</context>
</TS>
