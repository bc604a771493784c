package org.heterostack.engine.stability.internal.common;

/**
 * Stated uncertainty of a parameter, used by the sensitivity analysis to move the parameter to its low and high
 * plausible values.
 *
 * @param amount half-width of the uncertainty: in the parameter's unit for {@link Kind#ABSOLUTE}, in decades
 *        (powers of ten) for {@link Kind#DECADES}; 0 for {@link Kind#NONE}
 * @param kind how {@code amount} is applied
 */
public record Uncertainty(double amount, Kind kind) {

    /** How an uncertainty is applied to a value. */
    public enum Kind {
        /** Exactly known or a definition (no sensitivity analysis). */
        NONE,
        /** value +- amount (same unit as the value). */
        ABSOLUTE,
        /** value x 10^(+-amount). */
        DECADES
    }

    /** A parameter without stated uncertainty. */
    public static final Uncertainty NONE = new Uncertainty(0.0, Kind.NONE);

    /** Validates amount (finite, &gt;= 0; 0 exactly for NONE). */
    public Uncertainty {
        if (kind == null || !(amount >= 0) || !Double.isFinite(amount) || (kind == Kind.NONE) != (amount == 0)) {
            throw new StabilityException("uncertainty: amount must be finite and > 0 (0 only for NONE), got "
                    + amount + " " + kind);
        }
    }

    /** @return value +- amount */
    public static Uncertainty absolute(double amount) {
        return new Uncertainty(amount, Kind.ABSOLUTE);
    }

    /** @return value x 10^(+-decades) */
    public static Uncertainty decades(double decades) {
        return new Uncertainty(decades, Kind.DECADES);
    }

    /** @return the low end of the uncertainty interval around {@code value} */
    public double low(double value) {
        return switch (kind) {
            case NONE -> value;
            case ABSOLUTE -> value - amount;
            case DECADES -> value * Math.pow(10.0, -amount);
        };
    }

    /** @return the high end of the uncertainty interval around {@code value} */
    public double high(double value) {
        return switch (kind) {
            case NONE -> value;
            case ABSOLUTE -> value + amount;
            case DECADES -> value * Math.pow(10.0, amount);
        };
    }

    /** @return a human-readable form, e.g. "+-0.1 eV" or "x/÷ 10^1" */
    public String describe(String unit) {
        return switch (kind) {
            case NONE -> "none stated";
            case ABSOLUTE -> "+-" + amount + " " + unit;
            case DECADES -> "x/÷ 10^" + amount;
        };
    }
}
