package org.heterostack.ui.study.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EMap;
import org.heterostack.model.Condition;
import org.heterostack.model.ConditionOperator;
import org.heterostack.model.HeterostackFactory;

/**
 * How the study page writes a constraint's conditions and an engine's settings as one line of text, and reads them
 * back: {@code spacer = BA and n <= 2} (an axis, one of {@code = != < <= > >=}, a value; joined by "and", since an
 * exclusion removes the candidates that meet all its conditions) and {@code key = value, key = value}.
 */
public final class StudyText {

    private static final Pattern CONDITION = Pattern.compile("\\s*([^\\s=!<>]+)\\s*(<=|>=|!=|=|<|>)\\s*(.*?)\\s*");
    private static final Map<String, ConditionOperator> OPERATORS = Map.of("=", ConditionOperator.EQUALS, "!=",
            ConditionOperator.NOT_EQUALS, "<", ConditionOperator.LESS, "<=", ConditionOperator.LESS_OR_EQUAL, ">",
            ConditionOperator.GREATER, ">=", ConditionOperator.GREATER_OR_EQUAL);

    private StudyText() {
    }

    /**
     * @param conditions an exclusion's conditions
     * @return e.g. {@code spacer = BA and n <= 2}
     */
    public static String conditions(List<Condition> conditions) {
        return conditions.stream().map(c -> c.getAxis() + " " + symbol(c.getOperator()) + " " + c.getValue())
                .collect(Collectors.joining(" and "));
    }

    /**
     * @param text conditions joined by "and"
     * @return new conditions
     * @throws IllegalArgumentException naming the part that is not a condition
     */
    public static List<Condition> conditions(String text) {
        List<Condition> conditions = new ArrayList<>();
        for (String part : text.strip().split("(?i)\\s+and\\s+")) {
            Matcher matcher = CONDITION.matcher(part);
            if (!matcher.matches() || matcher.group(3).isEmpty()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a condition such as 'n <= 2' or "
                        + "'spacer = BA'");
            }
            Condition condition = HeterostackFactory.eINSTANCE.createCondition();
            condition.setAxis(matcher.group(1));
            condition.setOperator(OPERATORS.get(matcher.group(2)));
            condition.setValue(matcher.group(3));
            conditions.add(condition);
        }
        return conditions;
    }

    private static String symbol(ConditionOperator operator) {
        return OPERATORS.entrySet().stream().filter(e -> e.getValue() == operator).map(Map.Entry::getKey)
                .findFirst().orElse(operator.getLiteral().toLowerCase(Locale.ROOT));
    }

    /**
     * @param settings an engine pin's settings
     * @return e.g. {@code temperatureK = 300, bandgapEv = 1.6}
     */
    public static String settings(EMap<String, String> settings) {
        return settings.stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * @param text settings as {@code key = value} separated by commas (empty: none)
     * @return the keys and values in order
     * @throws IllegalArgumentException naming the part that is not a setting
     */
    public static List<Map.Entry<String, String>> settings(String text) {
        List<Map.Entry<String, String>> settings = new ArrayList<>();
        if (text.isBlank()) {
            return settings;
        }
        for (String part : text.split(",")) {
            int equals = part.indexOf('=');
            if (equals <= 0 || part.substring(0, equals).isBlank() || part.substring(equals + 1).isBlank()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a setting such as 'temperatureK = "
                        + "300'");
            }
            settings.add(Map.entry(part.substring(0, equals).strip(), part.substring(equals + 1).strip()));
        }
        return settings;
    }
}
