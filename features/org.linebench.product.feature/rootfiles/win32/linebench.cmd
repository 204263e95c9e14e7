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
rem The command is the first argument that is not an option (or the value of --lang).
set "NL="
set "LB_COMMAND="
set "LB_PREV="
:scan
if "%~1"=="" goto run
set "LB_ARG=%~1"
if /i "%~1"=="--lang" (
  if /i "%~2"=="zh" set "NL=-nl zh_CN"
  if /i "%~2"=="en" set "NL=-nl en"
)
if not defined LB_COMMAND if /i not "!LB_PREV!"=="--lang" if not "!LB_ARG:~0,1!"=="-" set "LB_COMMAND=!LB_ARG!"
set "LB_PREV=!LB_ARG!"
shift
goto scan

:run
if not defined LINEBENCH_XMX set "LINEBENCH_XMX=2g"
rem Start-up: the JIT's optimizing tier waits for methods ten times as hot as usual, so that it does
rem not spend seconds on start-up code; long computations (training) reach that within milliseconds.
set "LB_JVM=-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
rem The workbench keeps its loaded classes in a class data archive (AppCDS) in the user's cache: the
rem JVM writes it at the end of the first run and maps it on the next ones.
if /i "%LB_COMMAND%"=="workbench" (
  set "LB_CACHE=%LINEBENCH_CACHE%"
  if not defined LB_CACHE set "LB_CACHE=%LOCALAPPDATA%\LineBench\cache"
  if not exist "!LB_CACHE!\" mkdir "!LB_CACHE!" 2>nul
  if exist "!LB_CACHE!\" set "LB_JVM=!LB_JVM! -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="!LB_CACHE!\workbench.jsa" -Xlog:cds=off,cds+dynamic=off"
)
"%JAVA_EXE%" -Xmx%LINEBENCH_XMX% %LB_JVM% %LINEBENCH_JAVA_OPTS% -jar "%LAUNCHER%" -data @noDefault %NL% %*
exit /b %ERRORLEVEL%
