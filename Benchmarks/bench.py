#!/usr/bin/env python3
"""gsz against the libyaml parse floor and the Python peer, measured in one run.

usage: Benchmarks/bench.py [--files 10000] [--runs 7] [--memory-files 100000] [--skip-memory]

Builds gsz (release), the floor (../shared/perf/yaml_events.c) and a trivial Swift binary,
generates the corpus with ../shared/perf/gen_corpus.py into .build-bench/ (once), then times, with
the runs interleaved so that machine noise falls on every command alike:
  floor      libyaml's event parser over every file, nothing else
  gsz -j1    gsz check --jobs 1 --format json over the same files
  gsz -j2    gsz check --jobs 2 --format json
  peer       the Python checker (PyYAML's C loader), fewer runs: it is slow
and, for one report as a whole process, gsz against a Swift binary that only prints.
Peak memory is measured on a larger corpus. Medians are reported, with the targets.
"""
import argparse, os, resource, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PERF = os.path.normpath(os.path.join(ROOT, "..", "shared", "perf"))
WORK = os.path.join(ROOT, ".build-bench")


def sh(command, **kwargs):
    subprocess.run(command, check=True, **kwargs)


def build():
    os.makedirs(WORK, exist_ok=True)
    sh(["swift", "build", "-c", "release", "--product", "gsz"], cwd=ROOT, stdout=subprocess.DEVNULL)
    gsz = os.path.join(ROOT, ".build", "release", "gsz")
    floor = os.path.join(WORK, "yaml_events")
    cflags = subprocess.run(["pkg-config", "--cflags", "--libs", "yaml-0.1"], capture_output=True, text=True, check=True).stdout.split()
    sh(["gcc", "-O2", "-o", floor, os.path.join(PERF, "yaml_events.c")] + cflags)
    trivial_source = os.path.join(WORK, "trivial.swift")
    with open(trivial_source, "w") as f:
        f.write('print("ok")\n')
    trivial = os.path.join(WORK, "trivial")
    sh(["swiftc", "-O", trivial_source, "-o", trivial])
    return gsz, floor, trivial


def corpus(count):
    folder = os.path.join(WORK, f"corpus-{count}")
    if not os.path.isdir(folder):
        sh([sys.executable, os.path.join(PERF, "gen_corpus.py"), folder, str(count)])
    listing = folder + ".list"
    if not os.path.exists(listing):
        paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".yaml"))
        with open(listing, "w") as f:
            f.write("\n".join(paths) + "\n")
    return folder, listing


def timed(command):
    """Wall seconds of one run, output discarded; the exit status is not judged (1 means findings)."""
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def peak_rss_mb(command):
    """Peak resident memory of one run, in MB, from the kernel's accounting of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--memory-files", type=int, default=100000)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-peer", action="store_true")
    args = parser.parse_args()

    gsz, floor, trivial = build()
    folder, listing = corpus(args.files)
    commands = {
        "floor": [floor, listing],
        "gsz -j1": [gsz, "check", folder, "--jobs", "1", "--format", "json"],
        "gsz -j2": [gsz, "check", folder, "--jobs", "2", "--format", "json"],
    }
    samples = {name: [] for name in commands}
    for name, command in commands.items():
        timed(command)  # warm the page cache and the binary
    for _ in range(args.runs):
        for name, command in commands.items():
            samples[name].append(timed(command))
    peer = []
    if not args.skip_peer:
        for _ in range(max(1, args.runs // 3)):
            peer.append(timed([sys.executable, os.path.join(PERF, "peer_check.py"), listing]))

    one = os.path.join(ROOT, "Samples", "minimal.yaml")
    single = {"trivial Swift": [trivial], "gsz, one report": [gsz, "check", one, "--format", "json"]}
    single_samples = {name: [] for name in single}
    for _ in range(50):
        for name, command in single.items():
            single_samples[name].append(timed(command))

    median = {name: statistics.median(values) for name, values in samples.items()}
    floor_time = median["floor"]
    print(f"corpus: {args.files} reports in {folder}, {args.runs} interleaved runs, medians")
    print(f"{'command':<22}{'seconds':>9}{'files/s':>10}{'× floor':>9}  target")
    targets = {"gsz -j1": 2.0, "gsz -j2": 1.2}
    for name in commands:
        ratio = median[name] / floor_time
        target = targets.get(name)
        verdict = "" if target is None else f"≤ {target}×  {'ok' if ratio <= target else 'MISSED'}"
        print(f"{name:<22}{median[name]:>9.3f}{args.files / median[name]:>10.0f}{ratio:>9.2f}  {verdict}")
    if peer:
        peer_time = statistics.median(peer)
        print(f"{'python peer':<22}{peer_time:>9.3f}{args.files / peer_time:>10.0f}{peer_time / floor_time:>9.2f}")
    trivial_time = statistics.median(single_samples["trivial Swift"])
    one_time = statistics.median(single_samples["gsz, one report"])
    ratio = one_time / trivial_time
    print(f"one report: gsz {one_time * 1000:.1f} ms, trivial Swift binary {trivial_time * 1000:.1f} ms: "
          f"{ratio:.2f}× (target ≤ 4×: {'ok' if ratio <= 4 else 'MISSED'})")

    if not args.skip_memory:
        big, _ = corpus(args.memory_files)
        megabytes = peak_rss_mb([gsz, "check", big, "--format", "json"])
        print(f"peak memory on {args.memory_files} reports (--format json): {megabytes:.1f} MB "
              f"(target < 100 MB: {'ok' if megabytes < 100 else 'MISSED'})")


if __name__ == "__main__":
    main()
