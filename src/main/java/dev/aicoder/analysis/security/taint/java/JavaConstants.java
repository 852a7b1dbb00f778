package dev.aicoder.analysis.security.taint.java;

import java.util.Map;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;

/**
 * Folds constant expressions (int, long, boolean, char and String literals, local constants and static finals,
 * arithmetic, comparison, logic, a few String methods) so that a branch that can never run is skipped.
 * Returns null for anything not constant.
 */
final class JavaConstants {

    private JavaConstants() {
    }

    static Object eval(Expression e, Map<String, Object> locals, Map<String, Object> fields) {
        try {
            return fold(e, locals, fields);
        } catch (ArithmeticException | ClassCastException ex) {
            return null;
        }
    }

    static Boolean condition(Expression e, Map<String, Object> locals, Map<String, Object> fields) {
        return eval(e, locals, fields) instanceof Boolean b ? b : null;
    }

    private static Object fold(Expression e, Map<String, Object> locals, Map<String, Object> fields) {
        if (e instanceof IntegerLiteralExpr i) {
            Number n = i.asNumber();
            return n instanceof Integer ? n : null;
        }
        if (e instanceof LongLiteralExpr l) {
            Number n = l.asNumber();
            return n.longValue();
        }
        if (e instanceof BooleanLiteralExpr b) {
            return b.getValue();
        }
        if (e instanceof StringLiteralExpr s) {
            return s.asString();
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return t.asString();
        }
        if (e instanceof CharLiteralExpr c) {
            return c.asChar();
        }
        if (e instanceof EnclosedExpr en) {
            return fold(en.getInner(), locals, fields);
        }
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            return locals.containsKey(name) ? locals.get(name) : fields.get(name);
        }
        if (e instanceof FieldAccessExpr f) {
            return fields.get(f.getNameAsString());
        }
        if (e instanceof UnaryExpr u) {
            Object v = fold(u.getExpression(), locals, fields);
            return switch (u.getOperator()) {
                case LOGICAL_COMPLEMENT -> v instanceof Boolean b ? !b : null;
                case MINUS -> v instanceof Integer i ? -i : v instanceof Long l ? -l : null;
                case PLUS -> v;
                default -> null;
            };
        }
        if (e instanceof ConditionalExpr c) {
            Object cond = fold(c.getCondition(), locals, fields);
            if (cond instanceof Boolean b) {
                return fold(b ? c.getThenExpr() : c.getElseExpr(), locals, fields);
            }
            return null;
        }
        if (e instanceof BinaryExpr b) {
            return binary(b, locals, fields);
        }
        if (e instanceof MethodCallExpr m && m.getScope().isPresent()) {
            Object scope = fold(m.getScope().get(), locals, fields);
            if (scope instanceof String s) {
                String name = m.getNameAsString();
                if (m.getArguments().isEmpty()) {
                    return switch (name) {
                        case "length" -> s.length();
                        case "isEmpty" -> s.isEmpty();
                        case "trim" -> s.trim();
                        case "toLowerCase" -> s.toLowerCase();
                        case "toUpperCase" -> s.toUpperCase();
                        default -> null;
                    };
                }
                Object arg = fold(m.getArgument(0), locals, fields);
                if (arg == null) {
                    return null;
                }
                return switch (name) {
                    case "equals" -> s.equals(arg);
                    case "equalsIgnoreCase" -> arg instanceof String a ? s.equalsIgnoreCase(a) : null;
                    case "startsWith" -> arg instanceof String a ? s.startsWith(a) : null;
                    case "endsWith" -> arg instanceof String a ? s.endsWith(a) : null;
                    case "contains" -> arg instanceof String a ? s.contains(a) : null;
                    case "charAt" -> arg instanceof Integer i && i >= 0 && i < s.length() ? s.charAt(i) : null;
                    default -> null;
                };
            }
        }
        return null;
    }

    private static Object binary(BinaryExpr b, Map<String, Object> locals, Map<String, Object> fields) {
        Object l = fold(b.getLeft(), locals, fields);
        // Short-circuit: `false && x` and `true || x` are constant whatever x is.
        if (b.getOperator() == BinaryExpr.Operator.AND && Boolean.FALSE.equals(l)) {
            return false;
        }
        if (b.getOperator() == BinaryExpr.Operator.OR && Boolean.TRUE.equals(l)) {
            return true;
        }
        Object r = fold(b.getRight(), locals, fields);
        if (l == null || r == null) {
            if (b.getOperator() == BinaryExpr.Operator.AND && Boolean.FALSE.equals(r)) {
                return false;
            }
            if (b.getOperator() == BinaryExpr.Operator.OR && Boolean.TRUE.equals(r)) {
                return true;
            }
            return null;
        }
        if (b.getOperator() == BinaryExpr.Operator.PLUS && (l instanceof String || r instanceof String)) {
            return String.valueOf(l) + r;
        }
        if (l instanceof Boolean x && r instanceof Boolean y) {
            return switch (b.getOperator()) {
                case AND -> x && y;
                case OR -> x || y;
                case EQUALS -> x.equals(y);
                case NOT_EQUALS -> !x.equals(y);
                case XOR -> x ^ y;
                default -> null;
            };
        }
        if (l instanceof Character c) {
            l = (int) c;
        }
        if (r instanceof Character c) {
            r = (int) c;
        }
        if (l instanceof Number x && r instanceof Number y && !(l instanceof Double) && !(r instanceof Double)) {
            boolean wide = l instanceof Long || r instanceof Long;
            long a = x.longValue();
            long c = y.longValue();
            Long v = switch (b.getOperator()) {
                case PLUS -> a + c;
                case MINUS -> a - c;
                case MULTIPLY -> a * c;
                case DIVIDE -> a / c;
                case REMAINDER -> a % c;
                default -> null;
            };
            if (v != null) {
                return wide ? v : (Object) (int) (long) v;
            }
            return switch (b.getOperator()) {
                case EQUALS -> a == c;
                case NOT_EQUALS -> a != c;
                case LESS -> a < c;
                case LESS_EQUALS -> a <= c;
                case GREATER -> a > c;
                case GREATER_EQUALS -> a >= c;
                default -> null;
            };
        }
        if (b.getOperator() == BinaryExpr.Operator.EQUALS && l instanceof String && r instanceof String) {
            return null; // reference comparison of strings: not folded
        }
        return null;
    }
}
