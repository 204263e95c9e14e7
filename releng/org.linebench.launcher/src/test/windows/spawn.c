/*
 * Starts a program with a command line read from a UTF-8 file, as Java's ProcessBuilder does on Windows
 * (CreateProcessW without an application name), waits for it and exits with its exit code.
 * For WindowsScriptWineTest: the launcher's command line for LineBench's JVM, read by a real Windows parser.
 *   spawn.exe <file>
 */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

int wmain(int argc, wchar_t **argv) {
  if (argc != 2) {
    return 97;
  }
  FILE *f = _wfopen(argv[1], L"rb");
  if (f == NULL) {
    return 98;
  }
  static char utf8[65536];
  size_t n = fread(utf8, 1, sizeof utf8 - 1, f);
  fclose(f);
  utf8[n] = 0;
  static wchar_t line[65536];
  MultiByteToWideChar(CP_UTF8, 0, utf8, -1, line, 65536);
  STARTUPINFOW si = {sizeof si};
  PROCESS_INFORMATION pi;
  if (!CreateProcessW(NULL, line, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi)) {
    fwprintf(stderr, L"spawn: CreateProcessW failed: %lu\n", GetLastError());
    return 96;
  }
  WaitForSingleObject(pi.hProcess, INFINITE);
  DWORD code = 0;
  GetExitCodeProcess(pi.hProcess, &code);
  return (int) code;
}
