# sast: vulnerable cwe=502
import base64, html, json, os, pickle, shlex, sqlite3
import ldap
import requests
from ldap.filter import escape_filter_chars
from lxml import etree
from urllib.parse import quote
from flask import Flask, request, session, redirect

app = Flask(__name__)
ALLOWED = {"alice", "bob"}
import yaml


@app.route("/x")
def handler():
    bar = request.get_data()
    return str(yaml.load(bar, Loader=yaml.Loader))
