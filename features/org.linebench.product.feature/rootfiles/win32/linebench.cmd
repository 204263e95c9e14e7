@echo off
rem LineBench start script for Windows:   linebench <command> [options]
rem It only finds a java.exe and hands over to the LineBench launcher (linebench-launcher.jar beside
rem this script), which checks the Java version (21 or newer; when this Java is older it looks for one
rem in the usual install folders), sets the JVM options (LINEBENCH_XMX, LINEBENCH_JAVA_OPTS) and the
rem language, and starts LineBench. Java: LINEBENCH_JAVA_HOME, the runtime in jre\ if there is one,
rem JAVA_HOME, the PATH.
rem Kept small on purpose: no blocks, no for /f, no quoted wildcards, ASCII only (cmd's traps).
setlocal
set "LB_JAVA="
if defined LINEBENCH_JAVA_HOME set "LB_JAVA=%LINEBENCH_JAVA_HOME%\bin\java.exe"
if not defined LB_JAVA if exist "%~dp0jre\bin\java.exe" set "LB_JAVA=%~dp0jre\bin\java.exe"
if not defined LB_JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "LB_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined LB_JAVA for %%j in (java.exe) do set "LB_JAVA=%%~$PATH:j"
if not defined LB_JAVA echo linebench: no Java found. LineBench needs Java 21 or newer: install one, for example Eclipse Temurin 21, and set JAVA_HOME to it. 1>&2
if not defined LB_JAVA exit /b 2
if not exist "%LB_JAVA%" echo linebench: %LB_JAVA% does not exist: check LINEBENCH_JAVA_HOME. 1>&2
if not exist "%LB_JAVA%" exit /b 2
"%LB_JAVA%" -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "%~dp0linebench-launcher.jar" %*
exit /b %ERRORLEVEL%
