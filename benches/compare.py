#!/usr/bin/env python3
"""yoxla against Hugo on the same generated fact-check site, in one run.

    python3 benches/compare.py                  # 1,000, 10,000, 100,000 articles
    python3 benches/compare.py 1000 10000 --runs 5
    python3 benches/compare.py 10000 --skip-hugo

For every size N it writes the corpus under /dev/shm/yoxla-bench/N
(`cargo run --release --example corpus -- N DIR`, the same articles with
`--hugo` for Hugo, and a copy with share cards and search off), then, RUNS
times, into an empty output folder on tmpfs each time:

- yoxla in its default configuration (share cards and search on), cold:
  the build cache emptied too, as a fresh CI runner without it starts;
- Hugo, in between, so machine noise falls on both;
- yoxla warm: the cache of the cold build kept (a runner that restored
  it), nothing changed; then with the newest article changed;
- yoxla with share cards and search off (the second table).

Above 10,000 articles each builds once. A build is stopped when the
machine's available memory falls under 1.5 GB or it runs past
--hugo-limit seconds, and the table says so. It prints median wall times,
peak memory (the child's maxrss), output size (the sum of the files'
sizes, as a host counts it) and file counts, and the ratios. For 10,000
articles it also measures `yoxla check` (`--check-runs`, 9 by default), cold and warm builds onto disk
and a `yoxla serve` rebuild after one saved article (save to reload
event). For the largest size it prints perf's top functions of a cold
build when perf is installed.

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
# cargo's target folder, where CARGO_TARGET_DIR puts it.
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
YOXLA = TARGET / "release/yoxla"
CORPUS = TARGET / "release/examples/corpus"
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


def corpus(n, kind):
    """The corpus of `n` articles: "yoxla" as generated (the default
    configuration: share cards and search on), "lean" the same articles
    with cards and search off, "hugo" the Hugo version."""
    d = BASE / str(n) / kind
    marker = d / ".complete"
    if not marker.exists():
        clean(d)
        if kind == "lean":
            shutil.copytree(corpus(n, "yoxla"), d, symlinks=True, ignore=shutil.ignore_patterns(".yoxla-cache"))
            config = (d / "yoxla.toml").read_text()
            (d / "yoxla.toml").write_text("share_cards = false\nsearch = false\n" + config)
        else:
            args = [str(CORPUS), str(n), str(d)] + (["--hugo"] if kind == "hugo" else [])
            subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        marker.write_text("")
    return d


def yoxla_build(site, out):
    return run([str(YOXLA), "--root", str(site), "build", "-o", str(out)])


def hugo_build(site, out, limit_s=None):
    return run(["hugo", "--source", str(site), "--destination", str(out), "--quiet"], limit_s=limit_s)


def summary_line(output):
    """A build's last line, with the time of each stage, in whatever
    language the site speaks (the line that names its milliseconds)."""
    units = (" ms", " мс")
    return next((l for l in reversed(output.splitlines()) if "(" in l and any(u in l for u in units)), "")


def median(xs):
    return statistics.median(xs)


def files_in(path):
    return sum(len(f) for _, _, f in os.walk(path))


def bytes_in(path):
    """The output's size as a host counts it: the sum of its files' sizes."""
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(path) for f in fs)


def one_article(site):
    """The newest article (the one a newsroom edits most), and its text."""
    article = sorted((site / "content").rglob("*.md"))[-1]
    return article, article.read_text()


def edit(text, i):
    edited = text.replace("## Nəticə\n\n", f"## Nəticə\n\nBu, {i + 1}-ci düzəlişdir.\n\n", 1)
    assert edited != text
    return edited


def compare(n, runs, skip_hugo, hugo_runs, hugo_limit_s):
    """Per run: yoxla cold (empty output, empty cache), Hugo (empty
    output), yoxla warm (empty output, the cache of the cold build kept:
    a CI runner that restored it), yoxla warm with one article changed,
    and yoxla with cards and search off. Medians; peak memory is the
    largest of the runs."""
    site, lean = corpus(n, "yoxla"), corpus(n, "lean")
    hsite = None if skip_hugo else corpus(n, "hugo")
    out_y, out_h = BASE / str(n) / "out-yoxla", BASE / str(n) / "out-hugo"
    cache = site / ".yoxla-cache"
    article, original = one_article(site)
    t = {k: [] for k in ("cold", "warm", "changed", "lean", "hugo")}
    m = {k: [] for k in t}
    row = {"n": n, "runs": runs}
    try:
        for i in range(runs):
            clean(out_y)
            clean(cache)
            s, mb, last = yoxla_build(site, out_y)
            t["cold"].append(s), m["cold"].append(mb)
            row["stages"] = summary_line(last)
            row["yoxla_files"], row["yoxla_bytes"] = files_in(out_y), bytes_in(out_y)
            if hsite and i < hugo_runs and "hugo_stopped" not in row:
                clean(out_h)
                try:
                    s, mb, _ = hugo_build(hsite, out_h, hugo_limit_s)
                    t["hugo"].append(s), m["hugo"].append(mb)
                    row["hugo_files"], row["hugo_bytes"] = files_in(out_h), bytes_in(out_h)
                except Stopped as e:
                    row["hugo_stopped"] = str(e)
                clean(out_h)
            clean(out_y)
            s, mb, last = yoxla_build(site, out_y)
            t["warm"].append(s), m["warm"].append(mb)
            row["warm_stages"] = summary_line(last)
            article.write_text(edit(original, i))
            clean(out_y)
            s, mb, _ = yoxla_build(site, out_y)
            t["changed"].append(s), m["changed"].append(mb)
            article.write_text(original)
            clean(out_y)
            s, mb, _ = yoxla_build(lean, out_y)
            t["lean"].append(s), m["lean"].append(mb)
            row["lean_files"], row["lean_bytes"] = files_in(out_y), bytes_in(out_y)
    except Stopped as e:
        row["yoxla_stopped"] = str(e)
    finally:
        article.write_text(original)
        clean(out_y)
    for k in t:
        if t[k]:
            row[k] = (median(t[k]), max(m[k]), t[k])
    return row


def check_times(site, runs):
    """The median time and the peak memory of `runs` checks, and every
    run's time."""
    times = []
    for _ in range(runs):
        s, m, _ = run([str(YOXLA), "--root", str(site), "check"])
        times.append((s, m))
    seconds = [t for t, _ in times]
    return median(seconds), max(m for _, m in times), seconds


def disk_build(n, runs, skip_hugo):
    """Cold (empty cache) and warm (cache kept) yoxla builds, and Hugo,
    into an empty folder on disk."""
    site = corpus(n, "yoxla")
    DISK.mkdir(parents=True, exist_ok=True)
    out_y, out_h = DISK / "out-yoxla", DISK / "out-hugo"
    cold, warm, ht = [], [], []
    for _ in range(runs):
        clean(out_y)
        clean(site / ".yoxla-cache")
        cold.append(yoxla_build(site, out_y)[0])
        clean(out_y)
        warm.append(yoxla_build(site, out_y)[0])
        if not skip_hugo:
            clean(out_h)
            ht.append(hugo_build(corpus(n, "hugo"), out_h)[0])
    clean(out_y)
    clean(out_h)
    return median(cold), median(warm), (median(ht) if ht else None)


def serve_rebuild(n, runs):
    """Saves one article of a running `yoxla serve` and times the reload
    event on the live-reload stream, `runs` times."""
    site = corpus(n, "yoxla")
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
        # Messages are in the site's language: the preview's address is
        # what says it started, in any of them.
        address = f"http://127.0.0.1:{port}/"
        while address not in Path(log.name).read_text():
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
        lines = Path(log.name).read_text().splitlines()
        started = next(i for i, l in enumerate(lines) if address in l)
        rebuilt = [l for l in lines[started + 1 :] if " ms" in l]
        return median(times), times, rebuilt[-runs:]
    finally:
        proc.terminate()
        proc.wait()


def perf_profile(site, out):
    if not shutil.which("perf"):
        return "perf is not installed: no profile"
    data = BASE / "perf.data"
    clean(out)
    clean(site / ".yoxla-cache")
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
    ap.add_argument("--runs", type=int, default=3, help="runs per size up to 10,000 (larger sizes: 1)")
    ap.add_argument(
        "--check-runs",
        type=int,
        default=9,
        help="runs of `yoxla check` at 10,000 (its time is near its target: three runs are too few)",
    )
    ap.add_argument("--skip-hugo", action="store_true")
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
        runs = args.runs if n <= 10_000 else 1
        # Above 10,000 articles each side builds once: one build takes minutes.
        hugo_runs = runs if n <= 10_000 else 1
        row = compare(n, runs, args.skip_hugo, hugo_runs, args.hugo_limit)
        rows.append(row)
        print(f"{n:>7} articles:", flush=True)
        for k in ("cold", "warm", "changed", "lean", "hugo"):
            if k in row:
                print(f"         {k:8} {row[k][0]:7.2f} s {row[k][1]:6.0f} MB   runs {[round(x, 2) for x in row[k][2]]}")
        for k in ("yoxla_stopped", "hugo_stopped"):
            if k in row:
                print(f"         {k}: {row[k]}")
        if "yoxla_bytes" in row:
            print(f"         output: yoxla {row['yoxla_bytes'] / 1e6:.0f} MB in {row['yoxla_files']} files; "
                  f"cards and search off {row.get('lean_bytes', 0) / 1e6:.0f} MB in {row.get('lean_files', 0)} files"
                  + (f"; Hugo {row['hugo_bytes'] / 1e6:.0f} MB in {row['hugo_files']} files" if "hugo_bytes" in row else ""))
        print(f"         cold: {row.get('stages', '')}")
        print(f"         warm: {row.get('warm_stages', '')}", flush=True)
        if n == 10_000:
            t, m, each = check_times(corpus(n, "yoxla"), args.check_runs)
            print(
                f"         yoxla check: {t:.2f} s, {m:.0f} MB   runs {[round(x, 2) for x in each]}",
                flush=True,
            )
            cold, warm, h = disk_build(n, 3, args.skip_hugo)
            print(f"         on disk ({DISK}): yoxla cold {cold:.2f} s, warm {warm:.2f} s"
                  + (f", Hugo {h:.2f} s (Hugo ÷ cold {h / cold:.2f}×, ÷ warm {h / warm:.1f}×)" if h else ""), flush=True)
            s, times, rebuilt = serve_rebuild(n, args.runs)
            print(f"         serve, one article saved → reload event: median {s * 1000:.0f} ms {[round(t * 1000) for t in times]}")
            for l in rebuilt:
                print(f"           {l}")
    # A profile of a cold build, at 10,000 articles at most (a profile of
    # 100,000 would take as long as the rest of the run).
    largest = max((r["n"] for r in rows if "cold" in r and r["n"] <= 10_000), default=None)
    if largest:
        print(f"\n# where the time goes, {largest} articles, cold")
        print(perf_profile(corpus(largest, "yoxla"), BASE / str(largest) / "out-yoxla"))

    def ratio(r, k):
        return f"{r['hugo'][0] / r[k][0]:.2f}×" if "hugo" in r and k in r else "–"

    def cell(r, k):
        return f"{r[k][0]:.2f} s, {r[k][1]:.0f} MB" if k in r else r.get("yoxla_stopped", "–")

    print("\n## Default configuration (share cards and search on)\n")
    print("| articles | cold (empty cache) | warm, nothing changed | warm, one article changed | Hugo | Hugo ÷ cold | Hugo ÷ warm | Hugo ÷ one changed | output | files |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        hugo = cell(r, "hugo") if "hugo" in r else r.get("hugo_stopped", "–")
        size = f"{r['yoxla_bytes'] / 1e6:,.0f} MB" if "yoxla_bytes" in r else "–"
        print(f"| {r['n']:,} | {cell(r, 'cold')} | {cell(r, 'warm')} | {cell(r, 'changed')} | {hugo} | "
              f"{ratio(r, 'cold')} | {ratio(r, 'warm')} | {ratio(r, 'changed')} | {size} | {r.get('yoxla_files', '–')} |")
    print("\n## Share cards and search off\n")
    print("| articles | yoxla | Hugo | Hugo ÷ yoxla | output | Hugo output |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        hugo = cell(r, "hugo") if "hugo" in r else r.get("hugo_stopped", "–")
        size = f"{r['lean_bytes'] / 1e6:,.0f} MB" if "lean_bytes" in r else "–"
        hsize = f"{r['hugo_bytes'] / 1e6:,.0f} MB" if "hugo_bytes" in r else "–"
        print(f"| {r['n']:,} | {cell(r, 'lean')} | {hugo} | {ratio(r, 'lean')} | {size} | {hsize} |")


if __name__ == "__main__":
    main()
