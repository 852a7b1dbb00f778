# sast: safe cwe=90
import base64, html, json, os, pickle, shlex, sqlite3
import ldap
import requests
from ldap.filter import escape_filter_chars
from lxml import etree
from urllib.parse import quote
from flask import Flask, request, session, redirect

app = Flask(__name__)
ALLOWED = {"alice", "bob"}


@app.route("/constbranch")
def handler():
    param = request.args.get("name")
    num = 86
    if (7 * 42) - num > 200:
        bar = "always"
    else:
        bar = param
    conn = ldap.initialize("ldap://ldap")
    conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")
    return "ok"


def decorate(p):
    return "[" + p + "]"


def constant(p):
    return "constant"
