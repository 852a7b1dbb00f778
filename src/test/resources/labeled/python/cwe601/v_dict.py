# sast: vulnerable cwe=601
import base64, html, json, os, pickle, shlex, sqlite3
import ldap
import requests
from ldap.filter import escape_filter_chars
from lxml import etree
from urllib.parse import quote
from flask import Flask, request, session, redirect

app = Flask(__name__)
ALLOWED = {"alice", "bob"}


@app.route("/dict")
def handler():
    param = request.args.get("name")
    d = {"k1": "safe", "k2": param}
    bar = d["k2"]
    return redirect(bar)


def decorate(p):
    return "[" + p + "]"


def constant(p):
    return "constant"
