#!/usr/bin/env python3
"""Command-line contract tests: bad flags, bad files, JSON outputs. Each bad
input must give a clear one-line message on stderr and a non-zero exit."""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Checker, run  # noqa: E402



def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--deepcore", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    dc = args.deepcore
    check = Checker()

    r = run([dc, "--help"])
    check("help", r.returncode == 0 and "--screenshot" in r.stdout and "--peel" in r.stdout, r.stderr)
    r = run([dc, "--version"])
    check("version", r.returncode == 0 and r.stdout.startswith("deepcore "), r.stdout + r.stderr)

    r = run([dc, "--no-such-flag"])
    check("bad_flag", r.returncode == 2 and "no-such-flag" in r.stderr and r.stdout == "", r.stderr)
    r = run([dc, "--screenshot", os.path.join(args.out, "x.png"), "--size", "banana"])
    check("bad_size", r.returncode == 2 and "banana" in r.stderr, r.stderr)
    r = run([dc, "--screenshot", os.path.join(args.out, "x.png"), "--view", "sideways"])
    check("bad_view", r.returncode == 2 and "sideways" in r.stderr, r.stderr)
    r = run([dc, "--screenshot", os.path.join(args.out, "x.png"), "--peel", "9"])
    check("bad_peel", r.returncode == 2 and "--peel" in r.stderr, r.stderr)
    r = run([dc, "--screenshot", os.path.join(args.out, "x.png"), "--select", "not_a_structure"])
    check("bad_select", r.returncode == 2 and "not_a_structure" in r.stderr, r.stderr)

    missing = os.path.join(args.out, "does_not_exist.glb")
    r = run([dc, "--model", missing, "--list-structures"])
    check("missing_model", r.returncode != 0 and missing in r.stderr and len(r.stderr.strip().splitlines()) == 1,
          r.stderr)
    corrupt = os.path.join(args.out, "corrupt.glb")
    with open(corrupt, "wb") as f:
        f.write(b"glTF\x02\x00\x00\x00garbage that is not a model" * 10)
    r = run([dc, "--model", corrupt, "--screenshot", os.path.join(args.out, "c.png")])
    check("corrupt_model", r.returncode != 0 and corrupt in r.stderr, r.stderr)
    r = run([dc, "--model", args.out, "--list-structures"])
    check("directory_as_model", r.returncode != 0 and "directory" in r.stderr, r.stderr)

    r = run([dc, "--screenshot", "/proc/deepcore/forbidden.png", "--size", "64x64"])
    check("unwritable_screenshot", r.returncode != 0 and "/proc/deepcore/forbidden.png" in r.stderr, r.stderr)

    r = run([dc, "--list-structures"])
    ok = r.returncode == 0
    if ok:
        doc = json.loads(r.stdout)
        s = doc["structures"]
        ids = {x["id"] for x in s}
        need = {"skin", "psoas_major_left", "psoas_major_right", "iliacus_left", "femoral_nerve_right", "l5_vertebra",
                "sacrum", "urinary_bladder", "abdominal_aorta"}
        ok = need <= ids and all({"id", "name", "layer", "system", "side", "triangles", "bbox", "centroid"} <= x.keys()
                                 for x in s)
    check("list_structures", ok, r.stderr[:300])

    obj = os.path.join(args.out, "plain.obj")
    with open(obj, "w") as f:
        f.write("o thing\nv 0 0 0\nv 0.1 0 0\nv 0 0.1 0\nv 0 0 0.1\nf 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n")
    r = run([dc, "--model", obj, "--list-structures"])
    check("foreign_obj_loads", r.returncode == 0 and json.loads(r.stdout)["structures"][0]["id"] == "thing",
          r.stderr)

    # A bad configuration file: the headless modes name the file and line and exit 2.
    bad_cfg = os.path.join(args.out, "bad.toml")
    with open(bad_cfg, "w") as f:
        f.write("[viewer]\npeel = 12\n")
    r = run([dc, "--config", bad_cfg, "--list-structures"])
    check("bad_config", r.returncode == 2 and f"{bad_cfg}:2:" in r.stderr and "peel" in r.stderr, r.stderr)
    r = run([dc, "--config", os.path.join(args.out, "missing.toml"), "--list-structures"])
    check("missing_config", r.returncode == 2 and "missing.toml" in r.stderr, r.stderr)
    good_cfg = os.path.join(args.out, "good.toml")
    with open(good_cfg, "w") as f:
        f.write("[viewer]\npeel = 4\nview = \"left\"\n")
    r = run([dc, "--config", good_cfg, "--report", "visibility", "--size", "320x200"])
    ok = r.returncode == 0 and json.loads(r.stdout)["peel"] == 4 and json.loads(r.stdout)["view"] == "left"
    check("config_applies", ok, r.stdout[:200] + r.stderr)

    # Annotations: the shipped set validates; a broken file is named with its line.
    r = run([dc, "--validate-annotations", os.path.join(args.source, "annotations")])
    check("validate_shipped_annotations", r.returncode == 0 and r.stdout == "", r.stdout[:500] + r.stderr[:300])
    bad_dir = os.path.join(args.out, "bad-annotations")
    os.makedirs(bad_dir, exist_ok=True)
    with open(os.path.join(bad_dir, "psoas_major.toml"), "w") as f:
        f.write('name = "Psoas major"\nlayer = "deep"\n')
    r = run([dc, "--validate-annotations", bad_dir])
    check("validate_bad_annotations", r.returncode == 1 and "psoas_major.toml:2:" in r.stdout, r.stdout[:500])

    # Labels in a screenshot change the image.
    plain, labelled = os.path.join(args.out, "plain.png"), os.path.join(args.out, "labelled.png")
    r1 = run([dc, "--screenshot", plain, "--size", "640x400", "--peel", "4"])
    r2 = run([dc, "--screenshot", labelled, "--size", "640x400", "--peel", "4", "--labels",
              "--select", "psoas_major_left"])
    check("labels_screenshot", r1.returncode == 0 and r2.returncode == 0 and
          open(plain, "rb").read() != open(labelled, "rb").read(), r1.stderr + r2.stderr)

    # The benchmark prints its figures as JSON.
    r = run([dc, "--bench", "--frames", "5", "--size", "320x200"])
    ok = r.returncode == 0
    if ok:
        b = json.loads(r.stdout)
        ok = {"load_ms", "first_frame_ms", "frame_ms", "cpu_ms_per_frame", "draw_calls", "triangles",
              "peak_rss_mb"} <= b.keys() and {"p50", "p95", "p99"} <= b["frame_ms"].keys() and b["triangles"] > 0
    check("bench_json", ok, r.stdout[:300] + r.stderr[:300])
    # Start-up restarts the program once with glibc's huge-page tunable where
    # the kernel offers transparent huge pages; DEEPCORE_NO_HUGE_PAGES keeps
    # the 4 KiB pages. Either way the run works and says which it had.
    thp = open("/sys/kernel/mm/transparent_hugepage/enabled").read() if os.path.exists(
        "/sys/kernel/mm/transparent_hugepage/enabled") else "[never]"
    env_plain = {k: v for k, v in os.environ.items() if k != "GLIBC_TUNABLES"}
    on = run([dc, "--bench", "--frames", "2", "--size", "160x100"], env=env_plain)
    off = run([dc, "--bench", "--frames", "2", "--size", "160x100"], env=dict(env_plain, DEEPCORE_NO_HUGE_PAGES="1"))
    ok = on.returncode == 0 and off.returncode == 0
    if ok:
        ok = json.loads(on.stdout)["huge_pages"] == ("[never]" not in thp) and not json.loads(off.stdout)["huge_pages"]
    check("bench_huge_pages_restart", ok, on.stdout[-200:] + on.stderr[:300] + off.stderr[:300])
    r = run([dc, "--bench", "--frames", "2", "--model", missing])
    check("bench_missing_model", r.returncode == 1 and missing in r.stderr, r.stderr)
    # The viewer shows the built-in model when --model fails, and keeps running
    # (it loads the model while its window opens).
    p = subprocess.Popen([dc, "--model", missing, "--size", "320x200"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    try:
        p.wait(timeout=6)
        alive = False
    except subprocess.TimeoutExpired:
        alive = True
        p.terminate()
    out, err = p.communicate(timeout=30)
    check("viewer_missing_model_falls_back", alive and p.returncode == 0 and missing in err and
          "first frame" in err, err[-600:])
    r = run([dc, "--bench", "--frames", "0"])
    check("bench_bad_frames", r.returncode == 2 and "--frames" in r.stderr, r.stderr)

    # The binary model cache: the first start writes it, the second reads it
    # and lists the same model; a damaged cache is ignored and rewritten.
    cache_home = os.path.join(args.out, "cache-home")
    shutil.rmtree(cache_home, ignore_errors=True)
    env = dict(os.environ, XDG_CACHE_HOME=cache_home)
    first = run([dc, "--list-structures"], env=env)
    cached = glob.glob(os.path.join(cache_home, "deepcore", "*.atlas"))
    second = run([dc, "--list-structures"], env=env)
    check("model_cache_written_and_read", first.returncode == 0 and len(cached) == 1 and second.returncode == 0 and
          second.stdout == first.stdout, f"{cached} {second.stderr[:300]}")
    if cached:
        with open(cached[0], "r+b") as f:
            f.seek(200)
            f.write(b"\xff" * 64)
    third = run([dc, "--list-structures"], env=env)
    check("damaged_model_cache_ignored", third.returncode == 0 and third.stdout == first.stdout, third.stderr[:300])

    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
