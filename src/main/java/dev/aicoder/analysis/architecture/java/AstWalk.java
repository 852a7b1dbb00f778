package dev.aicoder.analysis.architecture.java;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

import com.github.javaparser.ast.Node;

/**
 * Pre-order traversal with an explicit stack: several times faster than {@code Node.walk} (which copies child
 * lists) and safe on very deep trees such as long string concatenations.
 */
final class AstWalk {

    private AstWalk() {
    }

    static void preorder(Node root, Consumer<Node> visitor) {
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            visitor.accept(n);
            List<Node> children = n.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }
}
