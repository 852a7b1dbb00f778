import subprocess
from urllib.parse import quote

import requests
from flask import Flask, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)


@app.route("/convert")
def convert():
    name = secure_filename(request.args.get("file", ""))
    subprocess.check_output(["convert", "/srv/in/" + name, "/srv/out.png"])
    return send_file("/srv/in/" + name)


@app.route("/fetch")
def fetch():
    return requests.get("https://api.example.com/search?q=" + quote(request.args["url"]), timeout=5).text
