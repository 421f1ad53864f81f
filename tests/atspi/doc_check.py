"""Checks docs/automation.md's widget tables against the live accessibility tree (pyatspi).

tst_automationdoc keeps the tables identical to the widgets Qt describes in-process; this side checks that the
accessible names and roles written there are what an outside tool really finds on the AT-SPI bus. Only the
main window's screens are checked (dialogs are not open), and only widgets on the screen's default state.
"""

import re

import pyatspi

# Roles whose children are items (rows, cells, sidebar entries), not widgets: not walked.
ITEM_CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE}
ROW = re.compile(r"^\| (?P<object>[^|]+) \| (?P<name>(?:[^|\\]|\\\|)*) \| (?P<role>[^|]+) \| (?P<cls>[^|]+) \|$")


def documented_rows(doc_path, skip_screens=("Dialog: ",)):
    """(screen, objectName, name, role) for every table row of the generated part."""
    rows = []
    screen = None
    with open(doc_path, encoding="utf-8") as doc:
        inside = False
        for line in doc:
            line = line.rstrip("\n")
            if line.startswith("<!-- BEGIN widget tables"):
                inside = True
            elif line.startswith("<!-- END widget tables"):
                inside = False
            elif inside and line.startswith("### "):
                screen = line[4:]
            elif inside and screen and not screen.startswith(skip_screens):
                match = ROW.match(line)
                if match and match["object"] != "objectName":
                    name = match["name"].replace("\\|", "|")
                    rows.append((screen, match["object"].strip("`"), "" if name == "—" else name, match["role"]))
    return rows


def live_names(app):
    """Every (role name, accessible name) in the app's tree, hidden pages included."""
    found = set()
    stack = [app]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        try:
            role = node.getRole()
            found.add((node.getRoleName(), node.name))
            if role not in ITEM_CONTAINERS:
                stack.extend(node[i] for i in range(node.childCount))
        except Exception:  # a node that went away while walking: the rest still counts
            continue
    return found


def missing_rows(app, doc_path, state_dependent=()):
    """The documented rows absent from the live tree (context menus, on the bus only while open, left out)."""
    found = live_names(app)
    missing = []
    in_popup = False
    for screen, object_name, name, role in documented_rows(doc_path):
        # A context menu ("popup menu" row, then its items) is on the bus only while it is open.
        in_popup = role == "popup menu" or (in_popup and role == "menu item")
        if in_popup or object_name in state_dependent:
            continue
        if (role, name) not in found:
            missing.append(f"{screen}: {role} {name!r} ({object_name})")
    return missing
