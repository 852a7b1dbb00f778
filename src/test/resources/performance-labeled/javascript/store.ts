import { promises as fsp, readFileSync } from 'fs';

interface Item { id: string; price: number; tags: string[] }

export async function loadAll(ids: string[], repo: Repo): Promise<Item[]> {
  const out: Item[] = [];
  for (const id of ids) {
    out.push(await repo.findById(id)); // expect: js.perf.await-in-loop
  }
  return out;
}

export async function loadAllFast(ids: string[], repo: Repo): Promise<Item[]> {
  return Promise.all(ids.map((id) => repo.findById(id)));
}

export async function config(path: string): Promise<string> {
  return fsp.readFile(path, 'utf8');
}

export const defaults: string = readFileSync('defaults.json', 'utf8');

export function total(items: Item[]): number {
  let sum = 0;
  for (const i of items) {
    sum += i.price;
  }
  return sum;
}

export function cheapest(items: Item[], ids: string[]): Item[] {
  const result: Item[] = [];
  for (const id of ids) {
    const found = items.find((i) => i.id === id); // expect: js.perf.lookup-in-loop
    if (found) result.push(found);
  }
  return result;
}

export function merge(pages: Item[][]): Item[] {
  return pages.reduce((acc, p) => [...acc, ...p], [] as Item[]); // expect: js.perf.spread-accumulator
}

export function copy(item: Item): Item {
  return structuredClone(item);
}
