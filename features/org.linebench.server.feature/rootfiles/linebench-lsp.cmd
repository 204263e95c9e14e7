@echo off
rem The LineBench line language server (Language Server Protocol on standard input and output), for Windows.
rem   linebench-lsp [--lang en|zh] [--socket PORT] [--rules cn,eu] [--trace FILE]
rem Java 21 or newer from LINEBENCH_JAVA_HOME, JAVA_HOME or the PATH. LINEBENCH_XMX: heap (default 1g).
rem The quick compiler only (TieredStopAtLevel=1) for a fast start: see linebench-lsp.
setlocal EnableExtensions EnableDelayedExpansion
set "LB_HOME=%~dp0"
set "MIN_JAVA=21"
set "JAVA_EXE="
if defined LINEBENCH_JAVA_HOME if exist "%LINEBENCH_JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%LINEBENCH_JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for /f "delims=" %%j in ('where java 2^>nul') do if not defined JAVA_EXE set "JAVA_EXE=%%j"
if not defined JAVA_EXE (
  echo linebench-lsp: no Java found; the language server needs Java %MIN_JAVA% or newer: install it and set JAVA_HOME. 1>&2
  exit /b 2
)
set "JAVA_MAJOR=0"
set "JAVA_SPEC="
rem the version from the Java's release file (an extra JVM start costs every server start), else from the JVM
for %%d in ("%JAVA_EXE%\..\..") do set "JAVA_RELEASE=%%~fd\release"
if exist "%JAVA_RELEASE%" for /f "usebackq tokens=1,2 delims==" %%a in ("%JAVA_RELEASE%") do if "%%a"=="JAVA_VERSION" set "JAVA_SPEC=%%~b"
if not defined JAVA_SPEC for /f "tokens=2 delims==" %%v in ('"%JAVA_EXE%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "JAVA_SPEC=%%v"
set "JAVA_SPEC=%JAVA_SPEC: =%"
for /f "tokens=1 delims=." %%m in ("%JAVA_SPEC%") do set "JAVA_MAJOR=%%m"
if %JAVA_MAJOR% LSS %MIN_JAVA% (
  echo linebench-lsp: the language server needs Java %MIN_JAVA% or newer; "%JAVA_EXE%" is Java %JAVA_SPEC%. 1>&2
  exit /b 2
)
set "LAUNCHER="
for %%f in ("%LB_HOME%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo linebench-lsp: the launcher is missing from %LB_HOME%plugins: the installation is incomplete. 1>&2
  exit /b 2
)
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
rem the default heap with a young generation of 256 MB (see linebench-lsp); LINEBENCH_XMX: the JVM's own sizing
set "LB_HEAP=-Xmx1g -Xmn256m"
if defined LINEBENCH_XMX set "LB_HEAP=-Xmx%LINEBENCH_XMX%"
set "LB_JVM=-XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr -Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1"
if %JAVA_MAJOR% GEQ 23 set "LB_JVM=%LB_JVM% --sun-misc-unsafe-memory-access=allow"
set "LB_CACHE=%LINEBENCH_CACHE%"
if not defined LB_CACHE set "LB_CACHE=%LOCALAPPDATA%\LineBench\cache"
if not exist "%LB_CACHE%\" mkdir "%LB_CACHE%" 2>nul
rem one archive per Java and build of the server: the JVM does not renew an archive whose jars changed
set "LB_BUILD=%JAVA_SPEC%"
for %%f in ("%LB_HOME%plugins\org.linebench.lsp_*.jar") do set "LB_BUILD=%JAVA_SPEC%-%%~nf"
if exist "%LB_CACHE%\" set "LB_JVM=%LB_JVM% -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%LB_CACHE%\lsp-%LB_BUILD%.jsa""
"%JAVA_EXE%" %LB_HEAP% %LB_JVM% %LINEBENCH_JAVA_OPTS% -jar "%LAUNCHER%" -data @noDefault %NL% lsp %*
exit /b %ERRORLEVEL%
