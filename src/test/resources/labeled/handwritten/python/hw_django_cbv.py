# sast: vulnerable cwe=89
from django.db import connection
from django.http import JsonResponse
from django.views import View


class ProductSearch(View):
    def get(self, request):
        q = request.GET.get("q", "")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, name FROM product WHERE name LIKE '%{q}%'")
            return JsonResponse({"rows": cursor.fetchall()})
