#!/usr/bin/env python3
"""A scripted language client, as an editor talks to the server over stdin/stdout.

    lsp-client.py FOLDER FILE COMMAND...

Starts COMMAND (e.g. `linebench lsp`), initializes it on FOLDER, asks it to validate the workspace,
prints the diagnostics of FILE (one per line: `line:column: code: message`, 1-based), shuts it down
and exits with the server's exit code. Anything on the server's stdout that is not a framed JSON-RPC
message is an error (exit 3). Times go to stderr.
"""
import json
import pathlib
import queue
import subprocess
import sys
import threading
import time

folder, file, command = pathlib.Path(sys.argv[1]).resolve(), sys.argv[2], sys.argv[3:]
started = time.monotonic()
proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
inbox = queue.Queue()


def reader():
    out = proc.stdout
    while True:
        headers = {}
        while True:
            line = out.readline()
            if not line:
                inbox.put(None)
                return
            line = line.decode('ascii', 'replace').strip()
            if not line:
                break
            if ':' not in line:
                inbox.put(('garbage', line))
                return
            k, v = line.split(':', 1)
            headers[k.strip().lower()] = v.strip()
        body = out.read(int(headers['content-length']))
        inbox.put(('message', json.loads(body.decode('utf-8'))))


threading.Thread(target=reader, daemon=True).start()


def send(msg):
    body = json.dumps(msg).encode('utf-8')
    proc.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
    proc.stdin.flush()


diagnostics = {}


def wait(pred, what, timeout=120):
    deadline = time.monotonic() + timeout
    while True:
        try:
            item = inbox.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            sys.exit(f'lsp-client: no {what} within {timeout} s')
        if item is None:
            sys.exit(f'lsp-client: the server closed its output before {what}')
        if item[0] == 'garbage':
            print(f'lsp-client: not a JSON-RPC frame on the server\'s stdout: {item[1]!r}', file=sys.stderr)
            sys.exit(3)
        msg = item[1]
        if msg.get('method') == 'textDocument/publishDiagnostics':
            diagnostics[msg['params']['uri']] = msg['params']['diagnostics']
        if pred(msg):
            return msg


uri = (folder / file).as_uri()
send({'jsonrpc': '2.0', 'id': 1, 'method': 'initialize', 'params': {
    'processId': None, 'rootUri': folder.as_uri(), 'locale': 'en',
    'workspaceFolders': [{'uri': folder.as_uri(), 'name': folder.name}],
    'capabilities': {'workspace': {'workspaceFolders': True, 'executeCommand': {}}}}})
init = wait(lambda m: m.get('id') == 1, 'initialize response')
caps = init['result']['capabilities']
print(f'initialize: {len(caps)} capabilities after {int((time.monotonic() - started) * 1000)} ms', file=sys.stderr)
send({'jsonrpc': '2.0', 'method': 'initialized', 'params': {}})
wait(lambda m: m.get('method') == 'textDocument/publishDiagnostics' and m['params']['uri'] == uri, f'diagnostics of {file}')
print(f'first diagnostics of {file}: {int((time.monotonic() - started) * 1000)} ms after the start', file=sys.stderr)
send({'jsonrpc': '2.0', 'id': 2, 'method': 'workspace/executeCommand', 'params': {'command': 'linebench.validateWorkspace', 'arguments': []}})
summary = wait(lambda m: m.get('id') == 2, 'validateWorkspace response')['result']
print(f'validated: {json.dumps(summary, ensure_ascii=False)}', file=sys.stderr)
for d in diagnostics.get(uri, []):
    s = d['range']['start']
    print(f"{s['line'] + 1}:{s['character'] + 1}: {d.get('code', '')}: {d['message']}")
send({'jsonrpc': '2.0', 'id': 3, 'method': 'shutdown', 'params': None})
wait(lambda m: m.get('id') == 3, 'shutdown response')
send({'jsonrpc': '2.0', 'method': 'exit', 'params': None})
try:
    code = proc.wait(timeout=30)
except subprocess.TimeoutExpired:
    proc.kill()
    sys.exit('lsp-client: the server did not exit after exit')
sys.exit(code)
