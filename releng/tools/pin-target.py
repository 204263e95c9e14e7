#!/usr/bin/env python3
"""Pins the target platform: targetplatform/roots.target -> targetplatform/linebench.target.

roots.target names the artifacts we choose (Eclipse platform, EMF, Xtext, Weka, ...). Their POMs
use version ranges, so resolving them transitively ("includeDependencyDepth=infinite") gives
whatever is newest on Maven Central that day. This tool resolves each root once, as Tycho does
(every root on its own, with its location's scopes), and writes linebench.target, in which every
transitive location becomes an explicit list of exact versions with includeDependencyDepth="none".
The build reads only linebench.target, so it resolves the same bundles every day.

Run it (it needs ./mvnw and Maven Central) when moving to a newer platform on purpose:
    releng/tools/pin-target.py && ./mvnw -B verify
then review `git diff targetplatform/linebench.target` and commit both files.

Resolving the roots one by one gives several versions of many libraries (one root's range resolves
to org.eclipse.ui 3.208, another's to 3.209). The pinned file keeps one version per library, the
newest (or the one PREFER names, with the reason), unless KEEP names a version that is required beside it (with the reason); a library that
a location wraps with bnd <instructions> (an Orbit name) is listed only there. The build's bundle
resolution then has one candidate per library, as a product needs.
    releng/tools/pin-target.py --collapse-only   applies that rule to linebench.target as it is
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ROOTS = os.path.join(ROOT, 'targetplatform', 'roots.target')
PINNED = os.path.join(ROOT, 'targetplatform', 'linebench.target')

LOCATION = re.compile(r'(<location\b[^>]*>)(.*?)(</location>)', re.S)
DEP = re.compile(r'<dependency>\s*<groupId>([^<]+)</groupId>\s*<artifactId>([^<]+)</artifactId>\s*'
                 r'<version>([^<]+)</version>\s*<type>([^<]+)</type>\s*</dependency>', re.S)
# group:artifact:version that must stay beside a newer version of the same library, with the reason
KEEP = {}
# group:artifact -> the version to keep instead of the newest, with the reason
PREFER = {
    # e4.core.di.extensions.supplier 0.17.900 imports jakarta.annotation [2.1,3); every other bundle
    # takes [2,4): 2.1.1 serves all, 3.0.0 (which a newer root brings) would leave it unresolved
    'jakarta.annotation:jakarta.annotation-api': '2.1.1',
}

LISTED = re.compile(r'^\s+([\w.\-]+):([\w.\-]+):(\w+)(?::[\w.\-]+)?:([\w.\-]+):(compile|runtime|provided|system|test)')


def attr(tag, name):
    m = re.search(name + r'="([^"]*)"', tag)
    return m.group(1) if m else None


def resolve(roots, scopes, workdir):
    """Resolves each root on its own (one module each, one Maven run); returns the union."""
    include = 'runtime' if 'runtime' in scopes else 'compile'
    modules = []
    for i, (g, a, v, t) in enumerate(roots):
        name = 'r%03d' % i
        os.makedirs(os.path.join(workdir, name))
        with open(os.path.join(workdir, name, 'pom.xml'), 'w') as f:
            f.write('<project><modelVersion>4.0.0</modelVersion><groupId>pin</groupId><artifactId>%s</artifactId>'
                    '<version>1</version><packaging>pom</packaging><dependencies><dependency><groupId>%s</groupId>'
                    '<artifactId>%s</artifactId><version>%s</version><type>%s</type></dependency></dependencies>'
                    '</project>' % (name, g, a, v, t))
        modules.append(name)
    with open(os.path.join(workdir, 'pom.xml'), 'w') as f:
        f.write('<project><modelVersion>4.0.0</modelVersion><groupId>pin</groupId><artifactId>all</artifactId>'
                '<version>1</version><packaging>pom</packaging><modules>%s</modules></project>'
                % ''.join('<module>%s</module>' % m for m in modules))
    subprocess.run([os.path.join(ROOT, 'mvnw'), '-q', '-B', '-f', os.path.join(workdir, 'pom.xml'),
                    'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list',
                    '-DincludeScope=' + include, '-DoutputFile=list.txt', '-DexcludeTransitive=false'],
                   check=True, env=dict(os.environ, LINEBENCH_NO_XVFB='1'))
    found = set()
    for m in modules:
        with open(os.path.join(workdir, m, 'list.txt')) as f:
            for line in f:
                hit = LISTED.match(line)
                if hit and hit.group(3) == 'jar':
                    found.add((hit.group(1), hit.group(2), hit.group(4), 'jar'))
    return found


def version_key(v):
    """Orders Maven versions well enough for pinning: numeric parts as numbers, others as text."""
    return [(0, int(p), '') if p.isdigit() else (1, 0, p) for p in re.split(r'[.\-]', v)]


def collapse(text):
    """Keeps one version per library (the newest, or those in KEEP), wrapped libraries only where wrapped."""
    locations = list(LOCATION.finditer(text))
    wrapped = set()
    newest = {}
    for m in locations:
        head, body, tail = m.groups()
        for g, a, v, t in DEP.findall(body):
            if '<instructions>' in body:
                wrapped.add((g, a))
            elif (g, a) not in newest or version_key(v) > version_key(newest[(g, a)]):
                newest[(g, a)] = v
    for ga, v in PREFER.items():
        if tuple(ga.split(':')) in newest:
            newest[tuple(ga.split(':'))] = v
    dropped = []

    def keep(match):
        g, a, v = match.group(1), match.group(2), match.group(3)
        if (g, a) not in wrapped and (('%s:%s:%s' % (g, a, v)) in KEEP or newest.get((g, a)) == v):
            return match.group(0)
        dropped.append('%s:%s:%s' % (g, a, v))
        return ''

    out, pos = [], 0
    for m in locations:
        head, body, tail = m.groups()
        out.append(text[pos:m.start()])
        pos = m.end()
        if '<instructions>' not in body:
            body = re.sub(r'[ \t]*' + DEP.pattern + r'[ \t]*\n?', keep, body)
        out.append(head + body + tail)
    out.append(text[pos:])
    for d in sorted(dropped):
        print('  one version per library: dropped', d, file=sys.stderr)
    return ''.join(out)


def write(result):
    tmpfile = PINNED + '.tmp'
    with open(tmpfile, 'w', encoding='utf-8') as f:
        f.write(result)
    os.replace(tmpfile, PINNED)
    print('wrote', os.path.relpath(PINNED, ROOT), file=sys.stderr)


def main():
    if sys.argv[1:] == ['--collapse-only']:
        with open(PINNED, encoding='utf-8') as f:
            write(collapse(f.read()))
        return
    with open(ROOTS, encoding='utf-8') as f:
        text = f.read()
    seen = set()
    out = []
    pos = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n, m in enumerate(LOCATION.finditer(text)):
            head, body, tail = m.groups()
            out.append(text[pos:m.start()])
            pos = m.end()
            roots = DEP.findall(body)
            if attr(head, 'includeDependencyDepth') != 'infinite':
                seen.update(roots)
                out.append(m.group(0))
                continue
            scopes = (attr(head, 'includeDependencyScopes') or 'compile').split(',')
            workdir = os.path.join(tmp, 'loc%d' % n)
            os.makedirs(workdir)
            pinned = sorted(resolve(roots, scopes, workdir) - seen)
            seen.update(pinned)
            print('%-60s %3d roots -> %3d artifacts' % (attr(head, 'label'), len(roots), len(pinned)), file=sys.stderr)
            deps = ''.join('        <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>'
                           '<type>%s</type></dependency>\n' % d for d in pinned)
            body = re.sub(r'<dependencies>.*?</dependencies>',
                          lambda _: '<dependencies>\n' + deps + '      </dependencies>', body, flags=re.S)
            out.append(head.replace('includeDependencyDepth="infinite"', 'includeDependencyDepth="none"') + body + tail)
        out.append(text[pos:])
    result = ''.join(out)
    result = re.sub(r'(<target\b)', '<!-- GENERATED by releng/tools/pin-target.py from roots.target: edit roots.target, '
                    'not this file -->\n\\1', result, count=1)
    write(collapse(result))


if __name__ == '__main__':
    main()
