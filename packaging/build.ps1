# Windows build: the same PyInstaller spec as on Linux, then the Inno Setup installer.
# Run from a PowerShell prompt in the project folder, with Python 3.11+ (64-bit) and Inno Setup 6 installed:
#
#     powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#
# Produces dist\packstation\ (the program) and dist\PackStation-VERSION-setup.exe (the installer).
# This script cannot run on the Linux build machine; it is kept short so that it is easy to check by eye.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$PyInstallerVersion = "6.22.0"

if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -e . "pyinstaller==$PyInstallerVersion"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

Remove-Item -Recurse -Force dist\packstation -ErrorAction SilentlyContinue
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\packstation.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& $py -m app.config | Out-File -Encoding utf8 dist\packstation\packstation.example.toml

# self-check of the bundle before it is packed (no window: the offscreen platform)
$env:QT_QPA_PLATFORM = "offscreen"
$env:PACKSTATION_HOME = Join-Path $env:TEMP "packstation-selfcheck"
$env:PACKSTATION_SYSTEM_CONFIG = ""
& dist\packstation\packstation.exe doctor
if ($LASTEXITCODE -ne 0) { throw "the bundle's doctor failed" }
& dist\packstation\packstation.exe run --demo --exit-after 2000
if ($LASTEXITCODE -ne 0) { throw "the bundle's demo run failed" }
Remove-Item Env:QT_QPA_PLATFORM, Env:PACKSTATION_HOME, Env:PACKSTATION_SYSTEM_CONFIG

$version = & $py -c "import app; print(app.__version__)"
$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe") |
    Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it from the Inno Setup site" }
& $iscc "/DAppVersion=$version" packaging\packstation.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "build: dist\PackStation-$version-setup.exe"
