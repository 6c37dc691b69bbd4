; Inno Setup 6 script: installs the PyInstaller bundle (dist\packstation\) for every user of a Windows
; machine. Built on Windows by packaging\build.ps1 (it runs ISCC.exe); cannot be built or run on Linux: there,
; tests/packaging/test_iss.py parses this file instead.
;
; Silent install of one station, the same way on all twenty (from an elevated prompt or a deployment tool):
;
;     PackStation-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CONFIG="\\server\it\packstation.toml"
;         [/STATION=PACK-07] [/LOG="C:\Windows\Temp\packstation-setup.log"] [/DIR="D:\PackStation"]
;
; /CONFIG=FILE   the site configuration (database URL, devices, ...) is copied to
;                %PROGRAMDATA%\PackStation\packstation.toml, the system-wide file every user of the machine
;                reads (a per-user packstation.toml still wins key by key). An existing one is kept as
;                packstation.toml.bak. Without /CONFIG an existing system-wide file is left as it is.
; /STATION=NAME  sets [station] name in that file (default: the computer name).
; Exit code 0 = installed; non-zero = not installed (a missing /CONFIG file stops setup before anything is
; copied). Documented for IT in docs/IT.md.

#define AppName "PackStation"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\packstation"
#endif

[Setup]
AppId={{6B8E2F4A-3C71-4D2B-9A65-2F0C8D7E1B93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PackStation
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per machine: Program Files, shortcuts for all users, ProgramData for the site configuration
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or later, 64-bit
MinVersion=10.0.17763
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\packstationw.exe
UninstallDisplayName={#AppName}
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Dirs]
Name: "{commonappdata}\{#AppName}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\docs\IT.md"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; an upgrade replaces the bundle's internals whole: files of the old version must not linger
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\packstationw.exe"; Parameters: "run"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} check (doctor)"; Filename: "{cmd}"; Parameters: "/k ""{app}\packstation.exe"" doctor"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\packstationw.exe"; Parameters: "run"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\packstationw.exe"; Parameters: "run"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: files; Name: "{commonappdata}\{#AppName}\packstation.toml.bak"
; the site configuration (packstation.toml) and every user's data and backups are kept on uninstall

[Code]
function SiteConfigParam(): String;
begin
  Result := ExpandConstant('{param:CONFIG|}');
end;

function StationParam(): String;
begin
  Result := Trim(ExpandConstant('{param:STATION|}'));
end;

function SystemConfigFile(): String;
begin
  Result := ExpandConstant('{commonappdata}\{#AppName}\packstation.toml');
end;

function InitializeSetup(): Boolean;
var
  Config: String;
begin
  Result := True;
  Config := SiteConfigParam();
  if (Config <> '') and not FileExists(Config) then
  begin
    Log('Site configuration not found: ' + Config);
    SuppressibleMsgBox('The site configuration file given with /CONFIG does not exist:' + #13#10 + Config +
      #13#10 + 'Nothing was installed.', mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
  if (Pos('"', StationParam()) > 0) or (Pos('\', StationParam()) > 0) or (Length(StationParam()) > 64) then
  begin
    Log('Bad /STATION value: ' + StationParam());
    SuppressibleMsgBox('/STATION must be at most 64 characters without quotes or backslashes.',
      mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;

{ The lines of the site file with [station] name replaced by /STATION (added when the file has none). }
function WithStation(const Lines: TArrayOfString; const Station: String): TArrayOfString;
var
  I, N: Integer;
  Section, Line: String;
  Done: Boolean;
begin
  SetArrayLength(Result, 0);
  N := 0;
  Section := '';
  Done := False;
  for I := 0 to GetArrayLength(Lines) - 1 do
  begin
    Line := Trim(Lines[I]);
    if (Copy(Line, 1, 1) = '[') then
      Section := Lowercase(Line);
    if (Section = '[station]') and (Copy(Line, 1, 4) = 'name') and (Pos('=', Line) > 0) and
       (Trim(Copy(Line, 5, Pos('=', Line) - 5)) = '') then
      Continue;
    SetArrayLength(Result, N + 1);
    Result[N] := Lines[I];
    N := N + 1;
    if (Line = '[station]') and not Done then
    begin
      SetArrayLength(Result, N + 1);
      Result[N] := 'name = "' + Station + '"';
      N := N + 1;
      Done := True;
    end;
  end;
  if not Done then
  begin
    SetArrayLength(Result, N + 2);
    Result[N] := '[station]';
    Result[N + 1] := 'name = "' + Station + '"';
  end;
end;

procedure InstallSiteConfig();
var
  Config, Target: String;
  Lines: TArrayOfString;
begin
  Config := SiteConfigParam();
  Target := SystemConfigFile();
  if (Config = '') and (StationParam() = '') then
  begin
    Log('No /CONFIG given: system-wide configuration left as it is');
    Exit;
  end;
  if FileExists(Target) then
    FileCopy(Target, Target + '.bak', False);
  if Config = '' then
    Config := Target + '.bak';
  if StationParam() = '' then
  begin
    if not FileCopy(Config, Target, False) then
      RaiseException('Cannot copy ' + Config + ' to ' + Target);
  end
  else
  begin
    if not FileExists(Config) then
      SetArrayLength(Lines, 0)
    else if not LoadStringsFromFile(Config, Lines) then
      RaiseException('Cannot read ' + Config);
    if not SaveStringsToUTF8File(Target, WithStation(Lines, StationParam()), False) then
      RaiseException('Cannot write ' + Target);
  end;
  Log('Site configuration installed: ' + Target);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    InstallSiteConfig();
end;
