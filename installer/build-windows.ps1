<#
.SYNOPSIS
    Builds the Windows release of OPS Desktop: the one-folder bundle and its per-user installer.

.DESCRIPTION
    Run on a 64-bit Windows 10/11 PC, from the folder that holds README.md, as an ordinary user:

        powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
        powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 -CertificateThumbprint 0123ABCD...
        powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 -PfxPath C:\klucze\ops.pfx

    Needs: Python 3.11 x64 (python.org, with the "py" launcher), NSIS 3.08 or newer (makensis),
    and for signing signtool.exe from the Windows SDK. The .exe must be frozen on Windows; the
    same spec (installer\ops_desktop.spec) builds the Linux bundle in CI.

    Steps (the first failure stops the build):
      1. a fresh virtual environment build\venv-windows from requirements.lock
      2. translations: resources\i18n\*.ts compiled with the wheel's lrelease (the spec compiles
         them again into the bundle; this step only fails early and clearly)
      3. PyInstaller with installer\ops_desktop.spec -> dist\ops-desktop\ (one folder, no UPX,
         version resource from ops_desktop.__version__)
      4. dist\ops-desktop\ops-desktop.exe --smoke-test: the JSON line must say ok, frozen and
         this version
      5. code signing of ops-desktop.exe (skipped with a warning when no certificate is given)
      6. makensis installer\ops_desktop.nsi with the real payload
         -> dist\ops-desktop-<version>-setup.exe; with a certificate the uninstaller and the
         installer are signed through the script's !uninstfinalize / !finalize hooks
      7. with a certificate: signtool verify /pa on the program and the installer

.PARAMETER Python
    python.exe to build with (3.11+, 64-bit). Default: "py -3.11", else python on PATH.
.PARAMETER CertificateThumbprint
    SHA-1 thumbprint of the office's code-signing certificate in the current user's
    certificate store (Personal); with -MachineStore, in the computer's store.
.PARAMETER PfxPath
    A .pfx file holding the code-signing certificate and key; the password is asked for unless
    -PfxPassword is given.
.PARAMETER TimestampUrl
    RFC 3161 time-stamping server, so signatures stay valid after the certificate expires.
    Pass "" to sign without a time stamp (not recommended).
.PARAMETER SignTool
    Path to signtool.exe; searched on PATH and in the Windows Kits folder when omitted.
.PARAMETER MakeNsis
    Path to makensis.exe; searched on PATH and in Program Files (x86)\NSIS when omitted.
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$CertificateThumbprint = "",
    [switch]$MachineStore,
    [string]$PfxPath = "",
    [SecureString]$PfxPassword,
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [string]$SignTool = "",
    [string]$MakeNsis = ""
)

Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Write-Step([string]$Text) { Write-Host "== $Text" -ForegroundColor Cyan }

function Invoke-Checked([string]$File, [string[]]$Arguments) {
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed (exit code $LASTEXITCODE)" }
}

function Find-Tool([string]$Given, [string]$Name, [string[]]$Candidates) {
    if ($Given) { return $Given }
    $command = Get-Command $Name -ErrorAction SilentlyContinue
    if ($command) { return $command.Source }
    foreach ($candidate in $Candidates) { if ($candidate -and (Test-Path $candidate)) { return $candidate } }
    return $null
}

# --- 1. virtual environment from the lock ---------------------------------------------------
Write-Step "1/7 virtual environment from requirements.lock"
if (-not $Python) {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        $Python = (& py -3.11 -c "import sys; print(sys.executable)")
        if ($LASTEXITCODE -ne 0) { throw "Python 3.11 not found by the py launcher; install it or pass -Python" }
    } else {
        $Python = (Get-Command python -ErrorAction Stop).Source
    }
}
Invoke-Checked $Python @("-c", "import sys, struct; assert sys.version_info >= (3, 11), 'Python 3.11+ needed'; assert struct.calcsize('P') == 8, '64-bit Python needed'")
$Venv = Join-Path $Root "build\venv-windows"
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
Invoke-Checked $Python @("-m", "venv", $Venv)
$VenvPython = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked $VenvPython @("-m", "pip", "install", "--disable-pip-version-check", "-q", "-r", "requirements.lock")
$Version = (& $VenvPython installer\version_info.py).Trim()
$Numeric = (& $VenvPython installer\version_info.py --numeric).Trim()
Write-Host "OPS Desktop $Version ($Numeric)"

# --- 2. translations ------------------------------------------------------------------------
Write-Step "2/7 translations"
Invoke-Checked $VenvPython @("installer\translations.py", (Join-Path $Root "build\i18n"))

# --- 3. PyInstaller ---------------------------------------------------------------------------
Write-Step "3/7 PyInstaller (installer\ops_desktop.spec)"
$clock = [Diagnostics.Stopwatch]::StartNew()
Invoke-Checked $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", (Join-Path $Root "dist"), "--workpath", (Join-Path $Root "build\pyinstaller"),
    "installer\ops_desktop.spec")
$clock.Stop()
$Bundle = Join-Path $Root "dist\ops-desktop"
$Exe = Join-Path $Bundle "ops-desktop.exe"
$sizeMb = [math]::Round(((Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB), 0)
Write-Host ("built {0} in {1:N0} s: {2} MB" -f $Bundle, $clock.Elapsed.TotalSeconds, $sizeMb)

# --- 4. smoke test of the bundle ----------------------------------------------------------
Write-Step "4/7 smoke test of the bundle"
$Scratch = Join-Path ([IO.Path]::GetTempPath()) ("ops-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory $Scratch | Out-Null
$smokeOut = Join-Path $Scratch "smoke.json"
$smokeErr = Join-Path $Scratch "smoke.err"
$env:OPS_DESKTOP_HOME = Join-Path $Scratch "home"  # never the user's real data folder
try {
    # The program is a windowed (GUI) executable: its JSON line arrives through the redirect.
    $process = Start-Process -FilePath $Exe -ArgumentList "--smoke-test" -WorkingDirectory $Scratch `
        -RedirectStandardOutput $smokeOut -RedirectStandardError $smokeErr -NoNewWindow -PassThru
    $null = $process.Handle  # keeps ExitCode available after the wait
    $process.WaitForExit()
    $exitCode = $process.ExitCode
} finally {
    Remove-Item Env:OPS_DESKTOP_HOME
}
$line = Get-Content $smokeOut -Encoding UTF8 -ErrorAction SilentlyContinue | Select-Object -Last 1
if (-not $line) {  # no redirected output reached the program: it wrote its logs folder instead
    $line = Get-Content (Join-Path $Scratch "home\logs\smoke-test.json") -Encoding UTF8 -ErrorAction SilentlyContinue | Select-Object -Last 1
}
if (-not $line) {
    Get-Content $smokeErr -ErrorAction SilentlyContinue | Write-Host
    throw "the smoke test printed nothing (exit code $exitCode)"
}
Write-Host $line
$report = $line | ConvertFrom-Json
if ($exitCode -ne 0 -or -not $report.ok -or -not $report.frozen -or $report.version -ne $Version) {
    $failed = @($report.checks.PSObject.Properties | Where-Object { -not $_.Value.ok } | ForEach-Object { $_.Name })
    throw "smoke test FAILED (exit code $exitCode; failed checks: $($failed -join ', '))"
}
Remove-Item -Recurse -Force $Scratch
Write-Host ("smoke test passed in {0} ms" -f $report.total_ms)

# --- 5. code signing of the program ----------------------------------------------------------
Write-Step "5/7 code signing"
$Signing = [bool]($CertificateThumbprint -or $PfxPath)
$SignArgs = @()
$SignScript = $null
if ($Signing) {
    $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
    $kitTool = $null
    if (Test-Path $kits) {
        $kitTool = Get-ChildItem $kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
            Where-Object { $_.FullName -match '\\x64\\' } | Sort-Object FullName -Descending |
            Select-Object -First 1 -ExpandProperty FullName
    }
    $SignTool = Find-Tool $SignTool "signtool.exe" @($kitTool)
    if (-not $SignTool) { throw "signtool.exe not found: install the Windows SDK or pass -SignTool" }
    $SignArgs = @("sign", "/fd", "SHA256")  # everything but the secret
    if ($TimestampUrl) { $SignArgs += @("/tr", $TimestampUrl, "/td", "SHA256") }
    $secret = @()
    if ($CertificateThumbprint) {
        $SignArgs += @("/s", "My", "/sha1", ($CertificateThumbprint -replace '\s', ''))
        if ($MachineStore) { $SignArgs += "/sm" }
    } else {
        if (-not (Test-Path $PfxPath)) { throw "no such .pfx file: $PfxPath" }
        if (-not $PfxPassword) { $PfxPassword = Read-Host -AsSecureString "Password of $PfxPath" }
        # Handed to signtool through the environment of this build only, never written to disk.
        $env:OPS_SIGN_PFX_PASSWORD = [Net.NetworkCredential]::new("", $PfxPassword).Password
        $SignArgs += @("/f", (Resolve-Path $PfxPath).Path)
        $secret = @("/p", $env:OPS_SIGN_PFX_PASSWORD)
    }
    Invoke-Checked $SignTool ($SignArgs + $secret + @($Exe))
    # The same command for makensis's hooks (uninstaller, installer); the password stays in
    # the environment variable, the file only names it.
    $quoted = ($SignArgs | ForEach-Object { '"' + $_ + '"' }) -join " "
    if ($secret) { $quoted += ' /p "%OPS_SIGN_PFX_PASSWORD%"' }
    $SignScript = Join-Path $Root "build\sign-for-nsis.cmd"
    Set-Content -Path $SignScript -Encoding ASCII -Value @("@echo off", "`"$SignTool`" $quoted `"%~1`"")
} else {
    Write-Warning "No certificate given (-CertificateThumbprint or -PfxPath): the program and the installer are NOT signed. Windows SmartScreen and the office's application policies may block unsigned programs."
}

# --- 6. the installer -----------------------------------------------------------------------
Write-Step "6/7 installer (makensis installer\ops_desktop.nsi)"
$MakeNsis = Find-Tool $MakeNsis "makensis.exe" @((Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe"), (Join-Path $env:ProgramFiles "NSIS\makensis.exe"))
if (-not $MakeNsis) { throw "makensis.exe not found: install NSIS 3.08+ or pass -MakeNsis" }
$Setup = Join-Path $Root "dist\ops-desktop-$Version-setup.exe"
$nsisArgs = @("/V2", "/WX", "/DVERSION=$Version", "/DVERSION_NUMERIC=$Numeric", "/DPAYLOAD=$Bundle", "/DOUTFILE=$Setup")
if ($SignScript) { $nsisArgs += "/DSIGN_SCRIPT=$SignScript" }
try {
    Invoke-Checked $MakeNsis ($nsisArgs + @("installer\ops_desktop.nsi"))
} finally {
    if ($SignScript) { Remove-Item $SignScript -ErrorAction SilentlyContinue }
    Remove-Item Env:OPS_SIGN_PFX_PASSWORD -ErrorAction SilentlyContinue
}

# --- 7. signatures verified -----------------------------------------------------------------
Write-Step "7/7 signatures"
if ($Signing) {
    Invoke-Checked $SignTool @("verify", "/pa", $Exe, $Setup)
} else {
    Write-Warning "not signed (see step 5)"
}
$setupMb = [math]::Round((Get-Item $Setup).Length / 1MB, 1)
Write-Host "done: $Setup ($setupMb MB), bundle $Bundle" -ForegroundColor Green
