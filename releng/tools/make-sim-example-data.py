#!/usr/bin/env python3
"""Writes the synthetic data the body-shop example's simulation reads (fixed seed, so the files
come out the same every time):

  examples/bodyshop/data/op20-readings.csv  one row per weld cycle of OP20: electrode temperature
      (sensor T21) and tip wear (sensor W21), named after the sensors. The wear grows by about
      0.65 min per cycle until the tips are dressed, then starts again (a sawtooth); the TipWear
      model scores each row, and its failure probability drives OP20's stops in the simulation.
  examples/bodyshop/data/op10-cycles.csv    300 observed cycle times of the manual loading station
      OP10 (lognormal around 45 s), drawn from by the 'empirical' variation.

Run from the repository root:  releng/tools/make-sim-example-data.py
"""
import math
import random

rng = random.Random(20261129)

rows = ['Cycle,T21 [°C],W21 [min]']
wear = 3.0
for cycle in range(1, 601):
    temperature = 182 + 0.12 * wear + rng.gauss(0, 6)
    rows.append('%d,%.1f,%.1f' % (cycle, temperature, wear))
    wear += 0.65 + rng.uniform(-0.1, 0.1)
    if wear > 192 + rng.uniform(0, 4):  # dressed once the wear is past the limit
        wear = rng.uniform(2, 5)
with open('examples/bodyshop/data/op20-readings.csv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('\n'.join(rows) + '\n')

sigma = math.sqrt(math.log(1 + (3.0 / 44.0) ** 2))
mu = math.log(44.0) - sigma ** 2 / 2
rows = ['Observation,Cycle time [s]']
for i in range(1, 301):
    rows.append('%d,%.1f' % (i, rng.lognormvariate(mu, sigma)))
with open('examples/bodyshop/data/op10-cycles.csv', 'w', encoding='utf-8', newline='\n') as f:
    f.write('\n'.join(rows) + '\n')
