# sast: safe cwe=89
from flask import Flask, request
from sqlalchemy import text

app = Flask(__name__)


@app.route("/user")
def user():
    name = request.args["name"]
    row = db.session.execute(text("SELECT * FROM users WHERE name = :n"), {"n": name}).first()
    return {"id": row.id if row else None}
