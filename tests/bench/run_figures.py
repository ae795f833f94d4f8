#!/usr/bin/python3
"""Runs Import Desk's figures and their peers alternately and prints medians and ratios.

Called by tests/bench/run.sh with the build directory and the number of runs. Each pair of
programs runs in turns (ours, the peer, ours, ...) so that both see the same machine load;
times are wall-clock from process start, memory is the child's peak resident set (wait4).
"""
import os
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 9
SANDBOX_KEY = "AKIAIMPORTDESKSANDBOX"
SANDBOX_SECRET = "importdesk/sandbox/DEMO+secret/not-an-aws-key0"
SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
AWS = "/usr/bin/aws"  # Debian's AWS CLI v2, not one a Python environment put first on PATH


def program(name):
    path = os.path.join(BUILD, name)
    if not os.path.exists(path):
        path = os.path.join(BUILD, "tests", "bench", name)
    return path


def line(name, values, unit, digits=1):
    med = statistics.median(values)
    fmt = "%%.%df" % digits
    print("%s: %s %s (%s–%s, %d runs)" % (name, fmt % med, unit, fmt % min(values),
                                          fmt % max(values), len(values)), flush=True)
    return med


def run_measured(cmd, env):
    """Wall time in ms and peak RSS in MB of one run to completion."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    err = child.stderr.read(2000)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit("%s failed (%d): %s" % (cmd[0], child.returncode, err.decode(errors="replace")))
    return elapsed, usage.ru_maxrss / 1024


def time_to_marker(cmd, env, marker, timeout=20):
    """Milliseconds from process start until `marker` appears on its stderr."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([child.stderr], [], [], timeout)
            if not ready:
                sys.exit("%s did not show its window within %d s" % (cmd[0], timeout))
            chunk = os.read(child.stderr.fileno(), 4096)
            if not chunk:
                sys.exit("%s ended before showing its window: %s" % (cmd[0], seen[-500:]))
            seen += chunk
            if marker in seen:
                return (time.perf_counter() - start) * 1000
    finally:
        child.kill()
        child.wait()


def machine():
    model = ""
    with open("/proc/cpuinfo") as info:
        for text in info:
            if text.startswith("model name"):
                model = text.split(":", 1)[1].strip()
                break
    load = os.getloadavg()
    print("machine: %d cores (%s), load average %.1f at start, %s" %
          (os.cpu_count(), model, load[0], time.strftime("%Y-%m-%d")), flush=True)


def signature():
    print("\n# SigV4 signature (bench_sigv4; CPU time per signature)", flush=True)
    out = subprocess.run([program("bench_sigv4"), str(RUNS), "2000"], capture_output=True,
                         text=True, check=True).stdout
    print(out.strip(), flush=True)


def cli(workdir):
    print("\n# CLI: list the import jobs, process start to answer, against one sandbox",
          flush=True)
    sandbox = subprocess.Popen([program("importdesk-sandbox"), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               env=dict(os.environ, HOME=workdir))
    try:
        url = None
        deadline = time.time() + 20
        while url is None and time.time() < deadline:
            text = sandbox.stdout.readline().decode()
            found = re.search(r"(http://127\.0\.0\.1:\d+)", text)
            if found:
                url = found.group(1)
        if not url:
            sys.exit("the sandbox did not start")
        base = dict(os.environ, HOME=workdir, AWS_ACCESS_KEY_ID=SANDBOX_KEY,
                    AWS_SECRET_ACCESS_KEY=SANDBOX_SECRET, AWS_REGION="us-east-1",
                    AWS_PAGER="", AWS_CONFIG_FILE=os.path.join(workdir, "none"),
                    AWS_SHARED_CREDENTIALS_FILE=os.path.join(workdir, "none"))
        ours = [program("importdesk-cli"), "list", "--endpoint-url", url]
        peer = [AWS, "personalize", "list-dataset-import-jobs", "--endpoint-url", url,
                "--output", "json"]
        have_peer = os.path.exists(AWS)
        for bundle in (False, True):
            env = dict(base)
            label = "without AWS_CA_BUNDLE"
            if bundle:
                env["AWS_CA_BUNDLE"] = SYSTEM_BUNDLE
                label = "with AWS_CA_BUNDLE"
            times, peaks, peer_times, peer_peaks = [], [], [], []
            for _ in range(RUNS):
                t, m = run_measured(ours, env)
                times.append(t)
                peaks.append(m)
                if have_peer:
                    t, m = run_measured(peer, env)
                    peer_times.append(t)
                    peer_peaks.append(m)
            a = line("importdesk-cli list, %s" % label, times, "ms")
            line("importdesk-cli list, %s, peak memory" % label, peaks, "MB")
            if have_peer:
                b = line("aws personalize list-dataset-import-jobs, %s" % label, peer_times,
                         "ms")
                line("aws personalize list-dataset-import-jobs, %s, peak memory" % label,
                     peer_peaks, "MB")
                print("ratio aws / importdesk-cli, %s: %.1f×" % (label, b / a), flush=True)
            else:
                print("peer missing: %s (install Debian's awscli)" % AWS, flush=True)
    finally:
        sandbox.kill()
        sandbox.wait()


def window(workdir):
    print("\n# Window: process start to the first frame shown (offscreen)", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=workdir,
               XDG_RUNTIME_DIR=workdir, XDG_CONFIG_HOME=os.path.join(workdir, "config"),
               XDG_DATA_HOME=os.path.join(workdir, "data"),
               QT_LOGGING_RULES="importdesk.startup.info=true")
    marker = b"first frame shown"
    ours, peer = [], []
    time_to_marker([program("importdesk"), "--sandbox"], env, marker)  # creates the sandbox files
    for _ in range(RUNS):
        ours.append(time_to_marker([program("importdesk"), "--sandbox"], env, marker))
        peer.append(time_to_marker([program("bench_barewindow")], env, marker))
    a = line("importdesk --sandbox to first frame", ours, "ms")
    b = line("bare Qt Widgets window with a table to first frame", peer, "ms")
    print("ratio importdesk / bare window: %.2f× (goal ≤ 1.3×)" % (a / b), flush=True)


def history():
    print("\n# Start with 100,000 stored jobs beside an empty store (bench_startup)", flush=True)
    out = subprocess.run([program("bench_startup"), "--runs", str(max(3, RUNS // 2))],
                         capture_output=True, text=True, check=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout
    print(out.strip(), flush=True)


def main():
    machine()
    with tempfile.TemporaryDirectory(prefix="importdesk-bench-") as workdir:
        signature()
        cli(workdir)
        window(workdir)
        history()


if __name__ == "__main__":
    main()
