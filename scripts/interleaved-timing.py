#!/usr/bin/env python3
"""Times two commands as whole processes, run in turns (A B, B A, A B, ...).

Taking turns means a change in the machine's load (other builds, CPU
frequency) falls on both commands alike, which back-to-back series of each
(as hyperfine runs them) do not ensure. Output is stdout discarded; exit
codes are ignored (git diff exits 1 when files differ).

Usage: interleaved-timing.py RUNS -- COMMAND_A... -- COMMAND_B...
Prints one line per command:
    wall_median_ms wall_p25_ms wall_p75_ms cpu_median_ms
where cpu is user + system time of the process and its threads.
"""
import os
import statistics
import subprocess
import sys
import time


def run_once(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    return wall, cpu


def main():
    arguments = sys.argv[1:]
    runs = int(arguments[0])
    separator = [i for i, a in enumerate(arguments) if a == "--"]
    if len(separator) != 2:
        sys.exit("usage: interleaved-timing.py RUNS -- COMMAND_A... -- COMMAND_B...")
    commands = [arguments[separator[0] + 1:separator[1]], arguments[separator[1] + 1:]]
    samples = [[], []]
    warmup = 3
    for round_index in range(warmup + runs):
        order = (0, 1) if round_index % 2 == 0 else (1, 0)
        for which in order:
            result = run_once(commands[which])
            if round_index >= warmup:
                samples[which].append(result)
    for results in samples:
        walls = sorted(wall for wall, _ in results)
        quartiles = statistics.quantiles(walls, n=4)
        cpu = statistics.median(cpu for _, cpu in results)
        print("%.1f %.1f %.1f %.1f" % (statistics.median(walls), quartiles[0], quartiles[2], cpu))


if __name__ == "__main__":
    main()
