/*
 * A stand-in java.exe for the test of the Windows start script under Wine (WindowsScriptWineTest).
 * Writes what it was started with to the file %LB_RECORD%, in UTF-8, one item a line:
 *   cmdline=<the command line as Windows handed it over>
 *   arg=<each argument as a Windows program reads it, CommandLineToArgvW; the first is the program>
 *   env=LOCALAPPDATA=<its value>, env=USERPROFILE=<its value>
 *   acp=<the ANSI code page: 936 on a Chinese Windows>
 * then exits with the number in %LB_EXIT% (0 if unset).
 */
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <stdlib.h>

static void put(FILE *f, const char *key, const wchar_t *value) {
  int n = WideCharToMultiByte(CP_UTF8, 0, value, -1, NULL, 0, NULL, NULL);
  char *utf8 = malloc(n);
  WideCharToMultiByte(CP_UTF8, 0, value, -1, utf8, n, NULL, NULL);
  fputs(key, f);
  fputs(utf8, f);
  fputs("\n", f);
  free(utf8);
}

int main(void) {
  static wchar_t path[32768], code[64], acp[32];
  wchar_t *line = GetCommandLineW();
  int argc = 0;
  wchar_t **argv = CommandLineToArgvW(line, &argc);
  if (!GetEnvironmentVariableW(L"LB_RECORD", path, 32768)) {
    return 99;
  }
  FILE *f = _wfopen(path, L"wb");
  if (f == NULL) {
    return 98;
  }
  put(f, "cmdline=", line);
  for (int i = 0; i < argc; i++) {
    put(f, "arg=", argv[i]);
  }
  static const wchar_t *names[] = {L"LOCALAPPDATA", L"USERPROFILE"};
  for (int i = 0; i < 2; i++) {
    static wchar_t value[32768], entry[33000];
    value[0] = 0;
    GetEnvironmentVariableW(names[i], value, 32768);
    swprintf(entry, 33000, L"%ls=%ls", names[i], value);
    put(f, "env=", entry);
  }
  swprintf(acp, 32, L"%u", GetACP());
  put(f, "acp=", acp);
  fclose(f);
  return GetEnvironmentVariableW(L"LB_EXIT", code, 64) ? _wtoi(code) : 0;
}
