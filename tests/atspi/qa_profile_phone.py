#!/usr/bin/python3
"""An outside QA script: drives a running facturos-account through the accessibility tree (AT-SPI, pyatspi).

It knows the app only as a process on the accessibility bus and its widgets only by accessible name and role,
as docs/automation.md lists them: it presses "Sign in with Facturos", completes the browser sign-in that the
app opened (scripted_browser), picks "Personal information" in the sidebar, types a new phone number in the
phone field, presses Save and reads the confirmation; with --doc, checks the document's names and roles
against the tree (doc_check); then quits through Account › Quit. Every wait has a timeout and a message that
says what did not appear. Exit code 0 on success, 1 with the reason on stderr.

  qa_profile_phone.py --pid PID --browser-log FILE [--phone "06 11 22 33 44"] [--doc MD] [--timeout S]

Needs the app started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on an X display (xcb), and DISPLAY and
DBUS_SESSION_BUS_ADDRESS of that session (tests/atspi/run_atspi_test.py sets them up). Run it with
/usr/bin/python3 (Debian's python3-pyatspi).
"""

import argparse
import os
import sys
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import doc_check  # noqa: E402  (next to this file)
import scripted_browser  # noqa: E402

SAVED = "Your changes were saved."
XK_END = 0xFF57
XK_BACKSPACE = 0xFF08


class QaError(Exception):
    """A step failed; the message is what a QA engineer needs to read."""


def step(text):
    print(f"qa: {text}", file=sys.stderr, flush=True)


APP_PID = None  # set by main(): every wait stops early when the app is gone


def app_running():
    try:
        with open(f"/proc/{APP_PID}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return False


def wait_until(what, probe, timeout):
    """Polls `probe` until it returns something truthy; QaError naming `what` after `timeout` s."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        if APP_PID is not None and not app_running():
            raise QaError(f"the app (pid {APP_PID}) exited while waiting for {what}")
        try:
            value = probe()
            if value:
                return value
        except Exception as error:  # a node that went away between two calls: look again
            last_error = error
        time.sleep(0.1)
    detail = f" (last error: {last_error})" if last_error else ""
    raise QaError(f"timed out after {timeout:g} s waiting for {what}{detail}")


def states(node):
    return node.getState()


def is_showing(node):
    return states(node).contains(pyatspi.STATE_SHOWING)


def find(root, role, name, showing=True):
    """The first descendant of `root` (breadth first) with this role and accessible name.

    With `showing`, hidden subtrees (other pages, closed panels) are skipped, as a user would not see them."""
    queue = [root]
    while queue:
        node = queue.pop(0)
        if node is None:
            continue
        if showing and node is not root and not is_showing(node):
            continue
        if node.getRole() == role and node.name == name:
            return node
        queue.extend(node[i] for i in range(node.childCount))
    return None


def find_app(pid, timeout):
    def probe():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == pid:
                return app
        return None

    return wait_until(f"process {pid} on the accessibility bus (was it started with "
                      "QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on xcb?)", probe, timeout)


def press(node):
    """Runs the node's "Press" action, as a screen reader's activate command does."""
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == "Press":
            action.doAction(i)
            return
    raise QaError(f"{node.getRoleName()} {node.name!r} has no Press action")


def click(node):
    """A synthetic left click at the node's centre (X test events through the AT-SPI registry)."""
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    if box.width <= 0 or box.height <= 0:
        raise QaError(f"{node.getRoleName()} {node.name!r} has no area on screen to click")
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, pyatspi.MOUSE_B1C)


def text_of(node):
    return node.queryText().getText(0, -1)


def type_into(field, text, timeout):
    """Clicks into the field, clears it with End and BackSpace and types `text` as key presses."""
    click(field)
    wait_until(f"keyboard focus in {field.name!r}", lambda: states(field).contains(pyatspi.STATE_FOCUSED), timeout)
    pyatspi.Registry.generateKeyboardEvent(XK_END, None, pyatspi.KEY_SYM)
    for _ in range(len(text_of(field))):
        pyatspi.Registry.generateKeyboardEvent(XK_BACKSPACE, None, pyatspi.KEY_SYM)
    wait_until(f"{field.name!r} to be empty", lambda: text_of(field) == "", timeout)
    pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)
    wait_until(f"{field.name!r} to read {text!r}", lambda: text_of(field) == text, timeout)


def run(args):
    timeout = args.timeout
    app = find_app(args.pid, timeout)
    step(f"found {app.name!r} (pid {args.pid}) on the accessibility bus")

    sign_in = wait_until("the push button 'Sign in with Facturos'",
                         lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Sign in with Facturos"), timeout)
    urls_before = len(scripted_browser.recorded_urls(args.browser_log))
    press(sign_in)
    url = scripted_browser.wait_for_url(args.browser_log, urls_before, timeout)
    step("pressed 'Sign in with Facturos'; the app opened the browser on the sign-in page")
    status = scripted_browser.sign_in(url, args.email, args.password, timeout)
    step(f"signed in through the scripted browser (the app's listener answered HTTP {status})")

    sections = wait_until("the sidebar list 'Sections' after sign-in",
                          lambda: find(app, pyatspi.ROLE_LIST, "Sections"), timeout)
    personal = wait_until("the sidebar item 'Personal information'",
                          lambda: find(sections, pyatspi.ROLE_LIST_ITEM, "Personal information", showing=False),
                          timeout)
    click(personal)
    page = wait_until("the page 'Personal information' to show",
                      lambda: find(app, pyatspi.ROLE_FILLER, "Personal information"), timeout)
    step("chose 'Personal information' in the sidebar")

    phone = wait_until("the text field 'Phone number' holding the saved number",
                       lambda: (lambda n: n if n and text_of(n) else None)(
                           find(page, pyatspi.ROLE_TEXT, "Phone number")), timeout)
    before = text_of(phone)
    step(f"phone field shows {before!r}")
    if before.replace(" ", "") == args.phone.replace(" ", ""):
        raise QaError(f"the phone field already shows {before!r}: the test could not tell a save happened")
    type_into(phone, args.phone, timeout)
    step(f"typed {args.phone!r}")

    save = find(page, pyatspi.ROLE_PUSH_BUTTON, "Save the changes")
    if save is None:
        raise QaError("no push button 'Save the changes' on the page")
    wait_until("'Save the changes' to become enabled",
               lambda: states(save).contains(pyatspi.STATE_ENABLED), timeout)
    press(save)
    step("pressed 'Save the changes'")
    wait_until(f"the label {SAVED!r}", lambda: find(page, pyatspi.ROLE_LABEL, SAVED), timeout)
    step(f"the page reads {SAVED!r}; phone field now {text_of(phone)!r}")

    if args.doc:
        # A section's page is built the first time it shows: open each one, as a user walking the sidebar would.
        for i in range(sections.childCount):
            item = sections[i]
            if item is None or item.getRole() != pyatspi.ROLE_LIST_ITEM:
                continue
            click(item)
            wait_until(f"the page {item.name!r} to show",
                       lambda: find(app, pyatspi.ROLE_FILLER, item.name), timeout)
        click(personal)
        wait_until("the page 'Personal information' to show again",
                   lambda: find(app, pyatspi.ROLE_FILLER, "Personal information"), timeout)
        step("opened every section in the sidebar, then Personal information again")
        # The tables describe the screens once their data is in (tab titles carry counts): give it time.
        deadline = time.monotonic() + timeout
        missing = doc_check.missing_rows(app, args.doc)
        while missing and time.monotonic() < deadline:
            time.sleep(0.2)
            app.clear_cache()  # names read before the data came (Qt 6.4 announces no tab title change)
            missing = doc_check.missing_rows(app, args.doc)
        if missing:
            raise QaError(f"{len(missing)} widget(s) of {args.doc} are not on the accessibility bus as written:\n  "
                          + "\n  ".join(missing))
        step("every documented widget of the main window's screens is on the bus with its name and role")

    quit_item = wait_until("the menu item 'Quit' (Account menu)",
                           lambda: find(app, pyatspi.ROLE_MENU_ITEM, "Quit", showing=False), timeout)
    press(quit_item)
    step("chose Account › Quit")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pid", type=int, required=True, help="process id of the running facturos-account")
    parser.add_argument("--browser-log", required=True, help="the file record-url writes the opened URLs to")
    parser.add_argument("--phone", default="06 11 22 33 44")
    parser.add_argument("--email", default=scripted_browser.DEMO_EMAIL)
    parser.add_argument("--password", default=scripted_browser.DEMO_PASSWORD)
    parser.add_argument("--timeout", type=float, default=20, help="seconds allowed for each step")
    parser.add_argument("--doc", help="also check this docs/automation.md's names and roles against the tree")
    args = parser.parse_args()
    global APP_PID
    APP_PID = args.pid
    try:
        run(args)
    except (QaError, scripted_browser.BrowserError) as error:
        print(f"qa FAILED: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # a D-Bus error from pyatspi (the app crashed or left the bus): one clear line
        print(f"qa FAILED: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print("qa: phone number changed and saved through the accessibility tree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
