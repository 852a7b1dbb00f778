# sast: vulnerable cwe=918
import httpx
from fastapi import FastAPI

api = FastAPI()


@api.get("/preview")
async def preview(url: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(url)
    return {"status": r.status_code}
