# sast: vulnerable cwe=611
import base64, html, json, os, pickle, shlex, sqlite3
import ldap
import requests
from ldap.filter import escape_filter_chars
from lxml import etree
from urllib.parse import quote
from flask import Flask, request, session, redirect

app = Flask(__name__)
ALLOWED = {"alice", "bob"}


@app.route("/fstring")
def handler():
    param = request.args.get("name")
    bar = f"{param}"
    doc = etree.fromstring(bar, parser=etree.XMLParser(resolve_entities=True))
    return doc.tag


def decorate(p):
    return "[" + p + "]"


def constant(p):
    return "constant"
