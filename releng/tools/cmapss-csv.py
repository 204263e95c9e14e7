#!/usr/bin/env python3
"""Writes NASA's C-MAPSS FD003 text files as the CSV files in data/cmapss/ (header, commas).

    cmapss-csv.py SOURCE_FOLDER data/cmapss

SOURCE_FOLDER holds train_FD003.txt, test_FD003.txt and RUL_FD003.txt as NASA publishes them
(26 numbers per row separated by spaces, two trailing spaces; the RUL file one number per line).
Each file's SHA-256 is checked against the published copy's first. The numbers are copied as
text, unchanged: only the separator changes and a header naming the columns comes first; the RUL
file gets the unit number (its line number) beside each value.
"""
import hashlib
import os
import sys

SHA256 = {
    'train_FD003.txt': '2abbe9968cc5e8eb091980f51b20f62bb4127336d3482cb52071d53bf23329e2',
    'test_FD003.txt': '299babd63c8d987cef079c4a425429f33b3a34797d803bbe2ad48c29dbd0d790',
    'RUL_FD003.txt': 'df1e0566306b174a2de41c67a3e7a51877889598b78643fc3e5685259091b7cb',
}
SENSORS = ['T2', 'T24', 'T30', 'T50', 'P2', 'P15', 'P30', 'Nf', 'Nc', 'epr', 'Ps30', 'phi', 'NRf', 'NRc', 'BPR', 'farB',
           'htBleed', 'Nf_dmd', 'PCNfR_dmd', 'W31', 'W32']
HEADER = ['unit', 'cycle', 'setting1', 'setting2', 'setting3'] + SENSORS

source, target = sys.argv[1], sys.argv[2]
for name, sha in SHA256.items():
    with open(os.path.join(source, name), 'rb') as f:
        actual = hashlib.sha256(f.read()).hexdigest()
    if actual != sha:
        sys.exit(f'{name}: SHA-256 {actual}, expected {sha}: not the published file')
for split in ('train', 'test'):
    with open(os.path.join(source, f'{split}_FD003.txt'), encoding='ascii') as f, \
            open(os.path.join(target, f'{split}_FD003.csv'), 'w', encoding='ascii', newline='\n') as out:
        out.write(','.join(HEADER) + '\n')
        for line in f:
            fields = line.split()
            if len(fields) != len(HEADER):
                sys.exit(f'{split}_FD003.txt: {len(fields)} fields in: {line!r}')
            out.write(','.join(fields) + '\n')
with open(os.path.join(source, 'RUL_FD003.txt'), encoding='ascii') as f, \
        open(os.path.join(target, 'RUL_FD003.csv'), 'w', encoding='ascii', newline='\n') as out:
    out.write('unit,RUL\n')
    for unit, line in enumerate(f, start=1):
        out.write(f'{unit},{line.strip()}\n')
