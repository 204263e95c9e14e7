#!/usr/bin/env python3
"""Rewrites .properties files so that every non-ASCII character is a \\uXXXX escape.

Eclipse NLS (org.eclipse.osgi.util.NLS) reads messages*.properties as ISO-8859-1, so Chinese text
must be escaped. Write the _zh files in UTF-8, then run:  releng/tools/escape-properties.py FILE...
(the translation test in org.linebench.architecture.tests fails on an unescaped file).
"""
import sys


def escape(text):
    out = []
    for c in text:
        if ord(c) < 128:
            out.append(c)
        else:  # UTF-16 code units, as java.util.Properties expects
            units = c.encode('utf-16-be')
            out.extend('\\u%02x%02x' % (units[i], units[i + 1]) for i in range(0, len(units), 2))
    return ''.join(out)


for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        text = f.read()
    escaped = escape(text)
    if escaped != text:
        with open(path, 'w', encoding='ascii', newline='') as f:
            f.write(escaped)
        print('escaped', path)
