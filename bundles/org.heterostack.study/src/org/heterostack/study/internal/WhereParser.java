package org.heterostack.study.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@code --where} expression into SQL over the index: comparisons {@code column OP value} with
 * {@code = == != <> < <= > >=}, joined by {@code and}, {@code or}, {@code not} and parentheses, e.g.
 * {@code pce > 20 and spacer = PEA}. Text compares without regard to case; a number compares numerically. Values
 * become bound parameters, never SQL text.
 */
public final class WhereParser {

    private static final Pattern TOKEN = Pattern.compile("\\s*(?:(?<op><=|>=|==|!=|<>|=|<|>)|(?<paren>[()])"
            + "|'(?<sq>[^']*)'|\"(?<dq>[^\"]*)\"|(?<word>[^\\s()<>=!'\"]+))");

    private record Token(String text, boolean quoted, boolean operator, int position) {
    }

    private final List<Token> tokens = new ArrayList<>();
    private final Function<String, String> columns;
    private final Function<String, String> numbers;
    private final List<Object> parameters = new ArrayList<>();
    private final String source;
    private int next;

    private WhereParser(String source, Function<String, String> columns, Function<String, String> numbers) {
        this.source = source;
        this.columns = columns;
        this.numbers = numbers;
    }

    /**
     * @param expression the expression
     * @param columns    the SQL expression of a column's text; throws IllegalArgumentException for unknown names
     * @param numbers    the SQL expression of a column's number (NULL where the value is not a number)
     * @param parameters receives the values to bind, in order
     * @return the SQL condition
     * @throws IllegalArgumentException naming the position and what was expected
     */
    public static String sql(String expression, Function<String, String> columns, Function<String, String> numbers,
            List<Object> parameters) {
        WhereParser parser = new WhereParser(expression, columns, numbers);
        parser.tokenize();
        String sql = parser.or();
        if (parser.next < parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.next).text() + "'");
        }
        parameters.addAll(parser.parameters);
        return sql;
    }

    private void tokenize() {
        Matcher matcher = TOKEN.matcher(source);
        int position = 0;
        while (position < source.length() && !source.substring(position).isBlank()) {
            if (!matcher.find(position) || matcher.start() != position) {
                throw new IllegalArgumentException("--where: cannot read '" + source.substring(position).strip()
                        + "' at position " + (position + 1));
            }
            String quoted = matcher.group("sq") != null ? matcher.group("sq") : matcher.group("dq");
            String text = quoted != null ? quoted : matcher.group("op") != null ? matcher.group("op")
                    : matcher.group("paren") != null ? matcher.group("paren") : matcher.group("word");
            int start = matcher.start();
            while (Character.isWhitespace(source.charAt(start))) {
                start++;
            }
            tokens.add(new Token(text, quoted != null, matcher.group("op") != null, start + 1));
            position = matcher.end();
        }
    }

    private String or() {
        String left = and();
        while (keyword("or")) {
            left = "(" + left + " OR " + and() + ")";
        }
        return left;
    }

    private String and() {
        String left = unary();
        while (keyword("and")) {
            left = "(" + left + " AND " + unary() + ")";
        }
        return left;
    }

    private String unary() {
        if (keyword("not")) {
            return "NOT " + unary();
        }
        if (symbol("(")) {
            String inner = or();
            if (!symbol(")")) {
                throw error("expected ')'");
            }
            return "(" + inner + ")";
        }
        return comparison();
    }

    private String comparison() {
        Token column = take("a column name");
        if (column.operator() || column.quoted()) {
            throw error("expected a column name, found '" + column.text() + "'", column);
        }
        String expression = columns.apply(column.text());
        Token operator = take("an operator after '" + column.text() + "'");
        if (!operator.operator()) {
            throw error("expected an operator (= != < <= > >=) after '" + column.text() + "'", operator);
        }
        Token value = take("a value after '" + column.text() + " " + operator.text() + "'");
        Double number = value.quoted() ? null : CanonicalValues.parseNumber(value.text());
        String op = switch (operator.text()) {
            case "==" -> "=";
            case "<>" -> "!=";
            default -> operator.text();
        };
        if (number != null) {
            parameters.add(number);
            return numbers.apply(column.text()) + " " + op + " ?";
        }
        if (!op.equals("=") && !op.equals("!=")) {
            throw error(operator.text() + " needs a number, not '" + value.text() + "'", value);
        }
        parameters.add(value.text());
        return "(" + expression + " " + op + " ? COLLATE NOCASE)";
    }

    private boolean keyword(String word) {
        if (next < tokens.size() && !tokens.get(next).quoted()
                && tokens.get(next).text().toLowerCase(Locale.ROOT).equals(word)) {
            next++;
            return true;
        }
        return false;
    }

    private boolean symbol(String symbol) {
        if (next < tokens.size() && !tokens.get(next).quoted() && tokens.get(next).text().equals(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    private Token take(String expected) {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("--where: expected " + expected + " at the end of '" + source + "'");
        }
        return tokens.get(next++);
    }

    private IllegalArgumentException error(String message) {
        return next < tokens.size() ? error(message, tokens.get(next))
                : new IllegalArgumentException("--where: " + message + " at the end of '" + source + "'");
    }

    private static IllegalArgumentException error(String message, Token at) {
        return new IllegalArgumentException("--where: " + message + " at position " + at.position());
    }
}
