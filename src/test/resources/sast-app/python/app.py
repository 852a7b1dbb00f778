import subprocess

import requests
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/convert")
def convert():
    name = request.args.get("file", "")
    subprocess.check_output("convert /srv/in/" + name + " /srv/out.png", shell=True)
    return send_file("/srv/in/" + name)


@app.route("/fetch")
def fetch():
    return requests.get(request.args["url"], timeout=5).text
