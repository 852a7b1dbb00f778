package dev.aicoder.analysis.security.taint.script;

import java.util.List;
import java.util.Map;

/**
 * Folds constant Python / JavaScript expressions (numbers, strings, booleans, known local constants, arithmetic,
 * comparison, logic) so that branches that can never run are skipped; null when not constant.
 */
final class ScriptConstants {

    private ScriptConstants() {
    }

    static Object fold(SNode n, Map<String, Object> consts) {
        switch (n.type) {
            case "integer", "number" -> {
                try {
                    return Long.parseLong(n.text().replace("_", ""));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            case "true" -> {
                return true;
            }
            case "false" -> {
                return false;
            }
            case "string" -> {
                for (SNode c : n.children) {
                    if (c.is("interpolation", "template_substitution")) {
                        return null;
                    }
                }
                String t = n.text();
                int q = Math.max(t.indexOf('"'), t.indexOf('\''));
                int start = Math.min(t.indexOf('"') < 0 ? q : t.indexOf('"'), t.indexOf('\'') < 0 ? q : t.indexOf('\''));
                if (start < 0 || t.length() < start + 2) {
                    return null;
                }
                char quote = t.charAt(start);
                int len = t.startsWith(String.valueOf(quote).repeat(3), start) ? 3 : 1;
                return t.length() >= start + 2 * len ? t.substring(start + len, t.length() - len) : null;
            }
            case "identifier" -> {
                return consts.get(n.text());
            }
            case "parenthesized_expression" -> {
                List<SNode> k = n.named();
                return k.size() == 1 ? fold(k.get(0), consts) : null;
            }
            case "not_operator" -> {
                return fold(n.field("argument"), consts) instanceof Boolean b ? !b : null;
            }
            case "unary_expression", "unary_operator" -> {
                SNode arg = n.field("argument") != null ? n.field("argument") : n.named().get(0);
                Object v = fold(arg, consts);
                String op = n.operator();
                if (op.equals("!")) {
                    return v instanceof Boolean b ? !b : null;
                }
                if (op.equals("-")) {
                    return v instanceof Long l ? -l : null;
                }
                return null;
            }
            case "boolean_operator", "binary_expression", "binary_operator" -> {
                String op = n.field("operator") != null ? n.field("operator").type : n.operator();
                return binary(op, fold(n.field("left"), consts), n.field("right"), consts);
            }
            case "comparison_operator" -> {
                List<SNode> parts = n.named();
                if (parts.size() != 2) {
                    return null;
                }
                return binary(n.operator(), fold(parts.get(0), consts), parts.get(1), consts);
            }
            default -> {
                return null;
            }
        }
    }

    private static Object binary(String op, Object l, SNode rightNode, Map<String, Object> consts) {
        if ((op.equals("and") || op.equals("&&")) && Boolean.FALSE.equals(l)) {
            return false;
        }
        if ((op.equals("or") || op.equals("||")) && Boolean.TRUE.equals(l)) {
            return true;
        }
        Object r = rightNode == null ? null : fold(rightNode, consts);
        if (l == null || r == null) {
            if ((op.equals("and") || op.equals("&&")) && Boolean.FALSE.equals(r)) {
                return false;
            }
            return null;
        }
        if (l instanceof Boolean a && r instanceof Boolean b) {
            return switch (op) {
                case "and", "&&" -> a && b;
                case "or", "||" -> a || b;
                case "==", "===" -> a.equals(b);
                case "!=", "!==" -> !a.equals(b);
                default -> null;
            };
        }
        if (l instanceof Long a && r instanceof Long b) {
            return switch (op) {
                case "+" -> a + b;
                case "-" -> a - b;
                case "*" -> a * b;
                case "//" -> Math.floorDiv(a, b);
                case "/" -> a % b == 0 ? a / b : null;
                case "%" -> a % b;
                case "==", "===" -> a.equals(b);
                case "!=", "!==" -> !a.equals(b);
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                case ">=" -> a >= b;
                default -> null;
            };
        }
        if (l instanceof String a && r instanceof String b) {
            return switch (op) {
                case "+" -> a + b;
                case "==", "===" -> a.equals(b);
                case "!=", "!==" -> !a.equals(b);
                default -> null;
            };
        }
        return null;
    }
}
