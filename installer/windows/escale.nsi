; Escale – the Windows installer (NSIS 3), built from the PyInstaller bundle
; (installer/escale.spec run on Windows: dist\escale\ with kiosk.exe and escale.exe).
;
;   makensis /DVERSION=0.1.0 /DBUNDLE_DIR=C:\src\escale\dist\escale installer\windows\escale.nsi
;
; Defines (/D on Windows, -D on Linux):
;   VERSION      required: the kiosk's version, X.Y.Z (the file version is X.Y.Z.0)
;   BUNDLE_DIR   the one-folder bundle (default: dist\escale beside installer\)
;   OUTFILE      the installer made (default: dist\escale-setup-VERSION.exe)
;   COMPRESSION  lzma (default, the smallest), zlib (fast), bzip2 or none
;   ALLOW_NON_WINDOWS_BUNDLE  do not require kiosk.exe in the bundle: CI compiles this script
;                against the Linux bundle as a syntax and packaging check
;
; What it does: a per-machine install (administrator) under Program Files\Escale; start-menu
; shortcuts (the kiosk, the self-service kiosk, the terminal check `kiosk doctor`, the
; uninstaller); the site configuration template in ProgramData\Escale\config.toml (kept on
; upgrade and on uninstall), given to the kiosk through the machine variable ESCALE_CONFIG;
; an entry in Apps & features; optionally (section "Démarrage automatique", or /AUTOSTART in a
; silent install) the self-service kiosk starts when a user opens a session (HKLM Run key):
; give the kiosk its own Windows account with automatic logon.
;
; Silent deployment (GPO, Intune, SCCM):   escale-setup-0.1.0.exe /S [/AUTOSTART] [/D=C:\Escale]
; Silent removal:                          "C:\Program Files\Escale\uninstall.exe" /S

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin

!ifndef VERSION
  !error "VERSION is required: makensis /DVERSION=X.Y.Z escale.nsi"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\escale"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\escale-setup-${VERSION}.exe"
!endif
!ifndef COMPRESSION
  !define COMPRESSION lzma
!endif
!ifndef ALLOW_NON_WINDOWS_BUNDLE
  !if ! /FileExists "${BUNDLE_DIR}\kiosk.exe"
    !error "no ${BUNDLE_DIR}\kiosk.exe: build the bundle on Windows first (pyinstaller installer\escale.spec)"
  !endif
!endif

!if "${COMPRESSION}" == "none"
  SetCompress off
!else
  SetCompressor /SOLID /FINAL ${COMPRESSION}
!endif

!define PRODUCT "Escale"
!define PUBLISHER "Escale"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Escale"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define ENV_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "WinMessages.nsh"
!include "x64.nsh"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1036 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1036 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1036 "FileDescription" "Installation de la borne Escale"
VIAddVersionKey /LANG=1036 "LegalCopyright" "${PUBLISHER}"

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

Section "Escale (obligatoire)" SecMain
  SectionIn RO
  SetShellVarContext all
  ; An upgrade replaces the program folder: nothing of the previous version lingers.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; The site configuration: the template once, never overwritten (kept on upgrade).
  CreateDirectory "$APPDATA\${PRODUCT}"
  SetOutPath "$APPDATA\${PRODUCT}"
  SetOverwrite off
  File "/oname=config.toml" "..\config.toml.example"
  SetOverwrite on
  File "/oname=config.toml.example" "..\config.toml.example"
  WriteRegExpandStr HKLM "${ENV_KEY}" "ESCALE_CONFIG" "$APPDATA\${PRODUCT}\config.toml"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  SetOutPath "$INSTDIR"

  CreateDirectory "$SMPROGRAMS\${PRODUCT}"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\Escale.lnk" "$INSTDIR\escale.exe" "--assisted"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\Escale (libre-service).lnk" "$INSTDIR\escale.exe" "--self-service"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\Diagnostic de la borne.lnk" "$SYSDIR\cmd.exe" \
    '/k ""$INSTDIR\kiosk.exe" doctor"' "$INSTDIR\kiosk.exe"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\Configuration du site.lnk" "$WINDIR\notepad.exe" \
    '"$APPDATA\${PRODUCT}\config.toml"'
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\Désinstaller Escale.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\escale.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "Démarrage automatique (borne en libre-service)" SecAutostart
  ; Every session opened on this machine starts the self-service kiosk: use it on a machine
  ; given to the kiosk, with its own account and automatic logon.
  WriteRegStr HKLM "${RUN_KEY}" "${PRODUCT}" '"$INSTDIR\escale.exe" --self-service'
SectionEnd

LangString DESC_SecMain ${LANG_FRENCH} "Le programme, les raccourcis du menu Démarrer et la configuration du site."
LangString DESC_SecMain ${LANG_ENGLISH} "The program, the start-menu shortcuts and the site configuration."
LangString DESC_SecAutostart ${LANG_FRENCH} "Lance la borne en libre-service à l’ouverture de chaque session Windows."
LangString DESC_SecAutostart ${LANG_ENGLISH} "Starts the self-service kiosk when any Windows session opens."
LangString NEED_X64 ${LANG_FRENCH} "Escale demande Windows 64 bits."
LangString NEED_X64 ${LANG_ENGLISH} "Escale needs 64-bit Windows."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} $(DESC_SecMain)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAutostart} $(DESC_SecAutostart)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP|MB_OK $(NEED_X64) /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; /AUTOSTART on the command line (silent installs) ticks the optional section.
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/AUTOSTART" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecAutostart} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Uninstall"
  SetShellVarContext all
  DeleteRegValue HKLM "${RUN_KEY}" "${PRODUCT}"
  DeleteRegValue HKLM "${ENV_KEY}" "ESCALE_CONFIG"
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  RMDir /r "$SMPROGRAMS\${PRODUCT}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\kiosk.exe"
  Delete "$INSTDIR\escale.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; Kept: ProgramData\Escale\config.toml (the site configuration, PIN hashes) and each
  ; user's data (%USERPROFILE%\.local\share\escale: the queue of dossiers not yet sent).
SectionEnd
