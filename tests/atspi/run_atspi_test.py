#!/usr/bin/python3
"""The accessibility tree is real: drives facturos-account from outside through AT-SPI, then checks the server.

Builds a private desktop-less session and tears it down again, whatever happens:
  - its own D-Bus session bus, Xvfb display, AT-SPI bus (at-spi-bus-launcher; the registry daemon is
    activated on it) and an unlocked gnome-keyring (the app stores its refresh token there);
  - the reference server on 127.0.0.1:0 with the demo fixture and an in-memory database;
  - tests/atspi/record-url as the browser (BROWSER for Qt, x-scheme-handler for xdg-open);
  - the real facturos-account on xcb with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 and a temporary --profile.
Then runs qa_profile_phone.py, a separate process that uses only pyatspi (and the scripted browser for the
sign-in page): sign in, change the phone number, save, read the confirmation, check docs/automation.md's names
and roles against the tree, quit through the Account menu. Finally checks that the app wrote only into its
--profile folder, and asks the server, with a token from the standard OAuth client's own PKCE sign-in, whether
it holds the new phone number.

  run_atspi_test.py --app BIN --server BIN --fixture FILE [--standard-client PY] [--doc MD] [--keep]

Exit code 0 on success, 1 with the failing step, and the logs of the app and the server, on stderr.
"""

import argparse
import ctypes
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import scripted_browser  # noqa: E402

PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi and python3-authlib
PHONE_TYPED = "06 11 22 33 44"
PHONE_E164 = "+33611223344"
STEP_TIMEOUT = 20  # seconds for any one step; ctest's TIMEOUT is well above the sum
MARKER = "FACTUROS_ATSPI_RUN"
PR_SET_CHILD_SUBREAPER = 36
# What a desktop session would leak into the app and change where it looks for a bus, a display or a browser.
SCRUBBED = ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "AT_SPI_BUS_ADDRESS", "DEFAULT_BROWSER",
            "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
            "GNOME_DESKTOP_SESSION_ID", "SESSION_MANAGER", "QT_QPA_PLATFORM", "QT_QPA_PLATFORMTHEME",
            "QT_ACCESSIBILITY", "NO_AT_BRIDGE", "XAUTHORITY", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK")


class TestFailure(Exception):
    """A step failed; the message names it."""


def step(text):
    print(f"atspi-test: {text}", file=sys.stderr, flush=True)


def require(condition, message):
    if not condition:
        raise TestFailure(message)


def read_line(stream, timeout, what):
    """One line from a child's pipe within `timeout` s."""
    ready, _, _ = select.select([stream], [], [], timeout)
    line = stream.readline().decode(errors="replace").strip() if ready else ""
    require(line, f"{what} printed nothing within {timeout} s")
    return line


def wait_until(what, probe, timeout=STEP_TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if probe():
            return
        time.sleep(0.05)
    raise TestFailure(f"timed out after {timeout} s waiting for {what}")


class Session:
    """The processes of one run, each stopped by its own id at the end (and any they left behind)."""

    def __init__(self, scratch):
        self.scratch = scratch
        self.children = []  # (name, Popen), in start order
        self.env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
        self.env[MARKER] = scratch  # lets stop() find what D-Bus activated for us (at-spi2-registryd)

    def path(self, *parts):
        return os.path.join(self.scratch, *parts)

    def start(self, name, command, env=None, **kwargs):
        log = open(self.path(f"{name}.log"), "wb")
        process = subprocess.Popen(command, env=env or self.env, stdin=kwargs.pop("stdin", subprocess.DEVNULL),
                                   stdout=kwargs.pop("stdout", log), stderr=log, **kwargs)
        log.close()
        self.children.append((name, process))
        return process

    def check_alive(self, name, process):
        code = process.poll()
        require(code is None, f"{name} exited early with code {code}")

    def tail(self, name, lines=40):
        try:
            with open(self.path(f"{name}.log"), encoding="utf-8", errors="replace") as log:
                return "".join(log.readlines()[-lines:])
        except OSError:
            return "(no log)"

    def bus_has(self, name):
        answer = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                                 "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
                                env=self.env, capture_output=True, text=True, timeout=5)
        return "boolean true" in answer.stdout

    def stop(self):
        for name, process in reversed(self.children):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    step(f"{name} ignored SIGTERM; killing it")
                    process.kill()
                    process.wait()
        # What D-Bus activated on our buses (at-spi2-registryd outlives them) carries our marker; as our
        # orphans it comes back to us (subreaper), so it is reaped here rather than left as a zombie.
        for sig, grace in ((signal.SIGTERM, 3), (signal.SIGKILL, 2)):
            for pid in self.marked_pids():
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
            deadline = time.monotonic() + grace
            while self.marked_pids() and time.monotonic() < deadline:
                self.reap()
                time.sleep(0.05)
        self.reap()
        left = self.marked_pids()
        if left:
            step(f"could not stop processes {left}")

    @staticmethod
    def reap():
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return

    def marked_pids(self):
        tag = f"{MARKER}={self.scratch}".encode()
        found = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit() or int(entry) == os.getpid():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as stat:
                    if stat.read().rsplit(b")", 1)[-1].split()[0] == b"Z":
                        continue  # already dead, waiting to be reaped
                with open(f"/proc/{entry}/environ", "rb") as environ:
                    if tag in environ.read().split(b"\0"):
                        found.append(int(entry))
            except OSError:
                continue
        return found


def check_prerequisites():
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "dbus-send", "gnome-keyring-daemon")
               if shutil.which(tool) is None]
    if not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        missing.append("/usr/libexec/at-spi-bus-launcher (Debian at-spi2-core)")
    if subprocess.run([PYTHON, "-c", "import pyatspi"], capture_output=True).returncode != 0:
        missing.append("pyatspi for /usr/bin/python3 (Debian python3-pyatspi)")
    require(not missing, "missing: " + ", ".join(missing) + " — scripts/setup installs them")


def start_session(s):
    os.makedirs(s.path("runtime"), mode=0o700)
    os.makedirs(s.path("home"))
    s.env.update(HOME=s.path("home"), XDG_RUNTIME_DIR=s.path("runtime"), XDG_CACHE_HOME=s.path("cache"),
                 LANG="C.UTF-8", NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    s.env.update(scripted_browser.browser_environment(s.scratch, s.path("browser-urls.txt"),
                                                      os.path.join(HERE, "record-url")))

    bus = s.start("dbus", ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE)
    s.env["DBUS_SESSION_BUS_ADDRESS"] = read_line(bus.stdout, STEP_TIMEOUT, "dbus-daemon")

    display_read, display_write = os.pipe()
    xvfb = s.start("xvfb", ["Xvfb", "-displayfd", str(display_write), "-screen", "0", "1280x1024x24",
                            "-nolisten", "tcp"], pass_fds=(display_write,))
    os.close(display_write)
    with os.fdopen(display_read, "rb") as display:
        s.env["DISPLAY"] = ":" + read_line(display, STEP_TIMEOUT, "Xvfb")
    s.check_alive("xvfb", xvfb)

    launcher = s.start("atspi", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    wait_until("the AT-SPI bus (org.a11y.Bus) on the session bus", lambda: s.bus_has("org.a11y.Bus"))
    s.check_alive("atspi", launcher)

    keyring = s.start("keyring", ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                      stdin=subprocess.PIPE)
    keyring.stdin.write(b"facturos-atspi")  # the new login keyring's password; unlocked from the start
    keyring.stdin.close()
    wait_until("gnome-keyring (org.freedesktop.secrets) on the session bus",
               lambda: s.bus_has("org.freedesktop.secrets"))
    step(f"session ready: display {s.env['DISPLAY']}, private D-Bus, AT-SPI bus, keyring")


def start_server(s, binary, fixture):
    server = s.start("server", [binary, "--listen", "127.0.0.1:0", "--database", ":memory:", "--fixture", fixture],
                     stdout=subprocess.PIPE)
    url = read_line(server.stdout, STEP_TIMEOUT, "facturos-account-server")
    require(url.startswith("http://127.0.0.1:"), f"the server's first line is not its URL: {url!r}")
    step(f"server on {url}")
    return url


def start_app(s, binary, url):
    env = dict(s.env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    app = s.start("app", [binary, "--server", url, "--profile", s.path("profile"), "--lang", "en"], env=env)
    step(f"facturos-account started (pid {app.pid})")
    return app


def server_phone(s, url, standard_client):
    """The demo account's phone as the server holds it, read with a token from a separate standard client."""
    token = subprocess.run([PYTHON, standard_client, url, "--print-token"], env=s.env, capture_output=True,
                           text=True, timeout=60)
    require(token.returncode == 0 and token.stdout.strip(),
            f"the standard OAuth client could not sign in: {token.stderr.strip()[-500:]}")
    request = urllib.request.Request(url + "/v1/account/profile",
                                     headers={"Authorization": "Bearer " + token.stdout.strip()})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=STEP_TIMEOUT) as answer:
        return json.load(answer).get("phone")


def check_profile_only(s):
    """--profile DIR keeps all of the app's settings and caches: nothing else appeared in HOME or the XDG folders
    (the session's own files aside: the keyring's, and the browser handler this script wrote)."""
    ours = {"xdg-config/mimeapps.list", f"xdg-data/applications/{scripted_browser.HANDLER}"}
    stray = []
    for top in ("home", "cache", "xdg-config", "xdg-data"):
        for folder, _, files in os.walk(s.path(top)):
            for name in files:
                relative = os.path.relpath(os.path.join(folder, name), s.scratch)
                if relative not in ours and not relative.startswith("xdg-data/keyrings/"):
                    stray.append(relative)
    require(not stray, f"files written outside --profile: {', '.join(sorted(stray))}")
    settings = os.listdir(s.path("profile"))
    require(settings == ["facturos-account.ini"], f"the profile folder holds {settings}")
    with open(s.path("profile", "facturos-account.ini"), encoding="utf-8") as ini:
        text = ini.read()
    require("section=personal" in text and "geometry=" in text,
            f"the profile's settings lack the section or the window geometry:\n{text}")
    step("the app kept its settings in --profile and wrote nothing to HOME or the XDG folders")


def run(s, args):
    check_prerequisites()
    start_session(s)
    url = start_server(s, args.server, args.fixture)
    app = start_app(s, args.app, url)

    qa = subprocess.run([PYTHON, os.path.join(HERE, "qa_profile_phone.py"), "--pid", str(app.pid),
                         "--browser-log", s.env["FACTUROS_BROWSER_LOG"], "--phone", PHONE_TYPED,
                         "--timeout", str(STEP_TIMEOUT), "--doc", args.doc], env=s.env, timeout=6 * STEP_TIMEOUT)
    require(qa.returncode == 0, "the AT-SPI driver failed (see its lines above)")
    try:  # the driver ends with Account › Quit
        code = app.wait(timeout=STEP_TIMEOUT)
    except subprocess.TimeoutExpired as error:
        raise TestFailure(f"the app did not quit within {STEP_TIMEOUT} s of Account › Quit") from error
    require(code == 0, f"the app exited with code {code} after Account › Quit")
    check_profile_only(s)

    after = server_phone(s, url, args.standard_client)
    require(after == PHONE_E164, f"the server holds phone {after!r}, expected {PHONE_E164}")
    step(f"the server holds {after}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="the facturos-account binary")
    parser.add_argument("--server", required=True, help="the facturos-account-server binary")
    parser.add_argument("--fixture", required=True, help="the demo fixture")
    parser.add_argument("--standard-client", default=os.path.join(HERE, "..", "standard-client",
                                                                  "oauth_standard_client.py"))
    parser.add_argument("--doc", default=os.path.join(HERE, "..", "..", "docs", "automation.md"))
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (logs, profile)")
    args = parser.parse_args()

    # ctest's timeout and Ctrl-C end the run through the same clean-up as a failure.
    def interrupted(signum, _frame):
        raise TestFailure(f"interrupted by signal {signum}")

    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGINT, interrupted)
    # Orphans of our children (D-Bus-activated daemons) become ours, so stop() can reap them.
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    started = time.monotonic()
    scratch = tempfile.mkdtemp(prefix="facturos-atspi-")
    session = Session(scratch)
    code = 0
    try:
        run(session, args)
        step(f"PASSED in {time.monotonic() - started:.1f} s")
    except (TestFailure, subprocess.TimeoutExpired, OSError) as error:
        print(f"atspi-test FAILED: {error}", file=sys.stderr)
        for name in ("app", "server"):
            print(f"--- last lines of the {name}'s log ---\n{session.tail(name)}", file=sys.stderr)
        code = 1
    finally:
        session.stop()
        if args.keep:
            step(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
