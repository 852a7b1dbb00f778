# sast: vulnerable cwe=78
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/cat")
def cat():
    name = request.values.get("f")
    return {"out": os.popen("cat /srv/logs/" + name).read()}
