#!/usr/bin/python3
"""A standard OAuth 2.0 client that knows nothing of Facturos completes the sign-in against the server.

Given only the issuer URL it discovers the endpoints (RFC 8414) and validates the metadata with authlib,
builds the authorization request with authlib (PKCE S256, its own code_verifier and state), acts as the
browser with requests (login page, form, 302 to a real loopback listener, RFC 8252), exchanges the code,
reads the profile with the access token, refreshes (checking rotation) and revokes (RFC 7009).

  oauth_standard_client.py ISSUER_URL                      run the whole flow against a running server
  oauth_standard_client.py --server BINARY [--fixture F]   start BINARY on 127.0.0.1:0, run, stop it
  oauth_standard_client.py ISSUER_URL --print-token        sign in and print only the access token

Credentials: --email/--password, default the demo account. Exits 1 with a message on any failure.
Uses Debian's python3-authlib and python3-requests: run it with /usr/bin/python3.
"""

import argparse
import http.server
import os
import select
import subprocess
import sys
import threading
import urllib.parse
from html.parser import HTMLParser

import requests
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from authlib.oauth2.rfc8414 import AuthorizationServerMetadata, get_well_known_url

CLIENT_ID = "facturos-desktop"
DEMO_EMAIL = "demo@facturos.test"
DEMO_PASSWORD = "Facturos-demo-2026"
TIMEOUT = 15


class FlowError(Exception):
    """A step of the flow did not go as a standard client expects."""


def check(condition, message):
    if not condition:
        raise FlowError(message)


def step(text):
    print(f"- {text}", file=sys.stderr, flush=True)


class FormParser(HTMLParser):
    """Collects every <form> with its method, action and named controls (input, button, select, textarea)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._form = None
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self._form = {"action": a.get("action", ""), "method": a.get("method", "get").lower(),
                          "fields": [], "types": {}, "submit": None}
            self.forms.append(self._form)
            return
        if self._form is None:
            return
        name = a.get("name")
        if tag == "input" and name is not None:
            kind = a.get("type", "text").lower()
            self._form["types"][name] = kind
            if kind in ("submit", "image", "button", "reset"):
                if kind == "submit" and self._form["submit"] is None:
                    self._form["submit"] = (name, a.get("value", ""))
            elif kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._form["fields"].append((name, a.get("value", "on")))
            else:
                self._form["fields"].append((name, a.get("value", "")))
        elif tag == "button" and name is not None and a.get("type", "submit").lower() == "submit":
            if self._form["submit"] is None:
                self._form["submit"] = (name, a.get("value", ""))
        elif tag == "select" and name is not None:
            self._select = {"name": name, "value": None}
        elif tag == "option" and self._select is not None:
            if self._select["value"] is None or "selected" in a:
                self._select["value"] = a.get("value", "")
        elif tag == "textarea" and name is not None:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select" and self._select is not None and self._form is not None:
            self._form["fields"].append((self._select["name"], self._select["value"] or ""))
            self._select = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            self._form["fields"].append(tuple(self._textarea))
            self._textarea = None


class LoopbackListener:
    """The redirect target of a native app (RFC 8252 §7.3): 127.0.0.1 on an ephemeral port, one request."""

    def __init__(self):
        self.received = None
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                listener.received = self.path
                body = b"<!doctype html><title>Signed in</title><p>You can close this window.</p>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def redirect_uri(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}/callback"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def discover(issuer):
    url = get_well_known_url(issuer, external=True)
    response = requests.get(url, timeout=TIMEOUT, allow_redirects=False)
    check(response.status_code == 200, f"GET {url}: HTTP {response.status_code}")
    check(response.headers.get("Content-Type", "").startswith("application/json"),
          f"GET {url}: Content-Type {response.headers.get('Content-Type')!r}, expected application/json")
    metadata = AuthorizationServerMetadata(response.json())
    # Plain HTTP is acceptable on loopback only (RFC 8252 §8.3); authlib insists on https otherwise.
    loopback = urllib.parse.urlsplit(issuer).hostname in ("127.0.0.1", "::1", "localhost")
    if loopback:
        os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"
    try:
        metadata.validate()
    except ValueError as error:
        raise FlowError(f"invalid authorization server metadata: {error}") from error
    # RFC 8414 §3.3: the issuer in the document must be the one the client started from.
    check(metadata["issuer"].rstrip("/") == issuer.rstrip("/"),
          f"metadata issuer {metadata['issuer']!r} differs from {issuer!r}")
    check("S256" in metadata.get("code_challenge_methods_supported", []), "S256 PKCE is not announced")
    check(metadata.get("revocation_endpoint"), "no revocation_endpoint announced")
    return metadata


def pick_login_form(html):
    parser = FormParser()
    parser.feed(html)
    for form in parser.forms:
        if any(kind == "password" for kind in form["types"].values()):
            return form
    raise FlowError("the login page has no form with a password field")


def browser_sign_in(authorization_url, listener, email, password):
    """Does what a user does in the system browser; returns the URL the listener received."""
    browser = requests.Session()
    browser.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; standard-client-test) Firefox/115.0"
    page = browser.get(authorization_url, timeout=TIMEOUT, allow_redirects=False)
    check(page.status_code == 200, f"GET authorization endpoint: HTTP {page.status_code}: {page.text[:300]}")
    check(page.headers.get("Content-Type", "").startswith("text/html"), "the login page is not text/html")
    form = pick_login_form(page.text)
    check(form["method"] == "post", f"the login form uses {form['method'].upper()}, expected POST")

    fields = [(name, value) for name, value in form["fields"] if name not in ("email", "password")]
    email_field = next((n for n, t in form["types"].items() if t == "email"), "email")
    password_field = next(n for n, t in form["types"].items() if t == "password")
    fields += [(email_field, email), (password_field, password)]
    if form["submit"]:
        fields.append(form["submit"])
    action = urllib.parse.urljoin(page.url, form["action"] or page.url)
    response = browser.post(action, data=fields, timeout=TIMEOUT, allow_redirects=False)
    if response.status_code == 200 and response.headers.get("Content-Type", "").startswith("text/html"):
        raise FlowError(f"POST {action}: the login page came back instead of a redirect (sign-in refused)")
    check(response.status_code in (302, 303),
          f"POST {action}: HTTP {response.status_code}, expected a redirect: {response.text[:300]}")
    location = response.headers.get("Location", "")
    check(location.startswith(listener.redirect_uri + "?"),
          f"redirected to {location.split('?')[0]!r}, expected {listener.redirect_uri}")
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))
    check("error" not in query, f"the server answered error={query.get('error')}")

    # The browser really follows the redirect to the app's listener.
    followed = browser.get(location, timeout=TIMEOUT, allow_redirects=False)
    check(followed.status_code == 200, f"loopback listener answered HTTP {followed.status_code}")
    check(listener.received is not None, "the loopback listener received nothing")
    return "http://127.0.0.1:%d%s" % (listener.server.server_address[1], listener.received)


def sign_in(issuer, email, password):
    """Discovery, authorization request, browser, code exchange; returns (client, metadata, token)."""
    metadata = discover(issuer)
    step(f"discovered {len(metadata)} metadata fields; endpoints announced by the issuer")
    listener = LoopbackListener()
    try:
        client = OAuth2Session(CLIENT_ID, redirect_uri=listener.redirect_uri, code_challenge_method="S256",
                               token_endpoint_auth_method="none")
        code_verifier = generate_token(64)
        authorization_url, state = client.create_authorization_url(metadata["authorization_endpoint"],
                                                                   code_verifier=code_verifier)
        step("authorization URL built by authlib (S256, state)")
        callback = browser_sign_in(authorization_url, listener, email, password)
        step("browser signed in; loopback listener received the redirect")
    finally:
        listener.close()
    # RFC 9207 mix-up defence, when the server announces it: the response names the issuer we started from.
    if metadata.get("authorization_response_iss_parameter_supported"):
        iss = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(callback).query)).get("iss", "")
        check(iss.rstrip("/") == metadata["issuer"].rstrip("/"), f"authorization response iss {iss!r} is not the issuer")
    # authlib checks the state against the one it generated before using the code.
    token = client.fetch_token(metadata["token_endpoint"], authorization_response=callback, state=state,
                               code_verifier=code_verifier)
    check(token.get("access_token") and token.get("refresh_token"), "the token response lacks a token")
    check(str(token.get("token_type", "")).lower() == "bearer", f"token_type {token.get('token_type')!r}")
    step(f"code exchanged: access token valid {token.get('expires_in')} s, refresh token received")
    return client, metadata, token


def full_flow(issuer, email, password):
    client, metadata, token = sign_in(issuer, email, password)
    profile_url = issuer.rstrip("/") + "/v1/account/profile"

    response = client.get(profile_url, timeout=TIMEOUT)
    check(response.status_code == 200, f"GET /v1/account/profile: HTTP {response.status_code}: {response.text[:300]}")
    check(response.json().get("email", "").lower() == email.lower(), "the profile is not the signed-in user's")
    step("GET /v1/account/profile with the bearer token: 200, own profile")

    first_refresh = token["refresh_token"]
    refreshed = client.refresh_token(metadata["token_endpoint"], refresh_token=first_refresh)
    check(refreshed.get("access_token") and refreshed["access_token"] != token["access_token"],
          "refresh did not issue a new access token")
    check(refreshed.get("refresh_token") and refreshed["refresh_token"] != first_refresh,
          "the refresh token did not rotate")
    response = client.get(profile_url, timeout=TIMEOUT)
    check(response.status_code == 200, f"profile with the refreshed token: HTTP {response.status_code}")
    step("refreshed with authlib: new access token works, refresh token rotated")

    response = client.revoke_token(metadata["revocation_endpoint"], token=refreshed["refresh_token"],
                                   token_type_hint="refresh_token")
    check(response.status_code == 200, f"revocation: HTTP {response.status_code}: {response.text[:300]}")
    response = requests.get(profile_url, timeout=TIMEOUT,
                            headers={"Authorization": "Bearer " + refreshed["access_token"]})
    check(response.status_code == 401, f"access token after revoking its session: HTTP {response.status_code}")
    check(response.headers.get("WWW-Authenticate", "").lower().startswith("bearer"),
          "401 without a Bearer WWW-Authenticate challenge")
    try:
        client.refresh_token(metadata["token_endpoint"], refresh_token=refreshed["refresh_token"])
    except Exception as error:  # authlib raises OAuthError for the RFC 6749 error response
        check("invalid_grant" in str(error), f"refresh after revocation failed oddly: {error}")
    else:
        raise FlowError("the revoked refresh token still works")
    step("revoked (RFC 7009): the session's tokens no longer work")


def start_server(binary, fixture):
    command = [binary, "--listen", "127.0.0.1:0", "--database", ":memory:"]
    if fixture:
        command += ["--fixture", fixture]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
    ready, _, _ = select.select([process.stdout], [], [], 20)
    line = process.stdout.readline().decode().strip() if ready else ""
    if not line.startswith("http"):
        process.kill()
        process.wait()
        raise FlowError(f"the server did not print its URL (got {line!r}, exit code {process.poll()})")
    return process, line


def stop_server(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("issuer", nargs="?", help="issuer URL of a running authorization server")
    parser.add_argument("--server", help="start this facturos-account-server binary on 127.0.0.1:0")
    parser.add_argument("--fixture", help="fixture for --server")
    parser.add_argument("--email", default=DEMO_EMAIL)
    parser.add_argument("--password", default=DEMO_PASSWORD)
    parser.add_argument("--print-token", action="store_true",
                        help="only sign in and print the access token on stdout (nothing else goes there)")
    args = parser.parse_args()
    if bool(args.issuer) == bool(args.server):
        parser.error("give either ISSUER_URL or --server BINARY")

    process = None
    try:
        issuer = args.issuer
        if args.server:
            process, issuer = start_server(args.server, args.fixture)
            step(f"server started at {issuer}")
        if args.print_token:
            _, _, token = sign_in(issuer, args.email, args.password)
            print(token["access_token"], flush=True)
        else:
            full_flow(issuer, args.email, args.password)
            print("standard OAuth client: discovery, PKCE sign-in, API call, refresh and revocation passed")
        return 0
    except (FlowError, requests.RequestException, ValueError, KeyError) as error:
        print(f"standard OAuth client FAILED: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # authlib's OAuthError and anything unexpected: still one clear line
        print(f"standard OAuth client FAILED: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        if process:
            stop_server(process)


if __name__ == "__main__":
    sys.exit(main())
