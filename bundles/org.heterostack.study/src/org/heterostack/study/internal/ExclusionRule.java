package org.heterostack.study.internal;

import java.util.List;

import org.heterostack.model.Condition;
import org.heterostack.model.ConditionOperator;
import org.heterostack.model.Exclusion;
import org.heterostack.study.StatePoint;
import org.heterostack.study.StudyException;

/** An {@link Exclusion} of the model, checked: it removes the candidates that meet all its conditions. */
public final class ExclusionRule {

    private record Test(String axis, ConditionOperator operator, String text, Double number) {
    }

    private final String name;
    private final List<Test> tests;

    private ExclusionRule(String name, List<Test> tests) {
        this.name = name;
        this.tests = tests;
    }

    /**
     * @param exclusion the rule as written
     * @param axisNames the names of the study's axes
     * @param where     the study, for messages
     * @return the checked rule
     * @throws StudyException when a condition names no axis or compares text with a number operator
     */
    public static ExclusionRule of(Exclusion exclusion, List<String> axisNames, String where) throws StudyException {
        String at = where + ", exclusion '" + (exclusion.getName() == null ? "" : exclusion.getName()) + "'";
        if (exclusion.getConditions().isEmpty()) {
            throw new StudyException(at + ": no conditions (it would exclude every candidate)");
        }
        List<Test> tests = new java.util.ArrayList<>();
        for (Condition condition : exclusion.getConditions()) {
            if (!axisNames.contains(condition.getAxis())) {
                throw new StudyException(at + ": no axis named '" + condition.getAxis() + "' (axes: " + axisNames + ")");
            }
            ConditionOperator operator = condition.isSetOperator() ? condition.getOperator() : ConditionOperator.EQUALS;
            String value = condition.getValue() == null ? "" : condition.getValue();
            Double number = CanonicalValues.parseNumber(value);
            boolean ordering = operator != ConditionOperator.EQUALS && operator != ConditionOperator.NOT_EQUALS;
            if (ordering && number == null) {
                throw new StudyException(at + ": " + operator.getLiteral() + " needs a number, not '" + value + "'");
            }
            tests.add(new Test(condition.getAxis(), operator, number != null ? CanonicalValues.number(number)
                    : value.strip(), number));
        }
        return new ExclusionRule(exclusion.getName(), List.copyOf(tests));
    }

    /** @return the rule's name (may be null) */
    public String name() {
        return name;
    }

    /**
     * @param point a candidate
     * @return whether every condition holds for it
     */
    public boolean excludes(StatePoint point) {
        for (Test test : tests) {
            if (!holds(test, point.value(test.axis()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Test test, String value) {
        if (value == null) {
            return false;
        }
        return switch (test.operator()) {
            case EQUALS -> value.equalsIgnoreCase(test.text());
            case NOT_EQUALS -> !value.equalsIgnoreCase(test.text());
            case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> compare(test, CanonicalValues.parseNumber(value));
        };
    }

    private static boolean compare(Test test, Double value) {
        if (value == null) {
            return false;
        }
        int sign = Double.compare(value, test.number());
        return switch (test.operator()) {
            case LESS -> sign < 0;
            case LESS_OR_EQUAL -> sign <= 0;
            case GREATER -> sign > 0;
            default -> sign >= 0;
        };
    }
}
