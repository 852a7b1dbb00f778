# sast: safe cwe=22
import re
from flask import Flask, abort, request, send_file

app = Flask(__name__)


@app.route("/report")
def report():
    name = request.args.get("name", "")
    if not re.fullmatch(r"[a-z0-9_]+", name):
        abort(400)
    return send_file("/srv/reports/" + name + ".pdf")
