; Setup program of OptimCE Desktop (NSIS 3.08 or newer, Modern UI 2): a per-user install, no administrator rights.
; installer/build.py compiles it (the script is UTF-8):
;   makensis -INPUTCHARSET UTF8 "-XTarget x86-unicode" -DVERSION=x.y.z -DVERSION_QUAD=x.y.z.0
;            -DSOURCE_DIR=<bundle folder> -DOUTFILE=<setup.exe> -DUNINSTALL_LIST=<generated .nsh>
;            [-DICON=<.ico>] [-DSIGN_COMMAND=<command signing the file given after it>] [-DSCRIPT_CHECK=1]
;            optimce-desktop.nsi
;
; Command line of the setup program (see installer/README.md):
;   /S                 silent; /D=C:\folder as the very last argument chooses the folder
;   /LANGUAGE=fr       the language of the setup program, and of the app until its user chooses one (en, fr, nl, de)
;   /ALLOWDOWNGRADE    silent: replace a newer installed version (refused otherwise)
; Command line of the uninstaller:
;   /S _?=<folder>     silent, and returns once everything is removed (without _?= it returns at once)
; Exit codes: 0 done; 1 cancelled; 2 failed; 3 the app is running; 4 a newer version is installed;
; 5 the folder holds other files; 6 the installed version could not be removed. Reasons are appended to
; %TEMP%\OptimCE-Desktop-setup.log.

!macro Require NAME
  !ifndef ${NAME}
    !error "Define ${NAME}: makensis -D${NAME}=... (see installer/build.py)"
  !endif
!macroend
!insertmacro Require VERSION
!insertmacro Require VERSION_QUAD
!insertmacro Require SOURCE_DIR
!insertmacro Require OUTFILE
!insertmacro Require UNINSTALL_LIST

!define APP "OptimCE Desktop"
!define EXE "optimce-desktop.exe"
!define PUBLISHER "OptimCE"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define SETUP_KEY "Software\${PUBLISHER}\${APP}"
; Where the app keeps its settings, the demo's data and the local cache (platformdirs, appauthor=False).
!define DATA_DIR "$LOCALAPPDATA\optimce-desktop"
; The language chosen in the setup program, which the app follows until its user chooses one (app.py).
!define LANGUAGE_FILE "${DATA_DIR}\installer.ini"
!define SETUP_LOG "$TEMP\OptimCE-Desktop-setup.log"
!define EXIT_RUNNING 3
!define EXIT_DOWNGRADE 4
!define EXIT_FOLDER 5
!define EXIT_PREVIOUS 6

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifdef SCRIPT_CHECK
  ; Built around a bundle that is not a Windows one: it checks this script, and must not be taken for a release.
  Name "${APP} ${VERSION} (script check, not for Windows)"
!else
  Name "${APP}"
!endif
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

!ifdef SIGN_COMMAND
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
  !finalize '${SIGN_COMMAND} "%1"' = 0
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "LogicLib.nsh"

Var PreviousVersion
Var Upgrade

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETUP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"

!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KeptShort)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(KeptLong)"
!insertmacro MUI_UNPAGE_FINISH

; The first language is the fallback when Windows speaks none of them.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_RESERVEFILE_LANGDLL

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "OptimCE contributors, AGPL-3.0-or-later"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"

; The app's language code for each language of the setup program.
LangString AppLanguage ${LANG_ENGLISH} "en"
LangString AppLanguage ${LANG_FRENCH} "fr"
LangString AppLanguage ${LANG_DUTCH} "nl"
LangString AppLanguage ${LANG_GERMAN} "de"

LangString DesktopShortcut ${LANG_ENGLISH} "Desktop shortcut"
LangString DesktopShortcut ${LANG_FRENCH} "Raccourci sur le bureau"
LangString DesktopShortcut ${LANG_DUTCH} "Snelkoppeling op het bureaublad"
LangString DesktopShortcut ${LANG_GERMAN} "Desktopverknüpfung"

LangString KeptShort ${LANG_ENGLISH} "${APP} will be removed from the folder below. Your settings and the data saved on this computer are kept."
LangString KeptShort ${LANG_FRENCH} "${APP} sera supprimé du dossier ci-dessous. Vos paramètres et les données enregistrées sur cet ordinateur sont conservés."
LangString KeptShort ${LANG_DUTCH} "${APP} wordt uit de onderstaande map verwijderd. Uw instellingen en de gegevens die op deze computer zijn opgeslagen, blijven bewaard."
LangString KeptShort ${LANG_GERMAN} "${APP} wird aus dem folgenden Ordner entfernt. Ihre Einstellungen und die auf diesem Computer gespeicherten Daten bleiben erhalten."

LangString KeptLong ${LANG_ENGLISH} "${APP} has been removed.$\r$\n$\r$\nYour settings and the data saved on this computer are kept in ${DATA_DIR}, and a remembered sign-in in Windows Credential Manager: delete them yourself if you no longer need them."
LangString KeptLong ${LANG_FRENCH} "${APP} a été supprimé.$\r$\n$\r$\nVos paramètres et les données enregistrées sur cet ordinateur sont conservés dans ${DATA_DIR}, et une connexion mémorisée dans le Gestionnaire d'identification de Windows : supprimez-les vous-même si vous n'en avez plus besoin."
LangString KeptLong ${LANG_DUTCH} "${APP} is verwijderd.$\r$\n$\r$\nUw instellingen en de gegevens die op deze computer zijn opgeslagen, blijven bewaard in ${DATA_DIR}, en een onthouden aanmelding in Windows Referentiebeheer: verwijder ze zelf als u ze niet meer nodig hebt."
LangString KeptLong ${LANG_GERMAN} "${APP} wurde entfernt.$\r$\n$\r$\nIhre Einstellungen und die auf diesem Computer gespeicherten Daten bleiben in ${DATA_DIR} erhalten, eine gespeicherte Anmeldung in der Windows-Anmeldeinformationsverwaltung ebenso: Löschen Sie sie selbst, wenn Sie sie nicht mehr benötigen."

LangString AppRunning ${LANG_ENGLISH} "${APP} is running. Close it, then click Retry."
LangString AppRunning ${LANG_FRENCH} "${APP} est ouvert. Fermez-le, puis cliquez sur Réessayer."
LangString AppRunning ${LANG_DUTCH} "${APP} is geopend. Sluit het af en klik daarna op Opnieuw."
LangString AppRunning ${LANG_GERMAN} "${APP} ist geöffnet. Schließen Sie es und klicken Sie dann auf Wiederholen."

LangString FolderNotEmpty ${LANG_ENGLISH} "The folder $INSTDIR already holds other files. Choose an empty folder, or the folder of an earlier installation of ${APP}."
LangString FolderNotEmpty ${LANG_FRENCH} "Le dossier $INSTDIR contient déjà d'autres fichiers. Choisissez un dossier vide, ou celui d'une installation précédente de ${APP}."
LangString FolderNotEmpty ${LANG_DUTCH} "De map $INSTDIR bevat al andere bestanden. Kies een lege map, of de map van een eerdere installatie van ${APP}."
LangString FolderNotEmpty ${LANG_GERMAN} "Der Ordner $INSTDIR enthält bereits andere Dateien. Wählen Sie einen leeren Ordner oder den Ordner einer früheren Installation von ${APP}."

LangString Downgrade ${LANG_ENGLISH} "A newer version of ${APP} ($PreviousVersion) is installed. Replace it with the older version ${VERSION}?"
LangString Downgrade ${LANG_FRENCH} "Une version plus récente de ${APP} ($PreviousVersion) est installée. La remplacer par la version plus ancienne ${VERSION} ?"
LangString Downgrade ${LANG_DUTCH} "Er is een nieuwere versie van ${APP} ($PreviousVersion) geïnstalleerd. Wilt u die vervangen door de oudere versie ${VERSION}?"
LangString Downgrade ${LANG_GERMAN} "Eine neuere Version von ${APP} ($PreviousVersion) ist installiert. Möchten Sie sie durch die ältere Version ${VERSION} ersetzen?"

LangString PreviousNotRemoved ${LANG_ENGLISH} "The installed version of ${APP} could not be removed. Close ${APP}, then run the setup program again."
LangString PreviousNotRemoved ${LANG_FRENCH} "La version installée de ${APP} n'a pas pu être supprimée. Fermez ${APP}, puis relancez le programme d'installation."
LangString PreviousNotRemoved ${LANG_DUTCH} "De geïnstalleerde versie van ${APP} kon niet worden verwijderd. Sluit ${APP} af en start het installatieprogramma opnieuw."
LangString PreviousNotRemoved ${LANG_GERMAN} "Die installierte Version von ${APP} konnte nicht entfernt werden. Schließen Sie ${APP} und starten Sie das Installationsprogramm erneut."

; --- Shared by the setup program and the uninstaller (functions of the uninstaller are named un.*) ---

; Appends a line (on the stack) to the setup log, with the time and the program: what IT reads after a silent run.
!macro LogFunction UN
Function ${UN}Log
  Exch $0
  Push $1
  Push $2
  Push $3
  Push $4
  Push $5
  Push $6
  Push $7
  Push $8
  ${GetTime} "" "L" $2 $3 $4 $5 $6 $7 $8
  ClearErrors
  FileOpen $1 "${SETUP_LOG}" a
  ${IfNot} ${Errors}
    FileSeek $1 0 END
    FileWriteUTF16LE /BOM $1 "$4-$3-$2 $6:$7:$8 ${UN}${APP} ${VERSION}: $0$\r$\n"
    FileClose $1
  ${EndIf}
  DetailPrint "$0"
  Pop $8
  Pop $7
  Pop $6
  Pop $5
  Pop $4
  Pop $3
  Pop $2
  Pop $1
  Pop $0
FunctionEnd
!macroend
!insertmacro LogFunction ""
!insertmacro LogFunction "un."

; Pushes 1 when the app runs from $INSTDIR (its executable cannot be opened for writing), else 0.
!macro AppRunningFunction UN
Function ${UN}AppRunning
  Push $0
  StrCpy $0 0
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a
    ${If} ${Errors}
      StrCpy $0 1
    ${Else}
      FileClose $0
      StrCpy $0 0
    ${EndIf}
  ${EndIf}
  Exch $0
FunctionEnd

; Asks to close the running app (Retry, Cancel); silent, or cancelled: logs why and quits with EXIT_RUNNING.
Function ${UN}RefuseWhileRunning
  Push $0
  ${Do}
    Call ${UN}AppRunning
    Pop $0
    ${If} $0 == 0
      ${Break}
    ${EndIf}
    ${If} ${Silent}
    ${OrIf} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" IDCANCEL`
      Push "refused: the app is running from $INSTDIR (exit code ${EXIT_RUNNING}); close it and run this again"
      Call ${UN}Log
      SetErrorLevel ${EXIT_RUNNING}
      Quit
    ${EndIf}
  ${Loop}
  Pop $0
FunctionEnd
!macroend
!insertmacro AppRunningFunction ""
!insertmacro AppRunningFunction "un."

; --- The setup program ---

; Pushes 1 when $INSTDIR holds files and no installation of the app (its executable and uninstaller).
Function FolderTaken
  Push $0
  Push $1
  Push $2
  StrCpy $2 0
  ${IfNot} ${FileExists} "$INSTDIR\uninstall.exe"
  ${OrIfNot} ${FileExists} "$INSTDIR\${EXE}"
    ClearErrors
    FindFirst $0 $1 "$INSTDIR\*"
    ${Do}
      ${If} ${Errors}
      ${OrIf} $1 == ""
        ${Break}
      ${EndIf}
      ${If} $1 != "."
      ${AndIf} $1 != ".."
      ${AndIf} $1 != "uninstall.exe"  ; left by an uninstall that could not remove itself
        StrCpy $2 1
        ${Break}
      ${EndIf}
      FindNext $0 $1
    ${Loop}
    FindClose $0
  ${EndIf}
  Pop $1
  Pop $0
  Exch $2
FunctionEnd

Function RefuseTakenFolder
  Call FolderTaken
  Pop $0
  ${If} $0 == 1
    Push "refused: $INSTDIR holds other files, and no installation of the app (exit code ${EXIT_FOLDER})"
    Call Log
    SetErrorLevel ${EXIT_FOLDER}
    Quit
  ${EndIf}
FunctionEnd

Function DirectoryLeave
  Call FolderTaken
  Pop $0
  ${If} $0 == 1
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(FolderNotEmpty)"
    Abort  ; back to the folder
  ${EndIf}
  Call RefuseWhileRunning
FunctionEnd

Function .onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/LANGUAGE=" $R1
  ${If} ${Errors}
    !insertmacro MUI_LANGDLL_DISPLAY
  ${ElseIf} $R1 == "fr"
    StrCpy $LANGUAGE ${LANG_FRENCH}
  ${ElseIf} $R1 == "nl"
    StrCpy $LANGUAGE ${LANG_DUTCH}
  ${ElseIf} $R1 == "de"
    StrCpy $LANGUAGE ${LANG_GERMAN}
  ${Else}
    StrCpy $LANGUAGE ${LANG_ENGLISH}
  ${EndIf}

  ; A downgrade is asked for; silent, it needs /ALLOWDOWNGRADE.
  ReadRegStr $PreviousVersion HKCU "${UNINSTALL_KEY}" "DisplayVersion"
  ReadRegStr $R2 HKCU "${UNINSTALL_KEY}" "VersionQuad"
  ${If} $R2 == ""
    StrCpy $R2 $PreviousVersion
  ${EndIf}
  ${If} $R2 != ""
    ${VersionCompare} "$R2" "${VERSION_QUAD}" $R3
    ${If} $R3 == 1
      ClearErrors
      ${GetOptions} $R0 "/ALLOWDOWNGRADE" $R1
      ${If} ${Errors}
        ${If} ${Silent}
        ${OrIf} ${Cmd} `MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(Downgrade)" IDNO`
          Push "refused: version $PreviousVersion is installed, newer than this one (exit code ${EXIT_DOWNGRADE}); /ALLOWDOWNGRADE replaces it"
          Call Log
          SetErrorLevel ${EXIT_DOWNGRADE}
          Quit
        ${EndIf}
      ${EndIf}
    ${EndIf}
  ${EndIf}

  ; Silent: no folder page, so the folder (/D=, or the installed one) is checked now.
  ${If} ${Silent}
    Call RefuseTakenFolder
    Call RefuseWhileRunning
  ${EndIf}
FunctionEnd

; Removes the installation in the folder on the stack with its own uninstaller, which knows what it installed:
; in place (_?=), so that it returns once done, and /UPGRADE, so that it keeps the shortcuts and the Apps entry.
Function RemoveInstallation
  Exch $0
  Push $1
  ${If} ${FileExists} "$0\uninstall.exe"
    ClearErrors
    ExecWait '"$0\uninstall.exe" /S /UPGRADE _?=$0' $1
    ${If} ${Errors}
    ${OrIf} $1 != 0
      Push "failed: the installed version in $0 could not be removed (its uninstaller returned $1; exit code ${EXIT_PREVIOUS})"
      Call Log
      SetErrorLevel ${EXIT_PREVIOUS}
      MessageBox MB_OK|MB_ICONSTOP "$(PreviousNotRemoved)" /SD IDOK
      Abort
    ${EndIf}
    Delete "$0\uninstall.exe"
    RMDir "$0"
  ${EndIf}
  Pop $1
  Pop $0
FunctionEnd

Section "${APP}" SecApp
  SectionIn RO
  ; The app may have been started since the folder was chosen.
  Call AppRunning
  Pop $0
  ${If} $0 == 1
    Push "failed: the app is running from $INSTDIR (exit code ${EXIT_RUNNING})"
    Call Log
    SetErrorLevel ${EXIT_RUNNING}
    MessageBox MB_OK|MB_ICONSTOP "$(AppRunning)" /SD IDOK
    Abort
  ${EndIf}
  ; An update replaces the files of the installed version, and only those (the folder may hold others).
  ReadRegStr $R0 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R0 != ""
  ${AndIf} $R0 != $INSTDIR
    Push $R0  ; moved to another folder: the old one goes
    Call RemoveInstallation
  ${EndIf}
  Push $INSTDIR
  Call RemoveInstallation

  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "VersionQuad" "${VERSION_QUAD}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  ; _?= : the uninstaller runs in place and returns once done (what deployment tools wait for).
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S _?=$INSTDIR'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; The app speaks the setup program's language until its user chooses one (Windows' display language
  ; rather than its regional format, which the app follows otherwise).
  CreateDirectory "${DATA_DIR}"
  WriteINIStr "${LANGUAGE_FILE}" "ui" "language" "$(AppLanguage)"
  ; An update without /LANGUAGE keeps this choice (MUI_LANGDLL_DISPLAY reads it), the uninstaller speaks it.
  WriteRegStr HKCU "${SETUP_KEY}" "Installer Language" $LANGUAGE
  Push "installed in $INSTDIR (language $(AppLanguage))"
  Call Log
SectionEnd

Section /o "$(DesktopShortcut)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}"
SectionEnd

; --- The uninstaller ---

; /CLEANUP: started by an uninstaller that ran in place (_?=), which cannot delete itself: once it has
; quit, deletes it and the folder if empty. Waits up to a minute.
Function un.Cleanup
  ${For} $R1 1 600
    ClearErrors
    Delete "$INSTDIR\uninstall.exe"
    ${IfNot} ${FileExists} "$INSTDIR\uninstall.exe"
      ${Break}
    ${EndIf}
    Sleep 100
  ${Next}
  RMDir "$INSTDIR"
FunctionEnd

Function un.onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/CLEANUP" $R1
  ${IfNot} ${Errors}
    Call un.Cleanup
    Quit
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/UPGRADE" $R1
  ${If} ${Errors}
    StrCpy $Upgrade 0
  ${Else}
    StrCpy $Upgrade 1
  ${EndIf}
  !insertmacro MUI_UNGETLANGUAGE
  Call un.RefuseWhileRunning
FunctionEnd

Section "Uninstall"
  ; Only what the setup program put there: the folder may have been chosen with other files in it.
  !include "${UNINSTALL_LIST}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ${If} $Upgrade == 1
    Push "removed the files of this version from $INSTDIR, for an update"
    Call un.Log
  ${Else}
    Delete "$SMPROGRAMS\${APP}.lnk"
    Delete "$DESKTOP\${APP}.lnk"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    DeleteRegKey HKCU "${SETUP_KEY}"
    DeleteRegKey /ifempty HKCU "Software\${PUBLISHER}"
    ; The user's data stays (settings, saved data, sign-ins); the language hand-over is the setup's own file.
    Delete "${LANGUAGE_FILE}"
    RMDir "${DATA_DIR}"
    ${If} ${FileExists} "$INSTDIR\uninstall.exe"
      ; Run in place (_?=): a copy in the temporary folder deletes this uninstaller once it has quit.
      GetTempFileName $0
      CopyFiles /SILENT "$EXEPATH" "$0"
      Exec '"$0" /CLEANUP _?=$INSTDIR'
    ${EndIf}
    Push "removed from $INSTDIR"
    Call un.Log
  ${EndIf}
SectionEnd
