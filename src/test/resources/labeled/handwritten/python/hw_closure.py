# sast: vulnerable cwe=78
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    name = request.args["n"]

    def run():
        os.system("echo " + name)

    run()
    return "ok"
