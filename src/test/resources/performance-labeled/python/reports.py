import pandas as pd


def revenue(df):
    out = []
    for _, row in df.iterrows():  # expect: python.perf.dataframe-iterrows
        out.append(row["price"] * row["qty"])
    return out


def revenue_fast(df):
    return (df["price"] * df["qty"]).tolist()


def invoices(customers):
    result = []
    for c in customers:
        for inv in Invoice.objects.filter(customer=c):  # expect: python.perf.query-in-loop
            result.append(inv)
    return result


def invoices_fast(customers):
    return list(Invoice.objects.filter(customer__in=customers).select_related("customer"))


def cached_lookup(cache, keys):
    values = []
    for k in keys:
        values.append(cache.get(k))
    return values


def words(text, stop):
    kept = []
    for w in text.split():
        if w not in stop:
            kept.append(w)
    return kept


def render(rows):
    parts = []
    for r in rows:
        parts.append(f"<td>{r}</td>")
    return "".join(parts)
