#!/usr/bin/env python3
"""Writes machine data in the shape of AI4I, large: the input of the large-data figures in README.

    large-csv.py ROWS FILE        (1500000 rows: about 190 MB, 17 columns)

Unique ids, product codes and timestamps (words a guard must drop), temperatures, speed, torque,
wear, vibration and current (numbers), line, shift and operator (words), and a failure label that
follows from torque x wear, heat dissipation and tool wear, with the failure-mode flags beside it.
"""
import datetime
import random
import sys

random.seed(1)
rows, path = int(sys.argv[1]), sys.argv[2]
t0 = datetime.datetime(2026, 1, 1)
types = 'LLLLLMMMHH'
shifts = ['early', 'late', 'night']
with open(path, 'w', newline='') as out:
    out.write('UDI,Product ID,Timestamp,Type,Air temperature [K],Process temperature [K],Rotational speed [rpm],Torque [Nm],'
              'Tool wear [min],Vibration [mm/s],Current [A],Machine failure,TWF,HDF,Line,Shift,Operator\n')
    for i in range(rows):
        air = 298 + random.gauss(0, 2)
        proc = air + 10 + random.gauss(0, 1)
        speed = int(1500 + random.gauss(0, 170))
        torque = max(3.0, 40 + random.gauss(0, 10))
        wear = random.randint(0, 250)
        vib = abs(random.gauss(2.5, 0.8))
        cur = 10 + torque * 0.2 + random.gauss(0, 0.5)
        twf = 1 if wear > 200 and random.random() < 0.05 else 0
        hdf = 1 if proc - air < 8.7 and speed < 1380 else 0
        fail = 1 if twf or hdf or torque * wear > 11000 or random.random() < 0.002 else 0
        ts = (t0 + datetime.timedelta(seconds=i * 7)).isoformat()
        out.write(f'{i + 1},{types[i % 10]}{14860 + i},{ts},{types[i % 10]},{air:.6f},{proc:.6f},{speed},{torque:.6f},{wear},'
                  f'{vib:.5f},{cur:.5f},{fail},{twf},{hdf},Line-{i % 7},{shifts[i % 3]},operator-{random.randint(1, 400):03d}\n')
