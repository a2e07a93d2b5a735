; Per-user installer of the AKS Arc Network Planner (NSIS 3), an alternative to
; the MSI for users without administrator rights. installer/build.py nsis
; passes the defines below; by hand:
;
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DBUNDLE_DIR=dist\aksarc-planner
;            -DEXE_NAME=aksarc-planner.exe -DICON_DIR=resources\icons
;            -DOUT_FILE=dist\aksarc-planner-0.1.0-user-setup.exe installer\windows\aksarc-planner.nsi
;
; Installs into %LOCALAPPDATA%\Programs, adds a Start menu shortcut and the
; .aksplan association under HKCU, and registers an uninstaller in
; "Apps & features". Silent: setup.exe /S (uninstall: uninstall.exe /S).

Unicode true
!include "MUI2.nsh"

!define PRODUCT "AKS Arc Network Planner"
!define PROGID "AksArcPlanner.Plan"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\aksarc-planner"

Name "${PRODUCT}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma

VIProductVersion "${VERSION4}"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${PRODUCT} setup"
VIAddVersionKey "CompanyName" "The AKS Arc Network Planner authors"
VIAddVersionKey "LegalCopyright" "Copyright (c) 2026 The AKS Arc Network Planner authors"

!define MUI_ICON "${ICON_DIR}\aksarc-planner.ico"
!define MUI_UNICON "${ICON_DIR}\aksarc-planner.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"
!insertmacro MUI_PAGE_LICENSE "${ICON_DIR}\..\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  File "${ICON_DIR}\aksplan-document.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0

  ; .aksplan -> ProgId with its own icon; open -> "<exe>" "%1"
  WriteRegStr HKCU "Software\Classes\.aksplan" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.aksplan" "Content Type" "application/x-aksplan"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "AKS Arc network plan"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\aksplan-document.ico",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE_NAME}" "%1"'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The AKS Arc Network Planner authors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${EXE_NAME}",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ; Only what the installer put there: never a recursive delete of $INSTDIR,
  ; which the user may have pointed at a folder holding other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\aksplan-document.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ReadRegStr $0 HKCU "Software\Classes\.aksplan" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.aksplan"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
