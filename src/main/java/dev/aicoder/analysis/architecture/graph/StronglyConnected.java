package dev.aicoder.analysis.architecture.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tarjan's strongly connected components, iterative so that deep graphs cannot overflow the stack. Only
 * components with more than one node (the ones that contain cycles) are returned, largest first.
 */
public final class StronglyConnected {

    private StronglyConnected() {
    }

    public static List<List<String>> cyclic(Digraph g) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = { 0 };
        for (String root : g.nodes()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Frame> work = new ArrayDeque<>();
            work.push(open(root, g, index, low, stack, onStack, counter));
            while (!work.isEmpty()) {
                Frame f = work.peek();
                if (f.next.hasNext()) {
                    String w = f.next.next();
                    if (!index.containsKey(w)) {
                        work.push(open(w, g, index, low, stack, onStack, counter));
                    } else if (onStack.contains(w)) {
                        low.put(f.node, Math.min(low.get(f.node), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek().node;
                    low.put(parent, Math.min(low.get(parent), low.get(f.node)));
                }
                if (low.get(f.node).equals(index.get(f.node))) {
                    List<String> component = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(f.node));
                    if (component.size() > 1) {
                        component.sort(Comparator.naturalOrder());
                        out.add(component);
                    }
                }
            }
        }
        out.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(c -> c.get(0)));
        return out;
    }

    private static Frame open(String n, Digraph g, Map<String, Integer> index, Map<String, Integer> low,
            Deque<String> stack, Set<String> onStack, int[] counter) {
        index.put(n, counter[0]);
        low.put(n, counter[0]);
        counter[0]++;
        stack.push(n);
        onStack.add(n);
        return new Frame(n, g.successors(n).iterator());
    }

    private record Frame(String node, Iterator<String> next) {
    }
}
