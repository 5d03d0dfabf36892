"""Shared by the command-line, render and kiosk test scripts: running the
binary with a timeout, and counting checks that print ok/FAIL lines."""
import subprocess


def run(cmd, timeout=120, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout, **kw)


class Checker:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def __call__(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failures.append(name)
            print(f"FAIL {name}: {detail}")

    def finish(self):
        print(f"{self.passed} passed, {len(self.failures)} failed")
        return 1 if self.failures else 0
