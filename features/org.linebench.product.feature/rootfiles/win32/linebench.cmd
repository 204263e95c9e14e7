@echo off
rem LineBench start script for Windows.
rem   linebench <command> [options]     e.g. linebench validate examples, linebench workbench
rem Java 21 or newer is taken from LINEBENCH_JAVA_HOME, JAVA_HOME or the PATH.
rem LINEBENCH_XMX sets the heap limit (default 2g); LINEBENCH_JAVA_OPTS adds JVM options.
setlocal EnableExtensions EnableDelayedExpansion
set "LB_HOME=%~dp0"
set "MIN_JAVA=21"

set "JAVA_EXE="
if defined LINEBENCH_JAVA_HOME if exist "%LINEBENCH_JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%LINEBENCH_JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for /f "delims=" %%j in ('where java 2^>nul') do if not defined JAVA_EXE set "JAVA_EXE=%%j"
if not defined JAVA_EXE (
  echo linebench: no Java found. LineBench needs Java %MIN_JAVA% or newer: install it and set JAVA_HOME. 1>&2
  exit /b 2
)

set "JAVA_MAJOR=0"
for /f "tokens=2 delims==" %%v in ('"%JAVA_EXE%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "JAVA_SPEC=%%v"
set "JAVA_SPEC=%JAVA_SPEC: =%"
for /f "tokens=1 delims=." %%m in ("%JAVA_SPEC%") do set "JAVA_MAJOR=%%m"
if %JAVA_MAJOR% LSS %MIN_JAVA% (
  echo linebench: LineBench needs Java %MIN_JAVA% or newer; "%JAVA_EXE%" is Java %JAVA_SPEC%. Set JAVA_HOME to a newer one. 1>&2
  exit /b 2
)

set "LAUNCHER="
for %%f in ("%LB_HOME%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo linebench: the launcher is missing from %LB_HOME%plugins: the installation is incomplete. 1>&2
  exit /b 2
)

rem --lang chooses the language of every message: the platform's -nl does that for all bundles.
set "NL="
:scan
if "%~1"=="" goto run
if /i "%~1"=="--lang" (
  if /i "%~2"=="zh" set "NL=-nl zh_CN"
  if /i "%~2"=="en" set "NL=-nl en"
)
shift
goto scan

:run
if not defined LINEBENCH_XMX set "LINEBENCH_XMX=2g"
"%JAVA_EXE%" -Xmx%LINEBENCH_XMX% %LINEBENCH_JAVA_OPTS% -jar "%LAUNCHER%" -data @noDefault %NL% %*
exit /b %ERRORLEVEL%
