#!/usr/bin/env python3
"""yoxla against Hugo on the same generated fact-check site, in one run.

    python3 benches/compare.py                  # 1,000, 10,000, 100,000 articles
    python3 benches/compare.py 1000 10000 --runs 5
    python3 benches/compare.py 10000 --skip-hugo --skip-full

For every size N it writes the corpus twice under /dev/shm/yoxla-bench/N
(`cargo run --release --example corpus -- N DIR` and the same articles
with `--hugo`), then builds each site RUNS times, alternating yoxla and
Hugo so machine noise falls on both, every run into an empty output
folder on tmpfs; above 10,000 articles yoxla builds 3 times and Hugo
once. A build is stopped when the machine's available memory falls under
1.5 GB or it runs past --hugo-limit seconds, and the table says so. It prints the median wall time, the peak memory (the
child's maxrss) and the ratio. For 10,000 articles it also measures
`yoxla check`, a build onto disk, a full build with share cards and
search (cold, then warm: cards reused) and a `yoxla serve` rebuild after
one saved article (save to reload event). For the largest size it prints
where the time goes: yoxla's stage timings, and perf's top functions
when perf is installed.

Nothing is asserted: the figures go into BENCHMARKS.md by hand.
"""

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
YOXLA = REPO / "target/release/yoxla"
CORPUS = REPO / "target/release/examples/corpus"
BASE = Path("/dev/shm/yoxla-bench") if Path("/dev/shm").is_dir() else Path("/tmp/yoxla-bench")
DISK = Path(os.environ.get("YOXLA_BENCH_DISK", "/var/tmp/yoxla-bench"))


class Stopped(Exception):
    """A run the script stopped: it ran out of memory or time."""


def available_mb():
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) / 1024
    return float("inf")


def run(cmd, cwd=None, limit_s=None, reserve_mb=1500):
    """Runs `cmd`; returns (seconds, peak MB, stdout+stderr). Stops it
    (raising Stopped) when the machine's available memory falls under
    `reserve_mb`, so a build too big for the machine ends as a figure,
    not as the kernel's OOM killer taking the benchmark down, or when it
    runs past `limit_s`."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
        stopped = []
        done = threading.Event()

        def watch():
            # Beside the blocking wait below, so the timing stays exact.
            while not done.wait(0.2):
                free = available_mb()
                elapsed = time.perf_counter() - start
                if free < reserve_mb or (limit_s and elapsed > limit_s):
                    stopped.append((elapsed, "memory" if free < reserve_mb else "time", free))
                    proc.kill()
                    return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        watcher.join()
        log.seek(0)
        text = log.read().decode("utf-8", "replace")
    if stopped:
        elapsed, why, free = stopped[0]
        raise Stopped(
            f"stopped after {elapsed:.0f} s: out of {why} "
            f"({usage.ru_maxrss / 1024:.0f} MB resident, {free:.0f} MB left on the machine)"
        )
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"failed ({code}): {' '.join(map(str, cmd))}\n{text[-3000:]}")
    return seconds, usage.ru_maxrss / 1024, text


def clean(path):
    shutil.rmtree(path, ignore_errors=True)


def corpus(n, hugo):
    d = BASE / str(n) / ("hugo" if hugo else "yoxla")
    marker = d / ".complete"
    if not marker.exists():
        clean(d)
        args = [str(CORPUS), str(n), str(d)] + (["--hugo"] if hugo else [])
        subprocess.run(args, check=True)
        if not hugo:
            # The comparison's yoxla site makes what the Hugo site makes:
            # no share cards, no search index (measured separately).
            config = (d / "yoxla.toml").read_text()
            (d / "yoxla.toml").write_text("share_cards = false\nsearch = false\n" + config)
        marker.write_text("")
    return d


def with_cards_and_search(site):
    """A copy of the yoxla corpus's config with cards and search on."""
    full = site.parent / "yoxla-full"
    if not full.exists():
        shutil.copytree(site, full, symlinks=True)
        config = (full / "yoxla.toml").read_text()
        config = config.replace("share_cards = false\nsearch = false\n", "")
        (full / "yoxla.toml").write_text(config)
    return full


def yoxla_build(site, out):
    return run([str(YOXLA), "--root", str(site), "build", "-o", str(out)])


def hugo_build(site, out, limit_s=None):
    return run(["hugo", "--source", str(site), "--destination", str(out), "--quiet"], limit_s=limit_s)


def median(xs):
    return statistics.median(xs)


def files_in(path):
    return sum(len(f) for _, _, f in os.walk(path))


def compare(n, runs, skip_hugo, hugo_runs, hugo_limit_s):
    ysite, out_y = corpus(n, False), BASE / str(n) / "out-yoxla"
    hsite, out_h = (None, None) if skip_hugo else (corpus(n, True), BASE / str(n) / "out-hugo")
    yt, ym, ht, hm = [], [], [], []
    last = ""
    hugo_stopped = None
    for i in range(runs):
        clean(out_y)
        try:
            s, m, last = yoxla_build(ysite, out_y)
        except Stopped as e:
            # The table says so; Hugo is not run against nothing.
            clean(out_y)
            return {"n": n, "yoxla_stopped": str(e), "runs": runs}
        yt.append(s)
        ym.append(m)
        if hsite and i < hugo_runs and not hugo_stopped:
            clean(out_h)
            try:
                s, m, _ = hugo_build(hsite, out_h, hugo_limit_s)
                ht.append(s)
                hm.append(m)
            except Stopped as e:
                hugo_stopped = str(e)
                clean(out_h)
    row = {
        "n": n,
        "yoxla_s": median(yt),
        "yoxla_mb": max(ym),
        "yoxla_files": files_in(out_y),
        "stages": next((l for l in last.splitlines() if l.startswith("built ")), ""),
        "runs": runs,
        "yoxla_all": yt,
    }
    if hugo_stopped:
        row["hugo_stopped"] = hugo_stopped
    elif hsite:
        row.update(
            hugo_s=median(ht),
            hugo_mb=max(hm),
            hugo_files=files_in(out_h),
            ratio=median(ht) / median(yt),
            hugo_all=ht,
        )
    return row


def check_times(site, runs):
    times = []
    for _ in range(runs):
        s, m, _ = run([str(YOXLA), "--root", str(site), "check"])
        times.append((s, m))
    return median([t for t, _ in times]), max(m for _, m in times)


def disk_build(n, runs, skip_hugo):
    ysite = corpus(n, False)
    DISK.mkdir(parents=True, exist_ok=True)
    out_y, out_h = DISK / "out-yoxla", DISK / "out-hugo"
    yt, ht = [], []
    for _ in range(runs):
        clean(out_y)
        yt.append(yoxla_build(ysite, out_y)[0])
        if not skip_hugo:
            clean(out_h)
            ht.append(hugo_build(corpus(n, True), out_h)[0])
    clean(out_y)
    clean(out_h)
    return median(yt), (median(ht) if ht else None)


def full_build(n):
    site = with_cards_and_search(corpus(n, False))
    out = BASE / str(n) / "out-full"
    clean(out)
    cold = yoxla_build(site, out)
    warm = yoxla_build(site, out)
    return cold, warm


def serve_rebuild(n, runs):
    """Saves one article of a running `yoxla serve` and times the reload
    event on the live-reload stream, `runs` times."""
    site = corpus(n, False)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(BASE / str(n) / "serve.log", "w+")
    proc = subprocess.Popen(
        [str(YOXLA), "--root", str(site), "serve", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.time() + 120
        while "serving the preview" not in Path(log.name).read_text():
            if time.time() > deadline or proc.poll() is not None:
                sys.exit("yoxla serve did not start:\n" + Path(log.name).read_text())
            time.sleep(0.05)
        article = sorted((site / "content").rglob("*.md"))[n // 2]
        original = article.read_text()
        times = []
        for i in range(runs):
            events = socket.create_connection(("127.0.0.1", port))
            events.sendall(
                b"GET /_tower-livereload/event-stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Accept: text/event-stream\r\n\r\n"
            )
            seen = b""
            while b"event: init" not in seen and b"init" not in seen:
                seen += events.recv(4096)
            time.sleep(0.3)
            start = time.perf_counter()
            edited = original.replace("## Nəticə\n\n", f"## Nəticə\n\nBu, {i + 1}-ci düzəlişdir.\n\n", 1)
            assert edited != original
            article.write_text(edited if i % 2 == 0 else original)
            seen = b""
            while b"reload" not in seen:
                chunk = events.recv(4096)
                if not chunk:
                    sys.exit("the event stream closed")
                seen += chunk
            times.append(time.perf_counter() - start)
            events.close()
        article.write_text(original)
        rebuilt = [l for l in Path(log.name).read_text().splitlines() if l.startswith("rebuilt in")]
        return median(times), times, rebuilt[-runs:]
    finally:
        proc.terminate()
        proc.wait()


def perf_profile(site, out):
    if not shutil.which("perf"):
        return "perf is not installed: no profile"
    data = BASE / "perf.data"
    clean(out)
    subprocess.run(
        ["perf", "record", "-F", "999", "-o", str(data), str(YOXLA), "--root", str(site), "build", "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    report = subprocess.run(
        ["perf", "report", "-i", str(data), "--no-children", "--sort", "dso,symbol", "--stdio"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    lines = [l for l in report.splitlines() if l.strip() and not l.startswith("#")]
    return "\n".join(l[:120] for l in lines[:25])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    ap.add_argument("--runs", type=int, default=5, help="runs per size up to 10,000 (larger sizes: 3)")
    ap.add_argument("--skip-hugo", action="store_true")
    ap.add_argument("--skip-full", action="store_true", help="no build with cards and search")
    ap.add_argument("--hugo-limit", type=float, default=1800, help="seconds before a Hugo build is stopped")
    args = ap.parse_args()
    if not args.skip_hugo and not shutil.which("hugo"):
        sys.exit("hugo is not installed: apt-get install -y hugo (or pass --skip-hugo)")
    subprocess.run(
        ["cargo", "build", "--release", "--bin", "yoxla", "--example", "corpus"], cwd=REPO, check=True
    )
    BASE.mkdir(parents=True, exist_ok=True)
    print(f"# machine: {os.cpu_count()} cores, {os.uname().release}; output on {BASE}")
    if not args.skip_hugo:
        print("# " + subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip())
    print("# yoxla " + subprocess.run([str(YOXLA), "--version"], capture_output=True, text=True).stdout.strip())
    rows = []
    for n in args.sizes:
        runs = args.runs if n <= 10_000 else min(args.runs, 3)
        # Above 10,000 articles Hugo builds once: one build takes minutes.
        hugo_runs = runs if n <= 10_000 else 1
        row = compare(n, runs, args.skip_hugo, hugo_runs, args.hugo_limit)
        rows.append(row)
        if "yoxla_stopped" in row:
            print(f"{n:>7} articles: yoxla {row['yoxla_stopped']}", flush=True)
            continue
        line = f"{n:>7} articles: yoxla {row['yoxla_s']:.2f} s, {row['yoxla_mb']:.0f} MB, {row['yoxla_files']} files"
        if "hugo_s" in row:
            line += f" | Hugo {row['hugo_s']:.2f} s, {row['hugo_mb']:.0f} MB, {row['hugo_files']} files | Hugo/yoxla {row['ratio']:.1f}x"
        if "hugo_stopped" in row:
            line += f" | Hugo {row['hugo_stopped']}"
        print(line, flush=True)
        print(f"         runs: yoxla {[round(x, 2) for x in row['yoxla_all']]}"
              + (f", Hugo {[round(x, 2) for x in row['hugo_all']]}" if "hugo_all" in row else ""))
        print(f"         {row['stages']}", flush=True)
        if n == 10_000:
            t, m = check_times(corpus(n, False), args.runs)
            print(f"         yoxla check: {t:.2f} s, {m:.0f} MB", flush=True)
            y, h = disk_build(n, 3, args.skip_hugo)
            print(f"         on disk ({DISK}): yoxla {y:.2f} s" + (f", Hugo {h:.2f} s, ratio {h / y:.1f}x" if h else ""), flush=True)
            s, times, rebuilt = serve_rebuild(n, args.runs)
            print(f"         serve, one article saved → reload event: median {s * 1000:.0f} ms {[round(t * 1000) for t in times]}")
            for l in rebuilt:
                print(f"           {l}")
            if not args.skip_full:
                cold, warm = full_build(n)
                print(f"         with cards and search: cold {cold[0]:.2f} s, {cold[1]:.0f} MB; warm (cards reused) {warm[0]:.2f} s, {warm[1]:.0f} MB", flush=True)
    largest = max(args.sizes)
    if any(r["n"] == largest and "yoxla_stopped" in r for r in rows):
        largest = max((r["n"] for r in rows if "yoxla_stopped" not in r), default=largest)
    print(f"\n# where the time goes, {largest} articles")
    print(next((r["stages"] for r in rows if r["n"] == largest), ""))
    print(perf_profile(corpus(largest, False), BASE / str(largest) / "out-yoxla"))
    print("\n| articles | yoxla | yoxla peak | Hugo | Hugo peak | Hugo ÷ yoxla |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        if "yoxla_stopped" in r:
            print(f"| {r['n']:,} | {r['yoxla_stopped']} | – | – | – | – |")
        elif "hugo_s" in r:
            print(f"| {r['n']:,} | {r['yoxla_s']:.2f} s | {r['yoxla_mb']:.0f} MB | {r['hugo_s']:.2f} s | {r['hugo_mb']:.0f} MB | {r['ratio']:.1f}× |")
        elif "hugo_stopped" in r:
            print(f"| {r['n']:,} | {r['yoxla_s']:.2f} s | {r['yoxla_mb']:.0f} MB | {r['hugo_stopped']} | – | – |")
        else:
            print(f"| {r['n']:,} | {r['yoxla_s']:.2f} s | {r['yoxla_mb']:.0f} MB | – | – | – |")


if __name__ == "__main__":
    main()
