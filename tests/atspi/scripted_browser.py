#!/usr/bin/python3
"""Completes facturos-account's browser sign-in from a script, as the user's browser would.

The app opens the authorization URL through QDesktopServices, which runs xdg-open when it is installed and
$BROWSER otherwise. `browser_environment()` points both at tests/atspi/record-url, which only writes the URL
to a log file; `sign_in()` then plays the browser with urllib: GET the login page, POST the form with its
hidden fields plus e-mail and password, and follow the 302 to the app's loopback listener.

  scripted_browser.py --log FILE [--email E --password P] [--timeout S]
      signs in from the last URL recorded in FILE, waiting for one if there is none yet (demo account by
      default)

Standard library only (no pyatspi here), so any script can import it.
"""

import argparse
import http.cookiejar
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

DEMO_EMAIL = "demo@facturos.test"
DEMO_PASSWORD = "Facturos-demo-2026"
HANDLER = "facturos-record-url.desktop"


class BrowserError(Exception):
    """The sign-in did not go as a browser expects; the message says which step."""


def browser_environment(scratch, log_path, record_url):
    """Makes `record_url` the browser of any process started with the returned variables.

    Creates private XDG folders under `scratch` with an x-scheme-handler/http(s) entry (for xdg-open) and
    returns them with BROWSER (for Qt when xdg-open is absent) and FACTUROS_BROWSER_LOG."""
    config = os.path.join(scratch, "xdg-config")
    data = os.path.join(scratch, "xdg-data")
    os.makedirs(os.path.join(data, "applications"), exist_ok=True)
    os.makedirs(config, exist_ok=True)
    with open(os.path.join(data, "applications", HANDLER), "w", encoding="utf-8") as entry:
        entry.write("[Desktop Entry]\nType=Application\nName=Record URL (Facturos tests)\n"
                    f"Exec={record_url} %u\nMimeType=x-scheme-handler/http;x-scheme-handler/https;\n"
                    "NoDisplay=true\n")
    with open(os.path.join(config, "mimeapps.list"), "w", encoding="utf-8") as defaults:
        defaults.write(f"[Default Applications]\nx-scheme-handler/http={HANDLER}\n"
                       f"x-scheme-handler/https={HANDLER}\ntext/html={HANDLER}\n")
    return {"XDG_CONFIG_HOME": config, "XDG_DATA_HOME": data, "BROWSER": record_url,
            "FACTUROS_BROWSER_LOG": log_path}


def recorded_urls(log_path):
    try:
        with open(log_path, encoding="utf-8") as log:
            text = log.read()
    except FileNotFoundError:
        return []
    return [line for line in text.split("\n")[:-1] if line]  # only complete lines


def wait_for_url(log_path, count_before, timeout):
    """The first URL recorded after the `count_before` already there; BrowserError after `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        urls = recorded_urls(log_path)
        if len(urls) > count_before:
            return urls[count_before]
        time.sleep(0.05)
    raise BrowserError(f"the app did not open a browser within {timeout} s (nothing new in {log_path})")


class _LoginForm(HTMLParser):
    """The first <form> holding a password field: action, method and the named inputs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "form":
            self._current = {"action": a.get("action", ""), "method": a.get("method", "get").lower(), "inputs": []}
            self.forms.append(self._current)
        elif tag == "input" and self._current is not None and a.get("name"):
            self._current["inputs"].append((a["name"], a.get("type", "text").lower(), a.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None

    def login_form(self):
        for form in self.forms:
            if any(kind == "password" for _, kind, _ in form["inputs"]):
                return form
        return None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the 302 to the loopback listener is checked, then followed by hand


def sign_in(authorization_url, email=DEMO_EMAIL, password=DEMO_PASSWORD, timeout=15):
    """Plays the browser from the authorization URL to the app's listener; returns the listener's HTTP status."""
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(authorization_url).query))
    redirect_uri = query.get("redirect_uri", "")
    if not redirect_uri.startswith("http://127.0.0.1:"):
        raise BrowserError(f"the authorization URL has no loopback redirect_uri (got {redirect_uri!r})")
    # No proxy: everything here is on loopback.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect(),
                                         urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    try:
        with opener.open(authorization_url, timeout=timeout) as page:
            html = page.read().decode("utf-8", "replace")
            page_url = page.geturl()
    except urllib.error.HTTPError as error:
        raise BrowserError(f"login page: HTTP {error.code}") from error
    parser = _LoginForm()
    parser.feed(html)
    form = parser.login_form()
    if form is None or form["method"] != "post":
        raise BrowserError("the login page has no POST form with a password field")
    fields = []
    for name, kind, value in form["inputs"]:
        if kind == "email" or name == "email":
            fields.append((name, email))
        elif kind == "password":
            fields.append((name, password))
        elif kind not in ("submit", "button", "reset", "image", "checkbox", "radio"):
            fields.append((name, value))  # the hidden fields carry the authorization request
    action = urllib.parse.urljoin(page_url, form["action"] or page_url)
    body = urllib.parse.urlencode(fields).encode()
    try:
        with opener.open(urllib.request.Request(action, data=body, method="POST"), timeout=timeout) as answer:
            raise BrowserError(f"sign-in refused: the login page answered HTTP {answer.status} instead of a redirect")
    except urllib.error.HTTPError as error:
        if error.code not in (302, 303):
            raise BrowserError(f"login form: HTTP {error.code}") from error
        location = error.headers.get("Location", "")
    if not location.startswith(redirect_uri + "?"):
        raise BrowserError(f"redirected to {location.split('?')[0]!r}, expected the app's {redirect_uri}")
    if "error" in dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query)):
        raise BrowserError("the server redirected back with an error instead of a code")
    try:
        with opener.open(location, timeout=timeout) as callback:
            return callback.status
    except urllib.error.HTTPError as error:
        raise BrowserError(f"the app's loopback listener answered HTTP {error.code}") from error
    except urllib.error.URLError as error:
        raise BrowserError(f"the app's loopback listener could not be reached: {error.reason}") from error


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log", required=True, help="the FACTUROS_BROWSER_LOG file record-url writes to")
    parser.add_argument("--email", default=DEMO_EMAIL)
    parser.add_argument("--password", default=DEMO_PASSWORD)
    parser.add_argument("--timeout", type=float, default=60, help="seconds to wait for the app to open the browser")
    args = parser.parse_args()
    try:
        urls = recorded_urls(args.log)
        url = urls[-1] if urls else wait_for_url(args.log, 0, args.timeout)
        status = sign_in(url, args.email, args.password)
    except (BrowserError, OSError) as error:
        print(f"scripted browser: {error}", file=sys.stderr)
        return 1
    print(f"scripted browser: signed in; the app's listener answered HTTP {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
