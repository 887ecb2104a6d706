; Setup program of OptimCE Desktop (NSIS 3, Modern UI 2): a per-user install, no administrator rights.
; installer/build.py compiles it (the script is UTF-8):
;   makensis -INPUTCHARSET UTF8 -DVERSION=x.y.z -DSOURCE_DIR=<bundle folder> -DOUTFILE=<setup.exe> optimce-desktop.nsi

!macro Require NAME
  !ifndef ${NAME}
    !error "Define ${NAME}: makensis -D${NAME}=... (see installer/build.py)"
  !endif
!macroend
!insertmacro Require VERSION
!insertmacro Require SOURCE_DIR
!insertmacro Require OUTFILE

!define APP "OptimCE Desktop"
!define EXE "optimce-desktop.exe"
!define PUBLISHER "OptimCE"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
; Where the app keeps its settings, the demo's data and the local cache (platformdirs, appauthor=False).
!define DATA_DIR "$LOCALAPPDATA\optimce-desktop"

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

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

Section "${APP}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the previous version's files rather than adding to them.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "$(DesktopShortcut)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; Only what the installer put there: the folder may have been chosen with other files in it.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
