package dev.aicoder.analysis.quality.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Finds token sequences of at least {@code minTokens} that occur twice, across or within files. Window hashes of
 * {@link #K} tokens are winnowed (Schleimer et al., the MOSS algorithm): every match of {@code minTokens} or more
 * tokens is guaranteed to share a selected fingerprint, while only about {@code 2/(minTokens-K+2)} of the positions
 * are stored. Candidate pairs are then verified and extended token by token to maximal matches.
 */
final class DuplicateFinder {

    static final int K = 25;
    private static final long BASE = 1_000_003L;
    private static final int MAX_OCCURRENCES = 32;

    /** A maximal duplicated region: tokens {@code [aStart, aEnd)} of file a equal {@code [bStart, bEnd)} of b. */
    record Match(int a, int aStart, int aEnd, int b, int bStart, int bEnd) {
        int length() {
            return aEnd - aStart;
        }
    }

    private record Occurrence(int file, int pos) {
    }

    private DuplicateFinder() {
    }

    static List<Match> find(List<Tokens> files, int minTokens, BooleanSupplier cancelled) {
        int window = minTokens - K + 1;
        Map<Long, List<Occurrence>> fingerprints = new HashMap<>();
        for (int f = 0; f < files.size(); f++) {
            int file = f;
            winnow(files.get(f).ids(), window, pos -> fingerprints.computeIfAbsent(hash(files.get(file).ids(), pos),
                    h -> new ArrayList<>(2)).add(new Occurrence(file, pos)));
        }
        List<Match> matches = new ArrayList<>();
        Map<Long, List<Match>> byPair = new HashMap<>();
        for (List<Occurrence> occ : fingerprints.values()) {
            if (occ.size() < 2 || occ.size() > MAX_OCCURRENCES) {
                continue;
            }
            if (cancelled.getAsBoolean()) {
                break;
            }
            for (int i = 0; i < occ.size(); i++) {
                for (int j = i + 1; j < occ.size(); j++) {
                    Match m = extend(files, occ.get(i), occ.get(j));
                    if (m != null && m.length() >= minTokens && !known(byPair, m)) {
                        byPair.computeIfAbsent(((long) m.a() << 32) | m.b(), k -> new ArrayList<>()).add(m);
                        matches.add(m);
                    }
                }
            }
        }
        return matches;
    }

    private static boolean known(Map<Long, List<Match>> byPair, Match m) {
        for (Match k : byPair.getOrDefault(((long) m.a() << 32) | m.b(), List.of())) {
            if (k.aStart() == m.aStart() && k.bStart() == m.bStart()) {
                return true;
            }
        }
        return false;
    }

    /** Extends a fingerprint hit in both directions; orders the pair so that a comes first. */
    private static Match extend(List<Tokens> files, Occurrence x, Occurrence y) {
        Occurrence p = x.file() < y.file() || x.file() == y.file() && x.pos() < y.pos() ? x : y;
        Occurrence q = p == x ? y : x;
        int[] a = files.get(p.file()).ids();
        int[] b = files.get(q.file()).ids();
        if (!equal(a, p.pos(), b, q.pos(), K)) {
            return null; // hash collision
        }
        int back = 0;
        while (p.pos() - back > 0 && q.pos() - back > 0 && a[p.pos() - back - 1] == b[q.pos() - back - 1]) {
            back++;
        }
        int limit = p.file() == q.file() ? q.pos() - back : Integer.MAX_VALUE;
        int end = K;
        while (p.pos() + end < a.length && q.pos() + end < b.length && p.pos() + end < limit
                && a[p.pos() + end] == b[q.pos() + end]) {
            end++;
        }
        if (p.file() == q.file() && p.pos() + end > q.pos() - back) {
            return null; // overlapping repetition inside one file (e.g. a table of zeros)
        }
        int[] la = files.get(p.file()).lines();
        int[] lb = files.get(q.file()).lines();
        int start = -back;
        while (start < end && (!lineStart(la, p.pos() + start) || !lineStart(lb, q.pos() + start))) {
            start++; // begin with whole lines, not the tail of the previous statement
        }
        while (end > start && (!lineEnd(la, p.pos() + end - 1) || !lineEnd(lb, q.pos() + end - 1))) {
            end--;
        }
        return new Match(p.file(), p.pos() + start, p.pos() + end, q.file(), q.pos() + start, q.pos() + end);
    }

    private static boolean lineStart(int[] lines, int i) {
        return i == 0 || lines[i - 1] != lines[i];
    }

    private static boolean lineEnd(int[] lines, int i) {
        return i == lines.length - 1 || lines[i + 1] != lines[i];
    }

    private static boolean equal(int[] a, int i, int[] b, int j, int n) {
        for (int k = 0; k < n; k++) {
            if (a[i + k] != b[j + k]) {
                return false;
            }
        }
        return true;
    }

    private static long hash(int[] ids, int pos) {
        long h = 0;
        for (int k = 0; k < K; k++) {
            h = h * BASE + ids[pos + k];
        }
        return h;
    }

    /** Calls {@code select} with the position of each window minimum (rightmost on ties), once per change. */
    private static void winnow(int[] ids, int window, java.util.function.IntConsumer select) {
        int count = ids.length - K + 1;
        if (count <= 0) {
            return;
        }
        long[] hashes = new long[count];
        long power = 1;
        for (int k = 0; k < K - 1; k++) {
            power *= BASE;
        }
        long h = hash(ids, 0);
        hashes[0] = h;
        for (int i = 1; i < count; i++) {
            h = (h - ids[i - 1] * power) * BASE + ids[i + K - 1];
            hashes[i] = h;
        }
        Deque<Integer> mins = new ArrayDeque<>();
        int last = -1;
        for (int i = 0; i < count; i++) {
            while (!mins.isEmpty() && hashes[mins.peekLast()] >= hashes[i]) {
                mins.pollLast();
            }
            mins.addLast(i);
            if (mins.peekFirst() <= i - window) {
                mins.pollFirst();
            }
            if (i >= Math.min(window, count) - 1 && mins.peekFirst() != last) {
                last = mins.peekFirst();
                select.accept(last);
            }
        }
    }
}
