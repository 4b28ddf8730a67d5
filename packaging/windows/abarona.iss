; Inno Setup script: one installer file, Abarona-0.1.0-windows-setup.exe, that installs the
; folder built by `python packaging\build.py` for the current user (no administrator rights)
; and adds Abarona to the Start menu. Untested: it was written on Linux (see packaging/README.md).
;   iscc packaging\windows\abarona.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{6F1E1B52-3C2D-4E7A-9B7F-4A0B2C1D8E31}
AppName=Abarona
AppVersion={#AppVersion}
AppPublisher=Abarona
DefaultDirName={localappdata}\Programs\Abarona
DefaultGroupName=Abarona
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=Abarona-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\abarona.exe
; Vaults live where the user put them: uninstalling never touches them.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\Abarona\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\Abarona"; Filename: "{app}\abarona.exe"
Name: "{userdesktop}\Abarona"; Filename: "{app}\abarona.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\abarona.exe"; Description: "{cm:LaunchProgram,Abarona}"; Flags: nowait postinstall skipifsilent
