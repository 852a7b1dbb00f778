import json
import re
import time
import asyncio
from functools import lru_cache

import requests

SKU = re.compile(r"^[A-Z]{3}-\d{4}$")


def order_totals(cursor, customer_ids):
    totals = {}
    for cid in customer_ids:
        cursor.execute("SELECT SUM(total) FROM orders WHERE customer_id = %s", (cid,))  # expect: python.perf.query-in-loop
        totals[cid] = cursor.fetchone()[0]
    return totals


def order_totals_batched(cursor, customer_ids):
    cursor.execute("SELECT customer_id, SUM(total) FROM orders WHERE customer_id = ANY(%s) GROUP BY 1",
                   (list(customer_ids),))
    return dict(cursor.fetchall())


def valid_skus(lines):
    count = 0
    for line in lines:
        if SKU.match(line):
            count += 1
    return count


def valid_skus_slow(lines):
    found = []
    for line in lines:
        pattern = re.compile(r"^[A-Z]{3}-\d{4}$")  # expect: python.perf.regex-compile-in-loop
        if pattern.match(line) and line not in found:  # expect: python.perf.list-membership-in-loop
            found.append(line)
    return found


def unique_customers(orders):
    seen = []
    for o in orders:
        if o.customer not in seen:  # expect: python.perf.list-membership-in-loop
            seen.append(o.customer)
    return seen


def unique_customers_fast(orders):
    seen = set()
    result = []
    for o in orders:
        if o.customer not in seen:
            seen.add(o.customer)
            result.append(o.customer)
    return result


def csv_line(values):
    line = ""
    for v in values:
        line += str(v) + ";"  # expect: python.perf.string-concat-in-loop
    return line


def sum_line(values):
    total = 0
    for v in values:
        total += v * 2
    return total


def enrich(repos):
    stars = {}
    for repo in repos:
        r = requests.get("https://api.github.com/repos/" + repo, timeout=5)  # expect: python.perf.http-in-loop
        stars[repo] = r.json()["stargazers_count"]
    return stars


async def notify(user):
    time.sleep(0.2)  # expect: python.perf.blocking-call-in-async
    await asyncio.sleep(0.1)
    return requests.post("https://hooks.example.com", json={"user": user})  # expect: python.perf.blocking-call-in-async


def notify_sync(user):
    time.sleep(0.2)
    return requests.post("https://hooks.example.com", json={"user": user})


def snapshot(state):
    return json.loads(json.dumps(state))  # expect: python.perf.json-round-trip


def parse(body):
    return json.loads(body)


@lru_cache(maxsize=None)  # expect: python.perf.unbounded-lru-cache
def tax_rate(country):
    return requests.get("https://tax.example.com/" + country, timeout=5).json()["rate"]


@lru_cache(maxsize=256)
def currency(country):
    return {"DE": "EUR", "US": "USD"}.get(country, "USD")


def has_refunds(orders):
    return any([o.refunded for o in orders])  # expect: python.perf.list-in-aggregate


def has_refunds_fast(orders):
    return any(o.refunded for o in orders)


def count_lines(path):
    n = 0
    with open(path) as f:
        for _ in f.readlines():  # expect: python.perf.readlines-iteration
            n += 1
    return n


def count_lines_fast(path):
    with open(path) as f:
        return sum(1 for _ in f)
