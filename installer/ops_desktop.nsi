; OPS Desktop: the Windows installer (NSIS 3.08+, Unicode). Compiles on Linux and Windows:
;
;   makensis /DVERSION=0.1.0 /DVERSION_NUMERIC=0.1.0.0 /DPAYLOAD=<abs>\dist\ops-desktop
;            [/DOUTFILE=<abs>\ops-desktop-0.1.0-setup.exe] [/DSIGN_SCRIPT=<abs>\sign.cmd]
;            installer\ops_desktop.nsi
;
; PAYLOAD is the PyInstaller one-folder build made ON WINDOWS (installer/build-windows.ps1);
; CI compiles this script with a stand-in payload (installer/compile-installer.sh).
;
; Decisions (RELIABILITY.md, packaging):
; - per user, no administrator rights: RequestExecutionLevel user, program files in
;   %LOCALAPPDATA%\Programs\OPS Desktop, shortcuts and registry entries under the user (HKCU);
; - the DATA folder (%LOCALAPPDATA%\OPS Desktop: database, backups, logs; ops_desktop/paths.py
;   data_home) is a different folder. The installer never writes there and the uninstaller
;   never deletes it; the program folder may not be the data folder, inside it, or above it;
; - an upgrade replaces the program files only. The application migrates the database at its
;   next start, copying it to backups\ first (db/migrate.py);
; - the uninstaller removes only what the installer put in the program folder
;   (ops-desktop.exe, _internal\, uninstall.exe) and the folder itself only when empty.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WordFunc.nsh
!include x64.nsh

!ifndef VERSION
  !error "Pass the version: /DVERSION=0.1.0 (from ops_desktop.__version__)"
!endif
!ifndef VERSION_NUMERIC
  !error "Pass the four-number version: /DVERSION_NUMERIC=0.1.0.0"
!endif
!ifndef PAYLOAD
  !error "Pass the one-folder build: /DPAYLOAD=<absolute path to dist\ops-desktop>"
!endif
!ifndef OUTFILE
  !define OUTFILE "ops-desktop-${VERSION}-setup.exe"
!endif

!define APP_NAME "OPS Desktop"
!define APP_EXE "ops-desktop.exe"
!define PUBLISHER "OPS Desktop"
; Must stay equal to ops_desktop/paths.py data_home() on Windows (tests/release/test_installer_script.py).
!define DATA_DIR "$LOCALAPPDATA\OPS Desktop"
!define DEFAULT_INSTALL_DIR "$LOCALAPPDATA\Programs\OPS Desktop"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OPS Desktop"

!if ! /FileExists "${PAYLOAD}\${APP_EXE}"
  !error "${PAYLOAD}\${APP_EXE} not found: build the bundle first (installer/build-windows.ps1)"
!endif

; Signing (installer/build-windows.ps1 passes SIGN_SCRIPT when a certificate is given): the
; uninstaller is signed before it is packed, the installer after it is written.
!ifdef SIGN_SCRIPT
  !uninstfinalize '"${SIGN_SCRIPT}" "%1"' = 0
  !finalize '"${SIGN_SCRIPT}" "%1"' = 0
!endif

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "${DEFAULT_INSTALL_DIR}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"

; --- pages -------------------------------------------------------------------------------
; The application icon (resources/icons/ops-desktop.ico, drawn from ops-desktop.svg): the
; installer and the uninstaller; the shortcuts show the one inside ops-desktop.exe (the spec
; gives it the same .ico).
!define APP_ICON "..\resources\icons\ops-desktop.ico"  ; makensis works in this folder
!define MUI_ICON "${APP_ICON}"
!define MUI_UNICON "${APP_ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!define MUI_WELCOMEPAGE_TEXT "$(WELCOME_TEXT)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UN_CONFIRM_TEXT)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "$(UN_FINISH_TEXT)"
!insertmacro MUI_UNPAGE_FINISH

; The first language is the default: the users are Polish caseworkers.
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; --- texts (Polish first, English second) ------------------------------------------------
LangString WELCOME_TEXT ${LANG_POLISH} "Ten kreator zainstaluje ${APP_NAME} ${VERSION} dla bieżącego użytkownika (uprawnienia administratora nie są potrzebne).$\r$\n$\r$\nDane programu (baza danych, kopie zapasowe, dzienniki) są przechowywane osobno, w folderze ${DATA_DIR}. Instalacja nowej wersji ich nie zmienia: program przy pierwszym uruchomieniu sam wykona kopię zapasową bazy i ją zaktualizuje.$\r$\n$\r$\nZamknij ${APP_NAME} przed kontynuowaniem."
LangString WELCOME_TEXT ${LANG_ENGLISH} "This wizard installs ${APP_NAME} ${VERSION} for the current user (no administrator rights needed).$\r$\n$\r$\nThe program's data (database, backups, logs) is kept separately, in ${DATA_DIR}. Installing a new version does not change it: at its first start the program backs the database up and then upgrades it.$\r$\n$\r$\nClose ${APP_NAME} before you continue."
LangString SEC_APP ${LANG_POLISH} "${APP_NAME} (program i skrót w menu Start)"
LangString SEC_APP ${LANG_ENGLISH} "${APP_NAME} (program and Start menu shortcut)"
LangString SEC_DESKTOP ${LANG_POLISH} "Skrót na pulpicie"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString DESC_APP ${LANG_POLISH} "Pliki programu i skrót w menu Start. Wymagane."
LangString DESC_APP ${LANG_ENGLISH} "The program files and a Start menu shortcut. Required."
LangString DESC_DESKTOP ${LANG_POLISH} "Ikona ${APP_NAME} na pulpicie."
LangString DESC_DESKTOP ${LANG_ENGLISH} "An ${APP_NAME} icon on the desktop."
LangString CLOSE_APP ${LANG_POLISH} "${APP_NAME} jest uruchomiony. Zamknij program i kliknij Ponów."
LangString CLOSE_APP ${LANG_ENGLISH} "${APP_NAME} is running. Close it and click Retry."
LangString NEWER_INSTALLED ${LANG_POLISH} "Zainstalowana jest nowsza wersja ${APP_NAME} ($0). Baza danych otwarta w nowszej wersji nie otworzy się w starszej (${VERSION}).$\r$\n$\r$\nCzy mimo to zainstalować wersję ${VERSION}?"
LangString NEWER_INSTALLED ${LANG_ENGLISH} "A newer version of ${APP_NAME} ($0) is installed. A database opened by the newer version will not open in the older one (${VERSION}).$\r$\n$\r$\nInstall version ${VERSION} anyway?"
LangString NEEDS_64BIT ${LANG_POLISH} "${APP_NAME} wymaga 64-bitowego systemu Windows."
LangString NEEDS_64BIT ${LANG_ENGLISH} "${APP_NAME} needs 64-bit Windows."
LangString UN_CONFIRM_TEXT ${LANG_POLISH} "Program ${APP_NAME} zostanie usunięty. Dane (baza danych, kopie zapasowe, dzienniki) w folderze ${DATA_DIR} pozostaną na dysku."
LangString UN_CONFIRM_TEXT ${LANG_ENGLISH} "${APP_NAME} will be removed. The data (database, backups, logs) in ${DATA_DIR} stays on the disk."
LangString UN_FINISH_TEXT ${LANG_POLISH} "Program ${APP_NAME} został usunięty.$\r$\n$\r$\nDane pozostały w folderze ${DATA_DIR}. Usuń je ręcznie tylko wtedy, gdy nie są już potrzebne i zostały zarchiwizowane zgodnie z przepisami."
LangString UN_FINISH_TEXT ${LANG_ENGLISH} "${APP_NAME} has been removed.$\r$\n$\r$\nThe data remains in ${DATA_DIR}. Delete it by hand only when it is no longer needed and has been archived as the law requires."

VIAddVersionKey /LANG=${LANG_POLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_POLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_POLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_POLISH} "FileDescription" "Instalator ${APP_NAME}"
VIAddVersionKey /LANG=${LANG_POLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_POLISH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

; --- install -------------------------------------------------------------------------------
Section "!$(SEC_APP)" SecApp
  SectionIn RO
  SetShellVarContext current
  Call EnsureNotRunning
  ; Program files only. Old ones go first so nothing of the previous version lingers.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  Delete "$DESKTOP\${APP_NAME}.lnk"  ; made again below when that component is chosen

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(DESC_APP)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DESC_DESKTOP)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  SetShellVarContext current
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(NEEDS_64BIT)" /SD IDOK
    Abort
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
  ; Installing an older version over a newer one: the data stays safe (the older program
  ; refuses a newer database), but say so before doing it.
  ReadRegStr $0 HKCU "${UNINST_KEY}" "DisplayVersion"
  ${If} $0 != ""
    ${VersionCompare} "$0" "${VERSION}" $1
    ${If} $1 == 1
      MessageBox MB_YESNO|MB_ICONEXCLAMATION "$(NEWER_INSTALLED)" /SD IDNO IDYES +2
      Abort
    ${EndIf}
  ${EndIf}
FunctionEnd

; The program folder may not be the data folder, lie inside it, hold it, or be a drive's root:
; an upgrade and the uninstaller remove files from the program folder.
Function .onVerifyInstDir
  StrLen $0 "$INSTDIR"
  ${If} $0 <= 3
    Abort
  ${EndIf}
  ${If} "$INSTDIR" == "${DATA_DIR}"
    Abort
  ${EndIf}
  StrLen $0 "${DATA_DIR}\"
  StrCpy $1 "$INSTDIR" $0
  ${If} $1 == "${DATA_DIR}\"
    Abort
  ${EndIf}
  StrLen $0 "$INSTDIR\"
  StrCpy $1 "${DATA_DIR}" $0
  ${If} $1 == "$INSTDIR\"
    Abort
  ${EndIf}
FunctionEnd

; Deleting the program fails while it runs (an absent file is no error): ask to close it.
!macro ENSURE_NOT_RUNNING PREFIX
Function ${PREFIX}EnsureNotRunning
  ${Do}
    ClearErrors
    Delete "$INSTDIR\${APP_EXE}"
    ${IfNot} ${Errors}
      ${Break}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CLOSE_APP)" /SD IDCANCEL IDRETRY +2
    Abort
  ${Loop}
FunctionEnd
!macroend
!insertmacro ENSURE_NOT_RUNNING ""
!insertmacro ENSURE_NOT_RUNNING "un."

; --- uninstall -----------------------------------------------------------------------------
Section "Uninstall"
  SetShellVarContext current
  Call un.EnsureNotRunning
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; What the installer put here, nothing else; the folder itself only when empty.
  ; ${DATA_DIR} (database, backups, logs) is never touched.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
